# Countersign script cs-administrator.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: CsAdministrator (cs-administrator)
# Run in: Lync Server Management Shell, signed in as a member of CsAdministrator
# Steps:
#   6. um.assign-sip-addresses: Check each Enterprise Voice user's SIP address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 72009043a9ce68822cd580273d5924d07f11b1a6513e08931cc72a0349289aae
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-cs-administrator-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 6: um.assign-sip-addresses =====
    Write-Host '==> Step 6 (um.assign-sip-addresses): Check each Enterprise Voice user''s SIP address'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Get-CsUser -Identity 'sip:kenmyer@contoso.com' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
    Get-CsUser -Identity 'sip:o''brien@contoso.com' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
