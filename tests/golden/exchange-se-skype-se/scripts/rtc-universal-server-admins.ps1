# Countersign script rtc-universal-server-admins.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: RTCUniversalServerAdmins (rtc-universal-server-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins
# Steps:
#   2. owa.look-up-site-id: Look up the Lync site ID
#   3. owa.create-trusted-application-pool: Create the trusted application pool for OWA
#   4. owa.create-trusted-application: Create the OWA trusted application
#   5. owa.enable-topology: Enable the Lync topology
#   12. oauth.lync-oauth-certificate: Assign Lync's OAuthTokenIssuer certificate
#   15. oauth.exchange-partner-of-lync: Make Exchange a partner application of Lync
#   19. autodiscover.configure-lync: Tell Lync where Exchange Autodiscover is
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 8aaa25d9f436e7f281cb63b9570c351fdff75f1edb6f6c271b42a62ded4c419c
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 2: owa.look-up-site-id =====
    Write-Host '==> Step 2 (owa.look-up-site-id): Look up the Lync site ID'
    Get-CsSite | Select-Object DisplayName, SiteID

    # ===== Step 3: owa.create-trusted-application-pool =====
    Write-Host '==> Step 3 (owa.create-trusted-application-pool): Create the trusted application pool for OWA'
    Write-Host '    Caution: When the UM Call Router and UM services share a machine, Lync discovers that server by itself: a trusted application pool for it makes a second entry for the same computer and OWA IM stops working. Remove both the pool and the application then.'
    Write-Host '    Caution: -Site takes the SiteId alone, without a site: prefix.'
    New-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr' -Registrar 'pool.busan.wingtiptoys.kr' -Site '1' -RequiresReplication $False
    Write-Host '--- Verify'
    Get-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr' | Format-List Identity, Registrar, Site, RequiresReplication

    # ===== Step 4: owa.create-trusted-application =====
    Write-Host '==> Step 4 (owa.create-trusted-application): Create the OWA trusted application'
    New-CsTrustedApplication -ApplicationId 'ExchangeOWA' -TrustedApplicationPoolFqdn 'mail.busan.wingtiptoys.kr' -Port '5199'
    Write-Host '--- Verify'
    Get-CsTrustedApplication | Format-List Identity, TrustedApplicationPoolFqdn, Port

    # ===== Step 5: owa.enable-topology =====
    Write-Host '==> Step 5 (owa.enable-topology): Enable the Lync topology'
    Write-Host '    Caution: Enable-CsTopology needs Domain Admins as well, unless setup rights were delegated to RTCUniversalServerAdmins.'
    Enable-CsTopology
    Write-Host '--- Verify'
    Get-CsTrustedApplicationComputer | Format-List Identity, Pool

    # ===== Step 12: oauth.lync-oauth-certificate =====
    Write-Host '==> Step 12 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '5A4B3C2D1E0F5A4B3C2D1E0F5A4B3C2D1E0F5A4B'
    Write-Host '--- Verify'
    Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter

    # ===== Step 15: oauth.exchange-partner-of-lync =====
    Write-Host '==> Step 15 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.busan.wingtiptoys.kr/autodiscover/metadata/json/1'
    Write-Host '--- Verify'
    Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl

    # ===== Step 19: autodiscover.configure-lync =====
    Write-Host '==> Step 19 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.busan.wingtiptoys.kr/autodiscover/autodiscover.svc'
    Write-Host '--- Verify'
    Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl
}
finally {
    Stop-Transcript
}
