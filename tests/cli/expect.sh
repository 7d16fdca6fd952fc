#!/usr/bin/env bash
# expect.sh -- run one command line and check its exit code and output.
#
# Usage: expect.sh CODE STREAM REGEX COMMAND [ARG...]
#
# Passes when COMMAND exits with CODE and a line of STREAM (stdout or stderr)
# matches the extended REGEX; otherwise prints what happened and exits 1.
set -uo pipefail

want_code=$1 stream=$2 regex=$3
shift 3
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

timeout 20 "$@" >"$out" 2>"$err"
code=$?
[ "$stream" = stdout ] && check=$out || check=$err

if [ "$code" -eq "$want_code" ] && grep -Eq -- "$regex" "$check"; then
  exit 0
fi
echo "command: $*"
echo "exit $code (want $want_code); want a $stream line matching: $regex"
echo "--- stdout"; head -n 20 "$out"
echo "--- stderr"; head -n 20 "$err"
exit 1
