# 簽核規則拒絕動作的原因 (顯示給被拒絕的人；稽核記錄保留英文)。
refused-countersign-needs = 會簽需要 { $needs }（此部署的規則：{ $rule }）
refused-countersign-coordinator = 會簽需要協調人員角色（此部署的規則）
refused-countersign-lync-team = 會簽需要 Lync 小組的成員（此部署的規則）
refused-countersign-exchange-team = 會簽需要 Exchange 小組的成員（此部署的規則）
refused-countersign-either-team = 會簽需要 Exchange 小組或 Lync 小組的成員（此部署的規則）
refused-blocked = 此步驟尚無法開始：必須先完成 { $steps }
refused-already-signed = 此步驟已由 { $signer } 簽署
refused-already-finished = 此步驟已完成
refused-sign-needs = 簽署需要 { $needs }；您所屬的群組：{ $held }
refused-not-signed = 只有已簽署的步驟可以{ $action ->
    [reject] 拒絕
   *[other] 會簽
}；此步驟目前為「{ $state }」
refused-own-signature = 此步驟是您簽署的：必須由另一個人會簽或拒絕
refused-already-countersigned = 您已會簽此步驟
refused-not-in-plan = 步驟 { $step } 不在此計畫中
refused-closed = 此部署已關閉（已完成或已取消），為唯讀狀態
refused-not-signed-in = 簽核必須由已登入的人進行
refused-not-applicable-needs = 將步驟標示為不適用需要 { $needs }
refused-already-state = 此步驟已經是「{ $state }」
refused-reopen-needs = 重新開啟步驟需要 { $needs }
refused-reopen-unfinished = 只有已完成的步驟（已會簽或不適用）可以重新開啟
refused-text-changed = 開啟頁面後，步驟的文字已變更；未執行任何動作。請閱讀目前的內容後再操作
refused-step-changed = 開啟頁面後，步驟已變更（目前為「{ $state }」）；未執行任何動作
refused-step-changed-signed = 開啟頁面後，步驟已變更（目前為「{ $state }」，由 { $signer } 簽署）；未執行任何動作
refused-deployment-already = 此部署已經是「{ $status }」
# 步驟的狀態。
state-blocked = 尚無法開始
state-ready = 待簽署
state-signed = 等待會簽
state-countersigned = 已完成
state-not-applicable = 不適用
# 部署規則所定的會簽者。
countersigner-same-requirement = 其他可執行此步驟的人
countersigner-other-team = 另一個小組的成員
countersigner-coordinator = 協調人員
# 群組：Active Directory 的名稱保持不變，只翻譯其間的連接詞。
roles-and = {" 及 "}
roles-or = {"，或 "}
role-local-admins = Administrators (本機)
# 步驟動作的按鈕。
action-sign = 簽署：我已執行
action-countersign = 會簽：我已檢查
action-reject = 拒絕
action-not-applicable = 標示為不適用
action-reopen = 重新開啟
roles-none = 無
