/*
 * ferro_regions.h - mark code regions on a GPIO port, for Ferro and for a
 * logic analyzer on a board.
 *
 * Protocol (Ferro decodes it in sim/periph/gpio.c; see workloads/README.md):
 * the 8 pins of P7 carry a region id.  With P7DIR = 0xFF, P7SEL0 = P7SEL1 = 0
 * and LOCKLPM5 cleared, writing v != 0 to P7OUT begins region v (1..255) and
 * writing 0 ends the innermost open region; regions nest (layers inside an
 * inference), 64 deep in Ferro.  Ferro records each begin/end with the cycle
 * count (`ferro run --json`: "markers": [[id, begin, cycles], ...]).
 *
 * The helpers compile to one register write each, valid on a board.  There a
 * logic analyzer sees pin levels, not writes: an end that follows another end
 * does not change the pins, so a board-side decoder of nested regions must
 * know the nesting (e.g. distinct ids per level).
 *
 * Usage: board_init() (clears LOCKLPM5), regions_init(), then
 *   region_begin(1); ... region_begin(2); ... region_end(); ... region_end();
 */
#ifndef FERRO_REGIONS_H
#define FERRO_REGIONS_H

#include <stdint.h>

#include "fr5994.h"

/* P7 as 8 GPIO outputs, all low (no region open).  Once configured it is left
   alone: writing 0 again would be a region end. */
static inline void regions_init(void)
{
    if (P7DIR == 0xFF && !(P7SEL0 | P7SEL1))
        return;
    P7OUT = 0;
    P7SEL0 = 0;
    P7SEL1 = 0;
    P7DIR = 0xFF;
}

/* Begin region `id` (1..255). */
static inline void region_begin(uint8_t id)
{
    P7OUT = id;
}

/* End the innermost open region. */
static inline void region_end(void)
{
    P7OUT = 0;
}

#endif /* FERRO_REGIONS_H */
