#!/usr/bin/env bash
# go_subgo.sh -- a stand-in for `subgo run` that runs the program with real
# Go 1.19: `go_subgo.sh run FILE.go [ARGS...]`.
#
# gen_golden.sh makes the goldens through it, and pointing check_run.sh or
# tests/diff.sh at it checks the runner itself (every test must then pass).
# `go run` is not used: it reports a non-zero exit of the program as its own
# exit 1 plus an "exit status N" line on stderr, hiding the program's exit
# code. The binary is built into a temporary directory (never -o /dev/null)
# with Go's cache and temporary files under /tmp, then exec'ed with ARGS.
set -euo pipefail

if [ $# -lt 2 ] || [ "$1" != run ]; then
  echo "usage: $0 run FILE.go [ARGS...]" >&2
  exit 2
fi
src=$2
shift 2

: "${GOCACHE:=/tmp/subgo-gocache}"
: "${GOTMPDIR:=/tmp/subgo-gotmp}"
export GOCACHE GOTMPDIR GOFLAGS= GO111MODULE=off
mkdir -p "$GOCACHE" "$GOTMPDIR"

bin=$(mktemp -d "$GOTMPDIR/prog.XXXXXX")
# The binary is removed when the program ends, whatever its exit code.
trap 'rm -rf "$bin"' EXIT
name=$(basename "$src" .go)
if ! go build -o "$bin/$name" "$src"; then
  echo "$0: go build $src failed" >&2
  exit 125
fi
set +e
"$bin/$name" "$@"
code=$?
set -e
exit "$code"
