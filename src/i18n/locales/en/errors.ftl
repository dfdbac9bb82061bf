# What was not found (the error page says "… was not found").
not-found-your-account = your account
not-found-deployment = deployment { $id }
not-found-audit-event = audit event { $seq }
not-found-user = the user { $username }
not-found-step = the step { $key }
not-found-this-script = this script
not-found-this-evidence = this evidence
not-found-this-page = This page
