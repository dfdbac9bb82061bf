# 계정, 배포, 감사 내역의 거부와 충돌.
refused-last-admin = { $username }은(는) 사용 중인 마지막 포털 관리자입니다. 먼저 다른 사람에게 역할을 부여하십시오.
refused-provider-account = { $username }은(는) ID 공급자를 통해 로그인하므로 Countersign 암호가 없습니다.
refused-own-provider-account = ID 공급자를 통해 로그인하므로 암호는 ID 공급자에서 변경하십시오.
conflict-password-changed = 그동안 암호가 변경되어 아무 작업도 수행하지 않았습니다.
conflict-newer-than-checkpoint = 이벤트 { $seq }은(는) 최신 검사점보다 새 이벤트입니다. 포털은 검사점 간격 안에 검사점에 서명합니다.
refused-deployment-read-only = 이 배포는 { $status } 상태이므로 읽기 전용입니다.
conflict-parameters-changed = 편집하는 동안 다른 사람이 이 배포의 매개 변수를 변경했습니다. 페이지를 다시 로드하고 변경 내용을 다시 적용하십시오.
