# 部署清單 (/deployments)：標題、篩選、表格、分頁。
deployments-filter-state = 狀態
deployments-state-all = 全部
deployments-state-active = 進行中
deployments-state-complete = 已完成
deployments-state-cancelled = 已取消
deployments-filter-text = 名稱包含
deployments-filter-submit = 顯示
deployments-none-match = 沒有符合的部署。
deployments-none-yet = 尚無任何部署。
deployments-column-name = 名稱
deployments-column-state = 狀態
deployments-column-progress = 進度
deployments-column-created = 建立時間
deployments-progress-label = { $total } 個步驟中已完成 { $done } 個
# 也顯示在部署頁面每個泳道的進度列中。
deployments-progress = { $done }/{ $total }
deployments-older = 較舊的部署
# 清單的篩選遭拒時（顯示在「state: "…" is refused: 」之後）。
deployments-filter-state-invalid = 必須是 active、complete、cancelled 其中之一，或保留空白以顯示全部
deployments-filter-text-invalid = 最多 { $max } 個字元，且不可包含控制字元
deployments-filter-before-invalid = 必須是部署編號

# 清單與部署頁面顯示的部署狀態。
deployment-status-active = 進行中
deployment-status-complete = 已完成
deployment-status-cancelled = 已取消
# 最後一個步驟完成時，入口網站記錄的原因。
deployment-status-reason-complete = 所有步驟都已會簽或標示為不適用

# 部署頁面 (/deployments/<id>)：連結與摘要。
deployment-scripts = 指令碼
deployment-edit-parameters = 編輯參數
deployment-answers-file = 回應檔案
deployment-report = 報告
deployment-audit-events = 稽核事件
deployment-summary =
    { $exchange } 搭配 { $lync }，{ $forests ->
        [cross] 位於不同樹系
       *[same] 位於同一樹系
    }；{ $roles } 個角色共 { $steps } 個步驟。
# 已完成或已取消的部署：「此部署的狀態為 <strong>已取消</strong>（原因：…）。此部署為唯讀。」
deployment-read-only-before = 此部署的狀態為
deployment-read-only-after-reason = （原因：{ $reason }）。此部署為唯讀。
deployment-read-only-after = 。此部署為唯讀。
# 簽核規則；$who 是會簽者的索引鍵，$count 是需要的會簽數目。
deployment-rules =
    每個步驟由可執行該步驟的人員簽署，並由{ $who ->
        [same-requirement] 可執行該步驟的其他人員
        [other-team] 另一個小組的人員
       *[coordinator] 協調人員
    }會簽（需要 { $count } 個會簽）；任何人都不能會簽自己的步驟。

# 部署頁面：目前輪到誰。「等待 <strong>群組</strong>：3 個步驟」。
deployment-turn-heading = 目前輪到誰
deployment-turn-nobody-status = 無人：部署狀態為{ $status }。
deployment-turn-nobody-ready = 無人：沒有已就緒的步驟。
deployment-turn-waiting-on = 等待
deployment-turn-steps = ：{ $count } 個步驟
deployment-turn-countersigners =
    會簽者（{ $who ->
        [same-requirement] 可執行該步驟的其他人員
        [other-team] 另一個小組的人員
       *[coordinator] 協調人員
    }）

# 部署頁面：角色之間的交接。「<來源> 移交給 <strong>目標</strong>：步驟」。
deployment-handoffs-heading = 交接
deployment-handoffs-none = 角色之間尚未移交任何工作。
deployment-handoff-from = { $from } 移交給
deployment-handoff-to = ：

# 部署頁面：每個角色一個泳道，以及其所屬小組。
deployment-lanes-heading = 依角色區分的工作
deployment-team-name =
    { $team ->
        [exchange] Exchange 小組
        [lync] Lync 小組
        [forest] 樹系與基礎結構
       *[either] 任一小組
    }
deployment-lane-done = 已完成 { $done }/{ $total }

# 部署頁面：相依性，以清單與圖形呈現。
deployment-dependencies-heading = 相依性
deployment-dependencies-intro = 每個步驟會在它所等待的步驟都完成後開始。
deployment-dependency-after = ；在 { $steps } 之後
deployment-dependency-first = ；可最先開始
deployment-graph-summary = 以圖形檢視
deployment-graph-label = 相依性圖形（可左右捲動）
deployment-graph-caption = 每個箭號都從一個步驟指向等待它的步驟。框線色彩代表小組；虛線框線表示尚無法開始的步驟，填滿色彩的方塊表示已就緒的步驟。

# 部署頁面：所選版本組合的功能。
deployment-features-heading = 此組合的功能
deployment-features-yes = 將提供
deployment-features-no = 不會提供
deployment-features-none-missing = 沒有缺少的功能。

# 部署頁面：取消部署，以及要求確認的頁面。
deployment-cancel-heading = 取消部署
deployment-cancel-reason = 原因（必要）
deployment-cancel-button = 取消部署
deployment-cancel-confirm = 要取消部署 { $id } 嗎？取消後，此部署將永久成為唯讀。原因：{ $reason }
deployment-cancel-yes = 是，取消部署

# 回答表單：新增部署（第 1、2 部分）與部署的參數。
answers-part-questions = 第 1 部分，共 3 部分：組織與整合
answers-part-values = 第 2 部分，共 3 部分：只包含您的回答所對應步驟使用的值
answers-values-title = 新增部署：值
answers-values-heading = 新增部署：命令所需的值
answers-parameters-title = 參數
answers-intro = 請回答問題，然後提供命令所需的值。只有適用步驟的值是必要的；計畫會指出缺少哪些值。
# 「<before> <a>填入範例</a> <after>」
answers-example-before = 按一下
answers-example-link = 填入範例
answers-example-after = 即可查看完整的表單。
answers-read-only = 您可以檢視這些參數；若要變更，需要協調人員角色。
# 螢幕助讀程式在欄位的每個錯誤前讀出。
answers-error-prefix = 錯誤：
answers-continue = 繼續
answers-save = 儲存並重新規劃

# 檢查您的回答（新增部署的第 3 部分，共 3 部分）。
answers-check-title = 新增部署：檢查您的回答
answers-part-check = 第 3 部分，共 3 部分
answers-check-heading = 建立部署前，請檢查您的回答
# 「這些回答會產生 <strong>4 個角色共 12 個步驟</strong>的計畫。…」
answers-check-plan-before = 這些回答會產生
answers-check-plan-size = { $roles } 個角色共 { $steps } 個步驟
answers-check-plan-after = 的計畫。在您按下最後的按鈕之前，不會建立任何項目。
answers-check-none = （無）
answers-create = 建立部署
answers-change-questions = 變更回答
answers-change-values = 變更值
