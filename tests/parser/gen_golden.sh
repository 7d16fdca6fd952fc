#!/usr/bin/env bash
# gen_golden.sh -- regenerate the parser suite's goldens from real Go 1.19.
#
#   errors/X.go     -> errors/X.golden   `go build` stderr without the
#                                        "# command-line-arguments" line and
#                                        the leading "./" ("X.go:L:C: msg")
#   exprstring.go   -> exprstring.golden each expression statement of
#                                        exprstring.go as gc quotes it in its
#                                        "X (...) is not used" errors
#   valid/*.go      -> (checked only)    gofmt -e must accept them
#
# Never produce goldens with subgo: they are what subgo is checked against.
# An errors/ input must fail in gc's parser (syntax errors and the parser's
# other checks): type errors would land in the golden but `dump ast` never
# runs the type checker. Each build runs twice; differing output is an error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go_build_errors() { "$here/../../scripts/go_build_errors.sh" "$1"; }

for f in "$here"/errors/*.go; do
  go_build_errors "$f" >"${f%.go}.golden"
  go_build_errors "$f" | cmp -s - "${f%.go}.golden" ||
    { echo "error: go build output for $f is not stable" >&2; exit 1; }
  [ -s "${f%.go}.golden" ] || echo "warning: $(basename "$f") builds without errors" >&2
done

for f in "$here"/valid/*.go; do
  gofmt -e "$f" >/dev/null || { echo "error: gofmt rejects $f" >&2; exit 1; }
done

# "LINE: EXPR" for every "EXPR (...) is not used" error: strip the message and
# the balanced parenthesised description before it.
(cd "$here" && go tool compile -e -o "$tmp/x.o" exprstring.go 2>&1 || true) |
  python3 -c '
import re, sys
for line in sys.stdin:
    m = re.match(r"exprstring\.go:(\d+):\d+: (.*) is not used$", line.rstrip("\n"))
    if not m:
        continue
    text, depth = m.group(2), 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            break
    print("%s: %s" % (m.group(1), text[:i].rstrip()))
' >"$here/exprstring.golden"
