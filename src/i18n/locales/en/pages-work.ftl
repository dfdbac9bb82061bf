# The step page (templates/step.html): the step's heading line and who may do it.
step-runs-in = in { $shell }
step-opened-again = Opened again: { $reason }
step-who-may-do-it = Who may do it
step-one-person-in-all-of = one person in all of: { $groups }
step-countersign-policy = Countersigned by { $countersigner }; { $count ->
        [one] { $count } countersignature
       *[other] { $count } countersignatures
    } needed.
step-after = After

# The step page: what changed since a sign-off, or while the form was open (built in steps.rs).
step-changed-since-signed = What changed since it was signed
step-signed-text-by = Signed text (by { $name })
step-changed-while-open = The step changed while you had it open
step-changed-while-open-intro = Nothing was done. Your note and evidence are kept below: read the text as it is now, and send the form again if it still holds.
step-what-you-saw = What you saw
step-seen-not-on-record = (not on record: the portal did not keep the text this form was opened with)
step-text-now = Text now

# The step page: instructions, checks, commands, documentation.
step-instructions = Instructions
step-checked-first = Checked first
step-checked-first-intro = The script runs these read-only checks before the commands, and stops if one fails;
step-checked-first-intro-end = runs them too.
step-copy = Copy
step-commands = Commands
step-how-to-verify = How to verify
step-documentation = Documentation
step-source-summary = Where the commands and the groups come from
step-source-commands = Commands and parameters
step-source-groups = Required groups
step-content-hash = Content SHA-256 (what a sign-off vouches for):

# The step page: its sign-offs (the history table and the script run a results file reported).
step-sign-offs = Sign-offs
step-audit-events-link = This step's audit events
step-no-sign-off = No sign-off yet.
step-history-when = When
step-history-who = Who
step-history-as = As
step-history-what = What
step-history-note = Note
step-history-evidence = Evidence
step-history-command-hash = Command hash
step-history-earlier-round = (earlier round)
step-history-pasted-output = pasted output
step-run-results-of = Results of
step-run-on = on { $computer }
step-run-as = as { $user }
step-run-finished-at = , { $when }
step-run-step-status = : step { $status }
step-run-checks-passed = , every check passed
step-run-comma = ,{ " " }
step-run-check-failed = a check failed
step-run-sentence-end = .
step-run-body-matched = The script's text matched the approved one (body SHA-256
step-run-body-matched-end = ).
step-run-precondition-passed = Checked first: passed:
step-run-precondition-failed = Checked first: failed:
step-run-verify-passed = Verified: passed:
step-run-verify-failed = Verified: failed:
step-run-transcript = Transcript { $file }
step-run-transcript-hash = , SHA-256

# The step page: the actions the viewer may take now.
step-what-you-can-do = What you can do
step-nothing-now = Nothing now.
step-reason-required = Reason (required)
step-note = Note
step-evidence-pasted = Evidence: pasted output
step-evidence-file-before = or a file (at most 1 MiB): the script's
step-evidence-file-after = , which the portal checks against this step's text and shows with the sign-off, or its transcript
step-why-unavailable = Why other actions are not available to you

# Error pages reached from a step (steps.rs): what was not found, a form that could not be read.
step-not-found = the step { $key }
step-evidence-not-found = this evidence
step-form-unreadable = the form could not be read: { $error }
step-file-unreadable = the file could not be read: { $error }
step-not-an-action = "{ $kind }" is not an action

# The scripts of a deployment (templates/scripts.html).
scripts-title = Scripts
scripts-intro = One PowerShell script per role, and per shell where a role works in two. Each starts with a header giving the SHA-256 of its body.
scripts-script = Script
scripts-role = Role
scripts-run-in = Run in
scripts-steps = Steps
scripts-download = Download

# My work (templates/home.html, home.rs).
home-no-groups = You hold no Exchange or Lync group in the portal, so no step waits for you.
home-shortcut-active = Deployments in progress
home-shortcut-active-detail = : whose turn it is, and what each one waits on
home-shortcut-new = Start a new deployment
home-shortcut-dashboard-detail = : sign-offs, refusals and handoffs over time
home-shortcut-audit-trail = Audit trail
home-shortcut-audit-trail-detail = : browse, filter and export every event
home-shortcut-users-detail = : grant the groups people hold
home-ask-administrator = Ask a portal administrator to grant the groups you hold in Active Directory.
home-steps-for-groups = Steps for the groups you hold: { $groups }.
home-nothing-anywhere = Nothing is ready for you or waiting on others in any active deployment.
home-ready-to-sign = Ready for you to sign
home-ready-to-countersign = Ready for you to countersign
home-nothing-here = Nothing is ready for you here yet.
home-waiting-summary = { $count } of your steps cannot start yet
home-waits-on = waits on { $what }
home-list-limit = Each list shows the first { $count } steps, newest deployment first; open a deployment for the rest.

# The inbox (templates/inbox.html).
inbox-empty = No message. When work is handed over to one of your groups, or a sign-off of yours is rejected, it is listed here.
inbox-mark-all-read = Mark all read
inbox-older = Older messages

# The feature support matrix (templates/features.html, features.rs).
features-heading = Feature support matrix
features-intro = Which features each combination of Exchange and Lync/Skype for Business offers.
features-highlighted-before = The column of
features-highlighted-after = is highlighted.
features-matrix-region = The feature matrix (scrolls sideways on a narrow screen)
features-feature = Feature
features-cell-yes-with-note = yes ({ $note })
features-cell-yes = yes
features-cell-no = no

# The page that asks before a destructive action (templates/confirm.html).
confirm-no-go-back = No, go back
