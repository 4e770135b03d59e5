#!/usr/bin/env python3
"""Spark stages and tasks of a run, from its event log: how many tasks, how long they ran, how many were
short (under 20 ms and under 100 ms of wall time) and what the short ones took together, and the time
tasks spent deserializing and in GC (docs/BENCHMARKS.md, "Fewer shuffles, partitions sized from the corpus").

    TRIANGULATE_JAVA_OPTS="-Xmx1g -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/ev" \
        bin/triangulate run bench/saudi-week.json --out /tmp/out
    zstd -d /tmp/ev/eventlog_v2_*/events_1_*.zstd -o /tmp/ev/events.json   # Spark 4 compresses it
    python3 bench/tasks.py /tmp/ev/events.json
"""
import collections
import json
import sys


def main(path):
    stages = tasks = 0
    run_ms = deserialize_ms = gc_ms = short_ms = 0
    by_wall = collections.Counter()
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        kind = e["Event"]
        if kind == "SparkListenerStageCompleted":
            stages += 1
        elif kind == "SparkListenerTaskEnd":
            metrics = e.get("Task Metrics") or {}
            info = e["Task Info"]
            wall = info["Finish Time"] - info["Launch Time"]
            tasks += 1
            run_ms += metrics.get("Executor Run Time", 0)
            deserialize_ms += metrics.get("Executor Deserialize Time", 0)
            gc_ms += metrics.get("JVM GC Time", 0)
            by_wall["under 20 ms" if wall < 20 else "20-100 ms" if wall < 100 else "0.1-1 s" if wall < 1000 else "1 s or more"] += 1
            if wall < 100:
                short_ms += wall
    print(f"stages {stages}, tasks {tasks}, task run {run_ms / 1000:.1f} s, deserializing {deserialize_ms / 1000:.1f} s, "
          f"GC {gc_ms / 1000:.1f} s")
    for k in ("under 20 ms", "20-100 ms", "0.1-1 s", "1 s or more"):
        print(f"  {k}: {by_wall[k]} tasks")
    print(f"  tasks under 100 ms took {short_ms / 1000:.1f} s of wall time together")


if __name__ == "__main__":
    main(sys.argv[1])
