# Countersign script exchange-recipient-admins.ps1
# Deployment: Fabrikam Seoul UM (Exchange 2010)
# Role: Exchange Recipient Administrators (exchange-recipient-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Recipient Administrators
# Steps:
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 8f85e47cf651984bcfb670930f09776f7d23a52041edda9a40c1146151d74faa
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-recipient-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators, or Exchange Recipient Administrators); um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Enable-UMMailbox -Identity 'minji.kim@fabrikam.co.kr' -UMMailboxPolicy '서울 UM Default Policy' -Extensions '1001' -SIPResourceIdentifier 'minji.kim@fabrikam.co.kr'
    Write-Host '--- Verify'
    Get-UMMailbox -Identity 'minji.kim@fabrikam.co.kr' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy
}
finally {
    Stop-Transcript
}
