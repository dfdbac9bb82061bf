# Countersign script domain-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c81c1dd9673d257e11122d28850c0497dc288ab346edb35ad30393c6a090e71c
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
        Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=Voice,DC=northwind,DC=local'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.grant-contact-ou-permission' { Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=Voice,DC=northwind,DC=local' }
}
finally {
    Stop-Transcript
}
