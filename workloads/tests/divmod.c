/*
 * divmod - checks the integer helpers against host-computed values
 * (generated with Python's integers using C semantics: quotient truncated
 * toward zero, remainder with the dividend's sign):
 * 16/32/64-bit signed and unsigned division and remainder, 16/32/64-bit
 * variable shifts, multiplies, the helpers clang 14 never emits (called by
 * name: __mspabi_slli/srai/srli, the fixed-count _N entry points, sllll/
 * srall/srlll, mpysl/mpyul/mpysll/mpyull) and division by zero (must return).
 * Operands go through volatile variables so nothing is folded at compile time.
 *
 * Built twice: divmod_sw.elf and divmod_hw.elf (HWMULT f5series: the
 * compiler's multiplies go to the *_f5hw helpers, and 4 more checks call the
 * widening *_f5hw helpers by name).
 * Clock: board_init(8000000), MCLK = SMCLK = 8 MHz.
 *
 * Expected console output (LF line ends):
 *   divmod sw: 168 checks PASS        (divmod hw: 172 checks PASS)
 * Exit code (R12): 0 = pass, else the number (1-based, in source order) of
 *   the first failing check; the console then says "divmod <v>: FAIL check <n>".
 * (mspdebug's sim has no MPY32, so divmod_hw fails its first hardware multiply
 *  check there: 128.)
 */
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"

#ifdef FERRO_HWMULT_F5
#define VARIANT "divmod hw: "
#else
#define VARIANT "divmod sw: "
#endif

/* Helpers clang does not emit, with the C prototypes matching their register
   use (see rt/mspabi.S). */
uint16_t __mspabi_slli(uint16_t x, int16_t n);
int16_t  __mspabi_srai(int16_t x, int16_t n);
uint16_t __mspabi_srli(uint16_t x, int16_t n);
uint16_t __mspabi_slli_7(uint16_t x);
int16_t  __mspabi_srai_3(int16_t x);
uint16_t __mspabi_srli_15(uint16_t x);
uint32_t __mspabi_slll_15(uint32_t x);
int32_t  __mspabi_sral_9(int32_t x);
uint32_t __mspabi_srll_1(uint32_t x);
uint64_t __mspabi_sllll(uint64_t x, int n);
int64_t  __mspabi_srall(int64_t x, int n);
uint64_t __mspabi_srlll(uint64_t x, int n);
int32_t  __mspabi_mpysl(int16_t a, int16_t b);
uint32_t __mspabi_mpyul(uint16_t a, uint16_t b);
int64_t  __mspabi_mpysll(int32_t a, int32_t b);
uint64_t __mspabi_mpyull(uint32_t a, uint32_t b);
int32_t  __mspabi_mpysl_f5hw(int16_t a, int16_t b);
uint32_t __mspabi_mpyul_f5hw(uint16_t a, uint16_t b);
int64_t  __mspabi_mpysll_f5hw(int32_t a, int32_t b);
uint64_t __mspabi_mpyull_f5hw(uint32_t a, uint32_t b);
/* Called by name for division by zero, which is undefined in C. */
uint16_t __mspabi_divu(uint16_t n, uint16_t d);
uint16_t __mspabi_remu(uint16_t n, uint16_t d);
int16_t  __mspabi_divi(int16_t n, int16_t d);
int16_t  __mspabi_remi(int16_t n, int16_t d);
uint32_t __mspabi_divul(uint32_t n, uint32_t d);
uint32_t __mspabi_remul(uint32_t n, uint32_t d);
int32_t  __mspabi_divli(int32_t n, int32_t d);

/* Operands pass through these so the compiler has to call the helpers. */
static volatile int16_t  vs16a, vs16b;
static volatile uint16_t vu16a, vu16b;
static volatile int32_t  vs32a, vs32b;
static volatile uint32_t vu32a, vu32b;
static volatile int64_t  vs64a, vs64b;
static volatile uint64_t vu64a, vu64b;
static volatile int      vn;

#define OP2(name, T, va, vb, op)                                  \
    static T name(T a, T b)                                       \
    {                                                             \
        va = a;                                                   \
        vb = b;                                                   \
        return (T)(va op vb);                                     \
    }
#define SHIFT(name, T, va, op)                                    \
    static T name(T a, int n)                                     \
    {                                                             \
        va = a;                                                   \
        vn = n;                                                   \
        return (T)(va op vn);                                     \
    }

