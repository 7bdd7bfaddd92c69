# Sourced by bench/nofib.sh and bench/evidence.sh: nofib's imaginary programs, their small
# inputs (issue 12), and how a program is copied out of a nofib checkout to be built.

# program and its small arguments
declare -A nofib_inputs=(
  [bernouilli]="60" [digits-of-e1]="150" [digits-of-e2]="150" [exp3_8]="6"
  [gen_regexps]="[a-j][a-j][a-j][0-9]" [integrate]="5000" [kahan]="100" [paraffins]="14"
  [primes]="400" [queens]="8" [rfib]="22" [tak]="18 12 6" [wheel-sieve1]="3000"
  [wheel-sieve2]="700" [x2n1]="10000"
)

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
