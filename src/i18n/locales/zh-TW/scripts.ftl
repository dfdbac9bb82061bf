# 產生的指令碼：標頭註解與輸出的文字。命令不在這裡。
script-header-title = Countersign 指令碼 { $file }
script-header-language = 語言：{ $language } ({ $tag })
script-header-deployment = 部署：{ $name }
script-header-role = 角色：{ $role } ({ $key })
script-header-run-in = 執行於：{ $shell }，以 { $role } 成員的身分登入
script-header-steps = 步驟：
script-header-generated = 產生時間：{ $at }（由 Countersign { $version } 產生）
script-step-comment = 步驟 { $number }：{ $key }
script-step-banner = ==> 步驟 { $number } ({ $key })：{ $title }
script-needs-first = 須先由其他人完成：{ $steps }
script-caution = 注意：{ $text }
script-checked-first = --- 事先檢查
script-by-hand = 在 { $shell } 中手動執行：
script-press-enter = 完成此步驟後請按 Enter（按 Ctrl+C 可停止指令碼）
script-exit-code = 步驟 { $key } 失敗：結束代碼
script-verify = --- 驗證
script-check = 檢查：{ $text }
script-check-mode = 檢查模式：只執行唯讀檢查，不會變更任何項目。
script-check-failed = 步驟 { $step } 的 { $kind } 檢查失敗：{" "}
script-results-written = 簽核用的結果檔案（簽署時請附加此檔案）：{" "}
script-results-not-written = 無法寫入結果檔案：{" "}
script-no-transcript = 沒有文字記錄：{" "}
script-stopped = 已停止：{" "}
# 執行步驟的位置。
shell-exchange-shell = Exchange 管理命令介面
shell-lync-shell = Lync Server 管理命令介面
shell-windows-powershell = Windows PowerShell（以系統管理員身分執行）
shell-cmd = 命令提示字元（以系統管理員身分執行）
shell-gui = 圖形化工具
shell-dns-console = DNS 管理員
shell-config-file = 文字編輯器（設定檔）
