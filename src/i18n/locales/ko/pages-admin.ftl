# 감사 내역 페이지(templates/audit.html, audit.rs): 검사점, 감사 키, 증명, 검증.
title-audit-trail = 감사 내역
audit-intro = 감사 내역은 머클 트리 로그입니다. 모든 이벤트는 리프이며, 포털의 감사 키로 서명된 검사점은 해당 크기까지의 모든 이벤트를 확정합니다. 검사점을 가진 사람은 누구나 이벤트가 로그에 있는지, 로그가 다시 작성된 적이 없는지 확인할 수 있습니다.
audit-intact = 손상되지 않음
audit-not-intact = 손상됨
audit-report-summary = 이벤트 { $events }개, 트리 크기 { $size }, 검사점 { $checkpoints }개 확인, 루트
audit-sentence-end = { "." }
audit-not-checked = 확인하지 않았으며 아무것도 보증하지 않는 검사점:
audit-verify-heading = 검증
audit-verify-button = 전체 감사 내역 검증
audit-verify-help = 모든 이벤트와 트리를 다시 계산하고, 포털과 검사점 로그 파일에 있는 모든 검사점을 다시 확인합니다. 검증을 실행한 사실도 기록됩니다.
audit-latest-checkpoint = 최신 검사점
audit-no-checkpoint = 아직 서명된 검사점이 없습니다. 포털은 첫 이벤트가 기록된 후 1분 이내에 검사점에 서명합니다.
audit-download-checkpoint = 텍스트로 다운로드
audit-key-heading = 검사점에 서명하는 키
audit-key-help-start = 증명을 확인하는 사람에게 이 검증자 키를 제공하십시오(
audit-key-help-end = ):
audit-proof-heading = 이벤트가 로그에 있다는 증명
audit-proof-event-number = 이벤트 번호
audit-proof-button = 증명 다운로드
audit-proof-help = 최신 검사점에 대한 c2sp.org tlog-proof이며, 이벤트 자체를 포함합니다.
audit-consistency-help = 두 트리 크기 사이의 일관성:

# 감사 내역 페이지에서 이어지는 오류 페이지(audit.rs): 찾을 수 없는 항목, 숫자가 아닌 값.
audit-not-found-checkpoint = 서명된 검사점(아직 서명된 검사점이 없음)
audit-not-found-event = 감사 이벤트 { $seq }
audit-seq-not-a-number = seq: "{ $value }"은(는) 이벤트 번호가 아닙니다.
audit-not-a-tree-size = { $name }: "{ $value }"은(는) 트리 크기가 아닙니다.

# 감사 이벤트 페이지(templates/audit_events.html, audit_events.rs): 필터 양식, 표, 내보내기 링크.
title-audit-events = 감사 이벤트
audit-events-proofs-link = 검사점, 증명 및 감사 내역 검증
audit-events-filter = 필터
audit-events-deployment-label = 배포 번호
audit-events-person-label = 사용자(사용자 이름)
audit-events-role-label = 수행 역할
audit-events-action-label = 작업(예: step.sign, 모든 단계 작업의 경우 step.)
audit-events-outcome-label = 결과
audit-events-outcome-any = 모두
audit-events-since-label = 시작(YYYY-MM-DD, UTC)
audit-events-until-label = 종료(YYYY-MM-DD, UTC)
audit-events-text-label = 대상 또는 세부 정보의 텍스트
audit-events-filter-button = 필터
audit-events-clear = 지우기
audit-events-export-all = 전체 감사 내역 내보내기:
audit-events-export-filtered = 이 이벤트 내보내기:
audit-events-none = 일치하는 이벤트가 없습니다.
audit-events-col-when = 시간
audit-events-col-who = 사용자
audit-events-col-as = 역할
audit-events-col-what = 작업
audit-events-col-on = 대상
audit-events-col-outcome = 결과
audit-events-col-details = 세부 정보
audit-events-col-proof = 증명
audit-events-details-summary = 세부 정보
audit-events-proof-link = 증명
audit-events-older = 이전 이벤트 →

# 감사 이벤트 페이지: 거부된 필터(audit_events.rs). 양식 위와 거부된 내보내기에 표시됩니다.
audit-events-deployment-refused = deployment: "{ $value }"은(는) 사용할 수 없습니다. 배포 번호를 입력하십시오.
audit-events-outcome-refused = outcome: "{ $value }"은(는) 사용할 수 없습니다. done 또는 refused여야 합니다.
audit-events-date-refused = { $name }: "{ $value }"은(는) 사용할 수 없습니다. 날짜를 YYYY-MM-DD(UTC) 형식 또는 RFC 3339 시간으로 입력하십시오.

