# Countersign script cs-administrator.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: CsAdministrator (cs-administrator)
# Run in: Lync Server Management Shell, signed in as a member of CsAdministrator
# Steps:
#   6. um.assign-sip-addresses: Check each Enterprise Voice user's SIP address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 40b4d18f13d67d60982ec9ef4051f16e271a70cd0df7289e8d562c723b8fee40
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-cs-administrator-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 6: um.assign-sip-addresses =====
    Write-Host '==> Step 6 (um.assign-sip-addresses): Check each Enterprise Voice user''s SIP address'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Get-CsUser -Identity 'sip:nancy.davolio@northwind.local' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
