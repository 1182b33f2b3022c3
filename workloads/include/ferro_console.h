/*
 * ferro_console.h - polled UART console on eUSCI_A0, the FR5994 LaunchPad's
 * backchannel UART (P2.0 = UCA0TXD, P2.1 = UCA0RXD), 115200 8N1.
 * No printf: a few fixed formatters. Bytes are sent verbatim ('\n' stays a
 * single LF).
 */
#ifndef FERRO_CONSOLE_H
#define FERRO_CONSOLE_H

#include <stdint.h>

/* Configure pins and eUSCI_A0 for the SMCLK set by board_init() (1 MHz if
   board_init was not called). */
void console_init(void);

void console_putc(char c);
void console_puts(const char *s);
void console_put_u16(uint16_t v);              /* decimal               */
void console_put_u32(uint32_t v);              /* decimal               */
void console_put_i32(int32_t v);               /* decimal, '-' if < 0   */
void console_put_hex(uint32_t v, unsigned digits); /* "0x" + digits, 1..8 */
void console_put_hex16(uint16_t v);            /* 0xXXXX                */
void console_put_hex32(uint32_t v);            /* 0xXXXXXXXX            */

/* Wait until the last byte has left the shift register (UCBUSY clear);
   call before main returns, the halt enters LPM4 and stops SMCLK. */
void console_flush(void);
/* The last line of a test program: "NAME: PASS" or "NAME: FAIL CODE", flushed;
   returns CODE, main's exit code. */
int console_verdict(const char *name, int code);

#endif /* FERRO_CONSOLE_H */
