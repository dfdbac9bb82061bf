# Countersign script local-admins.exchange-shell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   2. um.install-certificates: Bind a trusted certificate to UM on each UM server
#   5. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
#   16. owa.check-ucma: Check the UCMA 4.0 runtime on the Mailbox servers
#   25. oauth.restart-iis: Restart IIS on the Exchange servers
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 6d4c0bd56ded36d9eb69cef7283e640bd95184e31193de31b44f9726f3dfb2ec
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 2: um.install-certificates =====
    Write-Host '==> Step 2 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Write-Host '    Caution: If the UM service runs on a Mailbox server other than the Call Router''s, bind the same certificate to ''UM'' there too.'
    Enable-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint 'C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00' -Services 'IIS','UMCallRouter'
    Write-Host '--- Verify'
    Get-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint 'C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00' | Format-List Subject, Services, NotAfter

    # ===== Step 5: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 5 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.set-dial-plan-security (Exchange Organization Administrators)'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM' -UMStartupMode Dual
    Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM' -UMStartupMode Dual
    Get-Service -ComputerName 'tpe-ex01.tailspintoys.com.tw' -Name MSExchangeUM, MSExchangeUMCR | Restart-Service
    Write-Host '--- Verify'
    Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, DialPlans, UMStartupMode
    Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List DialPlans, UMStartupMode

    # ===== Step 16: owa.check-ucma =====
    Write-Host '==> Step 16 (owa.check-ucma): Check the UCMA 4.0 runtime on the Mailbox servers'
    Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath }

    # ===== Step 25: oauth.restart-iis =====
    Write-Host '==> Step 25 (oauth.restart-iis): Restart IIS on the Exchange servers'
    Write-Host '    Needs done first by others: oauth.lync-partner-of-exchange (Exchange Organization Administrators)'
    iisreset 'tpe-ex01.tailspintoys.com.tw'
    if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
    Write-Host '--- Verify'
    Write-Host '    Check: Each iisreset reports "Internet services successfully restarted".'
}
finally {
    Stop-Transcript
}
