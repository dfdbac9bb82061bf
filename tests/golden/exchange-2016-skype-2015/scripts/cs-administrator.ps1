# Countersign script cs-administrator.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: CsAdministrator (cs-administrator)
# Run in: Lync Server Management Shell, signed in as a member of CsAdministrator
# Steps:
#   6. um.assign-sip-addresses: Check each Enterprise Voice user's SIP address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: e32784ea092f609acf28962d0837ddb9b8177b270c2ce24d25701960cf0f3c34
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-cs-administrator-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 6: um.assign-sip-addresses =====
    Write-Host '==> Step 6 (um.assign-sip-addresses): Check each Enterprise Voice user''s SIP address'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    Get-CsUser -Identity 'sip:mei.lin@tailspintoys.com.tw' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
}
finally {
    Stop-Transcript
}
