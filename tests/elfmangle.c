/* Makes broken variants of a good firmware ELF for the bad-input tests.
 *   elfmangle IN OUT machine N       set e_machine to N
 *   elfmangle IN OUT truncate N      keep only the first N bytes
 *   elfmangle IN OUT move-load ADDR  move the first loaded segment to ADDR
 *   elfmangle IN OUT overlap         load the second segment over the first
 *   elfmangle IN OUT no-reset        erase the reset vector (0xFFFF)
 * Works on 32-bit little-endian ELF files only (what MSP430 images are). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t rd32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void wr32(uint8_t *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> 8 * i); }
static void wr16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8); }

static int die(const char *msg)
{
    fprintf(stderr, "elfmangle: %s\n", msg);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 4)
        return die("usage: elfmangle IN OUT machine N|truncate N|move-load ADDR|overlap|no-reset");
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return die("cannot read input");
    static uint8_t buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    if (n < 52 || memcmp(buf, "\177ELF", 4) || buf[4] != 1 || buf[5] != 1)
        return die("input is not a 32-bit little-endian ELF");
    uint32_t phoff = rd32(buf + 28);
    uint16_t phentsize = rd16(buf + 42), phnum = rd16(buf + 44);
    /* loaded segments with file contents, in header order */
    uint8_t *loads[16];
    int nloads = 0;
    for (unsigned i = 0; i < phnum && nloads < 16; i++) {
        uint8_t *ph = buf + phoff + i * phentsize;
        if (rd32(ph) == 1 && rd32(ph + 16) != 0)
            loads[nloads++] = ph;
    }
    const char *op = argv[3];
    unsigned long arg = argc > 4 ? strtoul(argv[4], NULL, 0) : 0;
    if (!strcmp(op, "machine")) {
        wr16(buf + 18, (uint16_t)arg);
    } else if (!strcmp(op, "truncate")) {
        if (arg < n)
            n = arg;
    } else if (!strcmp(op, "move-load")) {
        if (!nloads)
            return die("no loaded segment");
        wr32(loads[0] + 12, (uint32_t)arg);
        wr32(loads[0] + 8, (uint32_t)arg);
    } else if (!strcmp(op, "overlap")) {
        if (nloads < 2)
            return die("fewer than two loaded segments");
        wr32(loads[1] + 12, rd32(loads[0] + 12));
    } else if (!strcmp(op, "no-reset")) {
        int done = 0;
        for (int i = 0; i < nloads; i++) {
            uint32_t pa = rd32(loads[i] + 12), off = rd32(loads[i] + 4), sz = rd32(loads[i] + 16);
            if (pa <= 0xFFFE && 0xFFFE + 2 <= pa + sz) {
                wr16(buf + off + (0xFFFE - pa), 0xFFFF);
                done = 1;
            }
        }
        if (!done)
            return die("no segment holds the reset vector");
    } else {
        return die("unknown operation");
    }
    f = fopen(argv[2], "wb");
    if (!f || fwrite(buf, 1, n, f) != n || fclose(f) != 0)
        return die("cannot write output");
    return 0;
}
