# Countersign script rtc-universal-user-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   15. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 4ebd08ccc5f6d11145afadb2d1148a148bb2e121c07f50b3563a627c18e1edf1
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 15: um.enable-enterprise-voice-users =====
    Write-Host '==> Step 15 (um.enable-enterprise-voice-users): Enable the users for Enterprise Voice'
    Write-Host '    Needs done first by others: um.voice-routing (RTCUniversalServerAdmins); um.assign-sip-addresses (CsAdministrator, or Exchange Recipient Administrators)'
    Set-CsUser -Identity 'sip:kenmyer@contoso.com' -EnterpriseVoiceEnabled $true -LineURI 'tel:+14255554001;ext=4001'
    Set-CsUser -Identity 'sip:o''brien@contoso.com' -EnterpriseVoiceEnabled $true -LineURI 'tel:+14255554002'
    Write-Host '--- Verify'
    Get-CsUser -Identity 'sip:kenmyer@contoso.com' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI
    Get-CsUser -Identity 'sip:o''brien@contoso.com' | Format-List SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
