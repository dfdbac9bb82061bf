# Countersign script domain-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c9ff0998ae1740a76d17bb86820fc2c488f8746d1e6a68d8eacecbeb43e0431c
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 12: um.grant-contact-ou-permission =====
    Write-Host '==> Step 12 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=Voice,DC=northwind,DC=local'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=Voice,DC=northwind,DC=local'
}
finally {
    Stop-Transcript
}
