/* DMA controller (sim/periph/dma.c): a block copy from upper FRAM to SRAM started
 * by an instruction lands the data and costs exactly the cost-table cells
 * (SLAU367P 11.2.7: DMA_XFER = 2 + 2 n), with FRAM wait states on top; burst-
 * block bursts interleave with instructions; long blocks split into records;
 * repeated single transfers from a device trigger (the hook a timer calls),
 * low-power pricing, priorities and ROUNDROBIN, trigger 30 chaining, DMAIV,
 * the interrupt line and the 20-bit address registers. */
#include <stdio.h>
#include <string.h>

#include "sim/machine.h"
#include "sim/periph/dma.h"

#include "check.h"

/* Register addresses (SLAU367P table 11-4, base 0x0500, channel n at 0x0510 + 0x10 n). */
#define DMACTL(i) (0x0500u + 2u * (i))
#define DMAIV 0x050Eu
#define CTL(n) (0x0510u + 0x10u * (n))
#define SAL(n) (CTL(n) + 2)
#define SAH(n) (CTL(n) + 4)
#define DAL(n) (CTL(n) + 6)
#define DAH(n) (CTL(n) + 8)
#define SZ(n) (CTL(n) + 0xA)

enum {
    DMAREQ = 0x0001, DMAIE = 0x0004, DMAIFG = 0x0008, DMAEN = 0x0010, SRCBYTE = 0x0040,
    DSTBYTE = 0x0080, SRC_INC = 0x0300, SRC_DEC = 0x0200, DST_INC = 0x0C00, DST_DEC = 0x0800,
    DT_SINGLE = 0x0000, DT_BLOCK = 0x1000, DT_BURST = 0x2000, DT_RPT_SINGLE = 0x4000,
    ROUNDROBIN = 0x0002,
};

#define DMA_SLOT (1ull << ((0xFFE4 - 0xFF80) / 2))

/* Every accounted record, in order. */
struct rec {
    struct ferro_exec e;
    unsigned cycles;
};
static struct rec recs[4096];
static size_t nrecs;
static uint64_t rec_cycles;
static int diags;

static void on_step(struct ferro_machine *m, const struct ferro_exec *e, unsigned c, void *ctx)
{
    (void)m, (void)ctx;
    if (nrecs < sizeof recs / sizeof recs[0])
        recs[nrecs++] = (struct rec){*e, c};
    rec_cycles += c;
}

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

/* A machine at 1 MHz whose code starts at 0x4000, reset, recording its steps. */
static struct ferro_machine *machine(void)
{
    struct ferro_config cfg = {0};
    cfg.mclk_hz = 1000000;
    struct ferro_machine *m = ferro_new(&cfg);
    if (!m) {
        fprintf(stderr, "out of memory\n");
        return NULL;
    }
    poke16(m, 0xFFFE, 0x4000);
    m->on_diag = on_diag;
    ferro_reset(m);
    m->on_step = on_step;
    nrecs = 0;
    rec_cycles = 0;
    return m;
}

/* Assemble "MOV #imm, &addr" (0x40B2: source @PC+, destination absolute). */
static uint32_t emit_mov(struct ferro_machine *m, uint32_t pc, uint16_t imm, uint16_t addr)
{
    poke16(m, pc, 0x40B2);
    poke16(m, pc + 2, imm);
    poke16(m, pc + 4, addr);
    return pc + 6;
}

static uint32_t emit_nop(struct ferro_machine *m, uint32_t pc)
{
    poke16(m, pc, 0x4303); /* MOV #0, R3 */
    return pc + 2;
}

/* "BIS #0x00F0, SR" with GIE clear: LPM4, the end of a run. */
static uint32_t emit_halt(struct ferro_machine *m, uint32_t pc)
{
    poke16(m, pc, 0xD032);
    poke16(m, pc + 2, 0x00F0);
    return pc + 4;
}

static uint16_t pattern(unsigned i) { return (uint16_t)(0xC3A5u ^ (i * 0x0107u)); }

