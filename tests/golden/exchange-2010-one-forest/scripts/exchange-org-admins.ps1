# Countersign script exchange-org-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Exchange Organization Administrators (exchange-org-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Organization Administrators
# Steps:
#   3. um.create-dial-plan: Create the UM SIP URI dial plan
#   4. um.set-dial-plan-security: Set the dial plan's VoIP security to match Lync
#   7. um.run-exchucutil: Run ExchUcUtil.ps1
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: c9416b242616ecb6fd48caadf1b13e76f2a66f687992df5d48a50fec882216bb
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-org-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 3: um.create-dial-plan =====
    Write-Host '==> Step 3 (um.create-dial-plan): Create the UM SIP URI dial plan'
    Write-Host '    Needs done first by others: um.deploy-exchange (Enterprise Admins)'
    New-UMDialPlan -Name '서울 UM' -URIType SipName -NumberOfDigitsInExtension '4' -VoIPSecurity 'SIPSecured' -CountryOrRegionCode '82'
    Write-Host '--- Verify'
    Get-UMDialPlan -Identity '서울 UM' | Format-List Name, URIType, VoIPSecurity, NumberOfDigitsInExtension, PhoneContext

    # ===== Step 4: um.set-dial-plan-security =====
    Write-Host '==> Step 4 (um.set-dial-plan-security): Set the dial plan''s VoIP security to match Lync'
    Write-Host '    Caution: SIPSecured fails with ''Incompatible security setting'' when the Lync pool requires encryption (the default, RequireEncryption): use Secured then. Compare with Get-CsMediaConfiguration in the Lync Server Management Shell.'
    Set-UMDialPlan -Identity '서울 UM' -VoIPSecurity 'SIPSecured'
    Write-Host '--- Verify'
    Get-UMDialPlan -Identity '서울 UM' | Format-List Name, VoIPSecurity

    # ===== Step 7: um.run-exchucutil =====
    Write-Host '==> Step 7 (um.run-exchucutil): Run ExchUcUtil.ps1'
    Write-Host '    Needs done first by others: um.add-servers-to-dial-plan (Administrators (local), or Exchange Server Administrators)'
    Write-Host '    Caution: If ExchUcUtil.ps1 created more than one UM IP gateway, allow outgoing calls through one only: Set-UMIPGateway <gateway> -OutcallsAllowed $false on each of the others.'
    Write-Host '    Caution: Lync learns the new gateways only after its Front-End service restarts (the next step, for the Lync team).'
    & (Join-Path $exscripts 'ExchUcUtil.ps1')
    Write-Host '--- Verify'
    Get-UMIPGateway | Format-List Name, Address, OutcallsAllowed, Status
    Get-UMHuntGroup | Format-List Name, PilotIdentifier, UMDialPlan, UMIPGateway
}
finally {
    Stop-Transcript
}
