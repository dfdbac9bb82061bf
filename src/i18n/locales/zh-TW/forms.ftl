# 表單：問卷、參數和所有驗證訊息。
# 訊息會指出欄位、依輸入原樣顯示值，並說明規則。
# 命令、Cmdlet、參數、值和檔案名稱保持原樣。

# 表單或命令列回報遭拒絕或缺少之值的方式。
field-error = { $field }：{ $value } 遭到拒絕：{ $message }
field-refused = { $reason }；應為：{ $expected }

# $what 在每種語言中都必須放在最後：表單依其前面的文字辨識缺少的值。
field-missing = 缺少值：{ $what }
field-text-character = 包含字元 U+{ $code }；只接受可列印的文字、換行和定位字元（不可使用控制字元、不可見字元或雙向字元）
field-text-too-long = 長度為 { $count } 個字元；最多接受 { $max } 個字元
field-not-in-record = 不是 { $param } 的欄位；欄位為 { $fields }
field-shape-one = 必須是單一值
field-shape-list = 必須是值的清單
field-shape-records = 必須是資料表的清單

# 每種值的格式（表單說明和訊息）。
kind-fqdn-expected = 完整主機名稱，例如 `pool01.contoso.com`（至少兩個以點分隔的標籤，由字母、數字和連字號組成，最多 253 個字元）
kind-dns-domain-expected = DNS 網域，例如 `contoso.com`
kind-server-name-expected = 伺服器的 NetBIOS 名稱（1 到 15 個字母、數字或連字號，例如 `EX01`）或其 FQDN
kind-sip-address-expected = SIP 位址，例如 `alice@contoso.com`（開頭可加上 `sip:`）
kind-mailbox-identity-expected = 信箱的 SMTP 位址（例如 `alice@contoso.com`），或 SIP URI（例如 `sip:alice@contoso.com`）
kind-autodiscover-svc-url-expected = 以 `/autodiscover/autodiscover.svc` 結尾的 https URL，例如 `https://autodiscover.contoso.com/autodiscover/autodiscover.svc`
kind-autodiscover-xml-url-expected = 以 `/autodiscover/autodiscover.xml` 結尾的 https URL，例如 `https://autodiscover.contoso.com/autodiscover/autodiscover.xml`
kind-metadata-url-expected = 以 `/metadata/json/1` 結尾的 https URL，例如 `https://pool01.contoso.com/metadata/json/1`
kind-thumbprint-expected = 40 位十六進位數字的憑證指紋，如 `Get-ExchangeCertificate` 或憑證對話方塊所示
kind-site-id-expected = `Get-CsSite` 所顯示的網站識別碼（字母、數字、`-` 和 `_`），不含 `site:` 前置詞
kind-application-id-expected = 只能是字母和數字，例如 `OutlookWebApp`
kind-port-expected = 1 到 65535 之間的連接埠號碼
kind-dial-plan-name-expected = 1 到 64 個字元：字母、數字、空格、'.'、'-' 和 '_'
kind-extension-digits-expected = 1 到 20 之間的整數
kind-extension-expected = 1 到 20 位數字的分機號碼
kind-country-code-expected = 1 到 4 位數字的國家/地區電話代碼，例如 `1` 或 `82`
kind-tel-uri-expected = 電話 URI，例如 `tel:+14255550100` 或 `tel:+14255550100;ext=100`（也接受以 `+` 開頭的號碼）
kind-e164-number-expected = E.164 號碼：`+` 加上 1 到 15 位數字，例如 `+14255550100`
kind-ou-dn-expected = OU 的辨別名稱，例如 `OU=UM Contacts,DC=contoso,DC=com`
kind-display-name-expected = 1 到 64 個可列印字元
kind-voip-security-expected = `Secured`、`SIPSecured`、`Unsecured` 其中之一
kind-um-services-expected = `both`、`call-router`（Exchange 2013 用戶端存取伺服器）、`um`（Exchange 2013 信箱伺服器）其中之一
kind-exchange-roles-expected = `both`、`mailbox`、`client-access` 其中之一（後兩者僅適用於角色位於不同伺服器上的 Exchange 2013）
kind-deployment-name-expected = 1 到 100 個可列印字元

