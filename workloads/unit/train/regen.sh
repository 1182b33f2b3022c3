#!/bin/sh
# Regenerate, from nothing but Debian packages, the committed UnIT files:
#   workloads/unit/model_mnist.h       weights, biases, shifts, thresholds, trees
#   workloads/unit/model_mnist_test.h  64 Fashion-MNIST test images and labels
#   workloads/unit/train/RESULTS.md    accuracies, formats, host sweep
# by training (train.py: ~1 minute on one core), then sweeping the C host
# reference over the whole test set (report.py). Deterministic: a second run
# on the same machine reproduces the files bit for bit (git diff is empty).
#
#   workloads/unit/train/setup.sh      # once: python3-torch, numpy, dataset
#   workloads/unit/train/regen.sh [--reuse]
#
# UNIT_TRAIN_WORK=DIR keeps the scratch files (checkpoints, the raw test
# set, the host reference binary) in DIR; --reuse skips training when DIR
# already has checkpoints (development only). The normal build never runs this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
unit=$(dirname "$here")
python=${PYTHON:-/usr/bin/python3}     # Debian's python3-torch lives there
reuse=
[ "${1:-}" = "--reuse" ] && reuse=--reuse
if [ -n "${UNIT_TRAIN_WORK:-}" ]; then
    work=$UNIT_TRAIN_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d /tmp/unit-train.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi

"$python" "$here/train.py" --out-dir "$unit" --work-dir "$work" $reuse
${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -I"$unit" -I"$unit/host" \
    "$unit/host/unit_host.c" "$unit/host/unit_opts.c" "$unit/unit.c" -o "$work/unit_host"
"$python" "$here/report.py" --work-dir "$work" --host "$work/unit_host" --out "$here/RESULTS.md"
echo "regenerated: $unit/model_mnist.h $unit/model_mnist_test.h $here/RESULTS.md"
