#!/bin/sh
# Build a msp430-elf GNU toolchain (binutils, gcc C-only, libgcc, newlib +
# libgloss, gdb + the msp430 instruction-set simulator) from the source
# tarballs that Debian's *-source packages install under /usr/src.
#
# Debian bookworm ships no msp430 cross compiler, yet Ferro needs one that
# emits MSP430X large-model code (clang 14 only does the classic ISA) and an
# independent MSP430X simulator (msp430-elf-run) to compare against.
#
# Usage: scripts/build-msp430-toolchain.sh [--prefix DIR] [--build-dir DIR]
#                                          [--keep-build] [-h|--help]
#   --prefix DIR     install here (default: $FERRO_MSP430_PREFIX, else
#                    ${XDG_CACHE_HOME:-$HOME/.cache}/ferro/msp430-elf)
#   --build-dir DIR  scratch tree for sources and objects (default:
#                    $FERRO_MSP430_BUILD_DIR, else DIR-of-prefix/msp430-elf-build)
#   --keep-build     keep each stage's object tree after it succeeds
# Environment: FERRO_MSP430_JOBS overrides the make job count (default nproc).
#
# Using the result (no TI device files needed for compiling: gcc 12 knows
# the FR5994 itself and turns -mmcu into -mcpu=msp430xv2 -mhwmult=f5series):
#   msp430-elf-gcc -mmcu=msp430fr5994 -mlarge -O2 -c x.c
#   linking with -mmcu alone wants TI's msp430fr5994.ld: pass -msim (newlib
#   + libgloss simulator startup) or -T your.ld -nostdlib ... -lmul_f5 -lgcc
#   msp430-elf-run --memory-region 0x20,0x4e0 image.elf
#   (that region backs the peripheral page, left unmapped by default so that
#   its accesses would silently misbehave; exit with "calla #0x181", status
#   in R12, or return from main in a -msim image)
#
# Idempotent: stage N writes PREFIX/.ferro/N-<stage>.stamp only when it
# succeeds and is skipped while that stamp exists; delete a stamp to redo the
# stage.  Each stage's full output goes to PREFIX/.ferro/N-<stage>.log.
set -eu

usage() { sed -n '2,/^set -eu/{/^#/s/^# \{0,1\}//p}' "$0"; }

cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/ferro
PREFIX=${FERRO_MSP430_PREFIX:-$cache_root/msp430-elf}
BUILD=${FERRO_MSP430_BUILD_DIR:-}
KEEP_BUILD=0
JOBS=${FERRO_MSP430_JOBS:-$(nproc)}
TARGET=msp430-elf

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || { echo "$0: --prefix needs a value" >&2; exit 2; }
                  PREFIX=$2; shift ;;
        --prefix=*) PREFIX=${1#--prefix=} ;;
        --build-dir) [ $# -ge 2 ] || { echo "$0: --build-dir needs a value" >&2; exit 2; }
                     BUILD=$2; shift ;;
        --build-dir=*) BUILD=${1#--build-dir=} ;;
        --keep-build) KEEP_BUILD=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "$0: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

