# 帳戶、部署與稽核記錄的拒絕與衝突。
refused-last-admin = { $username } 是最後一位啟用中的入口網站系統管理員；請先將此角色授與其他人
refused-provider-account = { $username } 透過識別提供者登入，沒有 Countersign 密碼
refused-own-provider-account = 您透過識別提供者登入：請在識別提供者變更密碼
conflict-password-changed = 您的密碼已在期間內變更；未執行任何動作
conflict-newer-than-checkpoint = 事件 { $seq } 比最新的檢查點更新；入口網站會在檢查點間隔內簽署一個檢查點
refused-deployment-read-only = 此部署為「{ $status }」，為唯讀
conflict-parameters-changed = 您編輯期間有其他人變更了此部署的參數；請重新載入並再次套用您的變更
