#!/usr/bin/env bash
# How fast the machine is just now: seconds for two single-threaded Python loops run at once (about 2 s
# on this 2-core machine when it is quiet, above 3 s in its slow spells). bench/run.sh records it beside
# each run, so that runs are compared with runs made at a similar speed (docs/BENCHMARKS.md).
set -euo pipefail
start=$(date +%s%N)
for _ in 1 2; do
  python3 -c "
s = 0
for i in range(15000000):
    s += i * i" &
done
wait
end=$(date +%s%N)
python3 -c "print(f'{($end - $start) / 1e9:.2f}')"
