#!/usr/bin/env python3
"""bench.py -- time subgo's front end against Go's tools on one big program.

Usage: bench.py SUBGO [LINES]   (default 100000; BENCH_RUNS=3 runs each)

Generates a LINES-line program with gen_program.py, then times, in this one
run, `subgo dump ast` (parse), `subgo dump types` (parse + type check),
`gofmt -l` (parse + print), `go vet` and `go build` (Go 1.19). Every timed run
gets a fresh copy of the file with a different last comment, so Go's build
cache cannot answer from an earlier run. Prints the median wall time, CPU time
(user + sys: steadier on a busy machine), peak memory, lines per second of
each, and the wall-time ratio to `subgo dump types` as a Markdown table
(docs/STATUS.md keeps the latest), then whether subgo reaches the goal of
500,000 lines/s for parse + check, judged on CPU time (subgo is
single-threaded, so on an idle machine its wall time is its CPU time). A command that fails gets a row saying so; the others still run.
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
    """Run cmd once; return (wall s, CPU s, peak RSS MB) or raise on failure."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            first = err.read().decode(errors="replace").split("\n")[0]
            raise RuntimeError(f"exit {proc.returncode}: {first}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


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

    results = {}  # name -> (wall, cpu, rss) medians, or the error text
    try:
        for name, cmd in commands:
            samples = []
            try:
                for k in range(runs):
                    path = os.path.join(work, f"big{k}.go")
                    with open(path, "w") as f:
                        f.write(program + f"// {name} run {k}\n")
                    samples.append(time_run(cmd + [os.path.basename(path)], work))
                results[name] = tuple(statistics.median(col) for col in zip(*samples))
            except RuntimeError as e:
                results[name] = str(e)
    finally:
        shutil.rmtree(work)

    base = results["subgo dump types"]
    print(f"\n{lines:,} lines, {len(program) / 1e6:.1f} MB; median of {runs} runs each\n")
    print("| command | wall (s) | CPU (s) | peak RSS (MB) | lines/s (wall) | lines/s (CPU)"
          " | wall vs subgo dump types |")
    print("|---|---|---|---|---|---|---|")
    for name, res in results.items():
        if isinstance(res, str):
            print(f"| `{name}` | failed: {res} | | | | | |")
            continue
        wall, cpu, rss = res
        ratio = f"{wall / base[0]:.2f}x" if isinstance(base, tuple) else "-"
        print(f"| `{name}` | {wall:.3f} | {cpu:.3f} | {rss:.0f} | {lines / wall:,.0f}"
              f" | {lines / cpu:,.0f} | {ratio} |")
    if isinstance(base, str):
        sys.exit(f"\ngoal: subgo dump types >= {GOAL:,} lines/s: not measurable ({base})")
    speed = lines / base[1]
    verdict = "met" if speed >= GOAL else "NOT met"
    print(f"\ngoal: subgo dump types >= {GOAL:,} lines/s: {verdict} ({speed:,.0f} lines per CPU second)")


if __name__ == "__main__":
    main()