# 值遭拒絕的原因；每則訊息都接在相關的欄位或值之後。
kind-empty = 值是空的
kind-invisible-character = 包含不可見字元或控制字元 U+{ $code }
kind-too-long = 長度為 { $length } 個字元，超過 { $max } 個
kind-single-label = 只有一個標籤；完整名稱至少要有兩個標籤
kind-numeric-label = 最後一個標籤全是數字（IP 位址不是主機名稱）
kind-empty-label = 含有空白標籤（連續兩個點，或以點開頭）
kind-label-too-long = 標籤「{ $label }」超過 63 個字元
kind-host-character = 包含主機名稱不可使用的 '{ $char }'
kind-label-hyphen = 標籤「{ $label }」以連字號開頭或結尾
kind-netbios-too-long = 長度為 { $length } 個字元；NetBIOS 名稱最多 15 個字元
kind-server-character = 包含伺服器名稱不可使用的 '{ $char }'
kind-leading-hyphen = 以連字號開頭
kind-user-empty = `@` 前面的部分是空的
kind-user-too-long = `@` 前面的部分超過 64 個字元
kind-user-character = `@` 前面的部分包含 '{ $char }'
kind-user-dot = `@` 前面的部分有位置錯誤的點
kind-no-at = 沒有 `@`
kind-not-https = 不是以 `https://` 開頭
kind-url-host = 主機名稱無效：{ $reason }
kind-url-path-character = 路徑包含 '{ $char }'
kind-url-path-end = 路徑不是以 { $suffix } 結尾
kind-autodiscover-xml = 以 `autodiscover.xml` 結尾，這是 Outlook 使用的位址；`Set-CsOAuthConfiguration` 需要的是自動探索服務 `autodiscover.svc`
kind-not-hex = 包含不是十六進位數字的 { $shown }
kind-hex-count = 有 { $count } 位十六進位數字，而不是 40 位
kind-site-prefix-removed = 已移除 `site:` 前置詞：`-Site` 只接受網站識別碼本身
kind-longer-than-64 = 超過 64 個字元
kind-character = 包含 '{ $char }'
kind-port-lync = 連接埠 { $port } 是 Lync Server 預設使用的連接埠；除非您確定，否則請選擇未使用的連接埠
kind-not-whole-number = 不是整數
kind-outside = 超出 { $low } 到 { $high } 的範圍
kind-not-digit = 包含不是數字的 '{ $char }'
kind-digit-count = 有 { $count } 位數字
kind-no-plus = 不是以 `+` 開頭
kind-not-ext = ';{ $param }' 不是 `;ext=` 分機號碼
kind-dn-not-pair = 「{ $part }」不是 `TYPE=value` 格式
kind-dn-no-value = { $attr }= 沒有值
kind-dn-character = 值「{ $value }」包含 '{ $char }'
kind-dn-first = 以 { $attr }= 開頭，而不是 `OU=`
kind-dn-order = { $attr }= 的位置錯誤：`OU=` 和 `CN=` 部分在前，`DC=` 部分在後
kind-dn-no-dc = 沒有指出網域的 `DC=` 部分
kind-not-a-setting = 不是這三種設定之一
kind-not-one-of = 不是這 { $count } 個值之一

# 表單和範例回應檔案中的參數群組。
group-title-lync = Lync / Skype for Business Server
group-title-exchange = Exchange 伺服器
group-title-unified-messaging = 整合通訊
group-title-outlook-web-app = Outlook Web App 立即訊息和狀態資訊
group-title-oauth = 伺服器對伺服器驗證和自動探索

