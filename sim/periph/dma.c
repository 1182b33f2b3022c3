/* DMA controller (SLAU367P chapter 11, "Direct Memory Access (DMA) Controller"),
 * six channels on the FR5994 (SLASE54D, DMA section and table 9-11).
 *
 * Registers (offsets from base 0x0500; SLAU367P table 11-4 and the FR5994
 * memory map, channel n's block at 0x0510 + 0x10 n):
 *   0x00 DMACTL0  DMA1TSEL 12:8, DMA0TSEL 4:0     0x0E DMAIV
 *   0x02 DMACTL1  DMA3TSEL, DMA2TSEL              0x10+0x10n +0 DMAxCTL
 *   0x04 DMACTL2  DMA5TSEL, DMA4TSEL                         +2/+4 DMAxSA (20 bits)
 *   0x06 DMACTL3  (channels 6/7: absent here)                +6/+8 DMAxDA (20 bits)
 *   0x08 DMACTL4  DMARMWDIS 2, ROUNDROBIN 1, ENNMI 0         +0xA DMAxSZ
 * DMAxCTL: DMADT 14:12, DMADSTINCR 11:10, DMASRCINCR 9:8, DMADSTBYTE 7,
 * DMASRCBYTE 6, DMALEVEL 5, DMAEN 4, DMAIFG 3, DMAIE 2, DMAABORT 1, DMAREQ 0
 * (SLAU367P 11.3, DMAxCTL register).
 *
 * DMAxSA/DMAxDA are 20-bit registers in two words.  "When writing to DMAxSA
 * with word instructions, bits 19-16 are cleared" (SLAU367P, DMAxSA register),
 * and TI's device headers also name the high words (DMAxSAH/DMAxDAH at +4/+8)
 * as word registers; so a word write to the low word loads bits 15:0 and clears
 * 19:16, a word write to the high word loads bits 19:16.  Written low word then
 * high word, this is also what Ferro's CPU does for a 20-bit MOVX.A/MOVA store,
 * and what 16-bit code (clang) must do to reach upper FRAM.
 *
 * Behaviour (SLAU367P 11.2):
 *  - transfer modes (table 11-1): single (DMADT 0) and repeated single (4): one
 *    transfer per trigger; block (1) and repeated block (5): the whole block per
 *    trigger; burst-block (2, 3) and repeated burst-block (6, 7): the block in
 *    bursts of four transfers with the CPU running in between ("The CPU executes
 *    two MCLK cycles after every four byte/word transfers", 11.2.2.3);
 *  - DMAxSA, DMAxDA, DMAxSZ are copied to working registers when DMAEN is set;
 *    the working addresses move after each transfer (DMASRCINCR/DMADSTINCR: 0, 1
 *    unchanged, 2 decrement, 3 increment, by 1 for a byte and 2 for a word), the
 *    programmed DMAxSA/DMAxDA do not; DMAxSZ counts down and is reloaded when it
 *    reaches zero, which sets DMAIFG.  Non-repeated modes then clear DMAEN;
 *    repeated ones reload the working addresses from DMAxSA/DMAxDA and stay
 *    enabled.  DMAxSZ = 0: no transfer;
 *  - byte/word: word to byte moves the low byte; byte to word clears the upper
 *    byte of the destination word (11.2.1);
 *  - triggers are edges (DMALEVEL is stored; level triggers apply to DMAE0 only,
 *    which is not modelled); an edge while DMAEN = 0 is lost; DMAREQ triggers a
 *    channel whose DMAxTSEL is 0 and always reads 0; trigger 30 is the previous
 *    channel's DMAIFG (channel 0 follows channel 5);
 *  - priorities (11.2.6): DMA0 highest; a transfer in progress (a whole block,
 *    or a burst-block across its bursts) is not preempted; with ROUNDROBIN the
 *    channel that completed a transfer becomes the lowest;
 *  - DMAIFG/DMAIE drive the DMA vector 0xFFE4 (a level line); DMAIV gives
 *    2 (n + 1) for the highest enabled pending channel and any access to it
 *    clears that flag (11.2.9).
 *
 * Timing (SLAU367P 11.2.7 and table 11-3): transfers start after the instruction
 * that triggered them (an event scheduled "now" is served before the next
 * instruction or interrupt), never inside one; the CPU is held while they run.
 * Each single transfer, block or burst-block start is one EV_DMA record
 * (costmodel cells DMA_XFER / DMA_XFER_LPM: synchronization plus 2 cycles per
 * transfer); each further burst, and each further 255 transfers of a long
 * block, is a record of the DMA_XFER_CONT cell (2 cycles per transfer, no new
 * synchronization).  The bus accesses are counted in the record, so FRAM reads
 * meet the FRAM cache and its wait states like the CPU's do.  Between bursts the
 * CPU gets its two cycles as an event two MCLK cycles later: it runs at least
 * one whole instruction (instructions are not split).
 *
 * Not modelled: NMIs (ENNMI, DMAABORT are stored only), DMARMWDIS (transfers
 * never split an instruction, as with DMARMWDIS = 1), the DMAE0 pin and level
 * triggers, the MPY32 "ready" trigger (29) and the other peripherals' triggers
 * until their devices call m->dma_trigger, the extra 5 us of DCO start-up in
 * LPM3/LPM4 (table 11-3), the MPU.  Reset (PUC) clears all registers;
 * DMAxSA/DA/SZ are undefined on silicon and read 0 here. */
