#!/usr/bin/env bash
# Speed of imported programs against GHCi (issue 11): for every value program of samples/ghc,
# the time GHCi (-fbyte-code, the same source) takes to force `result` fully (GHC.Clock around
# the walk, in the session), against the machine's time for the same forcing through `stg ghc -O0 --main`
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
  # GHCi 9.0 compiles a module that enables UnboxedTuples to object code, not byte code: the
  # pragma is dropped where the source has no unboxed tuple, and the others are reported as
  # native, outside the mean.
  src="$work/src/$name.hs"; mkdir -p "$work/src"
  if grep -q '(#' "$corpus/$name.hs"; then cp "$corpus/$name.hs" "$src"
  else sed '1s/, *UnboxedTuples//' "$corpus/$name.hs" > "$src"; fi
  # The first walk (of True) loads ghc-heap's code and the `let` links the program's code; then
  # the forcing walk is timed by GHC.Clock inside the session.
  session="$(printf '%s\n' ':show modules' 'Walk.walk (GHC.Exts.Heap.asBox True)' \
      "let x = GHC.Exts.Heap.asBox $name.result" 't0 <- GHC.Clock.getMonotonicTime' 'Walk.walk x' \
      't1 <- GHC.Clock.getMonotonicTime' 'putStrLn ("ghci-seconds " ++ show (t1 - t0))' |
    ghci -v0 -fbyte-code -package ghc-heap -i"$work/src" "$work/Walk.hs" "$src" 2>&1)"
  ghci_s="$(awk '$1 == "ghci-seconds" { printf "%.3f", $2 }' <<<"$session")"
  grep -q "^$name .*interpreted" <<<"$session" || ghci_s="native"
  stg_s="$("$root/stg" ghc -O0 --main "$name.result" --stats "$corpus/$name.hs" 2>&1 >/dev/null |
    awk '$1 == "mutatorNanos" || $1 == "gcNanos" { gsub(",", "", $2); n += $2 } END { printf "%.3f", n / 1e9 }')"
  echo "| $name | $ghci_s | $stg_s | $(awk -v g="$ghci_s" -v s="$stg_s" 'BEGIN { if (g + 0 > 0) printf "%.2f", s / g; else printf "n/a" }') |"
done | tee "$work/rows"
# Runs under 10 ms measure the clocks and the JIT's first compilations, not the programs.
awk -F'|' '$3 + 0 >= 0.01 && $4 + 0 > 0 { l += log($4 / $3); n++ } END {
  if (n) printf "\ngeometric mean stg / GHCi over the %d programs where GHCi takes at least 10 ms: %.2f\n", n, exp(l / n) }' "$work/rows"
