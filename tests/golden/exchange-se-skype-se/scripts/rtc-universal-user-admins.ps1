# Countersign script rtc-universal-user-admins.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   20. oauth.test-storage: Test server-to-server authentication
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: ec49367538099a8222f167f25ffcb0bb22490e7f2bde9013b019e6df27235e0c
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

    # ===== Step 20: oauth.test-storage =====
    Write-Host '==> Step 20 (oauth.test-storage): Test server-to-server authentication'
    Write-Host '    Needs done first by others: oauth.restart-iis (Administrators (local)); oauth.exchange-partner-of-lync (RTCUniversalServerAdmins); autodiscover.configure-lync (RTCUniversalServerAdmins)'
    Write-Host '    Caution: Access Denied means the person running the test is not in RTCUniversalUserAdmins; a 401 means Exchange does not accept OAuth tokens from Lync yet.'
    Write-Host '    Caution: When the test passes, archiving in Exchange and the unified contact store can be turned on.'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.test-storage' { Test-CsExStorageConnectivity -SipUri 'sip:jiwoo.park@busan.wingtiptoys.kr' }
}
finally {
    Stop-Transcript
}
