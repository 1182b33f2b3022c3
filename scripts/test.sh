#!/bin/sh
# Quick start, part 2: set up, build, and run the whole test suite (CTest).
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure --timeout 300 -j"$(nproc)"
