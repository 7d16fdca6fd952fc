#!/usr/bin/env bash
# showcase.sh -- what `make run` shows: each front-end stage's view of one
# small concurrent program (tests/cli/pipeline.go), then `subgo run` on it
# next to real Go 1.19's output. Every step is shown even if one fails; the
# script fails if a front-end step did.
#
# Usage: showcase.sh SUBGO
set -uo pipefail

subgo=$(realpath "$1")
cd "$(dirname "$0")/../tests/cli"
prog=pipeline.go
failed=0

# show TITLE LINES CMD...: print a heading, run CMD, keep its first LINES lines
# of output (sed, not head: it reads everything, so CMD never gets SIGPIPE).
show() {
  local title=$1 lines=$2
  shift 2
  printf '\n== %s\n' "$title"
  "$@" 2>&1 | sed -n "1,${lines}p"
  local code=${PIPESTATUS[0]}
  [ "$code" -eq 0 ] || printf '(exit %d)\n' "$code"
  return "$code"
}

show "subgo version" 5 "$subgo" version || failed=1
show "the program: $prog" 100 cat "$prog"
show "subgo dump tokens $prog (first 25; SEMICOLON newline = inserted automatically)" \
  25 "$subgo" dump tokens "$prog" || failed=1
show "subgo dump ast $prog (first 40 lines)" 40 "$subgo" dump ast "$prog" || failed=1
show "subgo dump types $prog" 100 "$subgo" dump types "$prog" || failed=1
show "subgo run $prog (the VM is not there yet)" 20 "$subgo" run "$prog"
if command -v go >/dev/null; then
  show "go run $prog (Go 1.19: what subgo run must print)" 20 go run "$prog"
fi
exit "$failed"
