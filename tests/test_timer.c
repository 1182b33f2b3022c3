/* Timer_A/Timer_B (sim/periph/timer.c) driven through their registers on a
 * whole machine: TAxR equals the elapsed source clocks exactly, with every
 * divider; LPM3 wake-ups from an ACLK timer come at exactly N K / f_ACLK;
 * a clock system change restarts counting at the new frequency; changing
 * TAxCCR0 under a running counter, TAxCCR0 = 0, up/down turns, TAxIV, the
 * interrupt lines and CCR0's flag cleared on acceptance; Timer_B's counter
 * length and compare latches; DMA trigger calls and events only for a
 * listening channel; the one-time external-clock warning.
 *
 * With an argument, the firmware workloads/tests/timer_lpm3.elf: its ten
 * wake-ups come exactly 328/32768 s apart, the first one period after the
 * instruction that started TA0. */
#include <stdio.h>
#include <string.h>

#include "sim/elf_load.h"
#include "sim/machine.h"
#include "sim/periph/dma.h"
#include "sim/periph/timer.h"

#include "check.h"

/* Timer registers (SLAU367P 25.3): TA0 at 0x0340, TB0 at 0x03C0, TA2 at 0x0400. */
enum { TA0 = 0x0340, TB0 = 0x03C0, TA2 = 0x0400 };
#define CTL(b) ((b) + 0x00u)
#define CCTL(b, n) ((b) + 0x02u + 2u * (n))
#define TR(b) ((b) + 0x10u)
#define CCR(b, n) ((b) + 0x12u + 2u * (n))
#define EX0(b) ((b) + 0x20u)
#define IV(b) ((b) + 0x2Eu)

enum {
    TAIFG = 0x0001, TAIE = 0x0002, TACLR = 0x0004, MC_UP = 0x0010, MC_CONT = 0x0020,
    MC_UPDOWN = 0x0030, ID_2 = 0x0040, ID_8 = 0x00C0, SSEL_EXT = 0x0000, SSEL_ACLK = 0x0100,
    SSEL_SMCLK = 0x0200, CNTL_12 = 0x0800,
    CCIFG = 0x0001, COV = 0x0002, CCIE = 0x0010, CAP = 0x0100, CCIS_GND = 0x2000,
    CCIS_VCC = 0x3000, CM_BOTH = 0xC000, CLLD_3 = 0x0600,
};

/* Clock system (SLAU367P 3.3): CSCTL0_H password, CSCTL2 sources, CSCTL3 dividers. */
enum { CSCTL0_H = 0x0161, CSCTL2 = 0x0164, CSCTL3 = 0x0166 };

#define SLOT(vector) (1ull << (((vector) - 0xFF80) / 2))
enum { VEC_TA0_CCR0 = 0xFFEA, VEC_TA0_IV = 0xFFE8 };

static int diags;

static void on_diag(struct ferro_machine *m, const char *msg, void *ctx)
{
    (void)m, (void)ctx;
    fprintf(stderr, "diagnostic: %s\n", msg);
    diags++;
}

static void poke16(struct ferro_machine *m, uint32_t addr, uint16_t v)
{
    uint8_t b[2] = {(uint8_t)v, (uint8_t)(v >> 8)};
    ferro_poke(m, addr, b, 2);
}

/* A machine following the clock system (after reset MCLK = SMCLK = 1 MHz,
 * ACLK = LFXT 32768 Hz) with `code` at 0x4000. */
static struct ferro_machine *machine(const uint16_t *code, size_t n)
{
    struct ferro_config cfg = {0};
    struct ferro_machine *m = ferro_new(&cfg);
    if (!m) {
        fprintf(stderr, "out of memory\n");
        failures++;
        return NULL;
    }
    m->on_diag = on_diag;
    for (size_t i = 0; i < n; i++)
        poke16(m, 0x4000 + 2 * (uint32_t)i, code[i]);
    poke16(m, 0xFFFE, 0x4000);
    ferro_reset(m);
    m->r[1] = 0x3C00;             /* stack at the top of SRAM, as crt0 sets it */
    ferro_write16(m, 0x015C, 0x5A80); /* WDTCTL = WDTPW | WDTHOLD: no watchdog reset */
    return m;
}

