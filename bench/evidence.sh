#!/usr/bin/env bash
# Writes docs/evidence.md: the corpus (hand-written samples, samples/ghc at -O0 and -O1,
# samples/hs when its library loads) run in every closure mode by stg compare's engine
# (dev.stg.interp.compare.Evidence), with the static census of what the nesting rules could nest.
# Usage: bench/evidence.sh [RUNS]     (timed runs per configuration, default 3; takes minutes)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
"$root/stg" --version >/dev/null   # builds the jar when the sources are newer
made_by="$(grep -o '"[0-9][0-9.]*"' "$root/samples/ghc/regen.sh" | head -1 | tr -d '"')"
here="$(ghc --numeric-version 2>/dev/null || echo 'none')"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)"
machine="$(uname -srm), ${cpu:-unknown CPU}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) at the start"
# A copy of the jar: a build during the long run must not replace the classes under it.
jar="$(mktemp --suffix=.jar)"
trap 'rm -f "$jar"' EXIT
cp "$root/stg-interp/target/stg.jar" "$jar"
# The optimising JIT (not the launcher's C1-only default): the runs are long and repeated.
java -Xss16m -cp "$jar" dev.stg.interp.compare.Evidence \
  "$root" "$root/docs/evidence.md" "$runs" "$made_by (regen.sh requires it; ghc on this machine: $here)" "$machine"
