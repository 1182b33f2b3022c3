#!/bin/sh
# Rebuild the committed msp430-elf-gcc test fixtures: every firmware image of
# workloads/ (the programs in workloads/tests and the demo), compiled by
# msp430-elf-gcc in the small and the large memory model, debug info and
# compiler-local labels stripped (function and object symbols kept), copied
# to tests/fixtures/gcc/{small,large}/NAME.elf.
#
# CI never runs this: it tests the committed images (fw_gcc_* in
# tests/CMakeLists.txt), so it needs no gcc.  Run it after changing the
# firmware sources, the runtime (workloads/rt), the linker script or the gcc
# toolchain file, and commit the result.  The images depend only on the
# sources and the toolchain (source paths are mapped away, nothing records
# the build directory or the time), so a rebuild gives the same bytes.
#
# Usage: scripts/build-gcc-fixtures.sh [--check]
#   --check  rebuild into a scratch directory and compare with the committed
#            fixtures instead of replacing them (exit 1 on any difference)
# Needs the toolchain of scripts/build-msp430-toolchain.sh, found in
# $FERRO_MSP430_PREFIX or ${XDG_CACHE_HOME:-$HOME/.cache}/ferro/msp430-elf.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)

CHECK=0
case ${1:-} in
    --check) CHECK=1 ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

PREFIX=${FERRO_MSP430_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/ferro/msp430-elf}
if [ ! -x "$PREFIX/bin/msp430-elf-gcc" ]; then
    echo "$0: no msp430-elf-gcc in $PREFIX/bin (run scripts/build-msp430-toolchain.sh" \
         "or set FERRO_MSP430_PREFIX)" >&2
    exit 1
fi
STRIP=$PREFIX/bin/msp430-elf-strip

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ferro-gcc-fixtures.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

FIXTURES=$ROOT/tests/fixtures/gcc
for model in small large; do
    echo "build-gcc-fixtures: $model model"
    cmake -S workloads -B "$WORK/build-$model" -DFIRMWARE_COMPILER=gcc \
          -DFERRO_GCC_MODEL=$model -DFERRO_MSP430_PREFIX="$PREFIX" \
          -DCMAKE_BUILD_TYPE=Release >"$WORK/$model-configure.log" 2>&1 \
        || { cat "$WORK/$model-configure.log" >&2; exit 1; }
    cmake --build "$WORK/build-$model" -j"$(nproc)" >"$WORK/$model-build.log" 2>&1 \
        || { cat "$WORK/$model-build.log" >&2; exit 1; }
    out=$WORK/out/$model
    mkdir -p "$out"
    for elf in "$WORK/build-$model"/bin/*.elf; do
        "$STRIP" --strip-debug --discard-locals -o "$out/$(basename "$elf")" "$elf"
    done
done

if [ $CHECK = 1 ]; then
    if diff -r "$WORK/out" "$FIXTURES" >/dev/null; then
        echo "build-gcc-fixtures: the committed fixtures are up to date"
        exit 0
    fi
    diff -r "$WORK/out" "$FIXTURES" >&2 || true
    echo "build-gcc-fixtures: the committed fixtures differ from a rebuild" >&2
    exit 1
fi

rm -rf "$FIXTURES"
mkdir -p "$FIXTURES"
cp -r "$WORK/out/small" "$WORK/out/large" "$FIXTURES/"
chmod 644 "$FIXTURES"/*/*.elf
for model in small large; do
    n=$(ls "$FIXTURES/$model" | wc -l)
    bytes=$(cat "$FIXTURES/$model"/*.elf | wc -c)
    echo "build-gcc-fixtures: $n images in tests/fixtures/gcc/$model ($bytes bytes)"
done
