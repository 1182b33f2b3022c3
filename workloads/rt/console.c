/*
 * Polled UART console on eUSCI_A0 (SLAU367 "eUSCI - UART Mode").
 * Pins: P2.0 = UCA0TXD, P2.1 = UCA0RXD, selected with P2SEL1 = 1, P2SEL0 = 0
 * (SLASE54 port 2 pin-function table; the MSP-EXP430FR5994 LaunchPad routes
 * them to the ezFET backchannel UART).
 */
#include "ferro_console.h"
#include "ferro_board.h"
#include "fr5994.h"

#define BAUD 115200u

/* 115200 baud settings from SLAU367 table "Recommended Settings for Typical
 * Crystals and Baud Rates":
 *   SMCLK     UCOS16 UCBRx UCBRFx UCBRSx   -> BRW, MCTLW
 *   1 MHz       0      8     -     0xD6    ->  8,  0xD600
 *   8 MHz       1      4     5     0x55    ->  4,  0x5551
 *   16 MHz      1      8    10     0xF7    ->  8,  0xF7A1
 * Other clocks use the integer part of the divider only (UCBRSx = 0). */
static void baud_settings(uint32_t smclk, uint16_t *brw, uint16_t *mctlw)
{
    if (smclk == 1000000u) {
        *brw = 8;
        *mctlw = 0xD600;
    } else if (smclk == 8000000u) {
        *brw = 4;
        *mctlw = (0x55u << UCBRS_SHIFT) | (5u << UCBRF_SHIFT) | UCOS16;
    } else if (smclk == 16000000u) {
        *brw = 8;
        *mctlw = (0xF7u << UCBRS_SHIFT) | (10u << UCBRF_SHIFT) | UCOS16;
    } else {
        uint32_t n = smclk / BAUD;
        if (n >= 16) {
            *brw = (uint16_t)(n >> 4);
            *mctlw = (uint16_t)(((n & 15u) << UCBRF_SHIFT) | UCOS16);
        } else {
            *brw = (uint16_t)n;
            *mctlw = 0;
        }
    }
}

void console_init(void)
{
    uint16_t brw, mctlw;

    baud_settings(board_mclk_hz(), &brw, &mctlw);

    P2SEL0 &= (uint8_t)~(BIT0 | BIT1);
    P2SEL1 |= BIT0 | BIT1;

    UCA0CTLW0 = UCSWRST;                /* hold the eUSCI in reset      */
    UCA0CTLW0 = UCSWRST | UCSSEL__SMCLK;
    UCA0BRW = brw;
    UCA0MCTLW = mctlw;
    UCA0CTLW0 &= ~UCSWRST;              /* release: UCTXIFG becomes 1   */
}

void console_putc(char c)
{
    while (!(UCA0IFG & UCTXIFG))
        ;
    UCA0TXBUF = (uint8_t)c;
}

void console_puts(const char *s)
{
    while (*s)
        console_putc(*s++);
}

void console_flush(void)
{
    while (UCA0STATW & UCBUSY)
        ;
}

int console_verdict(const char *name, int code)
{
    console_puts(name);
    if (code == 0) {
        console_puts(": PASS\n");
    } else {
        console_puts(": FAIL ");
        console_put_u16((uint16_t)code);
        console_putc('\n');
    }
    console_flush();
    return code;
}

/* Decimal by subtracting powers of ten: no division helper involved, so the
   console still works when a test of those helpers fails. */
static const uint32_t pow10[10] = {
    1000000000u, 100000000u, 10000000u, 1000000u, 100000u,
    10000u, 1000u, 100u, 10u, 1u,
};

void console_put_u32(uint32_t v)
{
    int started = 0;
    for (unsigned i = 0; i < 10; i++) {
        char d = '0';
        while (v >= pow10[i]) {
            v -= pow10[i];
            d++;
        }
        if (d != '0' || started || i == 9) {
            console_putc(d);
            started = 1;
        }
    }
}

void console_put_u16(uint16_t v)
{
    console_put_u32(v);
}

void console_put_i32(int32_t v)
{
    if (v < 0) {
        console_putc('-');
        console_put_u32((uint32_t)0 - (uint32_t)v);
    } else {
        console_put_u32((uint32_t)v);
    }
}

void console_put_hex(uint32_t v, unsigned digits)
{
    static const char hex[] = "0123456789ABCDEF";

    if (digits < 1)
        digits = 1;
    if (digits > 8)
        digits = 8;
    console_putc('0');
    console_putc('x');
    /* Rotate the wanted digits to the top, then emit nibble by nibble with
       constant shifts only. */
    for (unsigned i = digits; i < 8; i++)
        v <<= 4;
    for (unsigned i = 0; i < digits; i++) {
        console_putc(hex[(uint16_t)(v >> 28)]);
        v <<= 4;
    }
}

void console_put_hex16(uint16_t v)
{
    console_put_hex(v, 4);
}

void console_put_hex32(uint32_t v)
{
    console_put_hex(v, 8);
}
