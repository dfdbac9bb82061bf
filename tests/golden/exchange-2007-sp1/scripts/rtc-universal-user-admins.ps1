# Countersign script rtc-universal-user-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 1d47aaef9536a7fbbb5136aab268ed27db5bd399f3755e0d280e0d6a43f2804d
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
        Set-CsUser -Identity 'sip:nancy.davolio@northwind.local' -EnterpriseVoiceEnabled $true -LineURI 'tel:+442079460001;ext=20001'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.enable-enterprise-voice-users' { Get-CsUser -Identity 'sip:nancy.davolio@northwind.local' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI }
}
finally {
    Stop-Transcript
}
