/* What the differential tests (diff_mspdebug.c, diff_gdbsim.c) share: a
 * deterministic random generator, a minimal ELF32 writer for generated MSP430
 * programs, a clock and a work directory. */
#ifndef FERRO_DIFFKIT_H
#define FERRO_DIFFKIT_H

#include <stddef.h>
#include <stdint.h>

/* splitmix64: program i of seed s depends only on (s, i). */
struct rng {
    uint64_t s;
};
uint64_t mix64(uint64_t z);
uint32_t rnd(struct rng *r);
/* Uniform in [0, n). */
static inline unsigned below(struct rng *r, unsigned n) { return n ? rnd(r) % n : 0; }
static inline int chance(struct rng *r, unsigned percent) { return below(r, 100) < percent; }

static inline void put16(uint8_t *b, uint16_t v) { b[0] = (uint8_t)v, b[1] = (uint8_t)(v >> 8); }
static inline void put32(uint8_t *b, uint32_t v)
{
    put16(b, (uint16_t)v);
    put16(b + 2, (uint16_t)(v >> 16));
}

/* One loaded segment, also described by a section header of the same name:
 * mspdebug loads sections, Ferro and GDB's simulator program headers. */
struct elf_segment {
    uint32_t addr, size;
    const uint8_t *data;
    uint32_t pflags; /* PF_R 4, PF_W 2, PF_X 1 */
    uint32_t sflags; /* SHF_WRITE 1, SHF_ALLOC 2, SHF_EXECINSTR 4 */
    const char *name;
};

/* Write an EM_MSP430 executable with these segments; 0 or -1. */
int write_test_elf(const char *path, uint32_t entry, const struct elf_segment *seg, int nseg);

double now_s(void);

/* The directory for generated files: `keep` (created if needed), else a fresh
 * one under $TMPDIR named after `tool`.  Prints why and returns -1 on failure. */
int work_dir(const char *tool, const char *keep, char *dir, size_t n);

#endif