#include "dma.h"

#include <string.h>

enum {
    DMACTL4 = 0x08, DMAIV = 0x0E, CH_BASE = 0x10,
    XCTL = 0x0, XSAL = 0x2, XSAH = 0x4, XDAL = 0x6, XDAH = 0x8, XSZ = 0xA,
};

/* DMAxCTL bits (SLAU367P 11.3). */
enum {
    DMAREQ = 0x0001, DMAABORT = 0x0002, DMAIE = 0x0004, DMAIFG = 0x0008, DMAEN = 0x0010,
    DMALEVEL = 0x0020, DMASRCBYTE = 0x0040, DMADSTBYTE = 0x0080,
    DMADT_SHIFT = 12, DMADT_REPEAT = 0x4000, CTL_BITS = 0x7FFF,
};
enum { ENNMI = 0x1, ROUNDROBIN = 0x2, DMARMWDIS = 0x4, CTL4_BITS = 0x7, TSEL_BITS = 0x1F1F };
enum { DMA_VECTOR = 0xFFE4, MASK20 = 0xFFFFF, BURST = 4, MAX_PER_RECORD = 255 };

static unsigned tsel(const struct dma *d, unsigned n)
{
    return (d->ctl[n / 2] >> (n & 1 ? 8 : 0)) & 0x1Fu;
}

static void update_irq(struct ferro_machine *m, const struct dma *d)
{
    int active = 0;
    for (unsigned n = 0; n < DMA_CHANNELS; n++)
        active |= (d->ch[n].ctl & (DMAIFG | DMAIE)) == (DMAIFG | DMAIE);
    ferro_irq_line(m, DMA_VECTOR, active);
}

/* An edge on channel n's trigger: the channel waits for the bus.  The request
 * is served by the event, after the current instruction; during a burst-block
 * transfer the event is already due at the end of the CPU's turn. */
static void trigger_channel(struct ferro_machine *m, struct dma *d, unsigned n)
{
    if (!(d->ch[n].ctl & DMAEN))
        return;
    d->pending |= (uint8_t)(1u << n);
    if (d->burst < 0)
        ferro_schedule(m, &d->ev, ferro_now(m));
}

static void dma_trigger(struct ferro_machine *m, unsigned source)
{
    struct dma *d = m->dma;
    if (!d || source == DMA_TRIG_DMAREQ)
        return;
    for (unsigned n = 0; n < DMA_CHANNELS; n++)
        if (tsel(d, n) == source)
            trigger_channel(m, d, n);
}

static uint32_t step_addr(uint32_t a, unsigned incr, unsigned size)
{
    if (incr == 2)
        return (a - size) & MASK20;
    if (incr == 3)
        return (a + size) & MASK20;
    return a;
}

/* One byte or word transfer on channel n; 1 when it completed the block
 * (DMAxSZ reached zero). */
