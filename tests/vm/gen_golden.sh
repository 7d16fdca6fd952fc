#!/usr/bin/env bash
# gen_golden.sh -- regenerate the goldens of tests/vm/ from real Go 1.19.
#
# Usage: gen_golden.sh [NAME.go...]      (default: every tests/vm/*.go)
#
# The goldens have the run suite's format (X.out, X.err, X.code; see
# tests/run/gen_golden.sh) and are made by the run suite's own script: each
# program is copied into a scratch directory beside links to that script
# and its helpers, generated there, and the goldens copied back.
# A program marked //vm:firstline (its stderr holds addresses before any
# goroutine traceback, e.g. a stack overflow) keeps only the first line of
# stderr in X.err; check_firstline.sh compares it.
# Never produce goldens with subgo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
run=$(cd "$here/../run" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in gen_golden.sh go_subgo.sh stderr_filter.sh; do ln -s "$run/$s" "$tmp/$s"; done
cd "$here"
if [ $# -gt 0 ]; then srcs=("$@"); else srcs=(*.go); fi
names=()
status=0
for src in "${srcs[@]}"; do
  src=$(basename "$src")
  name=${src%.go}
  if grep -q '^//vm:firstline' "$src"; then
    code=0
    (cd "$tmp" && timeout 60 ./go_subgo.sh run "$here/$src") </dev/null \
      >"$name.out" 2>"$tmp/err" || code=$?
    head -n 1 "$tmp/err" >"$name.err"
    echo "$code" >"$name.code"
    continue
  fi
  cp "$src" "$tmp/"
  [ -f "$name.args" ] && cp "$name.args" "$tmp/"
  names+=("$src")
done
[ ${#names[@]} -eq 0 ] && exit 0
(cd "$tmp" && ./gen_golden.sh "${names[@]}") || status=$?
for src in "${names[@]}"; do
  for f in out err code; do
    [ -f "$tmp/${src%.go}.$f" ] && cp "$tmp/${src%.go}.$f" "${src%.go}.$f"
  done
done
exit "$status"
