/* Timer_A and Timer_B (SLAU367P chapters 25 and 26), driven by the event
 * scheduler: nothing runs per instruction.
 *
 * The counter is computed, not ticked.  A timer keeps the count, direction and
 * divider phase at one edge of its source clock (the segment start, struct
 * timer in timer.h); any access first brings that state forward to "now"
 * (sync), setting every flag whose moment has passed, so TAxR reads exactly the
 * source clocks that elapsed.  One event per timer is queued for the next
 * moment something must happen without an access: a flag whose interrupt is
 * enabled, a compare that feeds a listening DMA channel, a Timer_B latch load.
 * An access happens at ferro_now() of its step, the start of the instruction.
 *
 * Registers (offsets from the base; SLAU367P 25.3 and 26.3; every FR5994
 * timer block starts on a 64-byte boundary, so the offset is addr & 0x3F):
 *   0x00 TAxCTL  0x02+2n TAxCCTLn  0x10 TAxR  0x12+2n TAxCCRn  0x20 TAxEX0
 *   0x2E TAxIV   (n < nccr; other offsets of the block read 0, ignore writes)
 *
 * Modelled:
 *  - clock (25.2.1.1): TASSEL = ACLK or SMCLK as the clock system sets them,
 *    divided by ID (/1, /2, /4, /8) times TAxEX0.TAIDEX (/1 ... /8).  TACLK and
 *    INCLK (a pin, COUT, capacitive touch) are not produced by Ferro: a timer
 *    started on them does not count (one warning).  The source clock's first
 *    edge comes one period after the write that starts the timer or changes
 *    its source (a board's free-running ACLK has an arbitrary phase); the phase
 *    then holds across register writes; a clock system change restarts it;
 *  - modes (25.2.3): stop, up (0 ... TAxCCR0), continuous (0 ... 0FFFFh, Timer_B
 *    0 ... its TBxCNTL length, 26.2.1.1), up/down (0 ... TAxCCR0 ... 0);
 *    TACLR clears TAxR, the divider and the up/down direction (25.2.1);
 *    TAxR writes load the count;
 *  - changing TAxCCR0 while running (25.2.3.1.1, 25.2.3.4.1): a period at or
 *    above the count takes effect at once; below it, up mode rolls to zero at
 *    the next clock (TAIFG set) and up/down mode turns down; the "one additional
 *    count" the guide allows is not added.  TAxCCR0 = 0 in up or up/down mode
 *    stops the counter at zero (25.2.3); a count above the continuous-mode length
 *    (Timer_B) also rolls to zero at the next clock;
 *  - compare (25.2.4.2): CCIFG when the count reaches TAxCCRn by counting (both
 *    directions in up/down mode; CCR0 there only on the way up, as the period
 *    end), SCCI latches CCI; TAIFG (25.2.3): up mode when the count goes from
 *    TAxCCR0 to zero, continuous from its maximum to zero, up/down when it
 *    reaches zero counting down;
 *  - capture (25.2.4.1): on the CM edge(s) of CCI, TAxCCRn takes TAxR and
 *    CCIFG is set; COV when a second capture comes before TAxCCRn was read.
 *    CCI is the input CCIS selects: GND low, VCC high, CCIxA/CCIxB (pins and
 *    internal signals, not modelled) low.  So software captures by switching
 *    CCIS between GND and VCC (25.2.4.1.1); SCS (synchronized capture) is not
 *    modelled: the capture happens at the write;
 *  - interrupts (25.2.6): level lines, active while flag and enable are set:
 *    CCR0 on its own vector, its CCIFG cleared when the CPU accepts it; CCR1 ...
 *    CCRn and TAIFG on the TAxIV vector.  TAxIV returns the highest-priority
 *    enabled flag (CCR1 highest: 02h, 04h, ... 0Ch, TAIFG 0Eh) and any access to
 *    it clears that flag (25.2.6.2);
 *  - Timer_B (chapter 26): TBxCNTL counter length 16/12/10/8 bits; compares use
 *    the latches TBxCLn, loaded from TBxCCRn by CLLD (26.2.4.2.1): 0 at the
 *    write, 1 when TBxR counts to 0, 2 the same in up/continuous mode and at
 *    0 or TBxCL0 in up/down mode, 3 when TBxR counts to the old TBxCLn.  Latch
 *    grouping (TBCLGRP) is not modelled: latches load individually (warning);
 *  - DMA (SLASE54D table 9-11): each CCIFG setting of a CCR that is a DMA
 *    trigger (config dma_ccr0/dma_ccr2) calls m->dma_trigger, also when the
 *    flag was already set.  Events are queued for those compares only while an
 *    enabled DMA channel selects the trigger (dma_listens); a channel enabled
 *    after the timer was last accessed is noticed at the timer's next access or
 *    event, until then its compares reach the DMA late, merged into one;
 *  - low-power modes: a timer counts in every LPM.  The FR5994 keeps a clock
 *    that an active peripheral needs running and enters a shallower mode than
 *    the CPU asked for (SLASE54D, "Peripherals in Low-Power Modes", table 9-2:
 *    a Timer_A/B on SMCLK is in the high-frequency state, on ACLK in the
 *    low-frequency state), so no LPM stops a timer's clock.  What this costs
 *    in current is the energy model's business, not the timer's.
 *
 * Not modelled: the output units (OUTMOD and OUT are stored and read back; no
 * output signal reaches a pin or another module), TBOUTH, the capture inputs
 * CCIxA/CCIxB, SCS, TBCLGRP grouping. */