# 每個參數：param-<name> 是其標籤，param-<name>-help 說明值的意義及查詢方式（命令保持原樣）；param-<parameter>-<field> 是記錄欄位的標籤。
param-lync_pool_fqdn = Lync 集區 FQDN
param-lync_pool_fqdn-help = 裝載企業語音使用者的前端集區：`Get-CsPool | Select-Object Identity`
param-lync_site_id = Lync 網站識別碼
param-lync_site_id-help = 集區所屬網站的 `SiteId`：`Get-CsSite | Select-Object DisplayName, SiteID`
param-lync_forest_fqdn = Lync 樹系
param-lync_forest_fqdn-help = 部署 Lync 之樹系的根網域（僅在 Exchange 位於另一個樹系時使用）
param-lync_dial_plan_name = Lync 撥號方案名稱
param-lync_dial_plan_name-help = 要建立或檢查的企業語音撥號方案：`Get-CsDialPlan | Select-Object Identity, SimpleName`
param-lync_oauth_certificate_thumbprint = Lync `OAuthTokenIssuer` 憑證指紋
param-lync_oauth_certificate_thumbprint-help = 主體包含 SIP 網域、至少 2048 位元，且安裝在每部前端伺服器上的憑證：`Get-ChildItem Cert:\LocalMachine\My`
param-lync_metadata_url = Lync 授權中繼資料 URL
param-lync_metadata_url-help = `https://<Lync pool FQDN>/metadata/json/1`（Exchange 從這裡讀取 Lync 的 OAuth 中繼資料）
param-exchange_servers = Exchange 信箱和用戶端存取伺服器
param-exchange_servers-help = 設定合作夥伴應用程式後必須重新啟動 IIS 的每部伺服器；OWA 的立即訊息設定會套用到具有信箱角色的伺服器：`Get-ExchangeServer | Select-Object Name, ServerRole`
param-um_servers = 整合通訊伺服器
param-um_servers-help = 執行 UM（及 UM 呼叫路由器）服務的每部伺服器，以及其上所安裝、由您的受信任的根憑證授權單位 (CA) 簽發之憑證的指紋：`Get-ExchangeCertificate -Server <name>`
param-um_dial_plan_name = UM SIP URI 撥號方案名稱
param-um_dial_plan_name-help = 要建立的 UM 撥號方案名稱（最多 64 個字元）；`ExchUcUtil.ps1` 會以此名稱作為查尋群組的引導識別碼
param-um_dial_plan_phone_context = UM 撥號方案 FQDN（電話內容）
param-um_dial_plan_phone_context-help = 在 Exchange 2010 SP1 之前的版本中，Lync 撥號方案的簡單名稱必須與此值相同：`(Get-UMDialPlan '<dial plan>').PhoneContext`
param-um_extension_digits = 分機號碼位數
param-um_extension_digits-help = 撥號方案分機號碼的位數（1 到 20）；每位使用者的分機號碼都必須是這個位數
param-um_voip_security = 撥號方案 VoIP 安全性
param-um_voip_security-help = 必須與 Lync 的媒體加密設定 (`Get-CsMediaConfiguration`) 一致：預設的 `RequireEncryption` 對應 `Secured`；Lync Phone Edition 裝置需要兩者一致
param-um_country_code = 國家/地區代碼
param-um_country_code-help = 撥號方案所在國家/地區的國際電話代碼（北美為 `1`、韓國為 `82`、台灣為 `886`）
param-um_mailbox_policy = UM 信箱原則
param-um_mailbox_policy-help = 為使用者啟用 UM 時套用的 UM 信箱原則；Exchange 會在建立撥號方案時一併建立 `<dial plan> Default Policy`：`Get-UMMailboxPolicy`
param-um_contacts_ou = UM 連絡人物件的 OU
param-um_contacts_ou-help = `OcsUmUtil.exe` 建立訂閱者存取和自動語音應答連絡人的組織單位 (OU)
param-subscriber_access_name = 訂閱者存取連絡人名稱
param-subscriber_access_name-help = `OcsUmUtil.exe` 為訂閱者存取連絡人指定的顯示名稱
param-subscriber_access_sip_address = 訂閱者存取 SIP 位址
param-subscriber_access_sip_address-help = 訂閱者存取連絡人的 SIP 位址（`OcsUmUtil.exe` 顯示時會加上 `SIP:` 前置詞）
param-subscriber_access_number = 訂閱者存取號碼
param-subscriber_access_number-help = 使用者撥打以存取語音信箱的 E.164 號碼：`Get-UMDialPlan | Select-Object AccessTelephoneNumbers`
param-um_users = 要啟用 UM 的企業語音使用者
param-um_users-help = 每位使用者的信箱、Lync SIP 位址 (`Get-CsUser <user> | Select-Object SipAddress`)、唯一的分機號碼和 Lync 線路 URI
param-owa_fqdn = OWA 受信任的應用程式集區 FQDN
param-owa_fqdn-help = Lync 用來識別 OWA 的名稱；必須與 OWA 憑證的主體或其中一個 SAN 相同
param-owa_application_id = OWA 受信任的應用程式識別碼
param-owa_application_id-help = 只能使用字母和數字；慣例為 `OutlookWebApp`
param-owa_application_port = OWA 受信任的應用程式連接埠
param-owa_application_port-help = 任何未使用且在受信任的應用程式集區內唯一的連接埠；慣例為 `5199`：`Get-CsTrustedApplication | Select-Object Identity, Port`
param-owa_im_certificate_thumbprint = OWA 立即訊息憑證指紋
param-owa_im_certificate_thumbprint-help = 信箱伺服器上主體為 OWA FQDN 的 Exchange 憑證：`Get-ExchangeCertificate | Select-Object Thumbprint, Subject, Services`
param-autodiscover_fqdn = 自動探索主機名稱
param-autodiscover_fqdn-help = `autodiscover.<您的 SMTP 網域>`
param-autodiscover_target_fqdn = 自動探索名稱所指向的伺服器
param-autodiscover_target_fqdn-help = `autodiscover.<網域>` 必須解析到的 Exchange 用戶端存取伺服器（或負載平衡器）
param-exchange_autodiscover_internal_uri = Exchange `AutoDiscoverServiceInternalUri`
param-exchange_autodiscover_internal_uri-help = Exchange 發佈給 Outlook 的位址，以 `autodiscover.xml` 結尾：`Get-ClientAccessServer | Select-Object Name, AutoDiscoverServiceInternalUri`
param-exchange_autodiscover_svc_url = 供 Lync 使用的 Exchange 自動探索服務 URL
param-exchange_autodiscover_svc_url-help = 提供給 Lync 的位址 (`Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl`)：同一部主機，以 `autodiscover.svc` 結尾，而不是 `.xml`
param-exchange_metadata_url = Exchange 授權中繼資料 URL
param-exchange_metadata_url-help = `https://<autodiscover host>/autodiscover/metadata/json/1`（Lync 從這裡讀取 Exchange 的 OAuth 中繼資料）
param-test_user_sip_address = 測試使用者
param-test_user_sip_address-help = 擁有 Exchange 2013 或更新版本信箱的 Lync 使用者，供 `Test-CsExStorageConnectivity` 使用
param-um_servers-name = 伺服器名稱
param-um_servers-certificate_thumbprint = UM 憑證指紋
param-um_servers-services = 執行的 UM 服務（`both`；Exchange 2013 角色分開部署時為 `call-router` 或 `um`）
param-exchange_servers-name = 伺服器名稱
param-exchange_servers-roles = 角色（`both`；Exchange 2013 角色分開部署時為 `mailbox` 或 `client-access`）
param-um_users-mailbox = 信箱
param-um_users-sip_address = Lync SIP 位址
param-um_users-extension = 分機號碼
param-um_users-line_uri = 線路 URI

