# Countersign script exchange-recipient-admins.ps1
# Deployment: Contoso cross-forest (Exchange 2013, Lync 2013)
# Role: Exchange Recipient Administrators (exchange-recipient-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Recipient Administrators
# Steps:
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 1c596faad3e955872e62bd8688d6c5be612d1f725f48aee9f6f0a9f547975e02
# ---- end of header: the body SHA-256 covers every line below ----
$ErrorActionPreference = 'Stop'
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-recipient-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators, or Exchange Recipient Administrators); um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    Enable-UMMailbox -Identity 'kenmyer@contoso.com' -UMMailboxPolicy 'Redmond UM Default Policy' -Extensions '4001' -SIPResourceIdentifier 'kenmyer@contoso.com'
    Enable-UMMailbox -Identity 'o''brien@contoso.com' -UMMailboxPolicy 'Redmond UM Default Policy' -Extensions '4002' -SIPResourceIdentifier 'o''brien@contoso.com'
    Write-Host '--- Verify'
    Get-UMMailbox -Identity 'kenmyer@contoso.com' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy
    Get-UMMailbox -Identity 'o''brien@contoso.com' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy
}
finally {
    Stop-Transcript
}