#include "timer.h"

#include <string.h>

#include "dma.h"
#include "periph.h"

enum { CTL = 0x00, CCTL0 = 0x02, TR = 0x10, CCR0 = 0x12, EX0 = 0x20, IV = 0x2E };

/* TAxCTL / TBxCTL (SLAU367P 25.3.1, 26.3.1). */
enum {
    TAIFG = 0x0001, TAIE = 0x0002, TACLR = 0x0004,
    MC_SHIFT = 4, ID_SHIFT = 6, SSEL_SHIFT = 8, CNTL_SHIFT = 11, CLGRP_SHIFT = 13,
    CTL_BITS_A = 0x03F3, /* TASSEL, ID, MC, TAIE, TAIFG */
    CTL_BITS_B = 0x7BF3, /* and TBCLGRP, CNTL */
};
enum { MC_STOP, MC_UP, MC_CONT, MC_UPDOWN };
enum { SSEL_EXT, SSEL_ACLK, SSEL_SMCLK, SSEL_INCLK };

/* TAxCCTLn (25.3.3); TBxCCTLn (26.3.3) has CLLD in bits 10:9 and no SCCI. */
enum {
    CCIFG = 0x0001, COV = 0x0002, CCI = 0x0008, CCIE = 0x0010, CAP = 0x0100, SCCI = 0x0400,
    CLLD_SHIFT = 9, CCIS_SHIFT = 12, CM_SHIFT = 14,
    CCTL_BITS_A = 0xF9F7, /* CM, CCIS, SCS, CAP, OUTMOD, CCIE, OUT, COV, CCIFG */
    CCTL_BITS_B = 0xFFF7, /* the same and CLLD */
};

enum { WARN_EXTCLK = 1, WARN_CLGRP = 2 };

/* DMAxCTL.DMAEN (SLAU367P 11.3, DMAxCTL register). */
enum { DMA_EN = 0x0010 };

#define NEVER UINT64_MAX

static unsigned mode(const struct timer *t) { return (t->ctl >> MC_SHIFT) & 3; }

static unsigned divider(const struct timer *t)
{
    return (1u << ((t->ctl >> ID_SHIFT) & 3)) * ((t->ex0 & 7u) + 1);
}

static int running(const struct timer *t) { return mode(t) != MC_STOP && t->hz != 0; }

/* ---- source clock -------------------------------------------------------- */

/* Time of source edge s: rounded down like ferro_now's MCLK edges, so a timer
 * on SMCLK = MCLK ticks exactly at instruction-cycle boundaries. */
static ferro_ps edge_time(ferro_ps epoch, uint64_t s, uint32_t hz)
{
    unsigned __int128 t = (unsigned __int128)s * FERRO_PS_PER_S / hz + epoch;
    return t > FERRO_NEVER ? FERRO_NEVER : (ferro_ps)t;
}

/* Source edges in (epoch, now]: the largest s with edge_time(s) <= now. */
static uint64_t edges(ferro_ps epoch, ferro_ps now, uint32_t hz)
{
    if (now < epoch)
        return 0;
    return (uint64_t)(((unsigned __int128)(now - epoch + 1) * hz - 1) / FERRO_PS_PER_S);
}

