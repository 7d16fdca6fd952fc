#!/usr/bin/env bash
# check_typecorpus.sh -- the type checker against Go 1.19's own test corpus.
#
# Usage: check_typecorpus.sh SUBGO valid|errorcheck [--update]
#
# The files and verdicts come from files.tsv (gen_expected.sh, real Go);
# only files inside subgo's subset (verdict "ok") take part. Each runs as
# `SUBGO dump types FILE.go` in its own directory of $GOROOT/test.
#
#   valid       every `// run` and `// compile` file must check cleanly:
#               exit 0, empty stderr. Any failure fails the test.
#   errorcheck  every `// errorcheck` file's stderr is compared with
#               expected/FILE.go.err (real `go build`); it matches when the
#               text is the same and the exit code is 1 (0 if go build
#               printed nothing). Prints "N/M errorcheck files match go
#               build exactly". passing.txt lists the files that matched when
#               it was last updated: the test fails if one of them no longer
#               matches (a regression), and names files that newly match;
#               --update rewrites passing.txt from this run (commit it).
#
# Exits 77 (ctest: skipped) when the corpus is not installed.
set -euo pipefail

subgo=$(realpath "$1")
mode=$2
update=${3:-}
here=$(dirname "$(realpath "$0")")

root=
for dir in /usr/lib/go-1.19/test /usr/share/go-1.19/test; do
  [ -d "$dir" ] && root=$dir && break
done
if [ -z "$root" ]; then
  echo "typecorpus: golang-1.19-src not installed; skipped"
  exit 77
fi

# run REL: subgo's stderr for one file into $got, exit code into $code.
run() {
  code=0
  got=$(cd "$root/$(dirname "$1")" &&
    timeout 20 "$subgo" dump types "$(basename "$1")" 2>&1 >/dev/null) || code=$?
}

if [ "$mode" = valid ]; then
  total=0 failures=()
  while IFS=$'\t' read -r kind rel verdict; do
    [ "$kind" != errorcheck ] && [ "$verdict" = ok ] || continue
    total=$((total + 1))
    run "$rel"
    [ $code -eq 0 ] && [ -z "$got" ] || failures+=("$rel: exit $code: ${got%%$'\n'*}")
  done <"$here/files.tsv"
  echo "typecorpus: $((total - ${#failures[@]}))/$total run/compile files check cleanly"
  [ ${#failures[@]} -eq 0 ] || { printf '  %s\n' "${failures[@]}"; exit 1; }
  exit 0
fi

declare -A was_passing
while read -r rel; do was_passing[$rel]=1; done <"$here/passing.txt"

total=0 matching=() regressions=() newly=()
while IFS=$'\t' read -r kind rel verdict; do
  [ "$kind" = errorcheck ] && [ "$verdict" = ok ] || continue
  total=$((total + 1))
  want=$(cat "$here/expected/$rel.err")
  run "$rel"
  want_code=1
  [ -n "$want" ] || want_code=0
  if [ "$got" = "$want" ] && [ $code -eq $want_code ]; then
    matching+=("$rel")
    [ -n "${was_passing[$rel]:-}" ] || newly+=("$rel")
  elif [ -n "${was_passing[$rel]:-}" ]; then
    regressions+=("$rel")
    diff -u --label "expected/$rel.err" --label "subgo (exit $code)" \
      <(printf '%s\n' "$want") <(printf '%s\n' "$got") || true
  fi
done <"$here/files.tsv"

echo "typecorpus: ${#matching[@]}/$total errorcheck files match go build exactly"
[ ${#newly[@]} -eq 0 ] || printf '  newly matching: %s\n' "${newly[@]}"
if [ "$update" = --update ]; then
  printf '%s\n' "${matching[@]}" >"$here/passing.txt"
  echo "  passing.txt updated"
  exit 0
fi
[ ${#newly[@]} -eq 0 ] || echo "  (add them to passing.txt: $0 SUBGO errorcheck --update)"
[ ${#regressions[@]} -eq 0 ] || { printf '  no longer matching: %s\n' "${regressions[@]}"; exit 1; }
