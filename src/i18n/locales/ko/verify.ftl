# 감사 내역 검증에서 발견된 문제(감사 페이지, `countersign audit verify`는 영어).
verify-forked = 트리 크기 { $size }의 두 검사점({ $first }, { $second })이 서로 다릅니다. 로그가 분기되었습니다.
verify-bad-checkpoint = { $source }의 트리 크기 { $size } 검사점: { $error }
verify-event-missing = 이벤트 { $seq }이(가) 없습니다. 해당 시퀀스 번호의 행이 없습니다.
verify-events-missing = 이벤트 { $first }~{ $last }이(가) 없습니다. 해당 시퀀스 번호의 행이 없습니다.
verify-tail-gone = 이벤트 { $first }~{ $size }이(가) 사라졌습니다. 감사 트리에는 이벤트가 { $size }개 있지만 테이블은 { $end }에서 끝납니다.
verify-reordered = 번호가 { $seq }인 이벤트가 이벤트 { $previous } 뒤에 있습니다. 행의 순서가 바뀌었거나 중복되었습니다.
verify-wrong-type = 이벤트 { $seq }에 잘못된 형식의 값이 있습니다. 포털을 거치지 않고 기록되었습니다.
verify-not-genesis = 이벤트 1이 체인의 시작이 아닙니다. 이전 해시가 genesis 해시가 아닙니다.
verify-changed = 이벤트 { $seq }이(가) 변경되었습니다. 내용이 더 이상 해시와 일치하지 않습니다.
verify-chain-broken = 이벤트 { $seq }이(가) 이벤트 { $previous } 다음으로 이어지지 않습니다. 체인이 끊어졌습니다.
verify-checkpoint-mismatch = { $source }의 트리 크기 { $size } 검사점이 더 이상 이벤트와 일치하지 않습니다. 이벤트 { $first }~{ $size } 중 하나가 변경되었습니다(그 뒤의 해시도 다시 계산됨).
verify-checkpoint-mismatch-since = { $source }의 트리 크기 { $size } 검사점이 더 이상 이벤트와 일치하지 않습니다. 이벤트 { $first }~{ $size } 중 하나가 변경되었습니다(그 뒤의 해시도 다시 계산됨). 크기 { $good }의 검사점은 여전히 일치합니다.
verify-below-one = 이벤트 { $count }개의 시퀀스 번호가 1보다 작습니다. 포털을 거치지 않고 삽입되었습니다.
verify-not-in-tree = 이벤트 { $first }~{ $last }이(가) 감사 트리에 없습니다. 포털을 거치지 않고 기록되었습니다.
verify-no-checkpoint = 감사 내역을 다루는 서명된 검사점이 없어 아무것도 내역을 보증하지 않습니다(포털은 검사점 간격 안에 검사점에 서명합니다).
verify-rolled-back = 로그가 { $source }의 트리 크기 { $checkpoint } 검사점에 더 이상 도달하지 않습니다. 이벤트가 { $size }개뿐이므로 이벤트 { $first }~{ $checkpoint }이(가) 사라졌습니다(끝부분이 잘렸거나 롤백됨).
verify-unreachable = { $source }의 트리 크기 { $checkpoint } 검사점을 확인할 수 없습니다. 그 앞에 없는 이벤트가 있습니다.
verify-stored-tree = 저장된 트리 해시가 이벤트와 일치하지 않습니다. 포털이 제공하는 증명이 확인되지 않습니다.
verify-replaced-key = { $source }의 트리 크기 { $size } 검사점은 이벤트 { $seq }에서 도입된 키가 아닌 다른 키로 서명되었습니다. 그 이벤트 이후에는 받아들이지 않습니다.
verify-replacement-reuses-key = 이벤트 { $seq }은(는) 이미 사용 중이거나 이전에 교체된 키({ $vkey })를 도입합니다. 교체된 키는 다시 도입하지 않으므로 이 이벤트는 인정하지 않습니다.
verify-replacement-unreadable = 이벤트 { $seq }은(는) 감사 키를 교체하지만 검증자 키를 지정하지 않습니다. 포털은 이런 이벤트를 쓰지 않으며, 그 이후에는 검사점에 서명하지 않습니다.
verify-tail-unvouched = 이벤트 { $seq }에서 도입된 키 { $vkey }가 주어지지 않았습니다. 그 이벤트부터의 이벤트는 주어진 어느 키도 보증하지 않습니다.
# 문제와 따로 나열: 아무것도 보증하지 않아 제쳐 둔 검사점.
verify-unchecked-earlier-key = { $source }의 트리 크기 { $size } 검사점은 이벤트 { $seq }에서 감사 키가 교체되기 전에, 주어진 어느 키도 아닌 키로 서명되었습니다. 확인된 크기 { $covered } 검사점이 보증하지 않는 것은 아무것도 보증하지 않습니다(확인하려면 이전 검증자 키도 제공하십시오).