OP2(sdiv16, int16_t, vs16a, vs16b, /)
OP2(srem16, int16_t, vs16a, vs16b, %)
OP2(udiv16, uint16_t, vu16a, vu16b, /)
OP2(urem16, uint16_t, vu16a, vu16b, %)
OP2(sdiv32, int32_t, vs32a, vs32b, /)
OP2(srem32, int32_t, vs32a, vs32b, %)
OP2(udiv32, uint32_t, vu32a, vu32b, /)
OP2(urem32, uint32_t, vu32a, vu32b, %)
OP2(sdiv64, int64_t, vs64a, vs64b, /)
OP2(srem64, int64_t, vs64a, vs64b, %)
OP2(udiv64, uint64_t, vu64a, vu64b, /)
OP2(urem64, uint64_t, vu64a, vu64b, %)
/* Signed multiply done in the unsigned type (signed overflow would be
   undefined); the helpers are the same. */
#define MUL(name, T, UT, va, vb)                                  \
    static T name(T a, T b)                                       \
    {                                                             \
        va = (UT)a;                                               \
        vb = (UT)b;                                               \
        return (T)(UT)(va * vb);                                  \
    }

MUL(mul16, int16_t, uint16_t, vu16a, vu16b)
MUL(mul32, int32_t, uint32_t, vu32a, vu32b)
MUL(mul64, int64_t, uint64_t, vu64a, vu64b)
SHIFT(shl16, uint16_t, vu16a, <<)
SHIFT(shr16, uint16_t, vu16a, >>)
SHIFT(sar16, int16_t, vs16a, >>)
SHIFT(shl32, uint32_t, vu32a, <<)
SHIFT(shr32, uint32_t, vu32a, >>)
SHIFT(sar32, int32_t, vs32a, >>)
SHIFT(shl64, uint64_t, vu64a, <<)
SHIFT(shr64, uint64_t, vu64a, >>)
SHIFT(sar64, int64_t, vs64a, >>)

#define CHECK(expr, expected)                                     \
    do {                                                          \
        ++n;                                                      \
        if ((expr) != (expected))                                 \
            return n;                                             \
    } while (0)

/* Returns 0 when all pass, else the number of the first failing check;
   *count gets the number of checks run. */
