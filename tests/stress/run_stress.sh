#!/bin/bash
# run_stress.sh -- the scheduler stress programs of tests/stress/, run again
# and again under `subgo run`, each run checked against real Go 1.19's
# output (X.out, or X.short.out with --short; made by gen_golden.sh).
#
#   run_stress.sh [--short] SUBGO ITERATIONS [PROGRAM...]
#
# PROGRAM is spawn, ring, closerace or mix (default: all of sizes.sh). --short runs
# the small sizes of sizes.sh (the ctest suite); without it
# the full sizes (`make stress`: 50 iterations). Iterations cycle through
# GOMAXPROCS = 2, 1, 4, 8 unless GOMAXPROCS is set. The first failure
# stops the run: it prints the program, the iteration, GOMAXPROCS and the
# difference, and exits 1. Each run has RUN_TIMEOUT seconds (default 120).
set -euo pipefail

dir=$(cd "$(dirname "$0")" && pwd)
short=false
if [[ ${1:-} == --short ]]; then
  short=true
  shift
fi
if (($# < 2)); then
  echo "usage: run_stress.sh [--short] SUBGO ITERATIONS [PROGRAM...]" >&2
  exit 2
fi
subgo=$(realpath "$1")
iterations=$2
shift 2
source "$dir/sizes.sh"
(($#)) && programs=("$@")
procs=(2 1 4 8)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for prog in "${programs[@]}"; do
  args=() golden=$dir/$prog.out
  if $short; then
    read -ra args <<<"${short_args[$prog]}"
    golden=$dir/$prog.short.out
  fi
  name="$prog${args[*]:+ ${args[*]}}"
  start=$(date +%s%N)
  for ((i = 1; i <= iterations; i++)); do
    p=${GOMAXPROCS:-${procs[(i - 1) % ${#procs[@]}]}}
    code=0
    (cd "$dir" && GOMAXPROCS=$p timeout "${RUN_TIMEOUT:-120}" \
      "$subgo" run "$prog.go" ${args[@]+-- "${args[@]}"}) >"$tmp/out" 2>&1 || code=$?
    if ((code != 0)) || ! cmp -s "$tmp/out" "$golden"; then
      echo "FAIL: $name: iteration $i of $iterations (GOMAXPROCS=$p): exit $code"
      diff -u "$golden" "$tmp/out" | head -40 || true
      exit 1
    fi
  done
  echo "$name: $iterations iterations ok ($((($(date +%s%N) - start) / 1000000)) ms)"
done
