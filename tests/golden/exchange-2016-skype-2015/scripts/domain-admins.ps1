# Countersign script domain-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   10. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 262673901065c8a194ec4b0fd670e0690dbc8d1af64b14bfc353bed3a92a3e11
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 10: um.grant-contact-ou-permission =====
    Write-Host '==> Step 10 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM,DC=tailspintoys,DC=com,DC=tw'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM,DC=tailspintoys,DC=com,DC=tw'
}
finally {
    Stop-Transcript
}
