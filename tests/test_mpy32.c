/* MPY32 unit test: drive the multiplier through the bus exactly as firmware
 * does (word and byte writes to its registers, then reads) and compare with
 * results computed here independently: 128-bit arithmetic on the operands'
 * mathematical values, or constants worked by hand / quoted from the examples
 * in SLAU367P chapter 5. */
#include <stdint.h>
#include <stdio.h>

#include "sim/machine.h"
#include "sim/periph/periph.h"

__extension__ typedef __int128 i128;
__extension__ typedef unsigned __int128 u128;

/* Register addresses (msp430fr5994.h). */
enum {
    A_MPY = 0x04C0, A_MPYS = 0x04C2, A_MAC = 0x04C4, A_MACS = 0x04C6, A_OP2 = 0x04C8,
    A_RESLO = 0x04CA, A_RESHI = 0x04CC, A_SUMEXT = 0x04CE,
    A_MPY32L = 0x04D0, A_MPY32H = 0x04D2, A_MPYS32L = 0x04D4, A_MPYS32H = 0x04D6,
    A_MAC32L = 0x04D8, A_MAC32H = 0x04DA, A_MACS32L = 0x04DC, A_MACS32H = 0x04DE,
    A_OP2L = 0x04E0, A_OP2H = 0x04E2, A_RES0 = 0x04E4, A_RES1 = 0x04E6, A_RES2 = 0x04E8,
    A_RES3 = 0x04EA, A_CTL0 = 0x04EC,
};
enum {
    C_MPYC = 0x0001, C_MPYFRAC = 0x0004, C_MPYSAT = 0x0008, C_MPYM = 0x0030,
    C_OP1_32 = 0x0040, C_OP2_32 = 0x0080, C_DLYWRTEN = 0x0100, C_DLY32 = 0x0200,
};

static int failures, checks, diags;

#define EXPECT(cond, ...)                                                                          \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);                                        \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

static void count_diag(struct ferro_machine *m, const char *msg, void *ctx)
{
    (void)m, (void)ctx, (void)msg;
    diags++;
}

static struct ferro_machine *machine(void)
{
    struct ferro_config cfg = {0};
    struct ferro_machine *m = ferro_new(&cfg);
    if (!m) {
        fprintf(stderr, "ferro_new failed\n");
        return NULL;
    }
    m->on_diag = count_diag;
    ferro_reset(m);
    return m;
}

static void w16(struct ferro_machine *m, uint32_t a, uint16_t v) { ferro_write16(m, a, v); }
static void w8(struct ferro_machine *m, uint32_t a, uint8_t v) { ferro_write8(m, a, v); }
static uint16_t r16(struct ferro_machine *m, uint32_t a) { return ferro_read16(m, a); }

/* The 64-bit result as firmware assembles it from four word reads. */
static uint64_t res64(struct ferro_machine *m)
{
    uint64_t v = 0;
    for (int i = 3; i >= 0; i--)
        v = v << 16 | r16(m, A_RES0 + 2u * (unsigned)i);
    return v;
}
static uint32_t res32(struct ferro_machine *m)
{
    return (uint32_t)r16(m, A_RESHI) << 16 | r16(m, A_RESLO);
}
static unsigned mpyc(struct ferro_machine *m) { return r16(m, A_CTL0) & C_MPYC; }

static void load_res64(struct ferro_machine *m, uint64_t v)
{
    for (int i = 0; i < 4; i++)
        w16(m, A_RES0 + 2u * (unsigned)i, (uint16_t)(v >> (16 * i)));
}

/* Mathematical values of two's-complement bit patterns. */
static i128 sval(uint64_t bits, int width)
{
    u128 u = bits & (((u128)1 << width) - 1);
    return (u >> (width - 1)) ? (i128)u - ((i128)1 << width) : (i128)u;
}
static uint64_t low64(i128 v) { return (uint64_t)((u128)v & 0xFFFFFFFFFFFFFFFFu); }

/* Deterministic operand source. */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint32_t rnd32(void)
{
    rng_state = rng_state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(rng_state >> 32);
}

static const uint16_t edge16[] = {0x0000, 0x0001, 0x0002, 0x7FFF, 0x8000,
                                  0x8001, 0xFFFF, 0x1234, 0xCCC3, 0x00FF};

static void test_unsigned_16x16(struct ferro_machine *m)
{
    for (int n = 0; n < 300; n++) {
        uint16_t a = n < 100 ? edge16[n / 10] : (uint16_t)rnd32();
        uint16_t b = n < 100 ? edge16[n % 10] : (uint16_t)rnd32();
        w16(m, A_MPY, a);
        w16(m, A_OP2, b);
        u128 want = (u128)a * b;
        EXPECT(res32(m) == (uint32_t)want, "MPY %04x*%04x: got %08x want %08x", a, b, res32(m),
               (uint32_t)want);
        EXPECT(res64(m) == (uint64_t)want, "MPY %04x*%04x: RES0..3 %016llx", a, b,
               (unsigned long long)res64(m));
        EXPECT(r16(m, A_SUMEXT) == 0 && mpyc(m) == 0, "MPY %04x*%04x: SUMEXT %04x MPYC %u", a, b,
               r16(m, A_SUMEXT), mpyc(m));
    }
    /* Hand-checked: 0x1234 * 0x5678 = 0x06260060; 0xFFFF^2 = 0xFFFE0001. */
    w16(m, A_MPY, 0x1234), w16(m, A_OP2, 0x5678);
    EXPECT(r16(m, A_RESLO) == 0x0060 && r16(m, A_RESHI) == 0x0626, "MPY 1234*5678");
    w16(m, A_MPY32L, 0xFFFF), w16(m, A_OP2, 0xFFFF); /* MPY32L alone is a 16-bit OP1 */
    EXPECT(res32(m) == 0xFFFE0001u && mpyc(m) == 0, "MPY32L FFFF*FFFF = %08x", res32(m));
    /* OP1 stays loaded for successive operations. */
    w16(m, A_OP2, 0x0003);
    EXPECT(res32(m) == 3u * 0xFFFF, "OP1 reused: %08x", res32(m));
}

