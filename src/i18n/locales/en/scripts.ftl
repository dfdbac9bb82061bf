# The generated scripts: header comments and what they print. Commands are never here.
script-header-title = Countersign script { $file }
script-header-language = Language: { $language } ({ $tag })
script-header-deployment = Deployment: { $name }
script-header-role = Role: { $role } ({ $key })
script-header-run-in = Run in: { $shell }, signed in as a member of { $role }
script-header-steps = Steps:
script-header-generated = Generated: { $at } by Countersign { $version }
script-step-comment = Step { $number }: { $key }
script-step-banner = ==> Step { $number } ({ $key }): { $title }
script-needs-first = Needs done first by others: { $steps }
script-caution = Caution: { $text }
script-checked-first = --- Checked first
script-by-hand = By hand, in { $shell }:
script-press-enter = Press Enter when this step is done (Ctrl+C stops the script)
script-exit-code = Step { $key } failed: exit code
script-verify = --- Verify
script-check = Check: { $text }
script-check-mode = Check mode: only the read-only checks run; nothing is changed.
script-check-failed = The { $kind } check of step { $step } failed:{" "}
script-results-written = Results for the sign-off (attach this file when you sign):{" "}
script-results-not-written = The results file could not be written:{" "}
script-no-transcript = No transcript:{" "}
script-stopped = Stopped:{" "}
# Where a step is done.
shell-exchange-shell = Exchange Management Shell
shell-lync-shell = Lync Server Management Shell
shell-windows-powershell = Windows PowerShell (as Administrator)
shell-cmd = Command Prompt (as Administrator)
shell-gui = a graphical tool
shell-dns-console = DNS Manager
shell-config-file = a text editor (configuration file)
