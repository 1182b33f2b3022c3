#!/usr/bin/env python3
"""UnIT demo on the simulator: run the MNIST-architecture firmware once per
pruning mode and division method (patching `unit_config` in a copy of the
ELF, no recompiling) and print accuracy, MACs skipped and cycles.

    workloads/unit/demo.py [--build build] [--elf unit_mnist] [--images 64]

Python 3 standard library only. Cycles per inference are the mean length of
region 40 (one inference) from `ferro run --json` markers; "thresholds" is
the time inside regions 20-22 (UnIT threshold computation).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

CONFIGS = [
    ("dense", "exact"), ("pruned", "exact"), ("fatrelu", "exact"),
    ("unit", "exact"), ("unit", "shift"), ("unit", "tree"),
    ("unit+fatrelu", "exact"), ("unit+fatrelu", "shift"), ("unit+fatrelu", "tree"),
    ("pruned+unit", "tree"),
]


def region_cycles(markers, ids):
    """Total cycles inside regions with these ids, and how many there were."""
    total, count, open_at = 0, 0, {}
    for rid, begin, cycles in markers:
        if rid not in ids:
            continue
        if begin:
            open_at[rid] = cycles
        elif rid in open_at:
            total += cycles - open_at.pop(rid)
            count += 1
    return total, count


def run(build, elf, mode, div, images, tmp):
    out = os.path.join(tmp, "fw.elf")
    subprocess.run([os.path.join(build, "workloads/unit/host/unit_patch"), elf, out, "--mode", mode,
                    "--div", div, "--images", str(images), "--quiet"],
                   check=True, capture_output=True)
    res = subprocess.run([os.path.join(build, "ferro"), "run", out, "--json"],
                         capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit("ferro run failed (%d): %s" % (res.returncode, res.stderr.strip()))
    j = json.loads(res.stdout)
    m = re.search(r"batch images (\d+) correct (\d+) exec ([\d ]+) skip ([\d ]+)", j["console"])
    n, correct = int(m.group(1)), int(m.group(2))
    exe = sum(int(v) for v in m.group(3).split())
    skip = sum(int(v) for v in m.group(4).split())
    infer, count = region_cycles(j["markers"], {40})
    thresh, _ = region_cycles(j["markers"], {20, 21, 22})
    return {"n": n, "correct": correct, "skip": skip / (exe + skip), "cycles": infer / count,
            "thresh": thresh / count, "mclk": j["mclk_hz"],
            "fram_wait": j["fram"]["wait_cycles"] / j["cycles"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default="build", help="top-level build directory (default: build)")
    ap.add_argument("--elf", default="unit_mnist", help="unit_mnist, unit_mnist_sram, "
                    "unit_mnist_hwcall or unit_mnist_swmul")
    ap.add_argument("--images", type=int, default=64)
    args = ap.parse_args()
    elf = os.path.join(args.build, "workloads/bin", args.elf + ".elf")
    if not os.path.exists(elf):
        sys.exit("%s: not built (cmake --build %s)" % (elf, args.build))

    print("%s, %d Fashion-MNIST test images per mode" % (args.elf, args.images))
    print("%-13s %-6s %9s %8s %12s %8s %11s %9s %6s" % (
        "mode", "div", "correct", "skipped", "cycles/inf", "vs dense", "thresholds", "ms/inf", "FRAMw"))
    dense = None
    with tempfile.TemporaryDirectory() as tmp:
        for mode, div in CONFIGS:
            r = run(args.build, elf, mode, div, args.images, tmp)
            dense = dense or r["cycles"]
            print("%-13s %-6s %4d/%-4d %7.2f%% %12.0f %+7.1f%% %11.0f %9.1f %5.1f%%" % (
                mode, div if "unit" in mode else "-", r["correct"], r["n"], 100 * r["skip"],
                r["cycles"], 100 * (r["cycles"] / dense - 1), r["thresh"],
                1e3 * r["cycles"] / r["mclk"], 100 * r["fram_wait"]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
