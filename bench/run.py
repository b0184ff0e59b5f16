#!/usr/bin/env python3
"""qingdan's benchmarks: check, diff and build against the physical floor, libyaml's bare event parse.

    bench/run.py [--sizes small,large] [--runs 5] [--qingdan .build/release/qingdan] [--floor bench/.work/yaml-floor]
                 [--out-dir bench/.work]

For each size it generates a deterministic catalog (scripts/gen-catalog) and a copy with 1 % of its items
changed, then times, over several runs, the floor (one thread, every file) and qingdan's check, diff and build
(HTML and CSV, no PDF; into an empty folder; and the changed copy into a folder holding the first one's guide, built
untimed just before, after every size's build). It prints the median wall time, the peak memory, each time as a
ratio to the floor measured in the same run, and the fastest and slowest run. Before each timed run, what earlier
runs wrote is synced to the disk. No timing is asserted here: the numbers are for reading (BENCHMARKS.md).

`--out-dir` puts the built guides in another folder, to time the build on another file system (a build is a
hundred thousand new files, so the file system counts: see BENCHMARKS.md).
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", ".work")
SIZES = {"small": (10_000, 100), "large": (110_000, 1_000)}


def run(command, runs, prepare=None):
    """Median wall time (s), peak resident memory (MiB) and every run's time of `command`, run `runs` times, each
    after `prepare` (not timed), which may return the command to run instead."""
    times, peak = [], 0
    for _ in range(runs):
        if prepare:
            command = prepare() or command
        # The files earlier runs wrote are written back to the disk first (not timed): otherwise the kernel writes
        # the last runs' guides, hundreds of megabytes, on both cores while the next run is timed.
        os.sync()
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} failed with exit code {code}: {process.stderr.read().decode()}")
        times.append(elapsed)
        peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(times), peak, times


def measure(size, step, runs):
    """Runs one step (name, command, floor, prepare) `runs` times and prints its row."""
    name, command, floor, prepare = step
    median, peak, times = run(command, runs, prepare)
    print(f"{size:<6} {name:<7} {median:>9.3f} {peak:>9.0f} {floor:>8.3f} {median / floor:>8.2f}  "
          f"{min(times):.3f}–{max(times):.3f}", flush=True)


def yaml_files(folder):
    return sorted(os.path.join(d, f) for d, _, names in os.walk(folder) for f in names if f.endswith(".yaml"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="small,large")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--qingdan", default=os.path.join(ROOT, ".build/release/qingdan"))
    parser.add_argument("--floor", default=os.path.join(WORK, "yaml-floor"))
    parser.add_argument("--out-dir", default=WORK, help="where the built guides go")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(args.out_dir, exist_ok=True)
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"qingdan {commit} · {platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}")
    mount = subprocess.run(["findmnt", "-n", "-o", "FSTYPE,OPTIONS", "--target", args.out_dir], capture_output=True,
                           text=True).stdout.strip()
    print(f"guides built in {args.out_dir} ({mount or 'file system unknown'})")
    print(f"{'size':<6} {'step':<7} {'median s':>9} {'peak MiB':>9} {'floor s':>8} {'× floor':>8}  runs s")
    # Every fresh build's folder, deleted at the very end: deleting a hundred thousand pages right before the next
    # timed build would measure the file system's handling of just-freed inodes (see BENCHMARKS.md), not qingdan.
    # For the same reason the rebuilds, each of which deletes the output it replaces, run after every size's build.
    fresh = []

    def fresh_folder(site):
        fresh.append(f"{site}-fresh-{len(fresh)}")
        shutil.rmtree(fresh[-1], ignore_errors=True)
        return fresh[-1]

    rebuilds = []
    for size in args.sizes.split(","):
        items, townships = SIZES[size]
        old = os.path.join(WORK, f"{size}-old")
        new = os.path.join(WORK, f"{size}-new")
        for folder, extra in ((old, []), (new, ["--change-percent", "1"])):
            if not os.path.exists(os.path.join(folder, "qingdan.yaml")):
                shutil.rmtree(folder, ignore_errors=True)
                subprocess.run([os.path.join(ROOT, "scripts/gen-catalog"), folder, "--items", str(items),
                                "--townships", str(townships)] + extra, check=True)
        floor_old = run([args.floor] + yaml_files(old), args.runs)[0]
        floor_new = run([args.floor] + yaml_files(new), args.runs)[0]
        site = os.path.join(args.out_dir, f"{size}-site")

        def empty_site(site=site, old=old):
            return [args.qingdan, "build", old, "--out", fresh_folder(site)]

        def old_site(site=site, old=old, new=new):
            # The old edition's guide in a new folder (not timed); the changed edition is then built into it, as a
            # county publishes each edition (pages that did not change are reused, the old output is deleted).
            folder = fresh_folder(site)
            subprocess.run([args.qingdan, "build", old, "--out", folder], stdout=subprocess.DEVNULL, check=True)
            return [args.qingdan, "build", new, "--out", folder]

        steps = [
            ("check", [args.qingdan, "check", old, "--format", "json"], floor_old, None),
            ("diff", [args.qingdan, "diff", old, new, "--format", "json"], floor_old + floor_new, None),
            ("build", None, floor_old, empty_site),
        ]
        rebuilds.append((size, ("rebuild", None, floor_new, old_site)))
        print(f"{size:<6} {'floor':<7} {floor_old:>9.3f} {'':>9} {floor_old:>8.3f} {1:>8.2f}")
        for step in steps:
            measure(size, step, args.runs)
    for size, step in rebuilds:
        measure(size, step, args.runs)
    for folder in fresh:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