static const struct ferro_exec *dma_rec(size_t k)
{
    size_t seen = 0;
    for (size_t i = 0; i < nrecs; i++)
        if (recs[i].e.event == EV_DMA && seen++ == k)
            return &recs[i].e;
    return NULL;
}

static unsigned cell_cycles(enum ferro_cell c, unsigned n)
{
    return ferro_cells[c].base + ferro_cells[c].per_n * n;
}

/* The test: a block copy of 64 words from upper FRAM (0x10000) to SRAM,
 * started by the MOV that sets DMAREQ.  The data land before the next
 * instruction, the record's cycles are 2 + 2*64 (table cells) plus NWAITS per
 * FRAM cache miss, and the machine's cycles are the instructions' plus those. */
static void block_upper_fram(unsigned nwaits)
{
    struct ferro_machine *m = machine();
    if (!m)
        return;
    ferro_set_nwaits(m, nwaits);
    enum { N = 64 };
    for (unsigned i = 0; i < N; i++)
        poke16(m, 0x10000 + 2 * i, pattern(i));
    uint32_t pc = 0x4000;
    pc = emit_mov(m, pc, 0x0000, SAL(0)); /* DMA0SA = 0x10000: low word, then high */
    pc = emit_mov(m, pc, 0x0001, SAH(0));
    pc = emit_mov(m, pc, 0x1C00, DAL(0));
    pc = emit_mov(m, pc, N, SZ(0));
    pc = emit_mov(m, pc, DT_BLOCK | SRC_INC | DST_INC | DMAEN, CTL(0));
    uint32_t req_pc = pc;
    pc = emit_mov(m, pc, DT_BLOCK | SRC_INC | DST_INC | DMAEN | DMAREQ, CTL(0));
    uint32_t after = pc;
    emit_halt(m, pc);

    uint64_t c0 = m->cycles;
    CHECK_EQ("stop", ferro_run(m, NULL), STOP_HALT);
    for (unsigned i = 0; i < N; i++)
        CHECK_EQ("SRAM word", ferro_peek16(m, 0x1C00 + 2 * i), pattern(i));
    CHECK_EQ("word after the block untouched", ferro_peek16(m, 0x1C00 + 2 * N), 0);

    /* Records: the DMAREQ MOV, then the DMA, then the next instruction. */
    size_t k = 0;
    while (k < nrecs && !(recs[k].e.event == EV_INSN && recs[k].e.pc == req_pc))
        k++;
    CHECK_EQ("DMAREQ instruction found", k < nrecs, 1);
    if (k + 2 >= nrecs)
        return;
    const struct ferro_exec *d = &recs[k + 1].e;
    CHECK_EQ("record after DMAREQ is EV_DMA", d->event, EV_DMA);
    CHECK_EQ("next instruction follows the DMA", recs[k + 2].e.pc, after);
    CHECK_EQ("DMA record pc (CPU held there)", d->pc, after);
    CHECK_EQ("DMA record channel", d->vector, 0);
    CHECK_EQ("DMA record transfers", d->n, N);
    CHECK_EQ("DMA record cell", ferro_cell_of(d), CELL_DMA_XFER);
    CHECK_EQ("FRAM reads", d->read[RG_FRAM], N);
    CHECK_EQ("SRAM writes", d->write[RG_SRAM], N);
    CHECK_EQ("FRAM lookups", d->fram_hit + d->fram_miss, N);
    CHECK_EQ("wait cycles", d->wait_cycles, nwaits * d->fram_miss);
    if (nwaits)
        CHECK_EQ("one miss per cache line", d->fram_miss, 2u * N / m->fram_cache.cfg.line_bytes);
    unsigned want = 2 + 2 * N + nwaits * d->fram_miss;
    CHECK_EQ("cell DMA_XFER = 2 + 2n", cell_cycles(CELL_DMA_XFER, N), 2 + 2 * N);
    CHECK_EQ("DMA record cycles", recs[k + 1].cycles, want);
    CHECK_EQ("only one DMA record", dma_rec(1) == NULL, 1);

    /* The machine's cycles: exactly the instructions' and the DMA's. */
    uint64_t insn = 0;
    for (size_t i = 0; i < nrecs; i++)
        if (recs[i].e.event == EV_INSN)
            insn += recs[i].cycles;
    CHECK_EQ("machine cycles = instructions + DMA", m->cycles - c0, insn + want);
    CHECK_EQ("machine cycles = sum of records", m->cycles - c0, rec_cycles);

    struct dma_stats st;
    CHECK_EQ("dma_stats", dma_stats(m, &st), 0);
    CHECK_EQ("stats transfers", st.ch[0].transfers, N);
    CHECK_EQ("stats bytes", st.ch[0].bytes, 2 * N);
    CHECK_EQ("stats cycles", st.ch[0].cycles, want);
    CHECK_EQ("stats triggers", st.ch[0].triggers, 1);
    CHECK_EQ("other channel idle", st.ch[1].transfers, 0);

    /* Registers after the block: DMAEN cleared, DMAIFG set, DMA0SZ reloaded,
     * DMA0SA still the start address. */
    uint16_t ctl = ferro_read16(m, CTL(0));
    CHECK_EQ("DMAEN, DMAIFG, DMAREQ", ctl & (DMAEN | DMAIFG | DMAREQ), DMAIFG);
    CHECK_EQ("DMA0SZ reloaded", ferro_read16(m, SZ(0)), N);
    CHECK_EQ("DMA0SA low", ferro_read16(m, SAL(0)), 0x0000);
    CHECK_EQ("DMA0SA high", ferro_read16(m, SAH(0)), 0x0001);
    CHECK_EQ("DMA line (DMAIE clear)", m->irq_lines & DMA_SLOT, 0);
    ferro_free(m);
}

