# The audit trail page (templates/audit.html, audit.rs): checkpoints, the audit key, proofs, verifying.
title-audit-trail = Audit trail
audit-intro = The trail is a Merkle tree log: every event is a leaf, and a checkpoint signed with the portal's audit key commits to all events up to its size. Anyone holding a checkpoint can check that an event is in the log and that the log was never rewritten.
audit-intact = Intact
audit-not-intact = Not intact
audit-report-summary = { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, tree size { $size }, { $checkpoints ->
        [one] { $checkpoints } checkpoint
       *[other] { $checkpoints } checkpoints
    } checked, root
audit-sentence-end = { "." }
audit-not-checked = Not checked, and vouching for nothing:
audit-verify-heading = Verify
audit-verify-button = Verify the whole trail
audit-verify-help = Recomputes every event, the tree and every checkpoint, here and in the checkpoint log file. The run is recorded.
audit-latest-checkpoint = Latest checkpoint
audit-no-checkpoint = None signed yet: the portal signs one within a minute of the first events.
audit-download-checkpoint = Download it as text
audit-key-heading = The key that signs checkpoints
audit-key-help-start = Give this verifier key to whoever checks proofs (
audit-key-help-end = ):
audit-proof-heading = Proof that an event is in the log
audit-proof-event-number = Event number
audit-proof-button = Download its proof
audit-proof-help = A c2sp.org tlog-proof against the latest checkpoint, carrying the event itself.
audit-consistency-help = Consistency between two tree sizes:

# Error pages reached from the audit trail page (audit.rs): what was not found, a number that is not one.
audit-not-found-checkpoint = a signed checkpoint (none is signed yet)
audit-not-found-event = audit event { $seq }
audit-seq-not-a-number = seq: "{ $value }" is not an event number
audit-not-a-tree-size = { $name }: "{ $value }" is not a tree size

# The audit events page (templates/audit_events.html, audit_events.rs): the filter form, the table, the export links.
title-audit-events = Audit events
audit-events-proofs-link = Checkpoints, proofs and verifying the trail
audit-events-filter = Filter
audit-events-deployment-label = Deployment number
audit-events-person-label = Person (user name)
audit-events-role-label = Acting as (role)
audit-events-action-label = Action (e.g. step.sign, or step. for all step actions)
audit-events-outcome-label = Outcome
audit-events-outcome-any = any
audit-events-since-label = From (YYYY-MM-DD, UTC)
audit-events-until-label = To (YYYY-MM-DD, UTC)
audit-events-text-label = Text in the target or details
audit-events-filter-button = Filter
audit-events-clear = Clear
audit-events-export-all = Export the whole trail:
audit-events-export-filtered = Export these events:
audit-events-none = No event matches.
audit-events-col-when = When
audit-events-col-who = Who
audit-events-col-as = As
audit-events-col-what = What
audit-events-col-on = On
audit-events-col-outcome = Outcome
audit-events-col-details = Details
audit-events-col-proof = Proof
audit-events-details-summary = details
audit-events-proof-link = proof
audit-events-older = Older events →

# The audit events page: a filter that is refused (audit_events.rs), above the form and on a refused export.
audit-events-deployment-refused = deployment: "{ $value }" is refused: give a deployment's number
audit-events-outcome-refused = outcome: "{ $value }" is refused: it is done or refused
audit-events-date-refused = { $name }: "{ $value }" is refused: give a date as YYYY-MM-DD (UTC) or an RFC 3339 time

# A deployment's printable report (templates/report.html, reports.rs).
report-page-title = Report: { $name }
report-heading = Deployment report: { $name }
report-meta = Deployment { $id } · created { $created }
report-in-parentheses = ({ $text })
report-made = report made { $generated }
report-print-help = Print it, or print it to PDF, from the browser (Ctrl+P); the layout fits A4 and Letter.
report-answers-heading = Answers and parameters
report-plan-heading = Plan and sign-offs
report-no-signoff = No sign-off.
report-col-when = When
report-col-who = Who
report-col-as = As
report-col-what = What
report-col-note = Note or reason
report-col-text-hash = SHA-256 of the text
report-col-evidence = Evidence
report-earlier-round = (earlier round)
report-handoffs-heading = Handoffs
report-none = None.
report-col-from-to = From → to
report-lane-times-heading = Time each role took
report-no-lane-time = No role has finished a step yet.
report-col-role = Role
report-col-lane-time = From its first handoff to its last decision
report-features-heading = Features this deployment gives
report-feature-yes = Yes: { $name }
report-feature-no = No: { $name }
report-proof-heading = Proof
report-proof-intro = The signed checkpoint of the audit trail when this report was made, and the inclusion proof of every sign-off event of this deployment against it. Save a proof as a file and check it offline with
report-proof-intro-end = { "." }
report-proof-event-heading = Event { $seq }: { $what }
report-no-proof = No sign-off event yet, so nothing to prove.

# The report, built in reports.rs: a deployment's status, a proof's event, a sign-off's evidence.
report-proof-what = { $action } { $target } by { $actor }
report-evidence-file = { $name } (SHA-256 { $sha256 })
report-evidence-results = { $file }: results of { $script } on { $computer }, step { $status }, { $checks }
report-evidence-unnamed-computer = an unnamed computer
report-evidence-checks-passed = every check passed
report-evidence-check-failed = a check failed

# How long something took, on the report and the dashboard (reports.rs).
report-duration-minutes = { $minutes } min
report-duration-hours = { $hours } h { $minutes } min
report-duration-days = { $days } d { $hours } h

# The dashboard (templates/dashboard.html); its title is nav-dashboard.
dashboard-by-state = Deployments by state
dashboard-waiting = Steps waiting, by role
dashboard-nothing-waiting = Nothing is waiting.
dashboard-waiting-caption = Steps ready and waiting, by role
dashboard-slowest = Slowest handoffs
dashboard-no-handoff = No handoff yet.
dashboard-col-deployment = Deployment
dashboard-col-to = To
dashboard-col-waited = Waited
dashboard-still-waiting = (still waiting)
dashboard-days = Sign-offs and refusals, the last 30 days
dashboard-signoffs-bar = { $day }: { $count ->
        [one] { $count } sign-off action
       *[other] { $count } sign-off actions
    }
dashboard-refusals-bar = { $day }: { $count ->
        [one] { $count } refusal
       *[other] { $count } refusals
    }
dashboard-as-table = The same as a table
dashboard-col-day = Day (UTC)
dashboard-col-signoffs = Sign-off actions
dashboard-col-refusals = Refusals

# The users page for portal administrators (templates/users.html, users.rs); its title is nav-users.
users-col-user = User
users-col-name = Name
users-col-roles = Roles
users-col-state = State
users-col-actions = Actions
users-signs-in-through = signs in through { $provider }
users-granted-by-hand = Granted by hand:
users-revoke = Revoke
users-from-provider-groups = From the provider's groups (set again at each sign-in):
users-role-from = from { $groups }
users-grant-role-label = Role to grant to { $username }
users-choose-role = Choose a role…
users-grant = Grant
users-state-disabled = disabled
users-state-active = active
users-state-locked = , locked
users-enable = Enable
users-disable = Disable
users-new-password-button = New password
users-deliveries-heading = Webhook and e-mail deliveries with problems
users-none = None.
users-col-queued = Queued
users-col-channel = Channel
users-col-attempts = Attempts
users-col-last-error = Last error
users-delivery-to = to { $to }
users-new-user-heading = New user
users-username-label = User name
users-display-name-label = Display name
users-email-label = E-mail (for handoffs, when the portal sends e-mail)
users-create-button = Create user
users-create-help = A password is generated and shown once.

# The users page, built in users.rs: deliveries, notices, the questions asked before acting, errors.
users-channel-webhook = webhook
users-channel-email = e-mail
users-delivery-delivered-after-retry = delivered after retrying
users-delivery-given-up = given up
users-delivery-retrying = retrying
users-created-notice = Created { $username }. Password, shown this once: { $password }
users-new-password-notice = New password for { $username }, shown this once: { $password }
users-revoke-heading = Revoke a role
users-revoke-message = Revoke { $role } from { $username }? They lose what it allows at once.
users-revoke-yes = Yes, revoke it
users-disable-heading = Disable an account
users-disable-message = Disable { $username }? Their sessions end at once and they cannot sign in until enabled again.
users-disable-yes = Yes, disable it
users-password-heading = Set a new password
users-password-message = Set a new password for { $username }? Their current password stops working and their sessions end.
users-password-yes = Yes, set a new password
users-not-found-action = the action { $action }

# One's own password (templates/account.html, account.rs).
account-title = Your password
account-changed = Your password is changed. Your other sessions have ended; this one goes on.
account-error-summary = There is a problem
account-identity-provider-note = People who sign in through the organisation's identity provider change their password there.
account-current-password = Current password
account-new-password = New password
account-repeat-password = The new password again
account-error-prefix = Error:
account-new-password-help = At least { $min } characters. A passphrase of a few words is easier to type and harder to guess.
account-change-button = Change my password

# Signing in (templates/login.html, login_form.html, sso_failed.html, login.rs).
login-sign-in = Sign in
login-sign-in-with = Sign in with { $provider }
login-or-with-password = Or, with a Countersign password:
login-break-glass = Break-glass sign-in (for when the identity provider is down)
login-username = User name
login-password = Password
login-wrong-password = Wrong user name or password. After { $failures ->
        [one] { $failures } failure
       *[other] { $failures } failures
    } in a row the account is locked for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
login-sso-failed-title = Sign-in did not work
login-sso-failed-heading = Sign-in with { $provider } did not work
login-try-again = Try again
login-with-password = Sign in with a password
login-the-identity-provider = the identity provider
login-sso-not-configured = single sign-on (it is not configured)

# The error pages (templates/error.html, src/web/error.rs): each error's title and message.
error-not-found-title = Not found
error-not-found = { $what } was not found.
error-forbidden-title = Not allowed
error-forbidden = { $action } needs { $needs }. Ask a portal administrator to grant it if you should have it.
error-conflict-title = Changed meanwhile
error-bad-request-title = Bad request
error-as-given = { $text }
error-refused-title = Not done
error-refused = Nothing was done: { $why }.
error-csrf-title = Form refused
error-csrf = The form had expired or did not come from this portal, so nothing was changed. Go back, reload the page and send it again.
error-too-large-title = Too large
error-too-large = The form is larger than the portal accepts.
error-busy-title = Busy
error-busy = The portal is busy (many sign-ins or changes at once). Nothing was done; try again in a few seconds.
error-internal-title = Something went wrong
error-internal = The portal could not complete this request. Quote the request id below to your administrator.

# The error pages: the status and the ways back.
error-status = Status { $status }.
error-back-to-my-work = Back to my work
error-back-to-step = Back to the step
error-back-to-deployment = Back to the deployment
error-back-to-users = Back to the users
