# Countersign script rtc-universal-user-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: fbcdde832519038965050f2e3e377c2b05e624b738f5b1a2eee45d67ff284df7
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 15: um.enable-enterprise-voice-users =====
    Write-Host '==> Step 15 (um.enable-enterprise-voice-users): Enable the users for Enterprise Voice'
    Write-Host '    Needs done first by others: um.voice-routing (RTCUniversalServerAdmins); um.assign-sip-addresses (CsAdministrator, or RTCUniversalUserAdmins)'
    Set-CsUser -Identity 'sip:nancy.davolio@northwind.local' -EnterpriseVoiceEnabled $true -LineURI 'tel:+442079460001;ext=20001'
    Write-Host '--- Verify'
    Get-CsUser -Identity 'sip:nancy.davolio@northwind.local' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
