# Countersign script exchange-org-admins.exchange-shell.ps1
# Language: English (en)
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   3. um.create-dial-plan: Create the UM SIP URI dial plan
#   4. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   5. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
#   8. um.run-exchucutil: Run ExchUcUtil.ps1
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: eab11306b7d5384dd26e530c0ed28114740d071ff4fdb4f8dbd312f3c5c58ec6
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
$countersignDeployment = 'Northwind legacy UM (Exchange 2007 SP1)'
$countersignBodySha256 = Get-CountersignBodySha256 $MyInvocation.MyCommand.Path '# ---- end of header: the body SHA-256 covers every line below ----'
$countersignStartedAt = ((Get-Date).ToUniversalTime().ToString('s') + 'Z')
Add-CountersignStep 'um.create-dial-plan' '226e6b805dea88dbb39e5c1af6fd6bbc4070b709b0019e649a3b145572507ad9'
Add-CountersignStep 'um.set-dial-plan-security' '066f2b9a2338cc50b5e5392a5657bdc4b0d80a51c30a531746b4f44043c67828'
Add-CountersignStep 'um.add-servers-to-dial-plan' 'ee6ad15e438b527a14b7dc4bfcf4fe66a3bd79ee1e34d9c60d106c1380215c92'
Add-CountersignStep 'um.run-exchucutil' 'b1cc3f70a20d05bb1fdb79d68707d4c6e58bdf8e1d8b3e042f3a87b569d8bc36'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins.exchange-shell-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
try { Start-Transcript -Path $transcriptPath | Out-Null } catch { Write-Warning ('No transcript: ' + $_.Exception.Message) }
try {

    # ===== Step 3: um.create-dial-plan =====
    Enter-CountersignStep 0
    Write-Host '==> Step 3 (um.create-dial-plan): Create the UM SIP URI dial plan'
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        New-UMDialPlan -Name 'Northwind UM' -URIType SipName -NumberOfDigitsInExtension '5' -VoIPSecurity 'Unsecured' -CountryOrRegionCode '44'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMDialPlan -Identity ''Northwind UM'' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext' { Get-UMDialPlan -Identity 'Northwind UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext }

    # ===== Step 4: um.set-dial-plan-security =====
    Enter-CountersignStep 1
    Write-Host '==> Step 4 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    Write-Host '    Caution: Exchange 2007 has no UM startup mode: a UM server starts secured or unsecured from the VoIP security of the dial plans it belongs to, read when its service starts (the restart step).'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''Northwind UM''' { Get-UMDialPlan -Identity 'Northwind UM' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMDialPlan -Identity 'Northwind UM' -VoIPSecurity 'Unsecured'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMDialPlan -Identity ''Northwind UM'' | Format-List Name, VoIPSecurity' { Get-UMDialPlan -Identity 'Northwind UM' | Format-List Name, VoIPSecurity }

    # ===== Step 5: um.add-servers-to-dial-plan =====
    Enter-CountersignStep 2
    Write-Host '==> Step 5 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.install-certificates (Exchange Server Administrators and Administrators (local))'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''Northwind UM''' { Get-UMDialPlan -Identity 'Northwind UM' }
    Invoke-CountersignCheck 'precondition' 'Get-UMServer -Identity ''NW-UM01''' { Get-UMServer -Identity 'NW-UM01' }
    if (-not $Check) {
        $countersignStep.ran = $true
        $countersignStep.status = 'failed'
        Set-UMServer -Identity 'NW-UM01' -DialPlans 'Northwind UM'
        $countersignStep.status = 'done'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'verify' 'Get-UMServer -Identity ''NW-UM01'' | Format-List Name, DialPlans, Status' { Get-UMServer -Identity 'NW-UM01' | Format-List Name, DialPlans, Status }

    # ===== Step 8: um.run-exchucutil =====
    Enter-CountersignStep 3
    Write-Host '==> Step 8 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others, including gateways that existed before.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    Write-Host '--- Checked first'
    Invoke-CountersignCheck 'precondition' 'Get-UMDialPlan -Identity ''Northwind UM''' { Get-UMDialPlan -Identity 'Northwind UM' }
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
