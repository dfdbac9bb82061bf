# Countersign script local-admins.windows-powershell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Administrators (local) (local-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Administrators (local)
# Steps:
#   21. owa.recycle-app-pool: Restart the OWA application pool
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c525c7c1bf9f0e1c5576c1a80e8e4a37092a66acf2f9acc032e2001377fceb0d
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 21: owa.recycle-app-pool =====
    Write-Host '==> Step 21 (owa.recycle-app-pool): Restart the OWA application pool'
    Write-Host '    Needs done first by others: owa.configure-setting-override (Exchange Organization Administrators)'
    Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Import-Module WebAdministration; Restart-WebAppPool -Name MSExchangeOWAAppPool }
    Write-Host '--- Verify'
    Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Import-Module WebAdministration; Get-WebAppPoolState -Name MSExchangeOWAAppPool }
}
finally {
    Stop-Transcript
}
