# Countersign script enterprise-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Enterprise Admins (enterprise-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Enterprise Admins
# Steps:
#   1. um.deploy-exchange: Deploy Exchange with the server roles UM needs
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c397bda85f18726d25fe99e711393af8acedf1cca640347c4c65ececdb1fbb5e
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-enterprise-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 1: um.deploy-exchange =====
    Write-Host '==> Step 1 (um.deploy-exchange): Deploy Exchange with the server roles UM needs'
    Write-Host '    Caution: The first Exchange server of an organisation extends the schema and prepares Active Directory: that needs Enterprise Admins (and Schema Admins).'
    Write-Host '    By hand, in a graphical tool:'
    Write-Host '    1. Install the Unified Messaging, Hub Transport, Client Access and Mailbox roles with Exchange Setup.'
    Write-Host '    2. Confirm the servers appear in Get-ExchangeServer with the expected roles.'
    Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    Write-Host '--- Verify'
    Write-Host '    Check: In the Exchange Management Shell: Get-ExchangeServer | Format-List Name, ServerRole, AdminDisplayVersion'
}
finally {
    Stop-Transcript
}
