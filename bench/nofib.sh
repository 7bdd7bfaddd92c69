#!/usr/bin/env bash
# Runs nofib's imaginary programs (github.com/ghc/nofib; not part of this repository) with
# small inputs, or with --suite spectral its spectral programs with nofib's fast inputs
# (bench/nofib-spectral.txt), three ways, and compares their output:
#   base    GHC 9.0.2's native build with base (the reference);
#   lib     GHC's native build on the project's library (lib/hs, docs/prelude-hs.md);
#   stg     `stg ghc` on the machine, when this build of stg has the ghc command.
# The programs that repeat their work in a hard-coded loop (replicateM_ 500, forM_ [1..100])
# are run for one pass: the copy built here has the loop count replaced by 1.
# The small inputs are in bench/nofib-inputs.txt (stg-bench's NofibBench reads them too).
# Usage: bench/nofib.sh [--ghci] [--suite imaginary|spectral] NOFIB_DIR [PROGRAM...]
#        (NOFIB_DIR holds imaginary/, spectral/ and common/)
#        STG_OPTS="--closures=nested-partial --thunk-parents --heap-initial=64K" bench/nofib.sh ...
#        runs the stg column with those options (a closure mode, a small first heap).
# --ghci: speed against GHCi as well. Every program stg runs right is timed NOFIB_RUNS times
#   (default 3; median), alternately by GHCi (`ghci -fbyte-code` on the same source with base:
#   GHC.Clock around `main` inside the session, so GHCi's start-up and its compilation to byte
#   code are left out) and by `stg ghc -O1 --stats` (mutatorNanos + gcNanos: the JVM's start-up,
#   GHC's compilation and the import left out; the JIT's warm-up, as in any one-shot run, in).
#   Then the same programs with the JIT warm: stg-bench's NofibBench (JMH, flat closures, the
#   same inputs; JMH_OPTS, default "-f 1 -wi 3 -i 5 -w 1s -r 1s"): mutatorNanos + gcNanos of a
#   run after warm-up (median over the iterations), and JMH's time per run, which also builds
#   the machine (in proportion to the library's static image).
#   The table, with both ratios per program and their geometric means, also goes into section
#   "nofib-ghci" of stg-bench/RESULTS.md.
set -uo pipefail
ghci_speed=no
while [ "$#" -gt 0 ]; do
  case "$1" in
    --ghci) ghci_speed=yes; shift ;;
    --suite) export NOFIB_SUITE="${2:-}"; shift 2 ;;
    *) break ;;
  esac
done
if [ "$#" -lt 1 ] || [ ! -d "$1/${NOFIB_SUITE:-imaginary}" ]; then
  echo "usage: bench/nofib.sh [--ghci] [--suite imaginary|spectral] NOFIB_DIR [PROGRAM...]   (a clone of ghc/nofib: imaginary/, spectral/, common/)" >&2
  exit 2
fi
if [ "$ghci_speed" = yes ] && [ "${NOFIB_SUITE:-imaginary}" != imaginary ]; then
  echo "nofib.sh: --ghci times the imaginary suite only (stg-bench's NofibBench runs those programs)" >&2
  exit 2
fi
nofib="$(cd "$1" && pwd)"; shift
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v ghc >/dev/null || [ "$(ghc --numeric-version)" != "9.0.2" ]; then
  echo "nofib.sh: needs GHC 9.0.2 on PATH (Debian: apt-get install ghc)" >&2
  exit 2
fi

source "$root/bench/nofib-programs.sh"
if [ "$#" -gt 0 ]; then programs=("$@"); else programs=($(printf '%s\n' "${!nofib_inputs[@]}" | sort)); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/lib/hs/build.sh" "$work/lib" -O1 2> "$work/lib.log" || { cat "$work/lib.log" >&2; exit 1; }
lib_flags=(-package-db "$work/lib/package.db" -hide-all-packages -package-id base -dno-typeable-binds)

have_stg_ghc=no
if "$root/stg" --help 2>/dev/null | grep -qE '^ +ghc( |$)'; then have_stg_ghc=yes
else echo "nofib.sh: this build of stg has no 'stg ghc' command (issue 11): the stg column is skipped" >&2; fi
# STG_OPTS: more options for stg ghc, e.g. "--closures=nested-partial --heap-initial=64K".
read -r -a stg_opts <<< "${STG_OPTS:-}"
[ "$ghci_speed" = yes ] && header="$(bash "$root/stg-bench/machine-info.sh")"