static uint32_t source_hz(struct ferro_machine *m, struct timer *t)
{
    unsigned ssel = (t->ctl >> SSEL_SHIFT) & 3;
    const struct cs *cs = ferro_device_state(m, &cs_ops);
    if (cs && ssel == SSEL_ACLK)
        return cs_aclk_hz(cs);
    if (cs && ssel == SSEL_SMCLK)
        return cs_smclk_hz(cs);
    if (!(t->warned & WARN_EXTCLK)) {
        t->warned |= WARN_EXTCLK;
        ferro_diag(m, "%s: clock source %s is not modelled; the timer does not count (pc 0x%05x)",
                   t->cfg->name, ssel == SSEL_INCLK ? "INCLK" : t->cfg->type_b ? "TBCLK" : "TACLK",
                   m->cur->pc);
    }
    return 0;
}

/* A new source clock (or the same one restarted): edge 1 one period from now. */
static void start_clock(struct ferro_machine *m, struct timer *t, uint32_t hz)
{
    t->hz = hz;
    t->epoch = ferro_now(m);
    t->s0 = 0;
}

/* ---- counting ------------------------------------------------------------ */

/* The counting range in force: top is the count after which the counter wraps
 * (up, continuous) or turns (up/down).  TAxCCR0 = 0 holds the counter. */
struct geom {
    unsigned mode;
    uint32_t top;
    int held;
};

static struct geom geometry(const struct timer *t)
{
    static const uint16_t length_max[4] = {0xFFFF, 0x0FFF, 0x03FF, 0x00FF}; /* TBxCNTL */
    struct geom g = {mode(t), t->cfg->type_b ? length_max[(t->ctl >> CNTL_SHIFT) & 3] : 0xFFFF, 0};
    if (g.mode == MC_UP || g.mode == MC_UPDOWN) {
        if (t->cl[0] < g.top) /* Timer_B: TBxCL0 above the length counts as continuous */
            g.top = t->cl[0];
        g.held = g.top == 0;
    }
    return g;
}

/* Clocks until the count next becomes zero by counting: TAIFG's moment. */
static uint64_t to_zero(const struct timer *t, const struct geom *g)
{
    if (g->held)
        return NEVER;
    if (g->mode == MC_UPDOWN) {
        uint64_t z = (!t->down && t->r < g->top) ? 2ull * g->top - t->r : t->r;
        return z ? z : 2ull * g->top;
    }
    return t->r < g->top ? (uint64_t)g->top - t->r + 1 : 1;
}

/* Clocks until the count next becomes c by counting (a compare); NEVER if it
 * cannot in this range. */
static uint64_t hit_in(const struct timer *t, const struct geom *g, uint32_t c)
{
    uint32_t r = t->r, top = g->top;
    if (g->held)
        return NEVER;
    if (g->mode != MC_UPDOWN) {
        if (c > top)
            return NEVER;
        return r < c ? c - r : to_zero(t, g) + c;
    }
    if (!t->down && r < top) { /* up to top, then down to zero */
        if (c > r && c <= top)
            return c - r;
        return c < top ? (uint64_t)(top - r) + (top - c) : NEVER;
    }
    if (c < r) /* on the way down */
        return r - c;
    /* after reaching zero, on the way up; zero itself one full period later */
    if (c == 0)
        return (uint64_t)r + 2ull * top;
    return c <= top ? (uint64_t)r + c : NEVER;
}

/* Move the counter on by k clocks. */
static void advance(struct timer *t, const struct geom *g, uint64_t k)
{
    uint32_t top = g->top;
    if (g->held) {
        t->r = 0;
        t->down = 0;
        return;
    }
    if (g->mode != MC_UPDOWN) {
        uint64_t w = to_zero(t, g);
        t->r = (uint16_t)(k < w ? t->r + k : (k - w) % ((uint64_t)top + 1));
        return;
    }
    if (!t->down && t->r < top) {
        uint64_t up = top - t->r;
        if (k < up) {
            t->r = (uint16_t)(t->r + k);
            return;
        }
        k -= up;
        t->r = (uint16_t)top;
        t->down = 1;
    }
    if (k < t->r) {
        t->r = (uint16_t)(t->r - k);
        t->down = 1;
        return;
    }
    uint64_t j = (k - t->r) % (2ull * top); /* clocks since the counter left zero upwards */
    t->r = (uint16_t)(j <= top ? j : 2ull * top - j);
    t->down = j >= top;
}

/* ---- flags --------------------------------------------------------------- */

static int cci(const struct timer *t, unsigned n)
{
    return ((t->cctl[n] >> CCIS_SHIFT) & 3) == 3; /* VCC; GND, CCIxA, CCIxB low */
}

