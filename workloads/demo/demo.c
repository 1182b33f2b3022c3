/*
 * Ferro demo firmware: what a small MSP430FR5994 LaunchPad program looks like.
 * Sets the clock to 8 MHz, prints a banner on the backchannel UART (eUSCI_A0,
 * 115200 8N1), computes the CRC-16-CCITT of a message and a 4x4 Q15
 * matrix-vector product, prints both, and checks them against values computed
 * on the host (tests/expected.py).
 *
 * Expected console output (LF line ends):
 *   ferro demo: MSP430FR5994 at 8 MHz, CRC-16 and Q15 matrix-vector product
 *   crc16("Hello from Ferro, an MSP430FR5994 simulator.") = 0x1850
 *   y = M*x (Q15): 19661 -5325 -20971 -6488
 *   y ~ 0.6000 -0.1625 -0.6400 -0.1980
 *   ferro demo: done
 * Exit code (R12): 0; 1 if the CRC or the product differs from the host
 *   values (then the last line is "ferro demo: MISMATCH").
 */
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_util.h"

static const char message[] = "Hello from Ferro, an MSP430FR5994 simulator.";
#define CRC_EXPECTED 0x1850u

/* Q15 matrix and vector (0.5 = 16384). */
static const int16_t m[4][4] = {
    {  16384,  -8192,   4096,      0 },     /*  0.50 -0.25   0.125  0      */
    {   8192,  16384,  -4096,   2048 },     /*  0.25  0.50  -0.125  0.0625 */
    { -24576,   3277,   6554,   9830 },     /* -0.75  0.10   0.20   0.30   */
    {      0,      0,      0,  32440 },     /*  0     0      0      0.99   */
};
static const int16_t x[4] = { 26214, -19661, 13107, -6554 }; /* .8 -.6 .4 -.2 */
static const int16_t y_expected[4] = { 19661, -5325, -20971, -6488 };

static uint16_t crc16_ccitt(const uint8_t *p, uint16_t n)
{
    uint16_t crc = 0xFFFF;
    while (n--) {
        crc ^= (uint16_t)*p++ << 8;
        for (int i = 0; i < 8; i++)
            crc = (crc & 0x8000u) ? (uint16_t)(crc << 1) ^ 0x1021u : (uint16_t)(crc << 1);
    }
    return crc;
}

static int16_t sat16(int32_t v)
{
    return v > 32767 ? 32767 : v < -32768 ? -32768 : (int16_t)v;
}

static void matvec_q15(const int16_t mat[4][4], const int16_t *v, int16_t *out)
{
    for (int r = 0; r < 4; r++) {
        int32_t acc = 0;
        for (int c = 0; c < 4; c++)
            acc += (int32_t)mat[r][c] * v[c];
        out[r] = sat16((acc + (1L << 14)) >> 15);       /* round Q30 -> Q15 */
    }
}

/* Q15 as a decimal with 4 places, e.g. -0.1625. */
static void put_q15(int16_t q)
{
    uint32_t mag = q < 0 ? (uint32_t)(-(int32_t)q) : (uint32_t)q;
    uint32_t scaled = (mag * 10000u + 16384u) >> 15;  /* 1e-4 units, rounded */
    uint16_t frac = (uint16_t)(scaled % 10000u);

    if (q < 0)
        console_putc('-');
    console_put_u32(scaled / 10000u);
    console_putc('.');
    for (uint16_t p = 1000; p; p /= 10) {
        console_putc((char)('0' + frac / p));
        frac %= p;
    }
}

int main(void)
{
    board_init(8000000u);
    console_init();
    console_puts("ferro demo: MSP430FR5994 at 8 MHz, CRC-16 and Q15 matrix-vector product\n");

    /* Opaque pointers keep the compiler from folding the results. */
    const uint8_t *msg = (const uint8_t *)message;
    const int16_t (*mat)[4] = m;
    const int16_t *vec = x;
    FERRO_OPAQUE(msg);
    FERRO_OPAQUE(mat);
    FERRO_OPAQUE(vec);

    uint16_t crc = crc16_ccitt(msg, sizeof message - 1);
    console_puts("crc16(\"");
    console_puts(message);
    console_puts("\") = ");
    console_put_hex16(crc);
    console_putc('\n');

    int16_t y[4];
    matvec_q15(mat, vec, y);
    console_puts("y = M*x (Q15):");
    for (int i = 0; i < 4; i++) {
        console_putc(' ');
        console_put_i32(y[i]);
    }
    console_puts("\ny ~");
    for (int i = 0; i < 4; i++) {
        console_putc(' ');
        put_q15(y[i]);
    }
    console_putc('\n');

    int ok = crc == CRC_EXPECTED;
    for (int i = 0; i < 4; i++)
        ok = ok && y[i] == y_expected[i];
    console_puts(ok ? "ferro demo: done\n" : "ferro demo: MISMATCH\n");
    console_flush();
    return ok ? 0 : 1;
}
