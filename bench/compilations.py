#!/usr/bin/env python3
"""JIT compile time by code owner and compiler tier, from a JFR recording of jdk.Compilation events
(docs/BENCHMARKS.md, "By query, and the JIT compilers"). The recording needs the event enabled with a
low threshold, e.g. a copy of the JDK's lib/jfr/default.jfc whose jdk.Compilation has
enabled=true and threshold "5 ms":

    TRIANGULATE_JAVA_OPTS="-Xmx1g -XX:StartFlightRecording=filename=/tmp/comp.jfr,settings=/tmp/comp.jfc" \
        bin/triangulate run bench/saudi-week.json --out /tmp/out
    jfr print --events jdk.Compilation /tmp/comp.jfr > /tmp/comp.txt
    python3 bench/compilations.py /tmp/comp.txt [TOP]
"""
import collections
import re
import sys

UNITS = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9}


def owner(method):
    if "GeneratedClass" in method:
        return "Spark generated classes"
    if "janino" in method or "codehaus" in method:
        return "Janino"
    if method.startswith("io.triangulate"):
        return ".".join(method.split(".")[:3])
    return ".".join(method.split(" ")[0].split(".")[:3])


def main(path, top):
    seconds, count, by_level = collections.Counter(), collections.Counter(), collections.Counter()
    events = open(path, encoding="utf-8").read().split("jdk.Compilation {")[1:]
    for e in events:
        value, unit = re.search(r"duration = ([\d.]+) (\w+)", e).groups()
        took = float(value) * UNITS[unit]
        method = re.search(r"method = ([^\n]+)", e).group(1).strip()
        level = int(re.search(r"compileLevel = (\d)", e).group(1))
        seconds[(owner(method), level)] += took
        count[(owner(method), level)] += 1
        by_level[level] += took
    print(f"{len(events)} compilations; seconds by tier (4 = C2): "
          + ", ".join(f"{k}: {v:.1f}" for k, v in sorted(by_level.items())))
    print("seconds\tcompilations\ttier\towner")
    for (who, level), s in seconds.most_common(top):
        print(f"{s:.1f}\t{count[(who, level)]}\t{level}\t{who}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20)
