# 양식: 질문, 매개 변수 및 모든 유효성 검사 메시지입니다.
# 메시지는 필드를 밝히고, 입력한 값을 그대로 보여 주고, 규칙을 설명합니다.
# 명령, cmdlet, 매개 변수, 값 및 파일 이름은 번역하지 않습니다.

# 거부되었거나 누락된 값을 양식이나 명령줄에 표시하는 방법입니다.
field-error = { $field }: { $value } 값을 사용할 수 없습니다. { $message }
field-refused = { $reason }. 필요한 형식: { $expected }

# $what은 모든 언어에서 맨 끝에 둡니다. 양식은 그 앞부분으로 누락된 값을 알아봅니다.
field-missing = 값이 없습니다: { $what }
field-text-character = U+{ $code } 문자가 포함되어 있습니다. 인쇄 가능한 텍스트, 줄 바꿈 및 탭만 사용할 수 있습니다(제어 문자, 보이지 않는 문자 및 양방향 문자는 사용할 수 없음)
field-text-too-long = { $count }자입니다. 최대 { $max }자까지 사용할 수 있습니다
field-not-in-record = { $param }의 필드가 아닙니다. 필드: { $fields }
field-shape-one = 단일 값이어야 합니다
field-shape-list = 값 목록이어야 합니다
field-shape-records = 테이블 목록이어야 합니다

# 각 종류의 값 형식입니다(양식 도움말 및 메시지).
kind-fqdn-expected = `pool01.contoso.com`과 같은 정규화된 호스트 이름(점으로 구분된 2개 이상의 레이블에 문자, 숫자 및 하이픈 사용, 최대 253자)
kind-dns-domain-expected = `contoso.com`과 같은 DNS 도메인
kind-server-name-expected = 서버의 NetBIOS 이름(`EX01`과 같이 문자, 숫자 또는 하이픈 1~15자) 또는 FQDN
kind-sip-address-expected = `alice@contoso.com`과 같은 SIP 주소(앞에 `sip:`를 붙여도 됨)
kind-mailbox-identity-expected = `alice@contoso.com`과 같은 사서함의 SMTP 주소 또는 `sip:alice@contoso.com`과 같은 SIP URI
kind-autodiscover-svc-url-expected = `/autodiscover/autodiscover.svc`로 끝나는 https URL(예: `https://autodiscover.contoso.com/autodiscover/autodiscover.svc`)
kind-autodiscover-xml-url-expected = `/autodiscover/autodiscover.xml`로 끝나는 https URL(예: `https://autodiscover.contoso.com/autodiscover/autodiscover.xml`)
kind-metadata-url-expected = `/metadata/json/1`로 끝나는 https URL(예: `https://pool01.contoso.com/metadata/json/1`)
kind-thumbprint-expected = `Get-ExchangeCertificate` 또는 인증서 대화 상자에 표시되는 16진수 40자리의 인증서 지문
kind-site-id-expected = `Get-CsSite`에 표시되는 사이트 ID(문자, 숫자, `-` 및 `_`), `site:` 접두사 제외
kind-application-id-expected = `OutlookWebApp`과 같이 문자와 숫자만 사용
kind-port-expected = 1~65535 사이의 포트 번호
kind-dial-plan-name-expected = 1~64자의 문자, 숫자, 공백, '.', '-' 및 '_'
kind-extension-digits-expected = 1~20 사이의 정수
kind-extension-expected = 1~20자리 숫자로 된 내선 번호
kind-country-code-expected = `1` 또는 `82`와 같은 1~4자리 국가/지역 번호
kind-tel-uri-expected = `tel:+14255550100` 또는 `tel:+14255550100;ext=100`과 같은 전화 URI(`+`로 시작하는 번호도 사용 가능)
kind-e164-number-expected = E.164 번호: `+` 뒤에 1~15자리 숫자(예: `+14255550100`)
kind-ou-dn-expected = `OU=UM Contacts,DC=contoso,DC=com`과 같은 OU의 고유 이름
kind-display-name-expected = 인쇄 가능한 문자 1~64자
kind-voip-security-expected = `Secured`, `SIPSecured`, `Unsecured` 중 하나
kind-um-services-expected = `both`, `call-router`(Exchange 2013 클라이언트 액세스 서버), `um`(Exchange 2013 사서함 서버) 중 하나
kind-exchange-roles-expected = `both`, `mailbox`, `client-access` 중 하나(뒤의 두 값은 역할이 서로 다른 서버에 있는 Exchange 2013에만 해당)
kind-deployment-name-expected = 인쇄 가능한 문자 1~100자

