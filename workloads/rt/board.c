/*
 * board_init: power-up clock setup, the way FR5994 LaunchPad firmware does it.
 * Register facts: SLAU367 chapters "Clock System (CS)", "FRAM Controller",
 * "Power Management Module"; DCO steps from the SLASE54 DCO table.
 */
#include "ferro_board.h"
#include "fr5994.h"

/* After reset MCLK = SMCLK = 1 MHz (DCO divided by 8; SLAU367 CS chapter). */
static uint32_t mclk_hz = 1000000u;

uint32_t board_mclk_hz(void)
{
    return mclk_hz;
}

void board_init(uint32_t want_hz)
{
    uint16_t dco;
    uint32_t hz;

    WDTCTL = WDTPW | WDTHOLD;
    /* Ports stay frozen in their reset state until LOCKLPM5 is cleared. */
    PM5CTL0 &= ~LOCKLPM5;

    if (want_hz <= 1000000u) {
        dco = DCOFSEL_0;                /* 1 MHz                         */
        hz = 1000000u;
    } else if (want_hz <= 8000000u) {
        dco = DCOFSEL_6;                /* 8 MHz (DCORSEL = 0)           */
        hz = 8000000u;
    } else {
        dco = DCORSEL | DCOFSEL_4;      /* 16 MHz                        */
        hz = 16000000u;
    }

    /* FRAM reads at most at 8 MHz: add the wait state before speeding up. */
    if (hz > 8000000u)
        FRCTL0 = FRCTLPW | NWAITS_1;

    CSCTL0_H = CSKEY_H;                 /* unlock CS                     */
    /* Device errata: the DCO can overshoot when its setting changes, so
       everything runs divided by 4 while it settles, then /1. */
    CSCTL3 = DIVA__4 | DIVS__4 | DIVM__4;
    CSCTL1 = dco;
    CSCTL2 = SELA__VLOCLK | SELS__DCOCLK | SELM__DCOCLK;
    /* Settling delay: 20 passes of DEC (1 cycle) + JNZ (2) = 60 MCLK
       cycles, 15 us at the 4 MHz MCLK of the 16 MHz case. */
    __asm__ __volatile__("mov #20, r15\n1:\tdec r15\n\tjnz 1b" ::: "r15");
    CSCTL3 = DIVA__1 | DIVS__1 | DIVM__1;
    CSCTL0_H = 0;                       /* any wrong key locks CS again  */

    if (hz <= 8000000u)
        FRCTL0 = FRCTLPW | NWAITS_0;

    mclk_hz = hz;
}
