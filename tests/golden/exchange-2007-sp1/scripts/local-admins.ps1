# Countersign script local-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   2. um.install-certificates: Bind a trusted certificate to UM on each UM server
#   5. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 250a2e40fcba223b8503edeffdedcc148c9b071fbb80f19f542c4ac4f0106f9f
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 2: um.install-certificates =====
    Write-Host '==> Step 2 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Enable-ExchangeCertificate -Server 'NW-UM01' -Thumbprint 'DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF' -Services 'UM'
    Write-Host '--- Verify'
    Get-ExchangeCertificate -Server 'NW-UM01' -Thumbprint 'DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF' | Format-List Subject, Services, NotAfter

    # ===== Step 5: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 5 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.set-dial-plan-security (Exchange Organization Administrators)'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Set-UMServer -Identity 'NW-UM01' -DialPlans 'Northwind UM'
    Write-Host '--- Verify'
    Get-UMServer -Identity 'NW-UM01' | Format-List Name, DialPlans, Status
}
finally {
    Stop-Transcript
}
