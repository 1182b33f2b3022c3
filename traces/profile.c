/* In-memory run profile (profile.h). */
#include "profile.h"

#include <stdlib.h>
#include <string.h>

/* Give [addr, addr + size) to a new object where no object has it yet (the
 * first claim wins: aliases and overlaps keep the earlier one). */
static struct ferro_data_object *claim(struct ferro_profile *p, uint32_t addr, uint32_t size)
{
    uint32_t end = addr + size < PROF_END ? addr + size : PROF_END;
    uint32_t idx = (uint32_t)p->nobjects, claimed = 0;
    for (uint32_t a = addr; a < end; a++)
        if (p->object_of[a] < DATA_RANGES) {
            p->object_of[a] = idx;
            claimed++;
        }
    if (!claimed)
        return NULL;
    struct ferro_data_object *o = &p->objects[p->nobjects++];
    o->addr = addr;
    o->size = size;
    return o;
}

struct ferro_profile *ferro_profile_new(const struct ferro_image *img, const struct ferro_machine *m)
{
    struct ferro_profile *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    /* calloc: pages of code that never runs are never touched, so the resident
     * size follows the code actually executed. */
    p->hot_alloc = calloc(PROF_SLOTS + 1, sizeof *p->hot);
    p->hot = (void *)(((uintptr_t)p->hot_alloc + 63) & ~(uintptr_t)63);
    p->data = calloc(PROF_SLOTS, sizeof *p->data);
    p->object_of = malloc(PROF_END * sizeof *p->object_of);
    size_t nsyms = img ? img->nsyms : 0;
    p->objects = calloc(DATA_RANGES + 1 + nsyms + FERRO_MAX_DEVICES, sizeof *p->objects);
    if (!p->hot_alloc || !p->data || !p->object_of || !p->objects) {
        ferro_profile_free(p);
        return NULL;
    }
    for (uint32_t a = 0; a < PROF_END; a++)
        p->object_of[a] = a >> DATA_RANGE_SHIFT;
    for (uint32_t i = 0; i <= DATA_RANGES; i++) {
        p->objects[i].addr = i << DATA_RANGE_SHIFT;
        p->objects[i].size = i < DATA_RANGES ? 1u << DATA_RANGE_SHIFT : FERRO_MEM_SIZE - PROF_END;
    }
    p->nobjects = DATA_RANGES + 1;
    for (size_t i = 0; i < nsyms; i++) {
        const struct ferro_symbol *s = &img->syms[i];
        struct ferro_data_object *o;
        if (s->kind == 'O' && s->size && s->addr < PROF_END && (o = claim(p, s->addr, s->size))) {
            o->kind = DATA_OBJECT;
            o->sym = s;
        }
    }
    for (int i = 0; m && i < m->ndevices; i++) {
        const struct ferro_device *dev = &m->devices[i];
        struct ferro_data_object *o = claim(p, dev->base, dev->size);
        if (o) {
            o->kind = DATA_DEVICE;
            o->device = dev->ops->name;
        }
    }
    return p;
}

void ferro_profile_free(struct ferro_profile *p)
{
    if (!p)
        return;
    free(p->hot_alloc);
    free(p->data);
    free(p->object_of);
    free(p->objects);
    free(p);
}

void ferro_profile_sleep(struct ferro_profile *p, const struct ferro_machine *m)
{
    for (int i = 0; i < 5; i++) {
        ferro_ps d = m->sleep_ps[i] - p->sleep_seen[i];
        if (!d)
            continue;
        /* MCLK does not change while the CPU sleeps (only firmware writes CS). */
        p->sleep_cycles[i] += (uint64_t)((unsigned __int128)d * m->mclk_hz / FERRO_PS_PER_S);
        p->sleep_wakeups[i]++;
        p->sleep_seen[i] = m->sleep_ps[i];
    }
}

void ferro_profile_other(struct ferro_profile *p, struct ferro_machine *m, const struct ferro_exec *e,
                         unsigned cycles)
{
    /* A faulting step (cycles 0) executed nothing, but the bus counted what it
     * touched before the fault: keep the traffic, not the execution. */
    int executed = !(cycles == 0 && m->state == FERRO_FAULT);
    struct ferro_counts *c;
    switch (e->event) {
    case EV_INSN:
        ferro_profile_insn(p, e, cycles);
        if (!executed) /* its traffic stays; it was no execution */
            p->hot[e->pc < PROF_END ? e->pc >> 1 : PROF_SLOTS - 1].count--;
        return;
    case EV_IRQ:
        ferro_profile_sleep(p, m); /* an interrupt is what wakes the CPU */
        c = &p->irq[(e->vector - 0xFF80u) / 2 % PROF_IRQ_SLOTS];
        break;
    case EV_DMA: {
        struct ferro_dma_channel *ch = &p->dma[e->vector % PROF_DMA_CHANNELS];
        c = &ch->c;
        ch->triggers += executed && e->op != DMA_REC_CONT;
        ch->transfers += e->n;
        ch->bytes += (uint64_t)e->n * (e->width == W_BYTE ? 1 : 2);
        break;
    }
    default:
        c = &p->reset;
        break;
    }
    c->count += executed;
    ferro_counts_add(c, e, cycles);
}

