#!/usr/bin/env bash
# lower_corpus.sh -- lower every Go program the test suites hold to IR.
#
# Usage: lower_corpus.sh SUBGO TESTS_DIR [GOROOT_TEST]
#
# Every .go file under TESTS_DIR, and every run/compile file of Go's own test
# corpus that tests/typecorpus/files.tsv lists as inside the subset (read from
# GOROOT_TEST when that directory exists), that type-checks (`subgo dump
# types` exits 0) must lower: `subgo dump ir` exits 0 with an empty stderr.
# ir_build runs ir_verify on everything it builds, so this catches crashes,
# verifier failures and "not supported" errors. Files that do not type-check
# (the error suites) are counted as skipped. Prints the counts and every
# failure; exits 1 if any file failed.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 SUBGO TESTS_DIR [GOROOT_TEST]" >&2
  exit 2
fi
subgo=$(realpath "$1")
tests=$(realpath "$2")
goroot_test=${3:-}

files=$(mktemp)
err=$(mktemp)
trap 'rm -f "$files" "$err"' EXIT
find "$tests" -name '*.go' | sort >"$files"
if [ -n "$goroot_test" ] && [ -d "$goroot_test" ]; then
  awk -F'\t' -v root="$goroot_test" '($1 == "run" || $1 == "compile") && $3 == "ok" { print root "/" $2 }' \
    "$tests/typecorpus/files.tsv" >>"$files"
fi

ok=0 skipped=0 failed=0
while read -r f; do
  dir=$(dirname "$f")
  base=$(basename "$f")
  if ! (cd "$dir" && timeout 30 "$subgo" dump types "$base") >/dev/null 2>&1; then
    skipped=$((skipped + 1))
    continue
  fi
  code=0
  (cd "$dir" && timeout 60 "$subgo" dump ir "$base") >/dev/null 2>"$err" || code=$?
  if [ "$code" -ne 0 ] || [ -s "$err" ]; then
    failed=$((failed + 1))
    echo "FAIL $f (exit $code)"
    grep -v '^ \|^func \|^$' "$err" | tail -3
  else
    ok=$((ok + 1))
  fi
done <"$files"
echo "lowered $ok files, $failed failed, $skipped do not type-check"
[ "$failed" -eq 0 ]
