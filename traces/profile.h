/* What a run did, accumulated in memory from the machine's hooks: per
 * instruction address, per interrupt vector, per DMA channel, per data object,
 * per low-power mode.  Fixed-size arrays allocated once, so a profile costs a few
 * additions per instruction and its memory does not grow with the run's length;
 * the run database (rundb.c) writes it out at the end. */
#ifndef FERRO_PROFILE_H
#define FERRO_PROFILE_H

#include <stdint.h>
#include <string.h>

#include "../sim/elf_load.h"
#include "../sim/machine.h"

/* The counters of a profile row, a region interval and a DMA channel (the
 * columns of the same names in the database).  "fram" is main and information
 * FRAM; "other" is tiny RAM, BSL, TLV and vacant memory; periph includes mpy32. */
#define FERRO_COUNTS(X)                                                                      \
    X(cycles) X(wait_cycles) X(fram_fetches) X(fram_reads) X(fram_writes) X(sram_fetches)    \
    X(sram_reads) X(sram_writes) X(periph_reads) X(periph_writes) X(other_fetches)           \
    X(other_reads) X(other_writes) X(cache_hits) X(cache_misses) X(mpy32_accesses)

struct ferro_counts {
    uint64_t count; /* executions (profile), instructions (regions), records (DMA) */
#define FERRO_COUNT_FIELD(f) uint64_t f;
    FERRO_COUNTS(FERRO_COUNT_FIELD)
#undef FERRO_COUNT_FIELD
};

#define FERRO_FRAM_SUM(a) ((a)[RG_FRAM] + (a)[RG_INFO])
#define FERRO_OTHER_SUM(a) ((a)[RG_VACANT] + (a)[RG_TINYRAM] + (a)[RG_BSL] + (a)[RG_TLV])

/* Add one step record (everything but count). */
static inline __attribute__((always_inline)) void ferro_counts_add(struct ferro_counts *c,
                                                                   const struct ferro_exec *e,
                                                                   unsigned cycles)
{
    c->cycles += cycles;
    c->wait_cycles += e->wait_cycles;
    c->fram_fetches += (unsigned)FERRO_FRAM_SUM(e->fetch);
    c->fram_reads += (unsigned)FERRO_FRAM_SUM(e->read);
    c->fram_writes += (unsigned)FERRO_FRAM_SUM(e->write);
    c->sram_fetches += e->fetch[RG_SRAM];
    c->sram_reads += e->read[RG_SRAM];
    c->sram_writes += e->write[RG_SRAM];
    c->periph_reads += e->read[RG_PERIPH];
    c->periph_writes += e->write[RG_PERIPH];
    c->other_fetches += (unsigned)FERRO_OTHER_SUM(e->fetch) + e->fetch[RG_PERIPH];
    c->other_reads += (unsigned)FERRO_OTHER_SUM(e->read);
    c->other_writes += (unsigned)FERRO_OTHER_SUM(e->write);
    c->cache_hits += e->fram_hit;
    c->cache_misses += e->fram_miss;
    c->mpy32_accesses += e->mpy32;
}

/* The machine's traffic so far, for differences (regions, the end-of-run check). */
struct ferro_snapshot {
    uint64_t instructions, cycles;
    struct ferro_totals t;
};

/* Now; when a step is in progress (a marker written by an instruction), as of
 * its start, so intervals hold whole steps like the profile does. */
void ferro_snapshot_take(const struct ferro_machine *m, struct ferro_snapshot *s);
/* c = b - a (count = instructions). */
void ferro_counts_between(struct ferro_counts *c, const struct ferro_snapshot *a,
                          const struct ferro_snapshot *b);

/* Instruction addresses 0..PROF_END-1 (everything executable: tiny RAM, info
 * memory, SRAM, lower and upper FRAM) have one slot each (pc >> 1); a slot past
 * the end catches anything else. */
#define PROF_END 0x44000u
#define PROF_SLOTS (PROF_END / 2 + 1)
#define PROF_IRQ_SLOTS 64
#define PROF_DMA_CHANNELS 8

/* Data objects: every ELF data symbol with a size, every device on the
 * peripheral page, and 256-byte ranges for the bytes neither covers. */
#define DATA_RANGE_SHIFT 8
#define DATA_RANGES (PROF_END >> DATA_RANGE_SHIFT)

struct ferro_data_counts {
    uint64_t fram_reads, fram_writes, sram_reads, sram_writes;
    uint64_t periph_reads, periph_writes, other_reads, other_writes;
    uint64_t bytes_read, bytes_written, cache_hits, cache_misses;
};

enum { DATA_RANGE, DATA_OBJECT, DATA_DEVICE };

struct ferro_data_object {
    uint8_t kind;
    const struct ferro_symbol *sym; /* DATA_OBJECT */
    const char *device;             /* DATA_DEVICE: its ops name */
    uint32_t addr, size;            /* a DATA_RANGE past PROF_END covers the rest */
    struct ferro_data_counts c;
};

struct ferro_dma_channel {
    struct ferro_counts c; /* count: EV_DMA records */
    uint64_t triggers, transfers, bytes;
};

/* An instruction address's counters, split by how often they change: every
 * step adds to the hot part (one 64-byte cache line), only steps that read or
 * write data to the other. */
struct ferro_insn_hot {
    uint64_t count, cycles, wait_cycles, fram_fetches, sram_fetches, other_fetches;
    uint64_t cache_hits, cache_misses;
};
struct ferro_insn_data {
    uint64_t fram_reads, fram_writes, sram_reads, sram_writes, periph_reads, periph_writes;
    uint64_t other_reads, other_writes, mpy32_accesses;
};