static void test_signed_16x16(struct ferro_machine *m)
{
    for (int n = 0; n < 300; n++) {
        uint16_t a = n < 100 ? edge16[n / 10] : (uint16_t)rnd32();
        uint16_t b = n < 100 ? edge16[n % 10] : (uint16_t)rnd32();
        w16(m, n & 1 ? A_MPYS : A_MPYS32L, a);
        w16(m, A_OP2, b);
        i128 want = sval(a, 16) * sval(b, 16);
        EXPECT(res64(m) == low64(want), "MPYS %04x*%04x: %016llx want %016llx", a, b,
               (unsigned long long)res64(m), (unsigned long long)low64(want));
        EXPECT(r16(m, A_SUMEXT) == (want < 0 ? 0xFFFF : 0), "MPYS %04x*%04x SUMEXT %04x", a, b,
               r16(m, A_SUMEXT));
        EXPECT(mpyc(m) == (want < 0), "MPYS %04x*%04x MPYC %u", a, b, mpyc(m));
    }
    /* Hand-checked: -1 * 1 = 0xFFFFFFFF; -32768 * -32768 = 0x40000000. */
    w16(m, A_MPYS, 0xFFFF), w16(m, A_OP2, 1);
    EXPECT(res32(m) == 0xFFFFFFFFu && r16(m, A_SUMEXT) == 0xFFFF && mpyc(m) == 1, "MPYS -1*1");
    w16(m, A_MPYS, 0x8000), w16(m, A_OP2, 0x8000);
    EXPECT(res32(m) == 0x40000000u && r16(m, A_SUMEXT) == 0 && mpyc(m) == 0, "MPYS min*min");
}

static void test_byte_operands(struct ferro_machine *m)
{
    /* Signed byte writes sign-extend inside the module (SLAU367P 5.2.3). */
    w8(m, A_MPYS, 0x82), w8(m, A_OP2, 0x4F); /* -126 * 79 = -9954 = 0xFFFFD91E */
    EXPECT(res32(m) == 0xFFFFD91Eu && r16(m, A_SUMEXT) == 0xFFFF && mpyc(m) == 1,
           "MPYS_B 82*4F = %08x", res32(m));
    EXPECT(r16(m, A_MPYS) == 0xFF82, "MPYS reads back the extended byte: %04x", r16(m, A_MPYS));
    /* Unsigned byte writes zero-extend: 130 * 255 = 33150 = 0x817E. */
    w8(m, A_MPY, 0x82), w8(m, A_OP2, 0xFF);
    EXPECT(res32(m) == 0x817Eu && r16(m, A_SUMEXT) == 0, "MPY_B 82*FF = %08x", res32(m));
    /* Byte OP1 with word OP2 and the other way round: -2 * 0x1234, 256 * -128. */
    w8(m, A_MPYS, 0xFE), w16(m, A_OP2, 0x1234);
    EXPECT(res32(m) == (uint32_t)-0x2468, "MPYS_B FE * 1234 = %08x", res32(m));
    w16(m, A_MPYS, 0x0100), w8(m, A_OP2, 0x80);
    EXPECT(res32(m) == (uint32_t)-0x8000, "MPYS 0100 * OP2_B 80 = %08x", res32(m));
    /* A byte write replaces the whole operand, not just its low byte. */
    w16(m, A_MPY, 0xABCD), w8(m, A_MPY, 0x02), w16(m, A_OP2, 0x0003);
    EXPECT(res32(m) == 6, "byte write clears the high byte: %08x", res32(m));
    for (int n = 0; n < 200; n++) {
        uint8_t a = (uint8_t)rnd32(), b = (uint8_t)rnd32();
        w8(m, A_MACS32L, a); /* 8-bit signed OP1 through a 32-bit-register address */
        w16(m, A_RES0, 0), w16(m, A_RES1, 0), w16(m, A_CTL0, (uint16_t)(r16(m, A_CTL0) & ~C_MPYC));
        w8(m, A_OP2, b);
        i128 want = sval(a, 8) * sval(b, 8);
        EXPECT(res32(m) == (uint32_t)low64(want), "MACS_B %02x*%02x = %08x", a, b, res32(m));
    }
    /* Byte reads of a result register. */
    w16(m, A_MPY, 0x1234), w16(m, A_OP2, 0x5678);
    EXPECT(ferro_read8(m, A_RESHI) == 0x26 && ferro_read8(m, A_RESHI + 1) == 0x06, "byte reads");
}

