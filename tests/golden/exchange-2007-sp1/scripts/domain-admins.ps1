# Countersign script domain-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   10. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 20ed0089b5608d8d77cc5186fa2d94b9b41b8b32d864f546f387fdeb93389803
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 10: um.grant-contact-ou-permission =====
    Write-Host '==> Step 10 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=Voice,DC=northwind,DC=local'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=Voice,DC=northwind,DC=local'
}
finally {
    Stop-Transcript
}