static unsigned dma_source(const struct timer *t, unsigned n)
{
    return n == 0 ? t->cfg->dma_ccr0 : n == 2 ? t->cfg->dma_ccr2 : 0;
}

/* Does an enabled DMA channel select this trigger (DMAxTSEL, dma.h)? */
static int dma_listens(const struct ferro_machine *m, unsigned source)
{
    const struct dma *d = m->dma;
    if (!source || !m->dma_trigger || !d)
        return 0;
    for (unsigned c = 0; c < DMA_CHANNELS; c++)
        if ((d->ch[c].ctl & DMA_EN) && ((d->ctl[c / 2] >> (c & 1 ? 8 : 0)) & 0x1Fu) == source)
            return 1;
    return 0;
}

static void set_ccifg(struct ferro_machine *m, struct timer *t, unsigned n)
{
    t->cctl[n] |= CCIFG;
    unsigned src = dma_source(t, n);
    if (src && m->dma_trigger)
        m->dma_trigger(m, src);
}

static void update_lines(struct ferro_machine *m, const struct timer *t)
{
    int iv = (t->ctl & (TAIE | TAIFG)) == (TAIE | TAIFG);
    for (unsigned n = 1; n < t->cfg->nccr; n++)
        iv |= (t->cctl[n] & (CCIE | CCIFG)) == (CCIE | CCIFG);
    ferro_irq_line(m, t->cfg->vec_ccr0, (t->cctl[0] & (CCIE | CCIFG)) == (CCIE | CCIFG));
    ferro_irq_line(m, t->cfg->vec_iv, iv);
}

/* The flags of the next k clocks (compares and TAIFG in (0, k]). */
static void flag_events(struct ferro_machine *m, struct timer *t, const struct geom *g, uint64_t k)
{
    for (unsigned n = 0; n < t->cfg->nccr; n++) {
        if ((t->cctl[n] & CAP) || hit_in(t, g, t->cl[n]) > k)
            continue;
        if (!t->cfg->type_b)
            t->cctl[n] = (uint16_t)((t->cctl[n] & ~SCCI) | (cci(t, n) ? SCCI : 0));
        set_ccifg(m, t, n);
    }
    if (to_zero(t, g) <= k)
        t->ctl |= TAIFG;
}

static int clld(const struct timer *t, unsigned n) { return (t->cctl[n] >> CLLD_SHIFT) & 3; }

/* Clocks until pending latch TBxCLn takes TBxCCRn (26.2.4.2.1). */
static uint64_t load_in(const struct timer *t, const struct geom *g, unsigned n)
{
    uint64_t k;
    switch (clld(t, n)) {
    case 1: return hit_in(t, g, 0);
    case 2:
        k = hit_in(t, g, 0);
        if (g->mode == MC_UPDOWN && hit_in(t, g, t->cl[0]) < k)
            k = hit_in(t, g, t->cl[0]);
        return k;
    case 3: return hit_in(t, g, t->cl[n]);
    default: return NEVER; /* CLLD 0 loads at the write */
    }
}

/* Count n clocks, splitting at latch loads (they change later compares). */
static void run_clocks(struct ferro_machine *m, struct timer *t, uint64_t n)
{
    while (n) {
        struct geom g = geometry(t);
        uint64_t k = n;
        uint8_t due = 0;
        for (unsigned i = 0; t->cl_pending && i < t->cfg->nccr; i++) {
            if (!(t->cl_pending & (1u << i)))
                continue;
            uint64_t l = load_in(t, &g, i);
            if (l < k) {
                k = l;
                due = 0;
            }
            if (l == k)
                due |= (uint8_t)(1u << i);
        }
        flag_events(m, t, &g, k);
        advance(t, &g, k);
        n -= k;
        for (unsigned i = 0; due && i < t->cfg->nccr; i++)
            if (due & (1u << i))
                t->cl[i] = t->ccr[i];
        t->cl_pending &= (uint8_t)~due;
    }
}

/* Bring the counter and the flags to the current time. */
static void sync(struct ferro_machine *m, struct timer *t)
{
    if (!running(t))
        return;
    uint64_t s = edges(t->epoch, ferro_now(m), t->hz);
    if (s <= t->s0)
        return;
    uint64_t total = t->phase + (s - t->s0), div = divider(t);
    t->s0 = s;
    t->phase = (uint32_t)(total % div);
    if (total >= div) {
        run_clocks(m, t, total / div);
        update_lines(m, t);
    }
}

