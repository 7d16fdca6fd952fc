#!/usr/bin/env python3
"""bad_inputs.py -- hostile input files that subgo must reject cleanly.

Usage: bad_inputs.py SUBGO OUT_DIR

Writes the inputs into OUT_DIR (generated at test time: some are 10 MB) and
runs `subgo dump tokens|ast|types` on each. subgo must exit 0, or exit 1 with
every stderr line in gc's "file:L:C: msg" form; a crash (signal, exit >= 128),
a sanitizer report, any other exit code or a run longer than the time limit
fails the test. Inputs: binary garbage, every prefix of a valid program
(sampled), 10 MB lines, and 10,000-deep parentheses, blocks and composite
literals, both closed and left open.
"""
import os
import random
import re
import subprocess
import sys

TIME_LIMIT = 60  # seconds per run; generous for ASan builds
DEPTH = 10_000
BIG = 10 * 1024 * 1024
ERROR_LINE = re.compile(r"^[^:\n]+:\d+:\d+: .+$")
VALID = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli", "pipeline.go")


def inputs():
    """Yield (name, bytes, stages) for every hostile input."""
    all_stages = ("tokens", "ast", "types")
    rng = random.Random(1)
    for i, size in enumerate((1, 100, 4096, 65536)):
        yield f"garbage{i}", bytes(rng.randrange(256) for _ in range(size)), all_stages
    yield "nul_in_code", b"package main\n\nfunc main() {\x00}\n", all_stages
    yield "bad_utf8", b"package main\n\nvar s\xff\xfe = \"\xc3\x28\"\n", all_stages
    yield "bom_inside", b"package main\n\nvar \xef\xbb\xbfx = 1\n", all_stages

    valid = open(VALID, "rb").read()
    step = max(1, len(valid) // 200)
    for n in range(0, len(valid), step):
        yield f"prefix{n:05d}", valid[:n], ("types",)

    yield "long_string", b'package p\n\nvar s = "' + b"x" * BIG + b'"\n', all_stages
    yield "long_comment", b"package p\n\n// " + b"y" * BIG + b"\n", all_stages
    yield "long_open_string", b'package p\n\nvar s = "' + b"z" * BIG, all_stages
    yield "long_decls", b"package p; " + b"var _ = 1; " * (BIG // 11) + b"\n", all_stages

    nests = {
        "parens": (b"package p\n\nvar x = ", b"(", b"1", b")"),
        "blocks": (b"package p\n\nfunc f() ", b"{", b"", b"}"),
        "composites": (b"package p\n\nvar x = " + b"[]" * DEPTH + b"int", b"{", b"1", b"}"),
        "slices": (b"package p\n\nvar x ", b"[]", b"int", b""),
        "funcs": (b"package p\n\nvar f = ", b"func() {\n_ = ", b"1", b"}\n"),
    }
    for name, (head, open_, mid, close) in nests.items():
        yield f"nested_{name}", head + open_ * DEPTH + mid + close * DEPTH + b"\n", all_stages
        yield f"open_{name}", head + open_ * DEPTH + mid, all_stages


def check(subgo, path, stage):
    """Return None if subgo handled the file cleanly, else a description."""
    try:
        res = subprocess.run([subgo, "dump", stage, path], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return f"hang (> {TIME_LIMIT} s)"
    err = res.stderr.decode("utf-8", "replace")
    if res.returncode < 0 or res.returncode >= 128:
        return f"crash (exit {res.returncode})\n{err[-2000:]}"
    if res.returncode not in (0, 1):
        return f"exit {res.returncode}\n{err[-2000:]}"
    bad = [l for l in err.splitlines() if not ERROR_LINE.match(l)]
    if bad or (res.returncode == 1 and not err):
        return f"exit {res.returncode} with stderr not in file:L:C: form: {bad[:3]!r}"
    return None


def main():
    subgo, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    runs, failures = 0, []
    for name, data, stages in inputs():
        path = os.path.join(out, name + ".go")
        with open(path, "wb") as f:
            f.write(data)
        for stage in stages:
            runs += 1
            problem = check(subgo, path, stage)
            if problem:
                failures.append(f"{name}.go, dump {stage}: {problem}")
        if not any(f.startswith(name + ".go") for f in failures):
            os.remove(path)  # keep only the failing inputs, to reproduce
    print(f"bad inputs: {runs - len(failures)}/{runs} runs handled cleanly")
    for f in failures:
        print("FAIL", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
