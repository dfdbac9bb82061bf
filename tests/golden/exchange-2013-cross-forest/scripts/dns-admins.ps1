# Countersign script dns-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: DnsAdmins (dns-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of DnsAdmins
# Steps:
#   36. autodiscover.dns-record: Create the Autodiscover DNS record
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: b6a51a2562090dcfd89ff716191102dca5fcc3adb17e9eb895b991a9195a5ca4
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

    # ===== Step 36: autodiscover.dns-record =====
    Write-Host '==> Step 36 (autodiscover.dns-record): Create the Autodiscover DNS record'
    if (-not $Check) {
        Write-Host '    By hand, in DNS Manager:'
        Write-Host '    1. In DNS Manager, open the zone that holds autodiscover.contoso.com.'
        Write-Host '    2. Create a host (A) record, or an alias (CNAME) record, named autodiscover.contoso.com that points at excas01.resource.contoso.com.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.dns-record' { Resolve-DnsName -Name 'autodiscover.contoso.com' }
}
finally {
    Stop-Transcript
}
