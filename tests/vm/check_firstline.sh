#!/usr/bin/env bash
# check_firstline.sh -- check a //vm:firstline program of tests/vm/.
#
# Usage: check_firstline.sh SUBGO FILE.go
#
# Like tests/run/check_run.sh, but of stderr only the first line is
# compared with FILE.err (the lines after it hold addresses even before any
# goroutine traceback, e.g. "runtime: sp=0x... stack=[...]"). Stdout and the
# exit code must equal FILE.out and FILE.code.
set -euo pipefail
subgo=$(realpath "$1")
dir=$(cd "$(dirname "$2")" && pwd)
src=$(basename "$2")
golden=$dir/${src%.go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
code=0
(cd "$dir" && timeout 60 "$subgo" run "$src") </dev/null >"$tmp/out" 2>"$tmp/fullerr" || code=$?
head -n 1 "$tmp/fullerr" >"$tmp/err"
status=0
diff -u --label "$src (go stdout)" --label "$src (subgo stdout)" "$golden.out" "$tmp/out" || status=1
diff -u --label "$src (go stderr line 1)" --label "$src (subgo stderr line 1)" \
  "$golden.err" "$tmp/err" || status=1
want=$(cat "$golden.code")
if [ "$code" -ne "$want" ]; then
  echo "$src: exit code $code, want $want" >&2
  status=1
fi
exit "$status"
