# 배포 목록(/deployments): 제목, 필터, 표, 페이지 넘기기.
deployments-filter-state = 상태
deployments-state-all = 모두
deployments-state-active = 진행 중
deployments-state-complete = 완료
deployments-state-cancelled = 취소됨
deployments-filter-text = 이름에 포함된 텍스트
deployments-filter-submit = 표시
deployments-none-match = 일치하는 배포가 없습니다.
deployments-none-yet = 아직 배포가 없습니다.
deployments-column-name = 이름
deployments-column-state = 상태
deployments-column-progress = 진행률
deployments-column-created = 만든 날짜
deployments-progress-label = 단계 { $total }개 중 { $done }개 완료
# 배포 페이지의 각 레인 진행률 표시줄 안에도 표시됩니다.
deployments-progress = { $done }/{ $total }
deployments-older = 이전 배포
# 목록 필터가 거부된 경우("state: "…" is refused: " 뒤에 표시).
deployments-filter-state-invalid = active, complete, cancelled 중 하나이거나, 모두 표시하려면 비워 두어야 합니다.
deployments-filter-text-invalid = { $max }자 이하여야 하며 제어 문자를 포함할 수 없습니다.
deployments-filter-before-invalid = 배포 번호여야 합니다.

# 목록과 배포 페이지에 표시되는 배포 상태.
deployment-status-active = 진행 중
deployment-status-complete = 완료
deployment-status-cancelled = 취소됨
# 마지막 단계가 끝났을 때 포털이 기록하는 사유.
deployment-status-reason-complete = 모든 단계가 확인 서명되었거나 해당 없음으로 표시됨

# 배포 페이지(/deployments/<id>): 링크와 요약.
deployment-scripts = 스크립트
deployment-edit-parameters = 매개 변수 편집
deployment-answers-file = 응답 파일
deployment-report = 보고서
deployment-audit-events = 감사 이벤트
deployment-summary =
    { $exchange } 및 { $lync }, { $forests ->
        [cross] 서로 다른 포리스트
       *[same] 같은 포리스트
    }. 역할 { $roles }개, 단계 { $steps }개.
# 완료되었거나 취소된 배포: "이 배포의 상태: <strong>취소됨</strong>(사유: …). 이 배포는 읽기 전용입니다."
deployment-read-only-before = 이 배포의 상태:
deployment-read-only-after-reason = (사유: { $reason }). 이 배포는 읽기 전용입니다.
deployment-read-only-after = . 이 배포는 읽기 전용입니다.
# 승인 규칙. $who는 확인 서명자의 키, $count는 필요한 확인 서명 수입니다.
deployment-rules =
    각 단계는 해당 단계를 수행할 수 있는 사람이 서명하고 { $who ->
        [same-requirement] 해당 단계를 수행할 수 있는 다른 사람이
        [other-team] 상대 팀의 구성원이
       *[coordinator] 코디네이터가
    } 확인 서명합니다(확인 서명 { $count }개 필요). 자신의 단계에는 확인 서명할 수 없습니다.

# 배포 페이지: 현재 차례. "대기 대상 <strong>그룹</strong>: 단계 3개".
deployment-turn-heading = 현재 차례
deployment-turn-nobody-status = 없음: 배포가 { $status } 상태입니다.
deployment-turn-nobody-ready = 없음: 준비된 단계가 없습니다.
deployment-turn-waiting-on = 대기 대상
deployment-turn-steps = : 단계 { $count }개
deployment-turn-countersigners =
    확인 서명자({ $who ->
        [same-requirement] 이 단계를 수행할 수 있는 다른 사람
        [other-team] 상대 팀의 구성원
       *[coordinator] 코디네이터
    })

# 배포 페이지: 역할 간 인계. "<보낸 역할>에서 <strong>받는 역할</strong>에 인계: 단계".
deployment-handoffs-heading = 인계
deployment-handoffs-none = 아직 역할 간에 인계된 작업이 없습니다.
deployment-handoff-from = { $from }에서
deployment-handoff-to = 에 인계:

# 배포 페이지: 역할별 레인과 해당 팀.
deployment-lanes-heading = 역할별 작업
deployment-team-name =
    { $team ->
        [exchange] Exchange 팀
        [lync] Lync 팀
        [forest] 포리스트 및 인프라
       *[either] Exchange 팀 또는 Lync 팀
    }
deployment-lane-done = { $total }개 중 { $done }개 완료

# 배포 페이지: 종속성(목록과 그림).
deployment-dependencies-heading = 종속성
deployment-dependencies-intro = 각 단계는 기다리는 단계가 모두 끝나면 시작됩니다.
deployment-dependency-after = ; 선행 단계: { $steps }
deployment-dependency-first = ; 선행 단계 없음
deployment-graph-summary = 그림으로 보기
deployment-graph-label = 종속성 그림(가로로 스크롤)
deployment-graph-caption = 각 화살표는 한 단계에서 그 단계를 기다리는 단계를 가리킵니다. 테두리 색은 팀을 나타냅니다. 점선 테두리는 아직 시작할 수 없는 단계이고, 색이 채워진 상자는 준비된 단계입니다.

# 배포 페이지: 선택한 버전 조합의 기능.
deployment-features-heading = 이 조합의 기능
deployment-features-yes = 제공되는 기능
deployment-features-no = 제공되지 않는 기능
deployment-features-none-missing = 빠진 기능이 없습니다.

# 배포 페이지: 배포 취소와 취소 확인 페이지.
deployment-cancel-heading = 배포 취소
deployment-cancel-reason = 사유(필수)
deployment-cancel-button = 배포 취소
deployment-cancel-confirm = { $id }번 배포를 취소하시겠습니까? 취소한 배포는 영구적으로 읽기 전용이 됩니다. 사유: { $reason }
deployment-cancel-yes = 예, 취소합니다

# 응답 양식: 새 배포(1부와 2부)와 배포의 매개 변수.
answers-part-questions = 1/3부: 조직 및 통합
answers-part-values = 2/3부: 답변에 해당하는 단계에서 사용하는 값만
answers-values-title = 새 배포: 값
answers-values-heading = 새 배포: 명령에 필요한 값
answers-parameters-title = 매개 변수
answers-intro = 질문에 답한 다음 명령에 필요한 값을 입력하십시오. 적용되는 단계의 값만 필수이며, 누락된 값은 계획에 표시됩니다.
# "<before> <a>예제 입력</a> <after>"
answers-example-before = 완성된 양식을 보려면
answers-example-link = 예제 입력
answers-example-after = 링크를 클릭하십시오.
answers-read-only = 이 매개 변수를 읽을 수는 있지만, 변경하려면 코디네이터 역할이 필요합니다.
# 화면 읽기 프로그램용으로 필드의 각 오류 앞에 표시됩니다.
answers-error-prefix = 오류:
answers-continue = 계속
answers-save = 저장 후 다시 계획

# 답변 확인(새 배포의 3/3부).
answers-check-title = 새 배포: 답변 확인
answers-part-check = 3/3부
answers-check-heading = 배포를 만들기 전에 답변 확인
# "이 답변으로 <strong>역할 4개, 단계 12개</strong>의 계획이 만들어집니다. …"
answers-check-plan-before = 이 답변으로
answers-check-plan-size = 역할 { $roles }개, 단계 { $steps }개
answers-check-plan-after = 의 계획이 만들어집니다. 마지막에 있는 단추를 누를 때까지는 아무것도 만들어지지 않습니다.
answers-check-none = (없음)
answers-create = 배포 만들기
answers-change-questions = 답변 변경
answers-change-values = 값 변경
