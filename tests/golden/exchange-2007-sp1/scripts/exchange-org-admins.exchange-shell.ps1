# Countersign script exchange-org-admins.exchange-shell.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   2. um.set-startup-mode: Set the UM services to start in Dual mode
#   4. um.create-dial-plan: Create the UM SIP URI dial plan
#   5. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   6. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
#   9. um.run-exchucutil: Run ExchUcUtil.ps1
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 30f386a5eb19944a3769053de87e14d260ddb949b02d160756ac47be3c857c48
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
        Set-UMServer -Identity 'NW-UM01' -UMStartupMode Dual
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.set-startup-mode' { Get-UMServer -Identity 'NW-UM01' | Format-List Name, UMStartupMode }

    # ===== Step 4: um.create-dial-plan =====
    Write-Host '==> Step 4 (um.create-dial-plan): Create the UM SIP URI dial plan'
    if (-not $Check) {
        New-UMDialPlan -Name 'Northwind UM' -URIType SipName -NumberOfDigitsInExtension '5' -VoIPSecurity 'Unsecured' -CountryOrRegionCode '44'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.create-dial-plan' { Get-UMDialPlan -Identity 'Northwind UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext }

    # ===== Step 5: um.set-dial-plan-security =====
    Write-Host '==> Step 5 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    if (-not $Check) {
        Set-UMDialPlan -Identity 'Northwind UM' -VoIPSecurity 'Unsecured'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.set-dial-plan-security' { Get-UMDialPlan -Identity 'Northwind UM' | Format-List Name, VoIPSecurity }

    # ===== Step 6: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 6 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.install-certificates (Exchange Server Administrators and Administrators (local))'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    if (-not $Check) {
        Set-UMServer -Identity 'NW-UM01' -DialPlans 'Northwind UM'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.add-servers-to-dial-plan' { Get-UMServer -Identity 'NW-UM01' | Format-List Name, DialPlans, Status }

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
}
finally {
    Stop-Transcript
}
