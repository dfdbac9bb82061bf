# 每個頁面的框架：導覽、登出、跳至主要內容、頁尾。
skip-to-content = 跳至主要內容
nav-my-work = 我的工作
nav-deployments = 部署
nav-new-deployment = 新增部署
nav-features = 功能對照表
nav-inbox = 收件匣
nav-dashboard = 儀表板
nav-audit = 稽核
nav-users = 使用者
sign-out = 登出
change-password-hint = { $roles }：變更密碼
unread = 未讀
footer-request = 要求 { $id }
language-switcher = 語言
language-unknown = { $value } 不是入口網站支援的語言，請選擇 en、ko 或 zh-TW
