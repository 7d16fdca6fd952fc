#!/usr/bin/env bash
# gen_golden.sh -- regenerate the goldens of samples/ from real Go 1.19.
#
# Usage: samples/gen_golden.sh [NAME.go ...]   (default: every samples/*.go)
#
# For each NAME.go it runs `go run NAME.go` in samples/ and writes
#   NAME.out   stdout, byte for byte
#   NAME.err   the first line of the program's stderr (empty file if none)
#   NAME.code  the program's exit code
# which tests/run/check_run.sh compares with `subgo run NAME.go`.
#
# `go run` itself exits 1 when the program exits non-zero and appends
# "exit status N" to stderr: that line is where the program's real exit code
# comes from, and it is not part of the program's stderr. A program that fails
# to compile is an error here (a sample must be a valid Go program).
# Goldens come only from Go (docs/testing.md); never from subgo.
set -euo pipefail

dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir"
command -v go >/dev/null || { echo "gen_golden.sh: go not found" >&2; exit 1; }
case "$(go version)" in
  *go1.19*) ;;
  *) echo "gen_golden.sh: goldens must come from Go 1.19, found: $(go version)" >&2; exit 1 ;;
esac

if [ $# -eq 0 ]; then set -- *.go; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for src in "$@"; do
  name=$(basename "$src" .go)
  rc=0
  timeout 120 go run "$name.go" >"$tmp/out" 2>"$tmp/err" </dev/null || rc=$?
  code=0
  if [ "$rc" -ne 0 ]; then
    last=$(tail -n 1 "$tmp/err")
    if [[ "$last" =~ ^exit\ status\ ([0-9]+)$ ]]; then
      code=${BASH_REMATCH[1]}
      sed -i '$d' "$tmp/err"
    else
      echo "gen_golden.sh: $name.go: go run failed (rc $rc):" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
  fi
  cp "$tmp/out" "$name.out"
  head -n 1 "$tmp/err" >"$name.err"
  echo "$code" >"$name.code"
  echo "$name: exit $code, $(wc -l <"$name.out") stdout lines"
done
