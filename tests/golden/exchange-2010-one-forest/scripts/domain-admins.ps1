# Countersign script domain-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Domain Admins (domain-admins)
# Run in: Lync Server Management Shell, signed in as a member of Domain Admins
# Steps:
#   12. um.grant-contact-ou-permission: Let Lync create contacts in the UM contacts OU
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: cfcb71dcd5a1a7cc2fb4ed64ac744fb8789d05dc4ba6ef995ac378394a9ee9d1
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
    Write-Host '    Needs done first by others: um.deploy-exchange (Enterprise Admins)'
    if (-not $Check) {
        Grant-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.grant-contact-ou-permission' { Test-CsOUPermission -ObjectType 'Contact' -OU 'OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr' }
}
finally {
    Stop-Transcript
}
