/*
 * dma_copy - the DMA controller (SLAU367 "DMA Controller") started by software
 * (DMAREQ, trigger 0): a 64-word table in upper FRAM (0x10000 and above, out of
 * reach of clang's 16-bit pointers) is copied to SRAM, its 20-bit address
 * loaded into DMA0SA as two words (dma_set_sa20); then byte-to-byte,
 * byte-to-word (upper byte cleared) and word-to-byte (low byte) transfers,
 * source decrement and a fixed source, repeated single transfers (DMAxSZ and
 * the addresses reload, DMAEN stays set), a burst-block transfer, a channel
 * chained on the previous channel's DMAIFG (trigger 30), and the DMA
 * interrupt (DMAIE, vector 0xFFE4, DMAIV read-and-clear).
 *
 * Clock: board_init(1000000), MCLK = SMCLK = 1 MHz.
 * Expected console output (LF line ends):
 *   dma_copy: block upper->sram 64 words sum=0xD1A0
 *   dma_copy: bytes b2b=0xD2 b2w=0x00D2 w2b=0xC7
 *   dma_copy: decrement fixed repeat burst chain ok
 *   dma_copy: irq DMAIV=0x000C count=1
 *   dma_copy: PASS
 * Exit code (R12): 0 = pass; otherwise the number of the first failing check
 * (console "dma_copy: FAIL <n>"); 255 = an unexpected vector.
 */
#include <stdint.h>

#include "fr5994.h"
#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_util.h"

/* The table: P(i) for i = 0..63, in upper FRAM.  nodebug: DWARF here has
   16-bit addresses, which cannot describe an object above 64 KB. */
#define P(i) ((uint16_t)(0xA500u ^ ((unsigned)(i) * 0x0123u)))
#define P4(i) P(i), P((i) + 1), P((i) + 2), P((i) + 3)
#define P16(i) P4(i), P4((i) + 4), P4((i) + 8), P4((i) + 12)
__attribute__((section(".upper.rodata"), used, nodebug))
const uint16_t upper_table[64] = {P16(0), P16(16), P16(32), P16(48)};
FERRO_ADDR20(upper_table_addr, upper_table);

static uint16_t dst_w[64];
static uint8_t dst_b[20];
static uint16_t chain_src[4] = {0x1111, 0x2222, 0x3333, 0x4444};
static uint16_t chain_dst[4];
static volatile uint16_t isr_count, isr_iv;

/* The DMA writes memory behind the compiler's back. */
#define dma_barrier() __asm__ __volatile__("" ::: "memory")

FERRO_ISR(DMA_VECTOR)
{
    isr_iv = DMAIV; /* reading DMAIV clears the flag it reports */
    isr_count++;
}

static uint8_t table_byte(unsigned i) { return (uint8_t)(i & 1 ? P(i / 2) >> 8 : P(i / 2)); }

static void fill(uint16_t v)
{
    for (unsigned i = 0; i < 64; i++)
        dst_w[i] = v;
    for (unsigned i = 0; i < sizeof dst_b; i++)
        dst_b[i] = (uint8_t)v;
    dma_barrier();
}

/* Program channel n and start it by software. */
static void dma_start(unsigned n, uint16_t ctl, uint32_t sa, uint16_t da, uint16_t sz)
{
    DMA_TSEL_REG(n) = (DMA_TSEL_REG(n) & ~DMA_TSEL_MASK(n)) | DMA_TSEL(n, DMA_TRIG_DMAREQ);
    dma_set_sa20(n, sa);
    dma_set_da20(n, da);
    DMAxSZ(n) = sz;
    DMAxCTL(n) = ctl;
    DMAxCTL(n) |= DMAEN;
    DMAxCTL(n) |= DMAREQ;
    dma_barrier();
}

static int fail(int code) { return console_verdict("dma_copy", code); }

