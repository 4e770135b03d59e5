#!/usr/bin/env python3
"""How many Spark tasks ran at once over a whole job, from its event log (docs/BENCHMARKS.md, "Idle cores
filled"): the seconds of the application during which 0, 1, 2 or 3+ tasks were running, and the longest
stretches with none (driver work: start-up, planning, report writing). On local[2], every second with
fewer than 2 tasks running is a core the job's tasks left to others.

    TRIANGULATE_JAVA_OPTS="-Xmx1g -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/ev" \\
        bin/triangulate run bench/saudi-week.json --out /tmp/out
    zstd -d /tmp/ev/eventlog_v2_*/events_1_*.zstd -o /tmp/ev/events.json   # Spark 4 compresses it
    python3 bench/concurrency.py /tmp/ev/events.json
"""
import collections
import json
import sys


def main(path):
    edges, start, end = [], None, None
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        kind = e["Event"]
        if kind == "SparkListenerTaskEnd":
            info = e["Task Info"]
            edges += [(info["Launch Time"], 1), (info["Finish Time"], -1)]
        elif kind == "SparkListenerApplicationStart":
            start = e["Timestamp"]
        elif kind == "SparkListenerApplicationEnd":
            end = e["Timestamp"]
    edges.sort()
    running, last, seconds, idle = 0, start, collections.Counter(), []
    for t, d in edges:
        if running == 0 and t > last:
            idle.append(((last - start) / 1000, (t - last) / 1000))
        seconds[min(running, 3)] += t - last
        running += d
        last = t
    seconds[min(running, 3)] += end - last
    idle.append(((last - start) / 1000, (end - last) / 1000))
    print(f"application {(end - start) / 1000:.1f} s; seconds with 0 / 1 / 2 / 3+ tasks running: "
          + " / ".join(f"{seconds[k] / 1000:.1f}" for k in range(4)))
    print("longest stretches with no task (starting second, length):",
          ", ".join(f"{s:.1f}+{n:.1f}" for s, n in sorted(idle, key=lambda x: -x[1])[:5]))


if __name__ == "__main__":
    main(sys.argv[1])
