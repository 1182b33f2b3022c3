#!/bin/sh
# Install what Ferro needs on Debian bookworm (idempotent: installs only what is
# missing) and configure + build it into build/.  Run as root or with sudo.
#   scripts/setup.sh            install packages, configure, build
#   FERRO_BUILD_TYPE=Asan scripts/setup.sh   sanitizer build into build-asan/
#   FERRO_BUILD_MSP430_GCC=1 scripts/setup.sh also builds the msp430-elf GNU
#     toolchain (about half an hour, once; scripts/build-msp430-toolchain.sh),
#     which the diff_gdbsim test and scripts/build-gcc-fixtures.sh need
set -eu
cd "$(dirname "$0")/.."

PACKAGES="build-essential cmake pkg-config clang lld llvm libelf-dev mspdebug libsqlite3-dev libdwarf-dev sqlite3 python3"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# Before configuring, so that CMake finds msp430-elf-run for diff_gdbsim.
if [ "${FERRO_BUILD_MSP430_GCC:-0}" = 1 ]; then
    ./scripts/build-msp430-toolchain.sh
fi

BUILD_TYPE=${FERRO_BUILD_TYPE:-RelWithDebInfo}
BUILD_DIR=build
[ "$BUILD_TYPE" = Asan ] && BUILD_DIR=build-asan
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
