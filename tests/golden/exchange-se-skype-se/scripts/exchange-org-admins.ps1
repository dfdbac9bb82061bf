# Countersign script exchange-org-admins.ps1
# Language: English (en)
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   6. owa.enable-im-virtual-directories: Enable IM on the OWA virtual directories
#   7. owa.configure-setting-override: Point OWA at Lync with a setting override
#   9. owa.enable-im-mailbox-policies: Enable IM in the OWA mailbox policies
#   11. oauth.exchange-auth-certificate: Check the Exchange auth certificate
#   13. oauth.lync-partner-of-exchange: Make Lync a partner application of Exchange
#   15. autodiscover.check: Check Exchange's Autodiscover address
#   16. autodiscover.set-internal-uri: Set Exchange's Autodiscover address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: ffc04f3f0d0b3d17f714c5bb7897f03da3b361e1cc659a7d6be1991668bbe766
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
$countersignScriptName = 'exchange-org-admins.ps1'
$countersignDeployment = 'Wingtip Toys Busan (Exchange SE, Skype for Business SE)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'owa.enable-im-virtual-directories' 'f6632e95ff1d8448ecbbc3113bee6ced76939747f8ccf2e938c150bab28ba5ec'
Add-CountersignStep 'owa.configure-setting-override' '004de6a46a1ab4f7b6027273e4f51468947b49799a5e98e820b715482fcd5263'
Add-CountersignStep 'owa.enable-im-mailbox-policies' '39e1cd3d33051ed1c4bf61d21375ddebc552299cc3222a04a1df5e60eda69186'
Add-CountersignStep 'oauth.exchange-auth-certificate' '03a5fe7a949c52dee2667fc647bbd5a707665ab19a1db556767f72cc6f34f626'
Add-CountersignStep 'oauth.lync-partner-of-exchange' 'a798d0ea23477de8fc914e06d47074d7b131a3e28c80253e1847c51f1005a595'
Add-CountersignStep 'autodiscover.check' '9e4ee41c99616afc1798dbeced7a32c7aebbc85e05f3fb241a68679a8f348eb9'
Add-CountersignStep 'autodiscover.set-internal-uri' '9f5ebc615d6b528c83d92da82f810f69147380fcc8546c434c71d56ee98945b3'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 6: owa.enable-im-virtual-directories =====
    Enter-CountersignStep 0
    Write-Host '==> Step 6 (owa.enable-im-virtual-directories): Enable IM on the OWA virtual directories'
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

    # ===== Step 7: owa.configure-setting-override =====
    Enter-CountersignStep 1
    Write-Host '==> Step 7 (owa.configure-setting-override): Point OWA at Lync with a setting override'
    Write-Host '    Needs done first by others: owa.enable-topology (Domain Admins and RTCUniversalServerAdmins, or RTCUniversalServerAdmins)'
    Write-Host '    Caution: The certificate is the Exchange certificate assigned to IIS. Without -Server the override applies to every Exchange server in the forest: if the servers have different certificates, create one override per server with -Server <name> (the name, not the FQDN) instead.'
    Write-Host '    Caution: With several Lync pools, IMServerName is the pool closest to the Exchange servers'' Active Directory site.'
    Write-Host '    Caution: When the certificate is renewed, change the override with Set-SettingOverride -Identity ''IM Config Override'' -Parameters (both values), then refresh and restart the OWA pool again.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-ExchangeCertificate -Server ''bsn-ex01.busan.wingtiptoys.kr'' -Thumbprint ''ABCDEF0123456789ABCDEF0123456789ABCDEF01'' | Format-List Subject, Services, NotAfter' { Get-ExchangeCertificate -Server 'bsn-ex01.busan.wingtiptoys.kr' -Thumbprint 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' | Format-List Subject, Services, NotAfter }
    Invoke-CountersignCheck 'precondition' 'Get-ExchangeCertificate -Server ''bsn-ex02.busan.wingtiptoys.kr'' -Thumbprint ''ABCDEF0123456789ABCDEF0123456789ABCDEF01'' | Format-List Subject, Services, NotAfter' { Get-ExchangeCertificate -Server 'bsn-ex02.busan.wingtiptoys.kr' -Thumbprint 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' | Format-List Subject, Services, NotAfter }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-SettingOverride -Name 'IM Config Override' -Component OwaServer -Section IMSettings -Parameters @('IMServerName=pool.busan.wingtiptoys.kr','IMCertificateThumbprint=ABCDEF0123456789ABCDEF0123456789ABCDEF01') -Reason 'Configure IM'
        Get-ExchangeDiagnosticInfo -Server 'bsn-ex01.busan.wingtiptoys.kr' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
        Get-ExchangeDiagnosticInfo -Server 'bsn-ex02.busan.wingtiptoys.kr' -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-SettingOverride -Identity ''IM Config Override'' | Format-List Name, ComponentName, SectionName, Parameters, Server, Reason' { Get-SettingOverride -Identity 'IM Config Override' | Format-List Name, ComponentName, SectionName, Parameters, Server, Reason }

    # ===== Step 9: owa.enable-im-mailbox-policies =====
    Enter-CountersignStep 2
    Write-Host '==> Step 9 (owa.enable-im-mailbox-policies): Enable IM in the OWA mailbox policies'
    Write-Host '    Needs done first by others: owa.enable-topology (Domain Admins and RTCUniversalServerAdmins, or RTCUniversalServerAdmins); owa.recycle-app-pool (Administrators (local))'
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

    # ===== Step 11: oauth.exchange-auth-certificate =====
    Enter-CountersignStep 3
    Write-Host '==> Step 11 (oauth.exchange-auth-certificate): Check the Exchange auth certificate'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName' { Get-AuthConfig | Format-List CurrentCertificateThumbprint, ServiceName }
    Invoke-CountersignCheck 'verify' 'Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter' { Get-ExchangeCertificate -Thumbprint (Get-AuthConfig).CurrentCertificateThumbprint | Format-List Subject, NotAfter }

    # ===== Step 13: oauth.lync-partner-of-exchange =====
    Enter-CountersignStep 4
    Write-Host '==> Step 13 (oauth.lync-partner-of-exchange): Make Lync a partner application of Exchange'
    Write-Host '    Needs done first by others: oauth.lync-oauth-certificate (RTCUniversalServerAdmins)'
    Write-Host '    Caution: One published version of this command wraps it whole in double quotes; PowerShell then only prints the string and configures nothing.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-Item -Path "$exscripts\Configure-EnterprisePartnerApplication.ps1"' { Get-Item -Path "$exscripts\Configure-EnterprisePartnerApplication.ps1" }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        & (Join-Path $exscripts 'Configure-EnterprisePartnerApplication.ps1') -AuthMetadataUrl 'https://pool.busan.wingtiptoys.kr/metadata/json/1' -ApplicationType Lync
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl' { Get-PartnerApplication | Format-List Name, Enabled, AuthMetadataUrl }

    # ===== Step 15: autodiscover.check =====
    Enter-CountersignStep 5
    Write-Host '==> Step 15 (autodiscover.check): Check Exchange''s Autodiscover address'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List' { Get-ClientAccessService | Select-Object Name, AutoDiscoverServiceInternalUri | Format-List }

    # ===== Step 16: autodiscover.set-internal-uri =====
    Enter-CountersignStep 6
    Write-Host '==> Step 16 (autodiscover.set-internal-uri): Set Exchange''s Autodiscover address'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Get-ClientAccessService | Set-ClientAccessService -AutoDiscoverServiceInternalUri 'https://autodiscover.busan.wingtiptoys.kr/Autodiscover/Autodiscover.xml'
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