/* Burst-block: bursts of four transfers, instructions in between; the first
 * record synchronizes, the rest continue (DMA_XFER_CONT). */
static void burst_block(void)
{
    struct ferro_machine *m = machine();
    if (!m)
        return;
    for (unsigned i = 0; i < 10; i++)
        poke16(m, 0x2000 + 2 * i, pattern(i));
    uint32_t pc = 0x4000;
    pc = emit_mov(m, pc, 0x2000, SAL(1));
    pc = emit_mov(m, pc, 0x2400, DAL(1));
    pc = emit_mov(m, pc, 10, SZ(1));
    pc = emit_mov(m, pc, DT_BURST | SRC_INC | DST_INC | DMAEN | DMAREQ, CTL(1));
    for (int i = 0; i < 20; i++)
        pc = emit_nop(m, pc);
    emit_halt(m, pc);
    CHECK_EQ("stop", ferro_run(m, NULL), STOP_HALT);
    for (unsigned i = 0; i < 10; i++)
        CHECK_EQ("burst data", ferro_peek16(m, 0x2400 + 2 * i), pattern(i));
    static const unsigned n[] = {4, 4, 2};
    static const enum ferro_cell cell[] = {CELL_DMA_XFER, CELL_DMA_XFER_CONT, CELL_DMA_XFER_CONT};
    size_t last = 0;
    for (size_t b = 0; b < 3; b++) {
        const struct ferro_exec *d = dma_rec(b);
        CHECK_EQ("burst record", d != NULL, 1);
        if (!d)
            return;
        size_t at = (size_t)((const struct rec *)(const void *)d - recs);
        CHECK_EQ("burst transfers", d->n, n[b]);
        CHECK_EQ("burst cell", ferro_cell_of(d), cell[b]);
        CHECK_EQ("burst cycles", recs[at].cycles, cell_cycles(cell[b], n[b]));
        if (b)
            CHECK_EQ("instructions between bursts", at > last + 1, 1);
        last = at;
    }
    CHECK_EQ("three bursts", dma_rec(3) == NULL, 1);
    struct dma_stats st;
    dma_stats(m, &st);
    CHECK_EQ("burst stats cycles", st.ch[1].cycles, (2 + 8) + 8 + 4);
    CHECK_EQ("burst stats triggers", st.ch[1].triggers, 1);
    CHECK_EQ("DMAEN cleared", ferro_read16(m, CTL(1)) & DMAEN, 0);
    ferro_free(m);
}

