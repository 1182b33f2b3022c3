# CMake toolchain file: cross-compile MSP430FR5994 firmware with msp430-elf-gcc
# (GCC 12, built by scripts/build-msp430-toolchain.sh) and GNU ld. Unlike
# clang 14, gcc emits MSP430X code (PUSHM/POPM, RPT, RRUX, CALLA/RETA and
# 20-bit pointers in the large model).
#
#   cmake -S workloads -B build-gcc -DFIRMWARE_COMPILER=gcc [-DFERRO_GCC_MODEL=large]
#   cmake -S workloads -B build-gcc \
#         -DCMAKE_TOOLCHAIN_FILE=$PWD/workloads/cmake/msp430-gcc.cmake
#
# The compiler is looked up in FERRO_MSP430_PREFIX/bin (CMake or environment
# variable), then in the script's default prefix
# (${XDG_CACHE_HOME:-~/.cache}/ferro/msp430-elf), then in PATH.
#
# TI's device files (-mmcu=msp430fr5994 wants its msp430fr5994.ld and
# devices.csv) are not part of the toolchain, so the CPU is named directly:
# -mcpu=msp430xv2 is what -mmcu=msp430fr5994 selects (CPUXV2). The memory
# map is our own linker script, as for clang.
#
# FERRO_GCC_MODEL:
#   small  -msmall: 16-bit pointers and return addresses (CALL/RET), code
#          and data below 64 KB; still MSP430X instructions (PUSHM, RPT ...)
#   large  -mlarge -mcode-region=either -mdata-region=either: 20-bit
#          pointers, CALLA/RETA, PUSHM.A/POPM.A; every function and object may
#          end up above 64 KB (GNU ld moves .either.* sections to upper FRAM
#          when lower FRAM or SRAM is full), so gcc reaches globals with
#          20-bit (MOVX/MOVA) addressing.

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR msp430)

set(FERRO_GCC_MODEL small CACHE STRING "msp430-elf-gcc memory model: small or large")
set_property(CACHE FERRO_GCC_MODEL PROPERTY STRINGS small large)
if(NOT FERRO_MSP430_PREFIX AND DEFINED ENV{FERRO_MSP430_PREFIX})
    set(FERRO_MSP430_PREFIX "$ENV{FERRO_MSP430_PREFIX}")
endif()
if(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
    set(_ferro_cache "$ENV{XDG_CACHE_HOME}")
else()
    set(_ferro_cache "$ENV{HOME}/.cache")
endif()
# try_compile projects re-run this file: hand them the same choices.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES FERRO_GCC_MODEL FERRO_MSP430_PREFIX)

find_program(FERRO_MSP430_GCC msp430-elf-gcc
    HINTS "${FERRO_MSP430_PREFIX}/bin" "${_ferro_cache}/ferro/msp430-elf/bin"
    REQUIRED)
get_filename_component(_ferro_gcc_bin "${FERRO_MSP430_GCC}" DIRECTORY)
find_program(FERRO_MSP430_LD msp430-elf-ld HINTS "${_ferro_gcc_bin}" NO_DEFAULT_PATH REQUIRED)

if(FERRO_GCC_MODEL STREQUAL "small")
    set(_ferro_model "-msmall")
elseif(FERRO_GCC_MODEL STREQUAL "large")
    set(_ferro_model "-mlarge -mcode-region=either -mdata-region=either")
else()
    message(FATAL_ERROR "FERRO_GCC_MODEL must be small or large, not '${FERRO_GCC_MODEL}'")
endif()

set(CMAKE_C_COMPILER   "${FERRO_MSP430_GCC}")
set(CMAKE_ASM_COMPILER "${FERRO_MSP430_GCC}")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# -ffreestanding: no libc (fr5994rt has memcpy & co). The source directory is
# mapped away so that the images do not depend on where the tree sits (the
# committed fixtures, which also drop the debug info naming the build
# directory, are rebuilt byte for byte elsewhere).
get_filename_component(_ferro_src "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(_ferro_common "-mcpu=msp430xv2 ${_ferro_model} -D__MSP430FR5994__ -ffile-prefix-map=${_ferro_src}=workloads")
# -gdwarf-4: GNU ld 2.40 cannot relax the ULEB128 address differences of DWARF
# 5's .debug_loclists/.debug_rnglists on MSP430 ("final size of uleb128 value
# ... exceeds available space").  --param=min-pagesize=0: peripheral registers
# live in the first 4 KB, which GCC 12 otherwise takes for null-pointer offsets
# (-Warray-bounds on every register access).
set(CMAKE_C_FLAGS_INIT "${_ferro_common} -ffreestanding -ffunction-sections -fdata-sections -O2 -g -gdwarf-4 --param=min-pagesize=0")
set(CMAKE_ASM_FLAGS_INIT "${_ferro_common} -g -gdwarf-4")

# Link with GNU ld directly, as the clang file does with ld.lld, so that link
# options are plain ld options for both compilers (no -Wl,). The region
# options are deliberately not given to ld: with them it would rename every
# .text/.data input section, the runtime's included, to .either.*. libgcc of
# the matching multilib is searched last, for helpers fr5994rt lacks (such as
# the large model's 20-bit pointer shifts __gnu_mspabi_sllp; the test
# programs need none).
separate_arguments(_ferro_model_list UNIX_COMMAND "-mcpu=msp430xv2 ${_ferro_model}")
execute_process(COMMAND "${FERRO_MSP430_GCC}" ${_ferro_model_list} -print-libgcc-file-name
    OUTPUT_VARIABLE FERRO_MSP430_LIBGCC OUTPUT_STRIP_TRAILING_WHITESPACE)
set(CMAKE_LINKER "${FERRO_MSP430_LD}")
set(CMAKE_C_LINK_EXECUTABLE
    "<CMAKE_LINKER> <CMAKE_C_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES> \"${FERRO_MSP430_LIBGCC}\"")
set(CMAKE_ASM_LINK_EXECUTABLE
    "<CMAKE_LINKER> <CMAKE_ASM_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES> \"${FERRO_MSP430_LIBGCC}\"")
set(CMAKE_C_LINKER_WRAPPER_FLAG "")
set(CMAKE_ASM_LINKER_WRAPPER_FLAG "")
set(CMAKE_EXE_LINKER_FLAGS_INIT "--gc-sections")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
