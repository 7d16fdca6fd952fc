#!/usr/bin/env python3
"""bench.py -- the scheduler benchmarks: goroutines and channels under
`subgo run` against gc.

Usage: bench.py SUBGO [NAME...]   (default: all five; BENCH_RUNS=3 runs each)

Each program NAME.go of bench/sched/ (pingpong, ring, spawn, workers,
parallel) is built once with gc (`go build -o` into a temporary directory),
then the gc binary and `SUBGO run NAME.go` run BENCH_RUNS times each, with
the same environment: spawn also runs with SPAWN_GOROUTINES=0 (its
baseline, no goroutine), workers and parallel with GOMAXPROCS=1 and =2; the
others keep the default GOMAXPROCS (the core count). The table gives the
best wall time of each, the ratio subgo/go and the peak RSS of both (from
/usr/bin/time, bench/common.py); a subgo run whose output differs from gc's
is reported as failed. Then the issue-5 goals:
  - pingpong: subgo at or below 3x gc's time;
  - spawn: (peak RSS of spawn - peak RSS of its baseline) / goroutines at or
    below 4 KB per blocked goroutine, gc's own figure beside it;
  - parallel: speed-up time(GOMAXPROCS=1) / time(GOMAXPROCS=2) at least 1.6,
    gc's beside it;
and workers' speed-up for both, which has no goal: how far a pool scales
depends on the work per job against the cost of the shared channel, so it is
read against gc's own figure.
"""
import datetime
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from common import Failed, cell, go_build, machine, measure, ratio, seconds  # noqa: E402

SPAWN = 200000  # goroutines spawn.go blocks
PINGPONG_GOAL = 3.0  # subgo/go at most
SPAWN_GOAL_KB = 4.0  # per blocked goroutine, at most
PARALLEL_GOAL = 1.6  # speed-up GOMAXPROCS=1 -> 2, at least

PINGPONG = "pingpong, 1M round trips"
SPAWN_BASE = "spawn baseline, 0 goroutines"
SPAWN_FULL = f"spawn, {SPAWN:,} goroutines"

# (program, label, environment): every run of a program, in table order
RUNS = [
    ("pingpong", PINGPONG, {}),
    ("ring", "ring, 1,000 goroutines, 1M hops", {}),
    ("spawn", SPAWN_BASE, {"SPAWN_GOROUTINES": "0"}),
    ("spawn", SPAWN_FULL, {"SPAWN_GOROUTINES": str(SPAWN)}),
    ("workers", "workers, GOMAXPROCS=1", {"GOMAXPROCS": "1"}),
    ("workers", "workers, GOMAXPROCS=2", {"GOMAXPROCS": "2"}),
    ("parallel", "parallel, GOMAXPROCS=1", {"GOMAXPROCS": "1"}),
    ("parallel", "parallel, GOMAXPROCS=2", {"GOMAXPROCS": "2"}),
]
PROGRAMS = list(dict.fromkeys(p for p, _, _ in RUNS))


def run_all(subgo, names, runs):
    """{label: {"go": measurement, "subgo": measurement or failure text}}."""
    rows = {}
    with tempfile.TemporaryDirectory(prefix="subgo-schedbench-") as work:
        binaries = {name: go_build(HERE, name, work) for name in names}
        for name, label, env in RUNS:
            if name not in names:
                continue
            res = {}
            try:
                _, _, want = res["go"] = measure([binaries[name]], runs, None, HERE, env)
            except Failed as e:
                sys.exit(f"{label}: the gc binary failed: {e}")
            try:
                res["subgo"] = measure([subgo, "run", f"{name}.go"], runs, want, HERE, env)
            except Failed as e:
                res["subgo"] = f"subgo failed: {e}"
            rows[label] = res
            print(f"{label}: done", file=sys.stderr, flush=True)
    return rows


def speedup(rows, name, tool):
    """time(GOMAXPROCS=1) / time(GOMAXPROCS=2) of program name, or None."""
    one, two = (seconds(rows.get(f"{name}, GOMAXPROCS={n}", {}).get(tool)) for n in (1, 2))
    return one / two if isinstance(one, float) and isinstance(two, float) else None


def per_goroutine_kb(rows, tool):
    """Peak RSS of spawn above its baseline, per goroutine, in KB, or None."""
    base = rows.get(SPAWN_BASE, {}).get(tool)
    full = rows.get(SPAWN_FULL, {}).get(tool)
    if not isinstance(base, tuple) or not isinstance(full, tuple):
        return None
    return (full[1] - base[1]) * 1024 / SPAWN


def fmt(x, unit):
    return "-" if x is None else f"{x:.2f}{unit}"


def verdict(ok):
    return "met" if ok else "NOT met"


def print_goals(rows):
    if PINGPONG in rows:
        r = rows[PINGPONG]
        t = seconds(r["subgo"]), seconds(r["go"])
        ok = isinstance(t[0], float) and t[0] <= PINGPONG_GOAL * t[1]
        print(f"goal: pingpong <= {PINGPONG_GOAL:g}x go: {verdict(ok)} ({ratio(*t)})")
    if SPAWN_FULL in rows:
        sub, go = per_goroutine_kb(rows, "subgo"), per_goroutine_kb(rows, "go")
        ok = sub is not None and sub <= SPAWN_GOAL_KB
        print(f"goal: spawn <= {SPAWN_GOAL_KB:g} KB RSS per blocked goroutine: {verdict(ok)}"
              f" (subgo {fmt(sub, ' KB')}; go {fmt(go, ' KB')})")
    if speedup(rows, "parallel", "go") is not None:
        sub, go = speedup(rows, "parallel", "subgo"), speedup(rows, "parallel", "go")
        ok = sub is not None and sub >= PARALLEL_GOAL
        print(f"goal: parallel speed-up GOMAXPROCS=1 -> 2 >= {PARALLEL_GOAL:g}x: {verdict(ok)}"
              f" (subgo {fmt(sub, 'x')}; go {fmt(go, 'x')})")
    if speedup(rows, "workers", "go") is not None:
        print(f"workers' speed-up GOMAXPROCS=1 -> 2 (no goal): subgo "
              f"{fmt(speedup(rows, 'workers', 'subgo'), 'x')}; go {fmt(speedup(rows, 'workers', 'go'), 'x')}")


def main():
    if len(sys.argv) < 2:
        sys.exit(f"usage: {sys.argv[0]} SUBGO [NAME...]")
    subgo = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or PROGRAMS
    unknown = [n for n in names if n not in PROGRAMS]
    if unknown:
        sys.exit(f"unknown program(s): {', '.join(unknown)}; known: {', '.join(PROGRAMS)}")
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    rows = run_all(subgo, names, runs)

    print(f"\n{machine()}; {datetime.date.today()}; best of {runs} runs, wall time\n")
    print("| program | go (s) | subgo (s) | subgo/go | peak RSS go / subgo (MB) |")
    print("|---|---|---|---|---|")
    for label, res in rows.items():
        rss = " / ".join(f"{v[1]:.1f}" if isinstance(v, tuple) else "-"
                         for v in (res["go"], res["subgo"]))
        print(f"| {label} | {cell(res['go'])} | {cell(res['subgo'])}"
              f" | {ratio(seconds(res['subgo']), seconds(res['go']))} | {rss} |")
    print()
    print_goals(rows)


if __name__ == "__main__":
    main()
