# Countersign script exchange-org-admins.windows-powershell.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Exchange Organization Administrators
# Steps:
#   1. um.deploy-exchange: Deploy Exchange with the server roles UM needs
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 4deec1b900d5039fdf4b5fca2b68576009d4bc97f7a7640ca92040834d4a483f
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 1: um.deploy-exchange =====
    Write-Host '==> Step 1 (um.deploy-exchange): Deploy Exchange with the server roles UM needs'
    Write-Host '    Caution: The first Exchange server of an organisation extends the schema and prepares Active Directory: that needs Enterprise Admins (and Schema Admins).'
    if (-not $Check) {
        Write-Host '    By hand, in a graphical tool:'
        Write-Host '    1. Install the Unified Messaging, Hub Transport, Client Access and Mailbox roles with Exchange Setup.'
        Write-Host '    2. Confirm the servers appear in Get-ExchangeServer with the expected roles.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Write-Host '    Check: In the Exchange Management Shell: Get-ExchangeServer | Format-List Name, ServerRole, AdminDisplayVersion'
}
finally {
    Stop-Transcript
}
