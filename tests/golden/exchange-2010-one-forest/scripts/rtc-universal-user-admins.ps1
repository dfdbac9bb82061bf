# Countersign script rtc-universal-user-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: ac487f16c1c90cf08c1c0dfb7ba43142ff87aeb16dabbfb6df7477ba74f29068
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 15: um.enable-enterprise-voice-users =====
    Write-Host '==> Step 15 (um.enable-enterprise-voice-users): Enable the users for Enterprise Voice'
    Write-Host '    Needs done first by others: um.voice-routing (RTCUniversalServerAdmins); um.assign-sip-addresses (CsAdministrator, or RTCUniversalUserAdmins)'
    Set-CsUser -Identity 'sip:minji.kim@fabrikam.co.kr' -EnterpriseVoiceEnabled $true -LineURI 'tel:+8227001001;ext=1001'
    Write-Host '--- Verify'
    Get-CsUser -Identity 'sip:minji.kim@fabrikam.co.kr' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
