# Countersign script cs-administrator.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: CsAdministrator (cs-administrator)
# Run in: Lync Server Management Shell, signed in as a member of CsAdministrator
# Steps:
#   8. um.assign-sip-addresses: Check each Enterprise Voice user's SIP address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 9cd3c5c4f3262a084e0071fef807985cf911d1ba97c7a53f595dd4945ba1f5b1
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-cs-administrator-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 8: um.assign-sip-addresses =====
    Write-Host '==> Step 8 (um.assign-sip-addresses): Check each Enterprise Voice user''s SIP address'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Get-CsUser -Identity 'sip:kenmyer@contoso.com' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
    Get-CsUser -Identity 'sip:o''brien@contoso.com' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
