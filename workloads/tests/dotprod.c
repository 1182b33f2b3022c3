/*
 * dotprod - Q15 dot product of two 32-element vectors in FRAM: every term is a
 * 16x16->32 signed multiply (clang calls __mspabi_mpyl, or with
 * -mhwmult=f5series __mspabi_mpyl_f5hw, which drives MPY32), summed in int32
 * (the host checked that no partial sum overflows). Also a 16x16->16
 * weighted checksum sum(i * a[i]) (__mspabi_mpyi / __mspabi_mpyi_f5hw).
 *
 * Built twice by CMakeLists.txt: dotprod_sw.elf (software multiply) and
 * dotprod_hw.elf (HWMULT f5series, defines FERRO_HWMULT_F5).
 * Clock: board_init(8000000), MCLK = SMCLK = 8 MHz.
 * Expected values from tests/expected.py:
 *   acc (Q30) = 1639622213, mean of the 32 products in Q15 = 1564,
 *   weighted checksum = 0xB1A0.
 *
 * Expected console output (LF line ends), <v> = "sw" or "hw":
 *   dotprod <v>: acc=1639622213 mean_q15=1564 w=0xB1A0
 *   dotprod <v>: PASS
 * Exit code (R12): 0 = pass; 1 = acc wrong, 2 = mean wrong, 3 = weighted
 *   checksum wrong. On failure: "dotprod <v>: FAIL <code>".
 * (mspdebug's sim has no MPY32: dotprod_hw gives wrong products there.)
 */
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_util.h"

#ifdef FERRO_HWMULT_F5
#define VARIANT "dotprod hw"
#else
#define VARIANT "dotprod sw"
#endif

#define EXP_ACC       1639622213L
#define EXP_MEAN_Q15  1564
#define EXP_WEIGHTED  0xB1A0u

/* a = 0.25 sin(2 pi i/32), b = 0.4 sin(2 pi i/32 + 0.3) - 0.03 (i mod 5), Q15 */
static const int16_t vec_a[32] = {
         0,   1598,   3135,   4551,   5793,   6811,   7568,   8035,
      8192,   8035,   7568,   6811,   5793,   4551,   3135,   1598,
         0,  -1598,  -3135,  -4551,  -5793,  -6811,  -7568,  -8035,
     -8192,  -8035,  -7568,  -6811,  -5793,  -4551,  -3135,  -1598,
};
static const int16_t vec_b[32] = {
      3873,   5259,   6404,   7228,   7661,  12563,  12068,  11071,
      9573,   7593,  10086,   7276,   4149,    787,  -2719,  -1356,
     -4856,  -8208, -11320, -14110, -11593, -13546, -15017, -15986,
    -16454, -11526, -11069, -10226,  -9064,  -7668,  -1213,    373,
};

static int32_t dot_q15(const int16_t *a, const int16_t *b, int n)
{
    int32_t acc = 0;
    for (int i = 0; i < n; i++)
        acc += (int32_t)a[i] * b[i];
    return acc;
}

static uint16_t weighted(const int16_t *a, int n)
{
    uint16_t w = 0;
    for (int i = 0; i < n; i++)
        w += (uint16_t)i * (uint16_t)a[i];
    return w;
}

static int finish(int code)
{
    return console_verdict(VARIANT, code);
}

int main(void)
{
    board_init(8000000u);
    console_init();

    /* Opaque pointers, or clang folds the whole computation at -O2. */
    const int16_t *a = vec_a, *b = vec_b;
    FERRO_OPAQUE(a);
    FERRO_OPAQUE(b);

    int32_t acc = dot_q15(a, b, 32);
    /* mean of the 32 Q30 products, rounded, in Q15: (acc + 2^19) >> 20 */
    int16_t mean = (int16_t)((acc + (1L << 19)) >> 20);
    uint16_t w = weighted(a, 32);

    console_puts(VARIANT ": ");
    console_puts("acc=");
    console_put_i32(acc);
    console_puts(" mean_q15=");
    console_put_i32(mean);
    console_puts(" w=");
    console_put_hex16(w);
    console_putc('\n');

    if (acc != EXP_ACC)
        return finish(1);
    if (mean != EXP_MEAN_Q15)
        return finish(2);
    if (w != EXP_WEIGHTED)
        return finish(3);
    return finish(0);
}