# 問卷：question-<key> 是問題，question-<key>-help 是接在問題後面的說明；answer-<key>-<value> 是選項的標籤。
question-exchange_version = Exchange Server 的版本為何？
question-exchange_version-help = `2007sp1`、`2010`、`2010sp1`、`2013`、`2016`、`2019` 或 `se` (Subscription Edition)
question-lync_version = Lync Server 或 Skype for Business Server 的版本為何？
question-lync_version-help = `2013` (Lync Server 2013)、`2015`、`2019` 或 `se`（Skype for Business Server，`se` 為 Subscription Edition）
question-exchange_online = Exchange 是否位於 Exchange Online，而不是您自己的伺服器上？
question-lync_online = Lync/Skype 是否為線上服務 (Skype for Business Online)，而不是您自己的伺服器？
question-cross_forest = Exchange 和 Lync 是否位於不同的 Active Directory 樹系？
question-first_exchange_server = 這是組織中的第一部 Exchange 伺服器嗎？
question-first_exchange_server-help = （若是，部署時需要 Enterprise Admins）
question-um_services_colocated = UM 呼叫路由器服務和 UM 服務是否在同一部電腦上執行？
question-um_services_colocated-help = （若是，則不得建立 OWA 受信任的應用程式集區）
question-phone_edition_devices = 是否已部署或即將部署 Lync Phone Edition 裝置？
question-phone_edition_devices-help = （若是，撥號方案的安全性設定必須與 Lync 的加密設定一致）
question-unified_messaging = 是否要整合 Exchange 整合通訊語音信箱？
question-owa_im = 是否要在 Outlook Web App 中整合立即訊息和狀態資訊？
question-partner_applications = 是否要設定伺服器對伺服器驗證（合作夥伴應用程式）？
question-autodiscover_oauth = 是否要設定自動探索和 Lync 的 OAuth 組態？
answer-exchange_version-2007sp1 = Exchange Server 2007 SP1 或更新的 Service Pack
answer-exchange_version-2010 = Exchange Server 2010（無 Service Pack）
answer-exchange_version-2010sp1 = Exchange Server 2010 SP1 或更新版本
answer-exchange_version-2013 = Exchange Server 2013
answer-exchange_version-2016 = Exchange Server 2016
answer-exchange_version-2019 = Exchange Server 2019
answer-exchange_version-se = Exchange Server Subscription Edition
answer-lync_version-2013 = Lync Server 2013
answer-lync_version-2015 = Skype for Business Server 2015
answer-lync_version-2019 = Skype for Business Server 2019
answer-lync_version-se = Skype for Business Server Subscription Edition

