#!/usr/bin/env bash
# check_ir.sh -- compare `subgo dump ir` of one program with its listing.
#
# Usage: check_ir.sh SUBGO FILE.go FILE.ir
#
# Runs `SUBGO dump ir FILE.go` in FILE.go's directory; stdout must equal
# FILE.ir byte for byte, stderr must be empty and the exit code 0. The
# listings are subgo's own format (there is no Go equivalent), written by
# gen_golden.sh and reviewed by hand when the lowering changes on purpose.
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 SUBGO FILE.go FILE.ir" >&2
  exit 2
fi
subgo=$(realpath "$1")
src=$2
want=$(realpath "$3")
got=$(mktemp)
err=$(mktemp)
trap 'rm -f "$got" "$err"' EXIT
code=0
(cd "$(dirname "$src")" && "$subgo" dump ir "$(basename "$src")") >"$got" 2>"$err" || code=$?
status=0
diff -u --label "$want" --label "subgo dump ir $src" "$want" "$got" || status=1
if [ "$code" -ne 0 ] || [ -s "$err" ]; then
  echo "$src: exit code $code, stderr:" >&2
  cat "$err" >&2
  status=1
fi
exit $status
