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
# Body SHA-256: ec599ebdbf3c23886e9166e3f882c6c907bd773ba120fa3e5f5741ed62468975
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
        Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -UMStartupMode Dual
        Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -UMStartupMode Dual
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.set-startup-mode' { Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, UMStartupMode }
    Invoke-CountersignCheck 'um.set-startup-mode' { Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List UMStartupMode }

    # ===== Step 3: um.install-certificates =====
    Write-Host '==> Step 3 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    if (-not $Check) {
        Enable-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint 'C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00' -Services 'IIS','UM','UMCallRouter'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.install-certificates' { Get-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint 'C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00' | Format-List Subject, Services, NotAfter }

    # ===== Step 4: um.create-dial-plan =====
    Write-Host '==> Step 4 (um.create-dial-plan): Create the UM SIP URI dial plan'
    if (-not $Check) {
        New-UMDialPlan -Name '台北 UM' -URIType SipName -NumberOfDigitsInExtension '3' -VoIPSecurity 'Secured' -CountryOrRegionCode '886'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.create-dial-plan' { Get-UMDialPlan -Identity '台北 UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext }

    # ===== Step 5: um.set-dial-plan-security =====
    Write-Host '==> Step 5 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    if (-not $Check) {
        Set-UMDialPlan -Identity '台北 UM' -VoIPSecurity 'Secured'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.set-dial-plan-security' { Get-UMDialPlan -Identity '台北 UM' | Format-List Name, VoIPSecurity }

    # ===== Step 6: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 6 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    if (-not $Check) {
        Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM'
        Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.add-servers-to-dial-plan' { Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, DialPlans, UMStartupMode }
    Invoke-CountersignCheck 'um.add-servers-to-dial-plan' { Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List DialPlans, UMStartupMode }

    # ===== Step 9: um.run-exchucutil =====
    Write-Host '==> Step 9 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    if (-not $Check) {
        & (Join-Path $exscripts 'ExchUcUtil.ps1')
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.run-exchucutil' { Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status }
    Invoke-CountersignCheck 'um.run-exchucutil' { Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway }

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    if (-not $Check) {
        Enable-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' -UMMailboxPolicy '台北 UM Default Policy' -Extensions '201' -SIPResourceIdentifier 'mei.lin@tailspintoys.com.tw'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.enable-um-mailboxes' { Get-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }

    # ===== Step 19: owa.enable-im-virtual-directories =====
    Write-Host '==> Step 19 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
    Write-Host '    Needs done first by others: owa.check-ucma (Administrators (local))'
    if (-not $Check) {
        Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $True -InstantMessagingType OCS
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-im-virtual-directories' { Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 20: owa.configure-setting-override =====
    Write-Host '==> Step 20 (owa.configure-setting-override): Point OWA at Lync with a setting override'
    if (-not $Check) {
        New-SettingOverride -Name 'IM Config Override' -Component OwaServer -Section IMSettings -Parameters @('IMServerName=tpe-pool.tailspintoys.com.tw','IMCertificateThumbprint=0123456789ABCDEF0123456789ABCDEF01234567') -Reason 'Configure IM'
        Get-ExchangeDiagnosticInfo -Server 'tpe-ex01.tailspintoys.com.tw' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.configure-setting-override' { Get-SettingOverride -Identity 'IM Config Override' | Format-List Name, Component, Section, Parameters }

    # ===== Step 22: owa.enable-im-mailbox-policies =====
    Write-Host '==> Step 22 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.recycle-app-pool (Administrators (local))'
    if (-not $Check) {
        Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $True -InstantMessagingType 'OCS'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-im-mailbox-policies' { Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 23: owa.verify =====
    Write-Host '==> Step 23 (owa.verify): Check IM and presence in OWA'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.verify' { Get-WinEvent -ComputerName 'tpe-ex01.tailspintoys.com.tw' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message }
    Write-Host '    Check: Sign in to Outlook Web App: a presence icon appears beside your name at the top right.'
    Write-Host '    Check: If IM does not work, look for logs under C:\Program Files\Microsoft\Exchange Server\V15\Logging\OWA\InstantMessaging on the Mailbox server (no folder means the integration failed), and run a SIPStack trace on the Lync Front End.'

    # ===== Step 24: oauth.exchange-auth-certificate =====
    Write-Host '==> Step 24 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.exchange-auth-certificate' { Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName }
    Invoke-CountersignCheck 'oauth.exchange-auth-certificate' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter }

    # ===== Step 26: oauth.lync-partner-of-exchange =====
    Write-Host '==> Step 26 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    if (-not $Check) {
        & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://tpe-pool.tailspintoys.com.tw/metadata/json/1' -ApplicationType Lync
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.lync-partner-of-exchange' { Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl }

    # ===== Step 29: autodiscover.check =====
    Write-Host '==> Step 29 (autodiscover.check): Check Exchange''s Autodiscover address'
    if (-not $Check) {
        Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List
    }

    # ===== Step 30: autodiscover.set-internal-uri =====
    Write-Host '==> Step 30 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    if (-not $Check) {
        Get-ClientAccessService | Set-ClientAccessService -AutoDiscoverServiceInternalUri 'https://autodiscover.tailspintoys.com.tw/Autodiscover/Autodiscover.xml'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.set-internal-uri' { Get-ClientAccessService | Format-List Name, AutoDiscoverServiceInternalUri }
}
finally {
    Stop-Transcript
}
