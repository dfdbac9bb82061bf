# Countersign script local-admins.exchange-shell.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   1. owa.check-ucma: Check the UCMA 4.0 runtime on the Mailbox servers
#   14. oauth.restart-iis: Restart IIS on the Exchange servers
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: cc7db615099dfb3de939c28b03e0d4fd9b27740d73aef43429cfa0811fa11885
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

    # ===== Step 1: owa.check-ucma =====
    Write-Host '==> Step 1 (owa.check-ucma): Check the UCMA 4.0 runtime on the Mailbox servers'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.check-ucma' { Invoke-Command -ComputerName 'bsn-ex01.busan.wingtiptoys.kr' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath } }
    Invoke-CountersignCheck 'owa.check-ucma' { Invoke-Command -ComputerName 'bsn-ex02.busan.wingtiptoys.kr' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath } }

    # ===== Step 14: oauth.restart-iis =====
    Write-Host '==> Step 14 (oauth.restart-iis): Restart IIS on the Exchange servers'
    Write-Host '    Needs done first by others: oauth.lync-partner-of-exchange (Exchange Organization Administrators)'
    if (-not $Check) {
        iisreset 'bsn-ex01.busan.wingtiptoys.kr'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
        iisreset 'bsn-ex02.busan.wingtiptoys.kr'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
    }
    Write-Host '--- Verify'
    Write-Host '    Check: Each iisreset reports "Internet services successfully restarted".'
}
finally {
    Stop-Transcript
}
