#!/usr/bin/env bash
# stderr_filter.sh -- the part of a program's stderr that tests/run/ compares.
#
# Usage: stderr_filter.sh < STDERR > COMPARED
#
# Keeps every line before the first goroutine traceback (a line
# "goroutine N [...]:" and the blank line Go prints before it): for an
# unrecovered panic that is the whole panic report -- "panic: v", the
# "[recovered]" chain of nested panics with their tab-indented lines, and the
# "[signal SIGSEGV: ...]" line of a nil dereference -- without the frames,
# whose addresses and offsets no other implementation reproduces. In the
# signal line the faulting pc is an address too, so "pc=0x..." becomes
# "pc=0x?". Output without a traceback passes through byte for byte.
set -euo pipefail
all=$(mktemp)
trap 'rm -f "$all"' EXIT
cat >"$all"
if ! grep -q '^goroutine [0-9][0-9]* \[' "$all"; then
  cat "$all"
  exit 0
fi
awk '
  /^goroutine [0-9]+ \[/ { exit }
  { lines[n++] = $0 }
  END {
    if (n > 0 && lines[n - 1] == "") n--
    for (i = 0; i < n; i++) print lines[i]
  }' "$all" | sed -E 's/^(\[signal .* pc=)0x[0-9a-f]+/\10x?/'