/* Serve what is due now (outside a step, as ferro_run does between steps). */
static void service(struct ferro_machine *m)
{
    if (m->events && ferro_next_event(m) <= ferro_now(m))
        ferro_service_events(m);
}

/* A block longer than 255 transfers is accounted in records of at most 255,
 * one synchronization in all: 2 + 2*300 cycles. */
static void long_block(void)
{
    struct ferro_machine *m = machine();
    if (!m)
        return;
    ferro_write16(m, SAL(2), 0x1C00);
    ferro_write16(m, DAL(2), 0x2800);
    ferro_write16(m, SZ(2), 300);
    ferro_write16(m, CTL(2), DT_BLOCK | SRC_INC | DST_INC | DMAEN | DMAREQ);
    uint64_t c0 = m->cycles;
    nrecs = 0;
    service(m);
    const struct ferro_exec *a = dma_rec(0), *b = dma_rec(1);
    CHECK_EQ("two records", a && b && !dma_rec(2), 1);
    if (!a || !b)
        return;
    CHECK_EQ("first record", a->n, 255);
    CHECK_EQ("first cell", ferro_cell_of(a), CELL_DMA_XFER);
    CHECK_EQ("second record", b->n, 45);
    CHECK_EQ("second cell", ferro_cell_of(b), CELL_DMA_XFER_CONT);
    CHECK_EQ("long block cycles", m->cycles - c0, 2 + 2 * 300);
    ferro_free(m);
}

/* Repeated single transfers from a device trigger (TA0CCR0, what the timer's
 * hook passes): one transfer per trigger, DMAIFG after DMA3SZ of them, size and
 * addresses reload, DMAEN stays.  With the CPU in a low-power mode the record
 * is priced by DMA_XFER_LPM (table 11-3: 5 cycles). */
static void repeated_single_trigger(void)
{
    struct ferro_machine *m = machine();
    if (!m)
        return;
    for (unsigned i = 0; i < 3; i++)
        poke16(m, 0x1C00 + 2 * i, pattern(i));
    ferro_write16(m, DMACTL(1), DMA_TRIG_TA0CCR0 << 8); /* DMA3TSEL */
    ferro_write16(m, SAL(3), 0x1C00);
    ferro_write16(m, DAL(3), 0x1D00);
    ferro_write16(m, SZ(3), 3);
    ferro_write16(m, CTL(3), DT_RPT_SINGLE | SRC_INC | DST_INC | DMAEN | DMAIE);
    CHECK_EQ("hook installed", m->dma_trigger != NULL, 1);
    if (!m->dma_trigger)
        return;
    m->dma_trigger(m, DMA_TRIG_TA0CCR2); /* another source: nothing */
    service(m);
    CHECK_EQ("no transfer for another trigger", ferro_peek16(m, 0x1D00), 0);
    for (unsigned t = 0; t < 3; t++) {
        nrecs = 0;
        uint64_t c0 = m->cycles;
        m->dma_trigger(m, DMA_TRIG_TA0CCR0);
        service(m);
        CHECK_EQ("one record per trigger", nrecs, 1);
        CHECK_EQ("one transfer", recs[0].e.n, 1);
        CHECK_EQ("single transfer cycles (table 11-3 active: 4)", m->cycles - c0, 4);
        CHECK_EQ("data", ferro_peek16(m, 0x1D00 + 2 * t), pattern(t));
        CHECK_EQ("DMA3SZ", ferro_read16(m, SZ(3)), t < 2 ? 2 - t : 3);
    }
    CHECK_EQ("DMAEN stays, DMAIFG set", ferro_read16(m, CTL(3)) & (DMAEN | DMAIFG), DMAEN | DMAIFG);
    CHECK_EQ("DMA line up", (m->irq_lines & DMA_SLOT) != 0, 1);
    CHECK_EQ("DMAIV = DMA3IFG", ferro_read16(m, DMAIV), 8);
    CHECK_EQ("DMAIV cleared the flag", ferro_read16(m, CTL(3)) & DMAIFG, 0);
    CHECK_EQ("DMA line down", m->irq_lines & DMA_SLOT, 0);
    CHECK_EQ("DMAIV now 0", ferro_read16(m, DMAIV), 0);

    /* Addresses reloaded: the next trigger copies element 0 again, now with
     * the CPU asleep. */
    poke16(m, 0x1D00, 0);
    m->state = FERRO_SLEEPING;
    nrecs = 0;
    uint64_t c0 = m->cycles;
    m->dma_trigger(m, DMA_TRIG_TA0CCR0);
    service(m);
    m->state = FERRO_RUNNING;
    CHECK_EQ("reloaded source and destination", ferro_peek16(m, 0x1D00), pattern(0));
    CHECK_EQ("LPM cell", nrecs == 1 && ferro_cell_of(&recs[0].e) == CELL_DMA_XFER_LPM, 1);
    CHECK_EQ("LPM single transfer cycles (table 11-3: 5)", m->cycles - c0, 5);

    /* Clearing DMAEN: a trigger is lost. */
    ferro_write16(m, CTL(3), DT_RPT_SINGLE | SRC_INC | DST_INC);
    nrecs = 0;
    m->dma_trigger(m, DMA_TRIG_TA0CCR0);
    service(m);
    CHECK_EQ("disabled channel ignores its trigger", nrecs, 0);
    ferro_free(m);
}

