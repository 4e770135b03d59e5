#!/usr/bin/env bash
# Scaling benchmark: runs the whole job (bin/triangulate run, as an analyst does) on the SaudiNewsNet
# week and on that week replicated N times, and records for each run:
#   - wall time of the whole command, JVM start included
#   - seconds per stage (run.json stageSeconds) and the record accounting (run.json counts)
#   - throughput: input records per wall-clock second
#   - CPU seconds (user+sys) and CPU share: on a shared machine wall time depends on the load,
#     CPU time much less
#   - the driver's peak memory: peak RSS (/usr/bin/time -v), and from -Xlog:gc the largest heap
#     occupancy before a GC (how full the heap got) and after a GC (the live data); the driver runs
#     with -Xmx1g (TRIANGULATE_JAVA_OPTS), and in local mode the executor threads share that heap,
#     so this is the whole job's heap
#   - output sizes: tables/, workbook.xlsx, brief.pdf
#   - the machine's speed just before the run (bench/speed-probe.sh, about 2 s when it is quiet): this
#     machine has slow spells that move the same jar by 20% or more, so compare runs with similar probes
#
# Usage:  bench/run.sh [SCALE...]        default scales: week 1 2 4 8
#   week  the 7 original zips (bench/saudi-week.json as it stands, input format json)
#   N     the week replicated N times as JSON Lines (io.triangulate.bench.ReplicateCorpus: ids
#         <url>#r<k>, a few seeded word edits per paragraph in every copy k>0, outlets and dates kept),
#         made once under bench/work/corpus-xN and reused
# Environment: SAUDI (default ../shared/corpora/saudinewsnet next to the repository),
#   BENCH_XMX (default 1g), BENCH_WORK (default bench/work).
# Results: one line per run appended to $BENCH_WORK/results.tsv, and a Markdown table of all the
# runs in that file printed at the end (docs/benchmarks/scaling.md holds the recorded ones).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
saudi="${SAUDI:-$repo/../shared/corpora/saudinewsnet}"
work="${BENCH_WORK:-$repo/bench/work}"
xmx="${BENCH_XMX:-1g}"
scales=("$@")
[[ ${#scales[@]} -gt 0 ]] || scales=(week 1 2 4 8)
mkdir -p "$work"

jar=target/triangulate-0.1.0.jar
if [[ ! -f $jar || ! -f target/classpath.txt || ! -f target/test-classes/io/triangulate/bench/ReplicateCorpus.class ]]; then
  echo "bench: building the jar (mvn -DskipTests package)" >&2
  mvn -o -q -B -DskipTests package || mvn -q -B -DskipTests package
fi
[[ -d $saudi ]] || { echo "bench: no corpus at $saudi (set SAUDI)" >&2; exit 2; }

results="$work/results.tsv"
header=$(python3 bench/summarize.py --header)
if [[ -f $results && $(head -n 1 "$results") != "$header" ]]; then
  kept="$work/results-$(date -u +%Y%m%dT%H%M%S).tsv"
  mv "$results" "$kept"
  echo "bench: $results had other columns; kept as $kept" >&2
fi
[[ -f $results ]] || echo "$header" > "$results"

for scale in "${scales[@]}"; do
  inputs=()
  if [[ $scale != week ]]; then
    corpus="$work/corpus-x$scale"
    if [[ ! -f $corpus/.complete ]]; then
      rm -rf "$corpus"
      echo "bench: writing the week x$scale to $corpus" >&2
      java -Xmx512m -cp "target/test-classes:$(cat target/classpath.txt)" io.triangulate.bench.ReplicateCorpus \
        "$saudi" "$corpus" "$scale"
      touch "$corpus/.complete"
    fi
    inputs=(--input "$corpus")
  fi
  out="$work/out-$scale"
  rm -rf "$out"
  log="$work/run-$scale.log"
  echo "bench: running scale $scale (log: $log)" >&2
  probe=$(bench/speed-probe.sh)
  status=0
  TRIANGULATE_JAVA_OPTS="-Xmx$xmx -Xlog:gc:file=$work/gc-$scale.log" \
    /usr/bin/time -v -o "$work/time-$scale.txt" \
    bin/triangulate run bench/saudi-week.json "${inputs[@]}" --out "$out" > "$log" 2>&1 || status=$?
  if [[ $status -ne 0 ]]; then
    echo "bench: scale $scale failed with exit code $status; last lines of $log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  python3 bench/summarize.py "$scale" "$out/saudi-week/all" "$work/time-$scale.txt" "$work/gc-$scale.log" "$probe" >> "$results"
  tail -n 1 "$results" >&2
done

echo
python3 - "$results" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
print("| " + " | ".join(rows[0]) + " |")
print("|" + "---|" * len(rows[0]))
for r in rows[1:]:
    print("| " + " | ".join(r) + " |")
PY
