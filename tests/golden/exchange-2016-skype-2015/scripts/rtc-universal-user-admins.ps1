# Countersign script rtc-universal-user-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: de0912ccf20d4a188b906c9855784938ae228a9df2d6fe31d6d2efec953d6a38
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 15: um.enable-enterprise-voice-users =====
    Write-Host '==> Step 15 (um.enable-enterprise-voice-users): Enable the users for Enterprise Voice'
    Write-Host '    Needs done first by others: um.voice-routing (RTCUniversalServerAdmins); um.assign-sip-addresses (CsAdministrator, or Exchange Recipient Administrators)'
    Set-CsUser -Identity 'sip:mei.lin@tailspintoys.com.tw' -EnterpriseVoiceEnabled $true -LineURI 'tel:+886227200201;ext=201'
    Write-Host '--- Verify'
    Get-CsUser -Identity 'sip:mei.lin@tailspintoys.com.tw' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
