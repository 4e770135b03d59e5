#!/usr/bin/env python3
"""Wall time, task run time and task CPU time of each Spark SQL query in an event log, attributed to the
line of Triangulate's code that started it (docs/BENCHMARKS.md, "By query, and the JIT compilers").

    TRIANGULATE_JAVA_OPTS="-Xmx1g -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/ev" \
        bin/triangulate run bench/saudi-week.json --out /tmp/out
    zstd -d /tmp/ev/eventlog_v2_*/events_1_*.zstd -o /tmp/ev/events.json   # Spark 4 compresses it
    python3 bench/queries.py /tmp/ev/events.json [TOP]
"""
import collections
import json
import sys


def caller(details):
    frames = [l.strip() for l in details.split("\n") if "io.triangulate" in l]
    return " < ".join(f.replace("io.triangulate.", "") for f in frames[:2])


def main(path, top):
    queries, stage_query = {}, {}
    run, cpu = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        kind = e["Event"]
        if kind.endswith("SQLExecutionStart"):
            queries[e["executionId"]] = {"start": e["time"], "end": e["time"], "by": caller(e.get("details", ""))}
        elif kind.endswith("SQLExecutionEnd"):
            queries[e["executionId"]]["end"] = e["time"]
        elif kind == "SparkListenerJobStart":
            q = e.get("Properties", {}).get("spark.sql.execution.id")
            for s in e["Stage IDs"]:
                stage_query[s] = None if q is None else int(q)
        elif kind == "SparkListenerTaskEnd":
            m = e.get("Task Metrics") or {}
            q = stage_query.get(e["Stage ID"])
            run[q] += m.get("Executor Run Time", 0) / 1e3
            cpu[q] += m.get("Executor CPU Time", 0) / 1e9
    rows = sorted(((q["end"] - q["start"]) / 1e3, i, q["by"]) for i, q in queries.items())[::-1]
    print(f"{len(rows)} queries: wall {sum(r[0] for r in rows):.1f} s, task run {sum(run.values()):.1f} s, "
          f"task CPU {sum(cpu.values()):.1f} s; under 1 s: {sum(1 for r in rows if r[0] < 1)} queries, "
          f"{sum(r[0] for r in rows if r[0] < 1):.1f} s")
    print("wall_s\trun_s\tcpu_s\tquery\tstarted by")
    for wall, i, by in rows[:top]:
        print(f"{wall:.1f}\t{run[i]:.1f}\t{cpu[i]:.1f}\t{i}\t{by}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20)
