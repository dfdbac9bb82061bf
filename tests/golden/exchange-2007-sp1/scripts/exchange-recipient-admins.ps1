# Countersign script exchange-recipient-admins.ps1
# Deployment: Northwind legacy UM (Exchange 2007 SP1)
# Role: Exchange Recipient Administrators (exchange-recipient-admins)
# Run in: Exchange Management Shell, signed in as a member of Exchange Recipient Administrators
# Steps:
#   16. um.enable-um-mailboxes: UM-enable the Enterprise Voice users
# Generated: 2026-01-01T00:00:00Z by Countersign 0.1.0
# Body SHA-256: 3d7d89df69e4887a9c7c994c7911812cd5397c58d4c894a61de184acea27e6da
# ---- end of header: the body SHA-256 covers every line below ----
param([switch]$Check)
$ErrorActionPreference = 'Stop'
function Invoke-CountersignCheck([string]$Step, [scriptblock]$Block) {
    if (-not $Check) { & $Block; return }
    try { & $Block } catch { Write-Warning ('Check of step ' + $Step + ' failed: ' + $_.Exception.Message) }
}
if ($Check) { Write-Host 'Check mode: only the read-only checks run; nothing is changed.' }
$transcriptPath = Join-Path ([Environment]::GetFolderPath('MyDocuments')) ('countersign-exchange-recipient-admins-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.log')
Start-Transcript -Path $transcriptPath
try {

    # ===== Step 16: um.enable-um-mailboxes =====
    Write-Host '==> Step 16 (um.enable-um-mailboxes): UM-enable the Enterprise Voice users'
    Write-Host '    Needs done first by others: um.run-exchucutil (Exchange Organization Administrators); um.enable-enterprise-voice-users (RTCUniversalUserAdmins)'
    if (-not $Check) {
        Enable-UMMailbox -Identity 'nancy.davolio@northwind.local' -UMMailboxPolicy 'Northwind UM Default Policy' -Extensions '20001' -SIPResourceIdentifier 'nancy.davolio@northwind.local'
    }
    Write-Host '--- Verify'
    Invoke-CountersignCheck 'um.enable-um-mailboxes' { Get-UMMailbox -Identity 'nancy.davolio@northwind.local' | Format-List DisplayName, Extensions, SIPResourceIdentifier, UMMailboxPolicy }
}
finally {
    Stop-Transcript
}
