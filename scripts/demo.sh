#!/bin/sh
# Quick start, part 1: set up, build, and run the demo firmware.
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
build/ferro run build/workloads/bin/demo.elf