# 값이 거부된 이유입니다. 각 메시지는 해당 필드나 값 뒤에 표시됩니다.
kind-empty = 값이 비어 있습니다
kind-invisible-character = 보이지 않는 문자 또는 제어 문자 U+{ $code }이(가) 포함되어 있습니다
kind-too-long = { $length }자로, { $max }자를 초과합니다
kind-single-label = 레이블이 하나뿐입니다. 정규화된 이름에는 레이블이 2개 이상 있어야 합니다
kind-numeric-label = 마지막 레이블이 모두 숫자입니다(IP 주소는 호스트 이름이 아님)
kind-empty-label = 빈 레이블이 있습니다(점이 연속되거나 점으로 시작함)
kind-label-too-long = 레이블 "{ $label }"이(가) 63자보다 깁니다
kind-host-character = 호스트 이름에 사용할 수 없는 '{ $char }'이(가) 포함되어 있습니다
kind-label-hyphen = 레이블 "{ $label }"이(가) 하이픈으로 시작하거나 끝납니다
kind-netbios-too-long = { $length }자입니다. NetBIOS 이름은 최대 15자입니다
kind-server-character = 서버 이름에 사용할 수 없는 '{ $char }'이(가) 포함되어 있습니다
kind-leading-hyphen = 하이픈으로 시작합니다
kind-user-empty = `@` 앞 부분이 비어 있습니다
kind-user-too-long = `@` 앞 부분이 64자보다 깁니다
kind-user-character = `@` 앞 부분에 '{ $char }'이(가) 포함되어 있습니다
kind-user-dot = `@` 앞 부분에 점이 잘못된 위치에 있습니다
kind-no-at = `@`가 없습니다
kind-not-https = `https://`로 시작하지 않습니다
kind-url-host = 호스트 이름이 올바르지 않습니다: { $reason }
kind-url-path-character = 경로에 '{ $char }'이(가) 포함되어 있습니다
kind-url-path-end = 경로가 { $suffix }(으)로 끝나지 않습니다
kind-autodiscover-xml = Outlook에서 사용하는 주소인 `autodiscover.xml`로 끝납니다. `Set-CsOAuthConfiguration`에는 자동 검색 서비스인 `autodiscover.svc`가 필요합니다
kind-not-hex = 16진수가 아닌 { $shown }이(가) 포함되어 있습니다
kind-hex-count = 16진수가 40자리가 아니라 { $count }자리입니다
kind-site-prefix-removed = `site:` 접두사를 제거했습니다. `-Site`에는 사이트 ID만 지정합니다
kind-longer-than-64 = 64자보다 깁니다
kind-character = '{ $char }'이(가) 포함되어 있습니다
kind-port-lync = 포트 { $port }은(는) Lync Server에서 기본적으로 사용하는 포트입니다. 확실하지 않으면 사용하지 않는 포트를 선택하십시오
kind-not-whole-number = 정수가 아닙니다
kind-outside = { $low }~{ $high } 범위를 벗어납니다
kind-not-digit = 숫자가 아닌 '{ $char }'이(가) 포함되어 있습니다
kind-digit-count = { $count }자리입니다
kind-no-plus = `+`로 시작하지 않습니다
kind-not-ext = ';{ $param }'은(는) `;ext=` 내선 번호가 아닙니다
kind-dn-not-pair = "{ $part }"이(가) `TYPE=value` 형식이 아닙니다
kind-dn-no-value = { $attr }=에 값이 없습니다
kind-dn-character = 값 "{ $value }"에 '{ $char }'이(가) 포함되어 있습니다
kind-dn-first = `OU=`가 아니라 { $attr }=(으)로 시작합니다
kind-dn-order = { $attr }=의 위치가 잘못되었습니다. `OU=` 및 `CN=` 부분이 먼저 오고 `DC=` 부분이 마지막에 와야 합니다
kind-dn-no-dc = 도메인을 나타내는 `DC=` 부분이 없습니다
kind-not-a-setting = 세 가지 설정 중 하나가 아닙니다
kind-not-one-of = { $count }개 값 중 하나가 아닙니다

