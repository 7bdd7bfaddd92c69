#!/usr/bin/env bash
# Times start-up, and whole one-shot runs with start-up included, of ./stg beside GHCi, and
# writes the table into section "startup:DATE" of stg-bench/RESULTS.md.
#
#   stg-bench/startup.sh HASKELL_DIR [RUNS]    # RUNS timed runs per command, median; default 10
#
# HASKELL_DIR holds the reference sources of samples/bench (Nfib.hs, Tak.hs, ...). Every row
# times its commands alternately, run after run, so that the load of a shared machine weighs on
# both alike; times are wall-clock seconds from /usr/bin/time. Rows: `./stg run` of a trivial
# program and `echo :quit | ./stg repl`, with the launcher's class-data archive and without it
# (STG_CDS=off), beside GHCi loading and running `main = print 0` and GHCi reaching its prompt;
# then the six bench programs, `./stg run` against `ghci -fbyte-code -e main`, and the
# geometric mean of the ratios. GHC comes from Debian's ghc package; never run in CI.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
[[ $# -ge 1 && -d $1 ]] || { echo "usage: stg-bench/startup.sh HASKELL_DIR [RUNS]" >&2; exit 64; }
hs="$(cd "$1" && pwd)"
runs="${2:-10}"
programs=(nfib:Nfib tak:Tak queens:Queens primes:Primes exp3_8:Exp3_8 sumstream:SumStream)
command -v ghci >/dev/null || { echo "startup.sh: ghci not found (apt-get install -y ghc)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "startup.sh: /usr/bin/time not found (apt-get install -y time)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Times one run of the shell command $2 into $work/$1.times (wall seconds, one a line); its
# standard output goes to $work/$1.out. Standard input is empty unless the command pipes. A run
# that fails (on a shared machine, e.g. for want of memory) is reported and left out.
time_once() {
  if ! /usr/bin/time -f '%e' -o "$work/time" bash -c "$2" >"$work/$1.out" 2>"$work/$1.err" </dev/null; then
    echo "startup.sh: a run of $1 failed: $(tail -3 "$work/$1.err")" >&2
    echo "$1" >>"$work/failures"
    return
  fi
  cat "$work/time" >>"$work/$1.times"
}

median() { sort -n "$work/$1.times" | awk '{ t[NR] = $1 } END { printf "%.2f", t[int((NR + 1) / 2)] }'; }
failed() { if [[ -f $work/failures ]]; then wc -l <"$work/failures"; else echo 0; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Runs every KEY=COMMAND pair $runs times, alternating, after one untimed warm-up run of each.
side_by_side() {
  local pair
  for pair in "$@"; do rm -f "$work/${pair%%=*}.times"; bash -c "${pair#*=}" >/dev/null 2>&1 </dev/null || true; done
  for _ in $(seq "$runs"); do
    for pair in "$@"; do time_once "${pair%%=*}" "${pair#*=}"; done
  done
}

cd "$root"
stg=./stg
ghci="ghci -ignore-dot-ghci -v0"
./stg --version >/dev/null   # builds the jar and the archive if needed
printf 'module Main where\nmain :: IO ()\nmain = print (0 :: Int)\n' >"$work/Trivial.hs"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

echo "startup.sh: start-up rows" >&2
side_by_side "run=$stg run samples/basics/main_int.stg" \
             "run_nocds=STG_CDS=off $stg run samples/basics/main_int.stg" \
             "ghci_run=$ghci -fbyte-code -e main '$work/Trivial.hs'" \
             "repl=echo :quit | $stg repl" \
             "repl_nocds=echo :quit | STG_CDS=off $stg repl" \
             "ghci_repl=echo :quit | $ghci" \
             "version=$stg --version"
grep -qx '42#' "$work/run.out" || { echo "startup.sh: stg run printed $(cat "$work/run.out")" >&2; exit 1; }

rows=()
log_sum=0
for entry in "${programs[@]}"; do
  name=${entry%%:*}; module=${entry#*:}
  echo "startup.sh: $name" >&2
  side_by_side "stg_$name=$stg run samples/bench/$name.stg" \
               "ghci_$name=$ghci -fbyte-code -e main '$hs/$module.hs'"
  expected=$(sed -n 's/^Int# \(.*\)#$/\1/p' "$root/samples/bench/$name.out")
  grep -q "Int# $expected#" "$work/stg_$name.out" || { echo "stg printed $(cat "$work/stg_$name.out") for $name" >&2; exit 1; }
  grep -qx "$expected" "$work/ghci_$name.out" || { echo "ghci printed $(cat "$work/ghci_$name.out") for $module" >&2; exit 1; }
  ours=$(median "stg_$name"); theirs=$(median "ghci_$name"); r=$(ratio "$ours" "$theirs")
  log_sum=$(awk -v s="$log_sum" -v r="$r" 'BEGIN { print s + log(r) }')
  rows+=("| $name | $ours | $theirs | $r |")
done
jvm_opts="${STG_JAVA_OPTS:-}"; jvm_opts="${jvm_opts:-the launcher default (-Xss16m -XX:TieredStopAtLevel=1)}"
geomean=$(awk -v s="$log_sum" -v n="${#programs[@]}" 'BEGIN { printf "%.2f", exp(s / n) }')
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b ? "yes" : "**no**") }'; }

{
  echo "### Start-up and one-shot runs, start-up included ($(date -u '+%Y-%m-%d'))"
  echo
  bash "$bench/machine-info.sh" | sed -n 1,2p   # sed, not head: head would end machine-info.sh with SIGPIPE
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $load_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- ghc: $(ghc --numeric-version); median of $runs runs of each command, wall seconds from /usr/bin/time," \
       "commands alternating run after run; JVM options: $jvm_opts"
  echo "- command: \`stg-bench/startup.sh $1 $runs\`"
  echo "- failed runs left out of the medians: $(failed)"
  echo
  echo "| start-up | stg (s) | stg, STG_CDS=off (s) | GHCi (s) | target (s) | met? |"
  echo "|---|---:|---:|---:|---:|---|"
  echo "| \`./stg run samples/basics/main_int.stg\` / \`ghci -e main\` on \`main = print 0\` | $(median run) | $(median run_nocds) | $(median ghci_run) | 0.3 | $(verdict "$(median run)" 0.3) |"
  echo "| \`echo :quit \| ./stg repl\` / \`echo :quit \| ghci\` | $(median repl) | $(median repl_nocds) | $(median ghci_repl) | 0.5 | $(verdict "$(median repl)" 0.5) |"
  echo "| \`./stg --version\` | $(median version) | | | | |"
  echo
  echo "| program | \`./stg run\` (s) | \`ghci -fbyte-code -e main\` (s) | stg / GHCi |"
  echo "|---|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo "| **geometric mean** | | | **$geomean** (target at most 0.8: $(verdict "$geomean" 0.8)) |"
} >"$work/section.md"
python3 "$bench/results_section.py" "startup:$(date -u '+%Y-%m-%d')" "$bench/RESULTS.md" <"$work/section.md"
cat "$work/section.md"
echo "startup.sh: table written to $bench/RESULTS.md (section startup:$(date -u '+%Y-%m-%d'))" >&2
