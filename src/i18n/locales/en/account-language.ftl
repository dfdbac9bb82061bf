# The account page: the language kept with the account.
account-language-heading = Language
account-language-help = Pages, inbox messages, e-mails and the scripts you download are in the language you choose; the commands in the scripts are the same in every language. The switcher at the top of every page changes it too.
account-language-legend = The portal's language
account-language-button = Keep this language
