#!/bin/bash
# gen_golden.sh -- the expected outputs of the stress programs, from real
# Go 1.19: X.out for the full size, X.short.out for the sizes of sizes.sh
# (run_stress.sh --short); the repros of TSAN_NOTES.md get X.out. Each program is
# built once into a temporary directory and run twice per size; the runs
# must agree (the programs print only invariants).
set -euo pipefail
cd "$(dirname "$0")"
source ./sizes.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for prog in "${programs[@]}" "${repros[@]}"; do
  go build -o "$tmp/$prog" "$prog.go"
  for run in 1 2; do
    "$tmp/$prog" >"$tmp/$prog.out.$run" 2>&1
  done
  cmp "$tmp/$prog.out.1" "$tmp/$prog.out.2"
  cp "$tmp/$prog.out.1" "$prog.out"
  echo "$prog: $(tr '\n' ' ' <"$prog.out")"
  [[ -v short_args[$prog] ]] || continue
  read -ra args <<<"${short_args[$prog]}"
  for run in 1 2; do
    "$tmp/$prog" "${args[@]}" >"$tmp/$prog.short.out.$run" 2>&1
  done
  cmp "$tmp/$prog.short.out.1" "$tmp/$prog.short.out.2"
  cp "$tmp/$prog.short.out.1" "$prog.short.out"
done
