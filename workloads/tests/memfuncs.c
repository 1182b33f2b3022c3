/*
 * memfuncs - rt/libc.c: memcpy (word and byte paths), memmove (both overlap
 * directions), memset, memcmp, a struct assignment clang turns into a memcpy
 * call, and initialized .data (copied from FRAM by crt0) / zeroed .bss.
 *
 * Clock: board_init(8000000).
 * Expected console output (LF line ends):
 *   memfuncs: PASS
 * Exit code (R12): 0 = pass, else the number of the first failing check;
 *   the console then says "memfuncs: FAIL check <n>".
 */
#include <stddef.h>
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_util.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memset(void *dst, int c, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);

struct record {
    uint16_t id;
    char name[30];
    int32_t value;
};

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
static uint8_t buf[64];
/* External linkage keeps these in .data/.bss: clang turns never-written
   static data into constants. */
uint16_t data_word = 0xBEEF;                    /* .data */
uint32_t data_long = 0x12345678u;               /* .data */
uint16_t bss_words[8];                          /* .bss  */
struct record rec_a = { 7, "seven", -7 };       /* .data */
struct record rec_b;                            /* .bss  */

#define CHECK(cond)             \
    do {                        \
        ++n;                    \
        if (!(cond))            \
            return n;           \
    } while (0)

static int run_checks(void)
{
    int n = 0;
    const char *src = alphabet;
    FERRO_OPAQUE(src);

    /* crt0: .data copied, .bss cleared */
    CHECK(data_word == 0xBEEF && data_long == 0x12345678u);
    for (int i = 0; i < 8; i++)
        CHECK(bss_words[i] == 0);

    /* memcpy: even/even (word path), odd destination (byte path) */
    CHECK(memcpy(buf, src, 36) == buf);
    CHECK(memcmp(buf, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 36) == 0);
    memset(buf, 0, sizeof buf);
    memcpy(buf + 1, src + 2, 5);
    CHECK(buf[0] == 0 && memcmp(buf + 1, "CDEFG", 5) == 0 && buf[6] == 0);

    /* memset */
    CHECK(memset(buf, 0x5A, 10) == buf);
    CHECK(buf[0] == 0x5A && buf[9] == 0x5A && buf[10] == 0);

    /* memmove: forward overlap (dst > src) and backward (dst < src) */
    memcpy(buf, src, 10);
    memmove(buf + 2, buf, 8);
    CHECK(memcmp(buf, "ABABCDEFGH", 10) == 0);
    memcpy(buf, src, 10);
    memmove(buf, buf + 3, 7);
    CHECK(memcmp(buf, "DEFGHIJHIJ", 10) == 0);

    /* memcmp ordering is by unsigned bytes */
    CHECK(memcmp("abc", "abd", 3) < 0);
    CHECK(memcmp("\xff", "\x01", 1) > 0);
    CHECK(memcmp("same", "same", 0) == 0);

    /* struct assignment (clang emits a memcpy call for it) */
    rec_b = rec_a;
    CHECK(rec_b.id == 7 && rec_b.value == -7 && memcmp(rec_b.name, "seven", 6) == 0);
    return 0;
}

int main(void)
{
    board_init(8000000u);
    console_init();
    int failed = run_checks();
    if (failed) {
        console_puts("memfuncs: FAIL check ");
        console_put_u16((uint16_t)failed);
        console_putc('\n');
    } else {
        console_puts("memfuncs: PASS\n");
    }
    console_flush();
    return failed;
}
