#!/usr/bin/env bash
# Builds the benchmarks jar, runs the JMH benchmarks matching a regex and writes their tables
# into stg-bench/RESULTS.md (section "jmh:LABEL").
#
#   stg-bench/run-benchmarks.sh [REGEX [LABEL [extra JMH options...]]]
#   stg-bench/run-benchmarks.sh NestingBench           # f_n: flat versus nested
#   stg-bench/run-benchmarks.sh ProgramBench           # samples/bench (STG and Haskell) in every closure mode
#   NOFIB_DIR=~/nofib stg-bench/run-benchmarks.sh NofibBench nofib -p closures=flat   # nofib imaginary
#   stg-bench/run-benchmarks.sh 'NestingBench' quick -p n=200 -p access=lazy
#   JMH_OPTS='-f 1 -wi 3 -i 10 -w 1s -r 1s' stg-bench/run-benchmarks.sh NestingBench longer
#
# The default JMH_OPTS suit a 2-core machine: one fork, 3 warm-up and 5 measured iterations of
# 1 s each (JMH refuses an option given twice, so change them through JMH_OPTS).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
regex="${1:-.*}"
label="${2:-${regex//[^A-Za-z0-9_]/_}}"
shift $(( $# < 2 ? $# : 2 ))

(cd "$root" && mvn -B -q -pl stg-bench -am package -DskipTests)
json="$bench/target/jmh-$label.json"
header="$(bash "$bench/machine-info.sh")"
read -r -a jmh_opts <<<"${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"
# NofibBench needs a checkout of nofib; a broad run without one leaves it out (asked for by
# name, it fails saying what to set).
exclude=()
if [[ -z ${NOFIB_DIR:-} && NofibBench.run =~ $regex && $regex != *Nofib* ]]; then
  echo "run-benchmarks.sh: NOFIB_DIR is not set: NofibBench is left out (stg-bench/README.md)" >&2
  exclude=(-e NofibBench)
fi
java -jar "$bench/target/benchmarks.jar" "$regex" "${jmh_opts[@]}" "${exclude[@]}" -rf json -rff "$json" "$@"
{
  echo "### JMH: $regex"
  echo
  echo "$header"
  echo "- command: \`stg-bench/run-benchmarks.sh $regex $label${*:+ $*}\` (JMH options ${jmh_opts[*]})"
  echo
  python3 "$bench/jmh_to_markdown.py" "$json"
} | python3 "$bench/results_section.py" "jmh:$label" "$bench/RESULTS.md"
echo "results: $json, tables in $bench/RESULTS.md (section jmh:$label)"
