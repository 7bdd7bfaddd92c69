#!/usr/bin/env python3
"""Lists the names that GHC STG dumps use from modules none of them defines: what the
machine's built-in library must supply for them to run (docs/prelude-hs.md).
Usage: samples/hs/outside-names.py DUMP...   e.g. samples/hs/O1/*.dump-stg-final samples/hs/lib/O1/*"""
import re
import sys

QUALIFIED = re.compile(r"(?<![\w.$#'])((?:[A-Z][\w']*\.)+)((?:\[\]|\(\)|\(,+\)|[^\s\[\]{};,()\"])+)")

def strip(text):
    text = re.sub(r'"(?:[^"\\]|\\.)*"#', '', text)                     # Addr# literals
    text = re.sub(r'::(?!\s*\[).*?(?=\n\[(?:GblId|LclId))', '', text, flags=re.S)  # signatures
    return re.sub(r'\n\[(?:GblId|LclId).*?\] =\n', '\n', text, flags=re.S)  # id-info

def main(paths):
    defined, used = set(), set()
    for path in paths:
        with open(path, encoding='utf-8', errors='replace') as f:
            text = strip(f.read())
        for module, name in QUALIFIED.findall(text):
            used.add((module[:-1], name.rstrip('!')))
        for line in text.split('\n'):
            m = re.match(r"^\(?((?:[A-Z][\w']*\.)+)", line)
            if m:
                defined.add(m.group(1)[:-1])
    for module, name in sorted(used):
        if module not in defined:
            print(f"{module}.{name}")

main(sys.argv[1:])
