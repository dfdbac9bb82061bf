# Countersign script local-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   7. um.restart-um-services: Restart the UM services on each UM server
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 9697f1d03479571701531820fb2564495ae59a31ac12dd98eeb31fa44871a086
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 7: um.restart-um-services =====
    Write-Host '==> Step 7 (um.restart-um-services): Restart the UM services on each UM server'
    Write-Host '    Needs done first by others: um.add-servers-to-dial-plan (Exchange Organization Administrators)'
    if (-not $Check) {
        Get-Service -ComputerName 'NW-UM01' -Name MSExchangeUM | Restart-Service
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.restart-um-services' { Get-Service -ComputerName 'NW-UM01' -Name MSExchangeUM | Format-List Name, Status }
}
finally {
    Stop-Transcript
}
