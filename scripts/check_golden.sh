#!/usr/bin/env bash
# check_golden.sh -- compare one `subgo dump` run with a golden error file.
#
# Usage: check_golden.sh SUBGO MODE FILE.go FILE.golden
#
# Runs `SUBGO dump MODE FILE.go` inside FILE.go's directory with the bare file
# name (so error positions read "file.go:L:C: msg", as gc prints them), then
# checks that stderr equals FILE.golden byte for byte and that the exit code is
# 1 when the golden is non-empty (compile errors) and 0 when it is empty.
# Goldens come from real Go 1.19 runs, never from subgo. On failure, prints a
# unified diff (golden first) and exits 1.
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "usage: $0 SUBGO MODE FILE.go FILE.golden" >&2
  exit 2
fi
subgo=$(realpath "$1")
mode=$2
src=$3
golden=$(realpath "$4")

want_code=0
[ -s "$golden" ] && want_code=1

got=$(mktemp)
trap 'rm -f "$got"' EXIT
code=0
(cd "$(dirname "$src")" && "$subgo" dump "$mode" "$(basename "$src")") \
  >/dev/null 2>"$got" || code=$?

status=0
if ! diff -u --label "$golden" --label "subgo dump $mode $src (stderr)" \
  "$golden" "$got"; then
  status=1
fi
if [ "$code" -ne "$want_code" ]; then
  echo "$src: exit code $code, want $want_code" >&2
  status=1
fi
exit "$status"
