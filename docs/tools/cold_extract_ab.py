#!/usr/bin/env python3
"""Cold single-file `extract`, timed in two (or more) trees, paired: A B, then B A, for ROUNDS rounds.

Usage: docs/tools/cold_extract_ab.py ROUNDS FILE TREE...

Each TREE is a checkout with a built `extractor-cli/target/extractor.jar` (a `git worktree` of the old commit, built
with `mvn -o -q -DskipTests package`, and this tree). One run per tree first makes the class-data archive. Each round
then runs `TREE/extractor extract FILE --out /tmp/ab-out -q` once per tree, the order reversed every other round, and
takes the wall time (time.perf_counter) and the CPU time of the run and its workers (getrusage of the children).
Prints, per tree, the median and range of the wall times and the median CPU. Extra `extract` options can be given in
AB_ARGS (e.g. AB_ARGS="--isolation none"). See docs/tuning.md#measurements.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, file, trees = int(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    extra = os.environ.get("AB_ARGS", "").split()
    out = "/tmp/ab-out"
    for tree in trees:
        subprocess.run([tree + "/extractor", "--version"], capture_output=True, check=True)
    walls = {tree: [] for tree in trees}
    cpus = {tree: [] for tree in trees}
    for r in range(rounds):
        for tree in (trees if r % 2 == 0 else list(reversed(trees))):
            shutil.rmtree(out, ignore_errors=True)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([tree + "/extractor", "extract", file, "--out", out, "-q"] + extra, capture_output=True)
            walls[tree].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[tree].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    for tree in trees:
        w = walls[tree]
        print(f"{tree}: wall median {statistics.median(w):.2f} s [{min(w):.2f}-{max(w):.2f}], "
              f"CPU median {statistics.median(cpus[tree]):.2f} s")


if __name__ == "__main__":
    main()
