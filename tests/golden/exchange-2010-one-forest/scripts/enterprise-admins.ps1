# Countersign script enterprise-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Enterprise Admins (enterprise-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Enterprise Admins
# Steps:
#   1. um.deploy-exchange: Deploy Exchange with the server roles UM needs
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 034330b3867ba553ac43bff3e27af123ea06b9108321042de1a8814ca0103be4
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-enterprise-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
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
