#!/usr/bin/env bash
# CPU seconds per JVM thread group for one command (for the whole-job profile in docs/BENCHMARKS.md).
# Polls /proc/<java pid>/task/*/stat every 3 s and keeps each thread's last user+system time, then sums
# by thread name with digits folded ("Executor task launch worker-N", "C2 CompilerThreadN", ...).
# Threads that end between two polls lose at most 3 s of their time; the pools that matter live all run.
#
# Usage:  bench/thread-cpu.sh RESULT.tsv -- COMMAND...
#   e.g.  bench/thread-cpu.sh /tmp/threads.tsv -- bin/triangulate run bench/saudi-week.json --out /tmp/out
set -euo pipefail
out=$1
shift
[[ ${1:-} == -- ]] && shift
"$@" &
pid=$!
tick=$(getconf CLK_TCK)
declare -A last
while kill -0 "$pid" 2>/dev/null; do
  jpid=$(pgrep -n -P "$pid" java || echo "$pid")
  for f in /proc/"$jpid"/task/*/stat; do
    line=$(cat "$f" 2>/dev/null) || continue
    tid=${f#/proc/$jpid/task/}
    tid=${tid%/stat}
    comm=${line#*(}
    comm=${comm%)*}
    read -r -a rest <<<"${line##*) }"
    last[$tid]="$comm	$(( rest[11] + rest[12] ))"
  done
  sleep 3
done
wait "$pid" || status=$?
for t in "${!last[@]}"; do echo "${last[$t]}"; done | python3 -c '
import collections, re, sys
tick = int(sys.argv[1]); c = collections.Counter()
for line in sys.stdin:
    name, ticks = line.rstrip("\n").split("\t")
    c[re.sub(r"\d+", "N", name)] += int(ticks) / tick
total = sum(c.values())
print("thread_group\tcpu_s\tshare")
for name, s in c.most_common():
    print(f"{name}\t{s:.1f}\t{s / total:.3f}")
print(f"total\t{total:.1f}\t1.000")
' "$tick" > "$out"
cat "$out" | head -8
exit "${status:-0}"
