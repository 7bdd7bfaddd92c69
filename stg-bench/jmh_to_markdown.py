#!/usr/bin/env python3
"""Turns a JMH JSON result file (-rf json) into Markdown tables on stdout.

One table per benchmark: its parameters, the time per operation (mean +- 99.9% error and the
median of the iteration means, which a busy machine disturbs less), and the machine counters.
The counters are EVENTS aux counters holding one run's figures, which JMH sums over the
iterations in its own summary; here they are the per-iteration value, i.e. per run.
When the benchmark has a `closures` parameter, a second table sets every mode beside flat.

Usage: jmh_to_markdown.py results.json
"""
import json
import statistics
import sys

COUNTERS = ["steps", "allocWords", "fvStores", "fvLoads", "parentHops"]
SECONDS = {"s/op": 1.0, "ms/op": 1e-3, "us/op": 1e-6, "ns/op": 1e-9}


def per_run(metric):
    values = [v for fork in metric["rawData"] for v in fork]
    return statistics.mean(values) if values else float("nan")


def median_iteration(primary):
    return statistics.median(v for fork in primary["rawData"] for v in fork)


def fmt(x):
    if x != x:
        return "-"
    if abs(x) >= 100 or x == int(x):
        return f"{x:,.0f}"
    return f"{x:,.2f}" if abs(x) >= 1 else f"{x:.3f}"


def rows_of(results):
    rows = []
    for r in results:
        primary = r["primaryMetric"]
        secondary = r.get("secondaryMetrics", {})
        rows.append({
            "benchmark": r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1],
            "params": r.get("params", {}),
            "mean": primary["score"],
            "error": primary["scoreError"],
            "median": median_iteration(primary),
            "unit": primary["scoreUnit"],
            "counters": {c: per_run(secondary[c]) for c in COUNTERS if c in secondary},
        })
    return rows


def table(rows):
    params = list(rows[0]["params"].keys())
    counters = [c for c in COUNTERS if c in rows[0]["counters"]]
    unit = rows[0]["unit"]
    rate = "steps" in counters and unit in SECONDS
    out = ["| " + " | ".join(params + [f"mean ({unit})", "± 99.9%", f"median ({unit})"] + counters
                             + (["steps/s (median)"] if rate else [])) + " |",
           "|" + "---|" * len(params) + "---:|" * (3 + len(counters) + rate)]
    for r in rows:
        cells = [r["params"][p] for p in params] + [fmt(r["mean"]), fmt(r["error"]), fmt(r["median"])]
        cells += [fmt(r["counters"][c]) for c in counters]
        if rate:
            cells.append(fmt(r["counters"]["steps"] / (r["median"] * SECONDS[unit])))
        out.append("| " + " | ".join(cells) + " |")
    return out


def versus_flat(rows):
    key = lambda r: tuple((k, v) for k, v in r["params"].items() if k != "closures")
    flat = {key(r): r for r in rows if r["params"]["closures"] == "flat"}
    others = [r for r in rows if r["params"]["closures"] != "flat" and key(r) in flat]
    if not others:
        return []
    params = [p for p in rows[0]["params"] if p != "closures"]
    out = ["| " + " | ".join(params + ["closures", "speed-up vs flat (median)", "allocWords / flat",
                                         "fvStores / flat", "parentHops"]) + " |",
           "|" + "---|" * (len(params) + 1) + "---:|" * 4]
    ratio = lambda a, b: fmt(a / b) if b else "-"
    for r in others:
        f = flat[key(r)]
        cells = [r["params"][p] for p in params] + [r["params"]["closures"]]
        cells += [ratio(f["median"], r["median"]),
                  ratio(r["counters"].get("allocWords", 0), f["counters"].get("allocWords", 0)),
                  ratio(r["counters"].get("fvStores", 0), f["counters"].get("fvStores", 0)),
                  fmt(r["counters"].get("parentHops", float("nan")))]
        out.append("| " + " | ".join(cells) + " |")
    return out


def main(path):
    with open(path) as f:
        rows = rows_of(json.load(f))
    by_bench = {}
    for r in rows:
        by_bench.setdefault(r["benchmark"], []).append(r)
    for name, group in by_bench.items():
        print(f"#### {name}\n")
        print("\n".join(table(group)) + "\n")
        if "closures" in group[0]["params"]:
            comparison = versus_flat(group)
            if comparison:
                print(f"{name}, each mode against flat with the same other parameters:\n")
                print("\n".join(comparison) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: jmh_to_markdown.py results.json")
    main(sys.argv[1])