/* A machine running NOPs (MOV #0, R3: one cycle each). */
static struct ferro_machine *nop_machine(void)
{
    static uint16_t sled[8192];
    for (size_t i = 0; i < sizeof sled / sizeof sled[0]; i++)
        sled[i] = 0x4303;
    return machine(sled, sizeof sled / sizeof sled[0]);
}

/* Run for exactly `cycles` more cycles (NOPs: one cycle each), events
 * serviced as ferro_run does. */
static void steps(struct ferro_machine *m, uint64_t cycles)
{
    if (!cycles)
        return;
    m->cfg.max_cycles = m->cycles + cycles;
    CHECK_EQ("run ends on the budget", ferro_run(m, NULL), STOP_BUDGET);
    m->cfg.max_cycles = 0;
}

static void cs_write(struct ferro_machine *m, uint32_t reg, uint16_t v)
{
    ferro_write8(m, CSCTL0_H, 0xA5);
    ferro_write16(m, reg, v);
    ferro_write8(m, CSCTL0_H, 0x00);
}

static struct timer *ta0_state(struct ferro_machine *m)
{
    return ferro_device_state(m, &timer_ops); /* TA0 is the first timer of the table */
}

/* TAxR counts the elapsed source clocks exactly: SMCLK = MCLK, so one per NOP,
 * divided by ID x TAIDEX from a TACLR. */
static void exact_counts(void)
{
    static const struct {
        uint16_t id, idex;
        unsigned div;
    } cases[] = {{0, 0, 1}, {ID_2, 0, 2}, {ID_2, 2, 6}, {ID_8, 7, 64}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        struct ferro_machine *m = nop_machine();
        if (!m)
            return;
        ferro_write16(m, EX0(TA0), cases[c].idex);
        ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_CONT | TACLR | cases[c].id);
        unsigned done = 0;
        static const unsigned at[] = {1, 5, 63, 64, 65, 1000, 4097};
        for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
            steps(m, at[i] - done);
            done = at[i];
            CHECK_EQ("TA0R = elapsed cycles / divider", ferro_read16(m, TR(TA0)),
                     done / cases[c].div);
        }
        ferro_free(m);
    }
}

/* Continuous mode wraps 0FFFFh -> 0 with TAIFG; the interrupt line follows
 * flag and enable; TAxIV gives CCR1 before TAIFG and clears what it gives. */
static void wrap_and_iv(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    ferro_write16(m, CCR(TA0, 1), 0xFFFE);
    ferro_write16(m, CCTL(TA0, 1), CCIE);
    ferro_write16(m, TR(TA0), 0xFFF0);
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_CONT | TAIE);
    steps(m, 13);
    CHECK_EQ("no flag yet", m->irq_lines & SLOT(VEC_TA0_IV), 0);
    steps(m, 1); /* 14: TA0R = 0FFFEh = TA0CCR1 */
    CHECK_EQ("CCR1 flag drives the TAIV line", (m->irq_lines & SLOT(VEC_TA0_IV)) != 0, 1);
    steps(m, 2); /* 16: the wrap */
    CHECK_EQ("TA0R after the wrap", ferro_read16(m, TR(TA0)), 0);
    CHECK_EQ("TAIFG", ferro_read16(m, CTL(TA0)) & TAIFG, TAIFG);
    CHECK_EQ("TA0IV: CCR1 first", ferro_read16(m, IV(TA0)), 0x02);
    CHECK_EQ("CCR1 flag cleared by TA0IV", ferro_read16(m, CCTL(TA0, 1)) & CCIFG, 0);
    CHECK_EQ("line still on (TAIFG)", (m->irq_lines & SLOT(VEC_TA0_IV)) != 0, 1);
    CHECK_EQ("TA0IV: TAIFG", ferro_read16(m, IV(TA0)), 0x0E);
    CHECK_EQ("TA0IV: none", ferro_read16(m, IV(TA0)), 0);
    CHECK_EQ("line off", m->irq_lines & SLOT(VEC_TA0_IV), 0);
    ferro_free(m);
}

/* Up mode edge cases (SLAU367P 25.2.3): a period below the count rolls to
 * zero at the next clock; TA0CCR0 = 0 holds the counter; up/down turns down at
 * once when TA0CCR0 drops below a rising count. */