static void test_mac_16(struct ferro_machine *m)
{
    static const uint16_t a[] = {0xFFFF, 0xFFFF, 0x1234, 0x8000, 0xFFFF, 0x0001, 0x7FFF, 0xFFFF};
    static const uint16_t b[] = {0xFFFF, 0xFFFF, 0x5678, 0x8000, 0xFFFF, 0x0001, 0x7FFF, 0x0002};
    /* MAC: 32-bit accumulation into RESHI:RESLO; SUMEXT and MPYC hold the carry
     * of that sum, which is not fed into the next one. */
    u128 acc = 0;
    load_res64(m, 0);
    for (unsigned i = 0; i < sizeof a / sizeof a[0]; i++) {
        w16(m, A_MAC, a[i]);
        w16(m, A_OP2, b[i]);
        u128 s = acc + (u128)a[i] * b[i];
        unsigned carry = (unsigned)(s >> 32);
        acc = s & 0xFFFFFFFFu;
        EXPECT(res32(m) == (uint32_t)acc, "MAC step %u: %08x want %08x", i, res32(m),
               (uint32_t)acc);
        EXPECT(r16(m, A_SUMEXT) == carry && mpyc(m) == carry,
               "MAC step %u: SUMEXT %04x MPYC %u want %u", i, r16(m, A_SUMEXT), mpyc(m), carry);
    }
    /* Hand-checked: 0xFFFE0001 + 0xFFFE0001 = 0x1_FFFC0002: carry, low FFFC0002. */
    load_res64(m, 0);
    w16(m, A_MAC, 0xFFFF), w16(m, A_OP2, 0xFFFF), w16(m, A_OP2, 0xFFFF);
    EXPECT(res32(m) == 0xFFFC0002u && r16(m, A_SUMEXT) == 1 && mpyc(m) == 1, "MAC carry");

    /* MACS: signed 32-bit accumulation; SUMEXT is the sign of the 32-bit
     * result, MPYC the sign of the true sum (they differ on overflow). */
    static const uint16_t sa[] = {0x7FFF, 0x7FFF, 0x8000, 0xFFFF, 0x1234, 0x8000, 0x8000, 0x0005};
    static const uint16_t sb[] = {0x7FFF, 0x7FFF, 0x7FFF, 0x0001, 0xEDCC, 0x8000, 0x8000, 0xFFFD};
    int32_t sacc32 = 0;
    load_res64(m, 0);
    for (unsigned i = 0; i < sizeof sa / sizeof sa[0]; i++) {
        w16(m, A_MACS, sa[i]);
        w16(m, A_OP2, sb[i]);
        i128 s = (i128)sacc32 + sval(sa[i], 16) * sval(sb[i], 16);
        uint32_t lo = (uint32_t)((u128)s & 0xFFFFFFFFu);
        sacc32 = (int32_t)sval(lo, 32);
        EXPECT(res32(m) == lo, "MACS step %u: %08x want %08x", i, res32(m), lo);
        EXPECT(r16(m, A_SUMEXT) == (sacc32 < 0 ? 0xFFFF : 0), "MACS step %u SUMEXT %04x", i,
               r16(m, A_SUMEXT));
        EXPECT(mpyc(m) == (s < 0), "MACS step %u MPYC %u (true sum %s)", i, mpyc(m),
               s < 0 ? "<0" : ">=0");
    }
    /* Overflow (5.2.2.1): 0x7FFFFFF0 + 0x100 = 0x800000F0 positive: SUMEXT FFFF, MPYC 0. */
    load_res64(m, 0x7FFFFFF0u);
    w16(m, A_MACS, 0x0010), w16(m, A_OP2, 0x0010);
    EXPECT(res32(m) == 0x800000F0u && r16(m, A_SUMEXT) == 0xFFFF && mpyc(m) == 0, "MACS overflow");
    /* Underflow: 0x80000010 - 0x10000 = -0x8000FFF0: low 7FFF0010, SUMEXT 0, MPYC 1. */
    load_res64(m, 0x80000010u);
    w16(m, A_MACS, 0xFF00), w16(m, A_OP2, 0x0100);
    EXPECT(res32(m) == 0x7FFF0010u && r16(m, A_SUMEXT) == 0 && mpyc(m) == 1, "MACS underflow");
    /* No overflow with mixed signs: -1 + 2 = 1: SUMEXT 0, MPYC 0. */
    load_res64(m, 0xFFFFFFFFu);
    w16(m, A_MACS, 0x0001), w16(m, A_OP2, 0x0002);
    EXPECT(res32(m) == 1 && r16(m, A_SUMEXT) == 0 && mpyc(m) == 0, "MACS -1+2: SUMEXT %04x MPYC %u",
           r16(m, A_SUMEXT), mpyc(m));
}

