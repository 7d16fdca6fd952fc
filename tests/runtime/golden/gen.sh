#!/usr/bin/env bash
# gen.sh -- regenerate the golden files of tests/runtime/ from real Go 1.19.
# Usage: tests/runtime/golden/gen.sh   (needs `go` on PATH)
set -euo pipefail
cd "$(dirname "$0")"
go run growslice.go > growslice.golden
go run convcap.go > convcap.golden
go run utf8.go > utf8.golden
go run printfloat.go 2> printfloat.golden
go run mapgrow.go > mapgrow.golden
# panicval.go N panics with value N; keep the first stderr line, addresses masked
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/panicval" panicval.go
: > panicval.golden
for n in $(seq 0 99); do
  rc=0
  "$tmp/panicval" "$n" 2> "$tmp/err" || rc=$?
  [ "$rc" = 3 ] && break
  echo "$n $(head -1 "$tmp/err" | sed -E 's/0x[0-9a-f]+/0xADDR/g')" >> panicval.golden
done
