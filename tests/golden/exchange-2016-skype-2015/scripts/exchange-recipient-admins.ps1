# Countersign script exchange-recipient-admins.ps1
# Deployment: Tailspin Toys Taipei (Exchange 2016, Skype for Business 2015)
# Role: Exchange Recipient Administrators (exchange-recipient-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Recipient Administrators
# Steps:
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 9ae775c19e02d981cc8f1d7bcf915bd0c25b31e77e7043562fe1612bce1b3849
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-recipient-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators, or Exchange Recipient Administrators); um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Enable-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' -UMMailboxPolicy '台北 UM Default Policy' -Extensions '201' -SIPResourceIdentifier 'mei.lin@tailspintoys.com.tw'
    Write-Host '--- Verify'
    Get-UMMailbox -Identity 'mei.lin@tailspintoys.com.tw' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy
}
finally {
    Stop-Transcript
}
