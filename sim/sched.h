/* Event scheduler: peripherals ask to be called back at a point in simulated
 * time instead of being ticked every instruction (mGBA's mTiming idea).  The run
 * loop executes instructions up to the MCLK cycle of the earliest event, then
 * services every event that is due. */
#ifndef FERRO_SCHED_H
#define FERRO_SCHED_H

#include <stdint.h>

struct ferro_machine;

/* Simulated time is kept in picoseconds: 2^64 ps is 213 days. */
typedef uint64_t ferro_ps;
#define FERRO_PS_PER_S 1000000000000ull
#define FERRO_NEVER UINT64_MAX

struct ferro_event {
    ferro_ps when;
    void (*fire)(struct ferro_machine *m, void *ctx);
    void *ctx;
    const char *name;
    struct ferro_event *next; /* list sorted by `when` */
    int queued;
};

/* Queue (or move) ev to fire at absolute time `when`. */
void ferro_schedule(struct ferro_machine *m, struct ferro_event *ev, ferro_ps when);
void ferro_unschedule(struct ferro_machine *m, struct ferro_event *ev);

/* Time of the earliest queued event, FERRO_NEVER when none. */
ferro_ps ferro_next_event(const struct ferro_machine *m);

/* Fire every event due at or before the current time. */
void ferro_service_events(struct ferro_machine *m);

/* Time of `ticks` periods of a clock of `hz` after `base`, rounded up to the
 * next picosecond, computed from the base so nothing drifts. */
ferro_ps ferro_ticks_to_ps(ferro_ps base, uint64_t ticks, uint32_t hz);
/* Whole periods of a clock of `hz` in the interval [base, now]. */
uint64_t ferro_ps_to_ticks(ferro_ps base, ferro_ps now, uint32_t hz);

#endif