# 讀取回應檔案（命令列，以及轉換成回應檔案的表單）。
file-not-toml-at = 不是有效的 TOML（第 { $line } 行）：{ $error }
file-not-toml = 不是有效的 TOML：{ $error }
file-not-a-table = 必須是資料表：[{ $name }]
file-not-text = 必須是以引號括住的文字
file-deployment-name-hint = 請為部署命名，例如 `"Contoso UM rollout"`
file-unknown-key-did-you-mean = 不是已知的索引鍵；您是指 { $candidate } 嗎？
file-unknown-key = 不是已知的索引鍵；應為下列其中之一：{ $known }
file-not-boolean = 必須是 `true` 或 `false`
file-not-exchange-version = 不是版本；應為 `2007sp1`、`2010`、`2010sp1`、`2013`、`2016`、`2019` 其中之一
file-not-lync-version = 不是版本；應為 `2013` (Lync Server 2013)、`2015` 或 `2019` (Skype for Business Server)
file-version-not-text = 必須是以引號括住的版本，例如 `"2013"`
file-param-not-text = 必須是以引號括住的文字（或其清單）
file-unsecured-with-phone-edition = 有 Lync Phone Edition 裝置時不能是 `Unsecured`：這些裝置需要撥號方案的安全性設定與 Lync 的加密設定一致；應為 `Secured`（或 `SIPSecured`）
file-sipsecured-warning = 當 Lync 要求加密（預設值）時，`SIPSecured` 會因 `Incompatible security setting` 而失敗；`Secured` 才與其一致
file-split-um-services = 描述的是 Exchange 2013 將角色分開部署的情況；在其他版本中，每部 UM 伺服器都執行兩種服務：應為 `both`（或省略）
file-split-exchange-roles = 描述的是 Exchange 2013 將角色分開部署的情況；在其他版本中，每部伺服器都具有兩種角色（信箱角色）：應為 `both`（或省略）
file-extension-digits = 有 { $count } 位數字，但撥號方案的分機號碼為 { $digits } 位 (`um_extension_digits`)
file-extension-not-unique = 與 um_users[{ $first }] 的分機號碼相同；每位使用者都需要唯一的分機號碼

