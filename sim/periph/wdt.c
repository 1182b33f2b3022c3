/* WDT_A, the watchdog timer (SLAU367P chapter 24 "Watchdog Timer (WDT_A)").
 *
 * WDTCTL (0x015C) is a password-protected word register (SLAU367P 24.2 and
 * 24.3): writes need WDTPW = 5Ah in the high byte, reads return 69h there; a
 * write with another high byte, or any byte write, is a password violation
 * and resets the part (PUC, SYSRSTIV 18h).  A byte read of either half returns
 * the low byte.  Low byte: WDTHOLD (bit 7) stops the counter; WDTSSEL (6:5)
 * picks SMCLK, ACLK, VLOCLK or X_CLK (the FR5994 has no X_CLK: VLOCLK, as the
 * guide says for such devices); WDTTMSEL (4) selects interval-timer mode;
 * WDTCNTCL (3) clears the counter and reads 0; WDTIS (2:0) sets the interval
 * to 2^31, 2^27, 2^23, 2^19, 2^15, 2^13, 2^9 or 2^6 source clocks.
 *
 * When the interval elapses, WDTIFG is set in SFRIFG1; in watchdog mode that
 * is followed by a PUC (SYSRSTIV 16h), in interval mode by the WDT interrupt
 * when WDTIE is set (SFR device, vector 0xFFF2).  After every reset WDTCTL is
 * 6904h (watchdog mode, SMCLK, 2^15 clocks: 32.8 ms at the 1 MHz SMCLK of
 * reset), so firmware that does not stop or feed it is reset, as on a board.
 *
 * Timing: no per-instruction ticking; the counter is brought up to date from
 * simulated time when WDTCTL is written or the clock system changes a clock,
 * and one scheduler event is queued for the next expiry.  The counter is
 * modelled as counting in every low-power mode (the clock requests that keep a
 * watchdog-mode clock alive, SLAU367P 24.2.5-24.2.6, are assumed granted; an interval
 * timer whose clock an LPM stops on silicon would pause there, not here).
 * Changing WDTIS without WDTCNTCL moves the next expiry to the next multiple of
 * the new interval. */
#include "wdt.h"

#include "periph.h"
#include "sys.h"

enum {
    WDTPW = 0x5A, WDT_READ_KEY = 0x69, WDTHOLD = 0x80, WDTTMSEL = 0x10, WDTCNTCL = 0x08,
    WDTIS = 0x07, WDTCTL_RESET = 0x04,
};

/* log2 of the interval for each WDTIS value (SLAU367P 24.3, WDTCTL). */
static const uint8_t interval_log2[8] = {31, 27, 23, 19, 15, 13, 9, 6};

static uint32_t source_hz(const struct wdt *w)
{
    if ((w->ctl & WDTHOLD) || !w->cs)
        return 0;
    switch ((w->ctl >> 5) & 3) {
    case 0: return cs_smclk_hz(w->cs);
    case 1: return cs_aclk_hz(w->cs);
    default: return cs_vlo_hz(w->cs); /* VLOCLK; X_CLK is VLOCLK on the FR5994 */
    }
}

/* Bring the counter up to now at the frequency counted so far; `since` stays on
 * a clock edge so no fraction of a period is lost. */
static void catch_up(struct ferro_machine *m, struct wdt *w)
{
    ferro_ps now = ferro_now(m);
    if (!w->hz) {
        w->since = now;
        return;
    }
    uint64_t k = ferro_ps_to_ticks(w->since, now, w->hz);
    w->count += k;
    w->since = ferro_ticks_to_ps(w->since, k, w->hz);
}

/* Count on at the current source frequency; queue the next expiry. */
static void reschedule(struct ferro_machine *m, struct wdt *w)
{
    uint32_t hz = source_hz(w);
    if (hz != w->hz) {
        w->since = ferro_now(m);
        w->hz = hz;
    }
    uint64_t period = 1ull << interval_log2[w->ctl & WDTIS];
    w->target = (w->count / period + 1) * period;
    if (!hz) {
        ferro_unschedule(m, &w->expire);
        return;
    }
    ferro_schedule(m, &w->expire, ferro_ticks_to_ps(w->since, w->target - w->count, hz));
}

static void wdt_expire(struct ferro_machine *m, void *ctx)
{
    struct wdt *w = ctx;
    catch_up(m, w);
    if (w->count >= w->target) {
        if (w->sfr)
            sfr_set_flags(m, w->sfr, SFR_WDTIFG);
        if (!(w->ctl & WDTTMSEL)) {
            ferro_request_puc(m, RSTIV_WDT_TIMEOUT); /* the reset restarts the counter */
            return;
        }
    }
    reschedule(m, w);
}

static void wdt_reset(struct ferro_machine *m, void *dev)
{
    struct wdt *w = dev;
    w->cs = ferro_device_state(m, &cs_ops);
    w->sfr = ferro_device_state(m, &sfr_ops);
    w->expire.fire = wdt_expire;
    w->expire.ctx = w;
    w->expire.name = "WDT_A";
    w->ctl = WDTCTL_RESET;
    w->count = 0;
    w->hz = 0;
    w->since = ferro_now(m);
    reschedule(m, w);
}

static uint16_t wdt_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    (void)m, (void)addr;
    const struct wdt *w = dev;
    return byte ? w->ctl : (uint16_t)(WDT_READ_KEY << 8 | w->ctl);
}

static void wdt_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    (void)addr;
    struct wdt *w = dev;
    if (byte || v >> 8 != WDTPW) {
        ferro_request_puc(m, RSTIV_WDT_PASSWORD);
        return;
    }
    catch_up(m, w);
    if (v & WDTCNTCL) {
        w->count = 0;
        w->since = ferro_now(m);
    }
    w->ctl = (uint8_t)(v & ~WDTCNTCL);
    reschedule(m, w);
}

/* SMCLK or ACLK changed: count what passed at the old rate, go on at the new. */
static void wdt_clock_changed(struct ferro_machine *m, void *dev)
{
    struct wdt *w = dev;
    if (!w->expire.fire)
        return; /* not reset yet */
    catch_up(m, w);
    reschedule(m, w);
}

const struct ferro_device_ops wdt_ops = {
    .name = "WDT_A",
    .reset = wdt_reset,
    .read = wdt_read,
    .write = wdt_write,
    .clock_changed = wdt_clock_changed,
};
