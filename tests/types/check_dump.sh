#!/usr/bin/env bash
# check_dump.sh -- `subgo dump types FILE.go` must succeed silently and print
# exactly FILE.types (made by gotypes.go from go/types, never by subgo).
# Usage: check_dump.sh SUBGO FILE.go FILE.types
set -euo pipefail
subgo=$(realpath "$1")
src=$2
want=$(realpath "$3")
got=$(mktemp)
err=$(mktemp)
trap 'rm -f "$got" "$err"' EXIT
code=0
(cd "$(dirname "$src")" && "$subgo" dump types "$(basename "$src")") >"$got" 2>"$err" || code=$?
if [ $code -ne 0 ] || [ -s "$err" ]; then
  echo "subgo dump types $(basename "$src"): exit $code" >&2
  cat "$err" >&2
  exit 1
fi
diff -u "$want" "$got"
