# 포털의 역할(Active Directory 그룹은 이름을 그대로 사용합니다).
portal-role-admin = 포털 관리자
portal-role-coordinator = 코디네이터
portal-role-auditor = 감사자
# 작업이 거부되었을 때 그 작업에 필요한 것.
needs-own-account = 포털 자체 계정
needs-coordinator = 코디네이터 역할
needs-admin = 포털 관리자 역할
needs-auditor-or-admin = 감사자 또는 포털 관리자 역할
needs-audit-browse = 감사자, 포털 관리자 또는 코디네이터 역할
needs-deployment-group = 이 배포의 단계 중 하나에 필요한 그룹(또는 코디네이터, 감사자 또는 포털 관리자 역할)
# 거부된 작업.
permission-user-password-change = 암호 변경
permission-user-language = 언어 선택
permission-deployment-create = 배포 만들기
permission-deployment-edit-parameters = 배포 매개 변수 변경
permission-step-override = 단계를 해당 없음으로 표시하거나 다시 열기
permission-deployment-cancel = 배포 취소
permission-users-manage = 사용자 관리
permission-deployment-read = 이 배포(단계 및 스크립트) 읽기
permission-audit-view = 감사 내역 확인
permission-audit-browse = 감사 내역 찾아보기
permission-database-move = 포털을 다른 데이터베이스로 이전
