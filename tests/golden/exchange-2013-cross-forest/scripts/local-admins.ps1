# Countersign script local-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   7. um.restart-um-services: Restart the UM services on each UM server
#   18. owa.check-ucma: Check the UCMA 4.0 runtime on the Mailbox servers
#   25. owa.configure-web-config: Point OWA at Lync in web.config
#   26. owa.recycle-app-pool-2013: Recycle the OWA application pool
#   32. oauth.restart-iis: Restart IIS on the Exchange servers
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: b946f506fda9bc1fcbd031cf0be472ec4eea6a043ea8c2b16ac71a8c0e4fa31a
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
        Get-Service -ComputerName 'EXCAS01' -Name MSExchangeUMCR | Restart-Service
        Get-Service -ComputerName 'EXMBX01' -Name MSExchangeUM | Restart-Service
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.restart-um-services' { Get-Service -ComputerName 'EXCAS01' -Name MSExchangeUMCR | Format-List Name, Status }
    Invoke-CountersignCheck 'um.restart-um-services' { Get-Service -ComputerName 'EXMBX01' -Name MSExchangeUM | Format-List Name, Status }

    # ===== Step 18: owa.check-ucma =====
    Write-Host '==> Step 18 (owa.check-ucma): Check the UCMA 4.0 runtime on the Mailbox servers'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.check-ucma' { Invoke-Command -ComputerName 'EXMBX01' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath } }
    Invoke-CountersignCheck 'owa.check-ucma' { Invoke-Command -ComputerName 'EXCAS01' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath } }

    # ===== Step 25: owa.configure-web-config =====
    Write-Host '==> Step 25 (owa.configure-web-config): Point OWA at Lync in web.config'
    Write-Host '    Needs done first by others: owa.enable-im-virtual-directories (Exchange Organization Administrators); owa.enable-topology (RTCUniversalServerAdmins)'
    Write-Host '    Caution: The thumbprint is the back-end server''s Exchange certificate (Get-ExchangeCertificate); IMServerName is the Lync pool where the OWA trusted application lives.'
    if (-not $Check) {
        Write-Host '    By hand, in a text editor (configuration file):'
        Write-Host '    1. On each Mailbox server, open C:\Program Files\Microsoft\Exchange Server\V15\ClientAccess\Owa\web.config in an editor started as Administrator.'
        Write-Host '    2. Under <appSettings>, add the two lines shown, then save the file.'
        Write-Host '        <add key="IMCertificateThumbprint" value="1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D" />'
        Write-Host '        <add key="IMServerName" value="pool01.corp.contoso.com" />'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.configure-web-config' { Select-String -Path 'C:\Program Files\Microsoft\Exchange Server\V15\ClientAccess\Owa\web.config' -Pattern 'IMCertificateThumbprint', 'IMServerName' }

    # ===== Step 26: owa.recycle-app-pool-2013 =====
    Write-Host '==> Step 26 (owa.recycle-app-pool-2013): Recycle the OWA application pool'
    if (-not $Check) {
        Invoke-Command -ComputerName 'EXMBX01' -ScriptBlock { & (Join-Path $env:windir 'System32\inetsrv\appcmd.exe') recycle apppool /apppool.name:MSExchangeOWAAppPool; if ($LASTEXITCODE -ne 0) { throw ('appcmd.exe exit code ' + $LASTEXITCODE) } }
        Invoke-Command -ComputerName 'EXCAS01' -ScriptBlock { & (Join-Path $env:windir 'System32\inetsrv\appcmd.exe') recycle apppool /apppool.name:MSExchangeOWAAppPool; if ($LASTEXITCODE -ne 0) { throw ('appcmd.exe exit code ' + $LASTEXITCODE) } }
    }
    Write-Host '--- Verify'
    Write-Host '    Check: Appcmd.exe answers "MSExchangeOWAAppPool" successfully recycled, once for each server.'

    # ===== Step 32: oauth.restart-iis =====
    Write-Host '==> Step 32 (oauth.restart-iis): Restart IIS on the Exchange servers'
    Write-Host '    Needs done first by others: oauth.lync-partner-of-exchange (Exchange Organization Administrators)'
    if (-not $Check) {
        iisreset 'EXMBX01'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
        iisreset 'EXCAS01'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
    }
    Write-Host '--- Verify'
    Write-Host '    Check: Each iisreset reports "Internet services successfully restarted".'
}
finally {
    Stop-Transcript
}
