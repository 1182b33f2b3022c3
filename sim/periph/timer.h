/* Timer_A (SLAU367P chapter 25) and Timer_B (chapter 26): one device serving
 * every instance of the FR5994 table (TA0-TA4, TB0).  See timer.c for what is
 * and is not modelled. */
#ifndef FERRO_TIMER_H
#define FERRO_TIMER_H

#include <stdint.h>

#include "../machine.h"
#include "../sched.h"

#define TIMER_MAX_CCR 7

/* One instance, from its row of the device table (sim/fr5994.c). */
struct timer_config {
    const char *name;      /* "TA0", ... for diagnostics */
    uint8_t nccr;          /* capture/compare blocks: 2, 3 (Timer_A) or 7 (Timer_B) */
    uint8_t type_b;        /* Timer_B: TBxCNTL counter length, compare latches (CLLD) */
    uint16_t vec_ccr0;     /* vector of CCR0 CCIFG (cleared on acceptance) */
    uint16_t vec_iv;       /* vector of the TAxIV/TBxIV sources: CCR1..n CCIFG, TAIFG */
    uint8_t dma_ccr0;      /* DMAxTSEL of CCR0 CCIFG (enum dma_trigger_source), 0: none */
    uint8_t dma_ccr2;      /* DMAxTSEL of CCR2 CCIFG, 0: none */
};

/* The counter is never ticked: it is known at one source-clock edge (the
 * segment start) and computed for any later time from the clock frequency.
 * Source edge s of the current clock falls at epoch + s/hz (rounded down to
 * the picosecond, like the MCLK edges of ferro_now), so a timer clocked from
 * MCLK's oscillator counts exactly the MCLK cycles that ran. */
struct timer {
    const struct timer_config *cfg;
    struct ferro_event ev;   /* the next moment a flag this timer reports gets set */
    uint16_t ctl, ex0;       /* TAxCTL (TACLR never stored), TAxEX0 */
    uint16_t cctl[TIMER_MAX_CCR], ccr[TIMER_MAX_CCR];
    uint16_t cl[TIMER_MAX_CCR]; /* compare values in use: Timer_B's TBxCLn latches;
                                   for Timer_A always equal to TAxCCRn */
    uint8_t cl_pending;      /* bit n: TBxCCRn written, TBxCLn waits for its CLLD event */
    uint8_t cap_unread;      /* bit n: a captured TAxCCRn not read yet (COV logic) */
    uint16_t r;              /* count at the segment start */
    uint8_t down;            /* up/down mode: counting down */
    uint8_t warned;          /* one-time warnings given (bits) */
    uint32_t hz;             /* source clock of the segment; 0: no clock */
    uint32_t phase;          /* source edges already in the divider at s0 */
    ferro_ps epoch;          /* time of source edge 0 */
    uint64_t s0;             /* source edges from epoch to the segment start */
};
extern const struct ferro_device_ops timer_ops;

#endif
