# Countersign script domain-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: f73604c7feda0a0f058ac13d7ee0810ae877ffd2725da361cf9d98499c0124b3
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 12: um.grant-contact-ou-permission =====
    Write-Host '==> Step 12 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM,DC=tailspintoys,DC=com,DC=tw'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM,DC=tailspintoys,DC=com,DC=tw'
}
finally {
    Stop-Transcript
}
