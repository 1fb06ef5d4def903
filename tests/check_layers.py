#!/usr/bin/env python3
"""Fails on any #include that crosses the layer table of lib/layers.txt.

Usage: check_layers.py SOURCE_DIR [LAYERS_FILE]
       check_layers.py --self-test SOURCE_DIR


Every lib/ directory must be a layer of the table; the table must have no
cycle and name no unknown layer. A file in lib/<layer>/ may include
"<other>/..." only when <other> is <layer> or reachable from it through the
table's edges; apps/ may include any layer and its own headers. Includes
without a directory (an app's own "commands.h") name no layer and are not
edges. Prints one line per offending include (file:line: problem) and exits 1.

Also fails when the copy of the table in docs/ARCHITECTURE.md differs.

--self-test shows that the check can fail: against the real tree, a table
without one edge that lib/ uses (align -> viz) must report exactly the
includes of viz/ from lib/align (and the docs' copy as stale), and a table
with a cycle must be refused.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".inc")


def read_table(path):
    """{layer: [layers it uses]} in file order; raises ValueError on bad lines."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"([a-z_]+):\s*([a-z_ ]*)", line)
            if not m:
                raise ValueError(f"{path}:{number}: expected 'layer: used layers', got {line!r}")
            if m.group(1) in table:
                raise ValueError(f"{path}:{number}: layer {m.group(1)} declared twice")
            table[m.group(1)] = m.group(2).split()
    return table


def reachable(table):
    """{layer: set of layers it may include} (itself and everything below)."""
    below = {}

    def visit(layer, stack):
        if layer in below:
            return below[layer]
        if layer in stack:
            raise ValueError("layer cycle: " + " -> ".join(stack + [layer]))
        result = {layer}
        for used in table[layer]:
            if used not in table:
                raise ValueError(f"layer {layer} uses {used}, which is not a layer")
            result |= visit(used, stack + [layer])
        below[layer] = result
        return result

    for layer in table:
        visit(layer, [])
    return below


def table_lines(text):
    """The non-comment, non-empty lines of a table, stripped."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def check_doc_copy(source_dir, layers_file):
    """docs/ARCHITECTURE.md's copy of the table (the code block opening with
    the table's "# layer:" line) must say what layers.txt says."""
    doc = os.path.join(source_dir, "docs", "ARCHITECTURE.md")
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"```\n(# layer:.*?)```", text, flags=re.S)
    if not m:
        return ["docs/ARCHITECTURE.md: no copy of the layer table (a code block opening "
                "with '# layer:')"]
    with open(layers_file, encoding="utf-8") as f:
        if table_lines(f.read()) != table_lines(m.group(1)):
            return [f"docs/ARCHITECTURE.md: the layer table differs from {layers_file}"]
    return []


def source_files(root):
    for directory, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(SOURCE_SUFFIXES):
                yield os.path.join(directory, name)


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m and "/" in m.group(1):
                yield number, m.group(1)


def check(source_dir, layers_file):
    problems = []
    table = read_table(layers_file)
    allowed = reachable(table)
    lib = os.path.join(source_dir, "lib")
    apps = os.path.join(source_dir, "apps")
    for entry in sorted(os.listdir(lib)):
        if os.path.isdir(os.path.join(lib, entry)) and entry not in table:
            problems.append(f"lib/{entry}: a directory of lib/ that {layers_file} does not declare")
    for layer in sorted(table):
        if not os.path.isdir(os.path.join(lib, layer)):
            problems.append(f"{layers_file}: layer {layer} has no directory lib/{layer}")
        for path in source_files(os.path.join(lib, layer)):
            rel = os.path.relpath(path, source_dir)
            for number, target in includes(path):
                first = target.split("/", 1)[0]
                if first not in table:
                    problems.append(f"{rel}:{number}: includes \"{target}\", not a layer of lib/")
                elif first not in allowed[layer]:
                    problems.append(f"{rel}:{number}: {layer} includes \"{target}\" but does not "
                                    f"build on {first} (lib/layers.txt)")
    problems += check_doc_copy(source_dir, layers_file)
    for path in source_files(apps):
        rel = os.path.relpath(path, source_dir)
        for number, target in includes(path):
            first = target.split("/", 1)[0]
            local = os.path.exists(os.path.join(apps, target)) or os.path.exists(
                os.path.join(os.path.dirname(path), target))
            if first not in table and not local:
                problems.append(f"{rel}:{number}: includes \"{target}\", neither a layer of lib/ "
                                "nor a header of apps/")
    return problems


def self_test(source_dir):
    import tempfile
    real = os.path.join(source_dir, "lib", "layers.txt")
    with open(real, encoding="utf-8") as f:
        text = f.read()
    no_viz = re.sub(r"^align:(.*) viz$", r"align:\1", text, flags=re.M)
    cycle = re.sub(r"^base:.*$", "base: align", text, flags=re.M)
    if no_viz == text or cycle == text:
        print("self-test: could not derive the broken tables from " + real, file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        broken = os.path.join(tmp, "layers.txt")
        with open(broken, "w", encoding="utf-8") as f:
            f.write(no_viz)
        problems = check(source_dir, broken)
        edges = [p for p in problems if p.startswith("lib/align/") and '"viz/' in p]
        others = [p for p in problems if p not in edges]
        if not edges or others != ["docs/ARCHITECTURE.md: the layer table differs from " + broken]:
            failures.append("without align -> viz, expected align's viz includes and the "
                            "docs' copy reported, got: " + repr(problems[:3] + others[:3]))
        with open(broken, "w", encoding="utf-8") as f:
            f.write(cycle)
        try:
            check(source_dir, broken)
            failures.append("a table with a cycle was accepted")
        except ValueError as e:
            if "cycle" not in str(e):
                failures.append("a table with a cycle gave: " + str(e))
    for f in failures:
        print("self-test: " + f, file=sys.stderr)
    if not failures:
        print(f"layering self-test: a missing edge gives {len(edges)} include reports and a "
              "stale docs copy, a cycle is refused")
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    source_dir = argv[1]
    layers_file = argv[2] if len(argv) == 3 else os.path.join(source_dir, "lib", "layers.txt")
    try:
        problems = check(source_dir, layers_file)
    except (OSError, ValueError) as e:
        print(e, file=sys.stderr)
        return 1
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    print(f"layering: every #include in lib/ and apps/ follows {layers_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
