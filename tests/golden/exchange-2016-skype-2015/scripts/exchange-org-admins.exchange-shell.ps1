# Countersign script exchange-org-admins.exchange-shell.ps1
# Language: English (en)
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   2. um.set-startup-mode: Set the UM services to start in Dual mode
#   4. um.create-dial-plan: Create the UM SIP URI dial plan
#   5. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   6. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
#   9. um.run-exchucutil: Run ExchUcUtil.ps1
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
#   19. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   20. owa.configure-setting-override: Point OWA at Lync with a setting override
#   22. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   24. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   26. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   28. autodiscover.check: Check Exchange's Autodiscover address
#   29. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 8d48ec4245a573c9df8fffa667888309fa9e1ffacc3d6b58232f34776eb114cc
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
$countersignScriptName = 'exchange-org-admins.exchange-shell.ps1'
$countersignDeployment = 'Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'um.set-startup-mode' '9e3c2e1d50ee1415ed367e58f0a7f4dced05b3cd49bd845ac33f24c8f3e3739f'
Add-CountersignStep 'um.create-dial-plan' '4e6e25a11b4e1ead7b05ddeba0853ff472838b2409dd95c353129c93a1afdf4e'
Add-CountersignStep 'um.set-dial-plan-security' '634394d607f174da21006bbe0080ada8a53f0a4fa4c151aa8654082c576f9e17'
Add-CountersignStep 'um.add-servers-to-dial-plan' 'b3a7f30855290e8b7c11f576a868b6906ed343da996b038ae74a315af0a1354b'
Add-CountersignStep 'um.run-exchucutil' 'e06c3b642e188746b25a497510d3297d824bd557bdd8e9d165b66e4f2ee3505f'
Add-CountersignStep 'um.enable-um-mailboxes' '4748f71a93484a714a9231e5c83e82d1d928db524d2a28452b2f67036144068d'
Add-CountersignStep 'owa.enable-im-virtual-directories' 'f6632e95ff1d8448ecbbc3113bee6ced76939747f8ccf2e938c150bab28ba5ec'
Add-CountersignStep 'owa.configure-setting-override' 'd1380d12e1f437d625b747e600992b4458a5933e41fd4b6489a1178ae072c4f9'
Add-CountersignStep 'owa.enable-im-mailbox-policies' '39e1cd3d33051ed1c4bf61d21375ddebc552299cc3222a04a1df5e60eda69186'
Add-CountersignStep 'oauth.exchange-auth-certificate' '03a5fe7a949c52dee2667fc647bbd5a707665ab19a1db556767f72cc6f34f626'
Add-CountersignStep 'oauth.lync-partner-of-exchange' 'cdb793176cdc442ff5d2247368d8066e8ece14186e194b3d456a7cb8676e2048'
Add-CountersignStep 'autodiscover.check' '9e4ee41c99616afc1798dbeced7a32c7aebbc85e05f3fb241a68679a8f348eb9'
Add-CountersignStep 'autodiscover.set-internal-uri' 'b6e3b4409d1666babc8148857cef56b0b209bd0f9f1d7225220fcf2f6a3d8160'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins.exchange-shell-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 2: um.set-startup-mode =====
    Enter-CountersignStep 0
    Write-Host '==> Step 2 (um.set-startup-mode): Set the UM services to start in Dual mode'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMService -Identity ''tpe-ex01.tailspintoys.com.tw''' { Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' }
    Invoke-CountersignCheck 'precondition' 'Get-UMCallRouterSettings -Server ''tpe-ex01.tailspintoys.com.tw''' { Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -UMStartupMode Dual
        Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -UMStartupMode Dual
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMService -Identity ''tpe-ex01.tailspintoys.com.tw'' | Format-List Name, UMStartupMode' { Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, UMStartupMode }
    Invoke-CountersignCheck 'verify' 'Get-UMCallRouterSettings -Server ''tpe-ex01.tailspintoys.com.tw'' | Format-List UMStartupMode' { Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List UMStartupMode }

    # ===== Step 4: um.create-dial-plan =====
    Enter-CountersignStep 1
    Write-Host '==> Step 4 (um.create-dial-plan): Create the UM SIP URI dial plan'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-UMDialPlan -Name '台北 UM' -URIType SipName -NumberOfDigitsInExtension '3' -VoIPSecurity 'Secured' -CountryOrRegionCode '886'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMDialPlan -Identity ''台北 UM'' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext' { Get-UMDialPlan -Identity '台北 UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext }

    # ===== Step 5: um.set-dial-plan-security =====
    Enter-CountersignStep 2
    Write-Host '==> Step 5 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''台北 UM''' { Get-UMDialPlan -Identity '台北 UM' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMDialPlan -Identity '台北 UM' -VoIPSecurity 'Secured'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMDialPlan -Identity ''台北 UM'' | Format-List Name, VoIPSecurity' { Get-UMDialPlan -Identity '台北 UM' | Format-List Name, VoIPSecurity }

    # ===== Step 6: um.add-servers-to-dial-plan =====
    Enter-CountersignStep 3
    Write-Host '==> Step 6 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.install-certificates (Exchange Organization Administrators and Administrators (local), or Exchange Server Administrators and Administrators (local))'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''台北 UM''' { Get-UMDialPlan -Identity '台北 UM' }
    Invoke-CountersignCheck 'precondition' 'Get-UMService -Identity ''tpe-ex01.tailspintoys.com.tw''' { Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' }
    Invoke-CountersignCheck 'precondition' 'Get-UMCallRouterSettings -Server ''tpe-ex01.tailspintoys.com.tw''' { Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM'
        Set-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' -DialPlans '台北 UM'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMService -Identity ''tpe-ex01.tailspintoys.com.tw'' | Format-List Name, DialPlans, UMStartupMode' { Get-UMService -Identity 'tpe-ex01.tailspintoys.com.tw' | Format-List Name, DialPlans, UMStartupMode }
    Invoke-CountersignCheck 'verify' 'Get-UMCallRouterSettings -Server ''tpe-ex01.tailspintoys.com.tw'' | Format-List DialPlans, UMStartupMode' { Get-UMCallRouterSettings -Server 'tpe-ex01.tailspintoys.com.tw' | Format-List DialPlans, UMStartupMode }

    # ===== Step 9: um.run-exchucutil =====
    Enter-CountersignStep 4
    Write-Host '==> Step 9 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others, including gateways that existed before.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''台北 UM''' { Get-UMDialPlan -Identity '台北 UM' }
    Invoke-CountersignCheck 'precondition' 'Get-Item -LiteralPath "$exscripts\ExchUcUtil.ps1"' { Get-Item -LiteralPath "$exscripts\ExchUcUtil.ps1" }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        & (Join-Path $exscripts 'ExchUcUtil.ps1')
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status' { Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status }
    Invoke-CountersignCheck 'verify' 'Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway' { Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway }

    # ===== Step 16: um.enable-um-mailboxes =====
    Enter-CountersignStep 5
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMMailboxPolicy -Identity ''台北 UM Default Policy''' { Get-UMMailboxPolicy -Identity '台北 UM Default Policy' }
    Invoke-CountersignCheck 'precondition' 'Get-Mailbox -Identity ''mei.lin@tailspintoys.com.tw''' { Get-Mailbox -Identity 'mei.lin@tailspintoys.com.tw' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Enable-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' -UMMailboxPolicy '台北 UM Default Policy' -Extensions '201' -SIPResourceIdentifier 'mei.lin@tailspintoys.com.tw'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMMailbox -Identity ''mei.lin@tailspintoys.com.tw'' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy' { Get-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }

    # ===== Step 19: owa.enable-im-virtual-directories =====
    Enter-CountersignStep 6
    Write-Host '==> Step 19 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
    Write-Host '    Needs done first by others: owa.check-ucma (Administrators (local))'
    Write-Host '    Caution: Get-OwaVirtualDirectory without -ShowMailboxVirtualDirectories returns the Client Access (front-end) virtual directories only, as the seed wants: leave IM off on the back-end ones.'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $True -InstantMessagingType OCS
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType' { Get-OwaVirtualDirectory | Format-List Server, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 20: owa.configure-setting-override =====
    Enter-CountersignStep 7
    Write-Host '==> Step 20 (owa.configure-setting-override): Point OWA at Lync with a setting override'
    Write-Host '    Caution: The certificate is the Exchange certificate assigned to IIS. Without -Server the override applies to every Exchange server in the forest: if the servers have different certificates, create one override per server with -Server <name> (the name, not the FQDN) instead.'
    Write-Host '    Caution: With several Lync pools, IMServerName is the pool closest to the Exchange servers'' Active Directory site.'
    Write-Host '    Caution: When the certificate is renewed, change the override with Set-SettingOverride -Identity ''IM Config Override'' -Parameters (both values), then refresh and restart the OWA pool again.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-ExchangeCertificate -Server ''tpe-ex01.tailspintoys.com.tw'' -Thumbprint ''0123456789ABCDEF0123456789ABCDEF01234567'' | Format-List Subject, Services, NotAfter' { Get-ExchangeCertificate -Server 'tpe-ex01.tailspintoys.com.tw' -Thumbprint '0123456789ABCDEF0123456789ABCDEF01234567' | Format-List Subject, Services, NotAfter }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-SettingOverride -Name 'IM Config Override' -Component OwaServer -Section IMSettings -Parameters @('IMServerName=tpe-pool.tailspintoys.com.tw','IMCertificateThumbprint=0123456789ABCDEF0123456789ABCDEF01234567') -Reason 'Configure IM'
        Get-ExchangeDiagnosticInfo -Server 'tpe-ex01.tailspintoys.com.tw' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-SettingOverride -Identity ''IM Config Override'' | Format-List Name, ComponentName, SectionName, Parameters, Server, Reason' { Get-SettingOverride -Identity 'IM Config Override' | Format-List Name, ComponentName, SectionName, Parameters, Server, Reason }

    # ===== Step 22: owa.enable-im-mailbox-policies =====
    Enter-CountersignStep 8
    Write-Host '==> Step 22 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.recycle-app-pool (Administrators (local))'
    Write-Host '    Caution: A policy change may take up to 60 minutes to reach OWA; restarting IIS on the servers applies it at once.'
    Write-Host '    Caution: IM then works for each user of these policies whose mailbox is on Exchange 2013 or later, who is enabled for Lync, and who has a valid SIP proxy address.'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $True -InstantMessagingType 'OCS'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType' { Get-OwaMailboxPolicy | Format-List Name, InstantMessagingEnabled, InstantMessagingType }

    # ===== Step 24: oauth.exchange-auth-certificate =====
    Enter-CountersignStep 9
    Write-Host '==> Step 24 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName' { Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName }
    Invoke-CountersignCheck 'verify' 'Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter }

    # ===== Step 26: oauth.lync-partner-of-exchange =====
    Enter-CountersignStep 10
    Write-Host '==> Step 26 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-Item -Path "$exscripts\Configure-EnterprisePartnerApplication.ps1"' { Get-Item -Path "$exscripts\Configure-EnterprisePartnerApplication.ps1" }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://tpe-pool.tailspintoys.com.tw/metadata/json/1' -ApplicationType Lync
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl' { Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl }

    # ===== Step 28: autodiscover.check =====
    Enter-CountersignStep 11
    Write-Host '==> Step 28 (autodiscover.check): Check Exchange''s Autodiscover address'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List' { Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List }

    # ===== Step 29: autodiscover.set-internal-uri =====
    Enter-CountersignStep 12
    Write-Host '==> Step 29 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Get-ClientAccessService | Set-ClientAccessService -AutoDiscoverServiceInternalUri 'https://autodiscover.tailspintoys.com.tw/Autodiscover/Autodiscover.xml'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-ClientAccessService | Format-List Name, AutoDiscoverServiceInternalUri' { Get-ClientAccessService | Format-List Name, AutoDiscoverServiceInternalUri }
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
