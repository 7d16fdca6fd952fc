#!/usr/bin/env python3
"""bench.py -- the VM benchmarks: `subgo run` against gc and Lua 5.4.

Usage: bench.py SUBGO [NAME...]   (default: all five; BENCH_RUNS=3 runs each)

For each program NAME of bench/vm/ (fib, nbody, spectralnorm, fannkuch,
binarytrees) this runs, in one go: the gc binary (built once with `go build
-o` into a temporary directory), `SUBGO run NAME.go` and `lua5.4 NAME.lua`.
Each command runs BENCH_RUNS times; the table gives its best wall time (the
least disturbed run on a shared machine), its peak RSS, and the ratios
subgo/go and subgo/lua. gc's stdout is the reference: a command that prints
something else is reported, as is one that fails or times out (then it runs
only once), and the other rows still run. Ends with the issue-4 goal, subgo
at or below 1.0x lua5.4 on fib, nbody and spectralnorm. The output is
Markdown, with the machine and date, for docs/STATUS.md.
"""
import datetime
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from common import Failed, cell, go_build, machine, measure, ratio, seconds  # noqa: E402

PROGRAMS = ["fib", "nbody", "spectralnorm", "fannkuch", "binarytrees"]
GOAL = ["fib", "nbody", "spectralnorm"]  # subgo <= 1.0x lua5.4 on these


def lua_version():
    lua = subprocess.run(["lua5.4", "-v"], capture_output=True, text=True).stdout.strip()
    return lua.split("  ")[0]


def main():
    if len(sys.argv) < 2:
        sys.exit(f"usage: {sys.argv[0]} SUBGO [NAME...]")
    subgo = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or PROGRAMS
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    rows = {}
    with tempfile.TemporaryDirectory(prefix="subgo-vmbench-") as work:
        for name in names:
            binary = go_build(HERE, name, work)
            res = {}
            try:
                _, _, want = res["go"] = measure([binary], runs, None, HERE)
            except Failed as e:
                sys.exit(f"{name}: the gc binary failed: {e}")
            for tool, cmd in (("subgo", [subgo, "run", f"{name}.go"]),
                              ("lua", ["lua5.4", f"{name}.lua"])):
                try:
                    res[tool] = measure(cmd, runs, want, HERE)
                except Failed as e:
                    res[tool] = f"{tool} failed: {e}"
            rows[name] = res
            print(f"{name}: done", file=sys.stderr, flush=True)

    print(f"\n{machine()}; {lua_version()}; {datetime.date.today()}; best of {runs} runs, wall time\n")
    print("| program | go (s) | subgo (s) | lua5.4 (s) | subgo/go | subgo/lua"
          " | peak RSS go / subgo / lua (MB) |")
    print("|---|---|---|---|---|---|---|")
    for name, res in rows.items():
        t = {k: seconds(v) for k, v in res.items()}
        rss = " / ".join(f"{v[1]:.1f}" if isinstance(v, tuple) else "-"
                         for v in (res["go"], res["subgo"], res["lua"]))
        print(f"| {name} | {cell(res['go'])} | {cell(res['subgo'])} | {cell(res['lua'])}"
              f" | {ratio(t['subgo'], t['go'])} | {ratio(t['subgo'], t['lua'])} | {rss} |")
    goal = [n for n in GOAL if n in rows]
    met = [n for n in goal if isinstance(rows[n]["subgo"], tuple) and isinstance(rows[n]["lua"], tuple)
           and rows[n]["subgo"][0] <= rows[n]["lua"][0]]
    if goal:
        print(f"\ngoal: subgo run <= 1.0x lua5.4 on {', '.join(goal)}: "
              f"{'met' if len(met) == len(goal) else 'NOT met'} ({len(met)}/{len(goal)})")


if __name__ == "__main__":
    main()
