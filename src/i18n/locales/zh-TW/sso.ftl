# 透過識別提供者登入失敗的原因，以及應提出的要求 (登入失敗頁面)。
sso-unreachable = Countersign 目前無法連線到 { $provider }。
sso-no-pending = 此登入已過期、已使用過，或是在另一個瀏覽器中開始的。
sso-state-mismatch = 傳回的回應不屬於此瀏覽器所開始的登入。
sso-issuer-mismatch = 傳回的回應並非來自 { $provider }。
sso-refused = { $provider } 拒絕了登入：{ $error }。
sso-refused-described = { $provider } 拒絕了登入：{ $error } ({ $description })。
sso-token-exchange = { $provider } 未完成登入。
sso-token-invalid = 來自 { $provider } 的登入權杖未通過檢查。
sso-claim-missing = 來自 { $provider } 的登入權杖中沒有可作為您名稱的「{ $claim }」宣告。
sso-bad-username = 您來自 { $provider } 的「{ $claim }」值「{ $value }」無法作為 Countersign 使用者名稱（須為 1 到 64 個字元，只能使用 ASCII 字母、數字及 '.'、'_'、'-' 或 '@'，並以字母或數字開頭）。
sso-bad-groups = 來自 { $provider } 的「{ $claim }」宣告不是 Countersign 可讀取的群組名稱清單。
sso-too-many-groups = 您所屬的群組太多，{ $provider } 無法在登入權杖（其「{ $claim }」宣告）中全部列出。
sso-not-in-group = 只有「{ $group }」群組的成員才能登入 Countersign。
sso-no-role-claim = 來自 { $provider } 的登入權杖中沒有「{ $claim }」宣告，因此您的群組都無法讓您在此取得角色。
sso-no-role-no-groups = 來自 { $provider } 的「{ $claim }」宣告未列出任何群組，因此沒有任何項目能讓您在此取得角色。
sso-no-role = 在來自 { $provider } 的「{ $claim }」宣告中，您的群組都無法讓您在 Countersign 中取得角色 ({ $groups })。
sso-name-taken = 使用者名稱「{ $username }」已屬於另一個 Countersign 帳戶，且該帳戶不會與您的帳戶合併。
sso-disabled = Countersign 帳戶「{ $username }」已停用。
sso-ask-try-again = 請稍候一分鐘再試一次。如果仍然失敗，請要求 Countersign 系統管理員檢查識別提供者設定及伺服器記錄檔。
sso-ask-start-again = 請從此瀏覽器的登入頁面重新開始登入。
sso-ask-log = 請重新開始登入。如果仍然失敗，請洽詢 Countersign 系統管理員：伺服器記錄檔中有詳細資訊。
sso-ask-claims = 請要求 Countersign 系統管理員檢查識別提供者中的應用程式註冊會傳送哪些宣告 (Countersign `[oidc]` 設定中的 `username_claim` 和 `groups_claim`)。
sso-ask-fewer-groups = 請要求識別提供者的系統管理員只傳送指派給應用程式的群組，或改為傳送應用程式角色 (`groups_claim = "roles"`)。
sso-ask-join-group = 如果您需要使用 Countersign，請要求您的目錄系統管理員將您加入該群組。
sso-ask-map-role = 請要求 Countersign 系統管理員將您的其中一個群組對應到角色 (`[oidc.roles]`)，或手動授與您角色。
sso-ask-name-taken = 請洽詢 Countersign 系統管理員：帳戶永遠不會合併，因此識別提供者必須提供您另一個名稱 (Countersign `[oidc]` 設定中的 `username_claim`)。
sso-ask-enable = 請要求 Countersign 系統管理員啟用此帳戶。
