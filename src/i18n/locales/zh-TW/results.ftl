# 附加在簽核上的指令碼結果檔案遭拒絕的原因 (顯示在檔案欄位旁)。
results-unreadable = 看起來是結果檔案，但無法讀取 ({ $error })；請附加指令碼寫出的原始檔案，不要修改。
results-format = 結果檔案的格式為「{ $format }」，此入口網站無法讀取（可讀取的格式：{ $expected }）。
results-no-step = 結果檔案提到的步驟 { $step } 不在此部署中。
results-no-script = 無法比對結果檔案：此部署沒有任何指令碼包含步驟 { $step }。
results-other-deployment = 結果檔案來自部署「{ $found }」，而不是「{ $expected }」。
results-other-script = 結果檔案來自不包含步驟 { $step } 的指令碼 { $found }；請附加 { $expected } 的結果。
results-no-body-hash = 結果檔案沒有本文雜湊：{ $script } 不是從其檔案執行，或標頭已被編輯，因此無法將這次執行與核准的文字比對。
results-other-version = 結果檔案來自 { $script } 的另一個版本（本文 SHA-256 { $found }，指令碼目前為 { $expected }）：請重新下載指令碼、執行，然後附加新的結果。
results-no-entry = 結果檔案沒有步驟 { $step } 的項目。
results-other-text = 結果檔案執行的是步驟 { $step } 的另一版文字（內容 SHA-256 { $found }，核准的為 { $expected }）。
results-check-run = 結果檔案來自 -Check 執行，該執行未變更任何項目；請附加實際執行此步驟的結果。
results-not-done = 結果檔案顯示步驟未完成（狀態 { $status }）；請在執行完成此步驟後再簽署。
results-check-failed = 結果檔案顯示有檢查未通過：{ $command }（{ $output }）。