# 인쇄할 수 있는 배포 보고서(templates/report.html, reports.rs).
report-page-title = 보고서: { $name }
report-heading = 배포 보고서: { $name }
report-meta = 배포 { $id } · 만든 날짜 { $created }
report-in-parentheses = ({ $text })
report-made = 보고서 작성 { $generated }
report-print-help = 브라우저에서 인쇄하거나 PDF로 인쇄하십시오(Ctrl+P). 레이아웃은 A4 및 Letter 용지에 맞습니다.
report-answers-heading = 답변 및 매개 변수
report-plan-heading = 계획 및 서명
report-no-signoff = 서명이 없습니다.
report-col-when = 시간
report-col-who = 사용자
report-col-as = 역할
report-col-what = 작업
report-col-note = 메모 또는 사유
report-col-text-hash = 텍스트의 SHA-256
report-col-evidence = 증거
report-earlier-round = (이전 회차)
report-handoffs-heading = 인계
report-none = 없음.
report-col-from-to = 인계한 역할 → 인계받은 역할
report-lane-times-heading = 역할별 소요 시간
report-no-lane-time = 아직 단계를 완료한 역할이 없습니다.
report-col-role = 역할
report-col-lane-time = 첫 인계부터 마지막 결정까지
report-features-heading = 이 배포에서 제공하는 기능
report-feature-yes = 예: { $name }
report-feature-no = 아니요: { $name }
report-proof-heading = 증명
report-proof-intro = 이 보고서를 작성한 시점의 서명된 감사 내역 검사점과, 이 배포의 각 서명 이벤트가 그 검사점에 포함되어 있음을 보여 주는 포함 증명입니다. 증명을 파일로 저장하고
report-proof-intro-end = { " " }명령으로 오프라인에서 확인하십시오.
report-proof-event-heading = 이벤트 { $seq }: { $what }
report-no-proof = 아직 서명 이벤트가 없으므로 증명할 내용이 없습니다.

# reports.rs에서 만드는 보고서 내용: 배포 상태, 증명의 이벤트, 서명의 증거.
report-proof-what = { $action } { $target }, 수행자: { $actor }
report-evidence-file = { $name }(SHA-256 { $sha256 })
report-evidence-results = { $file }: { $computer }에서 실행한 { $script }의 결과, 단계 { $status }, { $checks }
report-evidence-unnamed-computer = 이름 없는 컴퓨터
report-evidence-checks-passed = 모든 검사 통과
report-evidence-check-failed = 검사 실패

# 보고서와 대시보드에 표시되는 소요 시간(reports.rs).
report-duration-minutes = { $minutes }분
report-duration-hours = { $hours }시간 { $minutes }분
report-duration-days = { $days }일 { $hours }시간

# 대시보드(templates/dashboard.html). 제목은 nav-dashboard입니다.
dashboard-by-state = 상태별 배포
dashboard-waiting = 역할별 대기 중인 단계
dashboard-nothing-waiting = 대기 중인 항목이 없습니다.
dashboard-waiting-caption = 역할별 준비되어 대기 중인 단계
dashboard-slowest = 가장 오래 걸린 인계
dashboard-no-handoff = 아직 인계가 없습니다.
dashboard-col-deployment = 배포
dashboard-col-to = 인계받은 역할
dashboard-col-waited = 대기 시간
dashboard-still-waiting = (아직 대기 중)
dashboard-days = 최근 30일간의 서명 및 거부
dashboard-signoffs-bar = { $day }: 서명 작업 { $count }건
dashboard-refusals-bar = { $day }: 거부 { $count }건
dashboard-as-table = 표로 보기
dashboard-col-day = 날짜(UTC)
dashboard-col-signoffs = 서명 작업
dashboard-col-refusals = 거부

# 포털 관리자용 사용자 페이지(templates/users.html, users.rs). 제목은 nav-users입니다.
users-col-user = 사용자
users-col-name = 이름
users-col-roles = 역할
users-col-state = 상태
users-col-actions = 작업
users-signs-in-through = { $provider }을(를) 통해 로그인
users-granted-by-hand = 직접 부여한 역할:
users-revoke = 취소
users-from-provider-groups = 공급자 그룹에서 부여한 역할(로그인할 때마다 다시 설정됨):
users-role-from = 출처: { $groups }
users-grant-role-label = { $username }에게 부여할 역할
users-choose-role = 역할 선택…
users-grant = 부여
users-state-disabled = 사용 안 함
users-state-active = 사용
users-state-locked = , 잠김
users-enable = 사용
users-disable = 사용 안 함
users-new-password-button = 새 암호 설정
users-deliveries-heading = 문제가 있는 웹후크 및 전자 메일 배달
users-none = 없음.
users-col-queued = 대기열 추가 시간
users-col-channel = 채널
users-col-attempts = 시도 횟수
users-col-last-error = 마지막 오류
users-delivery-to = 받는 사람: { $to }
users-new-user-heading = 새 사용자
users-username-label = 사용자 이름
users-display-name-label = 표시 이름
users-email-label = 전자 메일(포털에서 전자 메일을 보낼 때 인계 알림용)
users-create-button = 사용자 만들기
users-create-help = 암호가 생성되며 한 번만 표시됩니다.

