# Forms: the questionnaire, the parameters and every validation message.
# A message names the field, shows the value as typed and states the rule.
# Commands, cmdlets, parameters, values and file names stay as they are.

# How a refused or missing value is shown, wherever a form or the command line reports it.
field-error = { $field }: { $value } is refused: { $message }
field-refused = { $reason }; expected { $expected }

# $what stays at the end in every language: the form recognises a missing value by what comes before it.
field-missing = is missing: { $what }
field-text-character = holds the character U+{ $code }; only printable text, line breaks and tabs are accepted (no control, invisible or bidirectional characters)
field-text-too-long = is { $count } characters long; at most { $max } are accepted
field-not-in-record = is not a field of { $param }; the fields are { $fields }
field-shape-one = must be a single value
field-shape-list = must be a list of values
field-shape-records = must be a list of tables

# What a value of each kind looks like (form help and messages).
kind-fqdn-expected = a fully qualified host name such as `pool01.contoso.com` (letters, digits and hyphens in at least two dot-separated labels, at most 253 characters)
kind-dns-domain-expected = a DNS domain such as `contoso.com`
kind-server-name-expected = a server's NetBIOS name (1 to 15 letters, digits or hyphens, such as `EX01`) or its FQDN
kind-sip-address-expected = a SIP address such as `alice@contoso.com` (a leading `sip:` is accepted)
kind-mailbox-identity-expected = a mailbox's SMTP address such as `alice@contoso.com`, or a SIP URI such as `sip:alice@contoso.com`
kind-autodiscover-svc-url-expected = an https URL ending in `/autodiscover/autodiscover.svc`, such as `https://autodiscover.contoso.com/autodiscover/autodiscover.svc`
kind-autodiscover-xml-url-expected = an https URL ending in `/autodiscover/autodiscover.xml`, such as `https://autodiscover.contoso.com/autodiscover/autodiscover.xml`
kind-metadata-url-expected = an https URL ending in `/metadata/json/1`, such as `https://pool01.contoso.com/metadata/json/1`
kind-thumbprint-expected = a certificate thumbprint of 40 hexadecimal digits, as shown by `Get-ExchangeCertificate` or the certificate dialog
kind-site-id-expected = a site ID as shown by `Get-CsSite` (letters, digits, `-` and `_`), without the `site:` prefix
kind-application-id-expected = letters and digits only, such as `OutlookWebApp`
kind-port-expected = a port number from 1 to 65535
kind-dial-plan-name-expected = 1 to 64 characters: letters, digits, spaces, '.', '-' and '_'
kind-extension-digits-expected = a whole number from 1 to 20
kind-extension-expected = an extension of 1 to 20 digits
kind-country-code-expected = a country or region calling code of 1 to 4 digits, such as `1` or `82`
kind-tel-uri-expected = a telephone URI such as `tel:+14255550100` or `tel:+14255550100;ext=100` (a number starting `+` is accepted)
kind-e164-number-expected = an E.164 number: `+` and 1 to 15 digits, such as `+14255550100`
kind-ou-dn-expected = an OU's distinguished name such as `OU=UM Contacts,DC=contoso,DC=com`
kind-display-name-expected = 1 to 64 printable characters
kind-voip-security-expected = one of `Secured`, `SIPSecured`, `Unsecured`
kind-um-services-expected = one of `both`, `call-router` (an Exchange 2013 Client Access server), `um` (an Exchange 2013 Mailbox server)
kind-exchange-roles-expected = one of `both`, `mailbox`, `client-access` (the last two only for Exchange 2013 with the roles on separate servers)
kind-deployment-name-expected = 1 to 100 printable characters

