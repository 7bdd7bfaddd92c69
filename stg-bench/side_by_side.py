"""Reads the JMH JSON files of stg-bench/side-by-side.sh and prints the Markdown table: for each
benchmark, parameters and JIT, each jar's median score over the rounds and the ratio new / base."""
import glob
import json
import os
import re
import statistics
import sys
from collections import defaultdict

out = sys.argv[1]
scores = defaultdict(list)
units = {}
for path in sorted(glob.glob(os.path.join(out, "*.json"))):
    m = re.match(r"(programs|fn)-(base|new)-(C1|C2)-(\d+)\.json", os.path.basename(path))
    if not m:
        continue
    _, which, jit, _ = m.groups()
    if os.path.getsize(path) == 0:
        # JMH writes its JSON at the end: this run is still going, or it failed (see its .log).
        print("skipped, empty: " + path, file=sys.stderr)
        continue
    with open(path) as f:
        for row in json.load(f):
            name = row["benchmark"].rsplit(".", 2)[-2]
            params = row.get("params", {})
            label = (params["program"] if "program" in params
                     else "f%s %s" % (params["n"], params["closures"]))
            key = (name, label, jit)
            # The median iteration of a run: steadier than the mean on a shared machine.
            scores[key, which].append(statistics.median(row["primaryMetric"]["rawData"][0]))
            units[key] = row["primaryMetric"]["scoreUnit"]

print("| benchmark | program | JIT | base | new | unit | new / base | runs |")
print("|---|---|---|---:|---:|---|---:|---:|")
ratios = defaultdict(list)
for key in sorted({k for k, _ in scores}, key=lambda k: (k[2], k[0], k[1])):
    b, n = scores.get((key, "base"), []), scores.get((key, "new"), [])
    if not b or not n:
        continue
    mb, mn = statistics.median(b), statistics.median(n)
    ratios[key[2]].append(mn / mb)
    print("| %s | %s | %s | %.4g | %.4g | %s | %.3f | %d, %d |" % (key[0], key[1], key[2], mb, mn, units[key], mn / mb, len(b), len(n)))
for jit, rs in sorted(ratios.items()):
    print()
    print("%s: geometric mean of new / base over %d rows: %.3f" % (jit, len(rs), statistics.geometric_mean(rs)))
