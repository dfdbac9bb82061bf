# Countersign script dns-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: DnsAdmins (dns-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of DnsAdmins
# Steps:
#   31. autodiscover.dns-record: Create the Autodiscover DNS record
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 9a2f27d884967771aef44cf8c24d48b94dacf903229d2c4d666a73c0a548e2dd
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-dns-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 31: autodiscover.dns-record =====
    Write-Host '==> Step 31 (autodiscover.dns-record): Create the Autodiscover DNS record'
    if (-not $Check) {
        Write-Host '    By hand, in DNS Manager:'
        Write-Host '    1. In DNS Manager, open the zone that holds autodiscover.tailspintoys.com.tw.'
        Write-Host '    2. Create a host (A) record, or an alias (CNAME) record, named autodiscover.tailspintoys.com.tw that points at tpe-ex01.tailspintoys.com.tw.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.dns-record' { Resolve-DnsName -Name 'autodiscover.tailspintoys.com.tw' }
}
finally {
    Stop-Transcript
}
