#!/usr/bin/env python3
"""Where the Spark task threads' time goes, from a JFR recording's execution samples
(docs/BENCHMARKS.md, "Fewer shuffles, partitions sized from the corpus"): the share of samples with no
frame of Triangulate's code (Spark's own work), and the shares by the outermost Triangulate frame (the
step of ours that the time belongs to, e.g. the actor extraction's iterator or the citation job's lambda),
or with --innermost by the innermost one (the method of ours that was running or called the library
that was, e.g. CitationExtractor.extract under the regex engine).

    TRIANGULATE_JAVA_OPTS="-Xmx1g -XX:StartFlightRecording=filename=/tmp/week.jfr,settings=profile" \
        bin/triangulate run bench/saudi-week.json --out /tmp/out
    jfr print --events jdk.ExecutionSample --stack-depth 100 /tmp/week.jfr > /tmp/samples.txt
    python3 bench/samples.py /tmp/samples.txt [TOP] [--innermost]
"""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\([^)]*\)\s+line:", re.M)


def main(path, top, innermost):
    text = open(path, encoding="utf-8", errors="replace").read()
    outermost, total = collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample {")[1:]:
        if "Executor task launch worker" not in event:
            continue
        total += 1
        ours = [f for f in FRAME.findall(event) if f.startswith("io.triangulate.")]
        outermost[(ours[0] if innermost else ours[-1]) if ours else "(no frame of ours: Spark's own work)"] += 1
    print(f"{total} samples of task threads")
    for name, n in outermost.most_common(top):
        print(f"{100 * n / total:5.1f}%  {name}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--innermost"]
    main(args[0], int(args[1]) if len(args) > 1 else 15, "--innermost" in sys.argv)
