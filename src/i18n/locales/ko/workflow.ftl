# 서명 규칙이 작업을 거부하는 이유(거부된 사람에게 표시되며, 감사 내역에는 영어로 남습니다).
refused-countersign-needs = 확인 서명에는 { $needs }이(가) 필요합니다(이 배포의 규칙: { $rule }).
refused-countersign-coordinator = 확인 서명에는 코디네이터 역할이 필요합니다(이 배포의 규칙).
refused-countersign-lync-team = 확인 서명에는 Lync 팀의 구성원이 필요합니다(이 배포의 규칙).
refused-countersign-exchange-team = 확인 서명에는 Exchange 팀의 구성원이 필요합니다(이 배포의 규칙).
refused-countersign-either-team = 확인 서명에는 Exchange 팀 또는 Lync 팀의 구성원이 필요합니다(이 배포의 규칙).
refused-blocked = 단계가 차단되었습니다. { $steps }을(를) 먼저 완료해야 합니다.
refused-already-signed = 이 단계는 이미 { $signer }이(가) 서명했습니다.
refused-already-finished = 이 단계는 이미 완료되었습니다.
refused-sign-needs = 서명에는 { $needs }이(가) 필요합니다. 보유한 그룹: { $held }.
refused-not-signed = 서명된 단계만 { $action ->
    [reject] 거부할
   *[other] 확인 서명할
} 수 있습니다. 이 단계의 상태: { $state }.
refused-own-signature = 이 단계에 직접 서명했습니다. 다른 사람이 확인 서명하거나 거부해야 합니다.
refused-already-countersigned = 이 단계에 이미 확인 서명했습니다.
refused-not-in-plan = 단계 { $step }은(는) 이 계획에 없습니다.
refused-closed = 이 배포는 종료(완료 또는 취소)되어 읽기 전용입니다.
refused-not-signed-in = 서명은 로그인한 사람만 할 수 있습니다.
refused-not-applicable-needs = 단계를 해당 없음으로 표시하려면 { $needs }이 필요합니다.
refused-already-state = 이 단계는 이미 { $state } 상태입니다.
refused-reopen-needs = 단계를 다시 열려면 { $needs }이 필요합니다.
refused-reopen-unfinished = 완료된 단계(확인 서명됨 또는 해당 없음)만 다시 열 수 있습니다.
refused-text-changed = 페이지를 연 후 단계의 텍스트가 변경되어 아무것도 수행하지 않았습니다. 현재 내용을 읽고 다시 작업하십시오.
refused-step-changed = 페이지를 연 후 단계가 변경되어(현재 상태: { $state }) 아무것도 수행하지 않았습니다.
refused-step-changed-signed = 페이지를 연 후 단계가 변경되어(현재 상태: { $state }, 서명자: { $signer }) 아무것도 수행하지 않았습니다.
refused-deployment-already = 이 배포는 이미 { $status } 상태입니다.
# 단계의 상태.
state-blocked = 아직 시작할 수 없음
state-ready = 서명 준비됨
state-signed = 확인 서명 대기 중
state-countersigned = 완료
state-not-applicable = 해당 없음
# 배포의 규칙에 따른 확인 서명자.
countersigner-same-requirement = 이 단계를 수행할 수 있는 다른 사람
countersigner-other-team = 상대 팀의 구성원
countersigner-coordinator = 코디네이터
# 그룹: Active Directory의 이름은 그대로 두고, 그 사이의 말만 번역합니다.
roles-and = {" 및 "}
roles-or = {", 또는 "}
role-local-admins = Administrators(로컬)
# 단계 작업의 단추.
action-sign = 서명: 직접 실행했습니다
action-countersign = 확인 서명: 직접 확인했습니다
action-reject = 거부
action-not-applicable = 해당 없음으로 표시
action-reopen = 다시 열기
roles-none = 그룹 없음