# 양식과 예제 응답 파일의 매개 변수 그룹입니다.
group-title-lync = Lync / Skype for Business Server
group-title-exchange = Exchange 서버
group-title-unified-messaging = 통합 메시징
group-title-outlook-web-app = Outlook Web App 인스턴트 메시징 및 현재 상태
group-title-oauth = 서버 간 인증 및 자동 검색

# 각 매개 변수: param-<name>은 레이블, param-<name>-help는 값의 의미와 확인 방법입니다(명령은 그대로 둠). param-<parameter>-<field>는 레코드 필드의 레이블입니다.
param-lync_pool_fqdn = Lync 풀 FQDN
param-lync_pool_fqdn-help = Enterprise Voice 사용자를 호스트하는 프런트 엔드 풀: `Get-CsPool | Select-Object Identity`
param-lync_site_id = Lync 사이트 ID
param-lync_site_id-help = 풀이 속한 사이트의 `SiteId`: `Get-CsSite | Select-Object DisplayName, SiteID`
param-lync_forest_fqdn = Lync 포리스트
param-lync_forest_fqdn-help = Lync가 배포된 포리스트의 루트 도메인(Exchange가 다른 포리스트에 있는 경우에만 사용)
param-lync_dial_plan_name = Lync 다이얼 플랜 이름
param-lync_dial_plan_name-help = 만들거나 확인할 Enterprise Voice 다이얼 플랜: `Get-CsDialPlan | Select-Object Identity, SimpleName`
param-lync_oauth_certificate_thumbprint = Lync `OAuthTokenIssuer` 인증서 지문
param-lync_oauth_certificate_thumbprint-help = 주체에 SIP 도메인이 포함되어 있고 2048비트 이상이며 모든 프런트 엔드 서버에 설치된 인증서: `Get-ChildItem Cert:\LocalMachine\My`
param-lync_metadata_url = Lync 인증 메타데이터 URL
param-lync_metadata_url-help = `https://<Lync pool FQDN>/metadata/json/1`(Exchange가 여기에서 Lync의 OAuth 메타데이터를 읽음)
param-exchange_servers = Exchange 사서함 및 클라이언트 액세스 서버
param-exchange_servers-help = 파트너 응용 프로그램을 설정한 후 IIS를 다시 시작해야 하는 모든 서버입니다. OWA의 인스턴트 메시징 설정은 사서함 역할이 있는 서버에 적용됩니다. `Get-ExchangeServer | Select-Object Name, ServerRole`
param-um_servers = 통합 메시징 서버
param-um_servers-help = UM(및 UM 통화 라우터) 서비스를 실행하는 각 서버와, 그 서버에 설치된, 신뢰할 수 있는 루트 CA에서 발급한 인증서의 지문: `Get-ExchangeCertificate -Server <name>`
param-um_dial_plan_name = UM SIP URI 다이얼 플랜 이름
param-um_dial_plan_name-help = 만들 UM 다이얼 플랜의 이름(최대 64자)입니다. `ExchUcUtil.ps1`은 이 이름을 헌트 그룹의 파일럿 식별자로 사용합니다
param-um_dial_plan_phone_context = UM 다이얼 플랜 FQDN(전화 컨텍스트)
param-um_dial_plan_phone_context-help = Exchange 2010 SP1 이전 버전에서는 Lync 다이얼 플랜의 단순 이름이 이 값과 같아야 합니다: `(Get-UMDialPlan '<dial plan>').PhoneContext`
param-um_extension_digits = 내선 번호 자릿수
param-um_extension_digits-help = 다이얼 플랜 내선 번호의 자릿수(1~20)입니다. 모든 사용자의 내선 번호가 이 자릿수여야 합니다
param-um_voip_security = 다이얼 플랜 VoIP 보안
param-um_voip_security-help = Lync의 미디어 암호화 설정(`Get-CsMediaConfiguration`)과 일치해야 합니다. 기본값 `RequireEncryption`에는 `Secured`를 사용합니다. Lync Phone Edition 장치를 사용하려면 두 설정이 일치해야 합니다
param-um_country_code = 국가/지역 코드
param-um_country_code-help = 다이얼 플랜이 속한 국가/지역의 국가 번호(북미 `1`, 한국 `82`, 대만 `886`)
param-um_mailbox_policy = UM 사서함 정책
param-um_mailbox_policy-help = 사용자를 UM에 사용하도록 설정할 때 적용하는 UM 사서함 정책입니다. Exchange는 다이얼 플랜을 만들 때 `<dial plan> Default Policy`를 함께 만듭니다: `Get-UMMailboxPolicy`
param-um_contacts_ou = UM 연락처 개체용 OU
param-um_contacts_ou-help = `OcsUmUtil.exe`가 구독자 액세스 및 자동 전화 교환 연락처를 만드는 조직 구성 단위(OU)
param-subscriber_access_name = 구독자 액세스 연락처 이름
param-subscriber_access_name-help = `OcsUmUtil.exe`가 구독자 액세스 연락처에 지정하는 표시 이름
param-subscriber_access_sip_address = 구독자 액세스 SIP 주소
param-subscriber_access_sip_address-help = 구독자 액세스 연락처의 SIP 주소(`OcsUmUtil.exe`에는 `SIP:` 접두사와 함께 표시됨)
param-subscriber_access_number = 구독자 액세스 번호
param-subscriber_access_number-help = 사용자가 음성 메일에 연결하기 위해 거는 E.164 번호: `Get-UMDialPlan | Select-Object AccessTelephoneNumbers`
param-um_users = UM을 사용하도록 설정할 Enterprise Voice 사용자
param-um_users-help = 각 사용자의 사서함, Lync SIP 주소(`Get-CsUser <user> | Select-Object SipAddress`), 고유한 내선 번호 및 Lync 회선 URI
param-owa_fqdn = OWA 신뢰할 수 있는 응용 프로그램 풀 FQDN
param-owa_fqdn-help = Lync에서 OWA를 식별하는 이름입니다. OWA 인증서의 주체 또는 SAN 중 하나와 같아야 합니다
param-owa_application_id = OWA 신뢰할 수 있는 응용 프로그램 ID
param-owa_application_id-help = 문자와 숫자만 사용할 수 있습니다. 일반적으로 `OutlookWebApp`을 사용합니다
param-owa_application_port = OWA 신뢰할 수 있는 응용 프로그램 포트
param-owa_application_port-help = 신뢰할 수 있는 응용 프로그램 풀 내에서 고유한, 사용하지 않는 포트입니다. 일반적으로 `5199`를 사용합니다: `Get-CsTrustedApplication | Select-Object Identity, Port`
param-owa_im_certificate_thumbprint = OWA 인스턴트 메시징 인증서 지문
param-owa_im_certificate_thumbprint-help = 사서함 서버에 있는, 주체가 OWA FQDN인 Exchange 인증서: `Get-ExchangeCertificate | Select-Object Thumbprint, Subject, Services`
param-autodiscover_fqdn = 자동 검색 호스트 이름
param-autodiscover_fqdn-help = `autodiscover.<SMTP 도메인>`
param-autodiscover_target_fqdn = 자동 검색 이름이 가리키는 서버
param-autodiscover_target_fqdn-help = `autodiscover.<도메인>`이 확인되어야 하는 Exchange 클라이언트 액세스 서버(또는 부하 분산 장치)
param-exchange_autodiscover_internal_uri = Exchange `AutoDiscoverServiceInternalUri`
param-exchange_autodiscover_internal_uri-help = Exchange가 Outlook에 게시하는 주소로, `autodiscover.xml`로 끝납니다: `Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri`
param-exchange_autodiscover_svc_url = Lync용 Exchange 자동 검색 서비스 URL
param-exchange_autodiscover_svc_url-help = Lync에 알려 주는 주소(`Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl`)로, 호스트는 같고 `.xml`이 아닌 `autodiscover.svc`로 끝납니다
param-exchange_metadata_url = Exchange 인증 메타데이터 URL
param-exchange_metadata_url-help = `https://<autodiscover host>/autodiscover/metadata/json/1`(Lync가 여기에서 Exchange의 OAuth 메타데이터를 읽음)
param-test_user_sip_address = 테스트 사용자
param-test_user_sip_address-help = Exchange 2013 이상의 사서함이 있는 Lync 사용자로, `Test-CsExStorageConnectivity`에서 사용합니다
param-um_servers-name = 서버 이름
param-um_servers-certificate_thumbprint = 서버의 UM 인증서 지문
param-um_servers-services = 실행하는 UM 서비스(`both`; Exchange 2013 역할 분리 시 `call-router` 또는 `um`)
param-exchange_servers-name = 서버 이름
param-exchange_servers-roles = 서버 역할(`both`; Exchange 2013에서 역할을 분리한 경우 `mailbox` 또는 `client-access`)
param-um_users-mailbox = 사서함
param-um_users-sip_address = Lync SIP 주소
param-um_users-extension = 내선 번호
param-um_users-line_uri = 회선 URI

