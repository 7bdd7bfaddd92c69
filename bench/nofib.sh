#!/usr/bin/env bash
# Runs nofib's imaginary programs (github.com/ghc/nofib; not part of this repository) with
# small inputs, three ways, and compares their output:
#   base    GHC 9.0.2's native build with base (the reference);
#   lib     GHC's native build on the project's library (lib/hs, docs/prelude-hs.md);
#   stg     `stg ghc` on the machine, when this build of stg has the ghc command.
# The programs that repeat their work in a hard-coded loop (replicateM_ 500, forM_ [1..100])
# are run for one pass: the copy built here has the loop count replaced by 1.
# Usage: bench/nofib.sh NOFIB_DIR [PROGRAM...]     (NOFIB_DIR holds imaginary/ and common/)
#        STG_OPTS="--closures=nested-partial --thunk-parents --heap-initial=64K" bench/nofib.sh ...
#        runs the stg column with those options (a closure mode, a small first heap).
set -uo pipefail
if [ "$#" -lt 1 ] || [ ! -d "$1/imaginary" ]; then
  echo "usage: bench/nofib.sh NOFIB_DIR [PROGRAM...]   (a clone of ghc/nofib: imaginary/, common/)" >&2
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

printf '%-14s %-24s %-10s %-10s %s\n' program args lib stg note
agree=0
for p in "${programs[@]}"; do
  dir="$work/$p"
  main="$(nofib_prepare "$nofib" "$p" "$dir")"
  read -r -a args <<< "${nofib_inputs[$p]:-}"
  (cd "$dir" && ghc -O1 -v0 -outputdir base-obj -o base "$main" > base.log 2>&1 && ./base "${args[@]}" > base.out 2> base.err)
  base_ok=$?
  lib="builds"; stg="skipped"; note=""
  if [ "$base_ok" != 0 ]; then lib="-"; note="native build with base failed: $(head -c 200 "$dir/base.log")"
  elif ! (cd "$dir" && ghc -O1 -v0 "${lib_flags[@]}" -outputdir lib-obj -o lib "$main" > lib.log 2>&1); then
    lib="no-build"; note="$(grep -m1 -A2 'error' "$dir/lib.log" | tr '\n' ' ' | tr -s ' ' | head -c 240)"
  else
    (cd "$dir" && timeout 60 ./lib "${args[@]}" > lib.out 2> lib.err)
    if cmp -s "$dir/base.out" "$dir/lib.out"; then lib="same"; agree=$((agree + 1))
    else lib="differs"; note="$(head -c 200 "$dir/lib.err")"; fi
    if [ "$have_stg_ghc" = yes ]; then
      # STG_OPTS: more options for stg ghc, e.g. "--closures=nested-partial --heap-initial=64K".
      read -r -a stg_opts <<< "${STG_OPTS:-}"
      (cd "$dir" && timeout 600 "$root/stg" ghc "$main" -O1 "${stg_opts[@]}" -- "${args[@]}" > stg.out 2> stg.err)
      if cmp -s "$dir/base.out" "$dir/stg.out"; then stg="same"; else stg="differs"; note="$note $(head -c 200 "$dir/stg.err")"; fi
    fi
  fi
  printf '%-14s %-24s %-10s %-10s %s\n' "$p" "${nofib_inputs[$p]:-}" "$lib" "$stg" "$note"
done
echo "nofib.sh: ${agree} of ${#programs[@]} programs print the same natively on the library as with base"
