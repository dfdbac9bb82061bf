# Countersign script exchange-org-admins.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   6. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   7. owa.configure-setting-override: Point OWA at Lync with a setting override
#   9. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   10. owa.verify: Check IM and presence in OWA
#   11. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   13. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   16. autodiscover.check: Check Exchange's Autodiscover address
#   17. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 42a160497664dfa34ecf2c6b3877c2e83e4c25af4c9cfcf0e8b6a6387042ea5f
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

    # ===== Step 6: owa.enable-im-virtual-directories =====
    Write-Host '==> Step 6 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
    Write-Host '    Needs done first by others: owa.check-ucma (Administrators (local))'
    if (-not $Check) {
        Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $True -InstantMessagingType OCS
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-im-virtual-directories' { Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 7: owa.configure-setting-override =====
    Write-Host '==> Step 7 (owa.configure-setting-override): Point OWA at Lync with a setting override'
    Write-Host '    Needs done first by others: owa.enable-topology (RTCUniversalServerAdmins)'
    if (-not $Check) {
        New-SettingOverride -Name 'IM Config Override' -Component OwaServer -Section IMSettings -Parameters @('IMServerName=pool.busan.wingtiptoys.kr','IMCertificateThumbprint=ABCDEF0123456789ABCDEF0123456789ABCDEF01') -Reason 'Configure IM'
        Get-ExchangeDiagnosticInfo -Server 'bsn-ex01.busan.wingtiptoys.kr' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
        Get-ExchangeDiagnosticInfo -Server 'bsn-ex02.busan.wingtiptoys.kr' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.configure-setting-override' { Get-SettingOverride -Identity 'IM Config Override' | Format-List Name, Component, Section, Parameters }

    # ===== Step 9: owa.enable-im-mailbox-policies =====
    Write-Host '==> Step 9 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.enable-topology (RTCUniversalServerAdmins); owa.recycle-app-pool (Administrators (local))'
    if (-not $Check) {
        Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $True -InstantMessagingType 'OCS'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.enable-im-mailbox-policies' { Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 10: owa.verify =====
    Write-Host '==> Step 10 (owa.verify): Check IM and presence in OWA'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'owa.verify' { Get-WinEvent -ComputerName 'bsn-ex01.busan.wingtiptoys.kr' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message }
    Invoke-CountersignCheck 'owa.verify' { Get-WinEvent -ComputerName 'bsn-ex02.busan.wingtiptoys.kr' -FilterHashtable @{LogName='Application'; ProviderName='MSExchange OWA'; Id=112} -MaxEvents 1 | Format-List TimeCreated, Message }
    Write-Host '    Check: Sign in to Outlook Web App: a presence icon appears beside your name at the top right.'
    Write-Host '    Check: If IM does not work, look for logs under C:\Program Files\Microsoft\Exchange Server\V15\Logging\OWA\InstantMessaging on the Mailbox server (no folder means the integration failed), and run a SIPStack trace on the Lync Front End.'

    # ===== Step 11: oauth.exchange-auth-certificate =====
    Write-Host '==> Step 11 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.exchange-auth-certificate' { Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName }
    Invoke-CountersignCheck 'oauth.exchange-auth-certificate' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter }

    # ===== Step 13: oauth.lync-partner-of-exchange =====
    Write-Host '==> Step 13 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    if (-not $Check) {
        & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://pool.busan.wingtiptoys.kr/metadata/json/1' -ApplicationType Lync
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'oauth.lync-partner-of-exchange' { Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl }

    # ===== Step 16: autodiscover.check =====
    Write-Host '==> Step 16 (autodiscover.check): Check Exchange''s Autodiscover address'
    if (-not $Check) {
        Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List
    }

    # ===== Step 17: autodiscover.set-internal-uri =====
    Write-Host '==> Step 17 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    if (-not $Check) {
        Get-ClientAccessService | Set-ClientAccessService -AutoDiscoverServiceInternalUri 'https://autodiscover.busan.wingtiptoys.kr/Autodiscover/Autodiscover.xml'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.set-internal-uri' { Get-ClientAccessService | Format-List Name, AutoDiscoverServiceInternalUri }
}
finally {
    Stop-Transcript
}