# 질문: question-<key>는 질문, question-<key>-help는 그 뒤의 설명입니다. answer-<key>-<value>는 선택 항목의 레이블입니다.
question-exchange_version = Exchange Server 버전은 무엇입니까?
question-exchange_version-help = `2007sp1`, `2010`, `2010sp1`, `2013`, `2016`, `2019` 또는 `se`(Subscription Edition)
question-lync_version = Lync Server 또는 Skype for Business Server 버전은 무엇입니까?
question-lync_version-help = `2013`(Lync Server 2013), `2015`, `2019` 또는 `se`(Skype for Business Server, `se`는 Subscription Edition)
question-exchange_online = Exchange가 자체 서버가 아닌 Exchange Online에 있습니까?
question-lync_online = Lync/Skype가 자체 서버가 아닌 온라인(Skype for Business Online)에 있습니까?
question-cross_forest = Exchange와 Lync가 서로 다른 Active Directory 포리스트에 있습니까?
question-first_exchange_server = 조직의 첫 번째 Exchange 서버입니까?
question-first_exchange_server-help = (이 경우 배포하려면 Enterprise Admins가 필요합니다.)
question-um_services_colocated = UM 통화 라우터 서비스와 UM 서비스가 같은 컴퓨터에서 실행됩니까?
question-um_services_colocated-help = (이 경우 OWA 신뢰할 수 있는 응용 프로그램 풀을 만들면 안 됩니다.)
question-phone_edition_devices = Lync Phone Edition 장치를 배포했거나 배포할 예정입니까?
question-phone_edition_devices-help = (이 경우 다이얼 플랜의 보안 설정이 Lync의 암호화 설정과 일치해야 합니다.)
question-unified_messaging = Exchange 통합 메시징 음성 메일을 통합하시겠습니까?
question-owa_im = Outlook Web App에 인스턴트 메시징 및 현재 상태를 통합하시겠습니까?
question-partner_applications = 서버 간 인증(파트너 응용 프로그램)을 구성하시겠습니까?
question-autodiscover_oauth = 자동 검색 및 Lync의 OAuth 구성을 설정하시겠습니까?
answer-exchange_version-2007sp1 = Exchange Server 2007 SP1 또는 이후 서비스 팩
answer-exchange_version-2010 = Exchange Server 2010(서비스 팩 없음)
answer-exchange_version-2010sp1 = Exchange Server 2010 SP1 이상
answer-exchange_version-2013 = Exchange Server 2013
answer-exchange_version-2016 = Exchange Server 2016
answer-exchange_version-2019 = Exchange Server 2019
answer-exchange_version-se = Exchange Server Subscription Edition
answer-lync_version-2013 = Lync Server 2013
answer-lync_version-2015 = Skype for Business Server 2015
answer-lync_version-2019 = Skype for Business Server 2019
answer-lync_version-se = Skype for Business Server Subscription Edition