static int transfer(struct ferro_machine *m, struct dma *d, unsigned n)
{
    struct dma_channel *ch = &d->ch[n];
    unsigned sb = (ch->ctl & DMASRCBYTE) != 0, db = (ch->ctl & DMADSTBYTE) != 0;
    uint16_t v = sb ? ferro_read8(m, ch->t_sa) : ferro_read16(m, ch->t_sa);
    if (db)
        ferro_write8(m, ch->t_da, (uint8_t)v); /* word to byte: the low byte */
    else
        ferro_write16(m, ch->t_da, v);         /* byte to word: upper byte 0 */
    ch->t_sa = step_addr(ch->t_sa, (ch->ctl >> 8) & 3u, sb ? 1 : 2);
    ch->t_da = step_addr(ch->t_da, (ch->ctl >> 10) & 3u, db ? 1 : 2);
    d->stats[n].transfers++;
    d->stats[n].bytes += db ? 1 : 2;
    if (--ch->sz)
        return 0;
    ch->sz = ch->t_sz;
    if (ch->ctl & DMADT_REPEAT) {
        ch->t_sa = ch->sa;
        ch->t_da = ch->da;
    } else {
        ch->ctl &= (uint16_t)~DMAEN;
    }
    ch->ctl |= DMAIFG;
    update_irq(m, d);
    unsigned next = (n + 1) % DMA_CHANNELS;
    if (tsel(d, next) == DMA_TRIG_CHAIN)
        trigger_channel(m, d, next);
    return 1;
}

/* Up to `count` transfers on channel n, accounted as EV_DMA records of at most
 * 255 transfers (struct ferro_exec.n is 8 bits); the first record is of kind
 * `kind`, the rest continue it.  Returns 1 when the block completed. */
static int run(struct ferro_machine *m, struct dma *d, unsigned n, unsigned count,
               enum ferro_dma_rec kind)
{
    int done = 0;
    while (count && !done && m->state != FERRO_FAULT) {
        struct ferro_exec e;
        memset(&e, 0, sizeof e);
        e.event = EV_DMA;
        e.op = (uint16_t)kind;
        e.vector = (uint16_t)n;
        e.pc = m->r[0]; /* where the CPU was held */
        e.width = (d->ch[n].ctl & DMADSTBYTE) ? W_BYTE : W_WORD;
        struct ferro_exec *saved = m->cur;
        m->cur = &e; /* the bus counts the accesses in this record */
        unsigned i = 0, k = count < MAX_PER_RECORD ? count : MAX_PER_RECORD;
        while (i < k && !done) {
            done = transfer(m, d, n);
            i++;
        }
        m->cur = saved;
        e.n = (uint8_t)i;
        d->stats[n].cycles += ferro_account(m, &e);
        count -= i;
        kind = DMA_REC_CONT;
    }
    return done;
}

static void completed(struct dma *d, unsigned n)
{
    if (d->ctl[4] & ROUNDROBIN)
        d->rr_first = (uint8_t)((n + 1) % DMA_CHANNELS);
}

/* Highest-priority pending channel, -1 if none. */
static int next_pending(const struct dma *d)
{
    for (unsigned i = 0; i < DMA_CHANNELS; i++) {
        unsigned n = (d->rr_first + i) % DMA_CHANNELS;
        if (d->pending & (1u << n))
            return (int)n;
    }
    return -1;
}

static unsigned burst_size(const struct dma_channel *ch) { return ch->sz < BURST ? ch->sz : BURST; }

/* The CPU's turn between two bursts: two MCLK cycles. */
static void after_cpu_turn(struct ferro_machine *m, struct dma *d)
{
    ferro_schedule(m, &d->ev, ferro_ticks_to_ps(ferro_now(m), 2, m->mclk_hz));
}

/* Serve channel n's trigger.  Leaves d->burst = n when a burst-block transfer
 * goes on after the CPU's turn. */
static void start(struct ferro_machine *m, struct dma *d, unsigned n)
{
    struct dma_channel *ch = &d->ch[n];
    if (!(ch->ctl & DMAEN) || ch->sz == 0)
        return;
    d->stats[n].triggers++;
    enum ferro_dma_rec kind = m->state == FERRO_SLEEPING ? DMA_REC_LPM : DMA_REC_ACTIVE;
    switch ((ch->ctl >> DMADT_SHIFT) & 3u) {
    case 0: /* single, repeated single */
        run(m, d, n, 1, kind);
        completed(d, n);
        break;
    case 1: /* block, repeated block */
        run(m, d, n, ch->sz, kind);
        completed(d, n);
        break;
    default: /* burst-block, repeated burst-block */
        if (run(m, d, n, burst_size(ch), kind))
            completed(d, n);
        else
            d->burst = (int8_t)n;
        break;
    }
}

