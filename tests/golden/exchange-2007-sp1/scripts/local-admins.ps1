# Countersign script local-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   7. um.restart-um-services: Restart the UM services on each UM server
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 249473f491e71230a8167dccb45dbf0858f9ad160d7347eeeda42ba0b06e275b
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 7: um.restart-um-services =====
    Write-Host '==> Step 7 (um.restart-um-services): Restart the UM services on each UM server'
    Write-Host '    Needs done first by others: um.add-servers-to-dial-plan (Exchange Organization Administrators)'
    Get-Service -ComputerName 'NW-UM01' -Name MSExchangeUM | Restart-Service
    Write-Host '--- Verify'
    Get-Service -ComputerName 'NW-UM01' -Name MSExchangeUM | Format-List Name, Status
}
finally {
    Stop-Transcript
}
