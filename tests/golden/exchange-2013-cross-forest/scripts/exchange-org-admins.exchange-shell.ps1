# Countersign script exchange-org-admins.exchange-shell.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   2. um.set-startup-mode: Set the UM services to start in Dual mode
#   3. um.install-certificates: Bind a trusted certificate to UM on each UM server
#   4. um.create-dial-plan: Create the UM SIP URI dial plan
#   5. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   6. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
#   9. um.run-exchucutil: Run ExchUcUtil.ps1
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
#   23. owa.add-servers-to-dial-plans: Add the Client Access and Mailbox servers to every SIP URI dial plan
#   24. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   27. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   28. owa.verify: Check IM and presence in OWA
#   29. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   31. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   34. autodiscover.check: Check Exchange's Autodiscover address
#   35. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: dc556cac40d5610d355f9142f5069a3f5175593e3eb5f1ab6a1c0e500e3d1057
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 2: um.set-startup-mode =====
    Write-Host '==> Step 2 (um.set-startup-mode): Set the UM services to start in Dual mode'
    if (-not $Check) {
        Set-UMService -Identity 'EXMBX01' -UMStartupMode Dual
        Set-UMCallRouterSettings -Server 'EXCAS01' -UMStartupMode Dual
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.set-startup-mode' { Get-UMService -Identity 'EXMBX01' | Format-List Name, UMStartupMode }
    Invoke-CountersignCheck 'um.set-startup-mode' { Get-UMCallRouterSettings -Server 'EXCAS01' | Format-List UMStartupMode }

    # ===== Step 3: um.install-certificates =====
    Write-Host '==> Step 3 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    if (-not $Check) {
        Enable-ExchangeCertificate -Server 'EXCAS01' -Thumbprint 'B8E2F3A4C5D6E7F8091A2B3C4D5E6F708192A3B4' -Services 'IIS','UMCallRouter'
        Enable-ExchangeCertificate -Server 'EXMBX01' -Thumbprint 'A909502DD82AE41433E6F83886B00D4277A32A7B' -Services 'UM'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.install-certificates' { Get-ExchangeCertificate -Server 'EXMBX01' -Thumbprint 'A909502DD82AE41433E6F83886B00D4277A32A7B' | Format-List Subject, Services, NotAfter }
    Invoke-CountersignCheck 'um.install-certificates' { Get-ExchangeCertificate -Server 'EXCAS01' -Thumbprint 'B8E2F3A4C5D6E7F8091A2B3C4D5E6F708192A3B4' | Format-List Subject, Services, NotAfter }

    # ===== Step 4: um.create-dial-plan =====
    Write-Host '==> Step 4 (um.create-dial-plan): Create the UM SIP URI dial plan'
    if (-not $Check) {
        New-UMDialPlan -Name 'Redmond UM' -URIType SipName -NumberOfDigitsInExtension '4' -VoIPSecurity 'Secured' -CountryOrRegionCode '1'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.create-dial-plan' { Get-UMDialPlan -Identity 'Redmond UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext }

    # ===== Step 5: um.set-dial-plan-security =====
    Write-Host '==> Step 5 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    if (-not $Check) {
        Set-UMDialPlan -Identity 'Redmond UM' -VoIPSecurity 'Secured'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.set-dial-plan-security' { Get-UMDialPlan -Identity 'Redmond UM' | Format-List Name, VoIPSecurity }

    # ===== Step 6: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 6 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    if (-not $Check) {
        Set-UMService -Identity 'EXMBX01' -DialPlans 'Redmond UM'
        Set-UMCallRouterSettings -Server 'EXCAS01' -DialPlans 'Redmond UM'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.add-servers-to-dial-plan' { Get-UMService -Identity 'EXMBX01' | Format-List Name, DialPlans, UMStartupMode }
    Invoke-CountersignCheck 'um.add-servers-to-dial-plan' { Get-UMCallRouterSettings -Server 'EXCAS01' | Format-List DialPlans, UMStartupMode }

    # ===== Step 9: um.run-exchucutil =====
    Write-Host '==> Step 9 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    if (-not $Check) {
        & (Join-Path $exscripts 'ExchUcUtil.ps1') -Forest:'corp.contoso.com'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.run-exchucutil' { Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status }
    Invoke-CountersignCheck 'um.run-exchucutil' { Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway }

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    if (-not $Check) {
        Enable-UMMailbox -Identity 'kenmyer@contoso.com' -UMMailboxPolicy 'Redmond UM Default Policy' -Extensions '4001' -SIPResourceIdentifier 'kenmyer@contoso.com'
        Enable-UMMailbox -Identity 'o''brien@contoso.com' -UMMailboxPolicy 'Redmond UM Default Policy' -Extensions '4002' -SIPResourceIdentifier 'o''brien@contoso.com'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.enable-um-mailboxes' { Get-UMMailbox -Identity 'kenmyer@contoso.com' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }
    Invoke-CountersignCheck 'um.enable-um-mailboxes' { Get-UMMailbox -Identity 'o''brien@contoso.com' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }

    # ===== Step 23: owa.add-servers-to-dial-plans =====
    Write-Host '==> Step 23 (owa.add-servers-to-dial-plans): Add the Client Access and Mailbox servers to every SIP URI dial plan'
    Write-Host '    Needs done first by others: owa.enable-topology (RTCUniversalServerAdmins)'
    if (-not $Check) {
        Set-UMService -Identity 'EXMBX01' -DialPlans @{Add='Redmond UM'}
        Set-UMCallRouterSettings -Server 'EXCAS01' -DialPlans @{Add='Redmond UM'}
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.add-servers-to-dial-plans' { Get-UMService -Identity 'EXMBX01' | Format-List Name, DialPlans }
    Invoke-CountersignCheck 'owa.add-servers-to-dial-plans' { Get-UMCallRouterSettings -Server 'EXCAS01' | Format-List DialPlans }

    # ===== Step 24: owa.enable-im-virtual-directories =====
    Write-Host '==> Step 24 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
    Write-Host '    Needs done first by others: owa.check-ucma (Administrators (local))'
    if (-not $Check) {
        Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $True -InstantMessagingType OCS
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-im-virtual-directories' { Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 27: owa.enable-im-mailbox-policies =====
    Write-Host '==> Step 27 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.recycle-app-pool-2013 (Administrators (local)); owa.enable-topology (RTCUniversalServerAdmins)'
    if (-not $Check) {
        Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $True -InstantMessagingType 'OCS'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-im-mailbox-policies' { Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 28: owa.verify =====
    Write-Host '==> Step 28 (owa.verify): Check IM and presence in OWA'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.verify' { Get-WinEvent -ComputerName 'EXMBX01' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message }
    Invoke-CountersignCheck 'owa.verify' { Get-WinEvent -ComputerName 'EXCAS01' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message }
    Write-Host '    Check: Sign in to Outlook Web App: a presence icon appears beside your name at the top right.'
    Write-Host '    Check: If IM does not work, look for logs under C:\Program Files\Microsoft\Exchange Server\V15\Logging\OWA\InstantMessaging on the Mailbox server (no folder means the integration failed), and run a SIPStack trace on the Lync Front End.'

    # ===== Step 29: oauth.exchange-auth-certificate =====
    Write-Host '==> Step 29 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.exchange-auth-certificate' { Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName }
    Invoke-CountersignCheck 'oauth.exchange-auth-certificate' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter }

    # ===== Step 31: oauth.lync-partner-of-exchange =====
    Write-Host '==> Step 31 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    if (-not $Check) {
        & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://pool01.corp.contoso.com/metadata/json/1' -ApplicationType Lync
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.lync-partner-of-exchange' { Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl }

    # ===== Step 34: autodiscover.check =====
    Write-Host '==> Step 34 (autodiscover.check): Check Exchange''s Autodiscover address'
    if (-not $Check) {
        Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List
    }

    # ===== Step 35: autodiscover.set-internal-uri =====
    Write-Host '==> Step 35 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    if (-not $Check) {
        Get-ClientAccessServer | Set-ClientAccessServer -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/autodiscover/autodiscover.xml'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.set-internal-uri' { Get-ClientAccessServer | Format-List Name, AutoDiscoverServiceInternalUri }
}
finally {
    Stop-Transcript
}
