#!/usr/bin/env bash
# gen_golden.sh -- regenerate the goldens of tests/run/ from real Go 1.19.
#
# Usage: gen_golden.sh [NAME.go...]      (default: every tests/run/*.go)
#
# A NAME.go is a program of tests/run/, or a path relative to tests/run/
# (pending_sched/X.go: programs waiting for a runtime fix keep their goldens
# beside them). For each program X.go, run in its directory with the arguments listed one
# per line in X.args (if present) and stdin from /dev/null, through
# go_subgo.sh (go build into /tmp, then the binary), this writes:
#   X.out   stdout, byte for byte
#   X.err   stderr through stderr_filter.sh: all of it, but for an
#           unrecovered panic only the report before the goroutine traceback
#           (the "panic: ..." lines, "[recovered]" chains, the
#           "[signal SIGSEGV ...]" line with its pc masked), since the
#           traceback holds addresses no other runtime reproduces
#   X.code  the exit code
#   X.headers  for the scheduler's areas (sched, chan, select, sync, time,
#           ctx, deadlock) and wherever X.headers already exists, when the
#           program prints a goroutine traceback (a deadlock, a goroutine's
#           panic): its goroutine header lines with their wait reasons, as
#           `check_run.sh --headers` prints them (ids but 1 as N, sorted);
#           not for the programs listed in varying_headers below
# golang.org/x/sync is not installed for Go here (no network, GOPATH mode):
# the programs importing golang.org/x/sync/errgroup build against the
# project's copy in stdlib/golang.org/x/sync, which is x/sync's code of Go
# 1.19's time on the standard library only, through a temporary GOPATH.
# Each program runs twice; a difference between the runs means it is not
# deterministic (map order, addresses), which is reported and fails the script.
# Never produce goldens with subgo: they are what subgo is checked against.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/gopath/src/golang.org/x"
ln -s "$here/../../stdlib/golang.org/x/sync" "$tmp/gopath/src/golang.org/x/sync"
export GOPATH=$tmp/gopath

# Programs of those areas whose goroutine headers vary from run to run in
# Go itself: at a concurrent map misuse the other goroutine is caught
# running, runnable, in a syscall or assisting the GC.
varying_headers=" sched_concurrent_map_writes sched_concurrent_map_read_write
  sched_concurrent_map_iterate_write "

# wants_headers NAME: whether NAME's goroutine headers are a golden.
wants_headers() {
  local base=${1##*/}
  [ -f "$1.headers" ] && return 0
  [[ $varying_headers != *" $base "* ]] &&
    [[ $base =~ ^(sched|chan|select|sync|time|ctx|deadlock)_ ]]
}

# run_once SRC DIR: run SRC with Go, leaving DIR/{out,err,code,headers}.
run_once() {
  local src=$1 dir=$2 args=()
  mkdir -p "$dir"
  [ -f "${src%.go}.args" ] && mapfile -t args <"${src%.go}.args"
  local code=0
  (cd "$(dirname "$src")" &&
    timeout 60 "$here/go_subgo.sh" run "$(basename "$src")" "${args[@]}") \
    </dev/null >"$dir/out" 2>"$dir/fullerr" || code=$?
  ./stderr_filter.sh <"$dir/fullerr" >"$dir/err"
  ./check_run.sh --headers <"$dir/fullerr" >"$dir/headers"
  echo "$code" >"$dir/code"
}

if [ $# -gt 0 ]; then srcs=("$@"); else srcs=(*.go); fi
status=0
for src in "${srcs[@]}"; do
  [ -f "$src" ] || src=$(basename "$src")
  name=${src%.go}
  run_once "$src" "$tmp/a"
  run_once "$src" "$tmp/b"
  if [ "$(cat "$tmp/a/code")" -eq 125 ]; then
    echo "$src: does not build" >&2; status=1; continue
  fi
  compared=(out err code)
  wants_headers "$name" && compared+=(headers)
  for f in "${compared[@]}"; do
    if ! cmp -s "$tmp/a/$f" "$tmp/b/$f"; then
      echo "$src: $f differs between two runs (not deterministic)" >&2
      status=1
    fi
  done
  cp "$tmp/a/out" "$name.out"
  cp "$tmp/a/err" "$name.err"
  cp "$tmp/a/code" "$name.code"
  if wants_headers "$name" && [ -s "$tmp/a/headers" ]; then
    cp "$tmp/a/headers" "$name.headers"
  fi
done
exit "$status"
