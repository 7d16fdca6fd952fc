#!/usr/bin/env bash
# check_generics.sh -- generic syntax is rejected where the file says.
#
# Usage: check_generics.sh SUBGO FILE.go
#
# Every line of FILE.go ending in "// WANT COL" must get exactly
# "FILE.go:LINE:COL: generics are not supported by subgo" from `SUBGO dump
# ast`, no other line any error, and the exit code must be 1. (The message is
# subgo's own, so there is no golden from Go for it.)
set -euo pipefail
subgo=$(realpath "$1")
cd "$(dirname "$2")"
file=$(basename "$2")
want=$(awk -v f="$file" 'match($0, /\/\/ WANT [0-9]+$/) {
  split(substr($0, RSTART), a, " ");
  printf "%s:%d:%d: generics are not supported by subgo\n", f, NR, a[3] }' "$file")
code=0
got=$("$subgo" dump ast "$file" 2>&1 >/dev/null) || code=$?
status=0
diff -u <(echo "$want") <(echo "$got") || status=1
[ "$code" -eq 1 ] || { echo "exit code $code, want 1" >&2; status=1; }
exit $status
