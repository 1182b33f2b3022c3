/* The FRAM read cache of the FR5994's FRAM controller.  Every FRAM instruction
 * fetch and data read looks it up; a miss loads a whole line from the array and
 * costs the controller's wait states (the cost model prices it).
 *
 * Geometry and policy: TI documents only that the FR5994 has a cache; the detailed
 * model is the one the Fused simulator (ISPASS 2020) calibrated on an FR5994 board
 * (../shared/reference/fr5994.md): 2 sets x 2 ways of 64-bit lines, LRU, writes go
 * to the array and a write hit invalidates the line.  Everything is configurable. */
#ifndef FERRO_FRAM_CACHE_H
#define FERRO_FRAM_CACHE_H

#include <stdint.h>

#define FRAM_CACHE_MAX_SETS 64
#define FRAM_CACHE_MAX_WAYS 8

enum fram_cache_policy { FRAM_CACHE_LRU, FRAM_CACHE_FIFO, FRAM_CACHE_OFF };

struct fram_cache_config {
    uint16_t sets, ways, line_bytes; /* powers of two */
    uint8_t policy;                  /* enum fram_cache_policy */
};

struct fram_cache {
    struct fram_cache_config cfg;
    unsigned line_shift, set_mask;
    uint32_t last_key; /* line key of the newest lookup: hitting it again changes nothing */
    /* tag[set][way]: line address + 1 (0 = invalid); age[set][way]: 0 = newest */
    uint32_t tag[FRAM_CACHE_MAX_SETS][FRAM_CACHE_MAX_WAYS];
    uint8_t age[FRAM_CACHE_MAX_SETS][FRAM_CACHE_MAX_WAYS];
};

extern const struct fram_cache_config fram_cache_default;

/* Check and apply a configuration; -1 (and a message) when it is not valid. */
int fram_cache_init(struct fram_cache *c, const struct fram_cache_config *cfg, char *err, size_t n);
void fram_cache_flush(struct fram_cache *c);
/* Parse "off", "SETSxWAYSxLINE" or "SETSxWAYSxLINE,lru|fifo" (e.g. "2x2x8,lru"). */
int fram_cache_parse(const char *s, struct fram_cache_config *cfg);

/* A read or fetch of FRAM: 1 on a hit, 0 on a miss (the line is then loaded). */
int fram_cache_lookup(struct fram_cache *c, uint32_t addr);

/* Fast path: sequential fetches mostly stay in the line looked up last, which is
 * the newest of its set, so a hit there needs no bookkeeping (LRU or FIFO). */
static inline int fram_cache_read(struct fram_cache *c, uint32_t addr)
{
    if ((addr >> c->line_shift) + 1 == c->last_key)
        return 1;
    return fram_cache_lookup(c, addr);
}
/* A write to FRAM: the array is written; a cached copy of the line is dropped. */
void fram_cache_write(struct fram_cache *c, uint32_t addr);

#endif
