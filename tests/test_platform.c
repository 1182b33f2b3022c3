/* GPIO, WDT_A and SFR/SYS/PMM driven through the bus of a machine running a
 * one-instruction loop: exact watchdog expiry times (SMCLK, VLO, a clock
 * change mid-count), PUC causes in SYSRSTIV, what survives a PUC, LOCKLPM5,
 * PxIV, VMAIFG and the region-marker decoding (sim/periph/gpio.h). */
#include <stdio.h>
#include <string.h>

#include "sim/machine.h"
#include "sim/periph/gpio.h"
#include "sim/periph/wdt.h"

#include "check.h"

#define US 1000000ull /* ps */

static int diags;
static void count_diag(struct ferro_machine *m, const char *msg, void *ctx)
{
    (void)m, (void)msg, (void)ctx;
    diags++;
}

static void word_at(struct ferro_machine *m, uint32_t addr, uint16_t w)
{
    uint8_t b[2] = {(uint8_t)w, (uint8_t)(w >> 8)};
    ferro_poke(m, addr, b, 2);
}

/* Reset (power-up) into `jmp $` at 0x4400. */
static struct ferro_machine *machine(uint8_t marker_port)
{
    struct ferro_config cfg = {0};
    cfg.marker_port = marker_port;
    struct ferro_machine *m = ferro_new(&cfg);
    if (!m) {
        fprintf(stderr, "out of memory\n");
        return NULL;
    }
    word_at(m, 0x4400, 0x3FFF);
    word_at(m, 0xFFFE, 0x4400);
    m->on_diag = count_diag;
    ferro_reset(m);
    return m;
}

/* Run the loop for at least `cycles` more MCLK cycles (events fire meanwhile). */
static void run_for(struct ferro_machine *m, uint64_t cycles)
{
    m->cfg.max_cycles = m->cycles + cycles;
    (void)ferro_run(m, NULL);
}

static uint16_t rd(struct ferro_machine *m, uint32_t a) { return ferro_read16(m, a); }
static uint8_t rd8(struct ferro_machine *m, uint32_t a) { return ferro_read8(m, a); }

enum {
    SFRIE1 = 0x100, SFRIFG1 = 0x102, PMMCTL0 = 0x120, PMMIFG = 0x12A, PM5CTL0 = 0x130,
    WDTCTL = 0x15C, CSCTL0 = 0x160, CSCTL3 = 0x166, SYSSNIV = 0x19C, SYSRSTIV = 0x19E,
    P1IN = 0x200, P1OUT = 0x202, P1DIR = 0x204, P1IFG = 0x21C, P2IE = 0x21B, P2IFG = 0x21D,
    P2IV = 0x21E, PDOUT = 0x262, P7DIR = 0x264, P8DIR = 0x265, P1SELC = 0x216, PJOUT = 0x322,
};

static void watchdog(void)
{
    struct ferro_machine *m = machine(0);
    if (!m)
        return;
    struct wdt *w = ferro_device_state(m, &wdt_ops);
    /* After reset: watchdog mode, SMCLK = 1 MHz / 32768, counting from the reset. */
    CHECK_EQ("WDTCTL after reset", rd(m, WDTCTL), 0x6904);
    CHECK_EQ("first expiry", w->expire.when, 32768 * US);
    CHECK_EQ("WDTCTL byte read", rd8(m, WDTCTL + 1), 0x04);

    /* Interval mode, /64: 64 us after the write that clears the counter. */
    run_for(m, 10);
    ferro_ps t0 = ferro_now(m);
    ferro_write16(m, WDTCTL, 0x5A00 | 0x10 | 0x08 | 7);
    CHECK_EQ("interval /64 at 1 MHz", w->expire.when - t0, 64 * US);
    run_for(m, 200);
    CHECK_EQ("WDTIFG after intervals", rd(m, SFRIFG1) & 1, 1);
    CHECK_EQ("no reset in interval mode", m->reset_cause, RSTIV_BOR);

    /* VLOCLK (9.4 kHz): 64 clocks. */
    t0 = ferro_now(m);
    ferro_write16(m, WDTCTL, 0x5A00 | 0x40 | 0x10 | 0x08 | 7);
    CHECK_EQ("interval /64 from VLO", w->expire.when, ferro_ticks_to_ps(t0, 64, 9400));

    /* SMCLK halved mid-count (CSCTL3 DIVS /8 -> /16): what was counted stays. */
    ferro_write16(m, WDTCTL, 0x5A00 | 0x10 | 0x08 | 7);
    t0 = ferro_now(m);
    run_for(m, 30);
    ferro_ps t1 = ferro_now(m);
    uint64_t counted = ferro_ps_to_ticks(t0, t1, 1000000);
    ferro_write8(m, CSCTL0 + 1, 0xA5);
    ferro_write16(m, CSCTL3, 0x0043);
    /* The new clock's edges start at the change. */
    CHECK_EQ("expiry after SMCLK change", w->expire.when,
             ferro_ticks_to_ps(t1, 64 - counted, 500000));
    ferro_write16(m, CSCTL3, 0x0033);

    /* Held: nothing queued; the count stays. */
    ferro_write16(m, WDTCTL, 0x5A80);
    CHECK_EQ("held: no event", w->expire.queued, 0);

    /* Watchdog mode /64: a PUC with cause 16h; WDTIFG kept, WDTCTL back to 6904h. */
    ferro_write16(m, SFRIFG1, 0);
    ferro_write16(m, WDTCTL, 0x5A00 | 0x08 | 7);
    run_for(m, 100);
    CHECK_EQ("reset cause", m->reset_cause, RSTIV_WDT_TIMEOUT);
    CHECK_EQ("WDTCTL after the PUC", rd(m, WDTCTL), 0x6904);
    CHECK_EQ("WDTIFG kept through the PUC", rd(m, SFRIFG1) & 1, 1);
    CHECK_EQ("SYSRSTIV 1", rd(m, SYSRSTIV), 0x02); /* power-up, never read */
    CHECK_EQ("SYSRSTIV 2", rd(m, SYSRSTIV), 0x16);
    CHECK_EQ("SYSRSTIV 3", rd(m, SYSRSTIV), 0x00);

    /* Password violations: word write without 5Ah, and any byte write. */
    ferro_write16(m, WDTCTL, 0x1234);
    CHECK_EQ("wrong password: PUC requested", m->puc_pending, RSTIV_WDT_PASSWORD);
    ferro_step(m);
    CHECK_EQ("after the step", m->reset_cause, RSTIV_WDT_PASSWORD);
    ferro_write8(m, WDTCTL, 0x80);
    CHECK_EQ("byte write: PUC requested", m->puc_pending, RSTIV_WDT_PASSWORD);
    ferro_step(m);
    CHECK_EQ("SYSRSTIV accumulates (one flag per cause)", rd(m, SYSRSTIV), 0x18);
    CHECK_EQ("then empty", rd(m, SYSRSTIV), 0x00);
    ferro_free(m);
}

