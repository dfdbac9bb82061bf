# Countersign script domain-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 80db5ab8180d25846ade6ecd4f3d4f680d138aae6a84d55664c3c51c575b8141
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-domain-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 12: um.grant-contact-ou-permission =====
    Write-Host '==> Step 12 (um.grant-contact-ou-permission): Let Lync create contacts in the UM contacts OU'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    if (-not $Check) {
        Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,DC=corp,DC=contoso,DC=com'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.grant-contact-ou-permission' { Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,DC=corp,DC=contoso,DC=com' }
}
finally {
    Stop-Transcript
}
