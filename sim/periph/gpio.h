/* Digital I/O ports P1..P8 and PJ (SLAU367P chapter 12), and the region markers
 * decoded from writes to one of them.  See gpio.c for what is modelled.
 *
 * Region marker protocol (also in workloads/include/ferro_regions.h and
 * workloads/README.md).  The marker port is ferro_config.marker_port (7 by
 * default in `ferro run`: P7 at 0x0262).  Its 8 output pins carry a region id:
 *   - every write that stores a value v into the marker port's PxOUT (a byte
 *     write to PxOUT, or a word write to the port pair's OUT register) while
 *     PxDIR = 0xFF, PxSEL0 = PxSEL1 = 0 and PM5CTL0.LOCKLPM5 is clear is decoded;
 *   - v != 0 begins region v (ids 1..255) and pushes it on a stack of open regions;
 *   - v == 0 ends the innermost open region (its id is reported with the end);
 *     an end with no region open is reported as a diagnostic and ignored;
 *   - regions nest up to GPIO_MARKER_DEPTH deep; a begin beyond that is reported
 *     once and dropped together with its matching end;
 *   - a reset closes every open region (ends, innermost first, at the reset),
 *     as the pins fall back to inputs;
 *   - writes while the port is not configured as above are not decoded: on a
 *     board the pins would not show them either.
 * Each begin or end calls ferro_marker(m, id, begin).  Ferro sees writes, not
 * pin edges: writing the same value twice counts twice (two ends in a row close
 * two regions), where a logic analyzer on a board sees one level. */
#ifndef FERRO_GPIO_H
#define FERRO_GPIO_H

#include <stdint.h>

#include "../machine.h"

#define GPIO_MARKER_DEPTH 64

/* One row of the device table: a port pair (P1/P2 at 0x0200, ...) or PJ. */
struct gpio_config {
    uint8_t port[2];    /* port numbers of the low and high byte (PJ: 10, 0) */
    uint16_t vector[2]; /* their interrupt vectors (0: the port has none) */
};

/* One 8-bit port. */
struct gpio_port {
    uint8_t out, dir, ren, sel0, sel1, ies, ie, ifg;
    uint8_t pins; /* pin levels as last seen by the edge detector */
};

struct gpio {
    const struct gpio_config *cfg;
    struct gpio_port port[2]; /* [0] low byte (odd port or PJ), [1] high byte */
    const struct pmm *pmm;    /* for LOCKLPM5 */
    int marker;               /* index in port[] of the marker port, -1: none here */
    uint8_t open[GPIO_MARKER_DEPTH]; /* ids of the open regions, innermost last */
    unsigned depth;                  /* open regions (may exceed GPIO_MARKER_DEPTH) */
    int warned_depth;
};
extern const struct ferro_device_ops gpio_ops;

/* The PMM cleared LOCKLPM5: pins take the configured state (edges may set PxIFG). */
void gpio_io_unlocked(struct ferro_machine *m);

#endif
