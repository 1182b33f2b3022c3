/*
 * unit_platform.h - where the UnIT runtime keeps its data, and the hooks that
 * differ between the MSP430 firmware and the host reference.
 *
 *   UNIT_FRAM      always in FRAM (section .persistent, written in place and
 *                  kept across resets): the configuration and the report.
 *   UNIT_NV        the inference state: layer outputs (double-buffered), loop
 *                  progress, partial counters. FRAM by default, so an
 *                  inference survives a power failure (as in SONIC); SRAM
 *                  (.bss, cleared at boot) when built with -DUNIT_SRAM_STATE,
 *                  the continuously powered case.
 *   UNIT_FAR_DATA  large constant data (the test images) in upper FRAM
 *                  (0x10000-), which clang's 16-bit code cannot address
 *                  directly: read it with unit_far_copy() (far.S).
 *
 * UNIT_CHECKPOINT() separates persistent writes whose order matters: on the
 * MSP430 a compiler barrier, on the host the place where the tests inject
 * power failures (host/unit_host.c --power-fail). On the host all three
 * placements are ordinary variables.
 */
#ifndef UNIT_PLATFORM_H
#define UNIT_PLATFORM_H

#include <stdint.h>

#if defined(__MSP430__)

#include "ferro_regions.h"

#define UNIT_FRAM __attribute__((section(".persistent")))
#ifdef UNIT_SRAM_STATE
#define UNIT_NV
#else
#define UNIT_NV UNIT_FRAM
#endif
#define UNIT_FAR_DATA __attribute__((section(".upper.rodata.unit"), used))
#define UNIT_REGION_BEGIN(id) region_begin(id)
#define UNIT_REGION_END() region_end()
/* Persistent writes must reach FRAM in program order: a compiler barrier
 * (the CPU itself writes in order). */
#define UNIT_CHECKPOINT() __asm__ volatile("" ::: "memory")

#if defined(FERRO_HWMULT_F5) && !defined(UNIT_MUL_CALL)
/* Dot products accumulate in the MPY32 itself (signed multiply-accumulate,
 * SLAU367P chapter "32-Bit Hardware Multiplier"): two register writes per
 * MAC, no call, no 32-bit add in software. Nothing between UNIT_DOT_BEGIN
 * and UNIT_DOT_END may multiply (the kernel's window loops use pointer
 * increments only), and no interrupt handler may use the MPY32. */
#define UNIT_DOT_DECL
#define UNIT_DOT_BEGIN() \
    do {                 \
        RESLO = 0;       \
        RESHI = 0;       \
    } while (0)
#define UNIT_DOT_MAC(x, w)              \
    do {                                \
        MACS = (uint16_t)(x);           \
        OP2 = (uint16_t)(int16_t)(w);   \
    } while (0)
#define UNIT_DOT_END() ((int32_t)((uint32_t)RESHI << 16 | RESLO))
#endif

/* 16x16 -> 32-bit signed multiply: the TI EABI helper __mspabi_mpysl (MPY32
 * flavour _f5hw with -mhwmult=f5series). Written explicitly because clang 14
 * widens (int32_t)a * b to a 32x32 multiply, after a ten-instruction sign
 * extension per operand. */
int32_t __mspabi_mpysl(int16_t a, int16_t b);
int32_t __mspabi_mpysl_f5hw(int16_t a, int16_t b);
#ifdef FERRO_HWMULT_F5
#define UNIT_MUL(a, b) __mspabi_mpysl_f5hw((a), (b))
#else
#define UNIT_MUL(a, b) __mspabi_mpysl((a), (b))
#endif

/* Copy n bytes from a 20-bit FRAM address to dst (far.S: MOVA/MOVX.B). */
void unit_far_copy(uint32_t src, uint8_t *dst, uint16_t n);

#else /* host */

#define UNIT_FRAM
#define UNIT_NV
#define UNIT_FAR_DATA
#define UNIT_MUL(a, b) ((int32_t)(a) * (b))
#define UNIT_REGION_BEGIN(id) ((void)(id))
#define UNIT_REGION_END() ((void)0)
/* Called at every point where a power failure may hit between two
 * persistent writes; NULL: nothing. */
extern void (*unit_host_checkpoint_hook)(void);
/* Model a power failure: scramble everything that would live in SRAM. */
void unit_host_power_loss(void);
#define UNIT_CHECKPOINT()                 \
    do {                                  \
        if (unit_host_checkpoint_hook)    \
            unit_host_checkpoint_hook();  \
    } while (0)

#endif

/* Elsewhere (host, software multiplies, -DUNIT_MUL_CALL): a C accumulator. */
#ifndef UNIT_DOT_DECL
#define UNIT_DOT_DECL int32_t unit_dot_acc
#define UNIT_DOT_BEGIN() (unit_dot_acc = 0)
#define UNIT_DOT_MAC(x, w) (unit_dot_acc += UNIT_MUL((x), (w)))
#define UNIT_DOT_END() (unit_dot_acc)
#endif

#endif /* UNIT_PLATFORM_H */
