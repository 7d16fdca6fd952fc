#!/usr/bin/env bash
# gen_golden.sh -- rewrite the IR listings golden/X.ir from golden/X.go.
#
# Usage: gen_golden.sh SUBGO
#
# The listings are subgo's own output (the IR has no Go counterpart): run
# this only after a deliberate change to the lowering, and read the diff.
set -euo pipefail
subgo=$(realpath "$1")
cd "$(dirname "$0")/golden"
for src in *.go; do
  "$subgo" dump ir "$src" >"${src%.go}.ir"
done
