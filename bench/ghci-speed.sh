#!/usr/bin/env bash
# Speed of imported programs against GHCi (issue 11): for every value program of samples/ghc,
# the time GHCi (-fbyte-code, the same source) takes to force `result` fully, as its `:set +s`
# reports it, against the machine's time for the same forcing through `stg ghc -O0 --main`
# (mutatorNanos + gcNanos of --stats: start-up and GHC's compilation excluded on both sides;
# the machine's JIT warm-up included, as in a one-shot run). Needs ghc 9.0.2 with ghc-heap.
# Usage: bench/ghci-speed.sh [NAME...]    Prints a Markdown table and the geometric mean.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/samples/ghc"
command -v ghci >/dev/null || { echo "ghci-speed.sh: ghci is not on PATH (Debian: apt-get install ghc)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The forcing walk of bench/AllocHarness.hs.in, as a module GHCi loads beside the program.
sed -n '/^walk ::/,$p' "$root/bench/AllocHarness.hs.in" |
  cat <(printf 'module Walk (walk) where\nimport Control.Exception (evaluate)\nimport GHC.Exts.Heap\n') - > "$work/Walk.hs"
if [ "$#" -gt 0 ]; then names=("$@"); else
  names=(); for f in "$corpus"/[A-Z]*.hs; do
    n="$(basename "${f%.hs}")"; grep -q '^main ::' "$f" || [ ! -f "$corpus/$n.out" ] || names+=("$n"); done
fi
echo "| program | GHCi s | stg s | stg / GHCi |"
echo "|---|---:|---:|---:|"
for name in "${names[@]}"; do
  # The first walk (of True) loads ghc-heap's code; the second is the one timed.
  ghci_s="$(printf ':set +s\nWalk.walk (GHC.Exts.Heap.asBox True)\nWalk.walk (GHC.Exts.Heap.asBox %s.result)\n' "$name" |
    ghci -v0 -fbyte-code -package ghc-heap -i"$corpus" "$work/Walk.hs" "$corpus/$name.hs" 2>&1 |
    awk '/secs,/ { gsub(/\(/, "", $1); t = $1 } END { print t }')"
  stg_s="$("$root/stg" ghc -O0 --main "$name.result" --stats "$corpus/$name.hs" 2>&1 >/dev/null |
    awk '$1 == "mutatorNanos" || $1 == "gcNanos" { gsub(",", "", $2); n += $2 } END { printf "%.3f", n / 1e9 }')"
  echo "| $name | $ghci_s | $stg_s | $(awk -v g="$ghci_s" -v s="$stg_s" 'BEGIN { printf (g > 0 ? "%.2f" : "n/a"), s / g }') |"
done | tee "$work/rows"
awk -F'|' '$5 + 0 > 0 { l += log($5); n++ } END { if (n) printf "\ngeometric mean stg / GHCi over %d programs: %.2f\n", n, exp(l / n) }' "$work/rows"
