#!/usr/bin/env bash
# check_go_tree.sh SUBGO DIR... -- `subgo dump tokens` against Go's own
# scanner (gotokens.go) on every .go file under DIRs, typically Go's source
# tree: thousands of real files, odd corners included. Files Go's scanner
# rejects are skipped (they are the errors/ suite's business).
set -uo pipefail
subgo=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/gotokens" "$here/gotokens.go" || exit 2
checked=0 skipped=0 failed=0
while IFS= read -r -d '' f; do
  if ! "$tmp/gotokens" "$f" >"$tmp/want" 2>/dev/null; then
    skipped=$((skipped + 1))
    continue
  fi
  checked=$((checked + 1))
  if ! "$subgo" dump tokens "$f" >"$tmp/got" 2>"$tmp/err" || ! cmp -s "$tmp/want" "$tmp/got"; then
    failed=$((failed + 1))
    echo "DIFF $f" >&2
    diff "$tmp/want" "$tmp/got" | head -5 >&2
  fi
done < <(find -L "$@" -name '*.go' -print0)
echo "checked $checked files, skipped $skipped, $failed differ"
[ "$failed" -eq 0 ] && [ "$checked" -gt 0 ]
