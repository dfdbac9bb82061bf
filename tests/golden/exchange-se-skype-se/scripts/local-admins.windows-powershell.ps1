# Countersign script local-admins.windows-powershell.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: Administrators (local) (local-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Administrators (local)
# Steps:
#   8. owa.recycle-app-pool: Restart the OWA application pool
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 269ea66e7714080f5a2378b8aee30d3f94595561b1f9d69d72a76032b02c9d6f
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 8: owa.recycle-app-pool =====
    Write-Host '==> Step 8 (owa.recycle-app-pool): Restart the OWA application pool'
    Write-Host '    Needs done first by others: owa.configure-setting-override (Exchange Organization Administrators)'
    Invoke-Command -ComputerName 'bsn-ex01.busan.wingtiptoys.kr' -ScriptBlock { Import-Module WebAdministration; Restart-WebAppPool -Name MSExchangeOWAAppPool }
    Invoke-Command -ComputerName 'bsn-ex02.busan.wingtiptoys.kr' -ScriptBlock { Import-Module WebAdministration; Restart-WebAppPool -Name MSExchangeOWAAppPool }
    Write-Host '--- Verify'
    Invoke-Command -ComputerName 'bsn-ex01.busan.wingtiptoys.kr' -ScriptBlock { Import-Module WebAdministration; Get-WebAppPoolState -Name MSExchangeOWAAppPool }
    Invoke-Command -ComputerName 'bsn-ex02.busan.wingtiptoys.kr' -ScriptBlock { Import-Module WebAdministration; Get-WebAppPoolState -Name MSExchangeOWAAppPool }
}
finally {
    Stop-Transcript
}
