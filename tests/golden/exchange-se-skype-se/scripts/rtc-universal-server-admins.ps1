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
# Body SHA-256: 712753622e1fd855b2cbacf1df49ae1f4a633dd2ddf9298dcfc0c216aef11573
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

    # ===== Step 2: owa.look-up-site-id =====
    Write-Host '==> Step 2 (owa.look-up-site-id): Look up the Lync site ID'
    if (-not $Check) {
        Get-CsSite | Select-Object DisplayName, SiteID
    }

    # ===== Step 3: owa.create-trusted-application-pool =====
    Write-Host '==> Step 3 (owa.create-trusted-application-pool): Create the trusted application pool for OWA'
    Write-Host '    Caution: When the UM Call Router and UM services share a machine, Lync discovers that server by itself: a trusted application pool for it makes a second entry for the same computer and OWA IM stops working. Remove both the pool and the application then.'
    Write-Host '    Caution: -Site takes the SiteId alone, without a site: prefix.'
    if (-not $Check) {
        New-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr' -Registrar 'pool.busan.wingtiptoys.kr' -Site '1' -RequiresReplication $False
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.create-trusted-application-pool' { Get-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr' | Format-List Identity, Registrar, Site, RequiresReplication }

    # ===== Step 4: owa.create-trusted-application =====
    Write-Host '==> Step 4 (owa.create-trusted-application): Create the OWA trusted application'
    if (-not $Check) {
        New-CsTrustedApplication -ApplicationId 'ExchangeOWA' -TrustedApplicationPoolFqdn 'mail.busan.wingtiptoys.kr' -Port '5199'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.create-trusted-application' { Get-CsTrustedApplication | Format-List Identity, TrustedApplicationPoolFqdn, Port }

    # ===== Step 5: owa.enable-topology =====
    Write-Host '==> Step 5 (owa.enable-topology): Enable the Lync topology'
    Write-Host '    Caution: Enable-CsTopology needs Domain Admins as well, unless setup rights were delegated to RTCUniversalServerAdmins.'
    if (-not $Check) {
        Enable-CsTopology
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-topology' { Get-CsTrustedApplicationComputer | Format-List Identity, Pool }

    # ===== Step 12: oauth.lync-oauth-certificate =====
    Write-Host '==> Step 12 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    if (-not $Check) {
        Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '5A4B3C2D1E0F5A4B3C2D1E0F5A4B3C2D1E0F5A4B'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.lync-oauth-certificate' { Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter }

    # ===== Step 15: oauth.exchange-partner-of-lync =====
    Write-Host '==> Step 15 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    if (-not $Check) {
        New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.busan.wingtiptoys.kr/autodiscover/metadata/json/1'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.exchange-partner-of-lync' { Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl }

    # ===== Step 19: autodiscover.configure-lync =====
    Write-Host '==> Step 19 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    if (-not $Check) {
        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.busan.wingtiptoys.kr/autodiscover/autodiscover.svc'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.configure-lync' { Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl }
}
finally {
    Stop-Transcript
}