static void system_registers(void)
{
    struct ferro_machine *m = machine(0);
    if (!m)
        return;
    CHECK_EQ("SFRIFG1 after power-up", rd(m, SFRIFG1), 0x0082);
    CHECK_EQ("PMMCTL0 after power-up", rd(m, PMMCTL0), 0x9640);
    CHECK_EQ("LOCKLPM5 after power-up", rd(m, PM5CTL0), 1);

    /* Vacant memory access sets VMAIFG; SYSSNIV reports and clears it. */
    diags = 0;
    (void)ferro_read16(m, 0x3E00);
    CHECK_EQ("VMAIFG", rd(m, SFRIFG1) & 0x08, 0x08);
    CHECK_EQ("SYSSNIV", rd(m, SYSSNIV), 0x12);
    CHECK_EQ("SYSSNIV again", rd(m, SYSSNIV), 0);
    CHECK_EQ("VMAIFG cleared", rd(m, SFRIFG1) & 0x08, 0);

    /* WDTIFG & WDTIE drive the WDT vector. */
    uint64_t wdt_line = 1ull << ((0xFFF2 - 0xFF80) / 2);
    ferro_write16(m, SFRIE1, 1);
    ferro_write16(m, SFRIFG1, 0x0083);
    CHECK_EQ("WDT line", (m->irq_lines & wdt_line) != 0, 1);
    ferro_write16(m, SFRIFG1, 0x0082);
    CHECK_EQ("WDT line off", (m->irq_lines & wdt_line) != 0, 0);

    /* LOCKLPM5: software clears it, cannot set it, and it survives resets
     * short of a power cycle. */
    ferro_write16(m, PM5CTL0, 0);
    ferro_write16(m, PM5CTL0, 1);
    CHECK_EQ("LOCKLPM5 cleared for good", rd(m, PM5CTL0), 0);

    /* PMM: locked low byte ignored; word write without PMMPW: PUC 20h. */
    diags = 0;
    ferro_write8(m, PMMCTL0, 0x04);
    CHECK_EQ("locked PMMCTL0_L write", m->puc_pending, 0);
    CHECK_EQ("diagnosed", diags, 1);
    ferro_write16(m, PMMCTL0, 0x0040);
    CHECK_EQ("PMM password violation", m->puc_pending, RSTIV_PMM_PASSWORD);
    ferro_step(m);
    CHECK_EQ("LOCKLPM5 after PUC", rd(m, PM5CTL0), 0);

    /* Software BOR (unlock with a byte write, as TI's driverlib does). */
    ferro_write8(m, PMMCTL0 + 1, 0xA5);
    ferro_write8(m, PMMCTL0, 0x04);
    CHECK_EQ("software BOR requested", m->puc_pending, RSTIV_PMMSWBOR);
    ferro_step(m);
    CHECK_EQ("PMMBORIFG", rd(m, PMMIFG) & 0x0100, 0x0100);
    CHECK_EQ("LOCKLPM5 after software BOR", rd(m, PM5CTL0), 0);
    CHECK_EQ("BOR restarts SYSRSTIV", rd(m, SYSRSTIV), 0x06);
    CHECK_EQ("SYSRSTIV empty", rd(m, SYSRSTIV), 0);
    CHECK_EQ("SFRIFG1 after BOR", rd(m, SFRIFG1), 0x0082);

    /* Power cycle: locked again. */
    ferro_reset(m);
    CHECK_EQ("LOCKLPM5 after power-up again", rd(m, PM5CTL0), 1);
    ferro_free(m);
}