/* Channel order for one trigger shared by channels 0 and 2: default priority
 * DMA0 first; with ROUNDROBIN, after channel 1 completed, channel 2 is first. */
static void priorities(void)
{
    for (int rr = 0; rr <= 1; rr++) {
        struct ferro_machine *m = machine();
        if (!m)
            return;
        ferro_write16(m, DMACTL(4), rr ? ROUNDROBIN : 0);
        ferro_write16(m, DMACTL(0), DMA_TRIG_TA1CCR0 | DMA_TRIG_TB0CCR0 << 8); /* DMA0, DMA1 */
        ferro_write16(m, DMACTL(1), DMA_TRIG_TA1CCR0);                         /* DMA2 */
        for (unsigned n = 0; n < 3; n++) {
            ferro_write16(m, SAL(n), (uint16_t)(0x1C00 + 0x10 * n));
            ferro_write16(m, DAL(n), (uint16_t)(0x1E00 + 0x10 * n));
            ferro_write16(m, SZ(n), 2);
            ferro_write16(m, CTL(n), DT_SINGLE | SRC_INC | DST_INC | DMAEN);
        }
        m->dma_trigger(m, DMA_TRIG_TB0CCR0); /* channel 1 alone */
        service(m);
        nrecs = 0;
        m->dma_trigger(m, DMA_TRIG_TA1CCR0); /* channels 0 and 2 together */
        service(m);
        CHECK_EQ("two records", nrecs, 2);
        CHECK_EQ("first served", recs[0].e.vector, rr ? 2 : 0);
        CHECK_EQ("second served", recs[1].e.vector, rr ? 0 : 2);
        CHECK_EQ("each synchronizes", ferro_cell_of(&recs[1].e), CELL_DMA_XFER);
        ferro_free(m);
    }
}

/* Trigger 30: channel 4 starts when channel 3 sets DMAIFG; byte/word
 * conversions and decrementing addresses on the way. */
