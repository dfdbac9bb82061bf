# 찾을 수 없는 대상(오류 페이지에 "…을(를) 찾을 수 없습니다"로 표시).
not-found-your-account = 내 계정
not-found-deployment = 배포 { $id }
not-found-audit-event = 감사 이벤트 { $seq }
not-found-user = 사용자 { $username }
not-found-step = 단계 { $key }
not-found-this-script = 이 스크립트
not-found-this-evidence = 이 증거
not-found-this-page = 이 페이지
