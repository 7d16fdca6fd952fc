#!/usr/bin/env bash
# run_one.sh -- run one `// run` file of Go's test corpus under subgo and
# classify the result the way $GOROOT/test/run.go judges a "run" test.
#
# Usage: run_one.sh SUBGO GOROOT_TEST REL [TIMEOUT]
#
# As run.go does, the program runs in GOROOT_TEST as `SUBGO run REL`, with
# stdout and stderr into one stream; it passes when it exits 0 and that
# stream equals REL's .out file next to it (or is empty when there is none).
# Prints one line "REL<TAB>class<TAB>detail", class being:
#
#   pass      exit 0, output as expected
#   timeout   used more than TIMEOUT seconds of CPU time (default 10), or
#             still running after 3 x TIMEOUT seconds of wall time
#   crash     killed by a signal, an exit code other than 0/1/2, or a
#             "fatal error:" line (base.h's fatal or the runtime's throw)
#   compile   `SUBGO dump bc REL` (the same compilation, without running)
#             fails: subgo rejects the program or a feature is not supported
#   fail      it compiles and runs, but the exit code or output differs
#
# detail is the first line that tells the cause (tabs and newlines
# flattened): subgo's first error, the first unexpected output line, or the
# exit code. Extra columns never appear, so the driver can split on tabs.
set -uo pipefail

subgo=$1 root=$2 rel=$3 limit=${4:-10}
cd "$root" || exit 2
# cmd/dist, which runs run.go, exports GOOS and GOARCH (env.go checks them).
case $(uname -m) in
  x86_64) GOARCH=amd64 ;; aarch64) GOARCH=arm64 ;; *) GOARCH=$(uname -m) ;;
esac
export GOOS=linux GOARCH

want=
out_file=${rel%.go}.out
[ -f "$out_file" ] && want=$(cat "$out_file"; echo x) && want=${want%x}

# CPU time, not wall time, is what the limit counts, so that a loaded
# machine (ctest -j2 beside other work) does not turn a slow pass into a
# timeout; the wall-clock limit only catches a program blocked without
# running.
got=$( (ulimit -S -t "$limit"; exec timeout -k 2 $((3 * limit)) "$subgo" run "$rel") 2>&1 </dev/null
      echo "x$?")
code=${got##*x}
got=${got%x*}

# report CLASS DETAIL: the result line, detail flattened to one line.
report() {
  local detail=${2//$'\t'/ }
  detail=${detail%%$'\n'*}
  printf '%s\t%s\t%s\n' "$rel" "$1" "${detail:0:200}"
  exit 0
}

# first_diff: the first line of the output that is not the expected one.
first_diff() {
  diff <(printf '%s' "$want") <(printf '%s' "$got") | grep -m1 '^[<>]' || echo "(trailing newline)"
}

[ "$code" -eq 0 ] && [ "$got" = "$want" ] && report pass ""
# 152: SIGXCPU from the CPU limit; 124 (137 after -k): timeout's wall limit
[ "$code" -eq 152 ] && report timeout "over ${limit}s of CPU time"
[ "$code" -eq 124 ] || [ "$code" -eq 137 ] && report timeout "over $((3 * limit))s of wall time"
if [ "$code" -gt 2 ]; then
  sig=
  [ "$code" -gt 128 ] && sig=" (signal $(kill -l $((code - 128)) 2>/dev/null))"
  report crash "exit $code$sig: $(grep -m1 -e 'fatal' -e 'Assertion' -e 'AddressSanitizer' -e 'runtime error' <<<"$got")"
fi
fatal_line=$(grep -m1 '^fatal error:' <<<"$got")
[ -n "$fatal_line" ] && report crash "exit $code: $fatal_line"

if [ "$code" -ne 0 ]; then
  compile_err=$(timeout -k 2 "$limit" "$subgo" dump bc "$rel" 2>&1 >/dev/null)
  [ $? -ne 0 ] && report compile "$(grep -m1 . <<<"$compile_err")"
  report fail "exit $code: $(grep -m1 '^panic:' <<<"$got" || grep -m1 . <<<"$got")"
fi
report fail "exit 0: $(first_diff)"
