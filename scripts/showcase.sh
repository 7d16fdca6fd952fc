#!/usr/bin/env bash
# showcase.sh -- what `make run` shows: one small program of the interview
# notes' topics (tests/cli/showcase.go: defer order, append growth, itabs
# and type switches, closures, maps, errors.Is, recover, an unrecovered
# panic) through subgo's stages -- an excerpt of its IR and its bytecode --
# then `subgo run` in the VM next to real Go 1.19's output and exit code;
# then the same comparison for a concurrent one (tests/cli/pipeline.go:
# goroutines on the GMP scheduler, channels, select with a timeout,
# WaitGroup, Mutex, and Go's deadlock report).
# Every step is shown even if one fails; the script fails if a subgo step
# failed or the VM's output differs from Go's.
#
# Usage: showcase.sh SUBGO
set -uo pipefail

subgo=$(realpath "$1")
cd "$(dirname "$0")/../tests/cli"
prog=showcase.go
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# show TITLE LINES CMD...: print a heading, run CMD, keep its first LINES lines
# of output (sed, not head: it reads everything, so CMD never gets SIGPIPE).
show() {
  local title=$1 lines=$2
  shift 2
  printf '\n== %s\n' "$title"
  "$@" 2>&1 | sed -n "1,${lines}p"
  local code=${PIPESTATUS[0]}
  [ "$code" -eq 0 ] || printf '(exit %d)\n' "$code"
  return "$code"
}

# between FROM TO CMD...: the lines of CMD's output from the first line
# matching FROM up to (not including) the next line matching TO; reads all
# of it, so CMD never gets SIGPIPE
between() {
  local from=$1 to=$2
  shift 2
  "$@" | awk -v from="$from" -v to="$to" \
    'p && $0 ~ to { done = 1 } !done && $0 ~ from { p = 1 } p && !done'
}

show "subgo version" 5 "$subgo" version || failed=1
show "the program: $prog" 200 cat "$prog"
show "subgo dump ir $prog: safeDiv (defer, recover, named results)" 40 \
  between '^func main.safeDiv ' '^func ' "$subgo" dump ir "$prog" || failed=1
show "subgo dump bc $prog: Rect.Area (typed opcodes, no tags)" 20 \
  between '^function main.Rect.Area ' '^$' "$subgo" dump bc "$prog" || failed=1
show "subgo dump bc $prog: safeDiv's deferred closure (recover)" 40 \
  between '^function main.safeDiv.func1 ' '^$' "$subgo" dump bc "$prog" || failed=1

# compare PROG: subgo run next to Go's build; 1 if they differ
compare() {
  local prog=$1 subgo_code go_code
  printf '\n== subgo run %s (the bytecode VM)\n' "$prog"
  "$subgo" run "$prog" >"$tmp/subgo.out" 2>"$tmp/subgo.err"
  subgo_code=$?
  cat "$tmp/subgo.out" "$tmp/subgo.err"
  printf '(exit %d)\n' "$subgo_code"
  command -v go >/dev/null || return 0
  printf '\n== go run %s (Go 1.19, the reference)\n' "$prog"
  go build -o "$tmp/prog" "$prog" && "$tmp/prog" >"$tmp/go.out" 2>"$tmp/go.err"
  go_code=$?
  cat "$tmp/go.out" "$tmp/go.err"
  printf '(exit %d)\n' "$go_code"
  # stdout and the panic message must match; tracebacks hold addresses
  if cmp -s "$tmp/go.out" "$tmp/subgo.out" &&
    [ "$(head -n 1 "$tmp/go.err")" = "$(head -n 1 "$tmp/subgo.err")" ] &&
    [ "$go_code" -eq "$subgo_code" ]; then
    printf '\n== same stdout, same panic message, same exit code as Go\n'
    return 0
  fi
  printf '\n== subgo differs from Go\n'
  return 1
}

compare "$prog" || failed=1
show "the concurrent program: pipeline.go" 200 cat pipeline.go
compare pipeline.go || failed=1
exit "$failed"
