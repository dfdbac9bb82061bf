# Inbox messages and e-mails, written in the language each recipient chose.
inbox-your-turn = { $deployment }: your turn, { $lane }: { $steps }
subject-your-turn = Countersign: your turn on { $deployment }
email-open-deployment = Open the deployment: { $url }
inbox-reopened = { $deployment }: "{ $title }" was reopened by { $actor }: { $note }
subject-reopened = Countersign: step reopened ({ $deployment })
inbox-rejected = { $deployment }: your sign-off of "{ $title }" was rejected by { $actor }: { $note }
subject-rejected = Countersign: sign-off rejected ({ $deployment })
inbox-stale = { $deployment }: your sign-off of "{ $title }" went stale: { $reason }
subject-stale = Countersign: sign-off went stale ({ $deployment })
inbox-sent-back = { $deployment }: your sign-off of "{ $title }" was sent back: { $reason }
subject-sent-back = Countersign: sign-off was sent back ({ $deployment })
# My work: who signed a step waiting for a countersignature.
work-signed-by = signed by { $signer }
