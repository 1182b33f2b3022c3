#include "diffkit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

uint64_t mix64(uint64_t z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

uint32_t rnd(struct rng *r)
{
    r->s += 0x9E3779B97F4A7C15ull;
    return (uint32_t)(mix64(r->s) >> 32);
}

double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int work_dir(const char *tool, const char *keep, char *dir, size_t n)
{
    if (keep) {
        if (mkdir(keep, 0755) != 0 && errno != EEXIST) {
            fprintf(stderr, "%s: %s: %s\n", tool, keep, strerror(errno));
            return -1;
        }
        snprintf(dir, n, "%s", keep);
        return 0;
    }
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, n, "%s/%s.XXXXXX", tmp && *tmp ? tmp : "/tmp", tool);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "%s: mkdtemp: %s\n", tool, strerror(errno));
        return -1;
    }
    return 0;
}

int write_test_elf(const char *path, uint32_t entry, const struct elf_segment *seg, int nseg)
{
    enum { EHDR = 52, PHDR = 32, SHDR = 40, MAXSEG = 16 };
    if (nseg < 1 || nseg > MAXSEG)
        return -1;
    int nsec = nseg + 2; /* null section, one per segment, .shstrtab */
    char shstr[512] = "";
    uint32_t name_at[MAXSEG + 1], nlen = 1;
    for (int i = 0; i <= nseg; i++) {
        const char *name = i < nseg ? seg[i].name : ".shstrtab";
        size_t len = strlen(name) + 1;
        if (nlen + len > sizeof shstr)
            return -1;
        memcpy(shstr + nlen, name, len);
        name_at[i] = nlen;
        nlen += (uint32_t)len;
    }
    uint32_t off = EHDR + (uint32_t)nseg * PHDR, data_at[MAXSEG];
    for (int i = 0; i < nseg; i++) {
        data_at[i] = off;
        off += (seg[i].size + 3) & ~3u;
    }
    uint32_t shstr_at = off;
    off += (nlen + 3) & ~3u;
    uint32_t shoff = off;
    off += (uint32_t)nsec * SHDR;
    uint8_t *buf = calloc(1, off);
    if (!buf)
        return -1;
    for (int i = 0; i < nseg; i++)
        memcpy(buf + data_at[i], seg[i].data, seg[i].size);
    memcpy(buf + shstr_at, shstr, nlen);

    uint8_t *e = buf;
    memcpy(e, "\177ELF", 4);
    e[4] = 1, e[5] = 1, e[6] = 1; /* ELFCLASS32, ELFDATA2LSB, EV_CURRENT */
    put16(e + 16, 2);             /* ET_EXEC */
    put16(e + 18, 105);           /* EM_MSP430 */
    put32(e + 20, 1);
    put32(e + 24, entry);
    put32(e + 28, EHDR);          /* e_phoff */
    put32(e + 32, shoff);
    put16(e + 40, EHDR);
    put16(e + 42, PHDR);
    put16(e + 44, (uint16_t)nseg);
    put16(e + 46, SHDR);
    put16(e + 48, (uint16_t)nsec);
    put16(e + 50, (uint16_t)(nsec - 1)); /* e_shstrndx */
    for (int i = 0; i < nseg; i++) {
        uint8_t *ph = buf + EHDR + i * PHDR;
        put32(ph, 1); /* PT_LOAD */
        put32(ph + 4, data_at[i]);
        put32(ph + 8, seg[i].addr);
        put32(ph + 12, seg[i].addr);
        put32(ph + 16, seg[i].size);
        put32(ph + 20, seg[i].size);
        put32(ph + 24, seg[i].pflags);
        put32(ph + 28, 2);
        uint8_t *sh = buf + shoff + (i + 1) * SHDR;
        put32(sh, name_at[i]);
        put32(sh + 4, 1); /* SHT_PROGBITS */
        put32(sh + 8, seg[i].sflags);
        put32(sh + 12, seg[i].addr);
        put32(sh + 16, data_at[i]);
        put32(sh + 20, seg[i].size);
        put32(sh + 32, 2);
    }
    uint8_t *sh = buf + shoff + (nsec - 1) * SHDR;
    put32(sh, name_at[nseg]);
    put32(sh + 4, 3); /* SHT_STRTAB */
    put32(sh + 16, shstr_at);
    put32(sh + 20, nlen);
    put32(sh + 32, 1);

    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(buf, 1, off, f) == off;
    if (f && fclose(f) != 0)
        ok = 0;
    free(buf);
    return ok ? 0 : -1;
}