static void test_32x32(struct ferro_machine *m)
{
    static const uint32_t edge[] = {0,          1,          0x7FFFFFFF, 0x80000000,
                                    0xFFFFFFFF, 0x12345678, 0x0000FFFF, 0x00010000};
    for (int n = 0; n < 264; n++) {
        uint32_t a = n < 64 ? edge[n / 8] : rnd32(), b = n < 64 ? edge[n % 8] : rnd32();
        /* unsigned */
        w16(m, A_MPY32L, (uint16_t)a), w16(m, A_MPY32H, (uint16_t)(a >> 16));
        w16(m, A_OP2L, (uint16_t)b), w16(m, A_OP2H, (uint16_t)(b >> 16));
        u128 uw = (u128)a * b;
        EXPECT(res64(m) == (uint64_t)uw, "MPY32 %08x*%08x = %016llx", a, b,
               (unsigned long long)res64(m));
        EXPECT(r16(m, A_SUMEXT) == 0 && mpyc(m) == 0, "MPY32 SUMEXT/MPYC");
        /* signed */
        w16(m, A_MPYS32L, (uint16_t)a), w16(m, A_MPYS32H, (uint16_t)(a >> 16));
        w16(m, A_OP2L, (uint16_t)b), w16(m, A_OP2H, (uint16_t)(b >> 16));
        i128 sw = sval(a, 32) * sval(b, 32);
        EXPECT(res64(m) == low64(sw), "MPYS32 %08x*%08x = %016llx want %016llx", a, b,
               (unsigned long long)res64(m), (unsigned long long)low64(sw));
        EXPECT(r16(m, A_SUMEXT) == (sw < 0 ? 0xFFFF : 0) && mpyc(m) == (sw < 0), "MPYS32 sign");
    }
    /* SLAU367P example (32x24, OP2H written as a byte): R6..R9 = 0E97 A6EA 4F06 000D. */
    w16(m, A_CTL0, C_MPYSAT);
    w16(m, A_MPY32L, 0x52C5), w16(m, A_MPY32H, 0x6153);
    w16(m, A_OP2L, 0x01AB), w8(m, A_OP2H, 0x23);
    EXPECT(r16(m, A_RES0) == 0x0E97 && r16(m, A_RES1) == 0xA6EA && r16(m, A_RES2) == 0x4F06 &&
               r16(m, A_RES3) == 0x000D && mpyc(m) == 0,
           "guide 32x24 example: %016llx", (unsigned long long)res64(m));
    /* ... then a 16x16 MACS on the saturated 32-bit value: RESLO FFFF, RESHI 7FFF. */
    w16(m, A_MACS, 0xCCC3), w16(m, A_OP2, 0xFFB6);
    EXPECT(r16(m, A_RESLO) == 0xFFFF && r16(m, A_RESHI) == 0x7FFF,
           "guide mixing example: %04x %04x", r16(m, A_RESHI), r16(m, A_RESLO));
    w16(m, A_CTL0, 0);
}

static void test_mixed_widths(struct ferro_machine *m)
{
    for (int n = 0; n < 200; n++) {
        uint16_t a16 = (uint16_t)rnd32();
        uint32_t b = rnd32();
        /* 16 x 32 signed: OP1 16-bit, OP2 32-bit -> 64-bit result. */
        w16(m, A_MPYS, a16), w16(m, A_OP2L, (uint16_t)b), w16(m, A_OP2H, (uint16_t)(b >> 16));
        i128 want = sval(a16, 16) * sval(b, 32);
        EXPECT(res64(m) == low64(want) && r16(m, A_SUMEXT) == (want < 0 ? 0xFFFF : 0),
               "16x32 %04x*%08x = %016llx", a16, b, (unsigned long long)res64(m));
        /* 32 x 16 unsigned. */
        w16(m, A_MPY32L, (uint16_t)b), w16(m, A_MPY32H, (uint16_t)(b >> 16)), w16(m, A_OP2, a16);
        EXPECT(res64(m) == (uint64_t)((u128)b * a16), "32x16 %08x*%04x", b, a16);
        /* 24-bit signed OP1 (high word written as a byte) x 24-bit signed OP2. */
        uint32_t c = rnd32() & 0xFFFFFF, d = rnd32() & 0xFFFFFF;
        w16(m, A_MPYS32L, (uint16_t)c), w8(m, A_MPYS32H, (uint8_t)(c >> 16));
        w16(m, A_OP2L, (uint16_t)d), w8(m, A_OP2H, (uint8_t)(d >> 16));
        i128 w24 = sval(c, 24) * sval(d, 24);
        EXPECT(res64(m) == low64(w24) && mpyc(m) == (w24 < 0),
               "24x24 %06x*%06x = %016llx want %016llx", c, d, (unsigned long long)res64(m),
               (unsigned long long)low64(w24));
        /* 24-bit unsigned OP1 x 16-bit. */
        w16(m, A_MPY32L, (uint16_t)c), w8(m, A_MPY32H, (uint8_t)(c >> 16)), w16(m, A_OP2, a16);
        EXPECT(res64(m) == (uint64_t)((u128)c * a16), "24x16 unsigned");
    }
    /* Hand-checked 24-bit sign extension: 0x800000 is -2^23; -2^23 * 3 = -0x1800000. */
    w16(m, A_MPYS32L, 0x0000), w8(m, A_MPYS32H, 0x80), w16(m, A_OP2, 3);
    EXPECT(res64(m) == (uint64_t)-0x1800000LL, "24-bit sign extension: %016llx",
           (unsigned long long)res64(m));
    EXPECT(r16(m, A_MPYS32H) == 0xFF80, "MPYS32H reads back the extended byte");
    /* "If MPY32H is written first followed by MPY32L, the multiplication ignores
     * MPY32H": OP1 = 0x0002 here, not 0x00050002. */
    w16(m, A_MPY32H, 0x0005), w16(m, A_MPY32L, 0x0002), w16(m, A_OP2, 0x0010);
    EXPECT(res64(m) == 0x20, "MPY32H then MPY32L: %016llx", (unsigned long long)res64(m));
    EXPECT(!(r16(m, A_CTL0) & C_OP1_32), "MPYOP1_32 clear after a low-word write");
    w16(m, A_MPY32L, 0x0002), w16(m, A_MPY32H, 0x0005);
    EXPECT((r16(m, A_CTL0) & C_OP1_32), "MPYOP1_32 set after a high-word write");
    w16(m, A_OP2L, 0x0010);
    EXPECT((r16(m, A_CTL0) & C_OP2_32), "MPYOP2_32 set by OP2L");
    w16(m, A_OP2H, 0x0000);
    EXPECT(res64(m) == 0x500020, "32x32 after the widths: %016llx", (unsigned long long)res64(m));
    w16(m, A_OP2, 0x0010);
    EXPECT(!(r16(m, A_CTL0) & C_OP2_32) && res64(m) == 0x500020, "OP2 clears MPYOP2_32");
    /* The mode field follows the last OP1 address. */
    static const struct {
        uint32_t addr;
        uint16_t mode;
    } modes[] = {
        {A_MPY, 0x00},    {A_MPYS, 0x10},    {A_MAC, 0x20},    {A_MACS, 0x30},
        {A_MPY32H, 0x00}, {A_MPYS32H, 0x10}, {A_MAC32L, 0x20}, {A_MACS32H, 0x30},
    };
    for (unsigned i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        w16(m, modes[i].addr, 1);
        EXPECT((r16(m, A_CTL0) & C_MPYM) == modes[i].mode, "MPYM after write to 0x%03x",
               modes[i].addr);
    }
}