struct ferro_profile {
    /* What every step touches, side by side. */
    struct ferro_insn_hot *hot;      /* PROF_SLOTS, indexed by pc >> 1, 64-byte aligned */
    struct ferro_insn_data *data;    /* PROF_SLOTS */
    uint64_t steps;                  /* on_step calls: the trace's step numbers */
    void *hot_alloc;
    struct ferro_counts irq[PROF_IRQ_SLOTS]; /* by vector (0xFF80 + 2 i) */
    struct ferro_counts reset;
    struct ferro_dma_channel dma[PROF_DMA_CHANNELS];

    uint32_t *object_of;             /* PROF_END entries: index into objects */
    struct ferro_data_object *objects;
    size_t nobjects;                 /* DATA_RANGES ranges, one beyond, then the rest */

    /* Low-power modes: time seen so far (m->sleep_ps), MCLK cycles that time
     * spans at the MCLK in force, and how often each was left. */
    ferro_ps sleep_seen[5];
    uint64_t sleep_cycles[5], sleep_wakeups[5];
};

/* Allocate (NULL on out of memory); data objects from the image's symbols and
 * the machine's devices. */
struct ferro_profile *ferro_profile_new(const struct ferro_image *img, const struct ferro_machine *m);
void ferro_profile_free(struct ferro_profile *p);

/* Instruction slot i as one record. */
void ferro_profile_insn_counts(const struct ferro_profile *p, size_t i, struct ferro_counts *c);

/* Does the step read or write data?  Most instructions only fetch: they take
 * the short way below (read[] and write[] tested as four 64-bit words). */
static inline int ferro_exec_has_data(const struct ferro_exec *e)
{
    uint64_t w[4];
    _Static_assert(sizeof e->read == 16 && sizeof e->write == 16, "8 regions of uint16_t");
    memcpy(w, e->read, 16);
    memcpy(w + 2, e->write, 16);
    return (w[0] | w[1] | w[2] | w[3]) != 0;
}

/* Account one instruction (the on_step hook's arguments). */
static inline __attribute__((always_inline)) void ferro_profile_insn(struct ferro_profile *p,
                                                                     const struct ferro_exec *e,
                                                                     unsigned cycles)
{
    uint32_t i = e->pc < PROF_END ? e->pc >> 1 : PROF_SLOTS - 1;
    struct ferro_insn_hot *h = &p->hot[i];
    h->count++;
    h->cycles += cycles;
    h->wait_cycles += e->wait_cycles;
    h->fram_fetches += (unsigned)FERRO_FRAM_SUM(e->fetch);
    h->sram_fetches += e->fetch[RG_SRAM];
    h->other_fetches += (unsigned)FERRO_OTHER_SUM(e->fetch) + e->fetch[RG_PERIPH];
    h->cache_hits += e->fram_hit;
    h->cache_misses += e->fram_miss;
    if (!ferro_exec_has_data(e))
        return;
    struct ferro_insn_data *d = &p->data[i];
    d->fram_reads += (unsigned)FERRO_FRAM_SUM(e->read);
    d->fram_writes += (unsigned)FERRO_FRAM_SUM(e->write);
    d->sram_reads += e->read[RG_SRAM];
    d->sram_writes += e->write[RG_SRAM];
    d->periph_reads += e->read[RG_PERIPH];
    d->periph_writes += e->write[RG_PERIPH];
    d->other_reads += (unsigned)FERRO_OTHER_SUM(e->read);
    d->other_writes += (unsigned)FERRO_OTHER_SUM(e->write);
    d->mpy32_accesses += e->mpy32;
}
void ferro_profile_other(struct ferro_profile *p, struct ferro_machine *m, const struct ferro_exec *e,
                         unsigned cycles);

static inline __attribute__((always_inline)) void ferro_profile_step(struct ferro_profile *p,
                                                                     struct ferro_machine *m,
                                                                     const struct ferro_exec *e,
                                                                     unsigned cycles)
{
    p->steps++;
    /* cycles == 0: the step faulted; it did not count as an instruction. */
    if (__builtin_expect(e->event == EV_INSN && cycles != 0, 1))
        ferro_profile_insn(p, e, cycles);
    else
        ferro_profile_other(p, m, e, cycles);
}

/* A data read or write (the on_access hook's arguments). */
static inline void ferro_profile_access(struct ferro_profile *p, uint32_t addr, unsigned kind,
                                        unsigned bytes, unsigned region, int cache)
{
    struct ferro_data_counts *d =
        &p->objects[addr < PROF_END ? p->object_of[addr] : DATA_RANGES].c;
    int w = kind == ACC_WRITE;
    switch (region) {
    case RG_FRAM:
    case RG_INFO: w ? d->fram_writes++ : d->fram_reads++; break;
    case RG_SRAM: w ? d->sram_writes++ : d->sram_reads++; break;
    case RG_PERIPH: w ? d->periph_writes++ : d->periph_reads++; break;
    default: w ? d->other_writes++ : d->other_reads++; break;
    }
    if (w)
        d->bytes_written += bytes;
    else
        d->bytes_read += bytes;
    if (cache >= 0)
        cache ? d->cache_hits++ : d->cache_misses++;
}

/* Bring the sleep accounting up to date (at wake-ups and at the end). */
void ferro_profile_sleep(struct ferro_profile *p, const struct ferro_machine *m);

/* Sum of everything profiled (insn, irq, reset, DMA slots). */
void ferro_profile_sum(const struct ferro_profile *p, struct ferro_counts *sum);

#endif
