#!/usr/bin/env bash
# check_readme.sh -- samples/README.md accounts for every sample and every
# seed block.
#
# Usage: check_readme.sh SAMPLES_DIR SEEDS_DIR
#
# Checks that each SAMPLES_DIR/X.go has its goldens (X.out, X.err, X.code)
# and a row in README.md's sample table, and that the id of each extracted
# seed block SEEDS_DIR/ID.go (scripts/extract_seeds.py) appears in README.md,
# as a sample's seed block or in the list of blocks left for later and why.
# Prints every omission and exits 1 if there is one.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 SAMPLES_DIR SEEDS_DIR" >&2
  exit 2
fi
samples=$1
seeds=$2
readme=$samples/README.md
status=0

for src in "$samples"/*.go; do
  name=$(basename "$src" .go)
  for f in out err code; do
    [ -f "$samples/$name.$f" ] || { echo "$name.go: no $name.$f (run samples/gen_golden.sh)"; status=1; }
  done
  grep -q "^| \[$name\.go\](" "$readme" || { echo "$name.go: no row in README.md's sample table"; status=1; }
done

for block in "$seeds"/*.go; do
  id=$(basename "$block" .go)
  grep -qE "(^|[^0-9_])${id}([^0-9]|$)" "$readme" || { echo "seed block $id: not in README.md"; status=1; }
done

[ "$status" -eq 0 ] && echo "README.md accounts for $(ls "$samples"/*.go | wc -l) samples and $(ls "$seeds"/*.go | wc -l) seed blocks"
exit "$status"
