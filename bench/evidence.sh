#!/usr/bin/env bash
# Writes docs/evidence.md: the corpus (hand-written samples, samples/ghc at -O0 and -O1,
# samples/hs when its library loads, and with a nofib checkout nofib's imaginary programs
# compiled at -O0 and -O1 against the project's library as `stg ghc` compiles them) run in
# every closure mode by stg compare's engine (dev.stg.interp.compare.Evidence), with the static
# census of what the nesting rules could nest and why the run-time savings are what they are.
# Usage: bench/evidence.sh [RUNS] [NOFIB_DIR]   (timed runs per configuration, default 3; takes
#        about 6 minutes with nofib on a quiet 2-core machine). NOFIB_DIR (or the variable NOFIB_DIR) holds nofib's
#        imaginary/ and common/; nofib needs GHC 9.0.2 on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
nofib="${2:-${NOFIB_DIR:-}}"
"$root/stg" --version >/dev/null   # builds the jar when the sources are newer
made_by="$(grep -o '"[0-9][0-9.]*"' "$root/samples/ghc/regen.sh" | head -1 | tr -d '"')"
here="$(ghc --numeric-version 2>/dev/null || echo 'none')"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)"
machine="$(uname -srm), ${cpu:-unknown CPU}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) at the start"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A copy of the jar: a build during the long run must not replace the classes under it.
jar="$work/stg.jar"
cp "$root/stg-interp/target/stg.jar" "$jar"
nofib_list=()
if [ -n "$nofib" ]; then
  if [ ! -d "$nofib/imaginary" ]; then echo "evidence.sh: $nofib has no imaginary/ (a clone of ghc/nofib)" >&2; exit 2; fi
  if [ "$here" != "9.0.2" ]; then echo "evidence.sh: nofib needs GHC 9.0.2 on PATH (Debian: apt-get install ghc)" >&2; exit 2; fi
  source "$root/bench/nofib-programs.sh"
  nofib="$(cd "$nofib" && pwd)"
  # One line per program: name, main file, arguments, separated by tabs (Evidence reads it).
  for p in $(printf '%s\n' "${!nofib_inputs[@]}" | sort); do
    main="$(nofib_prepare "$nofib" "$p" "$work/nofib/$p")"
    read -r -a args <<< "${nofib_inputs[$p]}"
    (IFS=$'\t'; echo "${p}"$'\t'"$work/nofib/$p/$main${args[*]:+$'\t'${args[*]}}") >> "$work/nofib.list"
  done
  nofib_list=("$work/nofib.list")
fi
# The optimising JIT (not the launcher's C1-only default): the runs are long and repeated.
java -Xss16m -cp "$jar" dev.stg.interp.compare.Evidence \
  "$root" "$root/docs/evidence.md" "$runs" "$made_by (regen.sh requires it; ghc on this machine: $here)" "$machine" \
  "${nofib_list[@]}"