/* The event: serve pending channels by priority until none is left or a
 * burst-block transfer yields to the CPU. */
static void serve(struct ferro_machine *m, void *ctx)
{
    struct dma *d = ctx;
    while (m->state != FERRO_FAULT) {
        if (d->burst >= 0) {
            unsigned n = (unsigned)d->burst;
            struct dma_channel *ch = &d->ch[n];
            if (!(ch->ctl & DMAEN)) { /* halted by clearing DMAEN (11.2.5) */
                d->burst = -1;
                continue;
            }
            if (!run(m, d, n, burst_size(ch), DMA_REC_CONT)) {
                after_cpu_turn(m, d);
                return;
            }
            d->burst = -1;
            completed(d, n);
            continue;
        }
        int n = next_pending(d);
        if (n < 0)
            break;
        d->pending &= (uint8_t)~(1u << n);
        start(m, d, (unsigned)n);
        if (d->burst >= 0) {
            after_cpu_turn(m, d);
            return;
        }
    }
    /* Triggers raised while serving (trigger 30) were served in the loop. */
    ferro_unschedule(m, &d->ev);
}

static void dma_reset(struct ferro_machine *m, void *dev)
{
    struct dma *d = dev;
    ferro_unschedule(m, &d->ev);
    memset(d->ctl, 0, sizeof d->ctl);
    memset(d->ch, 0, sizeof d->ch);
    d->pending = 0;
    d->burst = -1;
    d->rr_first = 0;
    d->ev.fire = serve;
    d->ev.ctx = d;
    d->ev.name = "DMA";
    m->dma = d;
    m->dma_trigger = dma_trigger;
    update_irq(m, d);
}

/* DMAIV (SLAU367P 11.2.9): the highest-priority pending enabled flag; reading
 * or writing clears it. */
static uint16_t dmaiv_access(struct ferro_machine *m, struct dma *d)
{
    for (unsigned n = 0; n < DMA_CHANNELS; n++)
        if ((d->ch[n].ctl & (DMAIFG | DMAIE)) == (DMAIFG | DMAIE)) {
            d->ch[n].ctl &= (uint16_t)~DMAIFG;
            update_irq(m, d);
            return (uint16_t)(2 * (n + 1));
        }
    return 0;
}

static uint16_t read_word(struct ferro_machine *m, struct dma *d, unsigned off)
{
    if (off < CH_BASE) {
        if (off <= DMACTL4)
            return d->ctl[off / 2];
        return off == DMAIV ? dmaiv_access(m, d) : 0;
    }
    const struct dma_channel *ch = &d->ch[(off - CH_BASE) / 0x10];
    switch (off & 0xF) {
    case XCTL: return ch->ctl;
    case XSAL: return (uint16_t)ch->sa;
    case XSAH: return (uint16_t)(ch->sa >> 16);
    case XDAL: return (uint16_t)ch->da;
    case XDAH: return (uint16_t)(ch->da >> 16);
    case XSZ: return ch->sz;
    default: return 0; /* reserved */
    }
}

static uint16_t dma_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    unsigned off = (addr - 0x0500) & 0xFFu;
    uint16_t w = read_word(m, dev, off & ~1u);
    return ferro_reg_view(w, off, byte);
}