static uint64_t min64(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* Queue the event for the next moment something must happen unasked. */
static void reschedule(struct ferro_machine *m, struct timer *t)
{
    uint64_t k = NEVER;
    if (running(t)) {
        struct geom g = geometry(t);
        for (unsigned n = 0; n < t->cfg->nccr; n++) {
            if (t->cl_pending & (1u << n))
                k = min64(k, load_in(t, &g, n));
            if (t->cctl[n] & CAP)
                continue;
            if ((t->cctl[n] & (CCIE | CCIFG)) == CCIE || dma_listens(m, dma_source(t, n)))
                k = min64(k, hit_in(t, &g, t->cl[n]));
        }
        if ((t->ctl & (TAIE | TAIFG)) == TAIE)
            k = min64(k, to_zero(t, &g));
    }
    if (k == NEVER) {
        ferro_unschedule(m, &t->ev);
        return;
    }
    uint64_t edge = t->s0 + k * divider(t) - t->phase; /* phase < divider: edge > s0 */
    ferro_schedule(m, &t->ev, edge_time(t->epoch, edge, t->hz));
}

static void fire(struct ferro_machine *m, void *ctx)
{
    struct timer *t = ctx;
    sync(m, t);
    update_lines(m, t);
    reschedule(m, t);
}

/* ---- registers ----------------------------------------------------------- */

static int ccr_index(const struct timer *t, unsigned reg, unsigned first)
{
    return reg >= first && reg < first + 2 * t->cfg->nccr ? (int)(reg - first) / 2 : -1;
}

static uint16_t peek(const struct timer *t, unsigned reg)
{
    int n;
    if (reg == CTL)
        return t->ctl;
    if (reg == TR)
        return t->r;
    if (reg == EX0)
        return t->ex0;
    if ((n = ccr_index(t, reg, CCTL0)) >= 0)
        return (uint16_t)((t->cctl[n] & ~CCI) | (cci(t, (unsigned)n) ? CCI : 0));
    if ((n = ccr_index(t, reg, CCR0)) >= 0)
        return t->ccr[n];
    return 0;
}

/* TAxIV (25.2.6.2): the highest-priority enabled flag, cleared by the access. */
static uint16_t iv_take(struct timer *t)
{
    for (unsigned n = 1; n < t->cfg->nccr; n++)
        if ((t->cctl[n] & (CCIE | CCIFG)) == (CCIE | CCIFG)) {
            t->cctl[n] &= (uint16_t)~CCIFG;
            return (uint16_t)(2 * n);
        }
    if ((t->ctl & (TAIE | TAIFG)) == (TAIE | TAIFG)) {
        t->ctl &= (uint16_t)~TAIFG;
        return 0x0E;
    }
    return 0;
}

static void capture(struct ferro_machine *m, struct timer *t, unsigned n)
{
    uint8_t bit = (uint8_t)(1u << n);
    t->ccr[n] = t->r;
    if (!t->cfg->type_b) /* Timer_A compares with TAxCCRn itself */
        t->cl[n] = t->r;
    if (t->cap_unread & bit)
        t->cctl[n] |= COV;
    t->cap_unread |= bit;
    set_ccifg(m, t, n);
}

static void write_ctl(struct ferro_machine *m, struct timer *t, uint16_t v)
{
    unsigned was = mode(t);
    uint16_t old = t->ctl;
    t->ctl = v & (t->cfg->type_b ? CTL_BITS_B : CTL_BITS_A);
    if (v & TACLR) { /* 25.2.1: count, divider and direction */
        t->r = 0;
        t->down = 0;
        t->phase = 0;
    } else {
        t->phase %= divider(t);
    }
    if (mode(t) != MC_STOP && (was == MC_STOP || ((old ^ t->ctl) & (3u << SSEL_SHIFT))))
        start_clock(m, t, source_hz(m, t));
    if (t->cfg->type_b && ((t->ctl >> CLGRP_SHIFT) & 3) && !(t->warned & WARN_CLGRP)) {
        t->warned |= WARN_CLGRP;
        ferro_diag(m, "%s: TBCLGRP compare latch grouping is not modelled; latches load "
                      "individually (pc 0x%05x)", t->cfg->name, m->cur->pc);
    }
}

static void write_cctl(struct ferro_machine *m, struct timer *t, unsigned n, uint16_t v)
{
    int before = cci(t, n);
    if (t->cfg->type_b)
        t->cctl[n] = v & CCTL_BITS_B;
    else
        t->cctl[n] = (uint16_t)((v & CCTL_BITS_A) | (t->cctl[n] & SCCI));
    int after = cci(t, n);
    unsigned cm = t->cctl[n] >> CM_SHIFT; /* 1 rising, 2 falling, 3 both */
    if ((t->cctl[n] & CAP) && before != after && (cm & (after ? 1u : 2u)))
        capture(m, t, n);
    if (t->cfg->type_b && (t->cl_pending & (1u << n)) && clld(t, n) == 0) {
        t->cl[n] = t->ccr[n];
        t->cl_pending &= (uint8_t)~(1u << n);
    }
}

static void write_ccr(struct timer *t, unsigned n, uint16_t v)
{
    t->ccr[n] = v;
    if (!t->cfg->type_b || clld(t, n) == 0) {
        t->cl[n] = v;
        t->cl_pending &= (uint8_t)~(1u << n);
    } else {
        t->cl_pending |= (uint8_t)(1u << n);
    }
}

static uint16_t timer_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    struct timer *t = dev;
    unsigned off = addr & 0x3F, reg = off & ~1u;
    int n;
    uint16_t w;
    sync(m, t);
    if (reg == IV) {
        w = iv_take(t);
        update_lines(m, t);
        reschedule(m, t);
    } else {
        w = peek(t, reg);
        if ((n = ccr_index(t, reg, CCR0)) >= 0)
            t->cap_unread &= (uint8_t)~(1u << n);
    }
    return ferro_reg_view(w, off, byte);
}

