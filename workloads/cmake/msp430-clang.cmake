# CMake toolchain file: cross-compile MSP430FR5994 firmware with clang (LLVM 14)
# and ld.lld. clang 14 generates the classic 16-bit MSP430 ISA only and does
# not know -mmcu=msp430fr5994, so the device is named by a define and the
# memory map comes from our own linker script (workloads/ld/fr5994.ld).
#
#   cmake -S workloads -B build-fw \
#         -DCMAKE_TOOLCHAIN_FILE=$PWD/workloads/cmake/msp430-clang.cmake
# (absolute path: CMake resolves a relative one against the build directory)

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR msp430)

find_program(FERRO_MSP430_CLANG NAMES clang clang-14 REQUIRED)
find_program(FERRO_LD_LLD NAMES ld.lld ld.lld-14 REQUIRED)

set(CMAKE_C_COMPILER   "${FERRO_MSP430_CLANG}")
set(CMAKE_ASM_COMPILER "${FERRO_MSP430_CLANG}")
set(CMAKE_C_COMPILER_TARGET   msp430)
set(CMAKE_ASM_COMPILER_TARGET msp430)

# No hosted C library exists for this target: test the compiler by building a
# static library so CMake's probe never tries to link an executable.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# -ffreestanding: there is no libc; our rt provides memcpy & co itself.
set(CMAKE_C_FLAGS_INIT
    "-D__MSP430FR5994__ -ffreestanding -ffunction-sections -fdata-sections -O2 -g")
set(CMAKE_ASM_FLAGS_INIT "-D__MSP430FR5994__ -g")

# Link with ld.lld directly. clang 14's MSP430 driver always runs
# "msp430-elf-ld" (it ignores -fuse-ld=lld and --ld-path), which Debian does
# not ship. Link flags are therefore plain ld.lld flags (no -Wl,); nothing
# from a standard library is linked (the -nostdlib situation): the fr5994rt
# library provides crt0, the EABI helpers and memcpy & co.
set(CMAKE_LINKER "${FERRO_LD_LLD}")
set(CMAKE_C_LINK_EXECUTABLE
    "<CMAKE_LINKER> <CMAKE_C_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES>")
set(CMAKE_ASM_LINK_EXECUTABLE
    "<CMAKE_LINKER> <CMAKE_ASM_LINK_FLAGS> <LINK_FLAGS> <OBJECTS> -o <TARGET> <LINK_LIBRARIES>")
set(CMAKE_C_LINKER_WRAPPER_FLAG "")     # LINKER:x becomes x, not -Wl,x
set(CMAKE_ASM_LINKER_WRAPPER_FLAG "")
set(CMAKE_EXE_LINKER_FLAGS_INIT "--gc-sections")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
