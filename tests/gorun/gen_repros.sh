#!/usr/bin/env bash
# gen_repros.sh -- write repros/X.out for every repros/X.go with real Go 1.19.
#
# Usage: gen_repros.sh [repros/X.go...]   (default: all of them)
#
# X.out is what run.go compares: stdout and stderr of the program in one
# stream. Each program runs twice through tests/run/go_subgo.sh in the
# repros directory; it must exit 0 (a `// run` test's rule) and print the
# same both times, else the script fails. Never run it with subgo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
go_subgo=$here/../run/go_subgo.sh
cd "$here/repros"
[ $# -gt 0 ] || set -- *.go
for src in "$@"; do
  name=$(basename "$src" .go)
  "$go_subgo" run "$name.go" >"$name.out" 2>&1 || { echo "$name.go: exit $?" >&2; exit 1; }
  "$go_subgo" run "$name.go" 2>&1 | cmp -s - "$name.out" ||
    { echo "$name.go: output differs between runs" >&2; exit 1; }
done
