# Countersign script rtc-universal-server-admins.ps1
# Language: English (en)
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: RTCUniversalServerAdmins (rtc-universal-server-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins
# Steps:
#   2. owa.look-up-site-id: Look up the Lync site ID
#   3. owa.create-trusted-application-pool: Create the trusted application pool for OWA
#   4. owa.create-trusted-application: Create the OWA trusted application
#   12. oauth.lync-oauth-certificate: Assign Lync's OAuthTokenIssuer certificate
#   18. oauth.exchange-partner-of-lync: Make Exchange a partner application of Lync
#   19. autodiscover.configure-lync: Tell Lync where Exchange Autodiscover is
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 659fed7c7f67bc0819f91799fab31685bce8a3ba36af8648796cabb7af07aa28
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
$countersignDeployment = 'Wingtip Toys Busan (Exchange SE, Skype for Business SE)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'owa.look-up-site-id' '74662e6d75c6cd49aa3a29fdbe9a932014acbe20bf4a9209c09dbac54f160e5c'
Add-CountersignStep 'owa.create-trusted-application-pool' '464cb04042acc1bd5e0b0f6797a68fca49bd3018dd04b50a5e34c8df51801020'
Add-CountersignStep 'owa.create-trusted-application' '023b8dcb0dc25c20aa4fbc41ecc581997573042bff0972469c6c3ee88edad349'
Add-CountersignStep 'oauth.lync-oauth-certificate' '477a15d1a0b9f828b5c255105f4b6973b37019f2b70b482c5975bfe986f5189a'
Add-CountersignStep 'oauth.exchange-partner-of-lync' '5e210292cee4cd0d764302b694cf93e273551a21435f6339bd655dd9cf53f34f'
Add-CountersignStep 'autodiscover.configure-lync' 'c7a377751651380f4835e5f739afc3c64f136bd8fa570e7b4781f5829a97e0dc'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 2: owa.look-up-site-id =====
    Enter-CountersignStep 0
    Write-Host '==> Step 2 (owa.look-up-site-id): Look up the Lync site ID'
    Write-Host '    Caution: The SiteId is not necessarily the site''s DisplayName, nor its Identity (site:<name>).'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsSite | Select-Object DisplayName, SiteId' { Get-CsSite | Select-Object DisplayName, SiteId }

    # ===== Step 3: owa.create-trusted-application-pool =====
    Enter-CountersignStep 1
    Write-Host '==> Step 3 (owa.create-trusted-application-pool): Create the trusted application pool for OWA'
    Write-Host '    Caution: When the UM Call Router and UM services share a machine, Lync discovers that server by itself: a trusted application pool for it makes a second entry for the same computer and OWA IM stops working. Remove both the pool and the application then (Remove-CsTrustedApplicationPool, Remove-CsTrustedApplication).'
    Write-Host '    Caution: -Site takes the SiteId alone, without a site: prefix.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'if (-not (Get-CsSite | Where-Object { $_.SiteId -eq ''1'' })) { throw (''No Lync site has the SiteId '' + ''1'' + '': see Get-CsSite'') }' { if (-not (Get-CsSite | Where-Object { $_.SiteId -eq '1' })) { throw ('No Lync site has the SiteId ' + '1' + ': see Get-CsSite') } }
    Invoke-CountersignCheck 'precondition' 'if (-not (Get-CsPool -Identity ''pool.busan.wingtiptoys.kr'')) { throw (''The Lync topology has no pool '' + ''pool.busan.wingtiptoys.kr'') }' { if (-not (Get-CsPool -Identity 'pool.busan.wingtiptoys.kr')) { throw ('The Lync topology has no pool ' + 'pool.busan.wingtiptoys.kr') } }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr' -Registrar 'pool.busan.wingtiptoys.kr' -Site '1' -RequiresReplication $False
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsTrustedApplicationPool -Identity ''mail.busan.wingtiptoys.kr'' | Format-List Identity, Registrar, Site, RequiresReplication' { Get-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr' | Format-List Identity, Registrar, Site, RequiresReplication }

    # ===== Step 4: owa.create-trusted-application =====
    Enter-CountersignStep 2
    Write-Host '==> Step 4 (owa.create-trusted-application): Create the OWA trusted application'
    Write-Host '    Caution: New-CsTrustedApplication does not open the port: open it in the Windows firewall and any firewall between Lync and the Exchange servers.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'if (-not (Get-CsTrustedApplicationPool -Identity ''mail.busan.wingtiptoys.kr'')) { throw (''There is no trusted application pool '' + ''mail.busan.wingtiptoys.kr'') }' { if (-not (Get-CsTrustedApplicationPool -Identity 'mail.busan.wingtiptoys.kr')) { throw ('There is no trusted application pool ' + 'mail.busan.wingtiptoys.kr') } }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-CsTrustedApplication -ApplicationId 'ExchangeOWA' -TrustedApplicationPoolFqdn 'mail.busan.wingtiptoys.kr' -Port '5199'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsTrustedApplication -ApplicationId ''ExchangeOWA'' -TrustedApplicationPoolFqdn ''mail.busan.wingtiptoys.kr'' | Format-List Identity, TrustedApplicationPoolFqdn, Port' { Get-CsTrustedApplication -ApplicationId 'ExchangeOWA' -TrustedApplicationPoolFqdn 'mail.busan.wingtiptoys.kr' | Format-List Identity, TrustedApplicationPoolFqdn, Port }

    # ===== Step 12: oauth.lync-oauth-certificate =====
    Enter-CountersignStep 3
    Write-Host '==> Step 12 (oauth.lync-oauth-certificate): Assign Lync''s OAuthTokenIssuer certificate'
    Write-Host '    Caution: Run this once, on one Front End Server whose computer certificate store holds the certificate: Lync replicates a global OAuthTokenIssuer certificate to every Front End Server. Do not assign it on each server.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-Item -Path ''Cert:\LocalMachine\My\5A4B3C2D1E0F5A4B3C2D1E0F5A4B3C2D1E0F5A4B''' { Get-Item -Path 'Cert:\LocalMachine\My\5A4B3C2D1E0F5A4B3C2D1E0F5A4B3C2D1E0F5A4B' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '5A4B3C2D1E0F5A4B3C2D1E0F5A4B3C2D1E0F5A4B'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter' { Get-CsCertificate -Type OAuthTokenIssuer | Format-List Thumbprint, Subject, NotAfter }

    # ===== Step 18: oauth.exchange-partner-of-lync =====
    Enter-CountersignStep 4
    Write-Host '==> Step 18 (oauth.exchange-partner-of-lync): Make Exchange a partner application of Lync'
    Write-Host '    Needs done first by others: autodiscover.dns-record (DnsAdmins)'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.busan.wingtiptoys.kr/autodiscover/metadata/json/1'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl' { Get-CsPartnerApplication | Format-List Identity, ApplicationTrustLevel, MetadataUrl }

    # ===== Step 19: autodiscover.configure-lync =====
    Enter-CountersignStep 5
    Write-Host '==> Step 19 (autodiscover.configure-lync): Tell Lync where Exchange Autodiscover is'
    Write-Host '    Needs done first by others: autodiscover.set-internal-uri (Exchange Organization Administrators, or Exchange Server Administrators); autodiscover.dns-record (DnsAdmins)'
    Write-Host '    Caution: The address ends in autodiscover.svc, not autodiscover.xml: the .xml address is the one Outlook uses, and Lync cannot use it.'
    Write-Host '    Caution: Set-CsOAuthConfiguration''s reference describes ExchangeAutodiscoverUrl as the Autodiscover URL of Exchange Online; the Skype for Business integration guide sets it to the on-premises Exchange Autodiscover service, as here. The parameter applies to Lync Server 2013 and Skype for Business Server 2015 and 2019.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' '[Net.Dns]::GetHostAddresses(''autodiscover.busan.wingtiptoys.kr'')' { [Net.Dns]::GetHostAddresses('autodiscover.busan.wingtiptoys.kr') }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.busan.wingtiptoys.kr/autodiscover/autodiscover.svc'
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
