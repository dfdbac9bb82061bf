# Countersign script local-admins.windows-powershell.ps1
# Language: English (en)
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Administrators (local) (local-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of Administrators (local)
# Steps:
#   21. owa.recycle-app-pool: Restart the OWA application pool
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c5998e462361e2787f1a579550b9d3074fc3ede6d16e5074ecc98b7ae7b895ad
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
$countersignScriptName = 'local-admins.windows-powershell.ps1'
$countersignDeployment = 'Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'owa.recycle-app-pool' '1ca1ae8f67b57c7bff02b53a80416005c416e13775a689c3a8888666c3e335be'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins.windows-powershell-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 21: owa.recycle-app-pool =====
    Enter-CountersignStep 0
    Write-Host '==> Step 21 (owa.recycle-app-pool): Restart the OWA application pool'
    Write-Host '    Needs done first by others: owa.configure-setting-override (Exchange Organization Administrators, or Exchange Server Administrators)'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Import-Module WebAdministration; Restart-WebAppPool -Name MSExchangeOWAAppPool }
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Invoke-Command -ComputerName ''tpe-ex01.tailspintoys.com.tw'' -ScriptBlock { Import-Module WebAdministration; Get-WebAppPoolState -Name MSExchangeOWAAppPool }' { Invoke-Command -ComputerName 'tpe-ex01.tailspintoys.com.tw' -ScriptBlock { Import-Module WebAdministration; Get-WebAppPoolState -Name MSExchangeOWAAppPool } }
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
