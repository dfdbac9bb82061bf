# 步驟頁面 (templates/step.html)：步驟的標題列與可執行者。
step-runs-in = 執行位置：{ $shell }
step-opened-again = 已重新開啟：{ $reason }
step-who-may-do-it = 可執行者
step-one-person-in-all-of = 同時屬於下列所有群組的一人：{ $groups }
step-countersign-policy = 會簽者：{ $countersigner }；需要 { $count } 個會簽。
step-after = 先決步驟

# 步驟頁面：簽核後或表單開啟期間變更的內容 (在 steps.rs 中建立)。
step-changed-since-signed = 簽署後變更的內容
step-signed-text-by = 已簽署的文字（簽署者：{ $name }）
step-changed-while-open = 您開啟此頁面期間，步驟已變更
step-changed-while-open-intro = 未執行任何動作。您的附註和證據保留在下方：請閱讀目前的文字，如果仍然適用，請再次傳送表單。
step-what-you-saw = 您看到的內容
step-seen-not-on-record = （無記錄：入口網站未保留開啟此表單時的文字）
step-text-now = 目前的文字

# 步驟頁面：指示、檢查、命令、文件。
step-instructions = 指示
step-checked-first = 事先檢查
step-checked-first-intro = 指令碼會在命令之前執行這些唯讀檢查，任何一項失敗就會停止；
step-checked-first-intro-end = 也會執行這些檢查。
step-copy = 複製
step-commands = 命令
step-how-to-verify = 驗證方式
step-documentation = 文件
step-source-summary = 命令和群組的來源
step-source-commands = 命令和參數
step-source-groups = 必要的群組
step-content-hash = 內容 SHA-256（簽核所擔保的內容）：

# 步驟頁面：簽核記錄 (記錄表格，以及結果檔案所回報的指令碼執行)。
step-sign-offs = 簽核記錄
step-audit-events-link = 此步驟的稽核事件
step-no-sign-off = 尚無簽核。
step-history-when = 時間
step-history-who = 人員
step-history-as = 身分
step-history-what = 動作
step-history-note = 附註
step-history-evidence = 證據
step-history-command-hash = 命令雜湊
step-history-earlier-round = （前一輪）
step-history-pasted-output = 貼上的輸出
step-run-results-of = 執行結果：
step-run-on = (電腦：{ $computer })
step-run-as = (使用者：{ $user })
step-run-finished-at = ，{ $when }
step-run-step-status = ：步驟 { $status }
step-run-checks-passed = ，所有檢查皆已通過
step-run-comma = ，
step-run-check-failed = 有檢查未通過
step-run-sentence-end = 。
step-run-body-matched = 指令碼的文字與核准的文字相符（本文 SHA-256
step-run-body-matched-end = ）。
step-run-precondition-passed = 事先檢查：通過：
step-run-precondition-failed = 事先檢查：失敗：
step-run-verify-passed = 驗證：通過：
step-run-verify-failed = 驗證：失敗：
step-run-transcript = 文字記錄 { $file }
step-run-transcript-hash = ，SHA-256

# 步驟頁面：檢視者目前可執行的動作。
step-what-you-can-do = 您可以執行的動作
step-nothing-now = 目前沒有可執行的動作。
step-reason-required = 原因（必要）
step-note = 附註
step-evidence-pasted = 證據：貼上的輸出
step-evidence-file-before = 或檔案（最多 1 MiB）：指令碼的
step-evidence-file-after = （入口網站會對照此步驟的文字加以檢查，並與簽核一起顯示），或其文字記錄
step-why-unavailable = 您無法使用其他動作的原因

# 從步驟進入的錯誤頁面 (steps.rs)：找不到的項目、無法讀取的表單。
step-not-found = 步驟 { $key }
step-evidence-not-found = 此證據
step-form-unreadable = 無法讀取表單：{ $error }
step-file-unreadable = 無法讀取檔案：{ $error }
step-not-an-action = 「{ $kind }」不是動作

# 部署的指令碼 (templates/scripts.html)。
scripts-title = 指令碼
scripts-intro = 每個角色一個 PowerShell 指令碼；角色在兩個命令介面中作業時，每個命令介面各一個。每個指令碼的開頭都有一個標頭，提供其本文的 SHA-256。
scripts-script = 指令碼
scripts-role = 角色
scripts-run-in = 執行位置
scripts-steps = 步驟
scripts-download = 下載

# 我的工作 (templates/home.html、home.rs)。
home-no-groups = 您在入口網站中沒有任何 Exchange 或 Lync 群組，因此沒有等待您處理的步驟。
home-shortcut-active = 進行中的部署
home-shortcut-active-detail = ：輪到誰，以及每個部署在等待什麼
home-shortcut-new = 開始新的部署
home-shortcut-dashboard-detail = ：一段時間內的簽核、拒絕和交接
home-shortcut-audit-trail = 稽核記錄
home-shortcut-audit-trail-detail = ：瀏覽、篩選和匯出每個事件
home-shortcut-users-detail = ：授與使用者所屬的群組
home-ask-administrator = 請要求入口網站系統管理員授與您在 Active Directory 中所屬的群組。
home-steps-for-groups = 您所屬群組的步驟：{ $groups }。
home-nothing-anywhere = 在任何進行中的部署中，都沒有已準備好讓您處理或正在等待他人的步驟。
home-ready-to-sign = 可供您簽署
home-ready-to-countersign = 可供您會簽
home-nothing-here = 這裡尚無可供您處理的步驟。
home-waiting-summary = 您有 { $count } 個步驟尚無法開始
home-waits-on = 等待 { $what }
home-list-limit = 每個清單只會顯示前 { $count } 個步驟，最新的部署排在最前面；其餘步驟請開啟部署查看。

# 收件匣 (templates/inbox.html)。
inbox-empty = 沒有訊息。當工作移交給您的其中一個群組，或您的簽核遭到拒絕時，會列在這裡。
inbox-mark-all-read = 全部標示為已讀
inbox-older = 較舊的訊息

# 功能支援對照表 (templates/features.html、features.rs)。
features-heading = 功能支援對照表
features-intro = Exchange 與 Lync/Skype for Business 各種組合所提供的功能。
features-highlighted-before = 已醒目提示部署
features-highlighted-after = 的欄。
features-matrix-region = 功能對照表（在窄螢幕上可水平捲動）
features-feature = 功能
features-cell-yes-with-note = 是（{ $note }）
features-cell-yes = 是
features-cell-no = 否

# 執行破壞性動作前先詢問的頁面 (templates/confirm.html)。
confirm-no-go-back = 否，返回
