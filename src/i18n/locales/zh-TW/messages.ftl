# 收件匣訊息與電子郵件，以每位收件者選擇的語言撰寫。
inbox-your-turn = { $deployment }：輪到 { $lane } 處理：{ $steps }
subject-your-turn = Countersign：輪到您處理 { $deployment }
email-open-deployment = 開啟部署：{ $url }
inbox-reopened = { $deployment }：{ $actor } 重新開啟了「{ $title }」：{ $note }
subject-reopened = Countersign：步驟已重新開啟 ({ $deployment })
inbox-rejected = { $deployment }：您對「{ $title }」的簽核已被 { $actor } 拒絕：{ $note }
subject-rejected = Countersign：簽核遭拒絕 ({ $deployment })
inbox-stale = { $deployment }：您對「{ $title }」的簽核已失效：{ $reason }
subject-stale = Countersign：簽核已失效 ({ $deployment })
inbox-sent-back = { $deployment }：您對「{ $title }」的簽核已退回：{ $reason }
subject-sent-back = Countersign：簽核已退回 ({ $deployment })
# 我的工作：簽署了等待會簽之步驟的人。
work-signed-by = 由 { $signer } 簽署
