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
  local rel=$1 dir
  dir=$(mktemp -d -p "$tmp")
  cp "$root/$rel" "$dir/"
  mkdir -p "$here/expected/$(dirname "$rel")"
  (cd "$dir" && go build -o "$dir/out" "$(basename "$rel")" 2>&1 || true) |
    grep -av '^# command-line-arguments$' | sed 's|\./\([^ /]*\.go:\)|\1|g' \
      >"$here/expected/$rel.err"
  rm -rf "$dir"
}
export -f expect
export root here tmp

rm -rf "$here/expected"
awk -F'\t' '$1 == "errorcheck" && $3 == "ok" { print $2 }' "$here/files.tsv" |
  xargs -P 2 -I{} bash -c 'expect "$1"' _ {}
