# ID 공급자를 통한 로그인이 실패한 이유와 요청할 내용(로그인 실패 페이지).
sso-unreachable = 현재 Countersign에서 { $provider }에 연결할 수 없습니다.
sso-no-pending = 이 로그인은 만료되었거나, 이미 사용되었거나, 다른 브라우저에서 시작되었습니다.
sso-state-mismatch = 돌아온 응답이 이 브라우저에서 시작한 로그인에 해당하지 않습니다.
sso-issuer-mismatch = 돌아온 응답이 { $provider }에서 보낸 것이 아닙니다.
sso-refused = { $provider }에서 로그인을 거부했습니다: { $error }.
sso-refused-described = { $provider }에서 로그인을 거부했습니다: { $error }({ $description }).
sso-token-exchange = { $provider }에서 로그인을 완료하지 않았습니다.
sso-token-invalid = { $provider }의 로그인 토큰이 검사를 통과하지 못했습니다.
sso-claim-missing = { $provider }의 로그인 토큰에 사용자 이름으로 사용할 "{ $claim }" 클레임이 없습니다.
sso-bad-username = { $provider }에서 받은 "{ $claim }" 값 "{ $value }"은(는) Countersign 사용자 이름으로 사용할 수 없습니다(영문자나 숫자로 시작하는 1~64자이며, ASCII 영문자, 숫자, '.', '_', '-' 또는 '@'만 사용할 수 있습니다).
sso-bad-groups = { $provider }의 "{ $claim }" 클레임이 Countersign에서 읽을 수 있는 그룹 이름 목록이 아닙니다.
sso-too-many-groups = 속한 그룹이 너무 많아 { $provider }에서 로그인 토큰("{ $claim }" 클레임)에 모두 나열할 수 없습니다.
sso-not-in-group = "{ $group }" 그룹의 구성원만 Countersign에 로그인할 수 있습니다.
sso-no-role-claim = { $provider }의 로그인 토큰에 "{ $claim }" 클레임이 없으므로 어떤 그룹으로도 이곳에서 역할을 받을 수 없습니다.
sso-no-role-no-groups = { $provider }의 "{ $claim }" 클레임에 나열된 그룹이 없으므로 이곳에서 역할을 받을 수 없습니다.
sso-no-role = { $provider }의 "{ $claim }" 클레임에 있는 그룹 중 Countersign에서 역할을 부여하는 그룹이 없습니다({ $groups }).
sso-name-taken = 사용자 이름 "{ $username }"은(는) 이미 다른 Countersign 계정에서 사용 중이며, 이 계정은 사용자의 계정과 병합되지 않습니다.
sso-disabled = Countersign 계정 "{ $username }"은(는) 사용하지 않도록 설정되어 있습니다.
sso-ask-try-again = 잠시 후 다시 시도하십시오. 계속 실패하면 Countersign 관리자에게 ID 공급자 설정과 서버 로그를 확인하도록 요청하십시오.
sso-ask-start-again = 이 브라우저의 로그인 페이지에서 로그인을 다시 시작하십시오.
sso-ask-log = 로그인을 다시 시작하십시오. 계속 실패하면 Countersign 관리자에게 문의하십시오. 자세한 내용은 서버 로그에 있습니다.
sso-ask-claims = Countersign 관리자에게 ID 공급자의 응용 프로그램 등록에서 어떤 클레임을 보내는지 확인하도록 요청하십시오(Countersign의 `[oidc]` 설정에 있는 `username_claim` 및 `groups_claim`).
sso-ask-fewer-groups = ID 공급자 관리자에게 응용 프로그램에 할당된 그룹만 보내거나 응용 프로그램 역할을 보내도록 요청하십시오(`groups_claim = "roles"`).
sso-ask-join-group = Countersign을 사용해야 하는 경우 디렉터리 관리자에게 해당 그룹에 추가해 달라고 요청하십시오.
sso-ask-map-role = Countersign 관리자에게 사용자의 그룹 중 하나를 역할에 매핑하거나(`[oidc.roles]`) 역할을 직접 부여해 달라고 요청하십시오.
sso-ask-name-taken = Countersign 관리자에게 문의하십시오. 계정은 병합되지 않으므로 ID 공급자에서 다른 이름을 제공해야 합니다(Countersign의 `[oidc]` 설정에 있는 `username_claim`).
sso-ask-enable = Countersign 관리자에게 계정을 사용하도록 설정해 달라고 요청하십시오.
