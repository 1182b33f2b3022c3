/*
 * timer_modes - Timer_A and Timer_B (SLAU367 "Timer_A", "Timer_B") on SMCLK:
 * TA0R read exactly around a sequence of known length, with the ID and TAIDEX
 * dividers; up, continuous and up/down counting over exact windows (counter
 * value and which flags were set); TA0IV priorities; capture started by
 * software (CCIS switched between GND and VCC); CCR0, CCR1 and TAIFG
 * interrupts counted; TB0's 8-bit length (CNTL) and a compare latch loaded
 * when TB0R counts to zero (CLLD = 1).
 *
 * Clock: board_init(1000000), MCLK = SMCLK = 1 MHz, no FRAM wait states, so
 * the timer counts MCLK cycles.  The windows are inline assembly whose cycle
 * counts come from the CPUX tables (SLAU367 "CPUX" chapter): a window starting
 * the timer with "mov Rs, 0(Rb)" (3 cycles), "mov Rn, r15" (1) and n passes of
 * "dec r15; jnz" (3 each) before stopping it with "bic #MC, 0(Rb)" lasts
 * W = 4 + 3n timer clocks.  The exact numbers assume, as Ferro does, that a
 * register access takes effect at the start of its instruction; on a board
 * they can differ by a clock or two.
 *
 * Expected console output (LF line ends):
 *   timer_modes: read /1=304 /4=64 /64=10
 *   timer_modes: up r=50 r=84 cont r=6 updown r=20 r=32 r=16
 *   timer_modes: iv 2 14 0 4 capture +3 cov=1
 *   timer_modes: irq ccr0=5 ccr1=5 taifg=5
 *   timer_modes: tb0 r=6 latch r=64 r=64
 *   timer_modes: PASS
 * Exit code (R12): 0 = pass; otherwise the number of the first failing check
 * (console "timer_modes: FAIL <n>"); 255 = an unexpected vector.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"

#define FLAGS(base) ((uint16_t)(((TIMER_CCTL(base, 0) & CCIFG) << 0) | \
                                ((TIMER_CCTL(base, 1) & CCIFG) << 1) | \
                                ((TIMER_CCTL(base, 2) & CCIFG) << 2) | \
                                ((TIMER_CTL(base) & TAIFG) << 3)))
/* FLAGS bits: 1 = CCR0, 2 = CCR1, 4 = CCR2, 8 = TAIFG */

static volatile uint16_t ccr0_count, ccr1_count, taifg_count;

FERRO_ISR(TIMER0_A0_VECTOR)
{
    ccr0_count++; /* CCIFG is cleared by the acceptance */
}

FERRO_ISR(TIMER0_A1_VECTOR)
{
    switch (TA0IV) { /* reading TA0IV clears the flag it reports */
    case TAIV__TACCR1: ccr1_count++; break;
    case TAIV__TAIFG: taifg_count++; break;
    default: break;
    }
}

/* Start the timer at `base` with `ctl`, count W = 4 + 3n clocks, stop it. */
static void window(uint16_t base, uint16_t ctl, uint16_t n)
{
    __asm__ __volatile__("mov %1, 0(%0)\n\t"
                         "mov %2, r15\n"
                         "1:\n\t"
                         "dec r15\n\t"
                         "jnz 1b\n\t"
                         "bic #0x0030, 0(%0)"
                         :
                         : "r"(base), "r"(ctl), "r"(n)
                         : "r15", "memory");
}

/* TAxR read twice, 4 + 3n MCLK cycles apart: the difference. */
static uint16_t read_delta(uint16_t base, uint16_t n)
{
    uint16_t a, b;
    __asm__ __volatile__("mov 16(%2), %0\n\t"
                         "mov %3, r15\n"
                         "1:\n\t"
                         "dec r15\n\t"
                         "jnz 1b\n\t"
                         "mov 16(%2), %1"
                         : "=&r"(a), "=&r"(b)
                         : "r"(base), "r"(n)
                         : "r15", "memory");
    return (uint16_t)(b - a);
}

/* TAxR, then the CCTLn write `v` three cycles later (mov 16(Rb), Rx: 3
   cycles); returns the TAxR value read. */
static uint16_t read_then_cctl(uint16_t base, unsigned n, uint16_t v)
{
    uint16_t r;
    volatile uint16_t *cctl = &TIMER_CCTL(base, n);
    __asm__ __volatile__("mov 16(%1), %0\n\t"
                         "mov %3, 0(%2)"
                         : "=&r"(r)
                         : "r"(base), "r"(cctl), "r"(v)
                         : "memory");
    return r;
}

static void clear_flags(uint16_t base, unsigned nccr)
{
    for (unsigned n = 0; n < nccr; n++)
        TIMER_CCTL(base, n) &= (uint16_t)~(CCIFG | COV);
    TIMER_CTL(base) &= (uint16_t)~TAIFG;
}

static int finish(int code)
{
    return console_verdict("timer_modes", code);
}

