#!/usr/bin/env bash
# check_seeds.sh -- every whole-file seed block must parse as gofmt says.
#
# Usage: check_seeds.sh SUBGO SEEDS_DIR
#
# For each row of SEEDS_DIR/manifest.tsv (written by scripts/extract_seeds.py
# with real gofmt), runs `SUBGO dump ast ID.go` in SEEDS_DIR:
#   gofmt ok    -> must exit 0 with nothing on stderr;
#   gofmt error -> must exit 1, and subgo's first error must be "ID.go:L:C: ..."
#                  with L the line of gofmt's first error.
# Then `SUBGO dump types ID.go` must not crash or hang (exit 0 or 1): many
# blocks import packages outside the subset, so errors are allowed here.
# Prints the counts (docs/STATUS.md quotes them) and every failure.
set -euo pipefail

subgo=$(realpath "$1")
cd "$2"

ok_total=0 ok_pass=0 err_total=0 err_pass=0 checked_clean=0 failures=()
while IFS=$'\t' read -r id verdict line _msg; do
  [[ $id == \#* ]] && continue
  code=0
  stderr=$(timeout 10 "$subgo" dump ast "$id.go" 2>&1 >/dev/null) || code=$?
  first=$(head -n 1 <<<"$stderr")
  if [ "$verdict" = ok ]; then
    ok_total=$((ok_total + 1))
    if [ $code -eq 0 ] && [ -z "$stderr" ]; then
      ok_pass=$((ok_pass + 1))
    else
      failures+=("$id (gofmt accepts): exit $code: $first")
    fi
  else
    err_total=$((err_total + 1))
    if [ $code -eq 1 ] && [[ $first == "$id.go:$line:"* ]]; then
      err_pass=$((err_pass + 1))
    else
      failures+=("$id (gofmt: error at line $line): exit $code: $first")
    fi
  fi
  code=0
  stderr=$(timeout 10 "$subgo" dump types "$id.go" 2>&1 >/dev/null) || code=$?
  case $code in
    0) checked_clean=$((checked_clean + 1)) ;;
    1) ;;
    *) failures+=("$id: dump types: exit $code: $(tail -n 1 <<<"$stderr")") ;;
  esac
done <manifest.tsv

echo "seeds: $ok_pass/$ok_total gofmt-accepted whole-file blocks parse;" \
  "$err_pass/$err_total gofmt-rejected ones fail at gofmt's line;" \
  "$checked_clean/$((ok_total + err_total)) type-check without errors"
for f in "${failures[@]}"; do echo "FAIL $f"; done
[ ${#failures[@]} -eq 0 ]
