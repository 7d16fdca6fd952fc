#!/usr/bin/env python3
"""optable.py -- docs/vm.md's instruction-set table, generated from the one
opcode table (vm/opcodes.h VM_OPCODES) and the helper table (vm/helpers.h
VM_HELPERS).

Usage: optable.py ROOT          check that docs/vm.md holds the current tables
       optable.py ROOT --write  rewrite them in docs/vm.md

The tables sit between the marker lines `<!-- opcodes -->` / `<!-- end
opcodes -->` and `<!-- helpers -->` / `<!-- end helpers -->`.
"""
import sys


def entries(path, macro):
    """The sections (comments) and X(...) / H(...) entries of a table macro,
    in order: ("section", text) or ("entry", name, [other fields], doc)."""
    text = open(path).read()
    start = text.index("#define " + macro)
    lines = []
    for line in text[start:].splitlines()[1:]:
        lines.append(line.rstrip().rstrip("\\"))
        if not line.rstrip().endswith("\\"):
            break
    body = " ".join(lines)
    out, i = [], 0
    while i < len(body):
        if body.startswith("/*", i):
            j = body.index("*/", i)
            out.append(("section", body[i + 2:j].strip(" -")))
            i = j + 2
        elif body[i] in "XH" and body.startswith("(", i + 1):
            i += 2
            fields, cur, strings = [], "", []
            while body[i] != ")":
                if body[i] == '"':
                    j = i + 1
                    while body[j] != '"':
                        j += 2 if body[j] == "\\" else 1
                    strings.append(body[i + 1:j])
                    i = j + 1
                elif body[i] == ",":
                    fields.append(cur.strip())
                    cur = ""
                    i += 1
                else:
                    cur += body[i]
                    i += 1
            fields.append(cur.strip())
            fields = [f for f in fields if f]
            out.append(("entry", fields[0], fields[1:], "".join(strings)))
            i += 1
        else:
            i += 1
    return out


def md(s):
    return s.replace("|", "\\|").replace('\\"', '"')


def opcode_table(root):
    rows = ["| opcode | format | extra | semantics |", "|---|---|---|---|"]
    for e in entries(root + "/vm/opcodes.h", "VM_OPCODES(X)"):
        if e[0] == "section":
            rows.append(f"| **{md(e[1])}** | | | |")
        else:
            _, name, fields, doc = e
            rows.append(f"| `{name}` | {fields[0]} | {'X' if fields[1] != '0' else ''} | {md(doc)} |")
    return "\n".join(rows)


def helper_table(root):
    rows = ["| helper | operands, results; X |", "|---|---|"]
    for e in entries(root + "/vm/helpers.h", "VM_HELPERS(H)"):
        if e[0] == "section":
            rows.append(f"| **{md(e[1])}** | |")
        else:
            rows.append(f"| `{e[1]}` | {md(e[3])} |")
    return "\n".join(rows)


def splice(doc, marker, table):
    begin, end = f"<!-- {marker} -->\n", f"<!-- end {marker} -->"
    i, j = doc.index(begin) + len(begin), doc.index(end)
    return doc[:i] + table + "\n" + doc[j:]


def main():
    root = sys.argv[1]
    path = root + "/docs/vm.md"
    doc = open(path).read()
    new = splice(splice(doc, "opcodes", opcode_table(root)), "helpers", helper_table(root))
    if "--write" in sys.argv:
        open(path, "w").write(new)
        return 0
    if new != doc:
        print("docs/vm.md's tables differ from vm/opcodes.h, vm/helpers.h: "
              "run tests/vm/optable.py . --write")
        return 1
    return 0


sys.exit(main())
