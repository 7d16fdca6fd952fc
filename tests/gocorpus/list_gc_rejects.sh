#!/usr/bin/env bash
# list_gc_rejects.sh -- find the corpus files gofmt accepts but gc rejects.
#
# Usage: list_gc_rejects.sh GOROOT_TEST_DIR > gc_rejects.tsv
#
# gofmt (go/parser) is more lenient than gc's own parser in a few places, and
# subgo follows gc. For every file classify.go calls "ok", this runs
# `go tool compile` once and keeps those whose first error comes from gc's
# parser, printing "PATH<TAB>LINE<TAB>gc's message". Slow (minutes), so its
# output is committed and regenerated only when the Go release changes.
set -euo pipefail

here=$(dirname "$(realpath "$0")")
root=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# gc's parser errors (cmd/compile/internal/syntax): "syntax error: ..." and
# the few that are worded without that prefix.
parser_error='^[^:]+:[0-9]+:[0-9]+: (syntax error|method has (no|multiple) receivers?|expression in [a-z]+ must|(middle|final) index required|invalid (line|column) number|empty type)'

echo "# Written by list_gc_rejects.sh from $(go version | cut -d' ' -f3)"
go run "$here/classify.go" "$root" | grep -P '^ok\t' | cut -f2 |
  while read -r rel; do
    # -o into a scratch dir: gc removes its output file on error.
    first=$(cd "$root/$(dirname "$rel")" &&
      timeout 60 go tool compile -p p -o "$tmp/out.o" "$(basename "$rel")" 2>&1 |
      grep -E "$parser_error" | head -n 1 || true)
    [ -n "$first" ] || continue
    line=$(cut -d: -f2 <<<"$first")
    printf '%s\t%s\t%s\n' "$rel" "$line" "$(cut -d: -f4- <<<"$first" | sed 's/^ //')"
  done
