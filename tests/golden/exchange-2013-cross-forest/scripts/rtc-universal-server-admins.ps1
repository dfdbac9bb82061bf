# Countersign script rtc-universal-server-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: RTCUniversalServerAdmins (rtc-universal-server-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins
# Steps:
#   10. um.restart-front-end: Restart the Lync Front-End service
#   11. um.configure-lync-dial-plan: Configure the Lync dial plan
#   14. um.voice-routing: Finish the other Enterprise Voice configuration
#   17. um.verify: Test UM from Lync end to end
#   19. owa.look-up-site-id: Look up the Lync site ID
#   20. owa.create-trusted-application-pool: Create the trusted application pool for OWA
#   21. owa.create-trusted-application: Create the OWA trusted application
#   22. owa.enable-topology: Enable the Lync topology
#   30. oauth.lync-oauth-certificate: Assign Lync's OAuthTokenIssuer certificate
#   33. oauth.exchange-partner-of-lync: Make Exchange a partner application of Lync
#   37. autodiscover.configure-lync: Tell Lync where Exchange Autodiscover is
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 351d9078981e8201a62ce8663e06344db168b87d9974f9f0155e492d03ec69f0
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
        Get-CsComputer -Pool 'pool01.corp.contoso.com' | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_.Identity; Start-CsWindowsService -ComputerName $_.Identity }
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.restart-front-end' { Get-CsComputer -Pool 'pool01.corp.contoso.com' | ForEach-Object { Get-CsWindowsService -Name RTCSRV -ComputerName $_.Identity | Format-List Name, Status } }

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
    Invoke-CountersignCheck 'um.verify' { Test-CsExUMConnectivity -TargetFqdn 'pool01.corp.contoso.com' -UserSipAddress 'sip:kenmyer@contoso.com' }
    Invoke-CountersignCheck 'um.verify' { Test-CsExUMVoiceMail -TargetFqdn 'pool01.corp.contoso.com' -ReceiverSipAddress 'sip:kenmyer@contoso.com' }

    # ===== Step 19: owa.look-up-site-id =====
    Write-Host '==> Step 19 (owa.look-up-site-id): Look up the Lync site ID'
    if (-not $Check) {
        Get-CsSite | Select-Object DisplayName, SiteID
    }

    # ===== Step 20: owa.create-trusted-application-pool =====
    Write-Host '==> Step 20 (owa.create-trusted-application-pool): Create the trusted application pool for OWA'
    Write-Host '    Caution: When the UM Call Router and UM services share a machine, Lync discovers that server by itself: a trusted application pool for it makes a second entry for the same computer and OWA IM stops working. Remove both the pool and the application then.'
    Write-Host '    Caution: -Site takes the SiteId alone, without a site: prefix.'
    if (-not $Check) {
        New-CsTrustedApplicationPool -Identity 'mail.contoso.com' -Registrar 'pool01.corp.contoso.com' -Site '2' -RequiresReplication $False
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.create-trusted-application-pool' { Get-CsTrustedApplicationPool -Identity 'mail.contoso.com' | Format-List Identity, Registrar, Site, RequiresReplication }

    # ===== Step 21: owa.create-trusted-application =====
    Write-Host '==> Step 21 (owa.create-trusted-application): Create the OWA trusted application'
    if (-not $Check) {
        New-CsTrustedApplication -ApplicationId 'OutlookWebApp' -TrustedApplicationPoolFqdn 'mail.contoso.com' -Port '5199'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.create-trusted-application' { Get-CsTrustedApplication | Format-List Identity, TrustedApplicationPoolFqdn, Port }

    # ===== Step 22: owa.enable-topology =====
    Write-Host '==> Step 22 (owa.enable-topology): Enable the Lync topology'
    Write-Host '    Caution: Enable-CsTopology needs Domain Admins as well, unless setup rights were delegated to RTCUniversalServerAdmins.'
    if (-not $Check) {
        Enable-CsTopology
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-topology' { Get-CsTrustedApplicationComputer | Format-List Identity, Pool }

    # ===== Step 30: oauth.lync-oauth-certificate =====
    Write-Host '==> Step 30 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    if (-not $Check) {
        Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.lync-oauth-certificate' { Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter }

    # ===== Step 33: oauth.exchange-partner-of-lync =====
    Write-Host '==> Step 33 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    if (-not $Check) {
        New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.contoso.com/autodiscover/metadata/json/1'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.exchange-partner-of-lync' { Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl }

    # ===== Step 37: autodiscover.configure-lync =====
    Write-Host '==> Step 37 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    if (-not $Check) {
        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.contoso.com/autodiscover/autodiscover.svc'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.configure-lync' { Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl }
}
finally {
    Stop-Transcript
}
