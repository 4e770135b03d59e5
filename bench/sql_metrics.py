#!/usr/bin/env python3
"""Spark SQL operator metrics of a run, from its event log: each metric summed over the run (time in
aggregation build, sort time, spill size, sort-fallback tasks of the object hash aggregate, …) and the
queries that account for most of the chosen ones, with their task CPU time (docs/BENCHMARKS.md,
"Fewer compilations, fewer fallbacks"). Queries are numbered as in bench/queries.py.

    TRIANGULATE_JAVA_OPTS="-Xmx1g -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/ev" \
        bin/triangulate run bench/saudi-week.json --out /tmp/out
    zstd -d /tmp/ev/eventlog_v2_*/events_1_*.zstd -o /tmp/ev/events.json   # Spark 4 compresses it
    python3 bench/sql_metrics.py /tmp/ev/events.json [TOP]
"""
import collections
import json
import sys

SHOWN = ["time in aggregation build", "sort time", "spill size", "number of sort fallback tasks",
         "shuffle write time"]
CPU = "internal.metrics.executorCpuTime"


def main(path, top):
    stage_query, by_query = {}, collections.defaultdict(collections.Counter)
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        if e["Event"] == "SparkListenerJobStart":
            q = e.get("Properties", {}).get("spark.sql.execution.id")
            if q is not None:
                for s in e["Stage IDs"]:
                    stage_query[s] = int(q)
        elif e["Event"] == "SparkListenerStageCompleted":
            info = e["Stage Info"]
            q = stage_query.get(info["Stage ID"])
            for a in info.get("Accumulables", []):
                name = a.get("Name", "")
                if name.startswith("internal.metrics.") and name != CPU:
                    continue
                try:
                    by_query[q][name] += int(a.get("Value"))
                except (TypeError, ValueError):
                    pass
    total = collections.Counter()
    for counts in by_query.values():
        total.update(counts)
    print(f"task CPU {total[CPU] / 1e9:.1f} s")
    for name in SHOWN:
        print(f"{name}: {fmt(name, total[name])}")
        ranked = sorted(((q, c[name]) for q, c in by_query.items() if c[name]), key=lambda x: -x[1])
        for q, v in ranked[:top]:
            print(f"    query {q}: {fmt(name, v)} (task CPU {by_query[q][CPU] / 1e9:.1f} s)")


def fmt(name, value):
    if name == "shuffle write time":
        return f"{value / 1e9:.1f} s"  # nanoseconds
    if "time" in name:
        return f"{value / 1e3:.1f} s"  # milliseconds
    if "size" in name:
        return f"{value / 1e6:.0f} MB"
    return str(value)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
