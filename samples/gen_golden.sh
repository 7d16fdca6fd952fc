#!/usr/bin/env bash
# gen_golden.sh -- regenerate the goldens of samples/ from real Go 1.19.
#
# Usage: samples/gen_golden.sh [NAME.go ...]   (default: every samples/*.go)
#
# Each NAME.go runs twice with `go run NAME.go` in samples/, stdin from
# /dev/null, and this writes what tests/run/check_run.sh compares with
# `subgo run NAME.go`:
#   NAME.out   stdout, byte for byte
#   NAME.err   stderr; only its first line when the program exits 2 (an
#              unrecovered panic: the traceback below holds addresses)
#   NAME.code  the program's exit code
# `go run` itself exits 1 when the program exits non-zero and appends
# "exit status N" to stderr: that line gives the program's real exit code
# and is not part of the program's stderr. A sample that does not compile,
# or whose two runs differ (map order, addresses, timings), is an error.
# Goldens come only from Go (docs/testing.md), never from subgo.
set -euo pipefail

dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir"
case "$(go version)" in
  *go1.19*) ;;
  *) echo "gen_golden.sh: goldens must come from Go 1.19, found: $(go version)" >&2; exit 1 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_once NAME DIR: run NAME.go with Go, leaving DIR/{out,err,code}.
run_once() {
  local name=$1 out=$2 rc=0 code=0
  mkdir -p "$out"
  timeout 120 go run "$name.go" </dev/null >"$out/out" 2>"$out/fullerr" || rc=$?
  if [ "$rc" -ne 0 ]; then
    local last
    last=$(tail -n 1 "$out/fullerr")
    if [[ "$last" =~ ^exit\ status\ ([0-9]+)$ ]]; then
      code=${BASH_REMATCH[1]}
      sed -i '$d' "$out/fullerr"
    else
      echo "gen_golden.sh: $name.go: go run failed (rc $rc):" >&2
      cat "$out/fullerr" >&2
      return 1
    fi
  fi
  if [ "$code" -eq 2 ]; then
    head -n 1 "$out/fullerr" >"$out/err"
  else
    cp "$out/fullerr" "$out/err"
  fi
  echo "$code" >"$out/code"
}

if [ $# -eq 0 ]; then set -- *.go; fi
status=0
for src in "$@"; do
  name=$(basename "$src" .go)
  if ! run_once "$name" "$tmp/a" || ! run_once "$name" "$tmp/b"; then
    status=1
    continue
  fi
  for f in out err code; do
    if ! cmp -s "$tmp/a/$f" "$tmp/b/$f"; then
      echo "gen_golden.sh: $name.go: $f differs between two runs (not deterministic)" >&2
      status=1
      continue 2
    fi
  done
  for f in out err code; do cp "$tmp/a/$f" "$name.$f"; done
  echo "$name: exit $(cat "$name.code"), $(wc -l <"$name.out") stdout lines"
done
exit "$status"
