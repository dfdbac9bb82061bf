# The list of deployments (/deployments): heading, filters, table, paging.
deployments-filter-state = State
deployments-state-all = All
deployments-state-active = Active
deployments-state-complete = Complete
deployments-state-cancelled = Cancelled
deployments-filter-text = Name contains
deployments-filter-submit = Show
deployments-none-match = No deployment matches.
deployments-none-yet = No deployment yet.
deployments-column-name = Name
deployments-column-state = State
deployments-column-progress = Progress
deployments-column-created = Created
deployments-progress-label =
    { $total ->
        [one] { $done } of { $total } step finished
       *[other] { $done } of { $total } steps finished
    }
# Also in each lane of a deployment, inside its progress bar.
deployments-progress = { $done } of { $total }
deployments-older = Older deployments
# The list's filters refused (shown after "state: "…" is refused: ").
deployments-filter-state-invalid = must be one of active, complete, cancelled, or empty for all
deployments-filter-text-invalid = must be at most { $max } characters, without control characters
deployments-filter-before-invalid = must be a deployment number

# A deployment's state as the list and the deployment page show it.
deployment-status-active = active
deployment-status-complete = complete
deployment-status-cancelled = cancelled
# The reason the portal records when the last step is finished.
deployment-status-reason-complete = every step is countersigned or not applicable

# The deployment page (/deployments/<id>): its links and summary.
deployment-scripts = Scripts
deployment-edit-parameters = Edit parameters
deployment-answers-file = Answers file
deployment-report = Report
deployment-audit-events = Audit events
deployment-summary =
    { $exchange } with { $lync }, { $forests ->
        [cross] in different forests
       *[same] in one forest
    }; { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } for { $roles ->
        [one] { $roles } role
       *[other] { $roles } roles
    }.
# A deployment that is complete or cancelled: "This deployment is <strong>cancelled</strong>: reason. It is read-only."
deployment-read-only-before = This deployment is
deployment-read-only-after-reason = : { $reason }. It is read-only.
deployment-read-only-after = . It is read-only.
# The sign-off rules; $who is the countersigner's key, $count how many countersignatures.
deployment-rules =
    Each step is signed by a person who may perform it and countersigned by { $who ->
        [same-requirement] someone else who may perform the step
        [other-team] someone of the other team
       *[coordinator] a coordinator
    } ({ $count ->
        [one] { $count } countersignature
       *[other] { $count } countersignatures
    } needed); nobody countersigns their own step.

# The deployment page: whose turn it is. "Waiting on <strong>group</strong>: 3 steps".
deployment-turn-heading = Whose turn
deployment-turn-nobody-status = Nobody: the deployment is { $status }.
deployment-turn-nobody-ready = Nobody: nothing is ready.
deployment-turn-waiting-on = Waiting on
deployment-turn-steps =
    : { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
deployment-turn-countersigners =
    countersigners ({ $who ->
        [same-requirement] someone else who may perform the step
        [other-team] someone of the other team
       *[coordinator] a coordinator
    })

# The deployment page: handoffs between roles. "<from> handed to <strong>to</strong>: steps".
deployment-handoffs-heading = Handoffs
deployment-handoffs-none = No work has passed between roles yet.
deployment-handoff-from = { $from } handed to
deployment-handoff-to = :

# The deployment page: the lanes, one per role, with their team.
deployment-lanes-heading = Work by role
deployment-team-name =
    { $team ->
        [exchange] Exchange team
        [lync] Lync team
        [forest] Forest and infrastructure
       *[either] either team
    }
deployment-lane-done = { $done } of { $total } done

# The deployment page: the dependencies, as a list and as a picture.
deployment-dependencies-heading = Dependencies
deployment-dependencies-intro = Each step starts when the steps it waits for are finished.
deployment-dependency-after = ; after { $steps }
deployment-dependency-first = ; can start first
deployment-graph-summary = The same as a picture
deployment-graph-label = The dependency picture (scrolls sideways)
deployment-graph-caption = Each arrow points from a step to one that waits for it. The border's colour marks the team; a dashed border is a step that cannot start yet, a filled one a step that is ready.

# The deployment page: the features of the versions chosen.
deployment-features-heading = Features of this combination
deployment-features-yes = Will have
deployment-features-no = Will not have
deployment-features-none-missing = Nothing missing.

# The deployment page: cancelling, and the page that asks to confirm it.
deployment-cancel-heading = Cancel the deployment
deployment-cancel-reason = Reason (required)
deployment-cancel-button = Cancel the deployment
deployment-cancel-confirm = Cancel deployment { $id }? It becomes read-only for good. Reason: { $reason }
deployment-cancel-yes = Yes, cancel it

# The answers form: a new deployment (parts 1 and 2) and a deployment's parameters.
answers-part-questions = Part 1 of 3: the organisation and the integrations
answers-part-values = Part 2 of 3: only the values the steps of your answers use
answers-values-title = New deployment: the values
answers-values-heading = New deployment: the values the commands need
answers-parameters-title = Parameters
answers-intro = Answer the questions, then give the values the commands need. Only the values of the steps that apply are required; the plan says which are missing.
# "<before> <a>Fill in the example</a> <after>"
answers-example-before = { "" }
answers-example-link = Fill in the example
answers-example-after = to see a complete form.
answers-read-only = You may read these parameters; changing them needs the Coordinator role.
# Before each error of a field, for screen readers.
answers-error-prefix = Error:
answers-continue = Continue
answers-save = Save and re-plan

# Check your answers (part 3 of 3 of a new deployment).
answers-check-title = New deployment: check your answers
answers-part-check = Part 3 of 3
answers-check-heading = Check your answers before creating the deployment
# "These answers make a plan of <strong>12 steps for 4 roles</strong>. Nothing is created…"
answers-check-plan-before = These answers make a plan of
answers-check-plan-size =
    { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } for { $roles ->
        [one] { $roles } role
       *[other] { $roles } roles
    }
answers-check-plan-after = . Nothing is created until you press the button at the end.
answers-check-none = (none)
answers-create = Create the deployment
answers-change-questions = Change the answers
answers-change-values = Change the values
