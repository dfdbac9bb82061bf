# Countersign script rtc-universal-server-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: RTCUniversalServerAdmins (rtc-universal-server-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins
# Steps:
#   10. um.restart-front-end: Restart the Lync Front-End service
#   11. um.configure-lync-dial-plan: Configure the Lync dial plan
#   14. um.voice-routing: Finish the other Enterprise Voice configuration
#   17. um.verify: Test UM from Lync end to end
#   25. oauth.lync-oauth-certificate: Assign Lync's OAuthTokenIssuer certificate
#   28. oauth.exchange-partner-of-lync: Make Exchange a partner application of Lync
#   32. autodiscover.configure-lync: Tell Lync where Exchange Autodiscover is
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 6234580669c307bc763c6c07ea4edd92b4070ccc6efc0f9825f424ee93a1759c
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 10: um.restart-front-end =====
    Write-Host '==> Step 10 (um.restart-front-end): Restart the Lync Front-End service'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators)'
    Write-Host '    Caution: Stopping RTCSRV ends the calls and sessions on that server: restart the pool when it is quiet.'
    if (-not $Check) {
        Get-CsComputer -Pool 'tpe-pool.tailspintoys.com.tw' | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_.Identity; Start-CsWindowsService -ComputerName $_.Identity }
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.restart-front-end' { Get-CsComputer -Pool 'tpe-pool.tailspintoys.com.tw' | ForEach-Object { Get-CsWindowsService -Name RTCSRV -ComputerName $_.Identity | Format-List Name, Status } }

    # ===== Step 11: um.configure-lync-dial-plan =====
    Write-Host '==> Step 11 (um.configure-lync-dial-plan): Configure the Lync dial plan'
    Write-Host '    Needs done first by others: um.create-dial-plan (Exchange Organization Administrators)'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.configure-lync-dial-plan' { Get-CsDialPlan | Format-List Identity, SimpleName }

    # ===== Step 14: um.voice-routing =====
    Write-Host '==> Step 14 (um.voice-routing): Finish the other Enterprise Voice configuration'
    if (-not $Check) {
        Write-Host '    Deploy and configure the PSTN gateways and Mediation Servers in Topology Builder, if not done yet.'
        Write-Host '    Define voice policies, PSTN usages and routes (New-CsVoicePolicy, Set-CsPstnUsage, New-CsVoiceRoute), if not done yet.'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.voice-routing' { Get-CsVoicePolicy | Format-List Identity, PstnUsages }
    Invoke-CountersignCheck 'um.voice-routing' { Get-CsVoiceRoute | Format-List Identity, NumberPattern, PstnUsages, PstnGatewayList }

    # ===== Step 17: um.verify =====
    Write-Host '==> Step 17 (um.verify): Test UM from Lync end to end'
    Write-Host '    Needs done first by others: um.enable-um-mailboxes (Exchange Organization Administrators); um.run-ocsumutil (RTCUniversalServerAdmins and RTCUniversalUserAdmins)'
    Write-Host '    Caution: Without -UserCredential both tests use the pool''s health monitoring test users (New-CsHealthMonitoringConfiguration).'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.verify' { Test-CsExUMConnectivity -TargetFqdn 'tpe-pool.tailspintoys.com.tw' -UserSipAddress 'sip:mei.lin@tailspintoys.com.tw' }
    Invoke-CountersignCheck 'um.verify' { Test-CsExUMVoiceMail -TargetFqdn 'tpe-pool.tailspintoys.com.tw' -ReceiverSipAddress 'sip:mei.lin@tailspintoys.com.tw' }

    # ===== Step 25: oauth.lync-oauth-certificate =====
    Write-Host '==> Step 25 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    if (-not $Check) {
        Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '9F8E7D6C5B4A39281706F5E4D3C2B1A098765432'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.lync-oauth-certificate' { Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter }

    # ===== Step 28: oauth.exchange-partner-of-lync =====
    Write-Host '==> Step 28 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    if (-not $Check) {
        New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.tailspintoys.com.tw/autodiscover/metadata/json/1'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.exchange-partner-of-lync' { Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl }

    # ===== Step 32: autodiscover.configure-lync =====
    Write-Host '==> Step 32 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    if (-not $Check) {
        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.tailspintoys.com.tw/autodiscover/autodiscover.svc'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.configure-lync' { Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl }
}
finally {
    Stop-Transcript
}
