# 帳戶頁面：保存在帳戶中的語言。
account-language-heading = 語言
account-language-help = 頁面、收件匣訊息、電子郵件以及您下載的指令碼都會使用您選擇的語言；指令碼中的命令在所有語言中都相同。您也可以使用每個頁面頂端的語言切換選項變更語言。
account-language-legend = 入口網站的語言
account-language-button = 使用此語言
