"""One TSV row for one benchmark run (used by bench/run.sh; can be re-run on a kept run's files).

usage: summarize.py SCALE RUN_FOLDER TIME_FILE GC_LOG [PROBE_S]
  RUN_FOLDER  <out>/<job>/<period> holding run.json, tables/, workbook.xlsx, brief.pdf
  TIME_FILE   output of /usr/bin/time -v around bin/triangulate (wall time includes JVM start)
  GC_LOG      -Xlog:gc output of the driver JVM
  PROBE_S     bench/speed-probe.sh's seconds just before the run (how fast the machine was then)
"""
import datetime
import json
import os
import re
import sys

HEADER = ["scale", "date", "recordsIn", "accepted", "rejected", "duplicates", "balanced", "wall_s", "cpu_s",
          "cpu_pct", "records_per_s", "peak_rss_mb", "heap_peak_mb", "heap_after_gc_mb", "full_gcs", "tables_mb", "workbook_kb",
          "pdf_kb", "probe_s", "stageSeconds"]
UNIT_MB = {"K": 1 / 1024, "M": 1, "G": 1024}


def elapsed_seconds(text):
    clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1)
    seconds = 0.0
    for part in clock.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def heap_mb(gc_text):
    """(largest heap occupancy before a GC, largest occupancy left after an evacuating (young, mixed
    or full) GC, number of full GCs), sizes in MB. Remark and Cleanup pauses free little by
    themselves, so their 'after' is not a measure of live data."""
    before, after, full = 0.0, 0.0, 0
    for kind, b, bu, a, au in re.findall(r"Pause (\w+).*? (\d+)([KMG])->(\d+)([KMG])\(\d+[KMG]\)", gc_text):
        before = max(before, int(b) * UNIT_MB[bu])
        if kind in ("Young", "Full"):
            after = max(after, int(a) * UNIT_MB[au])
        full += kind == "Full"
    return before, after, full


def size(path):
    if not os.path.exists(path):
        return 0
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def row(scale, run, time_file, gc_log, probe=""):
    r = json.load(open(os.path.join(run, "run.json")))
    c = r["counts"]
    timing = open(time_file).read()
    wall = elapsed_seconds(timing)
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", timing).group(1)) + float(
        re.search(r"System time \(seconds\): ([\d.]+)", timing).group(1))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
    peak, live, full = heap_mb(open(gc_log).read())
    stages = ",".join(f"{k}={v:.1f}" for k, v in r["stageSeconds"].items())
    return [scale, datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"), c["recordsIn"],
            c["accepted"], c["rejected"], c["duplicates"], c["balanced"], f"{wall:.1f}", f"{cpu:.0f}",
            f"{100 * cpu / wall:.0f}", f"{c['recordsIn'] / wall:.0f}", f"{rss_kb / 1024:.0f}", f"{peak:.0f}",
            f"{live:.0f}", full, f"{size(os.path.join(run, 'tables')) / 2**20:.1f}",
            f"{size(os.path.join(run, 'workbook.xlsx')) / 1024:.0f}", f"{size(os.path.join(run, 'brief.pdf')) / 1024:.0f}",
            probe, stages]


if __name__ == "__main__":
    if sys.argv[1:] == ["--header"]:
        print("\t".join(HEADER))
    else:
        print("\t".join(str(x) for x in row(*sys.argv[1:6])))
