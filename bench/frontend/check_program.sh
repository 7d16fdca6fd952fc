#!/usr/bin/env bash
# check_program.sh -- the benchmark's generated program must stay valid Go:
# a 2,000-line version must pass `go vet` (when Go is installed), be
# gofmt-clean, and pass `subgo dump types`, so `make bench` never times an
# error path.
#
# Usage: check_program.sh SUBGO WORK_DIR
set -euo pipefail

subgo=$(realpath "$1")
mkdir -p "$2"
cd "$2"
"$(dirname "$0")/gen_program.py" 2000 >prog.go
if command -v go >/dev/null; then
  test -z "$(gofmt -l prog.go)" || { echo "gen_program.py output is not gofmt-clean"; exit 1; }
  GOCACHE=${GOCACHE:-$PWD/gocache} go vet prog.go
fi
"$subgo" dump types prog.go >/dev/null
echo "bench program: $(wc -l <prog.go) lines accepted"