static void test_mac_64(struct ferro_machine *m)
{
    /* MAC32: 64-bit unsigned accumulation, carry out of bit 63 in SUMEXT/MPYC. */
    u128 acc = 0xFFFFFFFF00000000u;
    load_res64(m, (uint64_t)acc);
    for (int n = 0; n < 100; n++) {
        uint32_t a = rnd32() | 0x80000000u, b = rnd32() | 0xC0000000u;
        w16(m, A_MAC32L, (uint16_t)a), w16(m, A_MAC32H, (uint16_t)(a >> 16));
        w16(m, A_OP2L, (uint16_t)b), w16(m, A_OP2H, (uint16_t)(b >> 16));
        u128 s = acc + (u128)a * b;
        unsigned carry = (unsigned)(s >> 64);
        acc = s & 0xFFFFFFFFFFFFFFFFu;
        EXPECT(res64(m) == (uint64_t)acc && r16(m, A_SUMEXT) == carry && mpyc(m) == carry,
               "MAC32 step %d: %016llx carry %u", n, (unsigned long long)res64(m), mpyc(m));
    }
    /* MACS32: signed 64-bit accumulation. */
    load_res64(m, 0);
    i128 sacc = 0;
    for (int n = 0; n < 100; n++) {
        uint32_t a = rnd32(), b = rnd32();
        if (n % 10 == 9) /* push towards the 64-bit limits */
            a = 0x80000000u, b = 0x80000000u;
        w16(m, A_MACS32L, (uint16_t)a), w16(m, A_MACS32H, (uint16_t)(a >> 16));
        w16(m, A_OP2L, (uint16_t)b), w16(m, A_OP2H, (uint16_t)(b >> 16));
        i128 s = sacc + sval(a, 32) * sval(b, 32);
        sacc = sval(low64(s), 64);
        EXPECT(res64(m) == low64(s), "MACS32 step %d", n);
        EXPECT(r16(m, A_SUMEXT) == (sacc < 0 ? 0xFFFF : 0) && mpyc(m) == (s < 0),
               "MACS32 step %d: SUMEXT %04x MPYC %u", n, r16(m, A_SUMEXT), mpyc(m));
    }
    /* The runtime's __mspabi_mpyll_f5hw pattern: MPY32 then MAC32 summing
     * the two cross products. */
    uint32_t al = 0x89ABCDEF, ah = 0x01234567, bl = 0xFEDCBA98, bh = 0x76543210;
    w16(m, A_MPY32L, (uint16_t)al), w16(m, A_MPY32H, (uint16_t)(al >> 16));
    w16(m, A_OP2L, (uint16_t)bh), w16(m, A_OP2H, (uint16_t)(bh >> 16));
    w16(m, A_MAC32L, (uint16_t)ah), w16(m, A_MAC32H, (uint16_t)(ah >> 16));
    w16(m, A_OP2L, (uint16_t)bl), w16(m, A_OP2H, (uint16_t)(bl >> 16));
    u128 cross = (u128)al * bh + (u128)ah * bl;
    EXPECT(res64(m) == (uint64_t)cross, "mpyll cross sum");
}