static void period_changes(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    ferro_write16(m, CCR(TA0, 0), 99);
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_UP | TACLR);
    steps(m, 50);
    CHECK_EQ("up: TA0R", ferro_read16(m, TR(TA0)), 50);
    ferro_write16(m, CCR(TA0, 0), 20);
    steps(m, 1);
    CHECK_EQ("period below the count: rolled to 0", ferro_read16(m, TR(TA0)), 0);
    CHECK_EQ("with TAIFG", ferro_read16(m, CTL(TA0)) & TAIFG, TAIFG);
    steps(m, 19);
    CHECK_EQ("no CCR0 flag at 19", ferro_read16(m, CCTL(TA0, 0)) & CCIFG, 0);
    steps(m, 1);
    CHECK_EQ("CCR0 flag at the new period", ferro_read16(m, CCTL(TA0, 0)) & CCIFG, CCIFG);
    ferro_write16(m, CCR(TA0, 0), 0);
    steps(m, 30);
    CHECK_EQ("TA0CCR0 = 0: held at 0", ferro_read16(m, TR(TA0)), 0);
    ferro_write16(m, CCR(TA0, 0), 10);
    steps(m, 7);
    CHECK_EQ("restarted from 0", ferro_read16(m, TR(TA0)), 7);

    ferro_write16(m, CCR(TA0, 0), 40);
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_UPDOWN | TACLR);
    steps(m, 30);
    CHECK_EQ("up/down rising", ferro_read16(m, TR(TA0)), 30);
    ferro_write16(m, CCR(TA0, 0), 20);
    steps(m, 5);
    CHECK_EQ("turned down at once", ferro_read16(m, TR(TA0)), 25);
    steps(m, 25 + 20 + 3);
    CHECK_EQ("down to 0, up to 20, down 3", ferro_read16(m, TR(TA0)), 17);
    ferro_free(m);
}

static uint64_t irq_cycle;
static int irq_flag_after, irq_line_after;

static void record_irq(struct ferro_machine *m, const struct ferro_exec *e, unsigned c, void *ctx)
{
    struct timer *t = ctx;
    if (e->event != EV_IRQ || irq_cycle)
        return;
    irq_cycle = m->cycles - c;
    irq_flag_after = t->cctl[0] & CCIFG;
    irq_line_after = (m->irq_lines & SLOT(VEC_TA0_CCR0)) != 0;
}

/* CCR0's interrupt: the line is on while CCIFG and CCIE are; it is taken at
 * the first instruction boundary at or after the match; accepting it clears
 * the flag (SLAU367P 25.2.6.1). */
static void ccr0_ack(void)
{
    /* main: EINT then NOPs; the ISR at 0x4100: RETI */
    static uint16_t code[0x100 / 2 + 1];
    for (size_t i = 0; i < 0x80; i++)
        code[i] = 0x4303;
    code[0] = 0xD232; /* BIS #8, SR (EINT) */
    code[0x80] = 0x1300;
    struct ferro_machine *m = machine(code, sizeof code / sizeof code[0]);
    if (!m)
        return;
    poke16(m, VEC_TA0_CCR0, 0x4100);
    ferro_write16(m, CCR(TA0, 0), 9);
    ferro_write16(m, CCTL(TA0, 0), CCIE);
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_UP | TACLR);
    uint64_t c0 = m->cycles;
    steps(m, 8);
    CHECK_EQ("no interrupt before TA0R = 9", m->irq_lines & SLOT(VEC_TA0_CCR0), 0);
    irq_cycle = 0;
    m->on_step = record_irq;
    m->on_step_ctx = ta0_state(m);
    steps(m, 20);
    CHECK_EQ("taken at the match, 9 cycles after the start", irq_cycle - c0, 9);
    CHECK_EQ("flag cleared on acceptance", irq_flag_after, 0);
    CHECK_EQ("line off after acceptance", irq_line_after, 0);
    ferro_free(m);
}

/* The clock system halves SMCLK twice while TA0 counts: clocks up to the
 * change count at 1 MHz, then at 250 kHz. */
static void clock_change(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_CONT | TACLR);
    steps(m, 100);
    cs_write(m, CSCTL3, 0x0053); /* DIVS /32: SMCLK = 8 MHz / 32; MCLK stays 8 MHz / 8 */
    CHECK_EQ("MCLK unchanged", m->mclk_hz, 1000000);
    steps(m, 400);
    CHECK_EQ("100 at 1 MHz + 400 us at 250 kHz", ferro_read16(m, TR(TA0)), 200);
    steps(m, 3);
    CHECK_EQ("between two 250 kHz edges", ferro_read16(m, TR(TA0)), 200);
    steps(m, 1);
    CHECK_EQ("next 250 kHz edge", ferro_read16(m, TR(TA0)), 201);
    ferro_free(m);
}

