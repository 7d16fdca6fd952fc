#!/usr/bin/env bash
# diff.sh -- run one Go program under real Go and under subgo, show the
# differences.
#
# Usage: tests/diff.sh FILE.go [ARGS...]
#
# The program runs twice in FILE.go's directory with ARGS and stdin from
# /dev/null: with Go 1.19 (tests/run/go_subgo.sh: go build into /tmp, then the
# binary, so the exit code is the program's own) and with `$SUBGO run`
# ($SUBGO defaults to build/subgo; each run has a 10 s timeout). Then it
# prints unified diffs (Go first) of stdout, of stderr without a panic's
# goroutine traceback (tests/run/stderr_filter.sh), of the whole stderr
# (tracebacks hold addresses, so this one is informational), and the two exit
# codes. Exits 0 when stdout, the filtered stderr and the exit code agree
# (what tests/run/ checks), 1 otherwise.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 FILE.go [ARGS...]" >&2
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
subgo=$(realpath "${SUBGO:-$root/build/subgo}")
dir=$(cd "$(dirname "$1")" && pwd)
src=$(basename "$1")
shift

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run NAME CMD...: run CMD in the program's directory, leaving
# $tmp/NAME.{out,err,report,code}.
run() {
  local name=$1 code=0
  shift
  (cd "$dir" && timeout 10 "$@") </dev/null >"$tmp/$name.out" 2>"$tmp/$name.err" || code=$?
  "$root/tests/run/stderr_filter.sh" <"$tmp/$name.err" >"$tmp/$name.report"
  echo "$code" >"$tmp/$name.code"
}

run go "$root/tests/run/go_subgo.sh" run "$src" "$@"
run subgo "$subgo" run "$src" "$@"

same=0
section() {
  echo "=== $1"
  if diff -u --label "go $1" --label "subgo $1" "$tmp/go.$2" "$tmp/subgo.$2"; then
    echo "(same)"
  else
    [ "$3" = counts ] && same=1
  fi
}
section stdout out counts
section "stderr without traceback" report counts
section "stderr, full" err info
echo "=== exit code: go $(cat "$tmp/go.code"), subgo $(cat "$tmp/subgo.code")"
cmp -s "$tmp/go.code" "$tmp/subgo.code" || same=1
exit "$same"
