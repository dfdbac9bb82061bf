# Countersign script domain-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: b845f4152dd66cf20f9510cc9401bf1aaeda4f9a3f35f1b45179eb19ba811c38
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 12: um.grant-contact-ou-permission =====
    Write-Host '==> Step 12 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Enterprise Admins)'
    Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr'
    Write-Host '--- Verify'
    Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr'
}
finally {
    Stop-Transcript
}
