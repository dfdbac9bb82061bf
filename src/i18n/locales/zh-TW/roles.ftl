# 入口網站本身的角色 (Active Directory 群組保留原名)。
portal-role-admin = 入口網站系統管理員
portal-role-coordinator = 協調人員
portal-role-auditor = 稽核員
# 動作遭拒絕時，該動作所需的條件。
needs-own-account = 入口網站本身的帳戶
needs-coordinator = 協調人員角色
needs-admin = 入口網站系統管理員角色
needs-auditor-or-admin = 稽核員或入口網站系統管理員角色
needs-audit-browse = 稽核員、入口網站系統管理員或協調人員角色
needs-deployment-group = 此部署某個步驟所需的群組（或協調人員、稽核員或入口網站系統管理員角色）
# 遭拒絕的動作。
permission-user-password-change = 變更您的密碼
permission-user-language = 選擇您的語言
permission-deployment-create = 建立部署
permission-deployment-edit-parameters = 變更部署的參數
permission-step-override = 將步驟標示為不適用或重新開啟
permission-deployment-cancel = 取消部署
permission-users-manage = 管理使用者
permission-deployment-read = 讀取此部署（其步驟與指令碼）
permission-audit-view = 檢查稽核記錄
permission-audit-browse = 瀏覽稽核記錄
permission-database-move = 將入口網站移至另一個資料庫