# Why a value was refused; each follows the field or the value it is about.
kind-empty = it is empty
kind-invisible-character = it contains the invisible or control character U+{ $code }
kind-too-long = it is { $length } characters long, more than { $max }
kind-single-label = it has a single label; a fully qualified name has at least two
kind-numeric-label = its last label is all digits (an IP address is not a host name)
kind-empty-label = it has an empty label (two dots in a row, or a leading dot)
kind-label-too-long = the label "{ $label }" is longer than 63 characters
kind-host-character = it contains '{ $char }', which a host name may not
kind-label-hyphen = the label "{ $label }" starts or ends with a hyphen
kind-netbios-too-long = it is { $length } characters long; a NetBIOS name has at most 15
kind-server-character = it contains '{ $char }', which a server name may not
kind-leading-hyphen = it starts with a hyphen
kind-user-empty = the part before `@` is empty
kind-user-too-long = the part before `@` is longer than 64 characters
kind-user-character = the part before `@` contains '{ $char }'
kind-user-dot = the part before `@` has a misplaced dot
kind-no-at = it has no `@`
kind-not-https = it does not start with `https://`
kind-url-host = its host name is not valid: { $reason }
kind-url-path-character = its path contains '{ $char }'
kind-url-path-end = its path does not end in { $suffix }
kind-autodiscover-xml = it ends in `autodiscover.xml`, the address Outlook uses; `Set-CsOAuthConfiguration` needs the autodiscover service, `autodiscover.svc`
kind-not-hex = it contains { $shown }, which is not a hexadecimal digit
kind-hex-count = it has { $count } hexadecimal digits, not 40
kind-site-prefix-removed = the `site:` prefix was removed: `-Site` takes the site ID alone
kind-longer-than-64 = it is longer than 64 characters
kind-character = it contains '{ $char }'
kind-port-lync = port { $port } is one Lync Server uses by default; choose a free port unless you are sure
kind-not-whole-number = it is not a whole number
kind-outside = it is outside { $low } to { $high }
kind-not-digit = it contains '{ $char }', not a digit
kind-digit-count = it has { $count } digits
kind-no-plus = it does not start with `+`
kind-not-ext = ';{ $param }' is not an `;ext=` extension
kind-dn-not-pair = "{ $part }" is not `TYPE=value`
kind-dn-no-value = { $attr }= has no value
kind-dn-character = the value "{ $value }" contains '{ $char }'
kind-dn-first = it starts with { $attr }=, not `OU=`
kind-dn-order = { $attr }= is out of place: `OU=` and `CN=` parts come first, `DC=` parts last
kind-dn-no-dc = it has no `DC=` parts naming the domain
kind-not-a-setting = it is not one of the three settings
kind-not-one-of = it is not one of the { $count }

# The groups of parameters on the form and in the example answers file.
group-title-lync = Lync / Skype for Business Server
group-title-exchange = Exchange servers
group-title-unified-messaging = Unified Messaging
group-title-outlook-web-app = Outlook Web App IM and presence
group-title-oauth = Server-to-server authentication and Autodiscover

