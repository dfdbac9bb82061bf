# Countersign script rtc-universal-server-admins-and-rtc-universal-user-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: RTCUniversalServerAdmins and RTCUniversalUserAdmins (rtc-universal-server-admins-and-rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins and RTCUniversalUserAdmins
# Steps:
#   13. um.run-ocsumutil: Create the UM contacts with OcsUmUtil.exe
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: e2d82c15a34df080a69f191e44c96d5ad8f6b3b8f241d549623f3146a0508ebe
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
        Write-Host '    2. Click Load Data, select the dial plan 서울 UM under SIP Dial Plans, and click Add.'
        Write-Host '    3. Organizational unit: OU=UM Contacts,OU=Seoul,DC=fabrikam,DC=co,DC=kr'
        Write-Host '    4. Name: Seoul Subscriber Access'
        Write-Host '    5. SIP address: SIP:seoul.sa@fabrikam.co.kr'
        Write-Host '    6. Server or pool: seoul-pool.fabrikam.co.kr'
        Write-Host '    7. Phone number: +8227001000'
        Write-Host '    8. Contact type: Subscriber Access. Click OK; repeat for an Auto Attendant contact if you use one.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Write-Host '    Check: The contact Seoul Subscriber Access is listed under the dial plan 서울 UM in OcsUmUtil.exe.'
}
finally {
    Stop-Transcript
}