static void timer_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct timer *t = dev;
    unsigned off = addr & 0x3F, reg = off & ~1u;
    int n;
    sync(m, t);
    if (byte) {
        uint16_t old = peek(t, reg);
        v = ferro_reg_merge(old, v, off, 1);
    }
    if (reg == CTL)
        write_ctl(m, t, v);
    else if ((n = ccr_index(t, reg, CCTL0)) >= 0)
        write_cctl(m, t, (unsigned)n, v);
    else if (reg == TR)
        t->r = v;
    else if ((n = ccr_index(t, reg, CCR0)) >= 0)
        write_ccr(t, (unsigned)n, v);
    else if (reg == EX0) {
        t->ex0 = v & 7;
        t->phase %= divider(t);
    } else if (reg == IV)
        iv_take(t); /* "any access, read or write" */
    update_lines(m, t);
    reschedule(m, t);
}

/* The CPU accepted CCR0's interrupt: its flag clears (25.2.6.1). */
static void timer_irq_ack(struct ferro_machine *m, void *dev, uint16_t vector)
{
    struct timer *t = dev;
    if (vector != t->cfg->vec_ccr0)
        return;
    sync(m, t);
    t->cctl[0] &= (uint16_t)~CCIFG;
    update_lines(m, t);
    reschedule(m, t);
}

/* ACLK or SMCLK may have changed: count up to now at the old frequency, then
 * restart the source clock at the new one. */
static void timer_clock_changed(struct ferro_machine *m, void *dev)
{
    struct timer *t = dev;
    if (!t->cfg || mode(t) == MC_STOP)
        return;
    sync(m, t);
    uint32_t hz = source_hz(m, t);
    if (hz != t->hz)
        start_clock(m, t, hz);
    update_lines(m, t);
    reschedule(m, t);
}

static void timer_init(struct ferro_machine *m, void *dev, const void *config)
{
    (void)m;
    struct timer *t = dev;
    t->cfg = config;
    t->ev = (struct ferro_event){.fire = fire, .ctx = t, .name = t->cfg->name};
}

/* PUC: every register 0 (25.3, 26.3); warnings stay given. */
static void timer_reset(struct ferro_machine *m, void *dev)
{
    struct timer *t = dev;
    ferro_unschedule(m, &t->ev);
    const struct timer_config *cfg = t->cfg;
    struct ferro_event ev = t->ev;
    uint8_t warned = t->warned;
    memset(t, 0, sizeof *t);
    t->cfg = cfg;
    t->ev = ev;
    t->warned = warned;
    update_lines(m, t);
}

const struct ferro_device_ops timer_ops = {
    .name = "Timer",
    .init = timer_init,
    .reset = timer_reset,
    .read = timer_read,
    .write = timer_write,
    .irq_ack = timer_irq_ack,
    .clock_changed = timer_clock_changed,
};
