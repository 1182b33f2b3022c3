/*
 * crc16 - CRC-16-CCITT (polynomial 0x1021, init 0xFFFF, MSB first, no final
 * XOR) of a 64-byte message kept in FRAM (.rodata), computed two ways: bit by
 * bit and with a 256-entry table built at run time in SRAM.
 *
 * Clock: board_init(1000000), MCLK = SMCLK = 1 MHz.
 * Expected values from tests/expected.py (Python binascii.crc_hqx):
 *   CRC of the message = 0x3BAE, CRC of "123456789" = 0x29B1 (standard check).
 *
 * Expected console output (LF line ends):
 *   crc16: 0x3BAE
 *   crc16 check: 0x29B1
 *   crc16: PASS
 * Exit code (R12): 0 = pass; 1 = bitwise CRC wrong, 2 = table CRC wrong,
 *   3 = check value wrong. On failure the last line is "crc16: FAIL <code>".
 */
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_util.h"

#define CRC_EXPECTED   0x3BAEu
#define CHECK_EXPECTED 0x29B1u

/* 64 characters, no terminating NUL (the array is exactly 64 bytes). */
static const uint8_t message[64] =
    "Ferro MSP430FR5994 simulator: CRC-16-CCITT test vector #0123456!";
static const uint8_t check_input[9] = "123456789";

static uint16_t crc_table[256];         /* .bss, SRAM */

static uint16_t crc16_bitwise(const uint8_t *p, uint16_t n, uint16_t crc)
{
    while (n--) {
        crc ^= (uint16_t)*p++ << 8;
        for (int i = 0; i < 8; i++)
            crc = (crc & 0x8000u) ? (uint16_t)(crc << 1) ^ 0x1021u : (uint16_t)(crc << 1);
    }
    return crc;
}

static void crc16_make_table(void)
{
    for (uint16_t b = 0; b < 256; b++) {
        uint8_t byte = (uint8_t)b;
        crc_table[b] = crc16_bitwise(&byte, 1, 0);
    }
}

static uint16_t crc16_table(const uint8_t *p, uint16_t n, uint16_t crc)
{
    while (n--)
        crc = (uint16_t)(crc << 8) ^ crc_table[(uint8_t)(crc >> 8) ^ *p++];
    return crc;
}

static int finish(int code)
{
    return console_verdict("crc16", code);
}

int main(void)
{
    board_init(1000000u);
    console_init();

    /* Opaque pointers: make the CRCs run on the board, not in the compiler. */
    const uint8_t *msg = message, *chk = check_input;
    FERRO_OPAQUE(msg);
    FERRO_OPAQUE(chk);

    uint16_t crc = crc16_bitwise(msg, sizeof message, 0xFFFFu);
    console_puts("crc16: ");
    console_put_hex16(crc);
    console_putc('\n');
    if (crc != CRC_EXPECTED)
        return finish(1);

    crc16_make_table();
    if (crc16_table(msg, sizeof message, 0xFFFFu) != CRC_EXPECTED)
        return finish(2);

    uint16_t check = crc16_table(chk, sizeof check_input, 0xFFFFu);
    console_puts("crc16 check: ");
    console_put_hex16(check);
    console_putc('\n');
    if (check != CHECK_EXPECTED)
        return finish(3);

    return finish(0);
}