static void test_fractional(struct ferro_machine *m)
{
    w16(m, A_CTL0, C_MPYFRAC);
    /* Q15: 0.5 * 0.5 = 0.25 (0x2000); -1.0 * 0.5 = -0.5 (0xC000). */
    w16(m, A_MPYS, 0x4000), w16(m, A_OP2, 0x4000);
    EXPECT(r16(m, A_RES1) == 0x2000 && r16(m, A_RES0) == 0, "Q15 0.5*0.5: %04x", r16(m, A_RES1));
    w16(m, A_MPYS, 0x8000), w16(m, A_OP2, 0x4000);
    EXPECT(r16(m, A_RESHI) == 0xC000 && r16(m, A_SUMEXT) == 0xFFFF, "Q15 -1*0.5: %04x",
           r16(m, A_RESHI));
    /* Random Q15 products: reads are the raw result shifted left once. */
    for (int n = 0; n < 100; n++) {
        uint16_t a = (uint16_t)rnd32(), b = (uint16_t)rnd32();
        w16(m, A_MPYS, a), w16(m, A_OP2, b);
        i128 q = sval(a, 16) * sval(b, 16) * 2;
        EXPECT(res64(m) == low64(q), "Q15 %04x*%04x read %016llx", a, b,
               (unsigned long long)res64(m));
        EXPECT(r16(m, A_SUMEXT) == (q < 0 ? 0xFFFF : 0), "Q15 SUMEXT");
    }
    /* Q31: 0.5 * 0.5 = 0.25 in RES3:RES2 (0x20000000); -0.25 * 0.5 = -0.125. */
    w16(m, A_MPYS32L, 0x0000), w16(m, A_MPYS32H, 0x4000);
    w16(m, A_OP2L, 0x0000), w16(m, A_OP2H, 0x4000);
    EXPECT(r16(m, A_RES3) == 0x2000 && r16(m, A_RES2) == 0 && r16(m, A_RES1) == 0, "Q31 0.5*0.5");
    w16(m, A_MPYS32L, 0x0000), w16(m, A_MPYS32H, 0xE000);
    w16(m, A_OP2L, 0x0000), w16(m, A_OP2H, 0x4000);
    EXPECT(r16(m, A_RES3) == 0xF000 && r16(m, A_RES2) == 0 && r16(m, A_SUMEXT) == 0xFFFF,
           "Q31 -0.25*0.5");
    /* The stored result is not modified: clearing MPYFRAC shows it unshifted;
     * MPYC is not affected by the mode. */
    w16(m, A_CTL0, (uint16_t)(r16(m, A_CTL0) & ~C_MPYFRAC));
    EXPECT(r16(m, A_RES3) == 0xF800 && mpyc(m) == 1, "raw Q62 result: %04x", r16(m, A_RES3));
    /* Unsigned MPY in fractional mode: SUMEXT = bits 33:32 of the shifted
     * result, sign-extended: 0xFFFF * 0xFFFF = 0xFFFE0001, shifted 1_FFFC0002 -> 0001. */
    w16(m, A_CTL0, C_MPYFRAC);
    w16(m, A_MPY, 0xFFFF), w16(m, A_OP2, 0xFFFF);
    EXPECT(res32(m) == 0xFFFC0002u && r16(m, A_SUMEXT) == 0x0001 && mpyc(m) == 0,
           "MPY frac SUMEXT %04x", r16(m, A_SUMEXT));
    w16(m, A_CTL0, 0);
}

