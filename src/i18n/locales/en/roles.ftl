# The portal's own roles (Active Directory's groups keep their names).
portal-role-admin = Portal administrator
portal-role-coordinator = Coordinator
portal-role-auditor = Auditor
# What an action needs, when someone is refused it.
needs-own-account = an account of the portal's own
needs-coordinator = the Coordinator role
needs-admin = the Portal administrator role
needs-auditor-or-admin = the Auditor or Portal administrator role
needs-audit-browse = the Auditor, Portal administrator or Coordinator role
needs-deployment-group = a group that some step of this deployment needs (or the Coordinator, Auditor or Portal administrator role)
# What was refused, in words.
permission-user-password-change = Changing your password
permission-user-language = Choosing your language
permission-deployment-create = Creating a deployment
permission-deployment-edit-parameters = Changing a deployment's parameters
permission-step-override = Marking a step not applicable or reopening it
permission-deployment-cancel = Cancelling a deployment
permission-users-manage = Managing users
permission-deployment-read = Reading this deployment (its steps and scripts)
permission-audit-view = Checking the audit trail
permission-audit-browse = Browsing the audit trail
permission-database-move = Moving the portal to another database
