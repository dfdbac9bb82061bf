# Countersign script dns-admins.ps1
# Deployment: Wingtip Toys Busan (Exchange SE, Skype for Business SE)
# Role: DnsAdmins (dns-admins)
# Run in: Windows PowerShell (as Administrator), signed in as a member of DnsAdmins
# Steps:
#   18. autodiscover.dns-record: Create the Autodiscover DNS record
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 4ad1e7759d2341f19a8f28579760694291972bb4812ca7cd0e7109a1f36084a4
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

    # ===== Step 18: autodiscover.dns-record =====
    Write-Host '==> Step 18 (autodiscover.dns-record): Create the Autodiscover DNS record'
    if (-not $Check) {
        Write-Host '    By hand, in DNS Manager:'
        Write-Host '    1. In DNS Manager, open the zone that holds autodiscover.busan.wingtiptoys.kr.'
        Write-Host '    2. Create a host (A) record, or an alias (CNAME) record, named autodiscover.busan.wingtiptoys.kr that points at mail.busan.wingtiptoys.kr.'
        Read-Host 'Press Enter when this step is done (Ctrl+C stops the script)' | Out-Null
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'autodiscover.dns-record' { Resolve-DnsName -Name 'autodiscover.busan.wingtiptoys.kr' }
}
finally {
    Stop-Transcript
}