# speed PROGRAM DIR MAIN ARGS...: times the program NOFIB_RUNS times each way, alternately, and
# appends "PROGRAM GHCI_SECONDS STG_SECONDS" (medians) to $work/speed; GHCi's output must be base's.
speed() {
  local p="$1" dir="$2" main="$3" session list
  shift 3
  list="[$(printf '"%s",' "$@" | sed 's/,$//')]"
  : > "$dir/ghci.times"; : > "$dir/stg.times"
  for _ in $(seq "${NOFIB_RUNS:-3}"); do
    session="$(printf '%s\n' ':set prompt ""' ':show modules' "let run = System.Environment.withArgs $list Main.main" \
        't0 <- GHC.Clock.getMonotonicTime' 'run' 't1 <- GHC.Clock.getMonotonicTime' \
        'putStrLn ("ghci-seconds " ++ show (t1 - t0))' |
      (cd "$dir" && ghci -v0 -ignore-dot-ghci -fbyte-code "$main" 2> ghci.err))"
    if ! grep -q '^Main .*interpreted' <<<"$session"; then echo "$p - - GHCi did not interpret Main" >> "$work/speed"; return; fi
    grep -vE '^ghci-seconds |^[A-Za-z0-9_.]+ +\( .*, interpreted \)$' <<<"$session" > "$dir/ghci.out"
    if ! cmp -s "$dir/base.out" "$dir/ghci.out"; then echo "$p - - GHCi printed something else" >> "$work/speed"; return; fi
    awk '$1 == "ghci-seconds" { print $2 }' <<<"$session" >> "$dir/ghci.times"
    (cd "$dir" && "$root/stg" ghc "$main" -O1 --stats "${stg_opts[@]}" -- "$@" 2>&1 >/dev/null) |
      awk '$1 == "mutatorNanos" || $1 == "gcNanos" { gsub(",", "", $2); n += $2 } END { print n / 1e9 }' >> "$dir/stg.times"
  done
  echo "$p $(median "$dir/ghci.times") $(median "$dir/stg.times")" >> "$work/speed"
}
median() { sort -g "$1" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

printf '%-14s %-24s %-10s %-10s %s\n' program args lib stg note
agree=0
stg_agree=0
for p in "${programs[@]}"; do
  dir="$work/$p"
  main="$(nofib_prepare "$nofib" "$p" "$dir")"
  read -r -a args <<< "${nofib_inputs[$p]:-}"
  input=/dev/null; [ -e "$dir/stdin" ] && input="$dir/stdin"
  (cd "$dir" && ghc -O1 -v0 -outputdir base-obj -o base "$main" > base.log 2>&1 && ./base "${args[@]}" < "$input" > base.out 2> base.err)
  base_ok=$?
  lib="builds"; stg="skipped"; note=""
  if [ -z "$main" ]; then lib="-"; note="no Main.hs or Main.lhs at the top of the program's folder"
  elif [ "$base_ok" != 0 ]; then
    lib="-"; note="native build with base failed: $(grep -m1 -A2 'error' "$dir/base.log" | tr '\n' ' ' | tr -s ' ' | head -c 200)"
  elif ! (cd "$dir" && ghc -O1 -v0 "${lib_flags[@]}" -outputdir lib-obj -o lib "$main" > lib.log 2>&1); then
    lib="no-build"; note="$(grep -m1 -A2 'error' "$dir/lib.log" | tr '\n' ' ' | tr -s ' ' | head -c 240)"
  else
    (cd "$dir" && timeout 60 ./lib "${args[@]}" < "$input" > lib.out 2> lib.err)
    if cmp -s "$dir/base.out" "$dir/lib.out"; then lib="same"; agree=$((agree + 1))
    else lib="differs"; note="$(head -c 200 "$dir/lib.err")"; fi
    if [ "$have_stg_ghc" = yes ]; then
      (cd "$dir" && timeout 600 "$root/stg" ghc "$main" -O1 "${stg_opts[@]}" -- "${args[@]}" < "$input" > stg.out 2> stg.err)
      if cmp -s "$dir/base.out" "$dir/stg.out"; then stg="same"; stg_agree=$((stg_agree + 1)); else stg="differs"; note="$note $(head -c 200 "$dir/stg.err")"; fi
    fi
  fi
  printf '%-14s %-24s %-10s %-10s %s\n' "$p" "${nofib_inputs[$p]:-}" "$lib" "$stg" "$note"
  [ "$ghci_speed" = yes ] && [ "$stg" = same ] && speed "$p" "$dir" "$main" "${args[@]}"
done
echo "nofib.sh ($nofib_suite): ${agree} of ${#programs[@]} programs print the same natively on the library as with base, ${stg_agree} on the machine (stg ghc)"
[ "$ghci_speed" = yes ] || exit 0
timed="$(awk '$2 != "-" { printf "%s%s", (n++ ? "," : ""), $1 }' "$work/speed")"
: > "$work/warm"
if [ -n "$timed" ]; then
  (cd "$root" && mvn -B -q -pl stg-bench -am package -DskipTests) || exit 1
  read -r -a jmh_opts <<<"${JMH_OPTS:--f 1 -wi 3 -i 5 -w 1s -r 1s}"
  # jmh.ignoreLock: a benchmark another build runs at the same time must not stop this one.
  NOFIB_DIR="$nofib" java -Djmh.ignoreLock=true -jar "$root/stg-bench/target/benchmarks.jar" NofibBench.run \
      -p closures=flat -p level=O1 -p program="$timed" "${jmh_opts[@]}" -rf json -rff "$work/warm.json" > "$work/warm.log" 2>&1 ||
    { tail -30 "$work/warm.log" >&2; exit 1; }
  # machineNanos (mutator + collector, as --stats gives them) of the last run of each measured
  # iteration: the median; the time per operation also builds the machine, printed beside it.
  python3 -c 'import json, statistics, sys
for b in json.load(open(sys.argv[1])):
    nanos = [v for fork in b["secondaryMetrics"]["machineNanos"]["rawData"] for v in fork]
    print(b["params"]["program"], statistics.median(nanos) / 1e9, b["primaryMetric"]["score"] / 1000)' "$work/warm.json" > "$work/warm"
fi
{
  echo "### nofib imaginary: stg ghc -O1 against GHCi (bench/nofib.sh --ghci)"
  echo
  echo "$header"
  echo "- ghc: $(ghc --numeric-version); command: \`bench/nofib.sh --ghci NOFIB_DIR${*:+ $*}\`${STG_OPTS:+, STG_OPTS=$STG_OPTS}"
  echo "- seconds: median of ${NOFIB_RUNS:-3} runs each, alternating. GHCi: \`ghci -fbyte-code\` on the same source with base,"
  echo "  GHC.Clock around \`main\` in the session (start-up and byte-code compilation left out). stg:"
  echo "  \`stg ghc -O1 --stats\`, mutatorNanos + gcNanos of the one run (JVM start-up, GHC and the import"
  echo "  left out; the JIT's warm-up in: one-shot, the launcher's C1-only JIT). stg warm: NofibBench"
  echo "  (JMH ${jmh_opts[*]:-}, flat, default JIT), mutatorNanos + gcNanos of a run after warm-up, median"
  echo "  over the iterations; JMH's time per run (the last column) also builds the machine."
  echo
  echo "| program | args | GHCi s | stg one-shot s | one-shot / GHCi | stg warm s | warm / GHCi | JMH s/run |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  while read -r p g t note; do
    if [ "$g" = - ]; then echo "| $p | ${nofib_inputs[$p]:-} | - | - | $note | - | - | - |"; continue; fi
    read -r w op <<<"$(awk -v p="$p" '$1 == p { print $2, $3 }' "$work/warm")"
    awk -v p="$p" -v a="${nofib_inputs[$p]:-}" -v g="$g" -v t="$t" -v w="${w:--}" -v op="${op:--}" 'BEGIN {
      printf "| %s | %s | %.3f | %.3f | %.2f | %s | %s | %s |\n", p, a, g, t, t / g,
        (w == "-" ? "-" : sprintf("%.3f", w)), (w == "-" ? "-" : sprintf("%.2f", w / g)), (op == "-" ? "-" : sprintf("%.3f", op)) }'
    [ -n "${w:-}" ] && echo "$g $w" >> "$work/warm-pairs"
  done < "$work/speed"
  echo
  awk '$2 != "-" && $2 > 0 { l += log($3 / $2); n++ } END {
    if (n) printf "Geometric mean over %d programs: one-shot / GHCi **%.2f**", n, exp(l / n) }' "$work/speed"
  [ -f "$work/warm-pairs" ] && awk '{ l += log($2 / $1); n++ } END { printf "; warm / GHCi **%.2f** (%d programs)", exp(l / n), n }' "$work/warm-pairs"
  echo
} > "$work/section.md"
cat "$work/section.md"
python3 "$root/stg-bench/results_section.py" nofib-ghci "$root/stg-bench/RESULTS.md" < "$work/section.md"
