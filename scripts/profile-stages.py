#!/usr/bin/env python3
"""Where the task threads' samples go, from a Java Flight Recording of `./mantelsim bench`.

Usage: jfr print --json --events jdk.ExecutionSample REC.jfr > REC.json; scripts/profile-stages.py REC.json ...
For each recording: the samples of Spark's task threads ("Executor task launch ...") and of the reference kernel's
threads ("mantelsim-kernel-..."), by stage (the first stage method met going from the sampled frame towards the
thread's root), and the direct callees of YearStep.apply. README, Benchmark, "Profiles".
"""
import collections
import json
import sys

STAGES = [("BaseSynthesis.block", "synthesis"), ("YearStep.apply", "year step"), ("Demography.step", "demography"),
          ("DriverYear.tally", "tallies"), ("DriverYear.counts", "counts")]


def frames(event):
    return [f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"]
            for f in event["values"]["stackTrace"]["frames"]]


def kind(event):
    name = event["values"]["sampledThread"]["javaName"] or ""
    if name.startswith("Executor task launch"):
        return "spark"
    if name.startswith("mantelsim-kernel"):
        return "kernel"
    return None


def main(paths):
    for path in paths:
        events = json.load(open(path))["recording"]["events"]
        stages, callees = collections.Counter(), collections.Counter()
        for e in events:
            k = kind(e)
            if k is None:
                continue
            names = frames(e)
            stage = next((label for n in names for method, label in STAGES if n.endswith(method)), "other")
            stages[(k, stage)] += 1
            if "YearStep.apply" in names:
                i = names.index("YearStep.apply")
                callees[(k, names[i - 1] if i > 0 else "(itself)")] += 1
        print(path)
        for k in ("spark", "kernel"):
            total = sum(v for (kk, _), v in stages.items() if kk == k)
            print(f"  {k} threads: {total} samples; " + ", ".join(
                f"{s} {v}" for (kk, s), v in sorted(stages.items(), key=lambda x: -x[1]) if kk == k))
            top = [f"{c} {v}" for (kk, c), v in callees.most_common() if kk == k][:8]
            print("    YearStep.apply calls: " + ", ".join(top))


if __name__ == "__main__":
    main(sys.argv[1:])
