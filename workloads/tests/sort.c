/*
 * sort - quicksort of 100 pseudo-random int16 values (xorshift16, shifts
 * 7/9/8, seed 0xACE1) in SRAM, then checks: ascending order, the multiset
 * unchanged (16-bit wrap-around sum and XOR), and min/max/median/sum/XOR
 * against host-computed constants (tests/expected.py).
 *
 * Clock: board_init(16000000), MCLK = SMCLK = 16 MHz, one FRAM wait state.
 *
 * Expected console output (LF line ends):
 *   sort: n=100 min=-32138 max=31725 median=1224 sum=0x3F3A xor=0x5AD4
 *   sort: PASS
 * Exit code (R12): 0 = pass; 1 = generator differs from the host (first
 *   values), 2 = not in order, 3 = sum/XOR changed by the sort, 4 = min/max/
 *   median differ from the host. On failure: "sort: FAIL <code>".
 */
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_util.h"

#define N 100

#define EXP_FIRST0  (-11505)
#define EXP_FIRST1  (-3675)
#define EXP_MIN     (-32138)
#define EXP_MAX     31725
#define EXP_MEDIAN  1224            /* element [50] after sorting */
#define EXP_SUM     0x3F3Au         /* sum of all values, mod 2^16 */
#define EXP_XOR     0x5AD4u

static int16_t data[N];

static uint16_t xorshift16(uint16_t x)
{
    x ^= (uint16_t)(x << 7);
    x ^= x >> 9;
    x ^= (uint16_t)(x << 8);
    return x;
}

static void swap(int16_t *a, int16_t *b)
{
    int16_t t = *a;
    *a = *b;
    *b = t;
}

/* Hoare partition around the middle element; recurse into the smaller part
   and loop on the larger so the stack stays O(log n). */
static void quicksort(int16_t *a, int lo, int hi)
{
    while (lo < hi) {
        int16_t pivot = a[lo + ((hi - lo) >> 1)];
        int i = lo - 1, j = hi + 1;
        for (;;) {
            do i++; while (a[i] < pivot);
            do j--; while (a[j] > pivot);
            if (i >= j)
                break;
            swap(&a[i], &a[j]);
        }
        if (j - lo < hi - j) {
            quicksort(a, lo, j);
            lo = j + 1;
        } else {
            quicksort(a, j + 1, hi);
            hi = j;
        }
    }
}

static void sums(uint16_t *sum, uint16_t *x)
{
    *sum = 0;
    *x = 0;
    for (int i = 0; i < N; i++) {
        *sum += (uint16_t)data[i];
        *x ^= (uint16_t)data[i];
    }
}

static int finish(int code)
{
    return console_verdict("sort", code);
}

int main(void)
{
    board_init(16000000u);
    console_init();

    uint16_t x = 0xACE1u;
    FERRO_OPAQUE(x);                    /* generate at run time */
    for (int i = 0; i < N; i++) {
        x = xorshift16(x);
        data[i] = (int16_t)x;
    }
    if (data[0] != EXP_FIRST0 || data[1] != EXP_FIRST1)
        return finish(1);

    uint16_t sum0, xor0, sum1, xor1;
    sums(&sum0, &xor0);

    quicksort(data, 0, N - 1);

    for (int i = 1; i < N; i++)
        if (data[i - 1] > data[i])
            return finish(2);
    sums(&sum1, &xor1);

    console_puts("sort: n=");
    console_put_u16(N);
    console_puts(" min=");
    console_put_i32(data[0]);
    console_puts(" max=");
    console_put_i32(data[N - 1]);
    console_puts(" median=");
    console_put_i32(data[N / 2]);
    console_puts(" sum=");
    console_put_hex16(sum1);
    console_puts(" xor=");
    console_put_hex16(xor1);
    console_putc('\n');

    if (sum1 != sum0 || xor1 != xor0 || sum1 != EXP_SUM || xor1 != EXP_XOR)
        return finish(3);
    if (data[0] != EXP_MIN || data[N - 1] != EXP_MAX || data[N / 2] != EXP_MEDIAN)
        return finish(4);
    return finish(0);
}