# 응답 파일 읽기(명령줄 및 응답 파일로 변환된 양식).
file-not-toml-at = 올바른 TOML이 아닙니다({ $line }행): { $error }
file-not-toml = 올바른 TOML이 아닙니다: { $error }
file-not-a-table = 테이블이어야 합니다: [{ $name }]
file-not-text = 따옴표로 묶은 텍스트여야 합니다
file-deployment-name-hint = 배포 이름을 지정하십시오(예: `"Contoso UM rollout"`)
file-unknown-key-did-you-mean = 알 수 없는 키입니다. { $candidate }을(를) 의미했습니까?
file-unknown-key = 알 수 없는 키입니다. 다음 중 하나여야 합니다: { $known }
file-not-boolean = `true` 또는 `false`여야 합니다
file-not-exchange-version = 버전이 아닙니다. `2007sp1`, `2010`, `2010sp1`, `2013`, `2016`, `2019` 중 하나여야 합니다
file-not-lync-version = 버전이 아닙니다. `2013`(Lync Server 2013), `2015` 또는 `2019`(Skype for Business Server)여야 합니다
file-version-not-text = `"2013"`과 같이 따옴표로 묶은 버전이어야 합니다
file-param-not-text = 따옴표로 묶은 텍스트(또는 그 목록)여야 합니다
file-unsecured-with-phone-edition = Lync Phone Edition 장치가 있으면 `Unsecured`일 수 없습니다. 이 장치는 다이얼 플랜의 보안 설정이 Lync의 암호화 설정과 일치해야 합니다. `Secured`(또는 `SIPSecured`)여야 합니다
file-sipsecured-warning = Lync에서 암호화를 요구하면(기본값) `SIPSecured`는 `Incompatible security setting` 오류로 실패합니다. `Secured`가 이 설정과 일치합니다
file-split-um-services = Exchange 2013의 역할 분리를 나타내는 값입니다. 다른 버전에서는 모든 UM 서버가 두 서비스를 모두 실행하므로 `both`여야 합니다(또는 생략)
file-split-exchange-roles = Exchange 2013의 역할 분리를 나타내는 값입니다. 다른 버전에서는 모든 서버가 두 역할(사서함 역할)을 모두 가지므로 `both`여야 합니다(또는 생략)
file-extension-digits = { $count }자리이지만 다이얼 플랜의 내선 번호는 { $digits }자리입니다(`um_extension_digits`)
file-extension-not-unique = um_users[{ $first }]의 내선 번호와 같습니다. 사용자마다 고유한 내선 번호가 필요합니다

