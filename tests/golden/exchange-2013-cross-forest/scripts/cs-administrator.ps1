# Countersign script cs-administrator.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: CsAdministrator (cs-administrator)
# Run in: Lync Server Management Shell, signed in as a member of CsAdministrator
# Steps:
#   8. um.assign-sip-addresses: Check each Enterprise Voice user's SIP address
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 4d1d7eeac554ec836c3f2455707e067ee5e445cfdf413df6a6a24ea34ff68bb8
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-cs-administrator-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 8: um.assign-sip-addresses =====
    Write-Host '==> Step 8 (um.assign-sip-addresses): Check each Enterprise Voice user''s SIP address'
    Write-Host '    Needs done first by others: um.deploy-exchange (Exchange Organization Administrators)'
    if (-not $Check) {
        Get-CsUser -Identity 'sip:kenmyer@contoso.com' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
        Get-CsUser -Identity 'sip:o''brien@contoso.com' | Format-List DisplayName, SipAddress, EnterpriseVoiceEnabled, LineURI
    }
}
finally {
    Stop-Transcript
}
