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
# Body SHA-256: cd92a03ebf5aa0a79cb2bc1382ae8a0dda4fd83365e99d591cef4a08f714add9
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 10: um.restart-front-end =====
    Write-Host '==> Step 10 (um.restart-front-end): Restart the Lync Front-End service'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators)'
    Write-Host '    Caution: Stopping RTCSRV ends the calls and sessions on that server: restart the pool when it is quiet.'
    Get-CsComputer -Pool 'pool01.corp.contoso.com' | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_.Identity; Start-CsWindowsService -Name RTCSRV -ComputerName $_.Identity }
    Write-Host '--- Verify'
    Get-CsComputer -Pool 'pool01.corp.contoso.com' | ForEach-Object { Get-CsWindowsService -Name RTCSRV -ComputerName $_.Identity | Format-List Name, Status }

    # ===== Step 11: um.configure-lync-dial-plan =====
    Write-Host '==> Step 11 (um.configure-lync-dial-plan): Configure the Lync dial plan'
    Write-Host '    Needs done first by others: um.create-dial-plan (Exchange Organization Administrators)'
    Write-Host '--- Verify'
    Get-CsDialPlan | Format-List Identity, SimpleName

    # ===== Step 14: um.voice-routing =====
    Write-Host '==> Step 14 (um.voice-routing): Finish the other Enterprise Voice configuration'
    Write-Host '    Deploy and configure the PSTN gateways and Mediation Servers in Topology Builder, if not done yet.'
    Write-Host '    Define voice policies, PSTN usages and routes (New-CsVoicePolicy, Set-CsPstnUsage, New-CsVoiceRoute), if not done yet.'
    Write-Host '--- Verify'
    Get-CsVoicePolicy | Format-List Identity, PstnUsages
    Get-CsVoiceRoute | Format-List Identity, NumberPattern, PstnUsages, PstnGatewayList

    # ===== Step 17: um.verify =====
    Write-Host '==> Step 17 (um.verify): Test UM from Lync end to end'
    Write-Host '    Needs done first by others: um.enable-um-mailboxes (Exchange Organization Administrators); um.run-ocsumutil (RTCUniversalServerAdmins and RTCUniversalUserAdmins)'
    Write-Host '    Caution: Without -UserCredential both tests use the pool''s health monitoring test users (New-CsHealthMonitoringConfiguration).'
    Write-Host '--- Verify'
    Test-CsExUMConnectivity -TargetFqdn 'pool01.corp.contoso.com' -UserSipAddress 'sip:kenmyer@contoso.com'
    Test-CsExUMVoiceMail -TargetFqdn 'pool01.corp.contoso.com' -ReceiverSipAddress 'sip:kenmyer@contoso.com'

    # ===== Step 19: owa.look-up-site-id =====
    Write-Host '==> Step 19 (owa.look-up-site-id): Look up the Lync site ID'
    Get-CsSite | Select-Object DisplayName, SiteID

    # ===== Step 20: owa.create-trusted-application-pool =====
    Write-Host '==> Step 20 (owa.create-trusted-application-pool): Create the trusted application pool for OWA'
    Write-Host '    Caution: When the UM Call Router and UM services share a machine, Lync discovers that server by itself: a trusted application pool for it makes a second entry for the same computer and OWA IM stops working. Remove both the pool and the application then.'
    Write-Host '    Caution: -Site takes the SiteId alone, without a site: prefix.'
    New-CsTrustedApplicationPool -Identity 'mail.contoso.com' -Registrar 'pool01.corp.contoso.com' -Site '2' -RequiresReplication $False
    Write-Host '--- Verify'
    Get-CsTrustedApplicationPool -Identity 'mail.contoso.com' | Format-List Identity, Registrar, Site, RequiresReplication

    # ===== Step 21: owa.create-trusted-application =====
    Write-Host '==> Step 21 (owa.create-trusted-application): Create the OWA trusted application'
    New-CsTrustedApplication -ApplicationId 'OutlookWebApp' -TrustedApplicationPoolFqdn 'mail.contoso.com' -Port '5199'
    Write-Host '--- Verify'
    Get-CsTrustedApplication | Format-List Identity, TrustedApplicationPoolFqdn, Port

    # ===== Step 22: owa.enable-topology =====
    Write-Host '==> Step 22 (owa.enable-topology): Enable the Lync topology'
    Write-Host '    Caution: Enable-CsTopology needs Domain Admins as well, unless setup rights were delegated to RTCUniversalServerAdmins.'
    Enable-CsTopology
    Write-Host '--- Verify'
    Get-CsTrustedApplicationComputer | Format-List Identity, Pool

    # ===== Step 30: oauth.lync-oauth-certificate =====
    Write-Host '==> Step 30 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C'
    Write-Host '--- Verify'
    Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter

    # ===== Step 33: oauth.exchange-partner-of-lync =====
    Write-Host '==> Step 33 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.contoso.com/autodiscover/metadata/json/1'
    Write-Host '--- Verify'
    Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl

    # ===== Step 37: autodiscover.configure-lync =====
    Write-Host '==> Step 37 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.contoso.com/autodiscover/autodiscover.svc'
    Write-Host '--- Verify'
    Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl
}
finally {
    Stop-Transcript
}
