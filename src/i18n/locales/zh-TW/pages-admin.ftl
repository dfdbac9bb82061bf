# 稽核記錄頁面 (templates/audit.html、audit.rs)：檢查點、稽核金鑰、證明、驗證。
title-audit-trail = 稽核記錄
audit-intro = 此稽核記錄是 Merkle 樹狀記錄：每個事件都是一個葉節點，而以入口網站稽核金鑰簽署的檢查點，涵蓋其大小範圍內的所有事件。持有檢查點的任何人都可以檢查某個事件是否在記錄中，以及記錄是否從未遭到改寫。
audit-intact = 完整
audit-not-intact = 不完整
audit-report-summary = { $events } 個事件，樹狀大小 { $size }，已檢查 { $checkpoints } 個檢查點，根
audit-sentence-end = 。
audit-not-checked = 未檢查、不為任何項目擔保的檢查點：
audit-verify-heading = 驗證
audit-verify-button = 驗證整個稽核記錄
audit-verify-help = 重新計算每個事件、樹狀結構和每個檢查點，包括此處及檢查點記錄檔中的內容。此次驗證也會記錄在稽核記錄中。
audit-latest-checkpoint = 最新的檢查點
audit-no-checkpoint = 尚未簽署任何檢查點：入口網站會在第一批事件發生後一分鐘內簽署一個檢查點。
audit-download-checkpoint = 下載為文字
audit-key-heading = 簽署檢查點的金鑰
audit-key-help-start = 請將此驗證者金鑰提供給檢查證明的人員 (
audit-key-help-end = )：
audit-proof-heading = 事件在記錄中的證明
audit-proof-event-number = 事件編號
audit-proof-button = 下載其證明
audit-proof-help = 針對最新檢查點的 c2sp.org tlog-proof，並包含事件本身。
audit-consistency-help = 兩個樹狀大小之間的一致性：

# 從稽核記錄頁面進入的錯誤頁面 (audit.rs)：找不到的項目、不是數字的值。
audit-not-found-checkpoint = 已簽署的檢查點（尚未簽署任何檢查點）
audit-not-found-event = 稽核事件 { $seq }
audit-seq-not-a-number = seq：「{ $value }」不是事件編號
audit-not-a-tree-size = { $name }：「{ $value }」不是樹狀大小

# 稽核事件頁面 (templates/audit_events.html、audit_events.rs)：篩選表單、表格、匯出連結。
title-audit-events = 稽核事件
audit-events-proofs-link = 檢查點、證明與驗證稽核記錄
audit-events-filter = 篩選
audit-events-deployment-label = 部署編號
audit-events-person-label = 人員（使用者名稱）
audit-events-role-label = 執行身分（角色）
audit-events-action-label = 動作（例如 step.sign，或以 step. 表示所有步驟動作）
audit-events-outcome-label = 結果
audit-events-outcome-any = 任何
audit-events-since-label = 起始日期 (YYYY-MM-DD, UTC)
audit-events-until-label = 結束日期 (YYYY-MM-DD, UTC)
audit-events-text-label = 對象或詳細資料中的文字
audit-events-filter-button = 篩選
audit-events-clear = 清除
audit-events-export-all = 匯出整個稽核記錄：
audit-events-export-filtered = 匯出這些事件：
audit-events-none = 沒有符合的事件。
audit-events-col-when = 時間
audit-events-col-who = 人員
audit-events-col-as = 身分
audit-events-col-what = 動作
audit-events-col-on = 對象
audit-events-col-outcome = 結果
audit-events-col-details = 詳細資料
audit-events-col-proof = 證明
audit-events-details-summary = 詳細資料
audit-events-proof-link = 證明
audit-events-older = 較舊的事件 →

# 稽核事件頁面：遭拒絕的篩選條件 (audit_events.rs)，顯示在表單上方及遭拒絕的匯出中。
audit-events-deployment-refused = deployment：「{ $value }」遭到拒絕：請提供部署編號。
audit-events-outcome-refused = outcome：「{ $value }」遭到拒絕：必須是 done 或 refused。
audit-events-date-refused = { $name }：「{ $value }」遭到拒絕：請以 YYYY-MM-DD (UTC) 格式提供日期，或提供 RFC 3339 時間。

