#!/usr/bin/env python3
"""Per Spark job of a run: its duration, the driver's gap before it, how busy the task threads were, its tail (how
long its last task ran after the one before it finished, while the other task threads had nothing to do), task times.

Usage: scripts/eventlog-jobs.py EVENT_LOG [TASK_THREADS [LAST_JOBS]]  (an uncompressed Spark event log, e.g. from
MANTELSIM_JAVA_OPTS="-Xmx6g -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false
-Dspark.eventLog.dir=file:///tmp/ev" ./mantelsim bench ...; TASK_THREADS defaults to 2). The last line sums the
jobs; with LAST_JOBS, only the last that many (e.g. 20: the measured pass's ten years). README, Benchmark, "Profiles".
"""
import collections
import json
import sys


def main(path, slots, last=None):
    jobs, tasks = {}, collections.defaultdict(list)
    for line in open(path):
        e = json.loads(line)
        kind = e["Event"]
        if kind == "SparkListenerJobStart":
            jobs[e["Job ID"]] = {"start": e["Submission Time"], "stages": e["Stage IDs"]}
        elif kind == "SparkListenerJobEnd":
            jobs[e["Job ID"]]["end"] = e["Completion Time"]
        elif kind == "SparkListenerTaskEnd":
            info = e["Task Info"]
            tasks[e["Stage ID"]].append((info["Launch Time"], info["Finish Time"]))
    previous_end, total_wall, total_busy, total_gap, total_tail = None, 0, 0, 0, 0
    chosen = sorted(j for j in jobs if "end" in jobs[j])
    if last:
        previous_end = jobs[chosen[-last - 1]]["end"] if len(chosen) > last else None
        chosen = chosen[-last:]
    for j in chosen:
        job = jobs[j]
        ts = sorted(t for s in job["stages"] for t in tasks.get(s, []))
        if not ts:
            continue
        wall = job["end"] - job["start"]
        busy = sum(f - l for l, f in ts)
        gap = job["start"] - previous_end if previous_end is not None else 0
        finishes = sorted(f for _, f in ts)
        tail = finishes[-1] - finishes[-2] if len(finishes) > 1 else 0
        print(f"job {j:3d}: {wall:5d} ms, gap before {gap:4d} ms, busy {busy / (slots * wall):.2f}, tail {tail:4d} ms, "
              f"task ms {[f - l for l, f in ts]}")
        total_wall, total_busy, total_gap = total_wall + wall, total_busy + busy, total_gap + gap
        total_tail += tail
        previous_end = job["end"]
    print(f"all jobs: {total_wall} ms in jobs, {total_gap} ms between them, busy {total_busy / (slots * max(1, total_wall)):.2f}, "
          f"tails {total_tail} ms, task threads idle in jobs {slots * total_wall - total_busy} ms")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2, int(sys.argv[3]) if len(sys.argv) > 3 else None)