static void test_saturation(struct ferro_machine *m)
{
    /* Positive overflow of a 16x16 MACS: 0x7FFFFFF0 + 0x10000 = 0x8000FFF0. */
    w16(m, A_CTL0, C_MPYSAT);
    load_res64(m, 0x7FFFFFF0u);
    w16(m, A_MACS, 0x0100), w16(m, A_OP2, 0x0100);
    EXPECT(res32(m) == 0x7FFFFFFFu, "saturated positive: %08x", res32(m));
    w16(m, A_CTL0, (uint16_t)(r16(m, A_CTL0) & ~C_MPYSAT));
    EXPECT(res32(m) == 0x8000FFF0u && mpyc(m) == 0, "raw value kept: %08x", res32(m));
    /* Negative overflow: preload 0x80000010 with MPYC = 1 (its sign), add -0x10000. */
    w16(m, A_CTL0, C_MPYSAT | C_MPYC);
    load_res64(m, 0x80000010u);
    w16(m, A_MACS, 0xFF00), w16(m, A_OP2, 0x0100);
    EXPECT(res32(m) == 0x80000000u && mpyc(m) == 1, "saturated negative: %08x", res32(m));
    /* In range: no change. */
    load_res64(m, 0);
    w16(m, A_CTL0, C_MPYSAT);
    w16(m, A_MPYS, 0x8000), w16(m, A_OP2, 0x7FFF);
    EXPECT(res32(m) == 0xC0008000u, "in range: %08x", res32(m));
    /* The saturated value feeds the next MAC: accumulate from 0x7FFFFFFF. */
    load_res64(m, 0x80000005u); /* MSB set with MPYC clear: reads as 0x7FFFFFFF */
    w16(m, A_CTL0, C_MPYSAT);
    w16(m, A_MACS, 0xFFFF), w16(m, A_OP2, 0x0001); /* + (-1) */
    w16(m, A_CTL0, 0);
    EXPECT(res32(m) == 0x7FFFFFFEu && mpyc(m) == 0, "saturated accumulator: %08x", res32(m));
    /* Guide example: MPYC preset, zero result, MACS_B 82 * OP2_B 4F -> 0000, 8000. */
    load_res64(m, 0);
    w16(m, A_CTL0, C_MPYSAT | C_MPYC);
    w8(m, A_MACS, 0x82), w8(m, A_OP2, 0x4F);
    EXPECT(r16(m, A_RES0) == 0x0000 && r16(m, A_RES1) == 0x8000, "guide MPYC example: %04x %04x",
           r16(m, A_RES1), r16(m, A_RES0));
    /* Guide example, fractional + saturation: 7FFF FA60 + 50h*12h -> FFFF, 7FFF. */
    w16(m, A_CTL0, C_MPYSAT | C_MPYFRAC);
    load_res64(m, 0x7FFFFA60u);
    w8(m, A_MACS, 0x50), w8(m, A_OP2, 0x12);
    EXPECT(r16(m, A_RES0) == 0xFFFF && r16(m, A_RES1) == 0x7FFF, "guide fractional example");
    /* -1.0 * -1.0 in fractional mode saturates to the most positive value. */
    w16(m, A_MPYS, 0x8000), w16(m, A_OP2, 0x8000);
    EXPECT(res32(m) == 0x7FFFFFFFu, "Q15 -1*-1 saturated: %08x", res32(m));
    /* 16x16: saturation covers RES0/RES1 only; RES2/RES3 read unsaturated. */
    w16(m, A_CTL0, C_MPYSAT);
    load_res64(m, 0x7FFFFFF0u);
    w16(m, A_MACS, 0x0100), w16(m, A_OP2, 0x0100);
    EXPECT(res32(m) == 0x7FFFFFFFu && r16(m, A_RES2) == 0xFFFF && r16(m, A_RES3) == 0xFFFF,
           "16x16 saturation scope: RES3..0 %016llx", (unsigned long long)res64(m));
    /* 64-bit: MACS32 overflow and underflow. */
    w16(m, A_CTL0, C_MPYSAT);
    load_res64(m, 0x7FFFFFFFFFFFFF00u);
    w16(m, A_MACS32L, 0x0000), w16(m, A_MACS32H, 0x0001); /* 0x10000 */
    w16(m, A_OP2L, 0x0000), w16(m, A_OP2H, 0x0001);       /* * 0x10000 */
    EXPECT(res64(m) == 0x7FFFFFFFFFFFFFFFu && mpyc(m) == 0, "64-bit positive saturation: %016llx",
           (unsigned long long)res64(m));
    w16(m, A_CTL0, C_MPYSAT | C_MPYC);
    load_res64(m, 0x8000000000000100u);
    w16(m, A_MACS32L, 0x0000), w16(m, A_MACS32H, 0xFFFF); /* -0x10000 */
    w16(m, A_OP2L, 0x0000), w16(m, A_OP2H, 0x0001);
    EXPECT(res64(m) == 0x8000000000000000u && mpyc(m) == 1, "64-bit negative saturation: %016llx",
           (unsigned long long)res64(m));
    w16(m, A_CTL0, C_MPYC); /* MPYSAT off: the raw wrapped value */
    EXPECT(res64(m) == 0x7FFFFFFF00000100u, "64-bit raw: %016llx", (unsigned long long)res64(m));
    /* Unsigned modes are not saturated. */
    w16(m, A_CTL0, C_MPYSAT);
    w16(m, A_MPY, 0xFFFF), w16(m, A_OP2, 0xFFFF);
    EXPECT(res32(m) == 0xFFFE0001u, "MPY with MPYSAT: %08x", res32(m));
    w16(m, A_CTL0, 0);
}

static void test_mpyc_and_ctl(struct ferro_machine *m)
{
    /* MPYC per mode (table 5-3): MPY 0, MPYS sign, MAC carry, MACS true sign. */
    w16(m, A_MPY, 0xFFFF), w16(m, A_OP2, 0xFFFF);
    EXPECT(mpyc(m) == 0, "MPY MPYC");
    w16(m, A_MPYS, 0xFFFF), w16(m, A_OP2, 0x0001);
    EXPECT(mpyc(m) == 1, "MPYS negative MPYC");
    w16(m, A_MPYS, 0xFFFF), w16(m, A_OP2, 0xFFFF);
    EXPECT(mpyc(m) == 0, "MPYS positive MPYC");
    load_res64(m, 0xFFFFFFFFu);
    w16(m, A_MAC, 0x0001), w16(m, A_OP2, 0x0001);
    EXPECT(mpyc(m) == 1 && res32(m) == 0, "MAC carry MPYC");
    /* Not stated by the guide; Ferro's choice (mpy32.c): after a 16x16 MAC,
     * RES3:RES2 hold the carry as SUMEXT does. */
    EXPECT(r16(m, A_RES2) == 1 && r16(m, A_RES3) == 0, "16x16 MAC carry in RES2");
    w16(m, A_OP2, 0x0001);
    EXPECT(mpyc(m) == 0 && res32(m) == 1, "MAC no carry MPYC");
    /* MPY32CTL0 is read/write except the reserved bits; MPYC can be preset. */
    w16(m, A_CTL0, 0xFFFF);
    EXPECT(r16(m, A_CTL0) == 0x03FD, "MPY32CTL0 writable bits: %04x", r16(m, A_CTL0));
    w8(m, A_CTL0 + 1, 0x00);
    EXPECT(r16(m, A_CTL0) == 0x00FD, "MPY32CTL0_H byte write: %04x", r16(m, A_CTL0));
    w8(m, A_CTL0, C_MPYC);
    EXPECT(r16(m, A_CTL0) == C_MPYC, "MPY32CTL0_L byte write: %04x", r16(m, A_CTL0));
    w16(m, A_CTL0, C_DLYWRTEN | C_DLY32);
    w16(m, A_MPY, 7), w16(m, A_OP2, 6); /* delayed write: results are immediate anyway */
    EXPECT(res32(m) == 42 && (r16(m, A_CTL0) & (C_DLYWRTEN | C_DLY32)) == (C_DLYWRTEN | C_DLY32),
           "delayed-write bits kept");
    w16(m, A_CTL0, 0);
    /* SUMEXT is read-only; a byte write to an operand's high byte is undefined. */
    int d0 = diags;
    w16(m, A_MPYS, 0xFFFF), w16(m, A_OP2, 0x0001);
    w16(m, A_SUMEXT, 0x1234);
    EXPECT(r16(m, A_SUMEXT) == 0xFFFF && diags == d0 + 1, "SUMEXT write ignored");
    w8(m, A_OP2 + 1, 0x12);
    EXPECT(res32(m) == 0xFFFFFFFFu && diags == d0 + 2, "odd byte write to OP2 ignored");
    /* Byte writes to result registers merge. */
    load_res64(m, 0x11223344u);
    w8(m, A_RES0 + 1, 0xAA);
    EXPECT(res32(m) == 0x1122AA44u, "RES0_H byte write: %08x", res32(m));
}

