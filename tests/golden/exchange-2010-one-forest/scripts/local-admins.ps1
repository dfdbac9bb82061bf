# Countersign script local-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Administrators (local) (local-admins)
# Run in: Exchange Management Shell, signed in as a member of Administrators (local)
# Steps:
#   2. um.install-certificates: Bind a trusted certificate to UM on each UM server
#   5. um.add-servers-to-dial-plan: Add the UM servers to the dial plan
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 165982427d2597b42863079f211102c5cc97efe823a142c88a3594581eddf904
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-local-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 2: um.install-certificates =====
    Write-Host '==> Step 2 (um.install-certificates): Bind a trusted certificate to UM on each UM server'
    Write-Host '    Needs done first by others: um.deploy-exchange (Enterprise Admins)'
    Enable-ExchangeCertificate -Server 'SEL-UM01' -Thumbprint '3F2A910B44C7DE185A602E9FD173880C4BE2A519' -Services 'UM'
    Write-Host '--- Verify'
    Get-ExchangeCertificate -Server 'SEL-UM01' -Thumbprint '3F2A910B44C7DE185A602E9FD173880C4BE2A519' | Format-List Subject, Services, NotAfter

    # ===== Step 5: um.add-servers-to-dial-plan =====
    Write-Host '==> Step 5 (um.add-servers-to-dial-plan): Add the UM servers to the dial plan'
    Write-Host '    Needs done first by others: um.set-dial-plan-security (Exchange Organization Administrators)'
    Write-Host '    Caution: -DialPlans replaces the server''s list: if a server already serves other dial plans, name them all.'
    Set-UMServer -Identity 'SEL-UM01' -DialPlans '서울 UM'
    Write-Host '--- Verify'
    Get-UMServer -Identity 'SEL-UM01' | Format-List Name, DialPlans, Status
}
finally {
    Stop-Transcript
}