# 可列印的部署報告 (templates/report.html、reports.rs)。
report-page-title = 報告：{ $name }
report-heading = 部署報告：{ $name }
report-meta = 部署 { $id } · 建立於 { $created }
report-in-parentheses = ({ $text })
report-made = 報告產生於 { $generated }
report-print-help = 從瀏覽器列印或列印成 PDF (Ctrl+P)；版面配置適用於 A4 和 Letter 紙張。
report-answers-heading = 回答與參數
report-plan-heading = 計畫與簽核
report-no-signoff = 沒有簽核。
report-col-when = 時間
report-col-who = 人員
report-col-as = 身分
report-col-what = 動作
report-col-note = 附註或原因
report-col-text-hash = 文字的 SHA-256
report-col-evidence = 證據
report-earlier-round = （前一輪）
report-handoffs-heading = 交接
report-none = 無。
report-col-from-to = 交出角色 → 接手角色
report-lane-times-heading = 各角色花費的時間
report-no-lane-time = 尚無角色完成任何步驟。
report-col-role = 角色
report-col-lane-time = 從第一次交接到最後一次決定
report-features-heading = 此部署提供的功能
report-feature-yes = 是：{ $name }
report-feature-no = 否：{ $name }
report-proof-heading = 證明
report-proof-intro = 產生此報告時稽核記錄的已簽署檢查點，以及此部署每個簽核事件針對該檢查點的包含證明。請將證明儲存為檔案，並使用
report-proof-intro-end = { " " }離線檢查。
report-proof-event-heading = 事件 { $seq }：{ $what }
report-no-proof = 尚無簽核事件，因此沒有可證明的內容。

# 在 reports.rs 中產生的報告內容：部署狀態、證明的事件、簽核的證據。
report-proof-what = { $action } { $target }，執行者：{ $actor }
report-evidence-file = { $name } (SHA-256 { $sha256 })
report-evidence-results = { $file }：在 { $computer } 上執行 { $script } 的結果，步驟 { $status }，{ $checks }
report-evidence-unnamed-computer = 未命名的電腦
report-evidence-checks-passed = 所有檢查皆通過
report-evidence-check-failed = 有檢查未通過

# 報告與儀表板上顯示的所花時間 (reports.rs)。
report-duration-minutes = { $minutes } 分鐘
report-duration-hours = { $hours } 小時 { $minutes } 分鐘
report-duration-days = { $days } 天 { $hours } 小時

# 儀表板 (templates/dashboard.html)；其標題為 nav-dashboard。
dashboard-by-state = 依狀態分類的部署
dashboard-waiting = 依角色分類的等待中步驟
dashboard-nothing-waiting = 沒有等待中的項目。
dashboard-waiting-caption = 依角色分類的已就緒且等待中步驟
dashboard-slowest = 最慢的交接
dashboard-no-handoff = 尚無交接。
dashboard-col-deployment = 部署
dashboard-col-to = 接手角色
dashboard-col-waited = 等待時間
dashboard-still-waiting = （仍在等待）
dashboard-days = 過去 30 天的簽核與拒絕
dashboard-signoffs-bar = { $day }：{ $count } 個簽核動作
dashboard-refusals-bar = { $day }：{ $count } 次拒絕
dashboard-as-table = 以表格檢視
dashboard-col-day = 日期 (UTC)
dashboard-col-signoffs = 簽核動作
dashboard-col-refusals = 拒絕

# 入口網站系統管理員的使用者頁面 (templates/users.html、users.rs)；其標題為 nav-users。
users-col-user = 使用者
users-col-name = 名稱
users-col-roles = 角色
users-col-state = 狀態
users-col-actions = 動作
users-signs-in-through = 透過 { $provider } 登入
users-granted-by-hand = 手動授與：
users-revoke = 撤銷
users-from-provider-groups = 來自提供者的群組（每次登入時重新設定）：
users-role-from = 來自 { $groups }
users-grant-role-label = 要授與 { $username } 的角色
users-choose-role = 選擇角色…
users-grant = 授與
users-state-disabled = 已停用
users-state-active = 使用中
users-state-locked = ，已鎖定
users-enable = 啟用
users-disable = 停用
users-new-password-button = 新密碼
users-deliveries-heading = 有問題的 Webhook 與電子郵件傳遞
users-none = 無。
users-col-queued = 排入佇列時間
users-col-channel = 通道
users-col-attempts = 嘗試次數
users-col-last-error = 上次錯誤
users-delivery-to = 傳送至 { $to }
users-new-user-heading = 新增使用者
users-username-label = 使用者名稱
users-display-name-label = 顯示名稱
users-email-label = 電子郵件（入口網站傳送電子郵件時，用於交接通知）
users-create-button = 建立使用者
users-create-help = 系統會產生密碼，且只會顯示一次。

