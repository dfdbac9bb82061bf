# 계정 페이지: 계정에 저장되는 언어.
account-language-heading = 언어
account-language-help = 페이지, 받은 편지함 메시지, 전자 메일 및 다운로드하는 스크립트가 선택한 언어로 표시됩니다. 스크립트의 명령은 모든 언어에서 같습니다. 모든 페이지 위쪽의 언어 선택으로도 바꿀 수 있습니다.
account-language-legend = 포털 언어
account-language-button = 이 언어 사용
