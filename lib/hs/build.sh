#!/usr/bin/env bash
# Compiles the project's Haskell library (lib/hs) with GHC 9.0.2 as the unit `base`, at one
# optimisation level, into OUT: the interfaces and a package database that `ghc` uses in
# place of base's, the final STG of every library module (OUT/stg/M.dump-stg-final, what
# the machine runs), and, for native builds, an archive with the runtime glue of
# lib/hs-native and the C side of the machine's stg_* calls. docs/prelude-hs.md explains.
# Usage: lib/hs/build.sh OUT -O0|-O1
# Then: ghc -package-db OUT/package.db -hide-all-packages -package-id base -dno-typeable-binds -O1 Prog.hs
set -euo pipefail
if [ "$#" -ne 2 ]; then echo "usage: lib/hs/build.sh OUT -O0|-O1" >&2; exit 2; fi
here="$(cd "$(dirname "$0")" && pwd)"
native="$here/../hs-native"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
opt="$2"
if ! command -v ghc >/dev/null || [ "$(ghc --numeric-version)" != "9.0.2" ]; then
  echo "lib/hs/build.sh: needs GHC 9.0.2 on PATH (Debian: apt-get install ghc)" >&2
  exit 2
fi
lib_modules=$(cd "$here" && find . -name '*.hs' | sed 's|^\./||; s|\.hs$||; s|/|.|g' | sort)
native_modules=$(cd "$native" && find . -name '*.hs' | sed 's|^\./||; s|\.hs$||; s|/|.|g' | sort)
rm -rf "$out/obj" "$out/stg" "$out/package.db"
# -this-unit-id base: GHC refers to base's classes and functions by "known key" (unit base,
# module, name): deriving Show, literals, do notation and enumerations then find ours.
cd "$here/.."   # relative sources: GHC names each dump after its source's path
ghc -this-unit-id base -hide-package base -package ghc-bignum "$opt" -v0 -no-link \
  -ddump-stg-final -ddump-to-file -dno-typeable-binds -dsuppress-timestamps \
  -ihs -ihs-native -outputdir "$out/obj" -dumpdir "$out/obj/dumps/" \
  $lib_modules $native_modules
mkdir -p "$out/stg"
for m in $lib_modules; do
  cp "$out/obj/dumps/hs/$(echo "$m" | tr . /).dump-stg-final" "$out/stg/$m.dump-stg-final"
done
gcc -O2 -c -I"$(ghc --print-libdir)/include" "$native/stg_prims.c" -o "$out/obj/stg_prims.o"
rm -f "$out/libHSstg-base.a"
ar rcs "$out/libHSstg-base.a" $(find "$out/obj" -name '*.o')
mkdir -p "$out/package.db"
cat > "$out/package.db/base.conf" <<CONF
name: base
version: 4.15.1.0
id: base
key: base
exposed: True
exposed-modules: $(echo $lib_modules)
hidden-modules: $(echo $native_modules)
import-dirs: $out/obj
library-dirs: $out
hs-libraries: HSstg-base
depends: ghc-prim-0.7.0 ghc-bignum-1.1
CONF
ghc-pkg --package-db "$out/package.db" recache