# 在 users.rs 中產生的使用者頁面內容：傳遞、通知、執行前的確認問題、錯誤。
users-channel-webhook = Webhook
users-channel-email = 電子郵件
users-delivery-delivered-after-retry = 重試後已傳遞
users-delivery-given-up = 已放棄
users-delivery-retrying = 正在重試
users-created-notice = 已建立 { $username }。密碼（僅顯示這一次）：{ $password }
users-new-password-notice = { $username } 的新密碼（僅顯示這一次）：{ $password }
users-revoke-heading = 撤銷角色
users-revoke-message = 要撤銷 { $username } 的 { $role } 角色嗎？對方會立即失去此角色所允許的權限。
users-revoke-yes = 是，撤銷
users-disable-heading = 停用帳戶
users-disable-message = 要停用 { $username } 嗎？其工作階段會立即結束，且在重新啟用之前無法登入。
users-disable-yes = 是，停用
users-password-heading = 設定新密碼
users-password-message = 要為 { $username } 設定新密碼嗎？其目前的密碼將失效，且其工作階段會結束。
users-password-yes = 是，設定新密碼
users-not-found-action = 動作 { $action }

# 自己的密碼 (templates/account.html、account.rs)。
account-title = 您的密碼
account-changed = 您的密碼已變更。您的其他工作階段已結束；目前的工作階段不受影響。
account-error-summary = 發生問題
account-identity-provider-note = 透過組織識別提供者登入的使用者，請在該處變更密碼。
account-current-password = 目前的密碼
account-new-password = 新密碼
account-repeat-password = 再次輸入新密碼
account-error-prefix = 錯誤：
account-new-password-help = 至少 { $min } 個字元。由幾個字詞組成的通關密語較容易輸入，也較難猜到。
account-change-button = 變更我的密碼

# 登入 (templates/login.html、login_form.html、sso_failed.html、login.rs)。
login-sign-in = 登入
login-sign-in-with = 使用 { $provider } 登入
login-or-with-password = 或使用 Countersign 密碼：
login-break-glass = 緊急登入（識別提供者無法使用時）
login-username = 使用者名稱
login-password = 密碼
login-wrong-password = 使用者名稱或密碼錯誤。連續失敗 { $failures } 次後，帳戶會鎖定 { $minutes } 分鐘。
login-sso-failed-title = 登入失敗
login-sso-failed-heading = 使用 { $provider } 登入失敗
login-try-again = 再試一次
login-with-password = 使用密碼登入
login-the-identity-provider = 識別提供者
login-sso-not-configured = 單一登入（未設定）

# 錯誤頁面 (templates/error.html、src/web/error.rs)：每個錯誤的標題和訊息。
error-not-found-title = 找不到
error-not-found = 找不到{ $what }。
error-forbidden-title = 不允許
error-forbidden = { $action } 需要 { $needs }。如果您應該擁有此權限，請要求入口網站系統管理員授與。
error-conflict-title = 在此期間已變更
error-bad-request-title = 錯誤的要求
error-as-given = { $text }
error-refused-title = 未執行
error-refused = 未執行任何動作：{ $why }。
error-csrf-title = 表單遭拒
error-csrf = 表單已過期或並非來自此入口網站，因此未變更任何內容。請返回上一頁、重新載入頁面，然後再傳送一次。
error-too-large-title = 內容過大
error-too-large = 表單超過入口網站可接受的大小。
error-busy-title = 忙碌中
error-busy = 入口網站忙碌中（同時有許多登入或變更）。未執行任何動作；請在幾秒後再試一次。
error-internal-title = 發生錯誤
error-internal = 入口網站無法完成此要求。請將下方的要求識別碼提供給您的系統管理員。

# 錯誤頁面：狀態碼與返回的位置。
error-status = 狀態 { $status }。
error-back-to-my-work = 返回我的工作
error-back-to-step = 返回步驟
error-back-to-deployment = 返回部署
error-back-to-users = 返回使用者
