#!/usr/bin/env bash
# As side-by-side.sh, but measuring thread CPU time (CpuTimes) instead of JMH's wall time: on
# a machine loaded many times over its cores, wall time of the same jar varies several-fold
# while CPU time varies far less. Each round starts four JVMs at once (base and new, each
# under C1 only and under C2), so the two jars run under the same load at the same moment.
#
#   stg-bench/cpu-side-by-side.sh BASE.jar NEW.jar [ROUNDS [OUT_DIR]]
# Env: WARMUP and MEASURED runs per item (default 2 and 3), ITEMS (default: the six
# samples/bench programs, f10 and f200 flat and nested).
set -euo pipefail
base="$1"
new="$2"
rounds="${3:-2}"
out="${4:-$(mktemp -d)}"
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
items="${ITEMS:-nfib tak queens primes exp3_8 sumstream f10:flat f10:nested f200:flat f200:nested}"
mkdir -p "$out/driver"
# The driver is compiled against the new jar and put before either jar on the class path: the
# baseline need not contain it, only the stg-bench and interpreter classes it calls.
javac -cp "$new" -d "$out/driver" "$bench/src/main/java/dev/stg/bench/CpuTimes.java"
declare -A jit=([C1]="-Xss16m -XX:TieredStopAtLevel=1" [C2]="-Xss16m")
for round in $(seq 1 "$rounds"); do
  echo "round $round $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  pids=()
  for j in C1 C2; do
    for which in base new; do
      jar="$base"; [[ "$which" == new ]] && jar="$new"
      # shellcheck disable=SC2086
      java ${jit[$j]} -cp "$out/driver:$jar" dev.stg.bench.CpuTimes "${WARMUP:-2}" "${MEASURED:-3}" $items \
        >"$out/$which-$j-$round.tsv" 2>"$out/$which-$j-$round.err" &
      pids+=($!)
    done
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
done
python3 - "$out" <<'PY'
import glob, os, re, statistics, sys
from collections import defaultdict
times = defaultdict(list)
for path in glob.glob(os.path.join(sys.argv[1], "*.tsv")):
    which, jit, _ = re.match(r"(base|new)-(C1|C2)-(\d+)\.tsv", os.path.basename(path)).groups()
    for line in open(path):
        item, ms = line.split()
        times[jit, item, which].append(float(ms))
print("| JIT | program | base CPU ms/run | new CPU ms/run | new / base | runs |")
print("|---|---|---:|---:|---:|---:|")
ratios = defaultdict(list)
for jit, item in sorted({(j, i) for j, i, _ in times}, key=lambda k: (k[0], k[1].startswith("f"), k[1])):
    b, n = times[jit, item, "base"], times[jit, item, "new"]
    if not b or not n:
        continue
    mb, mn = statistics.median(b), statistics.median(n)
    ratios[jit].append(mn / mb)
    print("| %s | %s | %.4g | %.4g | %.3f | %d, %d |" % (jit, item, mb, mn, mn / mb, len(b), len(n)))
for jit, rs in sorted(ratios.items()):
    print("\n%s: geometric mean of new / base over %d rows: %.3f" % (jit, len(rs), statistics.geometric_mean(rs)))
PY
