# 서명에 첨부한 스크립트 결과 파일을 거부하는 이유(파일 필드 옆에 표시).
results-unreadable = 결과 파일처럼 보이지만 읽을 수 없습니다({ $error }). 스크립트가 쓴 파일을 변경하지 말고 그대로 첨부하십시오.
results-format = 결과 파일의 형식 '{ $format }'은(는) 이 포털에서 읽을 수 없습니다(읽을 수 있는 형식: { $expected }).
results-no-step = 결과 파일이 이 배포에 없는 단계 { $step }에 대한 것입니다.
results-no-script = 결과 파일을 대조할 수 없습니다. 이 배포의 어떤 스크립트도 단계 { $step }을(를) 포함하지 않습니다.
results-other-deployment = 결과 파일이 배포 "{ $expected }"이(가) 아닌 배포 "{ $found }"에서 나온 것입니다.
results-other-script = 결과 파일이 단계 { $step }을(를) 포함하지 않는 스크립트 { $found }에서 나온 것입니다. { $expected }의 결과를 첨부하십시오.
results-no-body-hash = 결과 파일에 본문 해시가 없습니다. { $script }을(를) 파일에서 실행하지 않았거나 헤더를 편집했으므로 실행을 승인된 텍스트와 대조할 수 없습니다.
results-other-version = 결과 파일이 { $script }의 다른 버전에서 나온 것입니다(본문 SHA-256 { $found }, 현재 스크립트는 { $expected }). 스크립트를 다시 다운로드하여 실행한 다음 새 결과를 첨부하십시오.
results-no-entry = 결과 파일에 단계 { $step } 항목이 없습니다.
results-other-text = 결과 파일이 단계 { $step }의 다른 텍스트를 실행했습니다(콘텐츠 SHA-256 { $found }, 승인된 값 { $expected }).
results-check-run = 결과 파일이 아무것도 변경하지 않는 -Check 실행에서 나온 것입니다. 단계를 실제로 수행한 실행의 결과를 첨부하십시오.
results-not-done = 결과 파일에 따르면 단계가 완료되지 않았습니다(상태 { $status }). 실행이 단계를 완료한 다음 서명하십시오.
results-check-failed = 결과 파일에 따르면 검사에 실패했습니다: { $command } ({ $output })
