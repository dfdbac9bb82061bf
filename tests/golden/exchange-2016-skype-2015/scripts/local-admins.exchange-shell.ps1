# Countersign script local-admins.exchange-shell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   7. um.restart-um-services: Restart the UM services on each UM server
#   18. owa.check-ucma: Check the UCMA 4.0 runtime on the Mailbox servers
#   27. oauth.restart-iis: Restart IIS on the Exchange servers
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: cba9940bfd4771e2f260d9399c2b701a0771dc8c0581e0a4935ad00eb816db67
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
        Get-Service -ComputerName 'tpe-ex01.tailspintoys.com.tw' -Name MSExchangeUM, MSExchangeUMCR | Restart-Service
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.restart-um-services' { Get-Service -ComputerName 'tpe-ex01.tailspintoys.com.tw' -Name MSExchangeUM, MSExchangeUMCR | Format-List Name, Status }

    # ===== Step 18: owa.check-ucma =====
    Write-Host '==> Step 18 (owa.check-ucma): Check the UCMA 4.0 runtime on the Mailbox servers'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.check-ucma' { Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath } }

    # ===== Step 27: oauth.restart-iis =====
    Write-Host '==> Step 27 (oauth.restart-iis): Restart IIS on the Exchange servers'
    Write-Host '    Needs done first by others: oauth.lync-partner-of-exchange (Exchange Organization Administrators)'
    if (-not $Check) {
        iisreset 'tpe-ex01.tailspintoys.com.tw'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
    }
    Write-Host '--- Verify'
    Write-Host '    Check: Each iisreset reports "Internet services successfully restarted".'
}
finally {
    Stop-Transcript
}
