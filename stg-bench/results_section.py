#!/usr/bin/env python3
"""Replaces (or appends) one named section of a Markdown file with stdin, between
<!-- BEGIN name --> and <!-- END name --> markers, so each script rewrites only its own tables.

Usage: results_section.py NAME FILE < section.md
"""
import os
import sys


def main(name, path):
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    body = f"{begin}\n{sys.stdin.read().rstrip()}\n{end}"
    text = open(path).read() if os.path.exists(path) else "# Benchmark results\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + body + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + body + "\n"
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: results_section.py NAME FILE < section.md")
    main(sys.argv[1], sys.argv[2])