# Each parameter: param-<name> is its label, param-<name>-help what it is and where to look it up (commands stay as they are); param-<parameter>-<field> labels a field of a record.
param-lync_pool_fqdn = Lync pool FQDN
param-lync_pool_fqdn-help = The Front End pool that hosts the Enterprise Voice users: `Get-CsPool | Select-Object Identity`
param-lync_site_id = Lync site ID
param-lync_site_id-help = The `SiteId` of the pool's site: `Get-CsSite | Select-Object DisplayName, SiteID`
param-lync_forest_fqdn = Lync forest
param-lync_forest_fqdn-help = The root domain of the forest Lync is deployed in (only used when Exchange is in another forest)
param-lync_dial_plan_name = Lync dial plan name
param-lync_dial_plan_name-help = The Enterprise Voice dial plan to create or check: `Get-CsDialPlan | Select-Object Identity, SimpleName`
param-lync_oauth_certificate_thumbprint = Lync `OAuthTokenIssuer` certificate thumbprint
param-lync_oauth_certificate_thumbprint-help = A certificate whose subject holds the SIP domain, at least 2048 bits, installed on every Front End server: `Get-ChildItem Cert:\LocalMachine\My`
param-lync_metadata_url = Lync authorisation metadata URL
param-lync_metadata_url-help = `https://<Lync pool FQDN>/metadata/json/1` (Exchange reads Lync's OAuth metadata here)
param-exchange_servers = Exchange Mailbox and Client Access servers
param-exchange_servers-help = Every server whose IIS must restart after the partner application is set; OWA's IM settings go to those with the Mailbox role. `Get-ExchangeServer | Select-Object Name, ServerRole`
param-um_servers = Unified Messaging servers
param-um_servers-help = Each server that runs the UM (and UM Call Router) service, with the thumbprint of the certificate from your trusted root CA installed on it: `Get-ExchangeCertificate -Server <name>`
param-um_dial_plan_name = UM SIP URI dial plan name
param-um_dial_plan_name-help = The name of the UM dial plan to create (at most 64 characters); `ExchUcUtil.ps1` names the hunt group's pilot after it
param-um_dial_plan_phone_context = UM dial plan FQDN (phone context)
param-um_dial_plan_phone_context-help = Before Exchange 2010 SP1 the Lync dial plan's simple name must equal it: `(Get-UMDialPlan '<dial plan>').PhoneContext`
param-um_extension_digits = Digits in an extension
param-um_extension_digits-help = How many digits the dial plan's extensions have (1 to 20); every user's extension must have this many
param-um_voip_security = Dial plan VoIP security
param-um_voip_security-help = Must match Lync's media encryption (`Get-CsMediaConfiguration`): `Secured` for the default `RequireEncryption`; Lync Phone Edition devices need it to match
param-um_country_code = Country or region code
param-um_country_code-help = The calling code of the dial plan's country or region (`1` for North America, `82` for Korea, `886` for Taiwan)
param-um_mailbox_policy = UM mailbox policy
param-um_mailbox_policy-help = The UM mailbox policy users are enabled with; Exchange creates `<dial plan> Default Policy` with the dial plan: `Get-UMMailboxPolicy`
param-um_contacts_ou = OU for the UM contact objects
param-um_contacts_ou-help = The organisational unit where `OcsUmUtil.exe` creates the Subscriber Access and Auto Attendant contacts
param-subscriber_access_name = Subscriber Access contact name
param-subscriber_access_name-help = The display name `OcsUmUtil.exe` gives the Subscriber Access contact
param-subscriber_access_sip_address = Subscriber Access SIP address
param-subscriber_access_sip_address-help = The SIP address of the Subscriber Access contact (`OcsUmUtil.exe` shows it with the `SIP:` prefix)
param-subscriber_access_number = Subscriber Access number
param-subscriber_access_number-help = The E.164 number users dial to reach their voice mail: `Get-UMDialPlan | Select-Object AccessTelephoneNumbers`
param-um_users = Enterprise Voice users to enable for UM
param-um_users-help = Each user's mailbox, Lync SIP address (`Get-CsUser <user> | Select-Object SipAddress`), a unique extension and Lync line URI
param-owa_fqdn = OWA trusted application pool FQDN
param-owa_fqdn-help = The name Lync will know OWA by; it must equal the subject or a SAN of the OWA certificate
param-owa_application_id = OWA trusted application ID
param-owa_application_id-help = Letters and digits only; `OutlookWebApp` by convention
param-owa_application_port = OWA trusted application port
param-owa_application_port-help = Any free port, unique within the trusted application pool; `5199` by convention: `Get-CsTrustedApplication | Select-Object Identity, Port`
param-owa_im_certificate_thumbprint = OWA IM certificate thumbprint
param-owa_im_certificate_thumbprint-help = The Exchange certificate whose subject is the OWA FQDN, on the Mailbox servers: `Get-ExchangeCertificate | Select-Object Thumbprint, Subject, Services`
param-autodiscover_fqdn = Autodiscover host name
param-autodiscover_fqdn-help = `autodiscover.<your SMTP domain>`
param-autodiscover_target_fqdn = Server the Autodiscover name points at
param-autodiscover_target_fqdn-help = The Exchange Client Access server (or load balancer) that `autodiscover.<domain>` must resolve to
param-exchange_autodiscover_internal_uri = Exchange `AutoDiscoverServiceInternalUri`
param-exchange_autodiscover_internal_uri-help = What Exchange publishes to Outlook, ending in `autodiscover.xml`: `Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri`
param-exchange_autodiscover_svc_url = Exchange Autodiscover service URL for Lync
param-exchange_autodiscover_svc_url-help = What Lync is told (`Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl`): the same host, ending in `autodiscover.svc`, not `.xml`
param-exchange_metadata_url = Exchange authorisation metadata URL
param-exchange_metadata_url-help = `https://<autodiscover host>/autodiscover/metadata/json/1` (Lync reads Exchange's OAuth metadata here)
param-test_user_sip_address = Test user
param-test_user_sip_address-help = A Lync user with an Exchange 2013 or later mailbox, used by `Test-CsExStorageConnectivity`
param-um_servers-name = Server name
param-um_servers-certificate_thumbprint = Thumbprint of its UM certificate
param-um_servers-services = UM services it runs (`both`; Exchange 2013 split roles: `call-router` or `um`)
param-exchange_servers-name = Server name
param-exchange_servers-roles = Its roles (`both`; Exchange 2013 with the roles apart: `mailbox` or `client-access`)
param-um_users-mailbox = Mailbox
param-um_users-sip_address = Lync SIP address
param-um_users-extension = Extension
param-um_users-line_uri = Line URI

# The questionnaire: question-<key> is the question, question-<key>-help what follows it; answer-<key>-<value> labels a choice.
question-exchange_version = Which Exchange Server version?
question-exchange_version-help = `2007sp1`, `2010`, `2010sp1`, `2013`, `2016`, `2019` or `se` (Subscription Edition)
question-lync_version = Which Lync or Skype for Business Server?
question-lync_version-help = `2013` (Lync Server 2013), `2015`, `2019` or `se` (Skype for Business Server, `se` the Subscription Edition)
question-exchange_online = Is Exchange in Exchange Online rather than on your own servers?
question-lync_online = Is Lync/Skype online (Skype for Business Online) rather than on your own servers?
question-cross_forest = Are Exchange and Lync in different Active Directory forests?
question-first_exchange_server = Is this the first Exchange server in the organisation?
question-first_exchange_server-help = (Deploying it then needs Enterprise Admins)
question-um_services_colocated = Do the UM Call Router service and the UM service run on the same machine?
question-um_services_colocated-help = (Then the OWA trusted application pool must not be created)
question-phone_edition_devices = Are Lync Phone Edition devices deployed, or about to be?
question-phone_edition_devices-help = (The dial plan's security must then match Lync's encryption)
question-unified_messaging = Integrate Exchange Unified Messaging voice mail?
question-owa_im = Integrate IM and presence in Outlook Web App?
question-partner_applications = Configure server-to-server authentication (partner applications)?
question-autodiscover_oauth = Configure Autodiscover and Lync's OAuth configuration?
answer-exchange_version-2007sp1 = Exchange Server 2007 SP1 or a later service pack
answer-exchange_version-2010 = Exchange Server 2010 (no service pack)
answer-exchange_version-2010sp1 = Exchange Server 2010 SP1 or later
answer-exchange_version-2013 = Exchange Server 2013
answer-exchange_version-2016 = Exchange Server 2016
answer-exchange_version-2019 = Exchange Server 2019
answer-exchange_version-se = Exchange Server Subscription Edition
answer-lync_version-2013 = Lync Server 2013
answer-lync_version-2015 = Skype for Business Server 2015
answer-lync_version-2019 = Skype for Business Server 2019
answer-lync_version-se = Skype for Business Server Subscription Edition

# Reading an answers file (the command line, and the form once written as one).
file-not-toml-at = is not valid TOML (line { $line }): { $error }
file-not-toml = is not valid TOML: { $error }
file-not-a-table = must be a table: [{ $name }]
file-not-text = must be text in quotes
file-deployment-name-hint = name the deployment, e.g. `"Contoso UM rollout"`
file-unknown-key-did-you-mean = is not a known key; did you mean { $candidate }?
file-unknown-key = is not a known key; expected one of { $known }
file-not-boolean = must be `true` or `false`
file-not-exchange-version = is not a version; expected one of `2007sp1`, `2010`, `2010sp1`, `2013`, `2016`, `2019`
file-not-lync-version = is not a version; expected `2013` (Lync Server 2013), `2015` or `2019` (Skype for Business Server)
file-version-not-text = must be a version in quotes, such as `"2013"`
file-param-not-text = must be text in quotes (or a list of them)
file-unsecured-with-phone-edition = cannot be `Unsecured` with Lync Phone Edition devices: they need the dial plan's security to match Lync's encryption; expected `Secured` (or `SIPSecured`)
file-sipsecured-warning = `SIPSecured` fails with `Incompatible security setting` when Lync requires encryption (its default); `Secured` matches it
file-split-um-services = describes Exchange 2013's split roles; on other versions every UM server runs both services: expected `both` (or leave it out)
file-split-exchange-roles = describes Exchange 2013's split roles; on other versions every server holds both roles (the Mailbox role): expected `both` (or leave it out)
file-extension-digits = has { $count } digits, but the dial plan's extensions have { $digits } (`um_extension_digits`)
file-extension-not-unique = is also the extension of um_users[{ $first }]; each user needs a unique one

# The first two comment lines of the example answers file.
file-example-heading = Countersign answers file: one deployment's questionnaire and parameters.
file-example-usage = Plan it with: `countersign plan --answers this-file.toml [--out scripts/]`

# The answers form: fields, groups and how an error is shown beside its field.
form-group-deployment = Deployment
form-deployment-name = Name
form-deployment-name-help = What the teams will call this change
form-group-topology = Versions, forests and topology
form-group-integrations = Integrations
form-answer-no = No
form-answer-yes = Yes
form-group-sign-off-rules = Sign-off rules
form-countersigner = Who countersigns a step
form-countersigner-help = The signer can never countersign their own step, whatever roles they hold.
form-countersigner-same-requirement = Someone else who may perform the step countersigns
form-countersigner-other-team = Someone of the other team countersigns
form-countersigner-coordinator = A coordinator countersigns
form-countersignatures = Countersignatures per step
form-help-one = { $help }. Expected: { $expected }.
form-help-list = { $help }. One per line.
form-help-records = { $help }. One per line: { $fields }, separated by commas.
form-needs-answer = needs an answer
form-value-refused = { $value } is refused: { $message }
form-error-line = line { $line }: { $message }

# $key is the record's field as the answers file names it, $label as the form shows it.
form-error-line-field = line { $line }, { $key }: { $message }
form-errors-count =
    { $count ->
        [one] There is a problem
       *[other] There are { $count } problems
    }
form-title-error = Error: { $page }

# Writing the form as an answers file.
form-field-too-long = is longer than { $max } characters
form-not-yes-no = must be yes or no
form-record-values = line { $line } has { $count } values; expected { $expected }: { $fields }
form-record-values-range = { $low } to { $high }

# The plan: a step's text as plain lines (to compare two versions), and what stops a plan.
plan-content-instructions = Instructions:
plan-content-preconditions = Checked first:
plan-content-commands = Commands:
plan-content-verify = Verify:
plan-content-verify-instructions = Verify by hand:
plan-content-cautions = Cautions:
plan-not-a-list = { $name } is not a list
plan-parameter-needed = is needed by step { $step } ({ $title }) but has no value; { $help }

# Accounts, the audit trail's proofs and the sign-off rules: what a form's value must be.
check-username-rule = must be 1 to 64 ASCII letters, digits, '.', '_', '-' or '@', beginning with a letter or digit
check-role-unknown = is not a role; see the list of roles
check-display-name-rule = must be at most 100 printable characters
check-username-taken = is taken
check-disable-self = is you: you cannot disable yourself
check-password-length = has { $length } characters; a password needs { $min } to { $max }
check-password-unchanged = is the current password; choose another
check-password-repeat = differs from the new password; type it again
check-password-wrong = is not your current password
check-consistency-range = needs 1 <= from <= to <= { $size }, the tree's size
check-countersigner-unknown = is not one of `same-requirement`, `other-team`, `coordinator`
check-countersignatures-count = must be 1, 2 or 3
