#!/usr/bin/env python3
"""extract_seeds.py -- extract the Go blocks of the seed notes into tests/seeds/.

Usage: scripts/extract_seeds.py [SEEDS_DIR [OUT_DIR]]
       (defaults: ../shared/seeds and tests/seeds, relative to the repo root)

Every ```go / ```golang fenced block of every seed file becomes OUT_DIR/ID.go,
where ID is FILEPREFIX_LINE: the seed file name's first three characters and
the 1-based line of the opening fence. A fence indented inside a list item has
its indentation removed from every line of the block. A block whose text
already appeared in an earlier seed file is skipped (002 is a copy of the start
of 003), as docs/seed-corpus counts them.

For each whole-file block (one with a package clause) OUT_DIR/manifest.tsv
records real gofmt's verdict, computed here so the test needs no Go toolchain:
    ID <TAB> ok|error <TAB> line of gofmt's first error or - <TAB> its message
"""
import os
import re
import subprocess
import sys

FENCE_OPEN = re.compile(r"^( *)```(go|golang)\s*$")
FENCE_CLOSE = re.compile(r"^ *```\s*$")
PACKAGE_CLAUSE = re.compile(r"^package\s+\w+", re.MULTILINE)
GOFMT_ERROR = re.compile(r"^[^:\n]+:(\d+):\d+: (.*)$", re.MULTILINE)


def blocks(path):
    """Yield (line, text) for each Go fenced block of the markdown file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        i += 1
        if not m:
            continue
        start, indent, body = i, len(m.group(1)), []
        while i < len(lines) and not FENCE_CLOSE.match(lines[i]):
            line = lines[i]
            strip = len(line) - len(line.lstrip(" "))
            body.append(line[min(indent, strip):])
            i += 1
        i += 1  # the closing fence
        yield start, "\n".join(body) + "\n"


def gofmt_verdict(path):
    """Return ('ok', '-', '') or ('error', first error line, its message)."""
    res = subprocess.run(["gofmt", "-e", "-l", path], capture_output=True, text=True)
    errors = [(int(l), msg) for l, msg in GOFMT_ERROR.findall(res.stderr)]
    if res.returncode == 0 and not errors:
        return "ok", "-", ""
    line, msg = errors[0]  # gofmt prints them sorted by position
    return "error", str(line), msg


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    seeds = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "seeds")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "tests", "seeds")
    for name in os.listdir(out):
        if name.endswith(".go"):
            os.remove(os.path.join(out, name))

    seen_in_earlier_files, total, kept, manifest = set(), 0, 0, []
    for seed in sorted(os.listdir(seeds)):
        this_file = set()
        for line, text in blocks(os.path.join(seeds, seed)):
            total += 1
            if text in seen_in_earlier_files:
                continue
            this_file.add(text)
            kept += 1
            ident = f"{seed[:3]}_{line}"
            path = os.path.join(out, ident + ".go")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            if PACKAGE_CLAUSE.search(text):
                manifest.append((ident, *gofmt_verdict(path)))
        seen_in_earlier_files |= this_file

    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("# Written by scripts/extract_seeds.py: whole-file seed blocks and gofmt's verdict.\n")
        f.write("# id\tgofmt\tfirst error line\tgofmt's message\n")
        for row in manifest:
            f.write("\t".join(row) + "\n")
    ok = sum(1 for row in manifest if row[1] == "ok")
    print(f"{total} fenced Go blocks, {kept} unique extracted; "
          f"{len(manifest)} whole files: {ok} accepted by gofmt, {len(manifest) - ok} rejected")


if __name__ == "__main__":
    main()
