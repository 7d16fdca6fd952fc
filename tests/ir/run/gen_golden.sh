#!/usr/bin/env bash
# gen_golden.sh -- goldens of tests/ir/run/ from real Go 1.19.
#
# Usage: gen_golden.sh [NAME.go...]      (default: every tests/ir/run/*.go)
#
# Same format as tests/run (X.out stdout, X.err stderr through
# tests/run/stderr_filter.sh, X.code exit code), so tests/run/check_run.sh
# checks them. Never produce goldens with subgo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
filter=$here/../../run/stderr_filter.sh
cd "$here"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then srcs=("$@"); else srcs=(*.go); fi
for src in "${srcs[@]}"; do
  src=$(basename "$src")
  name=${src%.go}
  go build -o "$tmp/$name" "$src"
  code=0
  "$tmp/$name" </dev/null >"$name.out" 2>"$tmp/err" || code=$?
  "$filter" <"$tmp/err" >"$name.err"
  echo "$code" >"$name.code"
done