/* ---- LPM3 wake-ups ------------------------------------------------------- */

static ferro_ps wake[64];
static unsigned nwake;

static void record_wake(struct ferro_machine *m, const struct ferro_exec *e, unsigned c, void *ctx)
{
    (void)ctx;
    if (e->event == EV_IRQ && e->vector == VEC_TA0_CCR0 && nwake < 64)
        wake[nwake++] = ferro_now(m) - (ferro_ps)c * FERRO_PS_PER_S / m->mclk_hz;
}

/* main: sleep in LPM3 with GIE; after the ISR let it run: DINT and halt.
 * ISR: count in 0x1C00; on the n-th time clear LPM3 in the saved SR. */
static struct ferro_machine *lpm3_machine(uint16_t n)
{
    uint16_t code[0x100 / 2 + 12] = {
        0xD032, 0x00D8, /* BIS #0xD8, SR: LPM3 + GIE */
        0xC232,         /* DINT */
        0x4303,         /* NOP */
        0xD032, 0x00F0, /* BIS #0xF0, SR: LPM4, GIE clear: halt */
        0x3FFF,         /* JMP $ */
    };
    static const uint16_t isr[] = {
        0x5392, 0x1C00,         /* INC &0x1C00 */
        0x90B2, 0, 0x1C00,      /* CMP #n, &0x1C00 */
        0x2003,                 /* JNE reti */
        0xC0B1, 0x00D0, 0x0000, /* BIC #0xD0, 0(SP) */
        0x1300,                 /* RETI */
    };
    memcpy(&code[0x80], isr, sizeof isr);
    code[0x80 + 3] = n;
    struct ferro_machine *m = machine(code, sizeof code / sizeof code[0]);
    if (m)
        poke16(m, VEC_TA0_CCR0, 0x4100);
    return m;
}

/* The test: sleep in LPM3 on a Timer_A0 CCR0 interrupt N times from
 * ACLK, up mode with TA0CCR0 = K - 1.  TA0R reaches K - 1 after K - 1 clocks
 * and then every K clocks, so wake-up i (1 ... N) comes at exactly
 * t0 + (i K - 1) / f_ACLK, to the picosecond (rounded down like every clock
 * edge), t0 being the TA0CTL write; wake-ups are exactly K / f_ACLK apart. */
static void lpm3_wakeups(const char *what, uint16_t sela, uint32_t f_aclk, uint16_t k,
                         uint16_t n, ferro_ps period_ps)
{
    struct ferro_machine *m = lpm3_machine(n);
    if (!m)
        return;
    cs_write(m, CSCTL2, (uint16_t)(sela | 0x0033)); /* SMCLK, MCLK: DCO as after reset */
    ferro_write16(m, CCR(TA0, 0), (uint16_t)(k - 1));
    ferro_write16(m, CCTL(TA0, 0), CCIE);
    ferro_write16(m, CTL(TA0), SSEL_ACLK | MC_UP | TACLR);
    ferro_ps t0 = ferro_now(m);
    nwake = 0;
    m->on_step = record_wake;
    CHECK_EQ("halts after the n-th wake-up", ferro_run(m, NULL), STOP_HALT);
    CHECK_EQ(what, nwake, n);
    CHECK_EQ("machine wake-ups", m->wakeups, n);
    CHECK_EQ("ISR count", ferro_peek16(m, 0x1C00), n);
    for (unsigned i = 0; i < nwake; i++) {
        uint64_t clocks = (uint64_t)(i + 1) * k - 1;
        ferro_ps want = t0 + (ferro_ps)((unsigned __int128)clocks * FERRO_PS_PER_S / f_aclk);
        CHECK_EQ("wake-up time = t0 + (i K - 1) / f_ACLK", wake[i], want);
        if (period_ps && i > 0)
            CHECK_EQ("wake-ups one period apart", wake[i] - wake[i - 1], period_ps);
    }
    /* Asleep all the time but the ISRs' few cycles (at most 100 us each). */
    if (period_ps)
        CHECK_EQ("slept in LPM3 the rest of the time",
                 m->sleep_ps[3] > (ferro_ps)n * (period_ps - 100000000ull), 1);
    ferro_free(m);
}

