# The frame of every page: navigation, sign-out, skip link, footer.
skip-to-content = Skip to main content
nav-my-work = My work
nav-deployments = Deployments
nav-new-deployment = New deployment
nav-features = Feature matrix
nav-inbox = Inbox
nav-dashboard = Dashboard
nav-audit = Audit
nav-users = Users
sign-out = Sign out
change-password-hint = { $roles }: change your password
unread = unread
footer-request = Request { $id }
language-switcher = Language
language-unknown = { $value } is not a language of the portal; choose en, ko or zh-TW
