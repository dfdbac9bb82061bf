# Countersign script exchange-org-admins.windows-powershell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Exchange Organization Administrators
# Steps:
#   1. um.deploy-exchange: Deploy Exchange with the server roles UM needs
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 3df041ee994fe71be89a0f049b3f51f1dce3507b4946c383e1fb29ea66236da2
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
        Write-Host '    1. Run Exchange Setup on each server with the Mailbox role: Setup.exe /Mode:Install /Roles:Mailbox /IAcceptExchangeServerLicenseTerms'
        Write-Host '    2. Confirm the servers appear in Get-ExchangeServer with the expected roles.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Write-Host '    Check: In the Exchange Management Shell: Get-ExchangeServer | Format-List Name, ServerRole, AdminDisplayVersion'
}
finally {
    Stop-Transcript
}
