#!/usr/bin/env bash
# go_build_errors.sh FILE.go -- print what real `go build` reports for FILE.go,
# in the form subgo's golden files keep: the "# command-line-arguments" line
# dropped and "./" removed before file names ("X.go:L:C: msg"; multi-line
# messages cite positions too). Always exits 0; an empty output means the
# file builds. The build runs in a private copy, so go's output never lands
# beside the test files, and never into /dev/null (go replaces it as root).
set -euo pipefail
src=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/build"
cp "$src" "$tmp/build/"
(cd "$tmp/build" && go build -o "$tmp/a.out" "$(basename "$src")" 2>&1 || true) |
  grep -av '^# command-line-arguments$' | sed 's|\./\([^ /]*\.go:\)|\1|g'
