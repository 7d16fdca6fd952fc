#!/usr/bin/env bash
# gen_golden.sh -- regenerate the goldens of tests/run/ from real Go 1.19.
#
# Usage: gen_golden.sh [NAME.go...]      (default: every tests/run/*.go)
#
# For each program X.go, run in this directory with the arguments listed one
# per line in X.args (if present) and stdin from /dev/null, through
# go_subgo.sh (go build into /tmp, then the binary), this writes:
#   X.out   stdout, byte for byte
#   X.err   stderr through stderr_filter.sh: all of it, but for an
#           unrecovered panic only the report before the goroutine traceback
#           (the "panic: ..." lines, "[recovered]" chains, the
#           "[signal SIGSEGV ...]" line with its pc masked), since the
#           traceback holds addresses no other runtime reproduces
#   X.code  the exit code
# Each program runs twice; a difference between the runs means it is not
# deterministic (map order, addresses), which is reported and fails the script.
# Never produce goldens with subgo: they are what subgo is checked against.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_once SRC DIR: run SRC with Go, leaving DIR/{out,err,code}.
run_once() {
  local src=$1 dir=$2 args=()
  mkdir -p "$dir"
  [ -f "${src%.go}.args" ] && mapfile -t args <"${src%.go}.args"
  local code=0
  timeout 60 ./go_subgo.sh run "$src" "${args[@]}" </dev/null \
    >"$dir/out" 2>"$dir/fullerr" || code=$?
  ./stderr_filter.sh <"$dir/fullerr" >"$dir/err"
  echo "$code" >"$dir/code"
}

if [ $# -gt 0 ]; then srcs=("$@"); else srcs=(*.go); fi
status=0
for src in "${srcs[@]}"; do
  src=$(basename "$src")
  name=${src%.go}
  run_once "$src" "$tmp/a"
  run_once "$src" "$tmp/b"
  if [ "$(cat "$tmp/a/code")" -eq 125 ]; then
    echo "$src: does not build" >&2; status=1; continue
  fi
  for f in out err code; do
    if ! cmp -s "$tmp/a/$f" "$tmp/b/$f"; then
      echo "$src: $f differs between two runs (not deterministic)" >&2
      status=1
    fi
  done
  cp "$tmp/a/out" "$name.out"
  cp "$tmp/a/err" "$name.err"
  cp "$tmp/a/code" "$name.code"
done
exit "$status"
