#!/usr/bin/env bash
# Regenerates the committed GHC corpus: for every X.hs here, GHC 9.0.2's final STG at -O0
# and -O1 (O0/X.dump-stg-final, O1/X.dump-stg-final) and the output of GHC's own native
# build (X.out, or X.err when the program raises; X.in is stdin if present). Both opt levels
# must print the same.
# Usage: samples/ghc/regen.sh [NAME...]   (default: every program)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

if ! command -v ghc >/dev/null; then
  echo "regen.sh: ghc is not on PATH; install GHC 9.0.2 (Debian: apt-get install ghc)" >&2
  exit 2
fi
version="$(ghc --numeric-version)"
if [ "$version" != "9.0.2" ]; then
  echo "regen.sh: found ghc $version; the corpus is GHC 9.0.2's STG (Debian: apt-get install ghc)" >&2
  exit 2
fi

# -dsuppress-timestamps keeps regeneration reproducible; uniques stay (local names must be
# distinct), and so does the rest of the full form (types, IdInfo, free-variable lists).
dump_flags=(-ddump-stg-final -ddump-to-file -dno-typeable-binds -dsuppress-timestamps)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "$#" -gt 0 ]; then names=("$@"); else names=(); for f in [A-Z]*.hs; do names+=("${f%.hs}"); done; fi
mkdir -p O0 O1
status=0
for name in "${names[@]}"; do
  for opt in O0 O1; do
    dir="$work/$name-$opt"
    mkdir -p "$dir"
    if grep -q '^main ::' "$name.hs"; then
      # An IO program: its own main is the native build's entry point.
      ghc -"$opt" -v0 -fforce-recomp "${dump_flags[@]}" -outputdir "$dir/out" -dumpdir "$dir/out/" \
        -main-is "$name" -o "$dir/prog" "$name.hs"
    else
      # A value program: the generated harness prints `result` fully forced (see README.md).
      sed "s/PROGRAM/$name/" Harness.hs.in > "$dir/Main.hs"
      ghc -"$opt" -v0 -fforce-recomp "${dump_flags[@]}" -outputdir "$dir/out" -dumpdir "$dir/out/" \
        -package ghc-heap -i"$here" -o "$dir/prog" "$dir/Main.hs" "$name.hs"
    fi
    cp "$dir/out/$name.dump-stg-final" "$opt/$name.dump-stg-final"
    input=/dev/null
    [ -f "$name.in" ] && input="$here/$name.in"   # X.in, if present, is the program's stdin
    set +e
    (cd "$dir" && timeout 60 ./prog < "$input" > stdout 2> stderr)
    echo $? > "$dir/exit"
    set -e
  done
  if ! cmp -s "$work/$name-O0/stdout" "$work/$name-O1/stdout" || ! cmp -s "$work/$name-O0/stderr" "$work/$name-O1/stderr" \
     || ! cmp -s "$work/$name-O0/exit" "$work/$name-O1/exit"; then
    echo "regen.sh: $name prints differently at -O0 and -O1" >&2
    status=1
    continue
  fi
  rm -f "$name.out" "$name.err"
  case "$(cat "$work/$name-O1/exit")" in
    0) cp "$work/$name-O1/stdout" "$name.out" ;;
    1) cp "$work/$name-O1/stderr" "$name.err"
       [ -s "$work/$name-O1/stdout" ] && { echo "regen.sh: $name raised after printing to stdout" >&2; status=1; } ;;
    *) echo "regen.sh: $name exited with status $(cat "$work/$name-O1/exit")" >&2; status=1 ;;
  esac
done
exit "$status"
