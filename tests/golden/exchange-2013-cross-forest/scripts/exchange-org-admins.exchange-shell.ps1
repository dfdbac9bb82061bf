# Countersign script exchange-org-admins.exchange-shell.ps1
# Language: English (en)
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   2. um.set-startup-mode: Set the UM services to start in Dual mode
#   4. um.create-dial-plan: Create the UM SIP URI dial plan
#   5. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   6. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
#   9. um.run-exchucutil: Run ExchUcUtil.ps1
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
#   23. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   26. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   28. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   30. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   32. autodiscover.check: Check Exchange's Autodiscover address
#   33. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: e92067e090157ce6c3b5d5a914912a2589cbbc3add866605e67842e18647660d
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
$countersignDeployment = 'Contoso cross-forest (Exchange 2013, Lync 2013)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'um.set-startup-mode' '8e12f46730383bca8b16c3ed761d0b80e2b62bbb44b8438de32736b69a2c56f3'
Add-CountersignStep 'um.create-dial-plan' 'a3ffdbe8589620e42392c26d67e4178538c6727b0d4ebc3e9c6052d8c583ba78'
Add-CountersignStep 'um.set-dial-plan-security' '4ce9b23666832bc9900ae38054b7ed663daa46ab0dea875c44e2ebee4cf4027e'
Add-CountersignStep 'um.add-servers-to-dial-plan' '6a59c6871b6278c8c7226b10fa9860c65b8628ce470b5d8881aac33fda4dc1e5'
Add-CountersignStep 'um.run-exchucutil' 'bef53991afd4ab82ea63e5d30370b35faed1575c362e545549cc38b8fcae0d4f'
Add-CountersignStep 'um.enable-um-mailboxes' '03b800669fa758a38a184ae4123d520df6bb5e0760dd4b2e0368be039248bd06'
Add-CountersignStep 'owa.enable-im-virtual-directories' 'f6632e95ff1d8448ecbbc3113bee6ced76939747f8ccf2e938c150bab28ba5ec'
Add-CountersignStep 'owa.enable-im-mailbox-policies' '39e1cd3d33051ed1c4bf61d21375ddebc552299cc3222a04a1df5e60eda69186'
Add-CountersignStep 'oauth.exchange-auth-certificate' '03a5fe7a949c52dee2667fc647bbd5a707665ab19a1db556767f72cc6f34f626'
Add-CountersignStep 'oauth.lync-partner-of-exchange' 'b335cdcd96cba85a7dbb3238c972dfe9c0f985642fb991c673057416cfd8f2b0'
Add-CountersignStep 'autodiscover.check' 'a94dfb2aca37de885012338a4b8d9fc633fbd2201948cd7b1be7dcf04a22edf9'
Add-CountersignStep 'autodiscover.set-internal-uri' '2d7f648177538cea981fd4ce85d56cadb378263a09d1f46520117bcc849af6a9'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins.exchange-shell-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 2: um.set-startup-mode =====
    Enter-CountersignStep 0
    Write-Host '==> Step 2 (um.set-startup-mode): Set the UM services to start in Dual mode'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMService -Identity ''EXMBX01''' { Get-UMService -Identity 'EXMBX01' }
    Invoke-CountersignCheck 'precondition' 'Get-UMCallRouterSettings -Server ''EXCAS01''' { Get-UMCallRouterSettings -Server 'EXCAS01' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMService -Identity 'EXMBX01' -UMStartupMode Dual
        Set-UMCallRouterSettings -Server 'EXCAS01' -UMStartupMode Dual
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMService -Identity ''EXMBX01'' | Format-List Name, UMStartupMode' { Get-UMService -Identity 'EXMBX01' | Format-List Name, UMStartupMode }
    Invoke-CountersignCheck 'verify' 'Get-UMCallRouterSettings -Server ''EXCAS01'' | Format-List UMStartupMode' { Get-UMCallRouterSettings -Server 'EXCAS01' | Format-List UMStartupMode }

    # ===== Step 4: um.create-dial-plan =====
    Enter-CountersignStep 1
    Write-Host '==> Step 4 (um.create-dial-plan): Create the UM SIP URI dial plan'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-UMDialPlan -Name 'Redmond UM' -URIType SipName -NumberOfDigitsInExtension '4' -VoIPSecurity 'Secured' -CountryOrRegionCode '1'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMDialPlan -Identity ''Redmond UM'' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext' { Get-UMDialPlan -Identity 'Redmond UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext }

    # ===== Step 5: um.set-dial-plan-security =====
    Enter-CountersignStep 2
    Write-Host '==> Step 5 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''Redmond UM''' { Get-UMDialPlan -Identity 'Redmond UM' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMDialPlan -Identity 'Redmond UM' -VoIPSecurity 'Secured'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMDialPlan -Identity ''Redmond UM'' | Format-List Name, VoIPSecurity' { Get-UMDialPlan -Identity 'Redmond UM' | Format-List Name, VoIPSecurity }

    # ===== Step 6: um.add-servers-to-dial-plan =====
    Enter-CountersignStep 3
    Write-Host '==> Step 6 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.install-certificates (Exchange Organization Administrators and Administrators (local), or Exchange Server Administrators and Administrators (local))'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''Redmond UM''' { Get-UMDialPlan -Identity 'Redmond UM' }
    Invoke-CountersignCheck 'precondition' 'Get-UMService -Identity ''EXMBX01''' { Get-UMService -Identity 'EXMBX01' }
    Invoke-CountersignCheck 'precondition' 'Get-UMCallRouterSettings -Server ''EXCAS01''' { Get-UMCallRouterSettings -Server 'EXCAS01' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMService -Identity 'EXMBX01' -DialPlans 'Redmond UM'
        Set-UMCallRouterSettings -Server 'EXCAS01' -DialPlans 'Redmond UM'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMService -Identity ''EXMBX01'' | Format-List Name, DialPlans, UMStartupMode' { Get-UMService -Identity 'EXMBX01' | Format-List Name, DialPlans, UMStartupMode }
    Invoke-CountersignCheck 'verify' 'Get-UMCallRouterSettings -Server ''EXCAS01'' | Format-List DialPlans, UMStartupMode' { Get-UMCallRouterSettings -Server 'EXCAS01' | Format-List DialPlans, UMStartupMode }

    # ===== Step 9: um.run-exchucutil =====
    Enter-CountersignStep 4
    Write-Host '==> Step 9 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others, including gateways that existed before.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    Write-Host '    Caution: Microsoft''s documents disagree on -Forest: the Lync deployment table gives the Lync forest''s FQDN, Exchange''s ''Configure UM to work with Lync Server'' a domain controller of the Lync forest (-Forest <lync-domain-controller-fqdn>). If the forest name is refused, run it again with a domain controller''s FQDN.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''Redmond UM''' { Get-UMDialPlan -Identity 'Redmond UM' }
    Invoke-CountersignCheck 'precondition' 'Get-Item -LiteralPath "$exscripts\ExchUcUtil.ps1"' { Get-Item -LiteralPath "$exscripts\ExchUcUtil.ps1" }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        & (Join-Path $exscripts 'ExchUcUtil.ps1') -Forest:'corp.contoso.com'
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
    Invoke-CountersignCheck 'precondition' 'Get-UMMailboxPolicy -Identity ''Redmond UM Default Policy''' { Get-UMMailboxPolicy -Identity 'Redmond UM Default Policy' }
    Invoke-CountersignCheck 'precondition' 'Get-Mailbox -Identity ''kenmyer@contoso.com''' { Get-Mailbox -Identity 'kenmyer@contoso.com' }
    Invoke-CountersignCheck 'precondition' 'Get-Mailbox -Identity ''o''''brien@contoso.com''' { Get-Mailbox -Identity 'o''brien@contoso.com' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Enable-UMMailbox -Identity 'kenmyer@contoso.com' -UMMailboxPolicy 'Redmond UM Default Policy' -Extensions '4001' -SIPResourceIdentifier 'kenmyer@contoso.com'
        Enable-UMMailbox -Identity 'o''brien@contoso.com' -UMMailboxPolicy 'Redmond UM Default Policy' -Extensions '4002' -SIPResourceIdentifier 'o''brien@contoso.com'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMMailbox -Identity ''kenmyer@contoso.com'' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy' { Get-UMMailbox -Identity 'kenmyer@contoso.com' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }
    Invoke-CountersignCheck 'verify' 'Get-UMMailbox -Identity ''o''''brien@contoso.com'' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy' { Get-UMMailbox -Identity 'o''brien@contoso.com' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }

    # ===== Step 23: owa.enable-im-virtual-directories =====
    Enter-CountersignStep 6
    Write-Host '==> Step 23 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
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

    # ===== Step 26: owa.enable-im-mailbox-policies =====
    Enter-CountersignStep 7
    Write-Host '==> Step 26 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.recycle-app-pool-2013 (Administrators (local)); owa.enable-topology (Domain Admins and RTCUniversalServerAdmins, or RTCUniversalServerAdmins)'
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

    # ===== Step 28: oauth.exchange-auth-certificate =====
    Enter-CountersignStep 8
    Write-Host '==> Step 28 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName' { Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName }
    Invoke-CountersignCheck 'verify' 'Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter }

    # ===== Step 30: oauth.lync-partner-of-exchange =====
    Enter-CountersignStep 9
    Write-Host '==> Step 30 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-Item -Path "$exscripts\Configure-EnterprisePartnerApplication.ps1"' { Get-Item -Path "$exscripts\Configure-EnterprisePartnerApplication.ps1" }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://pool01.corp.contoso.com/metadata/json/1' -ApplicationType Lync
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl' { Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl }

    # ===== Step 32: autodiscover.check =====
    Enter-CountersignStep 10
    Write-Host '==> Step 32 (autodiscover.check): Check Exchange''s Autodiscover address'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List' { Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List }

    # ===== Step 33: autodiscover.set-internal-uri =====
    Enter-CountersignStep 11
    Write-Host '==> Step 33 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    Write-Host '    Caution: Set-ClientAccessServer''s reference says to use Set-ClientAccessService from Exchange 2013 on, but Set-ClientAccessService applies only to Exchange 2016 and later: Exchange 2013 uses Set-ClientAccessServer, as the cmdlets'' applies-to lists say.'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Get-ClientAccessServer | Set-ClientAccessServer -AutoDiscoverServiceInternalUri 'https://autodiscover.contoso.com/autodiscover/autodiscover.xml'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-ClientAccessServer | Format-List Name, AutoDiscoverServiceInternalUri' { Get-ClientAccessServer | Format-List Name, AutoDiscoverServiceInternalUri }
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
