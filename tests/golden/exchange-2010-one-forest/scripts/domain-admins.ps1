# Countersign script domain-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   10. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 18ba223ef473e75bdc2ed997a5fcf1b8c037b0a4daa40ce3e12a79270e3b7e74
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 10: um.grant-contact-ou-permission =====
    Write-Host '==> Step 10 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Enterprise Admins)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr'
}
finally {
    Stop-Transcript
}