int main(void)
{
    board_init(1000000u);
    console_init();
    uint32_t table = upper_table_addr;
    if (table < 0x10000u)
        return fail(1);

    /* 1. Block copy, words, both addresses incrementing: upper FRAM -> SRAM. */
    fill(0);
    dma_start(0, DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3, table, (uint16_t)(uintptr_t)dst_w, 64);
    uint16_t sum = 0;
    for (unsigned i = 0; i < 64; i++) {
        if (dst_w[i] != P(i))
            return fail(2);
        sum = (uint16_t)(sum + dst_w[i]);
    }
    /* DMAxSZ reloaded, DMAEN cleared, DMAIFG set; DMAxSA keeps the start. */
    if (DMA0SZ != 64 || (DMA0CTL & (DMAEN | DMAIFG)) != DMAIFG)
        return fail(3);
    if (DMA0SA != (uint16_t)table || DMAxSAH(0) != (uint16_t)(table >> 16))
        return fail(4);
    DMA0CTL = 0;
    console_puts("dma_copy: block upper->sram 64 words sum=");
    console_put_hex16(sum);
    console_putc('\n');

    /* 2. Byte to byte: the table's first 13 bytes. */
    fill(0xFFFF);
    dma_start(1, DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3 | DMASRCBYTE | DMADSTBYTE, table,
              (uint16_t)(uintptr_t)dst_b, 13);
    for (unsigned i = 0; i < 13; i++)
        if (dst_b[i] != table_byte(i))
            return fail(5);
    if (dst_b[13] != 0xFF)
        return fail(6);
    uint8_t b2b = dst_b[12];
    /* Byte to word: the upper byte of each destination word is cleared. */
    dma_start(1, DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3 | DMASRCBYTE, table + 1,
              (uint16_t)(uintptr_t)dst_w, 12);
    for (unsigned i = 0; i < 12; i++)
        if (dst_w[i] != table_byte(i + 1))
            return fail(7);
    if (dst_w[12] != 0xFFFF)
        return fail(8);
    uint16_t b2w = dst_w[11];
    /* Word to byte: the low byte of each source word. */
    fill(0xEEEE);
    dma_start(1, DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3 | DMADSTBYTE, table + 8,
              (uint16_t)(uintptr_t)dst_b, 10);
    for (unsigned i = 0; i < 10; i++)
        if (dst_b[i] != (uint8_t)P(i + 4))
            return fail(9);
    if (dst_b[10] != 0xEE)
        return fail(10);
    uint8_t w2b = dst_b[9];
    DMA1CTL = 0;
    console_puts("dma_copy: bytes b2b=");
    console_put_hex(b2b, 2);
    console_puts(" b2w=");
    console_put_hex16(b2w);
    console_puts(" w2b=");
    console_put_hex(w2b, 2);
    console_putc('\n');

    /* 3. Source decrementing: table[15] down to table[0]. */
    fill(0);
    dma_start(2, DMADT_1 | DMASRCINCR_2 | DMADSTINCR_3, table + 30, (uint16_t)(uintptr_t)dst_w, 16);
    for (unsigned i = 0; i < 16; i++)
        if (dst_w[i] != P(15 - i))
            return fail(11);
    /* Destination decrementing from dst_w[31], source fixed at table[3]. */
    dma_start(2, DMADT_1 | DMASRCINCR_0 | DMADSTINCR_2, table + 6,
              (uint16_t)(uintptr_t)&dst_w[31], 8);
    for (unsigned i = 24; i < 32; i++)
        if (dst_w[i] != P(3))
            return fail(12);
    if (dst_w[23] != 0 || dst_w[32] != 0)
        return fail(13);
    DMA2CTL = 0;

    /* 4. Repeated single transfers: one word per DMAREQ; after DMA3SZ of
       them DMAIFG is set, DMAEN stays set and size and addresses reload. */
    fill(0);
    dma_start(3, DMADT_4 | DMASRCINCR_3 | DMADSTINCR_3, table, (uint16_t)(uintptr_t)dst_w, 4);
    if (dst_w[0] != P(0) || dst_w[1] != 0 || DMA3SZ != 3 || (DMA3CTL & DMAIFG))
        return fail(14);
    for (unsigned k = 0; k < 3; k++)
        DMA3CTL |= DMAREQ;
    dma_barrier();
    for (unsigned i = 0; i < 4; i++)
        if (dst_w[i] != P(i))
            return fail(15);
    if (DMA3SZ != 4 || (DMA3CTL & (DMAEN | DMAIFG)) != (DMAEN | DMAIFG))
        return fail(16);
    fill(0);
    DMA3CTL &= ~DMAIFG;
    DMA3CTL |= DMAREQ;
    DMA3CTL |= DMAREQ;
    dma_barrier();
    if (dst_w[0] != P(0) || dst_w[1] != P(1) || dst_w[2] != 0 || DMA3SZ != 2)
        return fail(17);
    DMA3CTL = 0;

    /* 5. Burst-block: 40 words, the CPU running between bursts of four. */
    fill(0);
    dma_start(4, DMADT_2 | DMASRCINCR_3 | DMADSTINCR_3, table + 2, (uint16_t)(uintptr_t)dst_w, 40);
    uint16_t spin = 0;
    while ((DMA4CTL & DMAEN) && ++spin < 1000)
        ;
    dma_barrier();
    for (unsigned i = 0; i < 40; i++)
        if (dst_w[i] != P(i + 1))
            return fail(18);
    if (!(DMA4CTL & DMAIFG) || dst_w[40] != 0)
        return fail(19);
    DMA4CTL = 0;

    /* 6. Chained channels: DMA1 (trigger 30) starts when DMA0 sets DMAIFG. */
    DMA1CTL = 0;
    DMA_TSEL_REG(1) = (DMA_TSEL_REG(1) & ~DMA_TSEL_MASK(1)) | DMA_TSEL(1, DMA_TRIG_PREV_IFG);
    dma_set_sa20(1, (uint16_t)(uintptr_t)chain_src);
    dma_set_da20(1, (uint16_t)(uintptr_t)chain_dst);
    DMA1SZ = 4;
    DMA1CTL = DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3 | DMAEN;
    fill(0);
    dma_start(0, DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3, table, (uint16_t)(uintptr_t)dst_w, 4);
    for (unsigned i = 0; i < 4; i++)
        if (chain_dst[i] != chain_src[i] || dst_w[i] != P(i))
            return fail(20);
    if ((DMA1CTL & (DMAEN | DMAIFG)) != DMAIFG)
        return fail(21);
    DMA0CTL = DMA1CTL = 0;
    console_puts("dma_copy: decrement fixed repeat burst chain ok\n");

    /* 7. The DMA interrupt: DMA5IFG with DMAIE, taken once, DMAIV = 0x0C. */
    fill(0);
    __enable_interrupt();
    dma_start(5, DMADT_1 | DMASRCINCR_3 | DMADSTINCR_3 | DMAIE, table,
              (uint16_t)(uintptr_t)dst_w, 8);
    __no_operation();
    __disable_interrupt();
    if (isr_count != 1 || isr_iv != DMAIV_DMA5IFG || (DMA5CTL & DMAIFG) || DMAIV != DMAIV_NONE)
        return fail(22);
    for (unsigned i = 0; i < 8; i++)
        if (dst_w[i] != P(i))
            return fail(23);
    DMA5CTL = 0;
    console_puts("dma_copy: irq DMAIV=");
    console_put_hex16(isr_iv);
    console_puts(" count=");
    console_put_u16(isr_count);
    console_putc('\n');

    return console_verdict("dma_copy", 0);
}
