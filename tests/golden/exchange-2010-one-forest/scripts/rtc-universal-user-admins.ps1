# Countersign script rtc-universal-user-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 88f0f76075be674e3dbd765dd5d1d75936ff78892760c0c9769440392288f763
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 15: um.enable-enterprise-voice-users =====
    Write-Host '==> Step 15 (um.enable-enterprise-voice-users): Enable the users for Enterprise Voice'
    Write-Host '    Needs done first by others: um.voice-routing (RTCUniversalServerAdmins); um.assign-sip-addresses (CsAdministrator, or RTCUniversalUserAdmins)'
    if (-not $Check) {
        Set-CsUser -Identity 'sip:minji.kim@fabrikam.co.kr' -EnterpriseVoiceEnabled $true -LineURI 'tel:+8227001001;ext=1001'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.enable-enterprise-voice-users' { Get-CsUser -Identity 'sip:minji.kim@fabrikam.co.kr' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI }
}
finally {
    Stop-Transcript
}
