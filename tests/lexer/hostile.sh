#!/usr/bin/env bash
# hostile.sh SUBGO DIR -- hostile inputs for `subgo dump tokens`, generated in
# DIR at test time (some are 10 MB; none is committed). Each run must end by
# itself within the time limit with exit code 0 or 1 (never a signal), and
# where the expected first error is known, stderr must start with it.
set -uo pipefail
subgo=$(realpath "$1")
dir=$2
limit=${LEXER_HOSTILE_TIMEOUT:-30}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
cd "$dir" || exit 2
fails=0

# run NAME WANT_CODE [FIRST_STDERR_LINE]
run() {
  local code=0
  timeout "$limit" "$subgo" dump tokens "$1" >/dev/null 2>"$1.err" || code=$?
  if [ "$code" -ne "$2" ]; then
    echo "FAIL $1: exit code $code, want $2" >&2
    head -3 "$1.err" >&2
    fails=$((fails + 1))
  elif [ $# -ge 3 ] && [ "$(head -1 "$1.err")" != "$3" ]; then
    echo "FAIL $1: first error '$(head -1 "$1.err")', want '$3'" >&2
    fails=$((fails + 1))
  fi
}

big=10000000
repeat() { head -c "$2" /dev/zero | tr '\0' "$1"; } # repeat CHAR N

{ printf 'package p\nvar '; repeat a $big; printf ' = 1\n'; } >long_ident.go
run long_ident.go 0
{ printf 'package p\nvar x = '; awk 'BEGIN { for (i = 0; i < 2500000; i++) printf "1.1+" }'; printf '1\n'; } >long_expr.go
run long_expr.go 0
{ printf 'package p\nvar x = '; repeat 1 $big; printf '\n'; } >long_number.go
run long_number.go 0
{ printf 'package p\nvar s = "'; repeat a $big; } >long_string.go
run long_string.go 1 'long_string.go:2:9: string not terminated'
{ printf 'package p\nvar s = `'; repeat a $big; } >long_raw.go
run long_raw.go 1 'long_raw.go:2:9: string not terminated'
{ printf 'package p\n/*'; repeat '*' $big; } >long_comment.go
run long_comment.go 1 'long_comment.go:2:1: comment not terminated'
{ printf 'package p\n//'; repeat '/' $big; printf '\n'; } >long_line_comment.go
run long_line_comment.go 0
{ printf 'package p\n'; repeat '\n' $big; } >many_newlines.go
run many_newlines.go 0
repeat '\0' 1000000 >nul.go
run nul.go 1 'nul.go:1:1: invalid NUL character'
repeat '\377' 1000000 >invalid_utf8.go
run invalid_utf8.go 1 'invalid_utf8.go:1:1: invalid UTF-8 encoding'
repeat "'" 1000000 >quotes.go
run quotes.go 1 "quotes.go:1:2: empty rune literal or unescaped '"
LC_ALL=C awk 'BEGIN { srand(1); for (i = 0; i < 1000000; i++) printf "%c", int(rand() * 256) }' >garbage.go
code=0
timeout "$limit" "$subgo" dump tokens garbage.go >/dev/null 2>garbage.go.err || code=$?
[ "$code" -le 1 ] || { echo "FAIL garbage.go: exit code $code" >&2; fails=$((fails + 1)); }

# every prefix of a file full of literals and comments: truncated input
src="$here/tokens/semicolons.go"
n=$(wc -c <"$src")
for ((i = 0; i < n; i++)); do
  head -c "$i" "$src" >truncated.go
  code=0
  timeout "$limit" "$subgo" dump tokens truncated.go >/dev/null 2>&1 || code=$?
  [ "$code" -le 1 ] || { echo "FAIL truncated at byte $i: exit code $code" >&2; fails=$((fails + 1)); }
done

rm -f ./*.go ./*.err
[ "$fails" -eq 0 ] || { echo "$fails hostile input(s) failed" >&2; exit 1; }
echo "all hostile inputs handled"