# 예제 응답 파일의 처음 두 주석 줄입니다.
file-example-heading = Countersign 응답 파일: 배포 하나의 질문과 매개 변수입니다.
file-example-usage = 계획하려면: `countersign plan --answers this-file.toml [--out scripts/]`

# 응답 양식: 필드, 그룹 및 필드 옆에 오류를 표시하는 방법입니다.
form-group-deployment = 배포
form-deployment-name = 이름
form-deployment-name-help = 팀에서 이 변경 작업을 부를 이름
form-group-topology = 버전, 포리스트 및 토폴로지
form-group-integrations = 통합
form-answer-no = 아니요
form-answer-yes = 예
form-group-sign-off-rules = 서명 규칙
form-countersigner = 단계에 확인 서명하는 사람
form-countersigner-help = 서명자는 어떤 역할을 가지고 있더라도 자신의 단계에 확인 서명할 수 없습니다.
form-countersigner-same-requirement = 이 단계를 수행할 수 있는 다른 사람이 확인 서명
form-countersigner-other-team = 상대 팀의 구성원이 확인 서명
form-countersigner-coordinator = 코디네이터가 확인 서명
form-countersignatures = 단계당 확인 서명 수
form-help-one = { $help }. 필요한 형식: { $expected }.
form-help-list = { $help }. 한 줄에 하나씩 입력합니다.
form-help-records = { $help }. 한 줄에 하나씩 다음 값을 쉼표로 구분하여 입력합니다: { $fields }.
form-needs-answer = 답변이 필요합니다
form-value-refused = { $value } 값을 사용할 수 없습니다. { $message }
form-error-line = { $line }행: { $message }

