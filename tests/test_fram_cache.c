/* FRAM cache and wait states: the replacement policy shows in the miss pattern,
 * and a loop's cycles and time at 8 MHz/NWAITS 0, 16 MHz/NWAITS 1 and from SRAM
 * are exactly what the model predicts. */
#include <stdio.h>
#include <string.h>

#include "sim/machine.h"

#include "check.h"

static void words(struct ferro_machine *m, uint32_t addr, const uint16_t *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t b[2] = {(uint8_t)w[i], (uint8_t)(w[i] >> 8)};
        ferro_poke(m, addr + 2 * (uint32_t)i, b, 2);
    }
}

/* A machine whose reset vector points at `entry`, reset, with MCLK fixed. */
static struct ferro_machine *machine_at(uint32_t mclk, const struct fram_cache_config *cache,
                                        uint32_t entry)
{
    struct ferro_config cfg = {0};
    cfg.mclk_hz = mclk;
    if (cache)
        cfg.fram_cache = *cache;
    struct ferro_machine *m = ferro_new(&cfg);
    uint16_t v = (uint16_t)entry;
    words(m, 0xFFFE, &v, 1);
    return m;
}

/* Policy: lines A B A C B all in set 0 of a 2-set x 2-way cache of 8-byte lines.
 * LRU: A miss, B miss, A hit, C evicts B (least recently used), B miss: 4.
 * FIFO: A miss, B miss, A hit, C evicts A (first in), B hit: 3. */
static void policy_pattern(void)
{
    const uint32_t A = 0x5000, B = 0x5010, C = 0x5020; /* line numbers even: set 0 */
    const uint32_t seq[] = {A, B, A, C, B};
    for (int fifo = 0; fifo <= 1; fifo++) {
        struct fram_cache c;
        struct fram_cache_config cfg = {2, 2, 8, fifo ? FRAM_CACHE_FIFO : FRAM_CACHE_LRU};
        char err[128];
        if (fram_cache_init(&c, &cfg, err, sizeof err) != 0) {
            fprintf(stderr, "%s\n", err);
            failures++;
            return;
        }
        int misses = 0;
        for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++)
            misses += !fram_cache_read(&c, seq[i]);
        CHECK_EQ(fifo ? "FIFO misses" : "LRU misses", misses, fifo ? 3 : 4);
        /* another word of a cached line hits; a write drops the line */
        CHECK_EQ("same line hits", fram_cache_read(&c, B + 6), 1);
        fram_cache_write(&c, B + 2);
        CHECK_EQ("after write", fram_cache_read(&c, B), 0);
    }
}

/* The same pattern as data reads made by firmware running from SRAM (so its
 * instruction fetches do not touch the cache), counted by the machine:
 *   mov &A,r4; mov &B,r4; mov &A,r4; mov &C,r4; mov &B,r4; halt */
static void policy_through_the_bus(void)
{
    const uint16_t prog[] = {0x4214, 0x5000, 0x4214, 0x5010, 0x4214, 0x5000, 0x4214, 0x5020,
                             0x4214, 0x5010, 0xD032, 0x00F0};
    for (int fifo = 0; fifo <= 1; fifo++) {
        struct fram_cache_config cfg = {2, 2, 8, fifo ? FRAM_CACHE_FIFO : FRAM_CACHE_LRU};
        struct ferro_machine *m = machine_at(8000000, &cfg, 0x2000);
        words(m, 0x2000, prog, sizeof prog / sizeof prog[0]);
        ferro_reset(m);
        uint64_t before = m->totals.fram_miss; /* the reset vector read */
        CHECK_EQ("halted", ferro_run(m, NULL), STOP_HALT);
        CHECK_EQ(fifo ? "FIFO data misses" : "LRU data misses", m->totals.fram_miss - before,
                 fifo ? 3 : 4);
        CHECK_EQ("data reads", m->totals.read[RG_FRAM], 5 + 1);
        ferro_free(m);
    }
}

/* Loop: mov #100,r15 / dec r15 / jnz -2 / bis #0xF0,sr.
 * Table cycles: 2 + 100 x (1 + 2) + 2 = 304.  From FRAM at 0x4400 the code spans
 * two 8-byte lines (0x4400, 0x4408): 2 misses, everything else hits. */
static void loop_timing(void)
{
    const uint16_t loop[] = {0x403F, 100, 0x831F, 0x23FE, 0xD032, 0x00F0};
    struct {
        const char *name;
        uint32_t where, mclk;
        unsigned nwaits;
        unsigned long long cycles, misses, time_ps;
    } runs[] = {
        {"FRAM 8 MHz NWAITS 0", 0x4400, 8000000, 0, 304, 2, 304ull * 125000},
        {"FRAM 16 MHz NWAITS 1", 0x4400, 16000000, 1, 306, 2, 306ull * 62500},
        {"SRAM 16 MHz NWAITS 1", 0x2000, 16000000, 1, 304, 0, 304ull * 62500},
    };
    for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
        struct ferro_machine *m = machine_at(runs[i].mclk, NULL, runs[i].where);
        words(m, runs[i].where, loop, sizeof loop / sizeof loop[0]);
        ferro_reset(m);
        ferro_set_nwaits(m, runs[i].nwaits);
        uint64_t c0 = m->cycles, miss0 = m->totals.fram_miss;
        ferro_ps t0 = ferro_now(m);
        CHECK_EQ("halted", ferro_run(m, NULL), STOP_HALT);
        fprintf(stderr, "%s: %llu cycles, %llu misses\n", runs[i].name,
                (unsigned long long)(m->cycles - c0), (unsigned long long)(m->totals.fram_miss - miss0));
        CHECK_EQ(runs[i].name, m->cycles - c0, runs[i].cycles);
        CHECK_EQ("misses", m->totals.fram_miss - miss0, runs[i].misses);
        CHECK_EQ("wait cycles", m->totals.wait_cycles, runs[i].misses * runs[i].nwaits);
        CHECK_EQ("time (ps)", ferro_now(m) - t0, runs[i].time_ps);
        ferro_free(m);
    }
}

int main(void)
{
    policy_pattern();
    policy_through_the_bus();
    loop_timing();
    return failures != 0;
}
