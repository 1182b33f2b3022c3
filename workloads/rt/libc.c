/*
 * The four memory functions clang emits calls to (struct copies, large
 * initializers, and loops it recognizes). Built with -ffreestanding
 * (implies -fno-builtin), so the byte loops below are not turned back into
 * calls to themselves.
 */
#include <stddef.h>
#include <stdint.h>

/* A uint16_t that may alias any object (the word-copy path of memcpy). */
typedef uint16_t __attribute__((may_alias)) word_alias;

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;

    /* Word copies when both pointers are even: half the bus cycles. */
    if ((((uintptr_t)d | (uintptr_t)s) & 1u) == 0) {
        for (; n >= 2; n -= 2, d += 2, s += 2)
            *(word_alias *)d = *(const word_alias *)s;
    }
    while (n--)
        *d++ = *s++;
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    uint8_t *d = dst;

    while (n--)
        *d++ = (uint8_t)c;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;

    if (d == s || n == 0)
        return dst;
    if (d < s || d >= s + n) {
        while (n--)
            *d++ = *s++;
    } else {
        d += n;
        s += n;
        while (n--)
            *--d = *--s;
    }
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const uint8_t *p = a, *q = b;

    for (; n; n--, p++, q++) {
        if (*p != *q)
            return (int)*p - (int)*q;
    }
    return 0;
}
