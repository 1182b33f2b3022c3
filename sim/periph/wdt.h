/* WDT_A watchdog timer at 0x015C (SLAU367P chapter 24).  See wdt.c. */
#ifndef FERRO_WDT_H
#define FERRO_WDT_H

#include <stdint.h>

#include "../machine.h"

struct cs;
struct sfr;

struct wdt {
    uint8_t ctl;         /* WDTCTL low byte (WDTCNTCL is not stored: it reads 0) */
    uint64_t count;      /* counter value at time `since` (clocks of the source) */
    ferro_ps since;      /* when `count` was last brought up to date */
    uint32_t hz;         /* source frequency counted since then; 0: not counting */
    uint64_t target;     /* counter value at which the interval next elapses */
    struct ferro_event expire;
    const struct cs *cs;
    struct sfr *sfr;
};
extern const struct ferro_device_ops wdt_ops;

#endif
