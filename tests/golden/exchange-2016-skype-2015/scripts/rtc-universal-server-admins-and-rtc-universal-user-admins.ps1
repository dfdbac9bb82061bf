# Countersign script rtc-universal-server-admins-and-rtc-universal-user-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: RTCUniversalServerAdmins and RTCUniversalUserAdmins (rtc-universal-server-admins-and-rtc-universal-user-admins)
# Run in: Lync Server Management Shell, signed in as a member of RTCUniversalServerAdmins and RTCUniversalUserAdmins
# Steps:
#   13. um.run-ocsumutil: Create the UM contacts with OcsUmUtil.exe
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 78b57c9479039a9ca13bef12774f018c9a949455fc892e968c866f269665aab5
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
        Write-Host '    1. On a Skype for Business server, start %CommonProgramFiles%\Skype for Business Server 2015\Support\OcsUmUtil.exe.'
        Write-Host '    2. Click Load Data, select the dial plan 台北 UM under SIP Dial Plans, and click Add.'
        Write-Host '    3. Organizational unit: OU=UM,DC=tailspintoys,DC=com,DC=tw'
        Write-Host '    4. Name: 台北語音信箱'
        Write-Host '    5. SIP address: SIP:tpe.voicemail@tailspintoys.com.tw'
        Write-Host '    6. Server or pool: tpe-pool.tailspintoys.com.tw'
        Write-Host '    7. Phone number: +886227200000'
        Write-Host '    8. Contact type: Subscriber Access. Click OK; repeat for an Auto Attendant contact if you use one.'
        Write-Host '    9. From Exchange 2010 SP1 the dial plan names need not match: ignore the tool''s warning about it.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Write-Host '    Check: The contact 台北語音信箱 is listed under the dial plan 台北 UM in OcsUmUtil.exe.'
}
finally {
    Stop-Transcript
}
