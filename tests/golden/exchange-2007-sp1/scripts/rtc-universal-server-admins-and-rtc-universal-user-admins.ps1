# Countersign script rtc-universal-server-admins-and-rtc-universal-user-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: RTCUniversalServerAdmins and RTCUniversalUserAdmins (rtc-universal-server-admins-and-rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins and RTCUniversalUserAdmins
# Steps:
#   13. um.run-ocsumutil: Create the UM contacts with OcsUmUtil.exe
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 7c660afe14457ce3340f1e949fe0c17cdd3576851af3810bacae9b06afa1e922
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-rtc-universal-server-admins-and-rtc-universal-user-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 13: um.run-ocsumutil =====
    Write-Host '==> Step 13 (um.run-ocsumutil): Create the UM contacts with OcsUmUtil.exe'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators); um.configure-lync-dial-plan (RTCUniversalServerAdmins); um.grant-contact-ou-permission (Domain Admins)'
    Write-Host '    Caution: One person must be in both RTCUniversalServerAdmins and RTCUniversalUserAdmins to run OcsUmUtil.exe.'
    if (-not $Check) {
        Write-Host '    By hand, in a graphical tool:'
        Write-Host '    1. On a Lync server, start %CommonProgramFiles%\Microsoft Lync Server 2013\Support\OcsUmUtil.exe.'
        Write-Host '    2. Click Load Data, select the dial plan Northwind UM under SIP Dial Plans, and click Add.'
        Write-Host '    3. Organizational unit: OU=Voice,DC=northwind,DC=local'
        Write-Host '    4. Name: Northwind Voice Mail'
        Write-Host '    5. SIP address: SIP:voicemail@northwind.local'
        Write-Host '    6. Server or pool: lyncpool.northwind.local'
        Write-Host '    7. Phone number: +442079460000'
        Write-Host '    8. Contact type: Subscriber Access. Click OK; repeat for an Auto Attendant contact if you use one.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Write-Host '    Check: The contact Northwind Voice Mail is listed under the dial plan Northwind UM in OcsUmUtil.exe.'
}
finally {
    Stop-Transcript
}
