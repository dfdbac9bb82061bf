# Why a sign-in through the identity provider did not work, and what to ask (the sign-in failure page).
sso-unreachable = Countersign cannot reach { $provider } at the moment.
sso-no-pending = This sign-in expired, was already used, or began in another browser.
sso-state-mismatch = The answer that came back does not belong to the sign-in this browser started.
sso-issuer-mismatch = The answer that came back was not from { $provider }.
sso-refused = { $provider } refused the sign-in: { $error }.
sso-refused-described = { $provider } refused the sign-in: { $error } ({ $description }).
sso-token-exchange = { $provider } did not complete the sign-in.
sso-token-invalid = The sign-in token from { $provider } did not pass its checks.
sso-claim-missing = The sign-in token from { $provider } has no "{ $claim }" claim to name you by.
sso-bad-username = Your "{ $claim }" from { $provider }, "{ $value }", cannot be a Countersign user name (1 to 64 ASCII letters, digits, '.', '_', '-' or '@', beginning with a letter or digit).
sso-bad-groups = The "{ $claim }" claim from { $provider } is not a list of group names Countersign can read.
sso-too-many-groups = You are in too many groups for { $provider } to list them in the sign-in token (its "{ $claim }" claim).
sso-not-in-group = Only members of the group "{ $group }" may sign in to Countersign.
sso-no-role-claim = The sign-in token from { $provider } carries no "{ $claim }" claim, so none of your groups gives you a role here.
sso-no-role-no-groups = The "{ $claim }" claim from { $provider } lists no groups, so nothing gives you a role here.
sso-no-role = None of your groups in the "{ $claim }" claim from { $provider } gives a role in Countersign ({ $groups }).
sso-name-taken = The user name "{ $username }" already belongs to another Countersign account, which is not merged with yours.
sso-disabled = The Countersign account "{ $username }" is disabled.
sso-ask-try-again = Try again in a minute. If it keeps failing, ask the Countersign administrator to check the identity provider settings and the server's log.
sso-ask-start-again = Start the sign-in again from this browser's sign-in page.
sso-ask-log = Start the sign-in again. If it keeps failing, ask the Countersign administrator: the server's log has the detail.
sso-ask-claims = Ask the Countersign administrator to check which claims the application registration at the identity provider sends (`username_claim` and `groups_claim` in Countersign's `[oidc]` settings).
sso-ask-fewer-groups = Ask the administrator of the identity provider to send only the groups assigned to the application, or app roles (`groups_claim = "roles"`).
sso-ask-join-group = Ask your directory administrator to add you to that group if you need Countersign.
sso-ask-map-role = Ask the Countersign administrator to map one of your groups to a role (`[oidc.roles]`), or to grant you a role by hand.
sso-ask-name-taken = Ask the Countersign administrator: accounts are never merged, so the provider must give you another name (`username_claim` in Countersign's `[oidc]` settings).
sso-ask-enable = Ask the Countersign administrator to enable the account.
