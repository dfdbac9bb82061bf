# Refusals and conflicts of accounts, deployments and the audit trail.
refused-last-admin = { $username } is the last enabled portal administrator; grant the role to someone else first
refused-provider-account = { $username } signs in through the identity provider and has no Countersign password
refused-own-provider-account = you sign in through the identity provider: change your password there
conflict-password-changed = your password was changed meanwhile; nothing was done
conflict-newer-than-checkpoint = event { $seq } is newer than the latest checkpoint; the portal signs one within its checkpoint interval
refused-deployment-read-only = the deployment is { $status } and read-only
conflict-parameters-changed = someone changed this deployment's parameters while you edited them; reload and apply your change again
