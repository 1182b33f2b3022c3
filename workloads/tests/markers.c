/*
 * markers - region markers on P7 (ferro_regions.h): nested regions around
 * some work, the way layers sit inside an inference. The firmware cannot see
 * the markers; the host check is `ferro run --json`, whose "markers" list
 * must be exactly
 *   [1 begin] [2 begin] [2 end] [3 begin] [4 begin] [4 end] [3 end] [1 end]
 * with rising cycle counts. Writes to P7OUT made before LOCKLPM5 is cleared
 * reach no pin and must not show up as markers.
 *
 * Clock: board_init(1000000).
 * Expected console output (LF line ends):
 *   markers: sum=4950
 *   markers: PASS
 * Exit code (R12): 0 = pass, 1 = wrong sum.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_regions.h"
#include "ferro_util.h"

static uint16_t work(uint16_t n)
{
    uint16_t sum = 0;
    FERRO_OPAQUE(n);
    for (uint16_t i = 0; i < n; i++)
        sum += i;
    return sum;
}

int main(void)
{
    /* Pins still locked: these writes are not markers. */
    P7DIR = 0xFF;
    P7OUT = 9;
    P7OUT = 0;

    board_init(1000000u);
    console_init();
    regions_init();

    uint16_t sum = 0;
    region_begin(1);
    region_begin(2);
    sum += work(40);
    region_end();
    region_begin(3);
    region_begin(4);
    sum += work(60);
    region_end();
    sum += work(100) - work(40) - work(60);
    region_end();
    region_end();

    console_puts("markers: sum=");
    console_put_u16(sum);
    console_putc('\n');
    if (sum != 4950)
        return 1;
    console_puts("markers: PASS\n");
    console_flush();
    return 0;
}
