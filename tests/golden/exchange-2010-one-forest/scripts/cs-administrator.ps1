# Countersign script cs-administrator.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: CsAdministrator (cs-administrator)
# Run in: Lync Server Management Shell, signed in as a member of CsAdministrator
# Steps:
#   6. um.assign-sip-addresses: Check each Enterprise Voice user's SIP address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 0ba56f326574a88d4637c5ca8f8a1ee028a87328ff394d2b196151e577cca41a
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-cs-administrator-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 6: um.assign-sip-addresses =====
    Write-Host '==> Step 6 (um.assign-sip-addresses): Check each Enterprise Voice user''s SIP address'
    Write-Host '    Needs done first by others: um.deploy-exchange (Enterprise Admins)'
    Get-CsUser -Identity 'sip:minji.kim@fabrikam.co.kr' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