# users.rs에서 만드는 사용자 페이지 내용: 배달, 알림, 작업 전 확인 질문, 오류.
users-channel-webhook = 웹후크
users-channel-email = 전자 메일
users-delivery-delivered-after-retry = 다시 시도한 후 배달됨
users-delivery-given-up = 다시 시도 중단됨
users-delivery-retrying = 다시 시도 중
users-created-notice = { $username }을(를) 만들었습니다. 암호(이번 한 번만 표시됨): { $password }
users-new-password-notice = { $username }의 새 암호(이번 한 번만 표시됨): { $password }
users-revoke-heading = 역할 취소
users-revoke-message = { $username }에게서 { $role } 역할을 취소하시겠습니까? 이 역할로 허용된 작업을 즉시 수행할 수 없게 됩니다.
users-revoke-yes = 예, 취소합니다
users-disable-heading = 계정 사용 안 함
users-disable-message = { $username } 계정을 사용하지 않도록 설정하시겠습니까? 세션이 즉시 종료되며, 다시 사용하도록 설정할 때까지 로그인할 수 없습니다.
users-disable-yes = 예, 사용하지 않도록 설정합니다
users-password-heading = 새 암호 설정
users-password-message = { $username }의 새 암호를 설정하시겠습니까? 현재 암호는 더 이상 작동하지 않으며 세션이 종료됩니다.
users-password-yes = 예, 새 암호를 설정합니다
users-not-found-action = { $action } 작업

# 자신의 암호(templates/account.html, account.rs).
account-title = 내 암호
account-changed = 암호가 변경되었습니다. 다른 세션은 종료되었으며 이 세션은 계속됩니다.
account-error-summary = 문제가 있습니다
account-identity-provider-note = 조직의 ID 공급자를 통해 로그인하는 사용자는 해당 ID 공급자에서 암호를 변경합니다.
account-current-password = 현재 암호
account-new-password = 새 암호
account-repeat-password = 새 암호 확인
account-error-prefix = 오류:
account-new-password-help = { $min }자 이상이어야 합니다. 몇 단어로 된 암호 문구는 입력하기 쉽고 추측하기 어렵습니다.
account-change-button = 암호 변경

# 로그인(templates/login.html, login_form.html, sso_failed.html, login.rs).
login-sign-in = 로그인
login-sign-in-with = { $provider }(으)로 로그인
login-or-with-password = 또는 Countersign 암호 사용:
login-break-glass = 비상 로그인(ID 공급자를 사용할 수 없는 경우)
login-username = 사용자 이름
login-password = 암호
login-wrong-password = 사용자 이름 또는 암호가 잘못되었습니다. 연속으로 { $failures }번 실패하면 계정이 { $minutes }분 동안 잠깁니다.
login-sso-failed-title = 로그인하지 못했습니다
login-sso-failed-heading = { $provider }(으)로 로그인하지 못했습니다
login-try-again = 다시 시도
login-with-password = 암호로 로그인
login-the-identity-provider = ID 공급자
login-sso-not-configured = Single Sign-On(구성되지 않음)

# 오류 페이지(templates/error.html, src/web/error.rs): 각 오류의 제목과 메시지.
error-not-found-title = 찾을 수 없음
error-not-found = { $what }을(를) 찾을 수 없습니다.
error-forbidden-title = 허용되지 않음
error-forbidden = { $action }에는 { $needs }이 필요합니다. 이 권한이 있어야 하는 경우 포털 관리자에게 부여를 요청하십시오.
error-conflict-title = 그 사이에 변경됨
error-bad-request-title = 잘못된 요청
error-as-given = { $text }
error-refused-title = 수행되지 않음
error-refused = 아무 작업도 수행되지 않았습니다. { $why }
error-csrf-title = 양식 거부됨
error-csrf = 양식이 만료되었거나 이 포털에서 보낸 양식이 아니므로 아무것도 변경되지 않았습니다. 이전 페이지로 돌아가 페이지를 다시 로드한 후 다시 보내십시오.
error-too-large-title = 너무 큼
error-too-large = 양식이 포털에서 허용하는 크기보다 큽니다.
error-busy-title = 사용 중
error-busy = 포털이 사용 중입니다(동시에 많은 로그인 또는 변경이 발생함). 아무 작업도 수행되지 않았습니다. 몇 초 후에 다시 시도하십시오.
error-internal-title = 문제가 발생했습니다
error-internal = 포털에서 이 요청을 완료할 수 없습니다. 관리자에게 아래 요청 ID를 알려 주십시오.

# 오류 페이지: 상태 코드와 돌아갈 곳.
error-status = 상태 { $status }.
error-back-to-my-work = 내 작업으로 돌아가기
error-back-to-step = 단계로 돌아가기
error-back-to-deployment = 배포로 돌아가기
error-back-to-users = 사용자 목록으로 돌아가기