static void write_ctl(struct ferro_machine *m, struct dma *d, unsigned n, uint16_t v)
{
    struct dma_channel *ch = &d->ch[n];
    uint16_t old = ch->ctl;
    v &= CTL_BITS;
    ch->ctl = v & (uint16_t)~DMAREQ; /* "DMAREQ is reset automatically" */
    if (!(old & DMAEN) && (v & DMAEN)) {
        ch->t_sa = ch->sa;
        ch->t_da = ch->da;
        ch->t_sz = ch->sz;
    } else if ((old & DMAEN) && !(v & DMAEN)) {
        d->pending &= (uint8_t)~(1u << n);
        if (d->burst == (int)n)
            d->burst = -1;
    }
    if (v & DMAREQ) {
        if (tsel(d, n) == DMA_TRIG_DMAREQ)
            trigger_channel(m, d, n);
        else
            ferro_diag(m, "DMA%u: DMAREQ ignored, the channel's trigger is DMA%uTSEL = %u, not 0 "
                          "(pc 0x%05x)", n, n, tsel(d, n), m->cur->pc);
    }
    update_irq(m, d);
}

static void write_tsel(struct ferro_machine *m, struct dma *d, unsigned reg, uint16_t v)
{
    uint16_t old = d->ctl[reg];
    d->ctl[reg] = v & TSEL_BITS;
    for (unsigned n = 2 * reg; n < 2 * reg + 2; n++)
        if (tsel(d, n) != ((old >> (n & 1 ? 8 : 0)) & 0x1Fu) && (d->ch[n].ctl & DMAEN))
            ferro_diag(m, "DMA%uTSEL changed while DMA%u is enabled; SLAU367P 11.2.3 warns of "
                          "unpredictable triggers (pc 0x%05x)", n, n, m->cur->pc);
}


/* The two words of a 20-bit address register: a word write to the low word
 * clears bits 19:16 (SLAU367P, DMAxSA/DMAxDA registers); a byte write changes
 * that byte only; the high word holds bits 19:16, its bits 15:4 read 0. */
static uint32_t low_word(uint32_t r, uint16_t v, unsigned off, int byte)
{
    return byte ? (r & 0xF0000u) | ferro_reg_merge((uint16_t)r, v, off, 1) : v;
}

static uint32_t high_word(uint32_t r, uint16_t v, unsigned off, int byte)
{
    return (r & 0xFFFFu) | (uint32_t)(ferro_reg_merge((uint16_t)(r >> 16), v, off, byte) & 0xFu) << 16;
}

static void dma_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct dma *d = dev;
    unsigned off = (addr - 0x0500) & 0xFFu, reg = off & ~1u;
    if (off < CH_BASE) {
        if (reg < 6)
            write_tsel(m, d, reg / 2, ferro_reg_merge(d->ctl[reg / 2], v, off, byte));
        else if (reg == DMACTL4) {
            d->ctl[4] = ferro_reg_merge(d->ctl[4], v, off, byte) & CTL4_BITS;
            if (!(d->ctl[4] & ROUNDROBIN))
                d->rr_first = 0; /* back to the default priority */
        } else if (reg == DMAIV)
            dmaiv_access(m, d);
        else /* DMACTL3 (channels 6/7) and the reserved words */
            ferro_diag(m, "write to reserved DMA register 0x%03x ignored (pc 0x%05x)", addr,
                       m->cur->pc);
        return;
    }
    unsigned n = (off - CH_BASE) / 0x10;
    struct dma_channel *ch = &d->ch[n];
    switch (reg & 0xF) {
    case XCTL: write_ctl(m, d, n, ferro_reg_merge(ch->ctl, v, off, byte)); break;
    case XSAL: ch->sa = low_word(ch->sa, v, off, byte); break;
    case XSAH: ch->sa = high_word(ch->sa, v, off, byte); break;
    case XDAL: ch->da = low_word(ch->da, v, off, byte); break;
    case XDAH: ch->da = high_word(ch->da, v, off, byte); break;
    case XSZ: ch->sz = ferro_reg_merge(ch->sz, v, off, byte); break;
    default:
        ferro_diag(m, "write to reserved DMA register 0x%03x ignored (pc 0x%05x)", addr,
                   m->cur->pc);
        break;
    }
}

const struct ferro_device_ops dma_ops = {
    .name = "DMA",
    .reset = dma_reset,
    .read = dma_read,
    .write = dma_write,
};

int dma_stats(const struct ferro_machine *m, struct dma_stats *out)
{
    for (int i = 0; i < m->ndevices; i++)
        if (m->devices[i].ops == &dma_ops) {
            const struct dma *d = m->devices[i].state;
            memcpy(out->ch, d->stats, sizeof out->ch);
            return 0;
        }
    return -1;
}