void ferro_profile_insn_counts(const struct ferro_profile *p, size_t i, struct ferro_counts *c)
{
    const struct ferro_insn_hot *h = &p->hot[i];
    const struct ferro_insn_data *d = &p->data[i];
    *c = (struct ferro_counts){
        .count = h->count, .cycles = h->cycles, .wait_cycles = h->wait_cycles,
        .fram_fetches = h->fram_fetches, .fram_reads = d->fram_reads, .fram_writes = d->fram_writes,
        .sram_fetches = h->sram_fetches, .sram_reads = d->sram_reads, .sram_writes = d->sram_writes,
        .periph_reads = d->periph_reads, .periph_writes = d->periph_writes,
        .other_fetches = h->other_fetches, .other_reads = d->other_reads,
        .other_writes = d->other_writes, .cache_hits = h->cache_hits,
        .cache_misses = h->cache_misses, .mpy32_accesses = d->mpy32_accesses,
    };
}

static void counts_sum(struct ferro_counts *s, const struct ferro_counts *c)
{
    s->count += c->count;
#define ADD(f) s->f += c->f;
    FERRO_COUNTS(ADD)
#undef ADD
}

void ferro_profile_sum(const struct ferro_profile *p, struct ferro_counts *sum)
{
    memset(sum, 0, sizeof *sum);
    for (size_t i = 0; i < PROF_SLOTS; i++) {
        struct ferro_counts c;
        ferro_profile_insn_counts(p, i, &c);
        counts_sum(sum, &c);
    }
    for (size_t i = 0; i < PROF_IRQ_SLOTS; i++)
        counts_sum(sum, &p->irq[i]);
    for (size_t i = 0; i < PROF_DMA_CHANNELS; i++)
        counts_sum(sum, &p->dma[i].c);
    counts_sum(sum, &p->reset);
}

void ferro_snapshot_take(const struct ferro_machine *m, struct ferro_snapshot *s)
{
    s->instructions = m->instructions;
    s->cycles = m->cycles;
    s->t = m->totals;
    const struct ferro_exec *e = m->cur;
    if (e == &m->scratch) /* between steps: nothing in progress */
        return;
    for (int r = 0; r < RG_COUNT; r++) {
        s->t.fetch[r] -= e->fetch[r];
        s->t.read[r] -= e->read[r];
        s->t.write[r] -= e->write[r];
    }
    s->t.fram_hit -= e->fram_hit;
    s->t.fram_miss -= e->fram_miss;
    s->t.mpy32 -= e->mpy32;
}

void ferro_counts_between(struct ferro_counts *c, const struct ferro_snapshot *a,
                          const struct ferro_snapshot *b)
{
    const struct ferro_totals *x = &a->t, *y = &b->t;
#define D(f) (y->f - x->f)
    c->count = b->instructions - a->instructions;
    c->cycles = b->cycles - a->cycles;
    c->wait_cycles = D(wait_cycles);
    c->fram_fetches = D(fetch[RG_FRAM]) + D(fetch[RG_INFO]);
    c->fram_reads = D(read[RG_FRAM]) + D(read[RG_INFO]);
    c->fram_writes = D(write[RG_FRAM]) + D(write[RG_INFO]);
    c->sram_fetches = D(fetch[RG_SRAM]);
    c->sram_reads = D(read[RG_SRAM]);
    c->sram_writes = D(write[RG_SRAM]);
    c->periph_reads = D(read[RG_PERIPH]);
    c->periph_writes = D(write[RG_PERIPH]);
    c->other_fetches = FERRO_OTHER_SUM(y->fetch) - FERRO_OTHER_SUM(x->fetch) + D(fetch[RG_PERIPH]);
    c->other_reads = FERRO_OTHER_SUM(y->read) - FERRO_OTHER_SUM(x->read);
    c->other_writes = FERRO_OTHER_SUM(y->write) - FERRO_OTHER_SUM(x->write);
    c->cache_hits = D(fram_hit);
    c->cache_misses = D(fram_miss);
    c->mpy32_accesses = D(mpy32);
#undef D
}
