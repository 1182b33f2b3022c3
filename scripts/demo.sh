#!/bin/sh
# Quick start, part 1: set up, build, run the demo firmware, then the UnIT demo:
# the MNIST-architecture network (trained on Fashion-MNIST) run on the simulated
# FR5994 in every pruning mode and division method, on 16 test images each.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
build/ferro run build/workloads/bin/demo.elf
echo
python3 workloads/unit/demo.py --build build --images "${FERRO_DEMO_IMAGES:-16}"