# 範例回應檔案的前兩行註解。
file-example-heading = Countersign 回應檔案：一個部署的問卷和參數。
file-example-usage = 以下列命令產生計畫：`countersign plan --answers this-file.toml [--out scripts/]`

# 回應表單：欄位、群組，以及錯誤在欄位旁的顯示方式。
form-group-deployment = 部署
form-deployment-name = 名稱
form-deployment-name-help = 各小組對這項變更的稱呼
form-group-topology = 版本、樹系和拓撲
form-group-integrations = 整合
form-answer-no = 否
form-answer-yes = 是
form-group-sign-off-rules = 簽核規則
form-countersigner = 由誰會簽步驟
form-countersigner-help = 無論擁有哪些角色，簽署者都不能會簽自己的步驟。
form-countersigner-same-requirement = 由其他可執行該步驟的人會簽
form-countersigner-other-team = 由另一個小組的人會簽
form-countersigner-coordinator = 由協調人員會簽
form-countersignatures = 每個步驟的會簽數
form-help-one = { $help }。應為：{ $expected }。
form-help-list = { $help }。每行一個。
form-help-records = { $help }。每行一筆：{ $fields }，以逗號分隔。
form-needs-answer = 需要回答
form-value-refused = { $value } 遭到拒絕：{ $message }
form-error-line = 第 { $line } 行：{ $message }

# $key 是回應檔案中的記錄欄位名稱，$label 是表單上顯示的名稱。
form-error-line-field = 第 { $line } 行，{ $label }：{ $message }
form-errors-count = 有 { $count } 個問題
form-title-error = 錯誤：{ $page }

# 將表單寫成回應檔案時的訊息。
form-field-too-long = 超過 { $max } 個字元
form-not-yes-no = 必須是「是」或「否」
form-record-values = 第 { $line } 行有 { $count } 個值；應為 { $expected } 個：{ $fields }
form-record-values-range = { $low } 到 { $high }

# 計畫：以純文字行顯示步驟內容（用於比較兩個版本），以及無法建立計畫的原因。
plan-content-instructions = 指示：
plan-content-preconditions = 事先檢查：
plan-content-commands = 命令：
plan-content-verify = 驗證：
plan-content-verify-instructions = 手動驗證：
plan-content-cautions = 注意事項：
plan-not-a-list = { $name } 不是清單
plan-parameter-needed = 步驟 { $step }（{ $title }）需要此值，但沒有值；{ $help }

# 帳戶、稽核記錄的證明和簽核規則：表單值必須符合的條件。
check-username-rule = 必須是 1 到 64 個 ASCII 字母、數字、'.'、'_'、'-' 或 '@'，並以字母或數字開頭
check-role-unknown = 不是角色；請參閱角色清單
check-display-name-rule = 必須是最多 100 個可列印字元
check-username-taken = 已被使用
check-disable-self = 是您自己：您無法停用自己
check-password-length = 長度為 { $length } 個字元；密碼需要 { $min } 到 { $max } 個字元
check-password-unchanged = 與目前的密碼相同；請選擇其他密碼
check-password-repeat = 與新密碼不同；請再輸入一次
check-password-wrong = 不是您目前的密碼
check-consistency-range = 必須符合 1 <= from <= to <= { $size }（樹狀結構的大小）
check-countersigner-unknown = 不是 `same-requirement`、`other-team`、`coordinator` 其中之一
check-countersignatures-count = 必須是 1、2 或 3
