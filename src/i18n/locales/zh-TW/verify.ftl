# 驗證稽核記錄時發現的問題 (稽核頁面；`countersign audit verify` 為英文)。
verify-forked = 樹狀大小 { $size } 的兩個檢查點 ({ $first } 與 { $second }) 不一致：記錄已分岔
verify-bad-checkpoint = { $source } 中樹狀大小 { $size } 的檢查點：{ $error }
verify-event-missing = 事件 { $seq } 遺失：其序號沒有對應的資料列
verify-events-missing = 事件 { $first } 至 { $last } 遺失：其序號沒有對應的資料列
verify-tail-gone = 事件 { $first } 至 { $size } 已不存在：稽核樹狀結構有 { $size } 個事件，但資料表結束於 { $end }
verify-reordered = 序號 { $seq } 的事件出現在事件 { $previous } 之後：資料列的順序被更動或重複
verify-wrong-type = 事件 { $seq } 含有類型錯誤的值：它是繞過入口網站寫入的
verify-not-genesis = 事件 1 不是鏈結的開頭：其前一個雜湊不是 genesis 雜湊
verify-changed = 事件 { $seq } 已被變更：其內容不再符合其雜湊
verify-chain-broken = 事件 { $seq } 未接續事件 { $previous }：鏈結已中斷
verify-checkpoint-mismatch = { $source } 中樹狀大小 { $size } 的檢查點不再符合事件：事件 { $first } 至 { $size } 之中有一個已被變更 (其後的雜湊也已重新計算)
verify-checkpoint-mismatch-since = { $source } 中樹狀大小 { $size } 的檢查點不再符合事件：事件 { $first } 至 { $size } 之中有一個已被變更 (其後的雜湊也已重新計算)；大小 { $good } 的檢查點仍然符合
verify-below-one = 有 { $count } 個事件的序號小於 1：它們是繞過入口網站插入的
verify-not-in-tree = 事件 { $first } 至 { $last } 不在稽核樹狀結構中：它們是繞過入口網站寫入的
verify-no-checkpoint = 沒有任何已簽署的檢查點涵蓋此稽核記錄：沒有任何項目為其擔保 (入口網站會在檢查點間隔內簽署一個檢查點)
verify-rolled-back = 記錄已無法到達 { $source } 中樹狀大小 { $checkpoint } 的檢查點：它只有 { $size } 個事件，因此事件 { $first } 至 { $checkpoint } 已不存在 (尾端被截斷或已回復)
verify-unreachable = 無法檢查 { $source } 中樹狀大小 { $checkpoint } 的檢查點：其前方有遺失的事件
verify-stored-tree = 儲存的樹狀雜湊與事件不一致：入口網站提供的證明將無法驗證
verify-replaced-key = { $source } 中樹狀大小 { $size } 的檢查點並非以事件 { $seq } 啟用的金鑰簽署：該事件之後即不被接受
verify-replacement-reuses-key = 事件 { $seq } 啟用的金鑰 ({ $vkey }) 已在使用中或先前已被更換：已更換的金鑰不會再次啟用，因此不承認此事件
verify-replacement-unreadable = 事件 { $seq } 更換了稽核金鑰，卻未指定驗證者金鑰：入口網站從不寫入這種事件，且之後不會簽署任何檢查點
verify-tail-unvouched = 事件 { $seq } 啟用的金鑰 { $vkey } 未被指定：自該事件起的事件沒有任何指定的金鑰為其擔保
# 與問題分開列出：不為任何項目擔保而擱置的檢查點。
verify-unchecked-earlier-key = { $source } 中樹狀大小 { $size } 的檢查點是在事件 { $seq } 更換稽核金鑰之前，以非任何指定金鑰的金鑰簽署：凡大小 { $covered } 的已檢查檢查點未擔保的，它也不擔保任何項目 (若要檢查它，請一併提供先前的驗證者金鑰)
