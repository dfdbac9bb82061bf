# Countersign script exchange-org-admins.exchange-shell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
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
#   19. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   20. owa.configure-setting-override: Point OWA at Lync with a setting override
#   22. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   23. owa.verify: Check IM and presence in OWA
#   24. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   26. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   29. autodiscover.check: Check Exchange's Autodiscover address
#   30. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: a2754f1ed642455331a3091e2d82dd3d67455193477fa57b70e186990c14074f
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 2: um.set-startup-mode =====
    Write-Host '==> Step 2 (um.set-startup-mode): Set the UM services to start in Dual mode'
    Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -UMStartupMode Dual
    Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -UMStartupMode Dual
    Write-Host '--- Verify'
    Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, UMStartupMode
    Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List UMStartupMode

    # ===== Step 3: um.install-certificates =====
    Write-Host '==> Step 3 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    Enable-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint 'C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00' -Services 'IIS','UM','UMCallRouter'
    Write-Host '--- Verify'
    Get-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint 'C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00' | Format-List Subject, Services, NotAfter

    # ===== Step 4: um.create-dial-plan =====
    Write-Host '==> Step 4 (um.create-dial-plan): Create the UM SIP URI dial plan'
    New-UMDialPlan -Name '台北 UM' -URIType SipName -NumberOfDigitsInExtension '3' -VoIPSecurity 'Secured' -CountryOrRegionCode '886'
    Write-Host '--- Verify'
    Get-UMDialPlan -Identity '台北 UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext

    # ===== Step 5: um.set-dial-plan-security =====
    Write-Host '==> Step 5 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    Set-UMDialPlan -Identity '台北 UM' -VoIPSecurity 'Secured'
    Write-Host '--- Verify'
    Get-UMDialPlan -Identity '台北 UM' | Format-List Name, VoIPSecurity

    # ===== Step 6: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 6 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM'
    Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM'
    Write-Host '--- Verify'
    Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, DialPlans, UMStartupMode
    Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List DialPlans, UMStartupMode

    # ===== Step 9: um.run-exchucutil =====
    Write-Host '==> Step 9 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    & (Join-Path $exscripts 'ExchUcUtil.ps1')
    Write-Host '--- Verify'
    Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status
    Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Enable-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' -UMMailboxPolicy '台北 UM Default Policy' -Extensions '201' -SIPResourceIdentifier 'mei.lin@tailspintoys.com.tw'
    Write-Host '--- Verify'
    Get-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy

    # ===== Step 19: owa.enable-im-virtual-directories =====
    Write-Host '==> Step 19 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
    Write-Host '    Needs done first by others: owa.check-ucma (Administrators (local))'
    Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $True -InstantMessagingType OCS
    Write-Host '--- Verify'
    Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType

    # ===== Step 20: owa.configure-setting-override =====
    Write-Host '==> Step 20 (owa.configure-setting-override): Point OWA at Lync with a setting override'
    New-SettingOverride -Name 'IM Config Override' -Component OwaServer -Section IMSettings -Parameters @('IMServerName=tpe-pool.tailspintoys.com.tw','IMCertificateThumbprint=0123456789ABCDEF0123456789ABCDEF01234567') -Reason 'Configure IM'
    Get-ExchangeDiagnosticInfo -Server 'tpe-ex01.tailspintoys.com.tw' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
    Write-Host '--- Verify'
    Get-SettingOverride -Identity 'IM Config Override' | Format-List Name, Component, Section, Parameters

    # ===== Step 22: owa.enable-im-mailbox-policies =====
    Write-Host '==> Step 22 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.recycle-app-pool (Administrators (local))'
    Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $True -InstantMessagingType 'OCS'
    Write-Host '--- Verify'
    Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType

    # ===== Step 23: owa.verify =====
    Write-Host '==> Step 23 (owa.verify): Check IM and presence in OWA'
    Write-Host '--- Verify'
    Get-WinEvent -ComputerName 'tpe-ex01.tailspintoys.com.tw' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message
    Write-Host '    Check: Sign in to Outlook Web App: a presence icon appears beside your name at the top right.'
    Write-Host '    Check: If IM does not work, look for logs under C:\Program Files\Microsoft\Exchange Server\V15\Logging\OWA\InstantMessaging on the Mailbox server (no folder means the integration failed), and run a SIPStack trace on the Lync Front End.'

    # ===== Step 24: oauth.exchange-auth-certificate =====
    Write-Host '==> Step 24 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    Write-Host '--- Verify'
    Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName
    Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter

    # ===== Step 26: oauth.lync-partner-of-exchange =====
    Write-Host '==> Step 26 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://tpe-pool.tailspintoys.com.tw/metadata/json/1' -ApplicationType Lync
    Write-Host '--- Verify'
    Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl

    # ===== Step 29: autodiscover.check =====
    Write-Host '==> Step 29 (autodiscover.check): Check Exchange''s Autodiscover address'
    Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List

    # ===== Step 30: autodiscover.set-internal-uri =====
    Write-Host '==> Step 30 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    Get-ClientAccessService | Set-ClientAccessService -AutoDiscoverServiceInternalUri 'https://autodiscover.tailspintoys.com.tw/Autodiscover/Autodiscover.xml'
    Write-Host '--- Verify'
    Get-ClientAccessService | Format-List Name, AutoDiscoverServiceInternalUri
}
finally {
    Stop-Transcript
}
