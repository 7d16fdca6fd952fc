#!/usr/bin/env bash
# gen_expected.sh -- regenerate the typecorpus suite's inputs from real Go 1.19.
#
#   files.tsv          select.go's verdict on every run/compile/errorcheck
#                      file of $GOROOT/test and $GOROOT/test/fixedbugs
#                      (kind, path, ok or the reason it is outside the subset)
#   expected/P.err     for every errorcheck file inside the subset: `go build`
#                      stderr, made as tests/types/gen_golden.sh makes its
#                      goldens (file alone in a temp directory, without the
#                      "# command-line-arguments" line and the "./")
#
# Run it when the Go release or stdlib/'s package list changes; never write
# these files with subgo. passing.txt is kept by check_typecorpus.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=${1:-/usr/lib/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$here" && go run select.go "$root" "$here/../../stdlib") >"$tmp/files.tsv"
mv "$tmp/files.tsv" "$here/files.tsv"

# expect REL: one file's go build stderr into expected/REL.err.
expect() {
  mkdir -p "$here/expected/$(dirname "$1")"
  "$here/../../scripts/go_build_errors.sh" "$root/$1" >"$here/expected/$1.err"
}
export -f expect
export root here

rm -rf "$here/expected"
awk -F'\t' '$1 == "errorcheck" && $3 == "ok" { print $2 }' "$here/files.tsv" |
  xargs -P 2 -I{} bash -c 'expect "$1"' _ {}