static void ports(void)
{
    struct ferro_machine *m = machine(7);
    if (!m)
        return;
    /* Locked: registers take writes, pins stay 0, P7 writes make no marker. */
    ferro_write8(m, P1DIR, 0xFF);
    ferro_write8(m, P1OUT, 0x0F);
    CHECK_EQ("P1IN locked", rd8(m, P1IN), 0);
    ferro_write8(m, P7DIR, 0xFF);
    ferro_write8(m, PDOUT, 5);
    CHECK_EQ("no marker while locked", m->nmarkers, 0);
    /* Unlock: pins take their state; the rising edges set P1IFG (IES = 0). */
    ferro_write16(m, PM5CTL0, 0);
    CHECK_EQ("P1IN unlocked", rd8(m, P1IN), 0x0F);
    CHECK_EQ("edges at unlock", rd8(m, P1IFG), 0x0F);
    CHECK_EQ("still no marker", m->nmarkers, 0);

    /* Markers: nesting, word write to the pair, end without begin, DIR. */
    ferro_write8(m, PDOUT, 5);
    ferro_write8(m, PDOUT, 6);
    ferro_write8(m, PDOUT, 0);
    ferro_write16(m, PDOUT, 0x1200); /* P7OUT = 0: ends region 5 */
    diags = 0;
    ferro_write8(m, PDOUT, 0);
    CHECK_EQ("end without begin diagnosed", diags, 1);
    ferro_write8(m, PDOUT + 1, 0x34); /* P8OUT: not the marker port */
    ferro_write8(m, P7DIR, 0x7F);
    ferro_write8(m, PDOUT, 3); /* not all pins outputs: no marker */
    static const uint16_t want[][2] = {{5, 1}, {6, 1}, {6, 0}, {5, 0}};
    CHECK_EQ("markers", m->nmarkers, 4);
    for (size_t i = 0; i < 4 && i < m->nmarkers; i++) {
        CHECK_EQ("marker id", m->markers[i].id, want[i][0]);
        CHECK_EQ("marker begin", m->markers[i].begin, want[i][1]);
    }

    /* A PUC closes the open regions and resets PxDIR, keeps PxOUT. */
    ferro_write8(m, P7DIR, 0xFF);
    ferro_write8(m, PDOUT, 7);
    ferro_write8(m, PDOUT, 8);
    ferro_write16(m, WDTCTL, 0); /* password violation */
    ferro_step(m);
    CHECK_EQ("markers after PUC", m->nmarkers, 8);
    if (m->nmarkers == 8) {
        CHECK_EQ("closed inner", m->markers[6].id, 8);
        CHECK_EQ("as an end", m->markers[6].begin, 0);
        CHECK_EQ("closed outer", m->markers[7].id, 7);
    }
    CHECK_EQ("P7DIR after PUC", rd8(m, P7DIR), 0);
    CHECK_EQ("P7OUT kept", rd8(m, PDOUT), 8);
    CHECK_EQ("P1IFG after PUC", rd8(m, P1IFG), 0);

    /* PxIV: any access clears the reported flag; PxSELC reads 0; PJ has 8 pins. */
    ferro_write8(m, P2IE, 0x81);
    ferro_write8(m, P2IFG, 0x81);
    ferro_write16(m, P2IV, 0);
    CHECK_EQ("P2IV write cleared P2.0", rd8(m, P2IFG), 0x80);
    CHECK_EQ("P2IV", rd(m, P2IV), 16);
    CHECK_EQ("P2IV empty", rd(m, P2IV), 0);
    ferro_write8(m, P1SELC, 0xFF);
    CHECK_EQ("P1SELC reads 0", rd8(m, P1SELC), 0);
    ferro_write16(m, PJOUT, 0xFFFF);
    CHECK_EQ("PJOUT", rd(m, PJOUT), 0x00FF);
    ferro_free(m);

    /* The marker port is a setting: P8 (high byte of the pair). */
    m = machine(8);
    if (!m)
        return;
    ferro_write16(m, PM5CTL0, 0);
    ferro_write8(m, P8DIR, 0xFF);
    ferro_write16(m, PDOUT, 0x0300);
    CHECK_EQ("P8 marker", m->nmarkers, 1);
    if (m->nmarkers)
        CHECK_EQ("P8 marker id", m->markers[0].id, 3);
    ferro_free(m);
}

int main(void)
{
    watchdog();
    system_registers();
    ports();
    if (failures)
        fprintf(stderr, "%d failures\n", failures);
    return failures != 0;
}
