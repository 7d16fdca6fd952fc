#!/usr/bin/env bash
# run_fuzz.sh -- run the front-end libFuzzer target for a while.
#
# Usage: run_fuzz.sh FUZZER SECONDS WORK_DIR
#
# New interesting inputs go to WORK_DIR/corpus (kept between runs); every file
# under the source tree's tests/ directory (Go programs, seeds, goldens) seeds
# it. A crash, sanitizer report or hang (an input taking > 10 s) is written to
# WORK_DIR/crash-*, timeout-*..., and the run fails. Reproduce one with
#   FUZZER WORK_DIR/crash-<sha1>
# Leak detection is off: a compilation's arenas and interned strings live
# until exit by design, as in gc.
set -euo pipefail

fuzzer=$1 seconds=$2 work=$3
tests_dir=$(realpath "$(dirname "$0")/..")
mkdir -p "$work/corpus"
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" \
  "$work/corpus" "$tests_dir"
