# Countersign script rtc-universal-user-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: RTCUniversalUserAdmins (rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalUserAdmins
# Steps:
#   13. um.enable-enterprise-voice-users: Enable the users for Enterprise Voice
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 54977ac57d100c27040db6678c10b801a755e9407a344bad0a4ba27e9276b0bb
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 13: um.enable-enterprise-voice-users =====
    Write-Host '==> Step 13 (um.enable-enterprise-voice-users): Enable the users for Enterprise Voice'
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