/* ---- Timer_B ------------------------------------------------------------- */

/* 12-bit length in continuous mode; CLLD = 3 loads TB0CL1 when TB0R reaches
 * the old TB0CL1; TB0IV for CCR6 = 0Ch. */
static void timer_b(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    ferro_write16(m, TR(TB0), 0x0FFC);
    ferro_write16(m, CTL(TB0), SSEL_SMCLK | MC_CONT | CNTL_12);
    steps(m, 6);
    CHECK_EQ("12-bit wrap", ferro_read16(m, TR(TB0)), 2);
    CHECK_EQ("TBIFG", ferro_read16(m, CTL(TB0)) & TAIFG, TAIFG);

    ferro_write16(m, CTL(TB0), SSEL_SMCLK | MC_CONT | TACLR);
    ferro_write16(m, CCR(TB0, 1), 10); /* CLLD 0: TB0CL1 = 10 at once */
    ferro_write16(m, CCTL(TB0, 1), CLLD_3);
    ferro_write16(m, CCR(TB0, 1), 30); /* loads when TB0R counts to 10 */
    steps(m, 10);
    CHECK_EQ("old latch matched at 10", ferro_read16(m, CCTL(TB0, 1)) & CCIFG, CCIFG);
    ferro_write16(m, CCTL(TB0, 1), CLLD_3);
    steps(m, 20);
    CHECK_EQ("new latch 30 matched", ferro_read16(m, CCTL(TB0, 1)) & CCIFG, CCIFG);
    CHECK_EQ("TB0CCR1 reads the register", ferro_read16(m, CCR(TB0, 1)), 30);

    ferro_write16(m, CCTL(TB0, 6), CCIE | CCIFG);
    CHECK_EQ("TB0IV CCR6", ferro_read16(m, IV(TB0)), 0x0C);
    /* TA2 has two CCRs: TA2CCTL2 is not there */
    ferro_write16(m, CCTL(TA2, 2), 0xFFFF);
    CHECK_EQ("TA2CCTL2 absent", ferro_read16(m, CCTL(TA2, 2)), 0);
    ferro_free(m);
}

/* ---- DMA trigger --------------------------------------------------------- */

static unsigned trig_ta0ccr0, trig_other;

static void count_trigger(struct ferro_machine *m, unsigned source)
{
    (void)m;
    if (source == DMA_TRIG_TA0CCR0)
        trig_ta0ccr0++;
    else
        trig_other++;
}

/* Every TA0CCR0 match calls the hook, at its time, while an enabled DMA
 * channel selects trigger 1; with no listener no event is queued. */
static void dma_trigger(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    ferro_write16(m, 0x0500, DMA_TRIG_TA0CCR0); /* DMACTL0: DMA0TSEL = 1 */
    ferro_write16(m, 0x051A, 1);                /* DMA0SZ */
    ferro_write16(m, 0x0510, 0x4010);           /* DMA0CTL: repeated single, DMAEN */
    m->dma_trigger = count_trigger;             /* count instead of transferring */
    trig_ta0ccr0 = trig_other = 0;
    ferro_write16(m, CCR(TA0, 0), 9);
    ferro_write16(m, CCR(TA0, 2), 50); /* TA0CCR2 is trigger 2: keep it out of reach */
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_UP | TACLR);
    CHECK_EQ("event queued for the listener", ta0_state(m)->ev.queued, 1);
    steps(m, 100);
    CHECK_EQ("one trigger per period, as they happen", trig_ta0ccr0, 10);
    CHECK_EQ("no other trigger", trig_other, 0);

    ferro_write16(m, 0x0510, 0x4000); /* DMAEN off: nobody listens */
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_UP);
    CHECK_EQ("no event without listener or interrupt", ta0_state(m)->ev.queued, 0);
    ferro_free(m);
}

