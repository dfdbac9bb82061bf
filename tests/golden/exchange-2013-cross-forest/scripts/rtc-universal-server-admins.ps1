# Countersign script rtc-universal-server-admins.ps1
# Language: English (en)
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: RTCUniversalServerAdmins (rtc-universal-server-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins
# Steps:
#   11. um.configure-lync-dial-plan: Configure the Lync dial plan
#   14. um.voice-routing: Finish the other Enterprise Voice configuration
#   17. um.verify: Test UM from Lync end to end
#   19. owa.look-up-site-id: Look up the Lync site ID
#   20. owa.create-trusted-application-pool: Create the trusted application pool for OWA
#   21. owa.create-trusted-application: Create the OWA trusted application
#   29. oauth.lync-oauth-certificate: Assign Lync's OAuthTokenIssuer certificate
#   35. oauth.exchange-partner-of-lync: Make Exchange a partner application of Lync
#   36. autodiscover.configure-lync: Tell Lync where Exchange Autodiscover is
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 819d478925274d97eb0cec29c2dc975858479925ad3a027e61e51bc476c583d1
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$countersignSays = @{ checkMode = 'Check mode: only the read-only checks run; nothing is changed.'; checkFailed = 'The {0} check of step {1} failed: '; results = 'Results for the sign-off (attach this file when you sign): '; noResults = 'The results file could not be written: ' }
# An error stops the script. The Exchange Management Shell's cmdlets are functions of a module
# (implicit remoting), which read the global preference, not the script's: it is set there too,
# and put back when the script ends.
$countersignErrorAction = $global:ErrorActionPreference
$global:ErrorActionPreference = 'Stop'
$ErrorActionPreference = 'Stop'
# The frame of every Countersign script: -Check runs only the read-only checks, and every run
# writes a results file beside its transcript, to attach to the sign-off. Written for Windows
# PowerShell 2.0 and later (the Exchange 2010 shell): no ConvertTo-Json, no [ordered].
function Get-CountersignSha256([byte[]]$Bytes) {
    # The managed SHA-256 that Create() gives is refused when Windows enforces FIPS algorithms.
    try { $sha256 = New-Object Security.Cryptography.SHA256CryptoServiceProvider } catch { $sha256 = [Security.Cryptography.SHA256]::Create() }
    -join ($sha256.ComputeHash($Bytes) | ForEach-Object { $_.ToString('x2') })
}
# The SHA-256 of this file after its header, as the portal computes it; empty when the script
# was not run from its file or its header line was changed. The portal writes no carriage return,
# so a copy whose line endings were turned into CRLF hashes as it was generated.
function Get-CountersignBodySha256([string]$Path, [string]$Marker) {
    try {
        $text = [IO.File]::ReadAllText($Path, [Text.Encoding]::UTF8).Replace("`r`n", "`n")
        $at = $text.IndexOf($Marker + "`n", [StringComparison]::Ordinal)
        if ($at -lt 0) { return '' }
        Get-CountersignSha256 ([Text.Encoding]::UTF8.GetBytes($text.Substring($at + $Marker.Length + 1)))
    } catch { '' }
}
function ConvertTo-CountersignJson($Value) {
    if ($null -eq $Value) { return 'null' }
    if ($Value -is [bool]) { if ($Value) { return 'true' } else { return 'false' } }
    if ($Value -is [System.Collections.IDictionary]) {
        $pairs = @(foreach ($key in @($Value.Keys | Sort-Object)) { (ConvertTo-CountersignJson ([string]$key)) + ':' + (ConvertTo-CountersignJson $Value[$key]) })
        return '{' + ($pairs -join ',') + '}'
    }
    if ($Value -is [System.Collections.IEnumerable] -and $Value -isnot [string]) {
        $items = @(foreach ($item in $Value) { ConvertTo-CountersignJson $item })
        return '[' + ($items -join ',') + ']'
    }
    $json = New-Object System.Text.StringBuilder
    [void]$json.Append('"')
    foreach ($c in ([string]$Value).ToCharArray()) {
        $code = [int]$c
        if ($code -eq 34) { [void]$json.Append('\"') }
        elseif ($code -eq 92) { [void]$json.Append('\\') }
        elseif ($code -lt 32) { [void]$json.Append('\u' + $code.ToString('x4')) }
        else { [void]$json.Append($c) }
    }
    [void]$json.Append('"')
    $json.ToString()
}
$countersignSteps = New-Object System.Collections.ArrayList
$countersignStep = $null
function Add-CountersignStep([string]$Key, [string]$ContentSha256) {
    [void]$countersignSteps.Add(@{ key = $Key; content_sha256 = $ContentSha256; ran = $false; status = 'not-run'; error = ''; checks = (New-Object System.Collections.ArrayList) })
}
function Enter-CountersignStep([int]$Index) {
    $script:countersignStep = $countersignSteps[$Index]
    if ($Check) { $countersignStep.status = 'checked' }
}
# Runs a read-only check and keeps its output for the results file. Outside -Check a failed
# check stops the script: a precondition before the step changes anything, a verification after.
function Invoke-CountersignCheck([string]$Kind, [string]$Command, [scriptblock]$Block) {
    $entry = @{ kind = $Kind; command = $Command; ok = $true; output = '' }
    [void]$countersignStep.checks.Add($entry)
    try {
        # An error a command only writes (the Exchange shell's remote cmdlets may) fails the check too.
        $all = @(& $Block 2>&1)
        $errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $output = ($all | Out-String -Width 200)
        Write-Host $output
        if ($errors.Count -gt 0) { $entry.ok = $false }
    } catch {
        $entry.ok = $false
        $output = [string]$_.Exception.Message
    }
    if ($output.Length -gt 19900) { $output = $output.Substring(0, 19900) + ' [cut: ' + $output.Length + ' characters in all]' }
    $entry.output = $output
    if (-not $entry.ok) {
        $failure = ($countersignSays.checkFailed -f $Kind, $countersignStep.key) + $output
        if (-not $Check) {
            $countersignStep.status = $Kind + '-failed'
            throw $failure
        }
        Write-Warning $failure
    }
}
function Write-CountersignResults {
    try {
        $transcriptSha256 = ''
        try { $transcriptSha256 = Get-CountersignSha256 ([IO.File]::ReadAllBytes($transcriptPath)) } catch { }
        $results = @{
            format = 'countersign-results/1'
            script = $countersignScriptName
            deployment = $countersignDeployment
            body_sha256 = $countersignBodySha256
            check_mode = [bool]$Check
            computer = [string]$env:COMPUTERNAME
            user = [string][Security.Principal.WindowsIdentity]::GetCurrent().Name
            started_at = $countersignStartedAt
            finished_at = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
            transcript = [IO.Path]::GetFileName($transcriptPath)
            transcript_sha256 = $transcriptSha256
            steps = $countersignSteps
        }
        $resultsPath = [IO.Path]::ChangeExtension($transcriptPath, '.results.json')
        [IO.File]::WriteAllText($resultsPath, (ConvertTo-CountersignJson $results), (New-Object System.Text.UTF8Encoding $false))
        Write-Host ($countersignSays.results + $resultsPath)
    } catch {
        Write-Warning ($countersignSays.noResults + $_.Exception.Message)
    }
}
if ($Check) { Write-Host $countersignSays.checkMode }
$countersignScriptName = 'rtc-universal-server-admins.ps1'
$countersignDeployment = 'Contoso cross-forest (Exchange 2013, Lync 2013)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'um.configure-lync-dial-plan' '2ff4a6a2bb3d511856fa8f3172f73a710128bd726d308ece0b0aeecfa8b00ebe'
Add-CountersignStep 'um.voice-routing' '58768c1a931b94e96847ef13b5d506625ac1a3ed849181fa3baea9ffa182eaaa'
Add-CountersignStep 'um.verify' '17140f484b40b7ce3e1e5edfed80e7f8828d11ac5967a631a22f57ec02d4f91f'
Add-CountersignStep 'owa.look-up-site-id' '74662e6d75c6cd49aa3a29fdbe9a932014acbe20bf4a9209c09dbac54f160e5c'
Add-CountersignStep 'owa.create-trusted-application-pool' 'be1ddaf518b52e24e6747192e1a2343e728f7d02d9ac28489940d87c1eb04ce6'
Add-CountersignStep 'owa.create-trusted-application' 'e2fd3a25c6be3645cec236dc527be42367391fb2b2212a0e735e706cac5e685b'
Add-CountersignStep 'oauth.lync-oauth-certificate' 'a6a23901aaa8f4641d712d7a78bed06e992a8c62d446f6130553043a922aced0'
Add-CountersignStep 'oauth.exchange-partner-of-lync' 'aba5e39644c9f4a53418942d8305dda62541951a155066aa0106e1771076c1d6'
Add-CountersignStep 'autodiscover.configure-lync' '11d2ed1712f487f97aabf2b2daabf7cd2f0c124d41cd5af3af30af2f2362aa5e'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 11: um.configure-lync-dial-plan =====
    Enter-CountersignStep 0
    Write-Host '==> Step 11 (um.configure-lync-dial-plan): Configure the Lync dial plan'
    Write-Host '    Needs done first by others: um.create-dial-plan (Exchange Organization Administrators)'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsDialPlan | Format-List Identity, SimpleName' { Get-CsDialPlan | Format-List Identity, SimpleName }

    # ===== Step 14: um.voice-routing =====
    Enter-CountersignStep 1
    Write-Host '==> Step 14 (um.voice-routing): Finish the other Enterprise Voice configuration'
    Write-Host '    Needs done first by others: um.restart-front-end (Administrators (local) and RTCUniversalServerAdmins)'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Write-Host '    Deploy and configure the PSTN gateways and Mediation Servers in Topology Builder, if not done yet.'
        Write-Host '    Define voice policies, PSTN usages and routes (New-CsVoicePolicy, Set-CsPstnUsage, New-CsVoiceRoute), if not done yet.'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsVoicePolicy | Format-List Identity, PstnUsages' { Get-CsVoicePolicy | Format-List Identity, PstnUsages }
    Invoke-CountersignCheck 'verify' 'Get-CsVoiceRoute | Format-List Identity, NumberPattern, PstnUsages, PstnGatewayList' { Get-CsVoiceRoute | Format-List Identity, NumberPattern, PstnUsages, PstnGatewayList }

    # ===== Step 17: um.verify =====
    Enter-CountersignStep 2
    Write-Host '==> Step 17 (um.verify): Test UM from Lync end to end'
    Write-Host '    Needs done first by others: um.enable-um-mailboxes (Exchange Organization Administrators); um.run-ocsumutil (RTCUniversalServerAdmins and RTCUniversalUserAdmins)'
    Write-Host '    Caution: Without -UserCredential or -SenderCredential both tests run as the pool''s test users (New-CsHealthMonitoringConfiguration, Set-CsTestUserCredential); if none are configured, the tests fail.'
    Write-Host '    Caution: Test-CsExUMVoiceMail leaves a voice mail in the receiver''s mailbox; the receiver must be another user than the sending test user.'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Test-CsExUMConnectivity -TargetFqdn ''pool01.corp.contoso.com'' -UserSipAddress ''sip:kenmyer@contoso.com'' | ForEach-Object { $_ | Format-List; if ($_.Result -ne ''Success'') { throw (''Test-CsExUMConnectivity: '' + $_.Result + '' '' + $_.Error) } }' { Test-CsExUMConnectivity -TargetFqdn 'pool01.corp.contoso.com' -UserSipAddress 'sip:kenmyer@contoso.com' | ForEach-Object { $_ | Format-List; if ($_.Result -ne 'Success') { throw ('Test-CsExUMConnectivity: ' + $_.Result + ' ' + $_.Error) } } }
    Invoke-CountersignCheck 'verify' 'Test-CsExUMVoiceMail -TargetFqdn ''pool01.corp.contoso.com'' -ReceiverSipAddress ''sip:kenmyer@contoso.com'' | ForEach-Object { $_ | Format-List; if ($_.Result -ne ''Success'') { throw (''Test-CsExUMVoiceMail: '' + $_.Result + '' '' + $_.Error) } }' { Test-CsExUMVoiceMail -TargetFqdn 'pool01.corp.contoso.com' -ReceiverSipAddress 'sip:kenmyer@contoso.com' | ForEach-Object { $_ | Format-List; if ($_.Result -ne 'Success') { throw ('Test-CsExUMVoiceMail: ' + $_.Result + ' ' + $_.Error) } } }

    # ===== Step 19: owa.look-up-site-id =====
    Enter-CountersignStep 3
    Write-Host '==> Step 19 (owa.look-up-site-id): Look up the Lync site ID'
    Write-Host '    Caution: The SiteId is not necessarily the site''s DisplayName, nor its Identity (site:<name>).'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsSite | Select-Object DisplayName, SiteId' { Get-CsSite | Select-Object DisplayName, SiteId }

    # ===== Step 20: owa.create-trusted-application-pool =====
    Enter-CountersignStep 4
    Write-Host '==> Step 20 (owa.create-trusted-application-pool): Create the trusted application pool for OWA'
    Write-Host '    Caution: When the UM Call Router and UM services share a machine, Lync discovers that server by itself: a trusted application pool for it makes a second entry for the same computer and OWA IM stops working. Remove both the pool and the application then (Remove-CsTrustedApplicationPool, Remove-CsTrustedApplication).'
    Write-Host '    Caution: -Site takes the SiteId alone, without a site: prefix.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'if (-not (Get-CsSite | Where-Object { $_.SiteId -eq ''2'' })) { throw (''No Lync site has the SiteId '' + ''2'' + '': see Get-CsSite'') }' { if (-not (Get-CsSite | Where-Object { $_.SiteId -eq '2' })) { throw ('No Lync site has the SiteId ' + '2' + ': see Get-CsSite') } }
    Invoke-CountersignCheck 'precondition' 'if (-not (Get-CsPool -Identity ''pool01.corp.contoso.com'')) { throw (''The Lync topology has no pool '' + ''pool01.corp.contoso.com'') }' { if (-not (Get-CsPool -Identity 'pool01.corp.contoso.com')) { throw ('The Lync topology has no pool ' + 'pool01.corp.contoso.com') } }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-CsTrustedApplicationPool -Identity 'mail.contoso.com' -Registrar 'pool01.corp.contoso.com' -Site '2' -RequiresReplication $False
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsTrustedApplicationPool -Identity ''mail.contoso.com'' | Format-List Identity, Registrar, Site, RequiresReplication' { Get-CsTrustedApplicationPool -Identity 'mail.contoso.com' | Format-List Identity, Registrar, Site, RequiresReplication }

    # ===== Step 21: owa.create-trusted-application =====
    Enter-CountersignStep 5
    Write-Host '==> Step 21 (owa.create-trusted-application): Create the OWA trusted application'
    Write-Host '    Caution: New-CsTrustedApplication does not open the port: open it in the Windows firewall and any firewall between Lync and the Exchange servers.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'if (-not (Get-CsTrustedApplicationPool -Identity ''mail.contoso.com'')) { throw (''There is no trusted application pool '' + ''mail.contoso.com'') }' { if (-not (Get-CsTrustedApplicationPool -Identity 'mail.contoso.com')) { throw ('There is no trusted application pool ' + 'mail.contoso.com') } }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-CsTrustedApplication -ApplicationId 'OutlookWebApp' -TrustedApplicationPoolFqdn 'mail.contoso.com' -Port '5199'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsTrustedApplication -ApplicationId ''OutlookWebApp'' -TrustedApplicationPoolFqdn ''mail.contoso.com'' | Format-List Identity, TrustedApplicationPoolFqdn, Port' { Get-CsTrustedApplication -ApplicationId 'OutlookWebApp' -TrustedApplicationPoolFqdn 'mail.contoso.com' | Format-List Identity, TrustedApplicationPoolFqdn, Port }

    # ===== Step 29: oauth.lync-oauth-certificate =====
    Enter-CountersignStep 6
    Write-Host '==> Step 29 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    Write-Host '    Caution: Run this once, on one Front End Server whose computer certificate store holds the certificate: Lync replicates a global OAuthTokenIssuer certificate to every Front End Server. Do not assign it on each server.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-Item -Path ''Cert:\LocalMachine\My\5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C''' { Get-Item -Path 'Cert:\LocalMachine\My\5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '5C2D1A2E8B8E1B6B5A1E2E0F9C3D4B5A6F7E8D9C'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter' { Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter }

    # ===== Step 35: oauth.exchange-partner-of-lync =====
    Enter-CountersignStep 7
    Write-Host '==> Step 35 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    Write-Host '    Needs done first by others: autodiscover.dns-record (DnsAdmins)'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.contoso.com/autodiscover/metadata/json/1'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl' { Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl }

    # ===== Step 36: autodiscover.configure-lync =====
    Enter-CountersignStep 8
    Write-Host '==> Step 36 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators, or Exchange Server Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    Write-Host '    Caution: Set-CsOAuthConfiguration''s reference describes ExchangeAutodiscoverUrl as the Autodiscover URL of Exchange Online; the Skype for Business integration guide sets it to the on-premises Exchange Autodiscover service, as here. The parameter applies to Lync Server 2013 and Skype for Business Server 2015 and 2019.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' '[Net.Dns]::GetHostAddresses(''autodiscover.contoso.com'')' { [Net.Dns]::GetHostAddresses('autodiscover.contoso.com') }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.contoso.com/autodiscover/autodiscover.svc'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl' { Get-CsOAuthConfiguration | Format-List Identity, ExchangeAutodiscoverUrl }
}
catch {
    if ($countersignStep) { $countersignStep.error = [string]$_.Exception.Message }
    Write-Host ('Stopped: ' + $_.Exception.Message)
    throw
}
finally {
    try { Stop-Transcript | Out-Null } catch { }
    Write-CountersignResults
    $global:ErrorActionPreference = $countersignErrorAction
}
