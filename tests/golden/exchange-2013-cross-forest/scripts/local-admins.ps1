# Countersign script local-admins.ps1
# Language: English (en)
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   7. um.restart-um-services: Restart the UM services on each UM server
#   18. owa.check-ucma: Check the UCMA 4.0 runtime on the Mailbox servers
#   24. owa.configure-web-config: Point OWA at Lync in web.config
#   25. owa.recycle-app-pool-2013: Recycle the OWA application pool
#   31. oauth.restart-iis: Restart IIS on the Exchange servers
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 14934cbcd408f0ff2c4a2312eedce9c5f585eb848dc41ae2cc61e12db4314601
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
$countersignScriptName = 'local-admins.ps1'
$countersignDeployment = 'Contoso cross-forest (Exchange 2013, Lync 2013)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'um.restart-um-services' '669e2a647b7ceb7dcbea54a7f4f4ce81adf77af2363733572c86cbe8ca3669f1'
Add-CountersignStep 'owa.check-ucma' 'fdf5179f899ca64ab155252048810bbdffcd998f82365294637e3f9a607d2647'
Add-CountersignStep 'owa.configure-web-config' '683367d6eee8e2b01a8cd421efa5b3d610b93717a23cb5b3671a8391a9f7b200'
Add-CountersignStep 'owa.recycle-app-pool-2013' 'dac0a5b2b0c445c7cee47d137325d59125d6809cd618060483f7434e7eac25a4'
Add-CountersignStep 'oauth.restart-iis' '3d1d6325ed89f5d035f4e1a051f74a6db21d973741cb5b8c9a738fea694953a8'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 7: um.restart-um-services =====
    Enter-CountersignStep 0
    Write-Host '==> Step 7 (um.restart-um-services): Restart the UM services on each UM server'
    Write-Host '    Needs done first by others: um.add-servers-to-dial-plan (Exchange Organization Administrators)'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-Service -ComputerName ''EXCAS01'' -Name MSExchangeUMCR' { Get-Service -ComputerName 'EXCAS01' -Name MSExchangeUMCR }
    Invoke-CountersignCheck 'precondition' 'Get-Service -ComputerName ''EXMBX01'' -Name MSExchangeUM' { Get-Service -ComputerName 'EXMBX01' -Name MSExchangeUM }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Get-Service -ComputerName 'EXCAS01' -Name MSExchangeUMCR | Restart-Service
        Get-Service -ComputerName 'EXMBX01' -Name MSExchangeUM | Restart-Service
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-Service -ComputerName ''EXCAS01'' -Name MSExchangeUMCR | Format-List Name, Status' { Get-Service -ComputerName 'EXCAS01' -Name MSExchangeUMCR | Format-List Name, Status }
    Invoke-CountersignCheck 'verify' 'Get-Service -ComputerName ''EXMBX01'' -Name MSExchangeUM | Format-List Name, Status' { Get-Service -ComputerName 'EXMBX01' -Name MSExchangeUM | Format-List Name, Status }

    # ===== Step 18: owa.check-ucma =====
    Enter-CountersignStep 1
    Write-Host '==> Step 18 (owa.check-ucma): Check the UCMA 4.0 runtime on the Mailbox servers'
    Write-Host '    Caution: ImplementationDLLPath must point to the folder of the IM implementation DLL; if it does not, or the value is missing, install the UCMA 4.0 runtime from https://www.microsoft.com/download/details.aspx?id=34992.'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Invoke-Command -ComputerName ''EXMBX01'' -ScriptBlock { Get-ItemProperty -Path ''HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging'' -Name ImplementationDLLPath }' { Invoke-Command -ComputerName 'EXMBX01' -ScriptBlock { Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\MSExchange OWA\InstantMessaging' -Name ImplementationDLLPath } }

    # ===== Step 24: owa.configure-web-config =====
    Enter-CountersignStep 2
    Write-Host '==> Step 24 (owa.configure-web-config): Point OWA at Lync in web.config'
    Write-Host '    Needs done first by others: owa.enable-im-virtual-directories (Exchange Organization Administrators, or Exchange Server Administrators); owa.enable-topology (Domain Admins and RTCUniversalServerAdmins, or RTCUniversalServerAdmins)'
    Write-Host '    Caution: The thumbprint is that of the Exchange certificate on the back-end servers (Get-ExchangeCertificate), trusted by Lync: the same certificate can serve UM and OWA IM. IMServerName is the FQDN of the Lync pool (the one that hosts the OWA trusted application pool, when there is one).'
    Write-Host '    Caution: Installing an Exchange cumulative update replaces web.config: add the two lines again after each update.'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Write-Host '    By hand, in a text editor (configuration file):'
        Write-Host '    1. On each Mailbox server, open %ExchangeInstallPath%ClientAccess\Owa\web.config (usually C:\Program Files\Microsoft\Exchange Server\V15\ClientAccess\Owa\web.config) in an editor started as Administrator.'
        Write-Host '    2. Under <appSettings>, add the two lines shown, then save the file.'
        Write-Host '        <add key="IMCertificateThumbprint" value="1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D" />'
        Write-Host '        <add key="IMServerName" value="pool01.corp.contoso.com" />'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Invoke-Command -ComputerName ''EXMBX01'' -ScriptBlock { $found = @(Select-String -Path (Join-Path $env:ExchangeInstallPath ''ClientAccess\Owa\web.config'') -Pattern ''IMCertificateThumbprint'', ''IMServerName''); $found; if ($found.Count -lt 2) { throw (''web.config on '' + $env:COMPUTERNAME + '' lacks IMCertificateThumbprint or IMServerName'') } }' { Invoke-Command -ComputerName 'EXMBX01' -ScriptBlock { $found = @(Select-String -Path (Join-Path $env:ExchangeInstallPath 'ClientAccess\Owa\web.config') -Pattern 'IMCertificateThumbprint', 'IMServerName'); $found; if ($found.Count -lt 2) { throw ('web.config on ' + $env:COMPUTERNAME + ' lacks IMCertificateThumbprint or IMServerName') } } }

    # ===== Step 25: owa.recycle-app-pool-2013 =====
    Enter-CountersignStep 3
    Write-Host '==> Step 25 (owa.recycle-app-pool-2013): Recycle the OWA application pool'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Invoke-Command -ComputerName 'EXMBX01' -ScriptBlock { & (Join-Path $env:windir 'System32\inetsrv\appcmd.exe') recycle apppool /apppool.name:MSExchangeOWAAppPool; if ($LASTEXITCODE -ne 0) { throw ('appcmd.exe exit code ' + $LASTEXITCODE) } }
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Write-Host '    Check: Appcmd.exe answers "MSExchangeOWAAppPool" successfully recycled, once for each server.'

    # ===== Step 31: oauth.restart-iis =====
    Enter-CountersignStep 4
    Write-Host '==> Step 31 (oauth.restart-iis): Restart IIS on the Exchange servers'
    Write-Host '    Needs done first by others: oauth.lync-partner-of-exchange (Exchange Organization Administrators)'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        iisreset 'EXMBX01'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
        iisreset 'EXCAS01'
        if ($LASTEXITCODE -ne 0) { throw ('Step oauth.restart-iis failed: exit code ' + $LASTEXITCODE) }
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Write-Host '    Check: Each iisreset reports "Internet services successfully restarted".'
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
