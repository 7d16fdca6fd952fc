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
import platform
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["fib", "nbody", "spectralnorm", "fannkuch", "binarytrees"]
GOAL = ["fib", "nbody", "spectralnorm"]  # subgo <= 1.0x lua5.4 on these
TIMEOUT = 600  # seconds per run


class Failed(Exception):
    """The command exited non-zero, timed out or printed the wrong output."""


def run_once(cmd):
    """Run cmd in bench/vm/; return (wall s, peak RSS MB, stdout) or raise Failed."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        # Peak RSS from /usr/bin/time: a child's own rusage would also count
        # the Python process it was forked from.
        timed = ["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(timed, cwd=HERE, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        try:
            proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise Failed(f"timed out after {TIMEOUT} s")
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            err.seek(0)
            first = err.read().decode(errors="replace").strip().split("\n")[0]
            raise Failed(f"exit {proc.returncode}: {first[:100]}")
        out.seek(0)
        return wall, int(rss.read().split()[-1]) / 1024, out.read().decode(errors="replace")


def measure(cmd, runs, want):
    """Best wall time and peak RSS over runs, checking stdout against want
    (None: this is the reference, return its output)."""
    best, peak, output = None, 0.0, None
    for _ in range(runs):
        wall, rss, output = run_once(cmd)
        if want is not None and output != want:
            raise Failed("output differs from gc's")
        best = wall if best is None else min(best, wall)
        peak = max(peak, rss)
    return best, peak, output


def machine():
    """One line naming the CPU, the core count and the tools' versions."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    go = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    lua = subprocess.run(["lua5.4", "-v"], capture_output=True, text=True).stdout.strip()
    return f"{cpu}, {os.cpu_count()} cores; {go}; {lua.split('  ')[0]}"


def ratio(a, b):
    return f"{a / b:.2f}x" if isinstance(a, float) and isinstance(b, float) else "-"


def cell(res):
    return f"{res[0]:.3f}" if isinstance(res, tuple) else f"{res}"


def main():
    if len(sys.argv) < 2:
        sys.exit(f"usage: {sys.argv[0]} SUBGO [NAME...]")
    subgo = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or PROGRAMS
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    rows = {}
    with tempfile.TemporaryDirectory(prefix="subgo-vmbench-") as work:
        for name in names:
            binary = os.path.join(work, name)
            subprocess.run(["go", "build", "-o", binary, f"{name}.go"], cwd=HERE, check=True)
            res = {}
            try:
                _, _, want = res["go"] = measure([binary], runs, None)
            except Failed as e:
                sys.exit(f"{name}: the gc binary failed: {e}")
            for tool, cmd in (("subgo", [subgo, "run", f"{name}.go"]),
                              ("lua", ["lua5.4", f"{name}.lua"])):
                try:
                    res[tool] = measure(cmd, runs, want)
                except Failed as e:
                    res[tool] = f"{tool} failed: {e}"
            rows[name] = res
            print(f"{name}: done", file=sys.stderr, flush=True)

    print(f"\n{machine()}; {datetime.date.today()}; best of {runs} runs, wall time\n")
    print("| program | go (s) | subgo (s) | lua5.4 (s) | subgo/go | subgo/lua"
          " | peak RSS go / subgo / lua (MB) |")
    print("|---|---|---|---|---|---|---|")
    for name, res in rows.items():
        t = {k: (v[0] if isinstance(v, tuple) else v) for k, v in res.items()}
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