# configure scripts insist on absolute prefixes.
case $PREFIX in /*) ;; *) PREFIX=$(pwd)/$PREFIX ;; esac
[ -n "$BUILD" ] || BUILD=$(dirname "$PREFIX")/msp430-elf-build
case $BUILD in /*) ;; *) BUILD=$(pwd)/$BUILD ;; esac
case $BUILD/ in "$PREFIX"/*)
    echo "$0: the build directory must not be inside the prefix" >&2; exit 2 ;;
esac

STATE=$PREFIX/.ferro
SRC=$BUILD/src
OBJ=$BUILD/obj
mkdir -p "$PREFIX" "$STATE" "$SRC" "$OBJ"

# ---------------------------------------------------------------------------
# Build dependencies.  gcc-12-source pulls quilt, autoconf2.69 etc. with it;
# gdb needs a curses library, GMP and (for XML target descriptions and its
# Python scripting, handy to drive the simulator from tests) expat and Python.
PACKAGES="binutils-source gcc-12-source newlib-source gdb-source
build-essential xz-utils libgmp-dev libmpfr-dev libmpc-dev texinfo flex
bison zlib1g-dev libncurses-dev libexpat1-dev python3-dev"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
if [ -n "$missing" ]; then
    printf '[0/5] apt-get install%s ... ' "$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    # dpkg's progress chatter would drown the stage lines: log it instead.
    # shellcheck disable=SC2086 # $missing is a word list
    if ! { $SUDO apt-get update -qq &&
           DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
               --no-install-recommends $missing; } > "$STATE/0-packages.log" 2>&1
    then
        echo "FAILED"
        tail -n 25 "$STATE/0-packages.log"
        echo "---- full log: $STATE/0-packages.log"
        exit 1
    fi
    echo "done"
fi

# Source tarballs: the versions in the names change with Debian updates, so
# look them up rather than hard-coding them.
find_tarball() {
    # $1: glob; the first match that is not the Modula-2 add-on of gcc-12-source
    for f in $1; do
        case $f in *gm2-*) continue ;; esac
        [ -f "$f" ] && { echo "$f"; return 0; }
    done
    echo "$0: no source tarball matches $1" >&2
    return 1
}
BINUTILS_TAR=$(find_tarball '/usr/src/binutils/binutils-*.tar.*')
GCC_TAR=$(find_tarball '/usr/src/gcc-12/gcc-*.tar.*')
NEWLIB_TAR=$(find_tarball '/usr/src/newlib/newlib-*.tar.*')
GDB_TAR=$(find_tarball '/usr/src/gdb.tar.*')

# The new tools must be found by the later stages (gcc looks for
# msp430-elf-as/ld, newlib compiles with msp430-elf-gcc).
PATH=$PREFIX/bin:$PATH
export PATH
# Host tools without -g: a third less compile time and disk, and nobody
# debugs the cross compiler itself here.
CFLAGS=-O2
CXXFLAGS=-O2
export CFLAGS CXXFLAGS

# Unpack a tarball into $SRC/$2 whatever its top directory is called
# (newlib's is newlib-salsa/, gdb's is gdb/).  Unpacking into a temporary
# directory first means an interrupted unpack is never mistaken for a tree.
unpack() {
    [ -d "$SRC/$2" ] && return 0
    rm -rf "$SRC/$2.tmp"
    mkdir -p "$SRC/$2.tmp"
    tar -xf "$1" -C "$SRC/$2.tmp" --strip-components=1
    mv "$SRC/$2.tmp" "$SRC/$2"
}

# Start each stage from an empty object directory: a half-configured tree
# left by an earlier failure can fail in confusing ways.
fresh_objdir() {
    rm -rf "${OBJ:?}/$1"
    mkdir -p "$OBJ/$1"
    cd "$OBJ/$1"
}

drop_objdir() {
    [ "$KEEP_BUILD" = 1 ] || rm -rf "${OBJ:?}/$1"
}

# ---------------------------------------------------------------------------
# Stages.  Each runs in a subshell with set -e, its output in its log.

stage_binutils() {
    unpack "$BINUTILS_TAR" binutils
    fresh_objdir binutils
    # gprofng is a host profiler, useless for a cross target.
    "$SRC/binutils/configure" --target=$TARGET --prefix="$PREFIX" \
        --disable-nls --disable-werror --disable-gprofng
    make -j"$JOBS"
    make install
    drop_objdir binutils
}

# The DFSG gcc tarball replaces every GFDL document by a one-line stub.
# Info pages built from them are useless, so tell gcc/configure (run later by
# make, hence the export) that makeinfo is unusable.  The s-tm-texi check,
# which regenerates tm.texi from the stubbed tm.texi.in and aborts, is then
# reached only by install-gcc (through install-info), so its stamp must exist
# and be newer than build/genhooks, which all-gcc builds.
configure_gcc() {
    unpack "$GCC_TAR" gcc
    fresh_objdir gcc
    gcc_cv_prog_makeinfo_modern=no
    export gcc_cv_prog_makeinfo_modern
    "$SRC/gcc/configure" \
        --target=$TARGET --prefix="$PREFIX" \
        --enable-languages=c --disable-nls --disable-libssp \
        --with-newlib --without-headers \
        --disable-shared --disable-threads --disable-lto \
        --disable-libgomp --disable-libquadmath --disable-libatomic \
        --with-gnu-as --with-gnu-ld --disable-werror
    mkdir -p gcc
    touch gcc/s-tm-texi
}

stage_gcc() {
    configure_gcc
    make -j"$JOBS" all-gcc
    touch gcc/s-tm-texi
    make install-gcc
}

stage_libgcc() {
    # libgcc is built inside gcc's object tree; if that is gone (say the
    # build directory was wiped between runs), rebuilding it is the only way.
    if [ -f "$OBJ/gcc/Makefile" ]; then
        cd "$OBJ/gcc"
    else
        configure_gcc
        make -j"$JOBS" all-gcc
        touch gcc/s-tm-texi
    fi
    make -j"$JOBS" all-target-libgcc
    make install-target-libgcc
    drop_objdir gcc
}

stage_newlib() {
    unpack "$NEWLIB_TAR" newlib
    fresh_objdir newlib
    # Bare metal: no OS syscalls in libc itself; libgloss/msp430 supplies
    # them (libsim.a for the simulator, libnosys.a, CIO for TI debuggers).
    # The rest trades features for size, as fits a few KiB of RAM.
    "$SRC/newlib/configure" --target=$TARGET --prefix="$PREFIX" \
        --disable-newlib-supplied-syscalls \
        --enable-newlib-reent-small \
        --enable-newlib-nano-malloc \
        --enable-newlib-nano-formatted-io \
        --disable-newlib-fseek-optimization \
        --disable-newlib-wide-orient \
        --disable-newlib-unbuf-stream-opt \
        --enable-lite-exit \
        --disable-nls \
        CFLAGS_FOR_TARGET="-Os -g -ffunction-sections -fdata-sections"
    make -j"$JOBS"
    make install
    drop_objdir newlib
}

stage_gdb() {
    unpack "$GDB_TAR" gdb
    fresh_objdir gdb
    # The gdb tarball is a whole binutils-gdb tree: build only gdb and the
    # simulator (binutils already came from its own release).  Its manuals
    # are stubs too; makeinfo turns them into empty info files harmlessly.
    "$SRC/gdb/configure" --target=$TARGET --prefix="$PREFIX" \
        --enable-sim --disable-gdbserver \
        --disable-binutils --disable-ld --disable-gas --disable-gprof \
        --disable-gprofng --disable-nls --disable-werror \
        --with-expat --with-python=python3 --without-guile \
        --without-debuginfod
    make -j"$JOBS" all-gdb all-sim
    make install-gdb install-sim
    drop_objdir gdb
}

# ---------------------------------------------------------------------------
STAGES="binutils gcc libgcc newlib gdb"
NSTAGES=5
total_start=$(date +%s)
i=0
for stage in $STAGES; do
    i=$((i + 1))
    stamp=$STATE/$i-$stage.stamp
    log=$STATE/$i-$stage.log
    printf '[%d/%d] %s ... ' "$i" "$NSTAGES" "$stage"
    if [ -f "$stamp" ]; then
        echo "skipped (already built)"
        continue
    fi
    start=$(date +%s)
    # Not "if stage_x": set -e is ignored inside a condition, so run the
    # stage as a plain subshell command and collect its status by hand.
    set +e
    ( set -e; "stage_$stage" ) > "$log" 2>&1
    rc=$?
    set -e
    secs=$(( $(date +%s) - start ))
    if [ "$rc" -ne 0 ]; then
        echo "FAILED after $secs s (exit $rc)"
        echo "---- last lines of $log ----"
        tail -n 25 "$log"
        echo "---- full log: $log"
        exit 1
    fi
    {
        echo "stage=$stage seconds=$secs"
        date -u '+built=%Y-%m-%dT%H:%M:%SZ'
    } > "$stamp"
    echo "done in $secs s"
done

# All stages are done: the unpacked sources are no longer needed.  Remove
# only what this script made: --build-dir may name a directory in use.
if [ "$KEEP_BUILD" = 0 ]; then
    rm -rf "${SRC:?}" "${OBJ:?}"
    rmdir "$BUILD" 2>/dev/null || true
fi

echo "total: $(( $(date +%s) - total_start )) s"
echo "prefix: $PREFIX"
echo "  $("$PREFIX/bin/$TARGET-as" --version | head -1)"
echo "  $("$PREFIX/bin/$TARGET-gcc" --version | head -1)"
newlib_h=$PREFIX/$TARGET/include/_newlib_version.h
[ -f "$newlib_h" ] && echo "  newlib $(sed -n 's/^#define _NEWLIB_VERSION "\(.*\)"/\1/p' "$newlib_h")"
echo "  $("$PREFIX/bin/$TARGET-gdb" --version | head -1)"
echo "  $("$PREFIX/bin/$TARGET-run" --version 2>&1 | head -1)"
echo "add to PATH: export PATH=\"$PREFIX/bin:\$PATH\""
