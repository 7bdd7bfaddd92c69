#!/usr/bin/env bash
# Regenerates the committed Haskell programs: this corpus and the Haskell versions of the
# benchmarks (samples/bench/hs, which ProgramBench runs from these dumps). For every program
# X.hs of either folder, in that folder:
#   X.out (and X.exit when the status is not 0): GHC 9.0.2's native build with base, the
#     reference; X.in is its stdin and X.args its arguments, when present;
#   O0/X.dump-stg-final, O1/X.dump-stg-final: the final STG of X built on the project's
#     library (lib/hs) at -O0 and -O1;
# and lib/O0, lib/O1: the library's own dumps (compiled once per level, by lib/hs/build.sh).
# The native build on the library must print exactly what the build with base prints and
# exit with the same status, at both levels: the script fails on any difference.
# Both folders' programs run on the same library dumps, lib/O0 and lib/O1 here.
# Usage: samples/hs/regen.sh [NAME...]   (default: every program of both folders)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if ! command -v ghc >/dev/null || [ "$(ghc --numeric-version)" != "9.0.2" ]; then
  echo "regen.sh: needs GHC 9.0.2 on PATH (Debian: apt-get install ghc)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dump_flags=(-ddump-stg-final -ddump-to-file -dno-typeable-binds -dsuppress-timestamps)

for opt in O0 O1; do
  "$here/../../lib/hs/build.sh" "$work/lib-$opt" "-$opt" 2> "$work/lib-$opt.log" \
    || { cat "$work/lib-$opt.log" >&2; exit 1; }
  rm -rf "lib/$opt"; mkdir -p "lib/$opt"
  cp "$work/lib-$opt"/stg/*.dump-stg-final "lib/$opt/"
done

# samples/bench/hs also holds F10.hs (samples/nested's f10, whose 10-tuple the library cannot
# show): of that folder, only the Haskell versions of samples/bench's programs (X.hs beside x.stg).
bench="$(cd "$here/../bench" && pwd)"
candidates=("$here"/[A-Z]*.hs)
for f in "$bench"/hs/[A-Z]*.hs; do n="$(basename "${f%.hs}")"; [ -f "$bench/${n,,}.stg" ] && candidates+=("$f"); done
declare -A asked=()   # the names given, each to be found
for name in "$@"; do asked[$name]=missing; done
programs=()   # each a path without .hs; a name both folders have (Primes, Queens) names both
for f in "${candidates[@]}"; do
  n="$(basename "${f%.hs}")"
  if [ "$#" -eq 0 ] || [ -n "${asked[$n]:-}" ]; then programs+=("${f%.hs}"); asked[$n]=found; fi
done
for name in "$@"; do [ "${asked[$name]}" = found ] || { echo "regen.sh: no program $name" >&2; exit 2; }; done
run() { # run DIR BINARY PROGRAM: stdout, exit status into DIR
  local input=/dev/null args=()
  [ -f "$3.in" ] && input="$3.in"
  [ -f "$3.args" ] && read -r -a args < "$3.args"
  set +e
  (cd "$1" && timeout 60 "$2" "${args[@]}" < "$input" > stdout 2> stderr)
  echo $? > "$1/exit"
  set -e
}
status=0
for program in "${programs[@]}"; do
  name="$(basename "$program")"; src="$(dirname "$program")"; key="${program//\//_}"
  ref="$work/$key-base"; mkdir -p "$ref"
  (cd "$src" && ghc -O1 -v0 -outputdir "$ref/obj" -o "$ref/prog" "$name.hs")
  run "$ref" "$ref/prog" "$program"
  cp "$ref/stdout" "$program.out"
  rm -f "$program.exit"
  [ "$(cat "$ref/exit")" != 0 ] && cp "$ref/exit" "$program.exit"
  for opt in O0 O1; do
    dir="$work/$key-$opt"; mkdir -p "$dir" "$src/$opt"
    # GHC names the dump after the source as given: relative, from the program's folder.
    # ghc-prim exposed too (GHC.Prim, GHC.Types), as `stg ghc` exposes it.
    (cd "$src" && ghc -"$opt" -v0 -package-db "$work/lib-$opt/package.db" -hide-all-packages -package-id base -package ghc-prim \
      "${dump_flags[@]}" -outputdir "$dir/obj" -dumpdir "$dir/dumps/" -o "$dir/prog" "$name.hs")
    cp "$dir/dumps/$name.dump-stg-final" "$src/$opt/$name.dump-stg-final"
    run "$dir" "$dir/prog" "$program"
    if ! cmp -s "$ref/stdout" "$dir/stdout" || ! cmp -s "$ref/exit" "$dir/exit"; then
      echo "regen.sh: $name at -$opt on the library differs from base:" >&2
      diff "$ref/stdout" "$dir/stdout" >&2 || true
      echo "exit status: base $(cat "$ref/exit"), library $(cat "$dir/exit")" >&2
      status=1
    fi
  done
done
[ "$status" = 0 ] && echo "regen.sh: ${#programs[@]} programs, -O0 and -O1, same output as base"
exit "$status"
