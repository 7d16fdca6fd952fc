#!/usr/bin/env bash
# check_gorun.sh -- run Go 1.19's own `// run` test programs under subgo.
#
# Usage: check_gorun.sh SUBGO [--update] [--results FILE]
#
# files.tsv (gen_files.sh, real Go) lists the `// run` files inside subgo's
# subset, each "seq" (sequential) or "sched:..." (needs the scheduler:
# goroutines, channels, select, sync or timers). Every one of them runs
# through run_one.sh (run.go's rules: exit 0, stdout+stderr equal to the
# .out file or empty; classes pass, fail, crash, compile, timeout), two at a
# time; the whole run takes seconds. Files real Go does not pass here
# ("gofails") are left out.
#
# It prints, for the sequential files and for those needing the scheduler,
# how many pass and the count of each class, and names the files that newly
# pass. passing.txt lists the files that passed when it was last updated:
# the test fails if one of them no longer passes (a regression). --update
# rewrites passing.txt from the run (commit it); --results FILE keeps the
# per-file lines "path<TAB>class<TAB>detail<TAB>group", group being seq or
# sched. The timeout per program is $RUN_TIMEOUT seconds, default 10 (raise
# it for sanitizer builds).
#
# Exits 77 (ctest: skipped) when the corpus is not installed.
set -euo pipefail

subgo=$(realpath "$1")
shift
here=$(dirname "$(realpath "$0")")
update= results=
while [ $# -gt 0 ]; do
  case $1 in
    --update) update=1 ;;
    --results) results=$2; shift ;;
    *) echo "usage: $0 SUBGO [--update] [--results FILE]" >&2; exit 2 ;;
  esac
  shift
done

root=
for dir in /usr/lib/go-1.19/test /usr/share/go-1.19/test; do
  [ -d "$dir" ] && root=$dir && break
done
if [ -z "$root" ]; then
  echo "gorun: golang-1.19-src not installed; skipped"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -F'\t' '$2 !~ /^gofails/ { print $1 }' "$here/files.tsv" |
  xargs -P 2 -I{} "$here/run_one.sh" "$subgo" "$root" {} "${RUN_TIMEOUT:-10}" |
  sort >"$tmp/runs"
# Each result gets its file's group from files.tsv.
awk -F'\t' -v OFS='\t' 'NR == FNR { group[$1] = $2; sub(/:.*/, "", group[$1]); next }
                        { print $1, $2, $3, group[$1] }' "$here/files.tsv" "$tmp/runs" >"$tmp/results"
[ -z "$results" ] || cp "$tmp/results" "$results"

# summary GROUP TITLE: "N/M TITLE pass" and the count of each class.
summary() {
  awk -F'\t' -v g="$1" -v title="$2" '
    $4 == g { total++; n[$2]++ }
    END {
      printf "gorun: %d/%d %s pass\n", n["pass"], total, title
      fflush()
      for (c in n) printf "  %5d %s\n", n[c], c | "sort -rn"
    }' "$tmp/results"
}
summary seq "sequential run files"
summary sched "run files needing the scheduler"

# Failing files grouped by cause (causes.tsv: "path<TAB>cause,..."; a cause
# is the name of its repro, repros/CAUSE.go), most files first. A failing
# file causes.tsv does not know is "untriaged" (or "scheduler" when it
# needs the scheduler); a passing file it still lists is named, so the list
# stays true.
echo "gorun: failures by cause (causes.tsv, repros/CAUSE.go)"
awk -F'\t' '
  NR == FNR { cause[$1] = $2; next }
  $2 != "pass" {
    c = $1 in cause ? cause[$1] : $4 == "sched" ? "scheduler" : "untriaged"
    k = split(c, cs, ",")
    for (i = 1; i <= k; i++) { n[cs[i]]++; files[cs[i]] = files[cs[i]] " " $1 }
  }
  $2 == "pass" && $1 in cause { stale = stale " " $1 }
  END {
    for (c in n) printf "  %3d %-24s%s\n", n[c], c, c == "scheduler" ? "(files.tsv: sched)" : files[c] | "sort -k1,1nr -k2"
    close("sort -k1,1nr -k2")
    if (stale != "") printf "  passing but still in causes.tsv:%s\n", stale
  }' "$here/causes.tsv" "$tmp/results"

declare -A was_passing
while read -r rel; do was_passing[$rel]=1; done <"$here/passing.txt"
regressions=() newly=()
while IFS=$'\t' read -r rel class detail group; do
  if [ "$class" = pass ]; then
    [ -n "${was_passing[$rel]:-}" ] || newly+=("$rel")
  elif [ -n "${was_passing[$rel]:-}" ]; then
    regressions+=("$rel: $class: $detail")
  fi
done <"$tmp/results"

[ ${#newly[@]} -eq 0 ] || printf '  newly passing: %s\n' "${newly[@]}"
if [ -n "$update" ]; then
  awk -F'\t' '$2 == "pass" { print $1 }' "$tmp/results" >"$here/passing.txt"
  echo "  passing.txt updated"
  exit 0
fi
[ ${#newly[@]} -eq 0 ] || echo "  (add them to passing.txt: $0 SUBGO --update)"
[ ${#regressions[@]} -eq 0 ] || { printf '  no longer passing: %s\n' "${regressions[@]}"; exit 1; }