/* TACLK is not produced: the timer does not count; one warning. */
static void external_clock(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    diags = 0;
    ferro_write16(m, CTL(TA0), SSEL_EXT | MC_CONT | TACLR);
    steps(m, 10);
    CHECK_EQ("TACLK: no count", ferro_read16(m, TR(TA0)), 0);
    ferro_write16(m, CTL(TA0), TACLR);
    ferro_write16(m, CTL(TA0), SSEL_EXT | MC_UP); /* started again */
    CHECK_EQ("one warning", diags, 1);
    diags = 0;
    ferro_free(m);
}

/* Capture on CCIS switches; COV on a second capture before TA0CCR1 is read. */
static void capture(void)
{
    struct ferro_machine *m = nop_machine();
    if (!m)
        return;
    ferro_write16(m, CTL(TA0), SSEL_SMCLK | MC_CONT | TACLR);
    ferro_write16(m, CCTL(TA0, 1), CAP | CM_BOTH | CCIS_GND);
    steps(m, 7);
    ferro_write16(m, CCTL(TA0, 1), CAP | CM_BOTH | CCIS_VCC);
    steps(m, 5);
    ferro_write16(m, CCTL(TA0, 1), CAP | CM_BOTH | CCIS_GND);
    CHECK_EQ("second capture value", ferro_read16(m, CCR(TA0, 1)), 12);
    CHECK_EQ("COV", ferro_read16(m, CCTL(TA0, 1)) & (COV | CCIFG), COV | CCIFG);
    ferro_free(m);
}

/* ---- the firmware -------------------------------------------------------- */

static ferro_ps ta0_start;

static void record_fw(struct ferro_machine *m, const struct ferro_exec *e, unsigned c, void *ctx)
{
    struct timer *t = ctx;
    if (!ta0_start && (t->ctl & 0x0030))
        ta0_start = ferro_now(m) - (ferro_ps)c * FERRO_PS_PER_S / m->mclk_hz;
    record_wake(m, e, c, NULL);
}

static void firmware(const char *path)
{
    struct ferro_config cfg = {0};
    struct ferro_machine *m = ferro_new(&cfg);
    struct ferro_image img;
    char err[512];
    if (!m || ferro_load_elf(m, path, &img, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", path, m ? err : "out of memory");
        failures++;
        ferro_free(m);
        return;
    }
    ferro_reset(m);
    nwake = 0;
    ta0_start = 0;
    m->on_step = record_fw;
    m->on_step_ctx = ta0_state(m);
    CHECK_EQ("firmware halts", ferro_run(m, NULL), STOP_HALT);
    CHECK_EQ("exit code", ferro_exit_code(m), 0);
    CHECK_EQ("ten wake-ups", nwake, 10);
    CHECK_EQ("machine wake-ups", m->wakeups, 10);
    /* wake-up i at (328 i - 1) / 32768 s after the start: 327 / 32768 s is
       9 979 248 046.875 ps, 328 / 32768 s = 10 009 765 625 ps exactly */
    for (unsigned i = 0; i < nwake; i++)
        CHECK_EQ("wake-up i = TA0 start + (328 i - 1) / 32768 s", wake[i] - ta0_start,
                 9979248046ull + i * 10009765625ull);
    printf("timer_lpm3.elf: TA0 started at %.9f s, first wake-up 327/32768 s later, then "
           "every 328/32768 s; last at %.9f s, halted at %.9f s\n",
           (double)ta0_start / FERRO_PS_PER_S, (double)wake[nwake ? nwake - 1 : 0] / FERRO_PS_PER_S,
           ferro_time_s(m));
    ferro_image_free(&img);
    ferro_free(m);
}

int main(int argc, char **argv)
{
    exact_counts();
    wrap_and_iv();
    period_changes();
    ccr0_ack();
    clock_change();
    /* LFXT 32768 Hz, K = 328: 10.009765625 ms, an exact number of ps */
    lpm3_wakeups("LFXT wake-ups", 0x0000, 32768, 328, 10, 10009765625ull);
    /* VLO 9400 Hz, K = 94: 10 ms */
    lpm3_wakeups("VLO wake-ups", 0x0100, 9400, 94, 10, 10000000000ull);
    /* LFXT, K = 3: 3/32768 s is not a whole number of ps; no drift either */
    lpm3_wakeups("short-period wake-ups", 0x0000, 32768, 3, 40, 0);
    timer_b();
    dma_trigger();
    external_clock();
    capture();
    if (argc > 1)
        firmware(argv[1]);
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("test_timer: all checks passed\n");
    return 0;
}
