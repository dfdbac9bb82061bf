# Countersign script rtc-universal-user-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
#   33. oauth.test-storage: Test server-to-server authentication
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 9c8df4060cfbfc474f225d3f6a019900c9b0ddce1e5fa3da85cb598542a384b1
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
        Set-CsUser -Identity 'sip:mei.lin@tailspintoys.com.tw' -EnterpriseVoiceEnabled $true -LineURI 'tel:+886227200201;ext=201'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.enable-enterprise-voice-users' { Get-CsUser -Identity 'sip:mei.lin@tailspintoys.com.tw' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI }

    # ===== Step 33: oauth.test-storage =====
    Write-Host '==> Step 33 (oauth.test-storage): Test server-to-server authentication'
    Write-Host '    Needs done first by others: oauth.restart-iis (Administrators (local)); oauth.exchange-partner-of-lync (RTCUniversalServerAdmins); autodiscover.configure-lync (RTCUniversalServerAdmins)'
    Write-Host '    Caution: Access Denied means the person running the test is not in RTCUniversalUserAdmins; a 401 means Exchange does not accept OAuth tokens from Lync yet.'
    Write-Host '    Caution: When the test passes, archiving in Exchange and the unified contact store can be turned on.'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.test-storage' { Test-CsExStorageConnectivity -SipUri 'sip:mei.lin@tailspintoys.com.tw' }
}
finally {
    Stop-Transcript
}
