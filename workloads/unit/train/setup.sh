#!/bin/sh
# Debian packages the UnIT training pipeline needs (not the normal build):
# PyTorch and NumPy for Debian's /usr/bin/python3, and Fashion-MNIST
# (installed under /usr/share/datasets/fashion-mnist). Run as root.
set -eu
pkgs="python3-torch python3-numpy dataset-fashion-mnist"
missing=
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
if [ -n "$missing" ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi
echo "UnIT training dependencies present: $pkgs"
