/*
 * isr - interrupt vectors and interrupt entry/return: a PORT1 interrupt raised
 * by software (writing P1IFG with P1IE set requests the interrupt, SLAU367
 * Digital I/O "PxIFG") and three Timer_A0 CCR0 interrupts (up mode, SMCLK,
 * CCR0 = 999: one every 1000 cycles). Both ISRs are defined with FERRO_ISR(),
 * i.e. clang's interrupt(N), which ld/fr5994.ld maps to slots 47 (0xFFDE) and
 * 53 (0xFFEA). Every other vector goes to __ferro_unexpected_isr (exit 255).
 *
 * Clock: board_init(1000000), MCLK = SMCLK = 1 MHz.
 * Expected console output (LF line ends):
 *   isr: port1=1 timer0=3
 *   isr: PASS
 * Exit code (R12): 0 = pass; 1 = PORT1 ISR did not run exactly once,
 *   2 = Timer0_A0 ISR did not reach 3 calls in time, 255 = some unexpected
 *   vector was taken. On failure (1, 2): "isr: FAIL <code>".
 * Needs ports and Timer_A: mspdebug's sim has neither at these addresses and
 * ends with exit code 1.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"

static volatile uint16_t port1_count;
static volatile uint16_t timer0_count;

FERRO_ISR(PORT1_VECTOR)
{
    port1_count++;
    P1IFG = 0;
}

FERRO_ISR(TIMER0_A0_VECTOR)
{
    /* CCR0's flag is cleared by the interrupt acceptance itself. */
    timer0_count++;
}

static int finish(int code)
{
    console_puts("isr: port1=");
    console_put_u16(port1_count);
    console_puts(" timer0=");
    console_put_u16(timer0_count);
    console_putc('\n');
    return console_verdict("isr", code);
}

int main(void)
{
    board_init(1000000u);
    console_init();

    /* PORT1: edge select first (writing P1IES may set P1IFG), then clear the
       flags, enable P1.3's interrupt, and raise its flag by software. */
    P1IES = 0;
    P1IFG = 0;
    P1IE = BIT3;
    __enable_interrupt();
    P1IFG = BIT3;
    __no_operation();
    __disable_interrupt();
    P1IE = 0;
    if (port1_count != 1)
        return finish(1);

    /* Timer_A0 CCR0, up mode from SMCLK. */
    TA0CCR0 = 999;
    TA0CCTL0 = CCIE;
    TA0CTL = TASSEL__SMCLK | MC__UP | TACLR;
    __enable_interrupt();
    /* 3 periods are 3000 cycles; give up after ~10 times that. */
    for (uint16_t spin = 0; timer0_count < 3 && spin < 10000; spin++)
        ;
    __disable_interrupt();
    TA0CTL = MC__STOP;
    TA0CCTL0 = 0;
    if (timer0_count != 3)
        return finish(2);

    return finish(0);
}
