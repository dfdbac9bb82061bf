# Countersign script exchange-server-admins-and-local-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Exchange Server Administrators and Administrators (local) (exchange-server-admins-and-local-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Server Administrators and Administrators (local)
# Steps:
#   3. um.install-certificates: Bind a trusted certificate to UM on each UM server
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 63c0e8fdbc85e078775f8e1576c7bbfb2a894569c9ba9358ae32278061bee30a
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-server-admins-and-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 3: um.install-certificates =====
    Write-Host '==> Step 3 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    Write-Host '    Needs done first by others: um.set-startup-mode (Exchange Organization Administrators)'
    Write-Host '    Caution: Exchange 2007: run each Enable-ExchangeCertificate line on the UM server whose certificate it names (the cmdlet has no -Server parameter there).'
    if (-not $Check) {
        Enable-ExchangeCertificate -Thumbprint 'DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF' -Services 'UM'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.install-certificates' { Get-ExchangeCertificate -Thumbprint 'DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF' | Format-List Subject, Services, NotAfter }
}
finally {
    Stop-Transcript
}
