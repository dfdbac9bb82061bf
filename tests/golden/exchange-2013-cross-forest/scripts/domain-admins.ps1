# Countersign script domain-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c5d3527d927afeb980bc0dd861d9be41f305bcb5b7bf3d611bbe928d998baac9
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 12: um.grant-contact-ou-permission =====
    Write-Host '==> Step 12 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,DC=corp,DC=contoso,DC=com'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,DC=corp,DC=contoso,DC=com'
}
finally {
    Stop-Transcript
}
