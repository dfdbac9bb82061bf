# 단계 페이지(templates/step.html): 단계의 제목 줄과 수행할 수 있는 사람.
step-runs-in = { $shell }에서 실행
step-opened-again = 다시 열림: { $reason }
step-who-may-do-it = 수행할 수 있는 사람
step-one-person-in-all-of = 다음 그룹 모두에 속한 한 사람: { $groups }
step-countersign-policy = 확인 서명자: { $countersigner }. 필요한 확인 서명 수: { $count }.
step-after = 선행 단계

# 단계 페이지: 서명 이후 또는 양식을 연 동안 변경된 내용(steps.rs에서 작성).
step-changed-since-signed = 서명 이후 변경된 내용
step-signed-text-by = 서명된 텍스트(서명자: { $name })
step-changed-while-open = 페이지를 열어 둔 동안 단계가 변경되었습니다
step-changed-while-open-intro = 아무 작업도 수행되지 않았습니다. 입력한 메모와 증거는 아래에 그대로 있습니다. 현재 텍스트를 읽고 여전히 유효하면 양식을 다시 보내십시오.
step-what-you-saw = 보고 있던 텍스트
step-seen-not-on-record = (기록 없음: 포털에서 이 양식을 열 때의 텍스트를 보관하지 않았습니다.)
step-text-now = 현재 텍스트

# 단계 페이지: 지침, 검사, 명령, 설명서.
step-instructions = 지침
step-checked-first = 사전 검사
step-checked-first-intro = 스크립트는 명령보다 먼저 이러한 읽기 전용 검사를 실행하며, 하나라도 실패하면 중지합니다.
step-checked-first-intro-end = 매개 변수를 사용해도 이 검사가 실행됩니다.
step-copy = 복사
step-commands = 명령
step-how-to-verify = 확인 방법
step-documentation = 설명서
step-source-summary = 명령 및 그룹의 출처(영어 참조 문서)
step-source-commands = 명령 및 매개 변수
step-source-groups = 필수 그룹
step-content-hash = 콘텐츠 SHA-256(서명이 보증하는 내용):

# 단계 페이지: 서명 기록(기록 표와 결과 파일이 보고한 스크립트 실행).
step-sign-offs = 서명 기록
step-audit-events-link = 이 단계의 감사 이벤트
step-no-sign-off = 아직 서명이 없습니다.
step-history-when = 시간
step-history-who = 사용자
step-history-as = 역할
step-history-what = 작업
step-history-note = 메모
step-history-evidence = 증거
step-history-command-hash = 명령 해시
step-history-earlier-round = (이전 회차)
step-history-pasted-output = 붙여 넣은 출력
step-run-results-of = 실행 결과:
step-run-on = 컴퓨터 { $computer }에서
step-run-as = { $user } 계정으로
step-run-finished-at = , { $when }
step-run-step-status = : 단계 { $status }
step-run-checks-passed = , 모든 검사를 통과했습니다
step-run-comma = ,{ " " }
step-run-check-failed = 실패한 검사가 있습니다
step-run-sentence-end = .
step-run-body-matched = 스크립트의 텍스트가 승인된 텍스트와 일치했습니다(본문 SHA-256
step-run-body-matched-end = ).
step-run-precondition-passed = 사전 검사: 통과:
step-run-precondition-failed = 사전 검사: 실패:
step-run-verify-passed = 확인: 통과:
step-run-verify-failed = 확인: 실패:
step-run-transcript = 기록 파일 { $file }
step-run-transcript-hash = , SHA-256

# 단계 페이지: 지금 수행할 수 있는 작업.
step-what-you-can-do = 수행할 수 있는 작업
step-nothing-now = 현재 수행할 수 있는 작업이 없습니다.
step-reason-required = 사유(필수)
step-note = 메모
step-evidence-pasted = 증거: 붙여 넣은 출력
step-evidence-file-before = 또는 파일(최대 1MiB): 스크립트의
step-evidence-file-after = { " " }파일(포털에서 이 단계의 텍스트와 대조하여 확인하고 서명과 함께 표시함) 또는 스크립트의 기록 파일
step-why-unavailable = 다른 작업을 사용할 수 없는 이유

