#!/usr/bin/env bash
# check_tokens.sh SUBGO FILE.go FILE.tokens -- `subgo dump tokens FILE.go`
# (run in the file's directory) must print FILE.tokens exactly, print nothing
# on stderr and exit 0. On failure shows a diff, golden first.
set -euo pipefail
subgo=$(realpath "$1")
golden=$(realpath "$3")
got=$(mktemp)
err=$(mktemp)
trap 'rm -f "$got" "$err"' EXIT
code=0
(cd "$(dirname "$2")" && "$subgo" dump tokens "$(basename "$2")") >"$got" 2>"$err" || code=$?
status=0
diff -u --label "$golden" --label "subgo dump tokens $2" "$golden" "$got" || status=1
if [ -s "$err" ]; then
  echo "unexpected stderr:" >&2
  cat "$err" >&2
  status=1
fi
if [ "$code" -ne 0 ]; then
  echo "$2: exit code $code, want 0" >&2
  status=1
fi
exit "$status"
