#!/usr/bin/env bash
# check_gocorpus.sh -- Go's own test corpus ($GOROOT/test) must parse.
#
# Usage: check_gocorpus.sh SUBGO WORK_DIR
#
# Every .go file under $GOROOT/test that gofmt accepts and that uses no
# generics (classify.go decides; its list is cached in WORK_DIR) must pass
# `SUBGO dump ast` with exit 0 -- except the few that gc itself rejects with a
# parser error (gc_rejects.tsv, from list_gc_rejects.sh): those must fail with
# exit 1 and subgo's first error on gc's line. Prints "N/M parsed" and every
# failure; exits 77 (ctest: skipped) when the corpus or Go is not installed.
set -euo pipefail

subgo=$(realpath "$1")
work=$2
here=$(dirname "$(realpath "$0")")

root=
for dir in /usr/lib/go-1.19/test /usr/share/go-1.19/test; do
  [ -d "$dir" ] && root=$dir && break
done
if [ -z "$root" ] || ! command -v go >/dev/null; then
  echo "gocorpus: golang-1.19-src or go not installed; skipped"
  exit 77
fi

mkdir -p "$work"
classes=$work/classes.tsv
if [ ! -s "$classes" ] || [ "$here/classify.go" -nt "$classes" ]; then
  GOCACHE=${GOCACHE:-$work/gocache} go run "$here/classify.go" "$root" >"$classes.tmp"
  mv "$classes.tmp" "$classes"
fi

declare -A gc_line
while IFS=$'\t' read -r rel line _msg; do
  [[ $rel == \#* ]] || gc_line[$rel]=$line
done <"$here/gc_rejects.tsv"

cd "$root"
total=0 passed=0 failures=()
while IFS=$'\t' read -r class rel; do
  [ "$class" = ok ] || continue
  total=$((total + 1))
  code=0
  errors=$(timeout 20 "$subgo" dump ast "$rel" 2>&1 >/dev/null) || code=$?
  first=${errors%%$'\n'*}
  want_line=${gc_line[$rel]:-}
  if [ -z "$want_line" ] && [ $code -eq 0 ] && [ -z "$first" ]; then
    passed=$((passed + 1))
  elif [ -n "$want_line" ] && [ $code -eq 1 ] && [[ $first == "$rel:$want_line:"* ]]; then
    passed=$((passed + 1))
  else
    failures+=("$rel: exit $code${want_line:+ (gc: error at line $want_line)}: $first")
  fi
done <"$classes"

generic=$(grep -c '^generic' "$classes" || true)
rejected=$(grep -c '^rejected' "$classes" || true)
echo "gocorpus: $passed/$total parsed as gc does ($root: gofmt-accepted files" \
  "without generics; ${#gc_line[@]} of them gc rejects itself; skipped:" \
  "$generic generic, $rejected rejected by gofmt)"
for f in "${failures[@]:0:100}"; do echo "FAIL $f"; done
[ ${#failures[@]} -le 100 ] || echo "... and $((${#failures[@]} - 100)) more"
[ ${#failures[@]} -eq 0 ]
