/*
 * wdt - the watchdog timer WDT_A and the reset causes it leaves in SYSRSTIV
 * (SLAU367 "Watchdog Timer (WDT_A)", "SYS" registers). The program runs three
 * times: the phase survives the resets in .noinit SRAM (crt0 leaves it alone
 * and SRAM keeps its contents through a PUC); power-up is recognised by
 * SYSRSTIV reporting a BOR, which starts phase 0.
 *   phase 0: interval-timer mode: 5 WDT interrupts from SMCLK / 8192, then 3
 *            from VLOCLK / 64; then watchdog mode (SMCLK / 8192), never fed.
 *   phase 1: after the watchdog's PUC: SYSRSTIV reports 16h and SFRIFG1.WDTIFG
 *            is set; then WDTCTL is written without the password.
 *   phase 2: after that PUC (immediate: the statement after the write never
 *            runs): SYSRSTIV reports 18h.
 *
 * Clock: board_init(1000000): SMCLK 1 MHz, so an 8192-clock interval is 8.2 ms.
 * Expected console output (LF line ends):
 *   wdt: interval smclk n=5 vlo n=3
 *   wdt: reset by watchdog (SYSRSTIV 0x0016)
 *   wdt: reset by password violation (SYSRSTIV 0x0018)
 *   wdt: PASS
 * Exit code (R12): 0 = pass, else the number of the failing check (printed as
 * "wdt: FAIL <n>"); 255 = an unexpected vector.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"

/* Survive a PUC: not zeroed by crt0. */
static volatile uint16_t phase __attribute__((section(".noinit")));

static volatile uint16_t wdt_count;

FERRO_ISR(WDT_VECTOR)
{
    /* WDTIFG is cleared by the interrupt acceptance itself. */
    wdt_count++;
}

/* Every pending reset cause, as a bit mask: bit n = SYSRSTIV value 2n. */
static uint32_t reset_causes(void)
{
    uint32_t mask = 0;
    for (uint16_t v; (v = SYSRSTIV) != SYSRSTIV_NONE;)
        mask |= 1ul << (v / 2);
    return mask;
}

#define CAUSE(v) (1ul << ((v) / 2))

static int fail(int n)
{
    console_puts("wdt: FAIL ");
    console_put_u16((uint16_t)n);
    console_putc('\n');
    console_flush();
    return n;
}

/* Interval mode: count `n` WDT interrupts with WDTCTL = ctl, then stop. */
static uint16_t intervals(uint16_t ctl, uint16_t n)
{
    wdt_count = 0;
    SFRIFG1 &= ~WDTIFG;
    SFRIE1 |= WDTIE;
    WDTCTL = WDTPW | WDTTMSEL | WDTCNTCL | ctl;
    __enable_interrupt();
    for (uint16_t spin = 0; wdt_count < n && spin < 30000; spin++)
        ;
    __disable_interrupt();
    WDTCTL = WDTPW | WDTHOLD;
    SFRIE1 &= ~WDTIE;
    return wdt_count;
}

int main(void)
{
    uint32_t causes = reset_causes();
    if (causes & CAUSE(SYSRSTIV_BOR))
        phase = 0;
    board_init(1000000u);
    console_init();

    if (phase == 0) {
        /* WDTCTL reads 69h in the high byte; WDTCNTCL reads 0. */
        WDTCTL = WDTPW | WDTHOLD | WDTTMSEL | WDTCNTCL | WDTIS__8192;
        if (WDTCTL != (0x6900 | WDTHOLD | WDTTMSEL | WDTIS__8192))
            return fail(1);
        uint16_t smclk = intervals(WDTSSEL__SMCLK | WDTIS__8192, 5);
        uint16_t vlo = intervals(WDTSSEL__VLO | WDTIS__64, 3);
        /* Held: no more interrupts. */
        __enable_interrupt();
        for (volatile uint16_t spin = 0; spin < 5000; spin++)
            ;
        __disable_interrupt();
        console_puts("wdt: interval smclk n=");
        console_put_u16(smclk);
        console_puts(" vlo n=");
        console_put_u16(vlo);
        console_putc('\n');
        if (smclk != 5 || vlo != 3 || wdt_count != 3)
            return fail(2);
        /* Watchdog mode, not fed: a PUC after 8192 SMCLK cycles. */
        phase = 1;
        console_flush();
        WDTCTL = WDTPW | WDTSSEL__SMCLK | WDTCNTCL | WDTIS__8192;
        for (volatile uint16_t spin = 0; spin < 30000; spin++)
            ;
        WDTCTL = WDTPW | WDTHOLD;
        return fail(3); /* the watchdog did not bite */
    }

    if (phase == 1) {
        if (causes != CAUSE(SYSRSTIV_WDTTO))
            return fail(10);
        if (!(SFRIFG1 & WDTIFG)) /* set by the timeout, kept through the PUC */
            return fail(11);
        SFRIFG1 &= ~WDTIFG;
        console_puts("wdt: reset by watchdog (SYSRSTIV ");
        console_put_hex16(SYSRSTIV_WDTTO);
        console_puts(")\n");
        phase = 2;
        console_flush();
        WDTCTL = WDTHOLD; /* no password: PUC after this instruction */
        phase = 99;
        return fail(12);
    }

    if (phase == 2) {
        if (causes != CAUSE(SYSRSTIV_WDTKEY))
            return fail(20);
        if (SFRIFG1 & WDTIFG)
            return fail(21);
        console_puts("wdt: reset by password violation (SYSRSTIV ");
        console_put_hex16(SYSRSTIV_WDTKEY);
        console_puts(")\n");
        phase = 3;
        console_puts("wdt: PASS\n");
        console_flush();
        return 0;
    }
    return fail(30 + phase); /* 99: the write without password did not reset */
}
