#!/usr/bin/env bash
# gen_golden.sh -- regenerate the type checker suite's goldens from real Go 1.19.
#
#   errors/X.go -> errors/X.golden  `go build` stderr, without the
#                                   "# command-line-arguments" line and with
#                                   every "./" before a file name dropped
#                                   (multi-line messages cite positions too)
#   ok/X.go     -> ok/X.types       go/types' view printed by gotypes.go in
#                                   the `subgo dump types` format
#
# Never produce goldens with subgo: they are what subgo is checked against.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in "$here"/errors/*.go; do
  "$here/../../scripts/go_build_errors.sh" "$f" >"${f%.go}.golden"
  [ -s "${f%.go}.golden" ] || echo "warning: $(basename "$f") builds without errors" >&2
done

go build -o "$tmp/gotypes" "$here/gotypes.go"
for f in "$here"/ok/*.go; do
  b=$(basename "$f")
  (cd "$here/ok" && go vet "$b" >/dev/null 2>&1) || echo "warning: go vet rejects $b" >&2
  (cd "$here/ok" && "$tmp/gotypes" "$b") >"${f%.go}.types"
done
