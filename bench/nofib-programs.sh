# Sourced by bench/nofib.sh and bench/evidence.sh: nofib's imaginary programs, their small
# inputs (issue 12), and how a program is copied out of a nofib checkout to be built.

# program and its small arguments: bench/nofib-inputs.txt, which stg-bench's NofibBench reads too
declare -A nofib_inputs=()
while read -r name args; do
  [[ -z $name || $name == \#* ]] || nofib_inputs[$name]="$args"
done < "$(dirname "${BASH_SOURCE[0]}")/nofib-inputs.txt"

# nofib_prepare NOFIB_DIR PROGRAM DIR: copies PROGRAM's sources (and nofib's NofibUtils) into
# DIR and prints the main file's name. The programs that repeat their work in a hard-coded
# loop (replicateM_ 500, forM_ [1..100]) get the loop count replaced by 1: one pass.
nofib_prepare() {
  local src="$1/imaginary/$2" dir="$3" f main
  mkdir -p "$dir"
  for f in "$src"/*.hs "$src"/*.lhs; do [ -e "$f" ] && cp -L "$f" "$dir/"; done
  [ -e "$1/common/NofibUtils.hs" ] && cp "$1/common/NofibUtils.hs" "$dir/"
  main=$(cd "$dir" && ls Main.hs Main.lhs 2>/dev/null | head -1)
  sed -i -E 's/replicateM_ [0-9]+/replicateM_ 1/; s/forM_ \[1 *\.\. *[0-9]+\]/forM_ [1..1]/' "$dir/$main"
  echo "$main"
}
