#!/usr/bin/env bash
# Times two benchmarks.jar builds side by side: ProgramBench (flat) and NestingBench (f_n at
# n = 10 and 200, flat and nested, lazy access), under the launcher's JVM options (C1 only) and
# under the JVM's default tiers (C2). The JVMs alternate jar by jar, round by round (the order of
# the two jars flips every round), so the load of a shared machine weighs on both alike; the
# report gives each jar's median over the rounds and the ratio new / base.
#
#   stg-bench/side-by-side.sh BASE.jar NEW.jar [ROUNDS [OUT_DIR]]
set -euo pipefail
base="$1"
new="$2"
rounds="${3:-2}"
out="${4:-$(mktemp -d)}"
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$out"
read -r -a jmh_opts <<<"${JMH_OPTS:--f 1 -wi 1 -i 2 -w 1s -r 1s}"
declare -A jit=([C1]="-Xss16m -XX:TieredStopAtLevel=1" [C2]="-Xss16m")
for round in $(seq 1 "$rounds"); do
  for j in C1 C2; do
    if (( round % 2 )); then order=(base new); else order=(new base); fi
    for which in "${order[@]}"; do
      jar="$base"; [[ "$which" == new ]] && jar="$new"
      echo "round $round $j $which $(cut -d' ' -f1-3 /proc/loadavg)" >&2
      java -jar "$jar" ProgramBench "${jmh_opts[@]}" -jvmArgsAppend "${jit[$j]}" -p closures=flat \
        -rf json -rff "$out/programs-$which-$j-$round.json" >"$out/programs-$which-$j-$round.log" 2>&1
      java -jar "$jar" NestingBench "${jmh_opts[@]}" -jvmArgsAppend "${jit[$j]}" -p n=10,200 \
        -p closures=flat,nested -p access=lazy \
        -rf json -rff "$out/fn-$which-$j-$round.json" >"$out/fn-$which-$j-$round.log" 2>&1
    done
  done
done
python3 "$bench/side_by_side.py" "$out"