# 단계에서 이어지는 오류 페이지(steps.rs): 찾을 수 없는 항목, 읽을 수 없는 양식.
step-not-found = 단계 { $key }
step-evidence-not-found = 이 증거
step-form-unreadable = 양식을 읽을 수 없습니다: { $error }
step-file-unreadable = 파일을 읽을 수 없습니다: { $error }
step-not-an-action = "{ $kind }"은(는) 작업이 아닙니다.

# 배포의 스크립트(templates/scripts.html).
scripts-title = 스크립트
scripts-intro = 역할마다 PowerShell 스크립트가 하나씩 있으며, 한 역할이 두 셸에서 작업하는 경우에는 셸마다 하나씩 있습니다. 각 스크립트는 본문의 SHA-256을 제공하는 헤더로 시작합니다.
scripts-script = 스크립트
scripts-role = 역할
scripts-run-in = 실행 위치
scripts-steps = 단계
scripts-download = 다운로드

# 내 작업(templates/home.html, home.rs).
home-no-groups = 포털에서 보유한 Exchange 또는 Lync 그룹이 없으므로 대기 중인 단계가 없습니다.
home-shortcut-active = 진행 중인 배포
home-shortcut-active-detail = : 누구의 차례인지, 각 배포가 무엇을 기다리고 있는지 확인
home-shortcut-new = 새 배포 시작
home-shortcut-dashboard-detail = : 기간별 서명, 거부 및 인계
home-shortcut-audit-trail = 감사 내역
home-shortcut-audit-trail-detail = : 모든 이벤트 찾아보기, 필터링 및 내보내기
home-shortcut-users-detail = : 사용자가 보유한 그룹 부여
home-ask-administrator = 포털 관리자에게 Active Directory에서 보유한 그룹을 부여해 달라고 요청하십시오.
home-steps-for-groups = 보유한 그룹의 단계: { $groups }.
home-nothing-anywhere = 진행 중인 배포에 지금 수행할 수 있거나 다른 사람을 기다리는 단계가 없습니다.
home-ready-to-sign = 서명할 수 있는 단계
home-ready-to-countersign = 확인 서명할 수 있는 단계
home-nothing-here = 이 배포에는 아직 서명하거나 확인 서명할 수 있는 단계가 없습니다.
home-waiting-summary = 아직 시작할 수 없는 단계 { $count }개
home-waits-on = { $what } 대기 중
home-list-limit = 각 목록에는 최신 배포부터 처음 { $count }개 단계가 표시됩니다. 나머지 단계는 배포를 열어 확인하십시오.

# 받은 편지함(templates/inbox.html).
inbox-empty = 메시지가 없습니다. 작업이 사용자의 그룹 중 하나에 인계되거나 사용자의 서명이 거부되면 여기에 표시됩니다.
inbox-mark-all-read = 모두 읽음으로 표시
inbox-older = 이전 메시지

# 기능 지원 매트릭스(templates/features.html, features.rs).
features-heading = 기능 지원 매트릭스
features-intro = Exchange와 Lync/Skype for Business의 각 조합에서 제공하는 기능입니다.
features-highlighted-before = 배포
features-highlighted-after = 열이 강조 표시되어 있습니다.
features-matrix-region = 기능 매트릭스(좁은 화면에서는 가로로 스크롤됨)
features-feature = 기능
features-cell-yes-with-note = 예({ $note })
features-cell-yes = 예
features-cell-no = 아니요

# 삭제 등 되돌릴 수 없는 작업 전에 확인하는 페이지(templates/confirm.html).
confirm-no-go-back = 아니요, 돌아가기
