# Countersign script rtc-universal-user-admins.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   20. oauth.test-storage: Test server-to-server authentication
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 9b1e8f709f87bfc688ef43b92f4c262a4956587ac7a072ba85983ffe2478f012
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 20: oauth.test-storage =====
    Write-Host '==> Step 20 (oauth.test-storage): Test server-to-server authentication'
    Write-Host '    Needs done first by others: oauth.restart-iis (Administrators (local)); oauth.exchange-partner-of-lync (RTCUniversalServerAdmins); autodiscover.configure-lync (RTCUniversalServerAdmins)'
    Write-Host '    Caution: Access Denied means the person running the test is not in RTCUniversalUserAdmins; a 401 means Exchange does not accept OAuth tokens from Lync yet.'
    Write-Host '    Caution: When the test passes, archiving in Exchange and the unified contact store can be turned on.'
    Write-Host '--- Verify'
    Test-CsExStorageConnectivity -SipUri 'sip:jiwoo.park@busan.wingtiptoys.kr'
}
finally {
    Stop-Transcript
}
