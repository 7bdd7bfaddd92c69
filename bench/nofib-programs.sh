# Sourced by bench/nofib.sh and bench/evidence.sh: nofib's programs of one suite, their
# inputs, and how a program is copied out of a nofib checkout to be built.
# NOFIB_SUITE (default imaginary): imaginary, with the small inputs of bench/nofib-inputs.txt
# (issue 12; stg-bench's NofibBench reads them too), or spectral, with nofib's own fast
# inputs (bench/nofib-spectral.txt).

nofib_suite="${NOFIB_SUITE:-imaginary}"
case "$nofib_suite" in
  imaginary) nofib_inputs_file=nofib-inputs.txt ;;
  spectral) nofib_inputs_file=nofib-spectral.txt ;;
  *) echo "nofib: no suite '$nofib_suite' (imaginary or spectral)" >&2; exit 64 ;;
esac
# program and its arguments
declare -A nofib_inputs=()
while read -r name args; do
  [[ -z $name || $name == \#* ]] || nofib_inputs[$name]="$args"
done < "$(dirname "${BASH_SOURCE[0]}")/$nofib_inputs_file"

# nofib_prepare NOFIB_DIR PROGRAM DIR: copies PROGRAM's sources (and nofib's NofibUtils, the
# program's runtime_files/, and its stdin as DIR/stdin when it has one) into DIR and prints
# the main file's name. The programs that repeat their work in a hard-coded loop
# (replicateM_ 500, forM_ [1..100]) get the loop count replaced by 1: one pass.
nofib_prepare() {
  local src="$1/$nofib_suite/$2" dir="$3" f main
  mkdir -p "$dir"
  for f in "$src"/*.hs "$src"/*.lhs; do [ -e "$f" ] && cp -L "$f" "$dir/"; done
  [ -e "$1/common/NofibUtils.hs" ] && cp "$1/common/NofibUtils.hs" "$dir/"
  [ -d "$src/runtime_files" ] && cp -rL "$src/runtime_files" "$dir/"
  for f in "$src/$2.faststdin" "$src/$2.stdin"; do [ -e "$f" ] && { cp -L "$f" "$dir/stdin"; break; }; done
  main=$(cd "$dir" && ls Main.hs Main.lhs 2>/dev/null | head -1)
  [ -n "$main" ] && sed -i -E 's/replicateM_ [0-9]+/replicateM_ 1/; s/forM_ \[1 *\.\. *[0-9]+\]/forM_ [1..1]/' "$dir/$main"
  echo "$main"
}
