#!/usr/bin/env bash
# showcase.sh -- what `make run` shows: each front-end stage's view of one
# small concurrent program (tests/cli/pipeline.go), then `subgo run` on it
# next to real Go 1.19's output.
#
# Usage: showcase.sh SUBGO
set -euo pipefail

subgo=$(realpath "$1")
cd "$(dirname "$0")/../tests/cli"
prog=pipeline.go

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "subgo version"
"$subgo" version
step "the program: $prog"
cat "$prog"
step "subgo dump tokens $prog (first 25; SEMICOLON newline = inserted automatically)"
"$subgo" dump tokens "$prog" | sed -n 1,25p
step "subgo dump ast $prog (first 40 lines)"
"$subgo" dump ast "$prog" | sed -n 1,40p
step "subgo dump types $prog"
"$subgo" dump types "$prog"
step "subgo run $prog"
"$subgo" run "$prog" || echo "(exit $?)"
if command -v go >/dev/null; then
  step "go run $prog (Go 1.19, the reference subgo must match)"
  go run "$prog"
fi
