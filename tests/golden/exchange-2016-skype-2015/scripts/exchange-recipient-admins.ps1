# Countersign script exchange-recipient-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Exchange Recipient Administrators (exchange-recipient-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Recipient Administrators
# Steps:
#   14. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: b7cd142f8395804ddd3d2b64c255754323cc2c871a62c54b481ce3dc6b75b9a3
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-recipient-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 14: um.enable-um-mailboxes =====
    Write-Host '==> Step 14 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators, or Exchange Recipient Administrators); um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Enable-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' -UMMailboxPolicy '台北 UM Default Policy' -Extensions '201' -SIPResourceIdentifier 'mei.lin@tailspintoys.com.tw'
    Write-Host '--- Verify'
    Get-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy
}
finally {
    Stop-Transcript
}
