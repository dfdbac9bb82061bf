# Countersign script rtc-universal-server-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: RTCUniversalServerAdmins (rtc-universal-server-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins
# Steps:
#   10. um.restart-front-end: Restart the Lync Front-End service
#   11. um.configure-lync-dial-plan: Configure the Lync dial plan
#   14. um.voice-routing: Finish the other Enterprise Voice configuration
#   17. um.verify: Test UM from Lync end to end
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 0425a57a75add2436ec22e4e177713d1812db1c3c26c66d3b7b7576d8f850a81
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 10: um.restart-front-end =====
    Write-Host '==> Step 10 (um.restart-front-end): Restart the Lync Front-End service'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators)'
    Write-Host '    Caution: Stopping RTCSRV ends the calls and sessions on that server: restart the pool when it is quiet.'
    if (-not $Check) {
        Get-CsComputer -Pool 'seoul-pool.fabrikam.co.kr' | ForEach-Object { Stop-CsWindowsService -Name RTCSRV -ComputerName $_.Identity; Start-CsWindowsService -ComputerName $_.Identity }
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.restart-front-end' { Get-CsComputer -Pool 'seoul-pool.fabrikam.co.kr' | ForEach-Object { Get-CsWindowsService -Name RTCSRV -ComputerName $_.Identity | Format-List Name, Status } }

    # ===== Step 11: um.configure-lync-dial-plan =====
    Write-Host '==> Step 11 (um.configure-lync-dial-plan): Configure the Lync dial plan'
    Write-Host '    Needs done first by others: um.create-dial-plan (Exchange Organization Administrators)'
    Write-Host '    Caution: Repeat for every UM dial plan; the simple name is (Get-UMDialPlan ''<dial plan>'').PhoneContext.'
    if (-not $Check) {
        New-CsDialPlan -Identity 'Seoul' -SimpleName 'seoulum.fabrikam.co.kr'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.configure-lync-dial-plan' { Get-CsDialPlan | Format-List Identity, SimpleName }

    # ===== Step 14: um.voice-routing =====
    Write-Host '==> Step 14 (um.voice-routing): Finish the other Enterprise Voice configuration'
    if (-not $Check) {
        Write-Host '    Deploy and configure the PSTN gateways and Mediation Servers in Topology Builder, if not done yet.'
        Write-Host '    Define voice policies, PSTN usages and routes (New-CsVoicePolicy, Set-CsPstnUsage, New-CsVoiceRoute), if not done yet.'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.voice-routing' { Get-CsVoicePolicy | Format-List Identity, PstnUsages }
    Invoke-CountersignCheck 'um.voice-routing' { Get-CsVoiceRoute | Format-List Identity, NumberPattern, PstnUsages, PstnGatewayList }

    # ===== Step 17: um.verify =====
    Write-Host '==> Step 17 (um.verify): Test UM from Lync end to end'
    Write-Host '    Needs done first by others: um.enable-um-mailboxes (Exchange Organization Administrators); um.run-ocsumutil (RTCUniversalServerAdmins and RTCUniversalUserAdmins)'
    Write-Host '    Caution: Without -UserCredential both tests use the pool''s health monitoring test users (New-CsHealthMonitoringConfiguration).'
    if (-not $Check) {
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.verify' { Test-CsExUMConnectivity -TargetFqdn 'seoul-pool.fabrikam.co.kr' -UserSipAddress 'sip:minji.kim@fabrikam.co.kr' }
    Invoke-CountersignCheck 'um.verify' { Test-CsExUMVoiceMail -TargetFqdn 'seoul-pool.fabrikam.co.kr' -ReceiverSipAddress 'sip:minji.kim@fabrikam.co.kr' }
}
finally {
    Stop-Transcript
}