# $key는 응답 파일에서 사용하는 레코드 필드 이름이고, $label은 양식에 표시되는 이름입니다.
form-error-line-field = { $line }행, { $label }: { $message }
form-errors-count = 문제가 { $count }개 있습니다
form-title-error = 오류: { $page }

# 양식을 응답 파일로 작성할 때의 메시지입니다.
form-field-too-long = { $max }자보다 깁니다
form-not-yes-no = 예 또는 아니요여야 합니다
form-record-values = { $line }행의 값이 { $count }개입니다. { $expected }개가 필요합니다: { $fields }
form-record-values-range = { $low }~{ $high }

# 계획: 단계 텍스트를 일반 줄로 표시(두 버전 비교용)하고, 계획을 만들 수 없는 이유를 표시합니다.
plan-content-instructions = 지침:
plan-content-preconditions = 사전 검사:
plan-content-commands = 명령:
plan-content-verify = 확인:
plan-content-verify-instructions = 수동 확인:
plan-content-cautions = 주의:
plan-not-a-list = { $name }은(는) 목록이 아닙니다
plan-parameter-needed = { $step } 단계({ $title })에 필요하지만 값이 없습니다. { $help }

# 계정, 감사 내역 증명 및 서명 규칙: 양식 값의 요구 사항입니다.
check-username-rule = ASCII 문자, 숫자, '.', '_', '-' 또는 '@'로 된 1~64자여야 하며 문자나 숫자로 시작해야 합니다
check-role-unknown = 역할이 아닙니다. 역할 목록을 참조하십시오
check-display-name-rule = 인쇄 가능한 문자 100자 이하여야 합니다
check-username-taken = 이미 사용 중입니다
check-disable-self = 본인입니다. 자신을 사용하지 않도록 설정할 수 없습니다
check-password-length = { $length }자입니다. 암호는 { $min }~{ $max }자여야 합니다
check-password-unchanged = 현재 암호와 같습니다. 다른 암호를 선택하십시오
check-password-repeat = 새 암호와 다릅니다. 다시 입력하십시오
check-password-wrong = 현재 암호가 아닙니다
check-consistency-range = 1 <= from <= to <= { $size }(트리의 크기)여야 합니다
check-countersigner-unknown = `same-requirement`, `other-team`, `coordinator` 중 하나가 아닙니다
check-countersignatures-count = 1, 2 또는 3이어야 합니다
