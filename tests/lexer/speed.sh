#!/usr/bin/env bash
# speed.sh SUBGO DIR [MAX_SECONDS] -- lex a generated 100,000-line file with
# `subgo dump tokens` and print lines per second; fail if it takes longer than
# MAX_SECONDS (default 10: a loose bound that catches quadratic behaviour, not
# a benchmark; the front end's goal is 500,000 lines/s in total).
set -euo pipefail
subgo=$(realpath "$1")
mkdir -p "$2"
f="$2/speed.go"
max=${3:-10}
awk 'BEGIN {
  print "package speed\n"
  for (i = 0; i < 9999; i++) {
    printf "// f%d computes something; a comment line like real code has.\n", i
    printf "func f%d(a []int, s string) (int, error) {\n", i
    printf "\tx := a[%d] + 0x%x*3 - len(s) /* inline */\n", i % 7, i
    printf "\tif x >= %d.5e2 && s != \"str\\n%d\" {\n", i, i
    printf "\t\treturn x << 2, fmt.Errorf(`raw %%d`, x)\n"
    printf "\t}\n"
    printf "\tfor j := range a { x += a[j] &^ '\''c'\'' }\n"
    printf "\tx++\n"
    printf "\treturn x, nil\n"
    printf "}\n"
  }
}' >"$f"
lines=$(wc -l <"$f")
start=$(date +%s.%N)
"$subgo" dump tokens "$f" >/dev/null
end=$(date +%s.%N)
awk -v l="$lines" -v s="$start" -v e="$end" -v max="$max" 'BEGIN {
  t = e - s
  printf "%d lines in %.3f s: %.0f lines/s (dump tokens, output included)\n", l, t, l / t
  exit t > max
}'
