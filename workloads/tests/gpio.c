/*
 * gpio - digital I/O as on the FR5994 (SLAU367 "Digital I/O"): the LOCKLPM5
 * pin lock after power-up, register read-back, PxIN from PxDIR/PxOUT/PxREN,
 * PxSELC, port-pair word access, PxIFG set by pin edges (outputs and pull
 * resistors) and by software, the interrupt of every port P1..P8 and the
 * PxIV priority order. Nothing outside drives the pins: inputs are read only
 * through their pull resistors.
 *
 * Clock: board_init(1000000) (it clears LOCKLPM5) after the lock checks.
 * Expected console output (LF line ends):
 *   gpio: P1IV order 4 8 14
 *   gpio: ports 2-8 interrupts 0x01FC
 *   gpio: PASS
 * Exit code (R12): 0 = pass, else the number of the first failing check
 * (printed as "gpio: FAIL <n>"); 255 = an unexpected vector.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"

#define PBIN    FR_PORT_PAIR(0x0220, 0x00)
#define PBOUT   FR_PORT_PAIR(0x0220, 0x02)
#define PBDIR   FR_PORT_PAIR(0x0220, 0x04)
#define PBREN   FR_PORT_PAIR(0x0220, 0x06)

static volatile uint16_t p1_log[8];
static volatile uint16_t p1_entries;
static volatile uint16_t ports_seen; /* bit n: PORTn ISR ran */

FERRO_ISR(PORT1_VECTOR)
{
    uint16_t iv = P1IV; /* reading clears the reported flag */
    if (p1_entries < 8)
        p1_log[p1_entries] = iv;
    p1_entries++;
}

FERRO_ISR(PORT2_VECTOR) { (void)P2IV; ports_seen |= 1u << 2; }
FERRO_ISR(PORT3_VECTOR) { (void)P3IV; ports_seen |= 1u << 3; }
FERRO_ISR(PORT4_VECTOR) { (void)P4IV; ports_seen |= 1u << 4; }
FERRO_ISR(PORT5_VECTOR) { (void)P5IV; ports_seen |= 1u << 5; }
FERRO_ISR(PORT6_VECTOR) { (void)P6IV; ports_seen |= 1u << 6; }
FERRO_ISR(PORT7_VECTOR) { (void)P7IV; ports_seen |= 1u << 7; }
FERRO_ISR(PORT8_VECTOR) { (void)P8IV; ports_seen |= 1u << 8; }

static int fail(int n)
{
    console_puts("gpio: FAIL ");
    console_put_u16((uint16_t)n);
    console_putc('\n');
    console_flush();
    return n;
}

#define CHECK(n, cond)       \
    do {                     \
        if (!(cond))         \
            return fail(n);  \
    } while (0)

