#!/usr/bin/env bash
# gen_golden.sh -- regenerate the lexer suite's goldens from real Go 1.19.
#
#   tokens/X.go -> tokens/X.tokens  Go's own scanner (gotokens.go), printed in
#                                   the `subgo dump tokens` format
#   tokens/*.go -> values.golden    the values of their string and rune
#                                   literals (gotokens -values: strconv)
#   errors/X.go -> errors/X.golden  `go build` stderr, without the
#                                   "# command-line-arguments" line and the
#                                   leading "./" (so "X.go:L:C: msg")
#
# Never produce goldens with subgo: they are what subgo is checked against.
# An errors/ input must contain only lexical errors: a syntax or type error
# from gc's later phases would land in the golden but never in `dump tokens`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/gotokens" "$here/gotokens.go"
for f in "$here"/tokens/*.go; do
  (cd "$here/tokens" && "$tmp/gotokens" "$(basename "$f")") >"${f%.go}.tokens"
done
(cd "$here/tokens" && LC_ALL=C "$tmp/gotokens" -values ./*.go) >"$here/values.golden"

for f in "$here"/errors/*.go; do
  "$here/../../scripts/go_build_errors.sh" "$f" >"${f%.go}.golden"
  [ -s "${f%.go}.golden" ] || echo "warning: $(basename "$f") builds without errors" >&2
done
