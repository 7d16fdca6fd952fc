#!/usr/bin/env bash
# check_repros.sh -- run the triage repros under subgo (not a ctest: they
# fail until their cause is fixed).
#
# Usage: check_repros.sh SUBGO [repros/X.go...]   (default: all of them)
#
# Each repros/X.go runs through run_one.sh with repros/ as the root, so
# X.out (gen_repros.sh, real Go) is the expected output; prints run_one.sh's
# line per repro. A repro that passes means its cause is fixed: check the
# corpus files causes.tsv lists for it (check_gorun.sh --update), then move
# the repro into tests/run/ as a regular test.
set -euo pipefail
subgo=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/repros"
[ $# -gt 0 ] || set -- *.go
for src in "$@"; do
  "$here/run_one.sh" "$subgo" "$here/repros" "$(basename "$src")" "${RUN_TIMEOUT:-10}"
done