static int run_checks(int *count)
{
    int n = 0;

    /* 16-bit signed / and % (C: truncate toward zero, remainder has the dividend's sign) */
    CHECK(sdiv16(7, 2), 3);
    CHECK(srem16(7, 2), 1);
    CHECK(sdiv16(-7, 2), -3);
    CHECK(srem16(-7, 2), -1);
    CHECK(sdiv16(7, -2), -3);
    CHECK(srem16(7, -2), 1);
    CHECK(sdiv16(-7, -2), 3);
    CHECK(srem16(-7, -2), -1);
    CHECK(sdiv16(32767, 3), 10922);
    CHECK(srem16(32767, 3), 1);
    CHECK(sdiv16(-32768, 7), -4681);
    CHECK(srem16(-32768, 7), -1);
    CHECK(sdiv16(-32768, 1), INT16_MIN);
    CHECK(srem16(-32768, 1), 0);
    CHECK(sdiv16(100, 200), 0);
    CHECK(srem16(100, 200), 100);
    CHECK(sdiv16(-1, 32767), 0);
    CHECK(srem16(-1, 32767), -1);
    CHECK(sdiv16(12345, -123), -100);
    CHECK(srem16(12345, -123), 45);

    /* 16-bit unsigned */
    CHECK(udiv16(0xFFFFu, 0x2u), 0x7FFFu);
    CHECK(urem16(0xFFFFu, 0x2u), 0x1u);
    CHECK(udiv16(0xEA60u, 0x7u), 0x217Bu);
    CHECK(urem16(0xEA60u, 0x7u), 0x3u);
    CHECK(udiv16(0x5u, 0xFFFFu), 0x0u);
    CHECK(urem16(0x5u, 0xFFFFu), 0x5u);
    CHECK(udiv16(0x8000u, 0x8001u), 0x0u);
    CHECK(urem16(0x8000u, 0x8001u), 0x8000u);
    CHECK(udiv16(0xFFFFu, 0xFFFFu), 0x1u);
    CHECK(urem16(0xFFFFu, 0xFFFFu), 0x0u);
    CHECK(udiv16(0xFFFEu, 0x8000u), 0x1u);
    CHECK(urem16(0xFFFEu, 0x8000u), 0x7FFEu);
    CHECK(udiv16(0x9C40u, 0x3u), 0x3415u);
    CHECK(urem16(0x9C40u, 0x3u), 0x1u);

    /* 32-bit signed */
    CHECK(sdiv32(-2000000000L, 7L), -285714285L);
    CHECK(srem32(-2000000000L, 7L), -5L);
    CHECK(sdiv32(2147483647L, -65536L), -32767L);
    CHECK(srem32(2147483647L, -65536L), 65535L);
    CHECK(sdiv32(-123456789L, -1000L), 123456L);
    CHECK(srem32(-123456789L, -1000L), -789L);
    CHECK(sdiv32(1L, -1L), -1L);
    CHECK(srem32(1L, -1L), 0L);
    CHECK(sdiv32(INT32_MIN, 3L), -715827882L);
    CHECK(srem32(INT32_MIN, 3L), -2L);
    CHECK(sdiv32(1000000L, -1000001L), 0L);
    CHECK(srem32(1000000L, -1000001L), 1000000L);
    CHECK(sdiv32(-77777L, 77L), -1010L);
    CHECK(srem32(-77777L, 77L), -7L);

    /* 32-bit unsigned */
    CHECK(udiv32(0xFFFFFFFFUL, 0x10000UL), 0xFFFFUL);
    CHECK(urem32(0xFFFFFFFFUL, 0x10000UL), 0xFFFFUL);
    CHECK(udiv32(0xDEADBEEFUL, 0x1234UL), 0xC3BA5UL);
    CHECK(urem32(0xDEADBEEFUL, 0x1234UL), 0x76BUL);
    CHECK(udiv32(0x80000000UL, 0x80000001UL), 0x0UL);
    CHECK(urem32(0x80000000UL, 0x80000001UL), 0x80000000UL);
    CHECK(udiv32(0xF4240UL, 0xF4240UL), 0x1UL);
    CHECK(urem32(0xF4240UL, 0xF4240UL), 0x0UL);
    CHECK(udiv32(0xFFFFFFFFUL, 0xFFFFFFFEUL), 0x1UL);
    CHECK(urem32(0xFFFFFFFFUL, 0xFFFFFFFEUL), 0x1UL);
    CHECK(udiv32(0x12345678UL, 0xAUL), 0x1D208A5UL);
    CHECK(urem32(0x12345678UL, 0xAUL), 0x6UL);

    /* 64-bit signed */
    CHECK(sdiv64(-9000000000000000000LL, 1234567LL), -7290005321703LL);
    CHECK(srem64(-9000000000000000000LL, 1234567LL), -1092399LL);
    CHECK(sdiv64(9223372036854775807LL, -3LL), -3074457345618258602LL);
    CHECK(srem64(9223372036854775807LL, -3LL), 1LL);
    CHECK(sdiv64(-1LL, 2LL), 0LL);
    CHECK(srem64(-1LL, 2LL), -1LL);
    CHECK(sdiv64(123456789012345LL, -98765LL), -1250005457LL);
    CHECK(srem64(123456789012345LL, -98765LL), 51740LL);
    CHECK(sdiv64(-9223372036854775803LL, -1099511627776LL), 8388607LL);
    CHECK(srem64(-9223372036854775803LL, -1099511627776LL), -1099511627771LL);
    CHECK(sdiv64(-5000000000LL, -7LL), 714285714LL);
    CHECK(srem64(-5000000000LL, -7LL), -2LL);

    /* 64-bit unsigned */
    CHECK(udiv64(0xFFFFFFFFFFFFFFFFULL, 0x3ULL), 0x5555555555555555ULL);
    CHECK(urem64(0xFFFFFFFFFFFFFFFFULL, 0x3ULL), 0x0ULL);
    CHECK(udiv64(0x8000000000000000ULL, 0x8000000000000001ULL), 0x0ULL);
    CHECK(urem64(0x8000000000000000ULL, 0x8000000000000001ULL), 0x8000000000000000ULL);
    CHECK(udiv64(0xFEDCBA9876543210ULL, 0x100000000ULL), 0xFEDCBA98ULL);
    CHECK(urem64(0xFEDCBA9876543210ULL, 0x100000000ULL), 0x76543210ULL);
    CHECK(udiv64(0x8AC7230489E80000ULL, 0x3B9ACA07ULL), 0x2540BE3BAULL);
    CHECK(urem64(0x8AC7230489E80000ULL, 0x3B9ACA07ULL), 0x1EAULL);
    CHECK(udiv64(0x123456789ABCDEFULL, 0xFFFFULL), 0x123468AD036ULL);
    CHECK(urem64(0x123456789ABCDEFULL, 0xFFFFULL), 0x9E25ULL);

    /* 16-bit variable shifts (clang inlines these as loops) */
    CHECK(shl16(0x1234u, 3), 0x91A0u);
    CHECK(shr16(0x1234u, 3), 0x246u);
    CHECK(sar16(4660, 3), 582);
    CHECK(shl16(0x8001u, 15), 0x8000u);
    CHECK(shr16(0x8001u, 15), 0x1u);
    CHECK(sar16(-32767, 15), -1);
    CHECK(shl16(0xFFu, 0), 0xFFu);
    CHECK(shr16(0xFFu, 0), 0xFFu);
    CHECK(sar16(255, 0), 255);

    /* 32-bit variable shifts: __mspabi_slll / __mspabi_srll / __mspabi_sral */
    CHECK(shl32(0x12345678UL, 4), 0x23456780UL);
    CHECK(shr32(0x12345678UL, 4), 0x1234567UL);
    CHECK(sar32(305419896L, 4), 19088743L);
    CHECK(shl32(0x12345678UL, 16), 0x56780000UL);
    CHECK(shr32(0x12345678UL, 16), 0x1234UL);
    CHECK(sar32(305419896L, 16), 4660L);
    CHECK(shl32(0x87654321UL, 20), 0x32100000UL);
    CHECK(shr32(0x87654321UL, 20), 0x876UL);
    CHECK(sar32(-2023406815L, 20), -1930L);
    CHECK(shl32(0x87654321UL, 31), 0x80000000UL);
    CHECK(shr32(0x87654321UL, 31), 0x1UL);
    CHECK(sar32(-2023406815L, 31), -1L);
    CHECK(shl32(0xCAFEBABEUL, 0), 0xCAFEBABEUL);
    CHECK(shr32(0xCAFEBABEUL, 0), 0xCAFEBABEUL);
    CHECK(sar32(-889275714L, 0), -889275714L);
    CHECK(shl32(0x80000001UL, 17), 0x20000UL);
    CHECK(shr32(0x80000001UL, 17), 0x4000UL);
    CHECK(sar32(-2147483647L, 17), -16384L);

    /* 64-bit variable shifts: __ashldi3 / __lshrdi3 / __ashrdi3 */
    CHECK(shl64(0x123456789ABCDEFULL, 4), 0x123456789ABCDEF0ULL);
    CHECK(shr64(0x123456789ABCDEFULL, 4), 0x123456789ABCDEULL);
    CHECK(sar64(81985529216486895LL, 4), 5124095576030430LL);
    CHECK(shl64(0x123456789ABCDEFULL, 36), 0x9ABCDEF000000000ULL);
    CHECK(shr64(0x123456789ABCDEFULL, 36), 0x123456ULL);
    CHECK(sar64(81985529216486895LL, 36), 1193046LL);
    CHECK(shl64(0xFEDCBA9876543210ULL, 63), 0x0ULL);
    CHECK(shr64(0xFEDCBA9876543210ULL, 63), 0x1ULL);
    CHECK(sar64(-81985529216486896LL, 63), -1LL);
    CHECK(shl64(0xFEDCBA9876543210ULL, 17), 0x7530ECA864200000ULL);
    CHECK(shr64(0xFEDCBA9876543210ULL, 17), 0x7F6E5D4C3B2AULL);
    CHECK(sar64(-81985529216486896LL, 17), -625499948246LL);
    CHECK(shl64(0x8000000000000000ULL, 48), 0x0ULL);
    CHECK(shr64(0x8000000000000000ULL, 48), 0x8000ULL);
    CHECK(sar64(INT64_MIN, 48), -32768LL);
    CHECK(shl64(0x5A5A5A5A5A5A5A5AULL, 0), 0x5A5A5A5A5A5A5A5AULL);
    CHECK(shr64(0x5A5A5A5A5A5A5A5AULL, 0), 0x5A5A5A5A5A5A5A5AULL);
    CHECK(sar64(6510615555426900570LL, 0), 6510615555426900570LL);

    /* multiplies through the compiler (mpyi / mpyl / mpyll, or their _f5hw forms) */
    CHECK(mul16(123, -45), -5535);
    CHECK(mul16(-300, -300), 24464);
    CHECK(mul16(32767, 32767), 1);
    CHECK(mul32(-123456L, 789L), -97406784L);
    CHECK(mul32(305419896L, 39612L), -629952480L);
    CHECK(mul32(-1L, -1L), 1L);
    CHECK(mul32(65536L, 65536L), 0L);
    CHECK(mul64(-123456789012LL, 987654LL), -121932591494857848LL);
    CHECK(mul64(81985529216486895LL, 4275878552LL), -5984943637383484440LL);
    CHECK(mul64(-1099511627776LL, -1048576LL), 1152921504606846976LL);
    CHECK(mul64(9223372036854775807LL, 3LL), 9223372036854775805LL);

    /* helpers clang 14 never emits, called directly (TI EABI names) */
    CHECK(__mspabi_slli(0x1234, 3), 0x91A0u);
    CHECK(__mspabi_slli(0x4321, 12), 0x1000u);
    CHECK((uint16_t)__mspabi_srai((int16_t)0x8421, 5), 0xFC21u);
    CHECK(__mspabi_srli(0x8421u, 5), 0x421u);
    CHECK((uint16_t)__mspabi_srai((int16_t)0x7FFF, 14), 0x1u);
    CHECK(__mspabi_srli(0x7FFFu, 14), 0x1u);
    CHECK(__mspabi_slli_7(0x0123u), 0x9180u);
    CHECK((uint16_t)__mspabi_srai_3((int16_t)0x8000), 0xF000u);
    CHECK(__mspabi_srli_15(0x8000u), 0x1u);
    CHECK(__mspabi_slll_15(0x00012345UL), 0x91A28000UL);
    CHECK(__mspabi_sral_9(-1234567L), -2412L);
    CHECK(__mspabi_srll_1(0x80000001UL), 0x40000000UL);
    CHECK(__mspabi_sllll(0x0123456789ABCDEFULL, 8), 0x23456789ABCDEF00ULL);
    CHECK(__mspabi_srall(-81985529216486896LL, 40), -74566LL);
    CHECK(__mspabi_srlll(0xFFFFFFFFFFFFFFFFULL, 60), 0xFULL);
    CHECK(__mspabi_mpysl(-300, 250), -75000L);
    CHECK(__mspabi_mpyul(60000u, 60000u), 0xD693A400UL);
    CHECK(__mspabi_mpysll(-123456L, 789012L), -97408265472LL);
    CHECK(__mspabi_mpyull(0xFFFFFFFFUL, 0xFFFFFFFFUL), 0xFFFFFFFE00000001ULL);

    /* division by zero returns (no trap, no hang) */
    CHECK(__mspabi_divu(1234u, 0), 0xFFFFu);
    CHECK(__mspabi_remu(1234u, 0), 0x4D2u);
    CHECK(__mspabi_divi(5, 0), -1);
    CHECK(__mspabi_divi(-5, 0), 1);
    CHECK(__mspabi_remi(-5, 0), -5);
    CHECK(__mspabi_divul(0x12345678UL, 0), 0xFFFFFFFFUL);
    CHECK(__mspabi_remul(0x12345678UL, 0), 0x12345678UL);
    CHECK(udiv64(0x0123456789ABCDEFULL, 0), 0xFFFFFFFFFFFFFFFFULL);
    CHECK(urem64(0x0123456789ABCDEFULL, 0), 0x123456789ABCDEFULL);
    CHECK(__mspabi_divi(INT16_MIN, -1), INT16_MIN);
    CHECK(__mspabi_divli(INT32_MIN, -1L), INT32_MIN);

#ifdef FERRO_HWMULT_F5
    /* MPY32 widening helpers, by name */
    CHECK(__mspabi_mpysl_f5hw(-300, 250), -75000L);
    CHECK(__mspabi_mpyul_f5hw(60000u, 60000u), 3600000000UL);
    CHECK(__mspabi_mpysll_f5hw(-123456L, 789012L), -97408265472LL);
    CHECK(__mspabi_mpyull_f5hw(0xFFFFFFFFUL, 0xFFFFFFFFUL), 0xFFFFFFFE00000001ULL);
#endif

    *count = n;
    return 0;
}

int main(void)
{
    board_init(8000000u);
    console_init();

    int count = 0;
    int failed = run_checks(&count);

    console_puts(VARIANT);
    if (failed) {
        console_puts("FAIL check ");
        console_put_u16((uint16_t)failed);
    } else {
        console_put_u16((uint16_t)count);
        console_puts(" checks PASS");
    }
    console_putc('\n');
    console_flush();
    return failed;
}