int main(void)
{
    /* ---- the pin lock after power-up (SLAU367 "Configuration After Reset") */
    int locked = (PM5CTL0 & LOCKLPM5) != 0;
    P3DIR = 0xFF;
    P3OUT = 0xA5;
    uint8_t in_locked = P3IN;
    board_init(1000000u); /* clears LOCKLPM5 */
    console_init();
    CHECK(1, locked);
    CHECK(2, in_locked == 0x00);          /* pins frozen high-impedance */
    CHECK(3, P3OUT == 0xA5);              /* the register took the write */
    CHECK(4, (PM5CTL0 & LOCKLPM5) == 0);
    CHECK(5, P3IN == 0xA5);               /* now the outputs drive */

    /* ---- read-back and PxSELC */
    P4DIR = 0x5A;
    P4REN = 0xC3;
    P4IES = 0x81;
    CHECK(6, P4DIR == 0x5A && P4REN == 0xC3 && P4IES == 0x81);
    P4SEL0 = 0x0F;
    P4SEL1 = 0x33;
    P4SELC = 0xFF;                        /* complements both at once */
    CHECK(7, P4SEL0 == 0xF0 && P4SEL1 == 0xCC);
    P4SELC = 0xF0;
    P4SEL1 = 0;
    CHECK(8, P4SEL0 == 0x00 && P4SEL1 == 0x00);
    P4DIR = 0;
    P4REN = 0;
    P4IES = 0;

    /* ---- PxIN: outputs read what they drive, inputs their pull resistor */
    P3DIR = 0xF0;
    P3OUT = 0xAA;
    P3REN = 0x0F;                         /* pull-ups on .1 .3, pull-downs on .0 .2 */
    CHECK(9, P3IN == 0xAA);
    P3REN = 0x03;                         /* .2 .3 float: not asserted */
    CHECK(10, (P3IN & 0xF3) == 0xA2);
    P3REN = 0x00;
    CHECK(11, (P3IN & 0xF0) == 0xA0);

    /* ---- word access to a pair: P3 low byte, P4 high byte */
    PBOUT = 0x1234;
    CHECK(12, P3OUT == 0x34 && P4OUT == 0x12);
    P4OUT = 0x56;
    CHECK(13, PBOUT == 0x5634);
    PBDIR = 0xFF00;                       /* P4 outputs, P3 inputs ... */
    PBREN = 0x00FF;                       /* ... pulled as P3OUT says */
    CHECK(14, P3DIR == 0x00 && P4DIR == 0xFF && P3REN == 0xFF);
    CHECK(15, PBIN == 0x5634);
    PBDIR = 0;
    PBREN = 0;
    PBOUT = 0;

    /* ---- edges set PxIFG: an output and a pull resistor */
    P3IES = 0;                            /* low-to-high */
    P3DIR = BIT0;
    P3IFG = 0;
    P3OUT = BIT0;
    CHECK(16, P3IFG == BIT0);
    P3IES = BIT0;                         /* high-to-low (may set P3IFG: clear) */
    P3IFG = 0;
    P3OUT = 0;
    CHECK(17, P3IFG == BIT0);
    P3IFG = 0;
    P3OUT = BIT0;                         /* rising edge, falling selected */
    CHECK(18, P3IFG == 0);
    P3DIR = 0;
    P3OUT = 0;
    P3IES = 0;
    P3REN = BIT1;                         /* pull-down ... */
    P3IFG = 0;
    P3OUT = BIT1;                         /* ... becomes pull-up: the pin rises */
    CHECK(19, P3IFG == BIT1 && (P3IN & BIT1));
    P3REN = 0;
    P3OUT = 0;
    P3IFG = 0;

    /* ---- PxIV reports enabled flags only, lowest pin first */
    P1IES = 0;
    P1IFG = 0;
    P1IE = BIT3;
    P1IFG = BIT0 | BIT3;                  /* GIE is clear: nothing taken */
    CHECK(20, P1IV == 0x08);              /* P1.3; P1.0 is not enabled */
    CHECK(21, P1IV == 0x00);
    CHECK(22, P1IFG == BIT0);

    /* ---- software-set flags raise PORT1 once per flag, in PxIV order */
    P1IFG = 0;
    P1IE = BIT1 | BIT3 | BIT6;
    __enable_interrupt();
    P1IFG = BIT6 | BIT3 | BIT1;
    __no_operation();
    __disable_interrupt();
    P1IE = 0;
    CHECK(23, p1_entries == 3);
    CHECK(24, p1_log[0] == 0x04 && p1_log[1] == 0x08 && p1_log[2] == 0x0E);
    CHECK(25, P1IFG == 0);
    console_puts("gpio: P1IV order ");
    for (uint16_t i = 0; i < 3; i++) {
        console_put_u16(p1_log[i]);
        console_putc(i < 2 ? ' ' : '\n');
    }

    /* ---- every other port's vector (PORT2..PORT8) */
    P2IES = P3IES = P4IES = P5IES = P6IES = P7IES = P8IES = 0;
    P2IFG = P3IFG = P4IFG = P5IFG = P6IFG = P7IFG = P8IFG = 0;
    P2IE = P3IE = P4IE = P5IE = P6IE = P7IE = P8IE = BIT7;
    __enable_interrupt();
    P2IFG = BIT7;
    P3IFG = BIT7;
    P4IFG = BIT7;
    P5IFG = BIT7;
    P6IFG = BIT7;
    P7IFG = BIT7;
    P8IFG = BIT7;
    __no_operation();
    __disable_interrupt();
    P2IE = P3IE = P4IE = P5IE = P6IE = P7IE = P8IE = 0;
    console_puts("gpio: ports 2-8 interrupts ");
    console_put_hex16(ports_seen);
    console_putc('\n');
    CHECK(26, ports_seen == 0x01FC);

    /* ---- PJ: the low byte holds PJ.0-PJ.7 */
    PJOUT = 0x00A5;
    CHECK(27, (PJOUT & 0xFF) == 0xA5);
    PJOUT = 0;

    console_puts("gpio: PASS\n");
    console_flush();
    return 0;
}
