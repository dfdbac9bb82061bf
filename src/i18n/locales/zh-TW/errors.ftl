# 找不到的項目 (錯誤頁面顯示為「找不到…」)。
not-found-your-account = 您的帳戶
not-found-deployment = 部署 { $id }
not-found-audit-event = 稽核事件 { $seq }
not-found-user = 使用者 { $username }
not-found-step = 步驟 { $key }
not-found-this-script = 此指令碼
not-found-this-evidence = 此證據
not-found-this-page = 此頁面
