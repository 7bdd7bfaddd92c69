#!/usr/bin/env bash
# Prints the machine a measurement ran on, as Markdown lines: cores, CPU, JVM, date, load.
set -euo pipefail
echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
echo "- java: $(java -version 2>&1 | head -1)"
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