/* The save/restore sequence of SLAU367P 5.2.6 around an interrupting use. */
static void test_save_restore(struct ferro_machine *m)
{
    load_res64(m, 0);
    w16(m, A_CTL0, 0);
    w16(m, A_MACS32L, 0x5678), w16(m, A_MACS32H, 0xF234);
    w16(m, A_OP2L, 0x1111), w16(m, A_OP2H, 0x0222); /* first MACS32 */
    w16(m, A_OP2L, 0x3333);                         /* interrupted between OP2L and OP2H */
    /* ISR: save */
    uint16_t saved[9];
    static const uint32_t order[] = {A_RES3,   A_RES2,   A_RES1, A_RES0,
                                     A_MPY32H, A_MPY32L, A_OP2H, A_OP2L};
    saved[0] = r16(m, A_CTL0);
    w16(m, A_CTL0, (uint16_t)(saved[0] & ~(C_MPYSAT | C_MPYFRAC)));
    for (int i = 0; i < 8; i++)
        saved[1 + i] = r16(m, order[i]);
    /* ISR body */
    w16(m, A_MPY, 0x0003), w16(m, A_OP2, 0x0005);
    EXPECT(res32(m) == 15, "ISR multiply");
    /* restore: reverse order, MPY32CTL0 last */
    for (int i = 7; i >= 0; i--)
        w16(m, order[i], saved[1 + i]);
    w16(m, A_CTL0, saved[0]);
    /* the interrupted code continues with OP2H */
    w16(m, A_OP2H, 0x0444);
    i128 want = sval(0xF2345678u, 32) * sval(0x02221111u, 32) +
                sval(0xF2345678u, 32) * sval(0x04443333u, 32);
    EXPECT(res64(m) == low64(want), "MACS32 across save/restore: %016llx want %016llx",
           (unsigned long long)res64(m), (unsigned long long)low64(want));
}

static void test_stats(struct ferro_machine *m)
{
    struct mpy32_stats s0, s1;
    EXPECT(mpy32_stats(m, &s0) == 0, "machine has an MPY32");
    w16(m, A_MPY, 2), w16(m, A_OP2, 3);                         /* mul16 */
    w16(m, A_MAC, 2), w16(m, A_OP2, 3), w16(m, A_OP2, 4);       /* 2 x mul16, 2 x mac */
    w16(m, A_MPY32L, 2), w16(m, A_MPY32H, 1), w16(m, A_OP2, 3); /* mul32 */
    w16(m, A_MACS32L, 2), w16(m, A_OP2L, 3), w16(m, A_OP2H, 0); /* mul32, mac */
    w16(m, A_MPY, 2), w16(m, A_OP2L, 3);                        /* OP2L alone: nothing */
    EXPECT(mpy32_stats(m, &s1) == 0, "stats");
    EXPECT(s1.mul16 - s0.mul16 == 3 && s1.mul32 - s0.mul32 == 2 && s1.mac - s0.mac == 3,
           "counters: mul16 +%llu mul32 +%llu mac +%llu", (unsigned long long)(s1.mul16 - s0.mul16),
           (unsigned long long)(s1.mul32 - s0.mul32), (unsigned long long)(s1.mac - s0.mac));
    ferro_reset(m);
    EXPECT(r16(m, A_CTL0) == 0 && res64(m) == 0, "reset clears the registers");
    struct mpy32_stats s2;
    EXPECT(mpy32_stats(m, &s2) == 0 && s2.mul16 == s1.mul16, "counters survive reset");
}

int main(void)
{
    struct ferro_machine *m = machine();
    if (!m)
        return 1;
    test_unsigned_16x16(m);
    test_signed_16x16(m);
    test_byte_operands(m);
    test_mac_16(m);
    test_32x32(m);
    test_mixed_widths(m);
    test_mac_64(m);
    test_fractional(m);
    test_saturation(m);
    test_mpyc_and_ctl(m);
    test_save_restore(m);
    test_stats(m);
    ferro_free(m);
    printf("mpy32: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