static void put_kv(const char *k, uint16_t v)
{
    console_puts(k);
    console_put_u16(v);
}

int main(void)
{
    board_init(1000000u);
    console_init();
    const uint16_t ta0 = TA0_BASE, tb0 = TB0_BASE;

    /* ---- exact reads, free-running continuous mode ---------------------- */
    TA0EX0 = TAIDEX_0;
    TA0CTL = TASSEL__SMCLK | MC__CONTINUOUS | TACLR;
    uint16_t d1 = read_delta(ta0, 100);      /* 304 clocks */
    TA0CTL = TASSEL__SMCLK | MC__CONTINUOUS | ID__4 | TACLR;
    uint16_t d4 = read_delta(ta0, 84);       /* 256 clocks / 4 */
    TA0EX0 = TAIDEX_7;                       /* /8, times ID /8 */
    TA0CTL = TASSEL__SMCLK | MC__CONTINUOUS | ID__8 | TACLR;
    uint16_t d64 = read_delta(ta0, 212);     /* 640 clocks / 64 */
    TA0CTL = MC__STOP | TACLR;
    TA0EX0 = TAIDEX_0;
    console_puts("timer_modes: read");
    put_kv(" /1=", d1);
    put_kv(" /4=", d4);
    put_kv(" /64=", d64);
    console_putc('\n');
    if (d1 != 304 || d4 != 64 || d64 != 10)
        return finish(1);

    /* ---- up mode: period 100, CCR1 = 50, CCR2 = 150 is never reached ----- */
    TA0CCR0 = 99;
    TA0CCR1 = 50;
    TA0CCR2 = 150;
    clear_flags(ta0, 3);
    window(ta0, TASSEL__SMCLK | MC__UP | TACLR, 82); /* 250 clocks: 0..99, 0..99, 0..50 */
    uint16_t up1 = TA0R, f = FLAGS(ta0);
    if (up1 != 50 || f != (1 | 2 | 8))
        return finish(2);
    clear_flags(ta0, 3);
    window(ta0, TASSEL__SMCLK | MC__UP, 10);         /* 34 more: 84, no flag */
    uint16_t up2 = TA0R;
    if (up2 != 84 || FLAGS(ta0) != 0)
        return finish(3);

    /* ---- continuous mode from 0FFF0h: wraps after 16 clocks ------------- */
    TA0CTL = TASSEL__SMCLK | TACLR;
    TA0R = 0xFFF0;
    TA0CCR0 = 0x8000;
    TA0CCR1 = 0xFFF8;
    TA0CCR2 = 5;
    clear_flags(ta0, 3);
    window(ta0, TASSEL__SMCLK | MC__CONTINUOUS, 6);  /* 22 clocks: ..FFFF, 0..6 */
    uint16_t cont = TA0R;
    if (cont != 6 || FLAGS(ta0) != (2 | 4 | 8))
        return finish(4);

    /* ---- up/down mode: 0..40..0, CCR1 = 10, CCR2 = 30 ------------------- */
    TA0CCR0 = 40;
    TA0CCR1 = 10;
    TA0CCR2 = 30;
    clear_flags(ta0, 3);
    window(ta0, TASSEL__SMCLK | MC__UPDOWN | TACLR, 32); /* 100: up 40, down 40, up 20 */
    uint16_t ud1 = TA0R;
    if (ud1 != 20 || FLAGS(ta0) != (1 | 2 | 4 | 8))
        return finish(5);
    clear_flags(ta0, 3);
    window(ta0, TASSEL__SMCLK | MC__UPDOWN, 8);      /* 28: up to 40, down to 32 */
    uint16_t ud2 = TA0R;
    if (ud2 != 32 || FLAGS(ta0) != (1 | 4))
        return finish(6);
    clear_flags(ta0, 3);
    window(ta0, TASSEL__SMCLK | MC__UPDOWN, 4);      /* 16: still down, to 16 */
    uint16_t ud3 = TA0R;
    if (ud3 != 16 || FLAGS(ta0) != 4)
        return finish(7);
    console_puts("timer_modes: up");
    put_kv(" r=", up1);
    put_kv(" r=", up2);
    put_kv(" cont r=", cont);
    put_kv(" updown r=", ud1);
    put_kv(" r=", ud2);
    put_kv(" r=", ud3);
    console_putc('\n');

    /* ---- TA0IV: CCR1 before TAIFG; disabled sources do not show ----------- */
    TA0CTL = TASSEL__SMCLK | TACLR | TAIE | TAIFG; /* stopped; TAIFG set by software */
    TA0CCTL1 = CCIE | CCIFG;
    TA0CCTL2 = CCIFG;                              /* pending but not enabled */
    uint16_t iv1 = TA0IV, iv2 = TA0IV, iv3 = TA0IV;
    TA0CCTL2 = CCIE | CCIFG;
    uint16_t iv4 = TA0IV;
    TA0CCTL1 = 0;
    TA0CCTL2 = 0;
    TA0CTL = TACLR;
    if (iv1 != TAIV__TACCR1 || iv2 != TAIV__TAIFG || iv3 != TAIV__NONE || iv4 != TAIV__TACCR2)
        return finish(8);

    /* ---- capture by software: switch CCIS between GND and VCC ----------- */
    TA0CTL = TASSEL__SMCLK | MC__CONTINUOUS | TACLR;
    TA0CCTL1 = CAP | CM_1 | CCIS_2;                /* rising edges, input GND */
    uint16_t before = read_then_cctl(ta0, 1, CAP | CM_1 | CCIS_3); /* GND -> VCC */
    uint16_t cap = TA0CCR1;
    int cap_ok = (TA0CCTL1 & (CCIFG | COV)) == CCIFG;
    /* both edges, twice without reading TA0CCR1: the second sets COV */
    TA0CCTL1 = CAP | CM_3 | CCIS_2;                /* VCC -> GND: a capture */
    TA0CCTL1 = CAP | CM_3 | CCIS_3;                /* GND -> VCC: another */
    uint16_t cov = (TA0CCTL1 & COV) ? 1 : 0;
    TA0CTL = TACLR;
    TA0CCTL1 = 0;
    console_puts("timer_modes: iv");
    put_kv(" ", iv1);
    put_kv(" ", iv2);
    put_kv(" ", iv3);
    put_kv(" ", iv4);
    console_puts(" capture +");
    console_put_u16((uint16_t)(cap - before));
    put_kv(" cov=", cov);
    console_putc('\n');
    if (!cap_ok || cap - before != 3 || !cov)
        return finish(9);

    /* ---- interrupts: up mode, 1 ms period; CCR0, CCR1 and TAIFG ------------
       A period: CCR1 at 500, CCR0 at 999, TAIFG at the wrap one clock later,
       so the TAIFG interrupt is taken as soon as the CCR0 ISR returns, before
       main sees the fifth CCR0 interrupt. */
    TA0CCR0 = 999;
    TA0CCR1 = 500;
    TA0CCTL0 = CCIE;
    TA0CCTL1 = CCIE;
    TA0CTL = TASSEL__SMCLK | MC__UP | TACLR | TAIE;
    __enable_interrupt();
    for (uint16_t spin = 0; ccr0_count < 5 && spin < 10000; spin++)
        ;
    __disable_interrupt();
    TA0CTL = TACLR;
    TA0CCTL0 = 0;
    TA0CCTL1 = 0;
    console_puts("timer_modes: irq");
    put_kv(" ccr0=", ccr0_count);
    put_kv(" ccr1=", ccr1_count);
    put_kv(" taifg=", taifg_count);
    console_putc('\n');
    if (ccr0_count != 5 || ccr1_count != 5 || taifg_count != 5)
        return finish(10);

    /* ---- Timer_B: 8-bit length, continuous from 0F0h ---------------------- */
    TB0CTL = TASSEL__SMCLK | CNTL__8 | TBCLR;
    TB0R = 0xF0;
    clear_flags(tb0, 3);
    window(tb0, TASSEL__SMCLK | CNTL__8 | MC__CONTINUOUS, 6); /* 22: ..FFh, 0..6 */
    uint16_t tb8 = TB0R;
    if (tb8 != 6 || !(TB0CTL & TBIFG))
        return finish(11);
    /* TB0CL1 loads when TB0R counts to 0 (CLLD = 1): the new TB0CCR1 = 30 is
       not compared before the period ends */
    TB0CTL = TASSEL__SMCLK | TBCLR;
    TB0CCR0 = 99;
    TB0CCTL1 = CLLD_0;
    TB0CCR1 = 200;                                 /* loaded at once: never reached */
    TB0CCTL1 = CLLD_1;
    TB0CCR1 = 30;                                  /* waits for TB0R = 0 */
    clear_flags(tb0, 3);
    window(tb0, TASSEL__SMCLK | MC__UP, 20);       /* 64 clocks: no CCR1 match */
    uint16_t l1 = TB0R, lf1 = FLAGS(tb0);
    window(tb0, TASSEL__SMCLK | MC__UP, 32);       /* 100 more: 99, 0 (load), 30, 64;
                                                      TB0CL2 = 0 matches at the wrap */
    uint16_t l2 = TB0R, lf2 = FLAGS(tb0);
    TB0CCTL6 = CCIE | CCIFG;
    uint16_t tbiv = TB0IV;
    TB0CTL = TBCLR;
    TB0CCTL1 = 0;
    TB0CCTL6 = 0;
    console_puts("timer_modes: tb0");
    put_kv(" r=", tb8);
    put_kv(" latch r=", l1);
    put_kv(" r=", l2);
    console_putc('\n');
    if (l1 != 64 || lf1 != 0 || l2 != 64 || lf2 != (1 | 2 | 4 | 8))
        return finish(12);
    if (tbiv != TBIV__TBCCR6)
        return finish(13);

    return finish(0);
}
