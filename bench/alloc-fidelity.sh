#!/usr/bin/env bash
# Allocation fidelity (issue 11): for every value program of samples/ghc at -O0 and -O1, the
# bytes GHC's native build allocates to force `result` (AllocHarness.hs.in: the forcing walk
# run twice, the second walk's cost subtracted) against the machine's allocWords x 8 for the
# same program through `stg ghc --main X.result` (flat closures). Needs ghc 9.0.2.
# Usage: bench/alloc-fidelity.sh [NAME...]    Prints a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/samples/ghc"
command -v ghc >/dev/null || { echo "alloc-fidelity.sh: ghc is not on PATH (Debian: apt-get install ghc)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$#" -gt 0 ]; then names=("$@"); else
  names=(); for f in "$corpus"/[A-Z]*.hs; do grep -q '^main ::' "$f" || names+=("$(basename "${f%.hs}")"); done
fi
# What the harness itself costs GHC (the counter's granularity, the walk's first call): the
# same measurement of a program whose result is a static constructor, subtracted below.
mkdir -p "$work/base/src"
printf 'module Baseline (result) where\nresult :: Bool\nresult = True\n' > "$work/base/src/Baseline.hs"
sed "s/PROGRAM/Baseline/" "$root/bench/AllocHarness.hs.in" > "$work/base/Main.hs"
ghc -O1 -v0 -package ghc-heap -i"$work/base/src" -outputdir "$work/base/out" -o "$work/base/prog" "$work/base/Main.hs"
baseline="$("$work/base/prog")"
echo "GHC bytes: the native build's allocation less the harness's baseline of $baseline bytes."
echo
echo "| program | level | GHC bytes | stg allocWords | stg bytes | stg / GHC |"
echo "|---|---|---:|---:|---:|---:|"
for name in "${names[@]}"; do
  [ -f "$corpus/$name.out" ] || continue    # a raising program has no result to force
  for opt in O0 O1; do
    dir="$work/$name-$opt"; mkdir -p "$dir"
    sed "s/PROGRAM/$name/" "$root/bench/AllocHarness.hs.in" > "$dir/Main.hs"
    ghc -"$opt" -v0 -package ghc-heap -i"$corpus" -outputdir "$dir/out" -o "$dir/prog" "$dir/Main.hs"
    ghc_bytes="$(( $("$dir/prog") - baseline ))"
    words="$("$root/stg" ghc -"$opt" --main "$name.result" --stats "$corpus/$name.hs" 2>&1 >/dev/null \
             | awk '$1 == "allocWords" { gsub(",", "", $2); print $2 }')"
    [ -n "$words" ] || words="$("$root/stg" ghc -"$opt" --main "$name.result" --stats "$corpus/$name.hs" 2>&1 \
             | awk '$1 == "allocWords" { gsub(",", "", $2); print $2 }')"
    awk -v n="$name" -v o="-$opt" -v g="$ghc_bytes" -v w="$words" 'BEGIN {
      printf "| %s | %s | %d | %d | %d | %s |\n", n, o, g, w, w * 8, (g > 0 ? sprintf("%.2f", w * 8 / g) : "n/a") }'
  done
done
