#!/usr/bin/env bash
# check_run.sh -- run one tests/run/ program under subgo and compare with Go.
#
# Usage: check_run.sh SUBGO FILE.go
#        check_run.sh --headers <STDERR    (print the compared header lines)
#
# Runs `SUBGO run FILE.go ARGS...` in FILE.go's directory with the bare file
# name, the arguments listed one per line in FILE.args (if present), stdin
# from /dev/null and a timeout of $RUN_TIMEOUT seconds (default 10; raise it
# for sanitizer builds). Then checks, against the goldens that
# gen_golden.sh made with real Go 1.19:
#   stdout     equal to FILE.out byte for byte
#   stderr     through stderr_filter.sh, equal to FILE.err: everything
#              but a panic's goroutine traceback (which holds addresses)
#   exit code  equal to FILE.code
#   headers    only if FILE.headers exists: the goroutine headers of the
#              whole stderr ("goroutine 1 [chan receive]:", one per
#              goroutine of a deadlock report or of a goroutine's panic),
#              in the form `--headers` prints, equal to FILE.headers. Those
#              lines carry the wait reasons (chan send, select (no cases),
#              semacquire...) that stderr_filter.sh cuts with the traceback.
#              Goroutine 1 is main in every runtime, but the other ids
#              depend on how many goroutines the runtime started for itself,
#              and the report's order on the scheduler, so `--headers`
#              writes every id but 1 as N and sorts the lines.
# On failure, prints a unified diff (golden first) of what differs, the full
# stderr, and exits 1.
set -euo pipefail

# goroutine_headers: the header lines of a goroutine traceback on stdin,
# ids other than 1 as N, sorted bytewise (the same order under any locale).
goroutine_headers() {
  { grep -E '^goroutine [0-9]+ \[' || true; } |
    sed -E 's/^goroutine ([02-9]|[1-9][0-9]+) \[/goroutine N [/' | LC_ALL=C sort
}

if [ $# -eq 1 ] && [ "$1" = --headers ]; then
  goroutine_headers
  exit 0
fi
if [ $# -ne 2 ]; then
  echo "usage: $0 SUBGO FILE.go | --headers" >&2
  exit 2
fi
subgo=$(realpath "$1")
dir=$(cd "$(dirname "$2")" && pwd)
src=$(basename "$2")
golden=$dir/${src%.go}

args=()
[ -f "$golden.args" ] && mapfile -t args <"$golden.args"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
code=0
timeout=${RUN_TIMEOUT:-10}
(cd "$dir" && timeout "$timeout" "$subgo" run "$src" "${args[@]}") </dev/null \
  >"$tmp/out" 2>"$tmp/fullerr" || code=$?

want_code=$(cat "$golden.code")
"$(dirname "$0")/stderr_filter.sh" <"$tmp/fullerr" >"$tmp/err"
what="stderr without traceback"

status=0
if ! diff -u --label "$src (go stdout)" --label "$src (subgo stdout)" \
  "$golden.out" "$tmp/out"; then
  status=1
fi
if ! diff -u --label "$src (go $what)" --label "$src (subgo $what)" \
  "$golden.err" "$tmp/err"; then
  status=1
fi
if [ -f "$golden.headers" ]; then
  goroutine_headers <"$tmp/fullerr" >"$tmp/headers"
  if ! diff -u --label "$src (go goroutine headers)" \
    --label "$src (subgo goroutine headers)" "$golden.headers" "$tmp/headers"; then
    status=1
  fi
fi
if [ "$code" -ne "$want_code" ]; then
  if [ "$code" -eq 124 ]; then
    echo "$src: timed out after $timeout s" >&2
  else
    echo "$src: exit code $code, want $want_code" >&2
  fi
  status=1
fi
if [ "$status" -ne 0 ] && [ -s "$tmp/fullerr" ]; then
  echo "--- full stderr of subgo:" >&2
  head -n 40 "$tmp/fullerr" >&2
fi
exit "$status"
