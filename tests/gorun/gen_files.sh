#!/usr/bin/env bash
# gen_files.sh -- regenerate files.tsv, the gorun suite's selection, with
# real Go 1.19.
#
# Usage: gen_files.sh [GOROOT_TEST]
#
# Candidates are the files tests/typecorpus/files.tsv (its select.go) marks
# "run ok": `// run` without flags or arguments, inside subgo's subset.
# files.tsv gets one line per candidate, "path<TAB>verdict":
#
#   seq            a sequential program: check_gorun.sh runs it under subgo
#   sched:F,...    it needs goroutines (sched.go names the features)
#   gofails:CLASS  real Go does not pass it on this machine (run_one.sh's
#                  class with go_subgo.sh as the compiler), so subgo cannot
#                  be held to it
#
# Run it when typecorpus/files.tsv or the Go release changes; never with
# subgo. Takes a few minutes (every sequential file is built with go).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=${1:-/usr/lib/go-1.19/test}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

awk -F'\t' '$1 == "run" && $3 == "ok" { print $2 }' "$here/../typecorpus/files.tsv" |
  (cd "$here" && go run sched.go "$root") >"$tmp/sched.tsv"

# Real Go as the compiler; 60 s because a cold build cache is slow.
awk -F'\t' '$2 == "seq" { print $1 }' "$tmp/sched.tsv" |
  xargs -P 2 -I{} "$here/run_one.sh" "$here/../run/go_subgo.sh" "$root" {} 60 >"$tmp/go.tsv"

awk -F'\t' 'NR == FNR { if ($2 != "pass") gofails[$1] = $2; next }
            { print $1 "\t" ($1 in gofails ? "gofails:" gofails[$1] : $2) }' \
  "$tmp/go.tsv" "$tmp/sched.tsv" >"$here/files.tsv"
awk -F'\t' '{ sub(/:.*/, "", $2); n[$2]++ } END { for (v in n) print v, n[v] }' "$here/files.tsv"
