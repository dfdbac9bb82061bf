# Countersign script exchange-recipient-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Exchange Recipient Administrators (exchange-recipient-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Recipient Administrators
# Steps:
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: e872b69f3e6916fec818532a8b461fb12eac1d82c45466ba8cc8830f7b6fc67d
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-recipient-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators); um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Enable-UMMailbox -Identity 'nancy.davolio@northwind.local' -UMMailboxPolicy 'Northwind UM Default Policy' -Extensions '20001' -SIPResourceIdentifier 'nancy.davolio@northwind.local'
    Write-Host '--- Verify'
    Get-UMMailbox -Identity 'nancy.davolio@northwind.local' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy
}
finally {
    Stop-Transcript
}
