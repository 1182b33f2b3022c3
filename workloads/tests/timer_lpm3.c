/*
 * timer_lpm3 - sleep in LPM3 and wake up on Timer_A0 CCR0 interrupts, N = 10
 * times.  ACLK = LFXT (32768 Hz crystal, PJ.4/PJ.5), TA0 in up mode on ACLK
 * with TA0CCR0 = K - 1 = 327: one interrupt every K = 328 ACLK periods, i.e.
 * 328 / 32768 s = 10.009765625 ms.  The ISR (assembly, to reach the SR saved
 * on the stack) counts and clears the LPM3 bits there, so main runs once per
 * interrupt, counts its own wake-ups and goes back to sleep.  LPM3 keeps ACLK
 * and the timer running (SLAU367 "Operating Modes"): TA0R reaches TA0CCR0
 * after 327 ACLK clocks, then every 328, so wake-up i (1 ... 10) comes at
 * (328 i - 1) / 32768 s after TA0 starts, and the run's simulated time is
 * dominated by the (3280 - 1) / 32768 s = 100.067 ms asleep.
 *
 * Clock: board_init(1000000), MCLK = SMCLK = 1 MHz; then ACLK = LFXT.
 * Expected console output (LF line ends):
 *   timer_lpm3: wakeups=10 isr=10
 *   timer_lpm3: PASS
 * Exit code (R12): 0 = pass; 1 = the ISR and main disagree on the count;
 * 2 = the LFXT fault flag would not clear; 255 = an unexpected vector.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"

#define N_WAKEUPS 10
#define K_ACLK 328

volatile uint16_t isr_count; /* incremented by the ISR below */

/* TIMER0_A0 (slot 53, 0xFFEA): count, then clear CPUOFF | SCG0 | SCG1 (LPM3)
   in the SR the interrupt pushed at 0(SP), so RETI returns to main awake. */
__asm__("\t.section __interrupt_vector_53,\"a\",@progbits\n"
        "\t.word ta0_ccr0_isr\n"
        "\t.text\n"
        "\t.p2align 1\n"
        "ta0_ccr0_isr:\n"
        "\tinc &isr_count\n"
        "\tbic #0x00D0, 0(r1)\n"
        "\treti\n");

static int finish(int code, uint16_t wakeups)
{
    console_puts("timer_lpm3: wakeups=");
    console_put_u16(wakeups);
    console_puts(" isr=");
    console_put_u16(isr_count);
    console_putc('\n');
    return console_verdict("timer_lpm3", code);
}

int main(void)
{
    board_init(1000000u);
    console_init();

    /* ACLK from the 32768 Hz crystal on PJ.4/PJ.5 (SLAU367 CS chapter: wait
       until the LFXT fault flag stays clear). */
    PJSEL0 |= BIT4 | BIT5;
    CSCTL0_H = CSKEY_H;
    CSCTL4 &= (uint16_t)~LFXTOFF;
    uint16_t tries = 0;
    do {
        CSCTL5 &= (uint16_t)~LFXTOFFG;
        SFRIFG1 &= (uint16_t)~OFIFG;
    } while ((SFRIFG1 & OFIFG) && ++tries < 1000);
    CSCTL2 = SELA__LFXTCLK | SELS__DCOCLK | SELM__DCOCLK;
    CSCTL0_H = 0;
    if (SFRIFG1 & OFIFG)
        return finish(2, 0);

    TA0CCR0 = K_ACLK - 1;
    TA0CCTL0 = CCIE;
    TA0CTL = TASSEL__ACLK | MC__UP | TACLR;

    uint16_t wakeups = 0;
    while (wakeups < N_WAKEUPS) {
        __bis_SR_register(LPM3_bits | GIE);
        __no_operation();
        wakeups++;
    }
    __disable_interrupt();
    TA0CTL = MC__STOP | TACLR;
    TA0CCTL0 = 0;
    return finish(isr_count == wakeups ? 0 : 1, wakeups);
}
