#!/usr/bin/env bash
# Interactive check of `stg repl` on a real terminal (tmux): tab completion of commands and
# globals, history (Up arrow and the history file), multi-line input, :{ :}, `it`, :set +s,
# :step's view, Ctrl-C stopping a running evaluation, and pasting a 1 MiB line and a longer one
# (without bracketed-paste markers, one chunk at a time). Prints PASS or FAIL (with the screen) and exits 0 or 1.
# Run from anywhere after building the jar: bash stg-interp/src/test/tmux/repl-interactive.sh
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
jar="$root/stg-interp/target/stg.jar"
[[ -f $jar ]] || { echo "FAIL: build the jar first (mvn -B -o -q -pl stg-interp -am package -DskipTests)"; exit 1; }
work="$(mktemp -d)"
history="$work/history"
session="stg-repl-check-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null; rm -rf "$work"' EXIT

screen() { tmux capture-pane -p -t "$session"; }
fail() { echo "FAIL: $1"; echo "----- screen -----"; screen; exit 1; }
# Waits up to 20 s for the screen to match a regular expression.
expect() {
  for _ in $(seq 200); do screen | grep -Eq -- "$1" && return 0; sleep 0.1; done
  fail "expected /$1/ on the screen"
}
type_line() { tmux send-keys -t "$session" -l -- "$1"; tmux send-keys -t "$session" Enter; }

cd "$root"
tmux new-session -d -s "$session" -x 120 -y 50 "java -jar '$jar' repl --history '$history'"
expect '^stg>'

# Completion of a command, then of a file name.
tmux send-keys -t "$session" -l ':lo'; tmux send-keys -t "$session" Tab
expect '^stg> :load$'
tmux send-keys -t "$session" -l 'samples/basics/map.s'; tmux send-keys -t "$session" Tab
expect '^stg> :load samples/basics/map.stg'
tmux send-keys -t "$session" Enter
expect 'loaded samples/basics/map.stg: 11 globals'

# Completion of a global: "in" completes to inc.
tmux send-keys -t "$session" -l 'map in'; tmux send-keys -t "$session" Tab
expect '^stg> map inc$'
type_line 'list'
expect '^Cons \(Int# 2#\) \(Cons \(Int# 3#\) \(Cons \(Int# 4#\) Nil\)\)'

# History: Up brings the last line back.
tmux send-keys -t "$session" Up
expect '^stg> map inc list$'
tmux send-keys -t "$session" C-u

# Multi-line input: an open brace continues on a "...>" line.
type_line 'f = \x -> case x of {'
expect '^\.\.\.>'
type_line '  Int# a -> a }'
type_line 'f one'
expect '^1#$'

# :{ ... :} groups lines; `it` names the last value; :set +s prints time, steps and allocation.
type_line ':{'
type_line 'g = \x ->'
type_line '  f x'
type_line ':}'
type_line 'g one'
expect '^1#$'
type_line 'inc one'
expect '^Int# 2#$'
type_line 'inc it'
expect '^Int# 3#$'
type_line ':set +s'
expect '^\+s: each evaluation now prints'
type_line 'map inc list'
expect '^\([0-9.]+ s, 53 steps, 40 words allocated\)$'
type_line ':set -s'

# Ctrl-C stops a running evaluation and the session goes on.
type_line 'spin = \n -> case +# n 1# of { m -> spin m }'
type_line 'spin 0#'
sleep 1.5
tmux send-keys -t "$session" C-c
expect 'runtime error: interrupted'
type_line 'one'
expect '^Int# 1#$'

# :step shows a step's view; q leaves it.
type_line ':step inc one'
expect '^  why      enter a non-updatable closure with no parameters: run its body$'
type_line 'q'

# A pasted 1 MiB line is read and answered (JLine redrew the line after every character, which
# never ended); a longer one is skipped with a message; neither goes into the history file.
python3 -c "print('x' * (1 << 20), end='')" > "$work/line1m"
python3 -c "print('y' * (3 << 19), end='')" > "$work/line15m"
tmux load-buffer -b line1m "$work/line1m"
tmux paste-buffer -b line1m -t "$session"; tmux send-keys -t "$session" Enter
for _ in $(seq 1200); do screen | grep -q 'error: unbound variable .xxxx' && break; sleep 0.1; done
expect 'error: unbound variable .xxxx'
tmux load-buffer -b line15m "$work/line15m"
tmux paste-buffer -b line15m -t "$session"; tmux send-keys -t "$session" Enter
for _ in $(seq 1200); do screen | grep -q 'characters, longer than' && break; sleep 0.1; done
expect '^this line: 1,572,864 characters, longer than the 1,048,576 a REPL line may have; skipped'
type_line 'one'
expect '^Int# 1#$'

type_line ':quit'
for _ in $(seq 100); do tmux has-session -t "$session" 2>/dev/null || break; sleep 0.1; done
grep -q '^map inc list$' "$history" 2>/dev/null || grep -q 'map inc list' "$history" || fail "history file lacks 'map inc list'"
grep -q 'xxxxxxxx' "$history" && fail "the history file kept the 1 MiB line"
echo "PASS: completion, history, multi-line input, :{ :}, it, :set +s, :step, Ctrl-C and 1 MiB lines work in the REPL"
