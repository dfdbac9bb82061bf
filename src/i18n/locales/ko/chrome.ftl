# 모든 페이지의 틀: 탐색, 로그아웃, 본문 바로 가기, 바닥글.
skip-to-content = 본문으로 바로 가기
nav-my-work = 내 작업
nav-deployments = 배포
nav-new-deployment = 새 배포
nav-features = 기능 매트릭스
nav-inbox = 받은 편지함
nav-dashboard = 대시보드
nav-audit = 감사
nav-users = 사용자
sign-out = 로그아웃
change-password-hint = { $roles }: 암호 변경
unread = 읽지 않음
footer-request = 요청 { $id }
language-switcher = 언어
language-unknown = { $value }은(는) 포털에서 지원하는 언어가 아닙니다. en, ko, zh-TW 중에서 선택하십시오.
