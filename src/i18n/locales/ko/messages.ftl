# 받은 편지함 메시지와 전자 메일. 받는 사람이 선택한 언어로 작성됩니다.
inbox-your-turn = { $deployment }: 작업할 차례입니다({ $lane }): { $steps }
subject-your-turn = Countersign: { $deployment }에서 작업할 차례입니다
email-open-deployment = 배포 열기: { $url }
inbox-reopened = { $deployment }: { $actor }이(가) "{ $title }"을(를) 다시 열었습니다: { $note }
subject-reopened = Countersign: 단계가 다시 열림({ $deployment })
inbox-rejected = { $deployment }: { $actor }이(가) "{ $title }"에 대한 서명을 거부했습니다: { $note }
subject-rejected = Countersign: 서명 거부됨({ $deployment })
inbox-stale = { $deployment }: "{ $title }"에 대한 서명이 더 이상 유효하지 않습니다: { $reason }
subject-stale = Countersign: 서명이 더 이상 유효하지 않음({ $deployment })
inbox-sent-back = { $deployment }: "{ $title }"에 대한 서명이 되돌려졌습니다: { $reason }
subject-sent-back = Countersign: 서명 되돌려짐({ $deployment })
# 내 작업: 확인 서명을 기다리는 단계에 서명한 사람.
work-signed-by = { $signer }이(가) 서명함
