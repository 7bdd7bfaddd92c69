#!/usr/bin/env bash
# Regenerates the committed Haskell corpus. For every program X.hs here:
#   X.out (and X.exit when the status is not 0): GHC 9.0.2's native build with base, the
#     reference; X.in is its stdin and X.args its arguments, when present;
#   O0/X.dump-stg-final, O1/X.dump-stg-final: the final STG of X built on the project's
#     library (lib/hs) at -O0 and -O1;
# and lib/O0, lib/O1: the library's own dumps (compiled once per level, by lib/hs/build.sh).
# The native build on the library must print exactly what the build with base prints and
# exit with the same status, at both levels: the script fails on any difference.
# Usage: samples/hs/regen.sh [NAME...]   (default: every program)
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
  rm -rf "lib/$opt"; mkdir -p "lib/$opt" "$opt"
  cp "$work/lib-$opt"/stg/*.dump-stg-final "lib/$opt/"
done

if [ "$#" -gt 0 ]; then names=("$@"); else names=(); for f in [A-Z]*.hs; do names+=("${f%.hs}"); done; fi
run() { # run DIR BINARY NAME: stdout, exit status into DIR
  local input=/dev/null args=()
  [ -f "$here/$3.in" ] && input="$here/$3.in"
  [ -f "$here/$3.args" ] && read -r -a args < "$here/$3.args"
  set +e
  (cd "$1" && timeout 60 "$2" "${args[@]}" < "$input" > stdout 2> stderr)
  echo $? > "$1/exit"
  set -e
}
status=0
for name in "${names[@]}"; do
  ref="$work/$name-base"; mkdir -p "$ref"
  ghc -O1 -v0 -outputdir "$ref/obj" -o "$ref/prog" "$name.hs"
  run "$ref" "$ref/prog" "$name"
  cp "$ref/stdout" "$name.out"
  rm -f "$name.exit"
  [ "$(cat "$ref/exit")" != 0 ] && cp "$ref/exit" "$name.exit"
  for opt in O0 O1; do
    dir="$work/$name-$opt"; mkdir -p "$dir"
    ghc -"$opt" -v0 -package-db "$work/lib-$opt/package.db" -hide-all-packages -package-id base \
      "${dump_flags[@]}" -outputdir "$dir/obj" -dumpdir "$dir/dumps/" -o "$dir/prog" "$name.hs"
    cp "$dir/dumps/$name.dump-stg-final" "$opt/$name.dump-stg-final"
    run "$dir" "$dir/prog" "$name"
    if ! cmp -s "$ref/stdout" "$dir/stdout" || ! cmp -s "$ref/exit" "$dir/exit"; then
      echo "regen.sh: $name at -$opt on the library differs from base:" >&2
      diff "$ref/stdout" "$dir/stdout" >&2 || true
      echo "exit status: base $(cat "$ref/exit"), library $(cat "$dir/exit")" >&2
      status=1
    fi
  done
done
[ "$status" = 0 ] && echo "regen.sh: ${#names[@]} programs, -O0 and -O1, same output as base"
exit "$status"
