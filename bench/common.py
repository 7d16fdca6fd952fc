"""common.py -- what the benchmark runners of bench/ share: running a command
under /usr/bin/time, best-of-N measurement against a reference output,
building a gc binary once, the machine line, and the table cells.

A measurement is (best wall s, peak RSS MB, stdout). The best wall time is
the least disturbed of the runs on a shared machine; the peak RSS is the
largest of them. A command that exits non-zero, times out or prints
something other than the reference raises Failed, whose text goes into the
table cell, so one failing command never stops a whole suite.
"""
import os
import platform
import subprocess
import tempfile
import time

TIMEOUT = 600  # seconds per run


class Failed(Exception):
    """The command exited non-zero, timed out or printed the wrong output."""


def run_once(cmd, cwd, env=None):
    """Run cmd in cwd with env's variables added to ours; return (wall s,
    peak RSS MB, stdout) or raise Failed."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        # Peak RSS from /usr/bin/time: a child's own rusage would also count
        # the Python process it was forked from.
        timed = ["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd
        start = time.perf_counter()
        proc = subprocess.Popen(timed, cwd=cwd, env=dict(os.environ, **(env or {})),
                                stdin=subprocess.DEVNULL, stdout=out, stderr=err)
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


def measure(cmd, runs, want, cwd, env=None):
    """Best wall time and peak RSS over runs, checking stdout against want
    (None: this is the reference, return its output)."""
    best, peak, output = None, 0.0, None
    for _ in range(runs):
        wall, rss, output = run_once(cmd, cwd, env)
        if want is not None and output != want:
            raise Failed("output differs from gc's")
        best = wall if best is None else min(best, wall)
        peak = max(peak, rss)
    return best, peak, output


def go_build(src_dir, name, work):
    """Build src_dir/NAME.go with gc into the directory work; the binary's path."""
    binary = os.path.join(work, name)
    subprocess.run(["go", "build", "-o", binary, f"{name}.go"], cwd=src_dir, check=True)
    return binary


def machine():
    """The CPU, the core count and gc's version, for a table's heading."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    go = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    return f"{cpu}, {os.cpu_count()} cores; {go}"


def seconds(res):
    """The wall time of a measurement, or the failure text in its place."""
    return res[0] if isinstance(res, tuple) else res


def ratio(a, b):
    return f"{a / b:.2f}x" if isinstance(a, float) and isinstance(b, float) else "-"


def cell(res):
    return f"{res[0]:.3f}" if isinstance(res, tuple) else f"{res}"
