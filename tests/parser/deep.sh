#!/usr/bin/env bash
# deep.sh -- gc has no nesting limit, neither may subgo's parser.
#
# Usage: deep.sh SUBGO WORK_DIR
#
# Generates (at test time) files nesting 100,000 deep -- parentheses, blocks,
# composite literals, function literals, unary operators, pointer types,
# if statements -- and a 200,000-term expression, and checks that `dump ast`
# parses each (exit 0, nothing on stderr) within the time limit ctest sets.
set -euo pipefail
subgo=$(realpath "$1")
work=$2
mkdir -p "$work"
cd "$work"
n=100000
python3 - "$n" <<'PY'
import sys
n = int(sys.argv[1])
def write(name, body):
    with open(name + ".go", "w") as f:
        f.write("package p\n\n" + body + "\n")
write("parens", "var x = " + "(" * n + "1" + ")" * n)
write("blocks", "func f() " + "{" * n + "}" * n)
write("complit", "var x = []interface{}" + "{[]interface{}" * n + "{}" + "}" * n)
write("funclit", "var x = " + "func() {_ = " * n + "1" + "}" * n)
write("unary", "var x = " + "^" * n + "1")
write("pointer", "var x " + "*" * n + "int")
write("ifs", "func f() {\n" + "if true {\n" * n + "}\n" * n + "}")
write("sum", "var x = 1" + " + 1" * (2 * n))
PY
status=0
for f in parens blocks complit funclit unary pointer ifs sum; do
  err=$("$subgo" dump ast "$f.go" 2>&1 >/dev/null) || { echo "FAIL $f: exit $?: ${err:0:200}"; status=1; continue; }
  [ -z "$err" ] || { echo "FAIL $f: ${err:0:200}"; status=1; }
done
exit $status
