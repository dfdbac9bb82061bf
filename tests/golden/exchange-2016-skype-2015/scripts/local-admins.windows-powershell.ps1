# Countersign script local-admins.windows-powershell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Administrators (local) (local-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Administrators (local)
# Steps:
#   21. owa.recycle-app-pool: Restart the OWA application pool
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 90860a13ce617d935041f0cfc23cae60c4fa8274323d5e935381ce15a2b93578
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

    # ===== Step 21: owa.recycle-app-pool =====
    Write-Host '==> Step 21 (owa.recycle-app-pool): Restart the OWA application pool'
    Write-Host '    Needs done first by others: owa.configure-setting-override (Exchange Organization Administrators)'
    if (-not $Check) {
        Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Import-Module WebAdministration; Restart-WebAppPool -Name MSExchangeOWAAppPool }
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.recycle-app-pool' { Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Import-Module WebAdministration; Get-WebAppPoolState -Name MSExchangeOWAAppPool } }
}
finally {
    Stop-Transcript
}
