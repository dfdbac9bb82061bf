# Countersign script exchange-org-admins.exchange-shell.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   3. um.create-dial-plan: Create the UM SIP URI dial plan
#   4. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   7. um.run-exchucutil: Run ExchUcUtil.ps1
#   17. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   18. owa.configure-setting-override: Point OWA at Lync with a setting override
#   20. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   21. owa.verify: Check IM and presence in OWA
#   22. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   24. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   27. autodiscover.check: Check Exchange's Autodiscover address
#   28. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 70ac86c882250629ecd5bf6b6e304aedf9c32cdd78cc522e07de05d941eb9ac1
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 3: um.create-dial-plan =====
    Write-Host '==> Step 3 (um.create-dial-plan): Create the UM SIP URI dial plan'
    New-UMDialPlan -Name '台北 UM' -URIType SipName -NumberOfDigitsInExtension '3' -VoIPSecurity 'Secured' -CountryOrRegionCode '886'
    Write-Host '--- Verify'
    Get-UMDialPlan -Identity '台北 UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext

    # ===== Step 4: um.set-dial-plan-security =====
    Write-Host '==> Step 4 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    Set-UMDialPlan -Identity '台北 UM' -VoIPSecurity 'Secured'
    Write-Host '--- Verify'
    Get-UMDialPlan -Identity '台北 UM' | Format-List Name, VoIPSecurity

    # ===== Step 7: um.run-exchucutil =====
    Write-Host '==> Step 7 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Needs done first by others: um.add-servers-to-dial-plan (Administrators (local), or Exchange Server Administrators)'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    & (Join-Path $exscripts 'ExchUcUtil.ps1')
    Write-Host '--- Verify'
    Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status
    Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway

    # ===== Step 17: owa.enable-im-virtual-directories =====
    Write-Host '==> Step 17 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
    Write-Host '    Needs done first by others: owa.check-ucma (Administrators (local))'
    Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $True -InstantMessagingType OCS
    Write-Host '--- Verify'
    Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType

    # ===== Step 18: owa.configure-setting-override =====
    Write-Host '==> Step 18 (owa.configure-setting-override): Point OWA at Lync with a setting override'
    New-SettingOverride -Name 'IM Config Override' -Component OwaServer -Section IMSettings -Parameters @('IMServerName=tpe-pool.tailspintoys.com.tw','IMCertificateThumbprint=0123456789ABCDEF0123456789ABCDEF01234567') -Reason 'Configure IM'
    Get-ExchangeDiagnosticInfo -Server 'tpe-ex01.tailspintoys.com.tw' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
    Write-Host '--- Verify'
    Get-SettingOverride -Identity 'IM Config Override' | Format-List Name, Component, Section, Parameters

    # ===== Step 20: owa.enable-im-mailbox-policies =====
    Write-Host '==> Step 20 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.recycle-app-pool (Administrators (local))'
    Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $True -InstantMessagingType 'OCS'
    Write-Host '--- Verify'
    Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType

    # ===== Step 21: owa.verify =====
    Write-Host '==> Step 21 (owa.verify): Check IM and presence in OWA'
    Write-Host '--- Verify'
    Get-WinEvent -ComputerName 'tpe-ex01.tailspintoys.com.tw' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message
    Write-Host '    Check: Sign in to Outlook Web App: a presence icon appears beside your name at the top right.'
    Write-Host '    Check: If IM does not work, look for logs under C:\Program Files\Microsoft\Exchange Server\V15\Logging\OWA\InstantMessaging on the Mailbox server (no folder means the integration failed), and run a SIPStack trace on the Lync Front End.'

    # ===== Step 22: oauth.exchange-auth-certificate =====
    Write-Host '==> Step 22 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    Write-Host '--- Verify'
    Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName
    Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter

    # ===== Step 24: oauth.lync-partner-of-exchange =====
    Write-Host '==> Step 24 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://tpe-pool.tailspintoys.com.tw/metadata/json/1' -ApplicationType Lync
    Write-Host '--- Verify'
    Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl

    # ===== Step 27: autodiscover.check =====
    Write-Host '==> Step 27 (autodiscover.check): Check Exchange''s Autodiscover address'
    Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List

    # ===== Step 28: autodiscover.set-internal-uri =====
    Write-Host '==> Step 28 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    Get-ClientAccessService | Set-ClientAccessService -AutoDiscoverServiceInternalUri 'https://autodiscover.tailspintoys.com.tw/Autodiscover/Autodiscover.xml'
    Write-Host '--- Verify'
    Get-ClientAccessService | Format-List Name, AutoDiscoverServiceInternalUri
}
finally {
    Stop-Transcript
}
