# 생성된 스크립트: 헤더 주석과 출력하는 내용. 명령은 여기에 없습니다.
script-header-title = Countersign 스크립트 { $file }
script-header-language = 언어: { $language } ({ $tag })
script-header-deployment = 배포: { $name }
script-header-role = 역할: { $role } ({ $key })
script-header-run-in = 실행 위치: { $shell }, { $role }의 구성원으로 로그인한 상태
script-header-steps = 단계:
script-header-generated = 생성: { $at }, Countersign { $version }
script-step-comment = 단계 { $number }: { $key }
script-step-banner = ==> 단계 { $number } ({ $key }): { $title }
script-needs-first = 다른 담당자가 먼저 완료해야 하는 단계: { $steps }
script-caution = 주의: { $text }
script-checked-first = --- 사전 검사
script-by-hand = { $shell }에서 직접 수행:
script-press-enter = 이 단계를 완료했으면 Enter 키를 누르십시오(Ctrl+C를 누르면 스크립트가 중지됩니다)
script-exit-code = 단계 { $key } 실패: 종료 코드
script-verify = --- 확인
script-check = 확인: { $text }
script-check-mode = 확인 모드: 읽기 전용 검사만 실행하며 아무것도 변경하지 않습니다.
script-check-failed = 단계 { $step }의 { $kind } 검사에 실패했습니다:{" "}
script-results-written = 서명용 결과 파일(서명할 때 이 파일을 첨부하십시오):{" "}
script-results-not-written = 결과 파일을 쓸 수 없습니다:{" "}
script-no-transcript = 기록 파일 없음:{" "}
script-stopped = 중지됨:{" "}
# 단계를 수행하는 곳.
shell-exchange-shell = Exchange 관리 셸
shell-lync-shell = Lync Server 관리 셸
shell-windows-powershell = Windows PowerShell(관리자 권한으로 실행)
shell-cmd = 명령 프롬프트(관리자 권한으로 실행)
shell-gui = 그래픽 도구
shell-dns-console = DNS 관리자
shell-config-file = 텍스트 편집기(구성 파일)
