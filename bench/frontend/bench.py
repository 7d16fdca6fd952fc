#!/usr/bin/env python3
"""bench.py -- time subgo's front end against Go's tools on one big program.

Usage: bench.py SUBGO [LINES]   (default 100000; BENCH_RUNS=3 runs each)

Generates a LINES-line program with gen_program.py, then times, in this one
run, `subgo dump ast` (parse), `subgo dump types` (parse + type check),
`gofmt -l` (parse + print), `go vet` and `go build` (Go 1.19). Every timed run
gets a fresh copy of the file with a different last comment, so Go's build
cache cannot answer from an earlier run. Prints the median wall time, peak
memory, lines per second and the ratio to `subgo dump types` as a Markdown
table (docs/STATUS.md keeps the latest), then whether subgo reaches the goal
of 500,000 lines/s for parse + check.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GOAL = 500_000  # lines/s for subgo dump types


def time_run(cmd, cwd):
    """Run cmd once; return (wall seconds, peak RSS in MB) or raise on failure."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)}: exit {proc.returncode}\n"
                               + err.read().decode(errors="replace")[-2000:])
    return wall, usage.ru_maxrss / 1024


def main():
    subgo = os.path.abspath(sys.argv[1])
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    here = os.path.dirname(os.path.abspath(__file__))
    work = tempfile.mkdtemp(prefix="subgo-bench-")
    program = subprocess.run([sys.executable, os.path.join(here, "gen_program.py"), str(lines)],
                             check=True, capture_output=True, text=True).stdout
    lines = program.count("\n")
    env_go = shutil.which("go") is not None
    commands = [
        ("subgo dump ast", [subgo, "dump", "ast"]),
        ("subgo dump types", [subgo, "dump", "types"]),
        ("gofmt -l", ["gofmt", "-l"]),
    ]
    if env_go:
        commands += [("go vet", ["go", "vet"]),
                     ("go build", ["go", "build", "-o", os.path.join(work, "prog")])]

    results = {}
    try:
        for name, cmd in commands:
            walls, rss = [], 0.0
            for k in range(runs):
                path = os.path.join(work, f"big{k}.go")
                with open(path, "w") as f:
                    f.write(program + f"// {name} run {k}\n")
                wall, peak = time_run(cmd + [os.path.basename(path)], work)
                walls.append(wall)
                rss = max(rss, peak)
            results[name] = (statistics.median(walls), rss)
    finally:
        shutil.rmtree(work)

    base = results["subgo dump types"][0]
    print(f"\n{lines:,} lines, {len(program) / 1e6:.1f} MB; median of {runs} runs each\n")
    print("| command | time (s) | peak RSS (MB) | lines/s | time vs subgo dump types |")
    print("|---|---|---|---|---|")
    for name, (wall, rss) in results.items():
        print(f"| `{name}` | {wall:.3f} | {rss:.0f} | {lines / wall:,.0f} | {wall / base:.2f}x |")
    speed = lines / base
    verdict = "met" if speed >= GOAL else "NOT met"
    print(f"\ngoal: subgo dump types >= {GOAL:,} lines/s: {verdict} ({speed:,.0f} lines/s)")


if __name__ == "__main__":
    main()
