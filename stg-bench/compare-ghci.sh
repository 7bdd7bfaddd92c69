#!/usr/bin/env bash
# Times every program of samples/bench with `./stg run` (flat closures) beside GHCi's bytecode
# interpreter and ghc -O0 native code on the same algorithm (samples/bench/hs), and
# writes the table into stg-bench/RESULTS.md (section "ghci").
#
#   stg-bench/compare-ghci.sh [RUNS [LABEL]]   # RUNS timed runs per program (median), default 3
#   STG_JAVA_OPTS='-Xss16m -XX:TieredStopAtLevel=1' stg-bench/compare-ghci.sh 3 ghci-c1
#
# The table goes into section LABEL (default "ghci"); the JVM options ./stg ran with are recorded.
# Start-up is subtracted: the JVM's as the median time of running a trivial program
# (samples/basics/main_int.stg), GHCi's as the median time of loading and running
# `main = print 0`. GHC comes from Debian's ghc package (apt-get install ghc); never run in CI.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
hs="${REFERENCE_HS:-$root/samples/bench/hs}"
runs="${1:-3}"
label="${2:-ghci}"
programs=(nfib:Nfib tak:Tak queens:Queens primes:Primes exp3_8:Exp3_8 sumstream:SumStream)
declare -A issue_ghci=([nfib]=1.3 [tak]=0.95 [queens]=0.9 [primes]=1.2 [exp3_8]=0.8 [sumstream]=1.4)

command -v ghci >/dev/null || { echo "compare-ghci.sh: ghci not found (apt-get install -y ghc)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Seconds (3 decimals) one run of "$@" takes; its stdout goes to $work/out, stderr to $work/err.
time_once() {
  local start end
  start=$(date +%s%N)
  "$@" >"$work/out" 2>"$work/err"
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

# Median over $runs runs of "$@".
median_time() {
  local times=()
  for _ in $(seq "$runs"); do times+=("$(time_once "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

minus() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; printf "%.3f", d < 0 ? 0 : d }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

(cd "$root" && mvn -B -q -pl stg-interp -am package -DskipTests)
stg=("$root/stg" run)

printf 'module Main where\nmain :: IO ()\nmain = print (0 :: Int)\n' >"$work/Trivial.hs"
jvm_startup=$(median_time "${stg[@]}" "$root/samples/basics/main_int.stg")
ghci_startup=$(median_time ghci -ignore-dot-ghci -fbyte-code -v0 -e main "$work/Trivial.hs")
ghc -O0 -v0 -outputdir "$work/o-Trivial" -o "$work/Trivial" "$work/Trivial.hs"
native_startup=$(median_time "$work/Trivial")

rows=()
for entry in "${programs[@]}"; do
  name=${entry%%:*}; module=${entry#*:}
  echo "compare-ghci.sh: $name" >&2
  stg_total=$(median_time "${stg[@]}" --stats "$root/samples/bench/$name.stg")
  expected=$(sed -n 's/^Int# \(.*\)#$/\1/p' "$root/samples/bench/$name.out")
  grep -q "Int# $expected#" "$work/out" || { echo "stg printed $(cat "$work/out") for $name" >&2; exit 1; }
  steps=$(awk '$1 == "steps" { print $2 }' "$work/err")
  rate=$(awk '$1 == "stepsPerSecond" { print $2 }' "$work/err")
  ghci_total=$(median_time ghci -ignore-dot-ghci -fbyte-code -v0 -e main "$hs/$module.hs")
  grep -qx "$expected" "$work/out" || { echo "ghci printed $(cat "$work/out") for $module" >&2; exit 1; }
  ghc -O0 -v0 -outputdir "$work/o-$module" -o "$work/$module" "$hs/$module.hs"
  native_total=$(median_time "$work/$module")
  ours=$(minus "$stg_total" "$jvm_startup")
  theirs=$(minus "$ghci_total" "$ghci_startup")
  verdict=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { print (a <= b ? "yes" : "no") }')
  rows+=("| $name | $ours | $theirs | $(ratio "$ours" "$theirs") | $verdict | ${issue_ghci[$name]} | $(minus "$native_total" "$native_startup") | $steps | $rate |")
done

{
  echo "### Whole programs: stg (flat) against GHCi and ghc -O0"
  echo
  bash "$bench/machine-info.sh"
  echo "- ghc: $(ghc --numeric-version); median of $runs runs each, start-up subtracted:" \
       "JVM ${jvm_startup} s (samples/basics/main_int.stg), GHCi ${ghci_startup} s, native ${native_startup} s (print 0)"
  echo "- command: \`STG_JAVA_OPTS='${STG_JAVA_OPTS:-}' stg-bench/compare-ghci.sh $runs $label\`" \
       "(empty STG_JAVA_OPTS: the launcher's default); steps and steps/s from \`stg run --stats\` (mutator time only)"
  echo
  echo "| program | stg flat (s) | GHCi -fbyte-code (s) | stg / GHCi | stg at most GHCi | GHCi in the issue (s) | ghc -O0 native (s) | machine steps | steps/s |"
  echo "|---|---:|---:|---:|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | python3 "$bench/results_section.py" "$label" "$bench/RESULTS.md"
echo "compare-ghci.sh: table written to $bench/RESULTS.md (section $label)" >&2