static void chain_and_widths(void)
{
    struct ferro_machine *m = machine();
    if (!m)
        return;
    poke16(m, 0x1C00, 0x1234);
    poke16(m, 0x1C02, 0xABCD);
    ferro_write16(m, DMACTL(1), 0);                     /* DMA3: DMAREQ */
    ferro_write16(m, DMACTL(2), DMA_TRIG_CHAIN);        /* DMA4: previous channel's IFG */
    /* DMA3: word to byte, source decrementing from 0x1C02: 0xCD, 0x34. */
    ferro_write16(m, SAL(3), 0x1C02);
    ferro_write16(m, DAL(3), 0x1D00);
    ferro_write16(m, SZ(3), 2);
    ferro_write16(m, CTL(3), DT_BLOCK | SRC_DEC | DST_INC | DSTBYTE | DMAEN);
    /* DMA4: byte to word, destination decrementing from 0x1D12. */
    poke16(m, 0x1D10, 0xFFFF);
    poke16(m, 0x1D12, 0xFFFF);
    ferro_write16(m, SAL(4), 0x1D00);
    ferro_write16(m, DAL(4), 0x1D12);
    ferro_write16(m, SZ(4), 2);
    ferro_write16(m, CTL(4), DT_BLOCK | SRC_INC | DST_DEC | SRCBYTE | DMAEN);
    nrecs = 0;
    ferro_write16(m, CTL(3), DT_BLOCK | SRC_DEC | DST_INC | DSTBYTE | DMAEN | DMAREQ);
    service(m);
    CHECK_EQ("word to byte", ferro_peek16(m, 0x1D00), 0x34CD);
    CHECK_EQ("byte to word, first", ferro_peek16(m, 0x1D12), 0x00CD);
    CHECK_EQ("byte to word, second", ferro_peek16(m, 0x1D10), 0x0034);
    CHECK_EQ("two records", nrecs, 2);
    CHECK_EQ("chained channel", nrecs == 2 ? recs[1].e.vector : 99, 4);
    CHECK_EQ("both flags", (ferro_read16(m, CTL(3)) & ferro_read16(m, CTL(4))) & DMAIFG, DMAIFG);
    ferro_free(m);
}

/* Register behaviour: 20-bit address words, DMAREQ reads 0, DMAIV order and
 * the interrupt line follow DMAIE. */
static void registers(void)
{
    struct ferro_machine *m = machine();
    if (!m)
        return;
    ferro_write16(m, SAL(5), 0x2345);
    ferro_write16(m, SAH(5), 0xFFF4); /* bits 15:4 of the high word do not exist */
    CHECK_EQ("SA high", ferro_read16(m, SAH(5)), 4);
    CHECK_EQ("SA low", ferro_read16(m, SAL(5)), 0x2345);
    ferro_write16(m, SAL(5), 0x6789); /* a word write clears bits 19:16 */
    CHECK_EQ("SA high cleared", ferro_read16(m, SAH(5)), 0);
    ferro_write16(m, DAH(5), 3);
    ferro_write8(m, DAL(5) + 1, 0x12); /* a byte write keeps the rest */
    CHECK_EQ("DA high kept", ferro_read16(m, DAH(5)), 3);
    CHECK_EQ("DA low byte", ferro_read16(m, DAL(5)), 0x1200);
    ferro_write16(m, CTL(5), DMAIFG | DMAREQ); /* DMAEN clear: no transfer */
    CHECK_EQ("DMAREQ reads 0", ferro_read16(m, CTL(5)) & DMAREQ, 0);
    CHECK_EQ("no line without DMAIE", m->irq_lines & DMA_SLOT, 0);
    ferro_write16(m, CTL(2), DMAIFG | DMAIE);
    ferro_write16(m, CTL(5), DMAIFG | DMAIE);
    CHECK_EQ("line with DMAIE", (m->irq_lines & DMA_SLOT) != 0, 1);
    CHECK_EQ("DMAIV DMA2 first", ferro_read16(m, DMAIV), 6);
    CHECK_EQ("line still up", (m->irq_lines & DMA_SLOT) != 0, 1);
    CHECK_EQ("DMAIV then DMA5", ferro_read16(m, DMAIV), 0x0C);
    CHECK_EQ("line down", m->irq_lines & DMA_SLOT, 0);
    CHECK_EQ("reserved word reads 0", ferro_read16(m, CTL(5) + 0xC), 0);
    CHECK_EQ("no DMA event left", ((struct dma *)m->dma)->ev.queued, 0);
    ferro_free(m);
}

int main(void)
{
    block_upper_fram(0);
    block_upper_fram(1);
    burst_block();
    long_block();
    repeated_single_trigger();
    priorities();
    chain_and_widths();
    registers();
    CHECK_EQ("diagnostics", diags, 0);
    if (failures) {
        fprintf(stderr, "test_dma: %d failures\n", failures);
        return 1;
    }
    printf("test_dma: all checks passed\n");
    return 0;
}
