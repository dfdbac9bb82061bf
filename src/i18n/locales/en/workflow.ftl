# Why the sign-off rules refuse an action (shown to the person refused; the trail keeps the English).
refused-countersign-needs = countersigning needs { $needs } (this deployment's rule: { $rule })
refused-countersign-coordinator = countersigning needs the Coordinator role (this deployment's rule)
refused-countersign-lync-team = countersigning needs a member of the Lync team (this deployment's rule)
refused-countersign-exchange-team = countersigning needs a member of the Exchange team (this deployment's rule)
refused-countersign-either-team = countersigning needs a member of the Exchange team or Lync team (this deployment's rule)
refused-blocked = the step is blocked: { $steps } must be finished first
refused-already-signed = the step is already signed by { $signer }
refused-already-finished = the step is already finished
refused-sign-needs = signing needs { $needs }; you hold { $held }
refused-not-signed = only a signed step can be { $action ->
    [reject] rejected
   *[other] countersigned
}; this one is { $state }
refused-own-signature = you signed this step: a different person must countersign or reject it
refused-already-countersigned = you have already countersigned this step
refused-not-in-plan = the step { $step } is not in this plan
refused-closed = the deployment is closed (complete or cancelled) and read-only
refused-not-signed-in = sign-offs are made by a signed-in person
refused-not-applicable-needs = marking a step not applicable needs { $needs }
refused-already-state = the step is already { $state }
refused-reopen-needs = reopening a step needs { $needs }
refused-reopen-unfinished = only a finished step (countersigned or not applicable) can be reopened
refused-text-changed = the step's text changed since you opened it; nothing was done. Read what it says now and act again
refused-step-changed = the step changed since you opened it (it is now { $state }); nothing was done
refused-step-changed-signed = the step changed since you opened it (it is now { $state }, signed by { $signer }); nothing was done
refused-deployment-already = the deployment is already { $status }
# Where a step stands, in words.
state-blocked = cannot start yet
state-ready = ready to sign
state-signed = waiting for countersignature
state-countersigned = done
state-not-applicable = not applicable
# Who may countersign, as a deployment's rule says it.
countersigner-same-requirement = someone else who may perform the step
countersigner-other-team = someone of the other team
countersigner-coordinator = a coordinator
# Groups: Active Directory's names stay; the words between them are the reader's.
roles-and = {" and "}
roles-or = {", or "}
role-local-admins = Administrators (local)
# The buttons of a step's actions.
action-sign = Sign: I ran it
action-countersign = Countersign: I checked it
action-reject = Reject
action-not-applicable = Mark not applicable
action-reopen = Reopen
roles-none = no group
