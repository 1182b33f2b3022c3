/* Differential test of the MSP430X CPU core against GDB's msp430 simulator.
 *
 * usage: diff_gdbsim [--programs N] [--seed S] [--first I] [--batch B] [--keep DIR]
 *                    [--run PATH] [--shrink] [--verbose]
 *
 * The MSP430X counterpart of diff_mspdebug (mspdebug's simulator knows only the
 * classic ISA).  Program i depends only on (seed, i): `--first 19 --programs 1
 * --keep DIR` redoes program 19 alone and keeps its ELF (DIR/prog00019.elf);
 * --shrink also prints the shortest prefix of a differing program that still
 * differs (its last item is the culprit).
 *
 * Each program is random MSP430X code: extended Format I and II instructions in
 * .A/.W/.B with 20-bit immediates, indices and absolute addresses reaching upper
 * FRAM and SRAM, RPT #n / RPT Rn and RRUX (ZC) register forms, MOVA, ADDA, SUBA,
 * CMPA, PUSHM/POPM, RRCM/RRAM/RLAM/RRUM, CALLA in its addressing modes into
 * subroutines in lower and upper FRAM that end in RETA, BRA, classic Format I/II
 * instructions (with 20-bit pointers), forward jumps and SR flag operations.  It
 * runs in Ferro (in process, stopped when the PC reaches the epilogue) and in
 * `msp430-elf-run` (GDB's simulator, one process per program, several at once).
 * The epilogue uses the simulator's own conventions (gdb sim/msp430/msp430-sim.c,
 * maybe_perform_syscall): CALLA #0x160 prints R0..R15 (20 bits) on stderr, CALLA
 * #0x185 is write(R12 = 1, R13 = buffer, R14 = length), which dumps the SRAM, lower
 * FRAM and upper FRAM data areas to stdout as raw bytes, and CALLA #0x181 exits.
 * About 4 ms per simulator process; the programs touch no peripheral, so the
 * simulator needs no --memory-region for the peripheral page.
 *
 * Compared: R1 and R4..R15 (20 bits), the flags, the end PC, and the data areas.
 * The programs stay inside what SLAU367P (chapter 4) defines and what both
 * simulators model:
 *   - r4-r7 are pointers into the SRAM or the upper FRAM data area, written only
 *     by the increments of @Rn+ (word and .A, so they stay even); r8-r15 hold data;
 *     SP moves only by PUSH/PUSHM/POPM/CALLA/RETA within the stack area; PC only by
 *     jumps, BRA, CALLA and RETA; SR only by MOV/BIS/BIC of C|Z|N;
 *   - every data access lands in a data area or the stack, words and address words
 *     at even addresses; no access to the peripheral page (the simulator takes
 *     0x130-0x15B and 0x4C0-0x4EB for multiplier registers);
 *   - jumps and BRA go forward to an item boundary of the main program; every
 *     instruction runs at most once (subroutines once per call);
 *   - DADD only sees BCD operands (SLAU367P 4.6.2.16: undefined otherwise) and its
 *     V is undefined; RLAM's V is undefined (4.6.3.28).
 *
 * Found in Ferro by this test: extended Format II instructions (RRCX, RRAX, SWPBX,
 * SXTX, PUSHX) took bits 19:16 of their operand from the extension word's
 * destination field (bits 3:0) instead of its source field (bits 10:7, where
 * binutils, the simulator and SLAU367P table 4-12 put them); fixed in sim/cpu.c.
 *
 * Where GDB's simulator (gdb 13.1) departs from the user's guide, the generator
 * avoids the case or the comparison ignores the flag, each narrowly:
 *   - it keeps V in SR bit 7 (MSP430_FLAG_V = 0x80 in include/opcode/msp430-decode.h),
 *     where SLAU367P 4.3.3 has SCG1 (V is bit 8): its SR is compared with bit 7 read
 *     as V, SR is never a source operand and no SR write touches V or SCG1;
 *   - SUB/SUBX/SUBA never set V (it sign-extends the result before its overflow
 *     test), RRC/RRCX with the MSB shifted in set V (SLAU367P: V reset), and
 *     SXT/SXTX leave C = 0 (SLAU367P: C = not Z): after these the flag is "tainted"
 *     (as DADD's V): nothing reads it until an instruction both define alike sets
 *     it again, and a taint still open at the end is masked out of the comparison;
 *   - SXT.W in register mode: it clears Rdst.19:16, SLAU367P (SXT) extends bit 7
 *     into Rdst.19:8: only SXTX.A and memory operands are generated;
 *   - SWPBX.A: it clears bits 19:16, SLAU367P (SWPBX) keeps them: not generated;
 *   - DADDX.A: it adds 4 BCD digits, not 5: not generated;
 *   - ZC is honoured only by RRCX (RRUX): ADDCX/SUBCX/DADDX are not given ZC=1;
 *   - RPT of PUSHX pushes R, R-1, ... like PUSHM: PUSHX is not repeated;
 *   - MOVA z16(PC) (symbolic) is taken relative to the next instruction instead of
 *     the index word (SLAU367P 4.4.3; binutils' assembler encodes it from the index
 *     word): not generated; classic symbolic operands with a negative 16-bit index
 *     are not wrapped at 64 K (SLAU367P 4.4.3, symbolic mode in the lower 64 KB):
 *     classic symbolic operands point forward (at the FRAM data above the code);
 *   - RRC/RRA/SWPB/SXT (classic and X) @Rn+: it increments Rn when reading the
 *     operand and again when writing it back, to the incremented address
 *     (SLAU367P 4.4, indirect autoincrement mode: the operand is at Rn, then Rn is
 *     incremented once): not generated (PUSH @Rn+ is);
 *   - "op @Rn+, X(Rn)" (same Rn, op reading its destination): it reads the
 *     destination at the old Rn and writes it at the incremented one (SLAU367P
 *     4.4: the increment precedes the destination): not generated (MOV is);
 *   - CALLA X(Rn) (0x135x): the 16-bit index is not sign-extended (SLAU367P
 *     CALLA: "X is within +-32 K"): its indices are not negative;
 *   - CALLA EDE (0x139x): binutils' linker and the simulator take the 20-bit offset
 *     from the end of the instruction, Ferro from its index word (SLAU367P 4.4.3):
 *     undecided, not generated (CALLA z16(PC) is).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "diffkit.h"
#include "sim/disasm.h"
#include "sim/elf_load.h"

/* ---- memory layout of a test program ------------------------------------ */

#define CODE_BASE 0x04400u  /* main program, lower FRAM */
#define CODE_MAX 0x01000u   /* bytes */
#define LSUB_BASE 0x05800u  /* subroutines in lower FRAM */
#define LSUB_MAX 0x00800u
#define USUB_BASE 0x12340u  /* subroutines in upper FRAM */
#define USUB_MAX 0x00800u
#define SDATA_BASE 0x01C00u /* SRAM data area */
#define SDATA_SIZE 0x00200u
#define STACK_BASE 0x01E00u /* stack area, compared with the SRAM data */
#define STACK_SIZE 0x00200u
#define SP_INIT 0x01FC0u
#define STACK_BUDGET 0x180u /* bytes the program may have pushed at any time */
#define FDATA_BASE 0x06000u /* lower FRAM data area (above the code) */
#define FDATA_SIZE 0x00100u
#define UDATA_BASE 0x3F000u /* upper FRAM data area */
#define UDATA_SIZE 0x00200u
#define FR_RESET 0xFFFEu

/* Simulator entry points (gdb sim/msp430/msp430-sim.c). */
#define SIM_DUMP_REGS 0x00160u
#define SIM_SYS_EXIT 0x00181u
#define SIM_SYS_WRITE 0x00185u

enum area { A_SRAM, A_FRAM, A_UPPER, A_COUNT };
static const uint32_t area_base[A_COUNT] = {SDATA_BASE, FDATA_BASE, UDATA_BASE};
static const uint32_t area_size[A_COUNT] = {SDATA_SIZE, FDATA_SIZE, UDATA_SIZE};


/* ---- program representation --------------------------------------------- */

enum { WB, WW, WA }; /* operand width: byte, word, address word (20 bits) */
static const unsigned wsize[3] = {1, 2, 4};

enum mode { M_REG, M_IND, M_INC, M_IDX, M_SYM, M_ABS, M_IMM, M_CG, M_COUNT };
static const char *const mode_name[M_COUNT] = {"Rn", "@Rn", "@Rn+", "X(Rn)", "sym", "&abs", "#imm", "#cg"};

struct opnd {
    enum mode mode;
    unsigned reg;   /* M_REG, M_IND, M_INC, M_IDX */
    uint32_t value; /* M_IDX index, M_ABS address, M_IMM/M_CG value (20 bits) */
    uint32_t target; /* M_SYM: the address the operand designates */
};

#define LIST_WORDS 2048
#define LIST_INSNS 600

/* One code region: main program or subroutines. Addresses are known while
 * emitting (regions start at fixed bases); only forward jumps are patched later. */
struct list {
    uint32_t base, max;
    uint16_t w[LIST_WORDS];
    unsigned nw;
    uint32_t insn_addr[LIST_INSNS];
    unsigned ninsn;
};

enum { L_MAIN, L_LSUB, L_USUB, L_COUNT };

struct program {
    struct list l[L_COUNT];
    uint32_t prologue_end; /* address of the first generated instruction */
    uint32_t halt;         /* address of the epilogue: Ferro stops there */
    unsigned taint;        /* flags that may differ at the end (T_C, T_V) */
    unsigned insns;        /* instructions emitted */
    uint8_t sram[SDATA_SIZE + STACK_SIZE];
    uint8_t fdata[FDATA_SIZE];
    uint8_t udata[UDATA_SIZE];
};

enum { T_C = 1, T_V = 2 };

struct ptrstate {
    int area;          /* A_SRAM or A_UPPER */
    uint32_t lo, hi;   /* the pointer lies in [lo, hi] on every path */
};

/* A forward jump (Jcc, or BRA #imm20) waiting for its target: the start of the
 * `left`-th item to come. */
struct pending {
    unsigned word;   /* index of the word to patch in the main list */
    uint32_t addr;   /* address of the jump instruction */
    int bra;         /* 1: BRA #imm20 (patch the immediate), 0: Jcc offset */
    int left;
    unsigned taint;
    int dmin, dmax;
};

struct gen {
    struct rng r;
    struct program *p;
    struct list *cur;
    int in_sub, in_upper;
    struct ptrstate ptr[4];
    int dmin, dmax;    /* bytes pushed below SP_INIT: range over all paths */
    unsigned taint;
    struct pending pend[LIST_INSNS];
    int npend;
};

/* ---- coverage counters --------------------------------------------------- */

static const char *const op1_name[12] = {"mov", "add", "addc", "subc", "sub", "cmp",
                                         "dadd", "bit", "bic", "bis", "xor", "and"};
static const char *const op2_name[6] = {"rrc", "swpb", "rra", "sxt", "push", "rru"};
static const char *const addr_name[12] = {"mova @Rn", "mova @Rn+", "mova &abs", "mova X(Rn)",
                                          "mova Rs,&abs", "mova Rs,X(Rd)", "mova #imm", "mova Rs,Rd",
                                          "adda/suba/cmpa #imm", "adda/suba/cmpa Rs", "bra #imm", "reta"};
static const char *const calla_name[7] = {"#imm", "Rn", "@Rn", "@Rn+", "X(Rn)", "&abs", "X(PC)"};
static const char *const rotm_name[4] = {"rrcm", "rram", "rlam", "rrum"};
static struct {
    unsigned long x1[12][3], x2[6][3], c1[12][2], c2[5][2];
    unsigned long xsrc[M_COUNT], xdst[M_COUNT], x2mode[M_COUNT];
    unsigned long rpt_imm, rpt_reg, addr[12], calla[7], calla_upper, pushm[2], popm[2];
    unsigned long rotm[4][2], jcc[8], sr_ops;
} cov;

/* ---- emission ------------------------------------------------------------ */

static void fail_gen(const char *what)
{
    fprintf(stderr, "diff_gdbsim: generator: %s\n", what);
    exit(2);
}

static uint32_t here(const struct gen *g) { return g->cur->base + 2u * g->cur->nw; }

static void begin_insn(struct gen *g)
{
    struct list *l = g->cur;
    if (l->ninsn >= LIST_INSNS)
        fail_gen("too many instructions");
    l->insn_addr[l->ninsn++] = here(g);
    g->p->insns++;
}

static unsigned put(struct gen *g, uint16_t w)
{
    struct list *l = g->cur;
    if (2u * (l->nw + 1) > l->max || l->nw >= LIST_WORDS)
        fail_gen("code region full");
    l->w[l->nw] = w;
    return l->nw++;
}

/* Free bytes in the current code region (so an item never overflows it). */
static unsigned room(const struct gen *g) { return g->cur->max - 2u * g->cur->nw; }

/* As/register of a source operand, and whether it takes an operand word. */
static void src_bits(const struct opnd *o, unsigned *as, unsigned *reg, int *word)
{
    *word = 0;
    switch (o->mode) {
    case M_REG: *as = 0, *reg = o->reg; break;
    case M_IND: *as = 2, *reg = o->reg; break;
    case M_INC: *as = 3, *reg = o->reg; break;
    case M_IDX: *as = 1, *reg = o->reg, *word = 1; break;
    case M_SYM: *as = 1, *reg = 0, *word = 1; break;
    case M_ABS: *as = 1, *reg = 2, *word = 1; break;
    case M_IMM: *as = 3, *reg = 0, *word = 1; break;
    default: /* constant generator (SLAU367P table 4-2) */
        switch (o->value) {
        case 0: *as = 0, *reg = 3; break;
        case 1: *as = 1, *reg = 3; break;
        case 2: *as = 2, *reg = 3; break;
        case 4: *as = 2, *reg = 2; break;
        case 8: *as = 3, *reg = 2; break;
        default: *as = 3, *reg = 3; break; /* -1 */
        }
        break;
    }
}

/* The 20-bit value of an operand word (index, address, immediate or PC-relative
 * offset from the word's own address); its bits 19:16 go to the extension word. */
static uint32_t opnd_value(const struct opnd *o, uint32_t word_addr)
{
    if (o->mode == M_SYM)
        return (o->target - word_addr) & 0xFFFFFu;
    return o->value & 0xFFFFFu;
}

/* Extension word, non-register modes (SLAU367P table 4-12): A/L with B/W gives
 * .A (0,1), .W (1,0), .B (1,1). */
static uint16_t ext_word(int width, unsigned src_hi, unsigned dst_hi)
{
    return (uint16_t)(0x1800 | (src_hi & 0xF) << 7 | (width == WA ? 0 : 0x40) | (dst_hi & 0xF));
}

/* Register-mode extension word: ZC, # (repeat count in Rn), A/L, n-1 or Rn. */
static uint16_t ext_regmode(int width, int zc, int rpt)
{
    uint16_t x = (uint16_t)(0x1800 | (zc ? 0x100 : 0) | (width == WA ? 0 : 0x40));
    if (rpt >= 0)
        x |= (uint16_t)rpt; /* bit 7 (#) and the 4-bit field */
    return x;
}

/* Format I: opcode 4..15.  ext: with an extension word; rpt: -1, or the register
 * mode repeat field (0..15 = n-1, 0x80|Rn). */
static void emit_f1(struct gen *g, unsigned opc, int width, int ext, const struct opnd *s,
                    const struct opnd *d, int rpt, int zc)
{
    unsigned as, rs, rd, ad = d->mode != M_REG;
    int sw;
    src_bits(s, &as, &rs, &sw);
    rd = d->mode == M_SYM ? 0 : d->mode == M_ABS ? 2 : d->reg;
    int regmode = as == 0 && ad == 0;
    begin_insn(g);
    unsigned xi = 0;
    if (ext)
        xi = put(g, regmode ? ext_regmode(width, zc, rpt) : ext_word(width, 0, 0));
    put(g, (uint16_t)(opc << 12 | rs << 8 | ad << 7 | (width == WB || (ext && width == WA)) << 6 |
                      as << 4 | rd));
    if (sw) {
        uint32_t v = opnd_value(s, here(g));
        put(g, (uint16_t)v);
        if (ext)
            g->cur->w[xi] |= (uint16_t)(((v >> 16) & 0xF) << 7);
    }
    if (ad) {
        uint32_t v = opnd_value(d, here(g));
        put(g, (uint16_t)v);
        if (ext)
            g->cur->w[xi] |= (uint16_t)((v >> 16) & 0xF);
    }
}

/* Format II: RRC 0, SWPB 1, RRA 2, SXT 3, PUSH 4.  The operand's bits 19:16 go to
 * the source field (bits 10:7) of the extension word: table 4-12 allows an
 * immediate (PUSHX #imm20) only there, and binutils encodes every Format II
 * operand so. */
static void emit_f2(struct gen *g, unsigned opc, int width, int ext, const struct opnd *o, int rpt,
                    int zc)
{
    unsigned as, reg;
    int sw;
    src_bits(o, &as, &reg, &sw);
    begin_insn(g);
    unsigned xi = 0;
    if (ext)
        xi = put(g, as == 0 ? ext_regmode(width, zc, rpt) : ext_word(width, 0, 0));
    /* SWPBX/SXTX: A/L=0 B/W=0 is .A; other ops: A/L=0 B/W=1 is .A. */
    int bw = width == WB || (ext && width == WA && opc != 1 && opc != 3);
    put(g, (uint16_t)(0x1000 | opc << 7 | bw << 6 | as << 4 | reg));
    if (sw) {
        uint32_t v = opnd_value(o, here(g));
        put(g, (uint16_t)v);
        if (ext)
            g->cur->w[xi] |= (uint16_t)(((v >> 16) & 0xF) << 7);
    }
}

/* MSP430X address instructions (0000 src op dst) with an optional operand word. */
static void emit_addr(struct gen *g, unsigned op, unsigned src, unsigned dst, int has_word, uint16_t word)
{
    begin_insn(g);
    put(g, (uint16_t)((src & 0xF) << 8 | op << 4 | (dst & 0xF)));
    if (has_word)
        put(g, word);
}

static void emit_mova_imm(struct gen *g, uint32_t v, unsigned rd)
{
    emit_addr(g, 8, v >> 16, rd, 1, (uint16_t)v);
}

static struct opnd reg_op(unsigned r) { return (struct opnd){M_REG, r, 0, 0}; }
static struct opnd imm_op(uint32_t v) { return (struct opnd){M_IMM, 0, v & 0xFFFFFu, 0}; }
static struct opnd abs_op(uint32_t a) { return (struct opnd){M_ABS, 2, a, 0}; }
static const uint32_t cg_values[6] = {0, 1, 2, 4, 8, 0xFFFFFu};

/* ---- operand choice ------------------------------------------------------ */

static uint32_t pick_in(struct gen *g, int area, unsigned size)
{
    uint32_t a = area_base[area] + below(&g->r, area_size[area] - size + 1);
    return size > 1 ? a & ~1u : a;
}

/* Range of pointer r (4..7) now, plus `extra` bytes of increments made earlier in
 * the same instruction. */
static void ptr_range(const struct gen *g, unsigned r, unsigned extra, uint32_t *lo, uint32_t *hi)
{
    *lo = g->ptr[r - 4].lo;
    *hi = g->ptr[r - 4].hi + extra;
}

/* An index X such that X(Rr) lies in `area` wherever r points: classic (16-bit,
 * signed, 64 K wrap below 0x10000) or extended (20-bit, modulo 2^20). */
static int pick_index(struct gen *g, unsigned r, unsigned extra, int ext, unsigned size, int area,
                      uint32_t *x)
{
    uint32_t lo, hi;
    ptr_range(g, r, extra, &lo, &hi);
    long xmin = (long)area_base[area] - (long)lo;
    long xmax = (long)(area_base[area] + area_size[area] - size) - (long)hi;
    if (!ext) {
        /* A classic index is 16 bits: from SRAM only lower targets, from upper FRAM
         * only +-32 K (the upper data area itself). */
        int lower_ptr = g->ptr[r - 4].area == A_SRAM;
        if (lower_ptr != (area != A_UPPER))
            return 0;
        if (xmin < -0x8000)
            xmin = -0x8000;
        if (xmax > 0x7FFF)
            xmax = 0x7FFF;
    }
    if (xmax < xmin)
        return 0;
    long step = size > 1 ? 2 : 1;
    if (step == 2 && (xmin & 1))
        xmin++;
    if (xmax < xmin)
        return 0;
    long v = xmin + step * (long)below(&g->r, (unsigned)((xmax - xmin) / step + 1));
    *x = (uint32_t)v & (ext ? 0xFFFFFu : 0xFFFFu);
    return 1;
}

/* A memory operand in mode m (IND, INC, IDX, SYM, ABS).  `inc_reg`/`inc_extra`: a
 * pointer the same instruction's source incremented before the destination is
 * resolved.  Symbolic operands of classic instructions point forward only (see
 * the header) and never from upper FRAM (a 16-bit index cannot reach). */
static int pick_mem(struct gen *g, enum mode m, int width, int ext, unsigned inc_reg, unsigned inc_extra,
                    struct opnd *o)
{
    unsigned r = 4 + below(&g->r, 4), size = wsize[width];
    unsigned extra = r == inc_reg ? inc_extra : 0;
    uint32_t lo, hi;
    memset(o, 0, sizeof *o);
    o->mode = m;
    o->reg = r;
    int area = (int)below(&g->r, A_COUNT);
    switch (m) {
    case M_IND:
    case M_INC:
        if (m == M_INC && width == WB)
            return 0; /* pointers stay even */
        ptr_range(g, r, extra, &lo, &hi);
        area = g->ptr[r - 4].area;
        return hi + size + (m == M_INC ? size : 0) <= area_base[area] + area_size[area];
    case M_IDX:
        return pick_index(g, r, extra, ext, size, area, &o->value);
    case M_SYM:
        if (!ext) {
            if (g->in_upper)
                return 0;
            area = A_FRAM;
        }
        o->target = pick_in(g, area, size);
        return 1;
    default: /* M_ABS */
        if (!ext && area == A_UPPER)
            return 0;
        o->value = pick_in(g, area, size);
        return 1;
    }
}

static void note_inc(struct gen *g, const struct opnd *o, int width)
{
    if (o->mode == M_INC)
        g->ptr[o->reg - 4].hi += wsize[width];
}

/* Any source: registers r4..r15 (pointers read, never written), constants,
 * immediates, memory. */
static void pick_src(struct gen *g, int width, int ext, struct opnd *o)
{
    for (;;) {
        enum mode m = (enum mode)below(&g->r, M_COUNT);
        switch (m) {
        case M_REG: *o = reg_op(4 + below(&g->r, 12)); return;
        case M_IMM: *o = imm_op(rnd(&g->r) & (ext ? 0xFFFFFu : 0xFFFFu)); return;
        case M_CG: *o = (struct opnd){M_CG, 3, cg_values[below(&g->r, 6)], 0}; return;
        default:
            if (pick_mem(g, m, width, ext, 0, 0, o))
                return;
        }
    }
}

/* A destination: r8..r15, X(Rn), symbolic or absolute. */
static void pick_dst(struct gen *g, int width, int ext, const struct opnd *s, struct opnd *o)
{
    static const enum mode dm[4] = {M_REG, M_IDX, M_SYM, M_ABS};
    for (;;) {
        enum mode m = dm[below(&g->r, 4)];
        if (m == M_REG) {
            *o = reg_op(8 + below(&g->r, 8));
            return;
        }
        if (pick_mem(g, m, width, ext, s->mode == M_INC ? s->reg : 0, s->mode == M_INC ? wsize[width] : 0, o))
            return;
    }
}

/* ---- flags both simulators define alike (see the header) ------------------ */

/* Taint after Format I opcode opc (4..15). */
static unsigned f1_taint(unsigned opc, unsigned taint)
{
    switch (opc) {
    case 4: case 0xC: case 0xD: return taint;   /* MOV BIC BIS: flags kept */
    case 8: return T_V;                          /* SUB: V wrong in the sim */
    case 0xA: return T_V;                        /* DADD: V undefined */
    default: return 0;                           /* ADD ADDC SUBC CMP BIT XOR AND */
    }
}

static int reads_c(unsigned opc) { return opc == 6 || opc == 7 || opc == 0xA; }

/* ---- instruction generators ------------------------------------------------ */

static unsigned pick_width(struct gen *g, int ext)
{
    if (!ext)
        return chance(&g->r, 40) ? WB : WW;
    unsigned k = below(&g->r, 3);
    return k;
}

static uint16_t bcd(struct gen *g, int width)
{
    uint16_t v = 0;
    for (int i = 0; i < (width == WB ? 2 : 4); i++)
        v |= (uint16_t)(below(&g->r, 10) << (4 * i));
    return v;
}

/* The simulator reads such a destination before the source's increment and
 * writes it after (see the header); MOV, which only writes it, is fine. */
static int same_reg_inc(const struct opnd *s, const struct opnd *d)
{
    return s->mode == M_INC && d->mode == M_IDX && d->reg == s->reg;
}

/* DADD/DADDX (.B/.W) with BCD operands: MOVs load BCD values into the destination
 * and a memory or data-register source, then the DADD (SLAU367P 4.6.2.16). */
static void gen_dadd(struct gen *g, int ext)
{
    int width = chance(&g->r, 40) ? WB : WW;
    struct opnd s, d;
    for (;;) {
        pick_src(g, width, ext, &s);
        if (s.mode == M_REG && s.reg < 8)
            continue; /* the pointers are not BCD */
        if (s.mode == M_CG && s.value == 0xFFFFFu)
            continue;
        break;
    }
    if (s.mode == M_IMM)
        s.value = bcd(g, width);
    pick_dst(g, width, ext, &s, &d);
    if (same_reg_inc(&s, &d))
        return;
    struct opnd b1 = imm_op(bcd(g, width));
    emit_f1(g, 4, width, ext, &b1, &d, -1, 0);
    if (s.mode == M_REG || s.mode == M_IDX || s.mode == M_SYM || s.mode == M_ABS) {
        struct opnd b2 = imm_op(bcd(g, width));
        emit_f1(g, 4, width, ext, &b2, &s, -1, 0);
    } else if (s.mode == M_IND || s.mode == M_INC) {
        struct opnd at = {M_IDX, s.reg, 0, 0}, b2 = imm_op(bcd(g, width));
        emit_f1(g, 4, width, ext, &b2, &at, -1, 0);
    }
    emit_f1(g, 0xA, width, ext, &s, &d, -1, 0);
    note_inc(g, &s, width);
    if (ext)
        cov.x1[6][width]++, cov.xsrc[s.mode]++, cov.xdst[d.mode]++;
    else
        cov.c1[6][width]++;
    g->taint = T_V;
}

/* A Format I instruction, classic or extended, possibly repeated. */
static void gen_format1(struct gen *g, int ext)
{
    unsigned op = below(&g->r, 12), opc = 4 + op;
    if (reads_c(opc) && (g->taint & T_C))
        return;
    if (op == 6) {
        gen_dadd(g, ext);
        return;
    }
    int width = (int)pick_width(g, ext);
    struct opnd s, d;
    int rpt = -1, zc = 0;
    if (ext && chance(&g->r, 25)) {
        /* Register mode: RPT #n or RPT Rn (SLAU367P 4.5.2.3). */
        s = reg_op(4 + below(&g->r, 12));
        d = reg_op(8 + below(&g->r, 8));
        if (chance(&g->r, 70)) {
            rpt = chance(&g->r, 50) ? (int)below(&g->r, 16) : (int)(0x80 | (4 + below(&g->r, 12)));
            if (rpt & 0x80)
                cov.rpt_reg++;
            else if (rpt)
                cov.rpt_imm++;
        }
    } else {
        pick_src(g, width, ext, &s);
        pick_dst(g, width, ext, &s, &d);
        if (opc != 4 && same_reg_inc(&s, &d))
            return;
    }
    emit_f1(g, opc, width, ext, &s, &d, rpt, zc);
    note_inc(g, &s, width);
    g->taint = f1_taint(opc, g->taint);
    if (ext)
        cov.x1[op][width]++, cov.xsrc[s.mode]++, cov.xdst[d.mode]++;
    else
        cov.c1[op][width]++;
}

/* A Format II instruction: RRC RRU SWPB RRA SXT PUSH, classic or extended. */
static void gen_format2(struct gen *g, int ext)
{
    unsigned op = below(&g->r, ext ? 6 : 5); /* 5: RRUX (RRCX with ZC) */
    int width = (int)pick_width(g, ext);
    if ((op == 1 || op == 3) && width == WB)
        width = WW; /* SWPB, SXT: no byte form */
    if (op == 1 && width == WA)
        return; /* SWPBX.A: the simulator clears bits 19:16 */
    if (op == 0 && (g->taint & T_C))
        return;
    if (op == 4 && g->dmax + (int)(width == WA ? 4 : 2) > (int)STACK_BUDGET)
        return;
    struct opnd o;
    int rpt = -1;
    if (op == 4) {
        pick_src(g, width, ext, &o);
    } else {
        /* No @Rn+: the simulator increments twice (see the header). */
        static const enum mode om[5] = {M_REG, M_IND, M_IDX, M_SYM, M_ABS};
        for (;;) {
            enum mode m = om[below(&g->r, 5)];
            if (m == M_REG) {
                o = reg_op(8 + below(&g->r, 8));
                break;
            }
            if (pick_mem(g, m, width, ext, 0, 0, &o))
                break;
        }
        if (op == 5 && o.mode != M_REG)
            return; /* RRUX is a register-mode form */
        if (op == 3 && o.mode == M_REG && width != WA)
            return; /* SXT.W register: the simulator clears Rdst.19:16 */
        if (ext && o.mode == M_REG && chance(&g->r, 50)) {
            rpt = chance(&g->r, 50) ? (int)below(&g->r, 16) : (int)(0x80 | (4 + below(&g->r, 12)));
            if (rpt & 0x80)
                cov.rpt_reg++;
            else if (rpt)
                cov.rpt_imm++;
        }
    }
    emit_f2(g, op == 5 ? 0 : op, width, ext, &o, rpt, op == 5);
    note_inc(g, &o, width);
    if (op == 4) {
        g->dmin += width == WA ? 4 : 2;
        g->dmax += width == WA ? 4 : 2;
    }
    switch (op) {
    case 0: g->taint = T_V; break;      /* RRC: V wrong in the sim */
    case 2: case 5: g->taint = 0; break; /* RRA, RRUX */
    case 3: g->taint = T_C; break;       /* SXT: C wrong in the sim */
    default: break;                      /* SWPB, PUSH */
    }
    if (ext)
        cov.x2[op][width]++, cov.x2mode[o.mode]++;
    else
        cov.c2[op][width == WB]++;
}

/* A data register r8..r15. */
static unsigned data_reg(struct gen *g) { return 8 + below(&g->r, 8); }

/* MOVA, ADDA, SUBA, CMPA (no PC destination; PC-relative MOVA excluded). */
static void gen_address(struct gen *g)
{
    unsigned k = below(&g->r, 10), rd = data_reg(g), p = 4 + below(&g->r, 4);
    uint32_t lo, hi, x;
    ptr_range(g, p, 0, &lo, &hi);
    int area = g->ptr[p - 4].area;
    uint32_t aend = area_base[area] + area_size[area];
    switch (k) {
    case 0: /* mova @Rp, Rd */
        if (hi + 4 > aend)
            return;
        emit_addr(g, 0, p, rd, 0, 0);
        break;
    case 1: /* mova @Rp+, Rd */
        if (hi + 8 > aend)
            return;
        emit_addr(g, 1, p, rd, 0, 0);
        g->ptr[p - 4].hi += 4;
        break;
    case 2: { /* mova &abs20, Rd */
        uint32_t a = pick_in(g, (int)below(&g->r, A_COUNT), 4);
        emit_addr(g, 2, a >> 16, rd, 1, (uint16_t)a);
        break;
    }
    case 3: /* mova z16(Rp), Rd */
        if (!pick_index(g, p, 0, 1, 4, area, &x) || ((x + 0x8000u) & 0xFFFFFu) > 0xFFFFu)
            return;
        emit_addr(g, 3, p, rd, 1, (uint16_t)x);
        break;
    case 4: { /* mova Rs, &abs20 */
        uint32_t a = pick_in(g, (int)below(&g->r, A_COUNT), 4);
        emit_addr(g, 6, 4 + below(&g->r, 12), a >> 16, 1, (uint16_t)a);
        break;
    }
    case 5: /* mova Rs, z16(Rp) */
        if (!pick_index(g, p, 0, 1, 4, area, &x) || ((x + 0x8000u) & 0xFFFFFu) > 0xFFFFu)
            return;
        emit_addr(g, 7, 4 + below(&g->r, 12), p, 1, (uint16_t)x);
        break;
    case 6: /* mova #imm20, Rd */
        emit_mova_imm(g, rnd(&g->r) & 0xFFFFFu, rd);
        break;
    case 7: /* mova Rs, Rd */
        emit_addr(g, 0xC, 4 + below(&g->r, 12), rd, 0, 0);
        break;
    case 8: { /* adda/suba/cmpa #imm20, Rd */
        unsigned op = 9 + below(&g->r, 3);
        uint32_t v = rnd(&g->r) & 0xFFFFFu;
        emit_addr(g, op, v >> 16, rd, 1, (uint16_t)v);
        g->taint = op == 0xB ? T_V : 0; /* SUBA: V wrong in the sim */
        break;
    }
    default: { /* adda/suba/cmpa Rs, Rd */
        unsigned op = 0xD + below(&g->r, 3);
        emit_addr(g, op, 4 + below(&g->r, 12), rd, 0, 0);
        g->taint = op == 0xF ? T_V : 0;
        break;
    }
    }
    cov.addr[k < 8 ? k : k == 8 ? 8 : 9]++;
}

/* PUSHM/POPM .A/.W: pushes r4.. (never SR/PC/SP/CG), pops only into r8..r15 and
 * only what was pushed on every path. */
static void gen_pushm(struct gen *g)
{
    int a = chance(&g->r, 50), pop = chance(&g->r, 50);
    unsigned bytes_each = a ? 4 : 2;
    if (!pop) {
        unsigned top = 4 + below(&g->r, 12), n = 1 + below(&g->r, top - 3);
        if (g->dmax + (int)(n * bytes_each) > (int)STACK_BUDGET)
            return;
        begin_insn(g);
        put(g, (uint16_t)((a ? 0x1400 : 0x1500) | (n - 1) << 4 | top));
        g->dmin += (int)(n * bytes_each);
        g->dmax += (int)(n * bytes_each);
        cov.pushm[a]++;
    } else {
        unsigned low = 8 + below(&g->r, 8), n = 1 + below(&g->r, 16 - low);
        if (g->dmin < (int)(n * bytes_each))
            return;
        begin_insn(g);
        put(g, (uint16_t)((a ? 0x1600 : 0x1700) | (n - 1) << 4 | low));
        g->dmin -= (int)(n * bytes_each);
        g->dmax -= (int)(n * bytes_each);
        cov.popm[a]++;
    }
}

/* RRCM, RRAM, RLAM, RRUM .A/.W #n (1..4) on a data register. */
static void gen_rotm(struct gen *g)
{
    unsigned op = below(&g->r, 4), n = 1 + below(&g->r, 4), w = chance(&g->r, 50);
    if (op == 0 && (g->taint & T_C))
        return;
    begin_insn(g);
    put(g, (uint16_t)((n - 1) << 10 | op << 8 | 0x40 | w << 4 | data_reg(g)));
    g->taint = op == 2 ? T_V : 0; /* RLAM: V undefined */
    cov.rotm[op][w]++;
}

/* SR changes on C, Z and N only (V and SCG1 would differ, see the header). */
static void gen_sr_op(struct gen *g)
{
    unsigned kind = below(&g->r, 3); /* MOV, BIS, BIC */
    uint32_t f = chance(&g->r, 60) ? (1u << below(&g->r, 3)) : (rnd(&g->r) & 7u);
    struct opnd s = f == 0 || f == 1 || f == 2 || f == 4 ? (struct opnd){M_CG, 3, f, 0} : imm_op(f);
    struct opnd d = reg_op(2);
    emit_f1(g, kind == 0 ? 4 : kind == 1 ? 0xD : 0xC, WW, 0, &s, &d, -1, 0);
    if (kind == 0)
        g->taint = 0;
    else if (f & 1)
        g->taint &= ~(unsigned)T_C;
    cov.sr_ops++;
}

/* A simple item for a subroutine body: no jumps, calls or stack changes. */
static void gen_simple(struct gen *g)
{
    unsigned what = below(&g->r, 100);
    if (what < 45)
        gen_format1(g, 1);
    else if (what < 60)
        gen_format1(g, 0);
    else if (what < 75)
        gen_address(g);
    else if (what < 90)
        gen_rotm(g);
    else
        gen_sr_op(g);
}

/* CALLA in one of its modes into a new subroutine (lower or upper FRAM) that runs
 * a few simple items and returns with RETA.  The set-up that stores the target
 * and the CALLA form one item. */
static void gen_calla(struct gen *g)
{
    if (g->dmax + 4 > (int)STACK_BUDGET)
        return;
    int upper = chance(&g->r, 60);
    struct list *sl = &g->p->l[upper ? L_USUB : L_LSUB];
    if (sl->max - 2u * sl->nw < 160)
        return; /* room for the longest body */
    uint32_t sub = sl->base + 2u * sl->nw;
    unsigned kind = below(&g->r, 7), p = 4 + below(&g->r, 4), rd = data_reg(g);
    uint32_t lo, hi, x = 0;
    ptr_range(g, p, 0, &lo, &hi);
    int area = g->ptr[p - 4].area;
    uint32_t aend = area_base[area] + area_size[area];
    struct opnd t = imm_op(sub);
    switch (kind) {
    case 0: /* calla #sub */
        begin_insn(g);
        put(g, (uint16_t)(0x13B0 | sub >> 16));
        put(g, (uint16_t)sub);
        break;
    case 1: /* mova #sub, Rd; calla Rd */
        emit_mova_imm(g, sub, rd);
        begin_insn(g);
        put(g, (uint16_t)(0x1340 | rd));
        break;
    case 2: /* movx.a #sub, 0(Rp); calla @Rp */
    case 3: /* ...; calla @Rp+ */
        if (hi + (kind == 3 ? 8 : 4) > aend)
            return;
        {
            struct opnd at = {M_IDX, p, 0, 0};
            emit_f1(g, 4, WA, 1, &t, &at, -1, 0);
        }
        begin_insn(g);
        put(g, (uint16_t)((kind == 2 ? 0x1360 : 0x1370) | p));
        if (kind == 3)
            g->ptr[p - 4].hi += 4;
        break;
    case 4: /* movx.a #sub, X(Rp); calla X(Rp), X >= 0 (see the header) */
        if (!pick_index(g, p, 0, 1, 4, area, &x) || x > 0x7FFFu)
            return;
        {
            struct opnd at = {M_IDX, p, x, 0};
            emit_f1(g, 4, WA, 1, &t, &at, -1, 0);
        }
        begin_insn(g);
        put(g, (uint16_t)(0x1350 | p));
        put(g, (uint16_t)x);
        break;
    case 5: { /* movx.a #sub, &abs20; calla &abs20 */
        uint32_t a = pick_in(g, (int)below(&g->r, A_COUNT), 4);
        struct opnd at = abs_op(a);
        emit_f1(g, 4, WA, 1, &t, &at, -1, 0);
        begin_insn(g);
        put(g, (uint16_t)(0x1380 | a >> 16));
        put(g, (uint16_t)a);
        break;
    }
    default: { /* movx.a #sub, &fdata; calla X(PC) (z16(PC), relative to the index word) */
        uint32_t a = pick_in(g, A_FRAM, 4);
        struct opnd at = abs_op(a);
        emit_f1(g, 4, WA, 1, &t, &at, -1, 0);
        begin_insn(g);
        put(g, 0x1350);
        put(g, (uint16_t)(a - here(g)));
        break;
    }
    }
    cov.calla[kind]++;
    cov.calla_upper += (unsigned long)upper;
    /* The body, in the subroutine region. */
    struct list *saved = g->cur;
    g->cur = sl;
    g->in_sub = 1;
    g->in_upper = upper;
    unsigned items = 1 + below(&g->r, 4);
    for (unsigned i = 0; i < items; i++)
        gen_simple(g);
    begin_insn(g);
    put(g, 0x0110); /* reta (mova @sp+, pc) */
    cov.addr[11]++;
    g->cur = saved;
    g->in_sub = g->in_upper = 0;
}

/* A forward Jcc/JMP, or BRA #imm20, to the start of one of the next 8 items. */
static void gen_jump(struct gen *g)
{
    int bra = chance(&g->r, 15);
    unsigned c = 7;
    if (!bra) {
        do
            c = below(&g->r, 8);
        while (((c == 2 || c == 3) && (g->taint & T_C)) || ((c == 5 || c == 6) && (g->taint & T_V)));
        cov.jcc[c]++;
    } else {
        cov.addr[10]++;
    }
    begin_insn(g);
    struct pending *pj = &g->pend[g->npend++];
    pj->addr = here(g);
    pj->bra = bra;
    if (bra) {
        put(g, 0x0080); /* mova #imm20, pc: patched when the target is known */
        pj->word = put(g, 0);
    } else {
        pj->word = put(g, (uint16_t)(0x2000 | c << 10));
    }
    pj->left = 1 + (int)below(&g->r, 8);
    pj->taint = g->taint;
    pj->dmin = g->dmin;
    pj->dmax = g->dmax;
}

/* Resolve the jumps that land at the current address (the start of an item, or
 * the epilogue when `final`), and merge what they bring. */
static void land_jumps(struct gen *g, int final)
{
    struct list *l = &g->p->l[L_MAIN];
    uint32_t target = here(g);
    int k = 0;
    for (int i = 0; i < g->npend; i++) {
        struct pending *pj = &g->pend[i];
        if (!final && --pj->left > 0) {
            g->pend[k++] = *pj;
            continue;
        }
        if (pj->bra) {
            l->w[pj->word - 1] = (uint16_t)(0x0080 | ((target >> 16) & 0xF) << 8);
            l->w[pj->word] = (uint16_t)target;
        } else {
            int32_t off = ((int32_t)target - (int32_t)(pj->addr + 2)) / 2;
            if (off > 511)
                fail_gen("jump too far");
            l->w[pj->word] = (uint16_t)((l->w[pj->word] & 0xFC00) | ((uint32_t)off & 0x3FF));
        }
        g->taint |= pj->taint;
        if (pj->dmin < g->dmin)
            g->dmin = pj->dmin;
        if (pj->dmax > g->dmax)
            g->dmax = pj->dmax;
    }
    g->npend = k;
}

/* ---- building a program -------------------------------------------------- */

/* Program `index` of `seed`; with max_items >= 0 only its first max_items items
 * (the same prefix: --shrink looks for the shortest one that still differs). */
static void generate(struct program *p, uint64_t seed, uint32_t index, int max_items)
{
    static struct gen g;
    memset(&g, 0, sizeof g);
    memset(p, 0, sizeof *p);
    p->l[L_MAIN].base = CODE_BASE, p->l[L_MAIN].max = CODE_MAX;
    p->l[L_LSUB].base = LSUB_BASE, p->l[L_LSUB].max = LSUB_MAX;
    p->l[L_USUB].base = USUB_BASE, p->l[L_USUB].max = USUB_MAX;
    g.p = p;
    g.cur = &p->l[L_MAIN];
    g.r.s = mix64(seed ^ mix64(index + 0x5EED430ull));

    for (unsigned i = 0; i < sizeof p->sram; i++)
        p->sram[i] = (uint8_t)rnd(&g.r);
    for (unsigned i = 0; i < sizeof p->fdata; i++)
        p->fdata[i] = (uint8_t)rnd(&g.r);
    for (unsigned i = 0; i < sizeof p->udata; i++)
        p->udata[i] = (uint8_t)rnd(&g.r);

    /* Prologue (no jump lands here): SP, pointers, data registers, flags. */
    {
        struct opnd s = imm_op(SP_INIT), d = reg_op(1);
        emit_f1(&g, 4, WW, 0, &s, &d, -1, 0);
    }
    for (unsigned r = 4; r <= 15; r++) {
        uint32_t v;
        if (r <= 7) {
            int area = chance(&g.r, 50) ? A_SRAM : A_UPPER;
            v = area_base[area] + 0x80 + 2 * below(&g.r, 0x80);
            g.ptr[r - 4] = (struct ptrstate){area, v, v};
        } else {
            v = rnd(&g.r) & 0xFFFFFu;
        }
        emit_mova_imm(&g, v, r);
    }
    {
        struct opnd s = imm_op(rnd(&g.r) & 7u), d = reg_op(2);
        emit_f1(&g, 4, WW, 0, &s, &d, -1, 0);
    }
    p->prologue_end = here(&g);

    unsigned items = 20 + below(&g.r, 41);
    if (max_items >= 0 && (unsigned)max_items < items)
        items = (unsigned)max_items;
    for (unsigned k = 0; k < items && room(&g) > 200; k++) {
        land_jumps(&g, 0);
        unsigned what = below(&g.r, 100);
        if (what < 30)
            gen_format1(&g, 1);
        else if (what < 40)
            gen_format2(&g, 1);
        else if (what < 50)
            gen_format1(&g, 0);
        else if (what < 55)
            gen_format2(&g, 0);
        else if (what < 67)
            gen_address(&g);
        else if (what < 73)
            gen_pushm(&g);
        else if (what < 79)
            gen_rotm(&g);
        else if (what < 86)
            gen_calla(&g);
        else if (what < 90)
            gen_sr_op(&g);
        else
            gen_jump(&g);
    }
    land_jumps(&g, 1);
    p->taint = g.taint;

    /* Epilogue for the simulator: dump registers, the three data areas, exit. */
    p->halt = here(&g);
    static const struct { uint32_t base, len; } dump[3] = {
        {SDATA_BASE, SDATA_SIZE + STACK_SIZE}, {FDATA_BASE, FDATA_SIZE}, {UDATA_BASE, UDATA_SIZE}};
    begin_insn(&g);
    put(&g, 0x13B0 | SIM_DUMP_REGS >> 16);
    put(&g, (uint16_t)SIM_DUMP_REGS);
    for (int i = 0; i < 3; i++) {
        struct opnd one = {M_CG, 3, 1, 0}, r12 = reg_op(12), len = imm_op(dump[i].len), r14 = reg_op(14);
        emit_f1(&g, 4, WW, 0, &one, &r12, -1, 0);
        emit_mova_imm(&g, dump[i].base, 13);
        emit_f1(&g, 4, WW, 0, &len, &r14, -1, 0);
        begin_insn(&g);
        put(&g, 0x13B0 | SIM_SYS_WRITE >> 16);
        put(&g, (uint16_t)SIM_SYS_WRITE);
    }
    {
        struct opnd zero = {M_CG, 3, 0, 0}, r12 = reg_op(12);
        emit_f1(&g, 4, WW, 0, &zero, &r12, -1, 0);
    }
    begin_insn(&g);
    put(&g, 0x13B0 | SIM_SYS_EXIT >> 16);
    put(&g, (uint16_t)SIM_SYS_EXIT);
}

/* ---- ELF writer ---------------------------------------------------------- */

/* ELF32 little-endian ET_EXEC for EM_MSP430: one PT_LOAD program header and one
 * SHF_ALLOC PROGBITS section per area (GDB's loader reads sections, Ferro's
 * segments). */
static int write_elf(const char *path, const struct program *p)
{
    static const uint8_t reset_vec[2] = {CODE_BASE & 0xFF, CODE_BASE >> 8};
    static const char *const code_name[L_COUNT] = {".text", ".lsub", ".usub"};
    static uint8_t code[L_COUNT][LIST_WORDS * 2];
    struct elf_segment seg[L_COUNT + 4];
    int nseg = 0;
    for (int i = 0; i < L_COUNT; i++) {
        for (unsigned k = 0; k < p->l[i].nw; k++)
            put16(code[i] + 2 * k, p->l[i].w[k]);
        if (p->l[i].nw) /* R X, ALLOC EXECINSTR */
            seg[nseg++] = (struct elf_segment){p->l[i].base, 2 * p->l[i].nw, code[i], 5, 2 | 4, code_name[i]};
    }
    /* R W, WRITE ALLOC; the vector R, ALLOC */
    seg[nseg++] = (struct elf_segment){FDATA_BASE, FDATA_SIZE, p->fdata, 6, 1 | 2, ".fdata"};
    seg[nseg++] = (struct elf_segment){SDATA_BASE, SDATA_SIZE + STACK_SIZE, p->sram, 6, 1 | 2, ".sram"};
    seg[nseg++] = (struct elf_segment){UDATA_BASE, UDATA_SIZE, p->udata, 6, 1 | 2, ".udata"};
    seg[nseg++] = (struct elf_segment){FR_RESET, 2, reset_vec, 4, 2, ".vectors"};
    return write_test_elf(path, CODE_BASE, seg, nseg);
}

/* ---- one run's final state ----------------------------------------------- */

#define DUMP_BYTES (SDATA_SIZE + STACK_SIZE + FDATA_SIZE + UDATA_SIZE)

struct state {
    int valid;
    char why[200];
    uint32_t r[16];
    unsigned have_regs; /* bit i: R<i> was read */
    uint8_t mem[DUMP_BYTES]; /* SRAM + stack, lower FRAM data, upper FRAM data */
    unsigned mem_seen;
};

/* Address of dump byte i. */
static uint32_t dump_addr(unsigned i)
{
    if (i < SDATA_SIZE + STACK_SIZE)
        return SDATA_BASE + i;
    i -= SDATA_SIZE + STACK_SIZE;
    if (i < FDATA_SIZE)
        return FDATA_BASE + i;
    return UDATA_BASE + i - FDATA_SIZE;
}

/* ---- Ferro --------------------------------------------------------------- */

static void quiet_diag(struct ferro_machine *m, const char *msg, void *ctx)
{
    (void)m;
    struct state *st = ctx;
    if (!st->why[0])
        snprintf(st->why, sizeof st->why, "ferro diagnostic: %s", msg);
}

/* Runs the image in Ferro up to the epilogue; keeps the machine for disassembly. */
static void run_ferro(const char *elf, const struct program *p, struct state *st,
                      struct ferro_machine **mp, unsigned long *executed)
{
    struct ferro_config cfg = {0};
    cfg.vacant = VACANT_FAULT;
    memset(st, 0, sizeof *st);
    struct ferro_machine *m = ferro_new(&cfg);
    *mp = m;
    if (!m) {
        snprintf(st->why, sizeof st->why, "ferro_new: out of memory");
        return;
    }
    m->on_diag = quiet_diag;
    m->on_diag_ctx = st;
    struct ferro_image img;
    char err[256];
    int rc = ferro_load_elf(m, elf, &img, err, sizeof err);
    ferro_image_free(&img);
    if (rc != 0) {
        snprintf(st->why, sizeof st->why, "ferro_load_elf: %.140s", err);
        return;
    }
    ferro_reset(m);
    /* Every instruction runs at most once (subroutines once per call). */
    unsigned long limit = p->insns + 16;
    while (m->state == FERRO_RUNNING && m->r[0] != p->halt && m->instructions < limit)
        ferro_step(m);
    *executed += m->instructions;
    for (int i = 0; i < 16; i++)
        st->r[i] = m->r[i];
    st->have_regs = 0xFFFF;
    for (unsigned i = 0; i < DUMP_BYTES; i++)
        st->mem[i] = m->mem.bytes[dump_addr(i)];
    st->mem_seen = DUMP_BYTES;
    if (m->state == FERRO_FAULT)
        snprintf(st->why, sizeof st->why, "ferro fault at pc 0x%05x: %.120s", m->fault_pc, m->fault_msg);
    else if (m->r[0] != p->halt)
        snprintf(st->why, sizeof st->why, "ferro did not reach the epilogue (pc 0x%05x, state %d)",
                 m->r[0], (int)m->state);
    if (!st->why[0])
        st->valid = 1;
}

/* ---- GDB's simulator ----------------------------------------------------- */

/* Start `run elf` with stdout to out and stderr to err, in its own process group. */
static pid_t spawn_sim(const char *exe, const char *elf, const char *out, const char *err)
{
    pid_t pid = fork();
    if (pid != 0)
        return pid;
    setpgid(0, 0);
    int in = open("/dev/null", O_RDONLY);
    int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644), e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || o < 0 || e < 0 || dup2(in, 0) < 0 || dup2(o, 1) < 0 || dup2(e, 2) < 0)
        _exit(126);
    close(in);
    close(o);
    close(e);
    execlp(exe, exe, elf, (char *)NULL);
    _exit(127);
}


/* Wait for a child until `deadline`, then kill it.  Returns its exit status, -1
 * (signal) or -2 (timeout). */
static int wait_child(pid_t pid, double deadline)
{
    struct timespec nap = {0, 1000000};
    for (;;) {
        int status;
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (w < 0)
            return -1;
        if (now_s() > deadline) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -2;
        }
        nanosleep(&nap, NULL);
    }
}

/* Registers from CALLA #0x160: "\tR0  04416   R1  03000 ... \tSP+6: 0000 ..."; raw
 * memory from the three writes. */
static void parse_sim(const char *out, const char *err, struct state *st)
{
    memset(st, 0, sizeof *st);
    FILE *f = fopen(err, "r");
    if (f) {
        char line[512];
        while (fgets(line, sizeof line, f)) {
            int matched = 0;
            for (const char *q = line; (q = strchr(q, 'R')); q++) {
                unsigned n, v;
                int used;
                if (sscanf(q, "R%u %x%n", &n, &v, &used) == 2 && n < 16 && used > 0) {
                    st->r[n] = v;
                    st->have_regs |= 1u << n;
                    matched = 1;
                }
            }
            if (!matched && !st->why[0] && line[0] != '\n') {
                line[strcspn(line, "\n")] = 0;
                snprintf(st->why, sizeof st->why, "simulator: %.150s", line);
            }
        }
        fclose(f);
    }
    f = fopen(out, "rb");
    if (f) {
        st->mem_seen = (unsigned)fread(st->mem, 1, DUMP_BYTES, f);
        fclose(f);
    }
}

/* ---- comparison and report ----------------------------------------------- */

static const char *const reg_names[16] = {"pc", "sp", "sr", "r3", "r4", "r5", "r6", "r7",
                                          "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};

static void disassemble(const struct ferro_machine *m, const struct program *p)
{
    static const char *const title[L_COUNT] = {"main", "lower subroutines", "upper subroutines"};
    for (int l = 0; l < L_COUNT; l++) {
        if (!p->l[l].ninsn)
            continue;
        printf("  %s:\n", title[l]);
        for (unsigned i = 0; i < p->l[l].ninsn; i++) {
            uint32_t a = p->l[l].insn_addr[i];
            uint32_t end = i + 1 < p->l[l].ninsn ? p->l[l].insn_addr[i + 1] : p->l[l].base + 2 * p->l[l].nw;
            char text[160] = "(no machine)", hex[48] = "";
            if (m)
                ferro_disasm(m, NULL, a, text, sizeof text);
            for (uint32_t k = a; k < end && strlen(hex) < 40; k += 2)
                snprintf(hex + strlen(hex), sizeof hex - strlen(hex), "%04x ",
                         p->l[l].w[(k - p->l[l].base) / 2]);
            printf("    %s%05x: %-26s%s\n", a == p->prologue_end ? "> " : "  ", a, hex, text);
        }
    }
}

/* Flags as one value: C Z N and V, with GDB's V read from SR bit 7. */
static unsigned flags_ferro(uint32_t sr) { return (sr & 7u) | (sr & 0x100u ? 8u : 0); }
static unsigned flags_sim(uint32_t sr) { return (sr & 7u) | (sr & 0x80u ? 8u : 0); }

static int quiet; /* compare() only decides (--shrink trials) */

static int compare(uint64_t seed, int index, const char *elf, const struct program *p,
                   const struct state *fe, const struct state *gs, const struct ferro_machine *m)
{
    char diffs[4096];
    size_t dl = 0;
    int bad = 0;
#define DIFF(...)                                                                   \
    do {                                                                            \
        bad++;                                                                      \
        if (dl < sizeof diffs - 200)                                                \
            dl += (size_t)snprintf(diffs + dl, sizeof diffs - dl, __VA_ARGS__);     \
    } while (0)
    diffs[0] = 0;
    if (!fe->valid)
        DIFF("  %s\n", fe->why);
    if (gs->why[0])
        DIFF("  %s\n", gs->why);
    if (gs->have_regs != 0xFFFF)
        DIFF("  the simulator printed no registers (or only some): it did not reach the epilogue\n");
    else if (gs->r[0] != p->halt + 4)
        DIFF("  the simulator dumped its registers at pc 0x%05x, not in the epilogue\n", gs->r[0]);
    if (gs->mem_seen != DUMP_BYTES)
        DIFF("  the simulator's memory dump is incomplete (%u of %u bytes)\n", gs->mem_seen, DUMP_BYTES);
    if (gs->have_regs == 0xFFFF && fe->valid) {
        for (int i = 1; i < 16; i++) {
            if (i == 2 || i == 3)
                continue;
            if ((fe->r[i] & 0xFFFFFu) != (gs->r[i] & 0xFFFFFu))
                DIFF("  %-3s ferro 0x%05x  gdb 0x%05x\n", reg_names[i], fe->r[i], gs->r[i]);
        }
        unsigned mask = 0xF & ~((p->taint & T_C ? 1u : 0) | (p->taint & T_V ? 8u : 0));
        unsigned ff = flags_ferro(fe->r[2]), gf = flags_sim(gs->r[2]);
        if ((ff & mask) != (gf & mask))
            DIFF("  flags (VNZC) ferro %u%u%u%u  gdb %u%u%u%u  (sr ferro 0x%04x, gdb 0x%04x)\n", ff >> 3 & 1,
                 ff >> 2 & 1, ff >> 1 & 1, ff & 1, gf >> 3 & 1, gf >> 2 & 1, gf >> 1 & 1, gf & 1, fe->r[2],
                 gs->r[2]);
    }
    if (gs->mem_seen == DUMP_BYTES && fe->valid)
        for (unsigned i = 0; i < DUMP_BYTES; i++)
            if (fe->mem[i] != gs->mem[i]) {
                uint32_t a = dump_addr(i);
                const uint8_t *init = a >= UDATA_BASE ? p->udata + (a - UDATA_BASE)
                                      : a >= FDATA_BASE ? p->fdata + (a - FDATA_BASE)
                                                        : p->sram + (a - SDATA_BASE);
                DIFF("  [0x%05x] ferro 0x%02x  gdb 0x%02x  (initial 0x%02x)\n", a, fe->mem[i], gs->mem[i], *init);
            }
#undef DIFF
    if (!bad || quiet)
        return bad != 0;
    printf("MISMATCH: seed %llu program %d (%s%s)%s%s\n", (unsigned long long)seed, index,
           elf ? "" : "--keep DIR keeps its ELF", elf ? elf : "",
           p->taint & T_C ? " [C not compared]" : "", p->taint & T_V ? " [V not compared]" : "");
    fputs(diffs, stdout);
    printf("  program (> marks the first instruction after the prologue):\n");
    disassemble(m, p);
    return 1;
}

/* Every form the generator promises was drawn. */
static int check_coverage(int verbose)
{
    int missing = 0;
#define NEED(cond, ...)                                                       \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "diff_gdbsim: coverage: no " __VA_ARGS__);        \
            fputc('\n', stderr);                                              \
            missing++;                                                        \
        }                                                                     \
    } while (0)
    static const char *const wn[3] = {".b", ".w", ".a"};
    for (int op = 0; op < 12; op++)
        for (int w = 0; w < 3; w++) {
            if (op == 6 && w == WA)
                continue; /* DADDX.A: see the header */
            NEED(cov.x1[op][w], "%sx%s", op1_name[op], wn[w]);
            if (w < 2)
                NEED(cov.c1[op][w], "%s%s", op1_name[op], wn[w]);
        }
    for (int op = 0; op < 6; op++)
        for (int w = 0; w < 3; w++) {
            if ((op == 1 || op == 3) && w == WB)
                continue;
            if (op == 1 && w == WA)
                continue;
            NEED(cov.x2[op][w], "%sx%s", op2_name[op], wn[w]);
        }
    for (int op = 0; op < 5; op++)
        NEED(cov.c2[op][0], "%s", op2_name[op]);
    for (int m = 0; m < M_COUNT; m++) {
        NEED(cov.xsrc[m], "extended source mode %s", mode_name[m]);
        NEED(cov.x2mode[m], "extended Format II mode %s", mode_name[m]);
    }
    NEED(cov.xdst[M_REG] && cov.xdst[M_IDX] && cov.xdst[M_SYM] && cov.xdst[M_ABS], "extended destination mode");
    NEED(cov.rpt_imm, "rpt #n");
    NEED(cov.rpt_reg, "rpt Rn");
    for (int k = 0; k < 12; k++)
        NEED(cov.addr[k], "%s", addr_name[k]);
    for (int k = 0; k < 7; k++)
        NEED(cov.calla[k], "calla %s", calla_name[k]);
    NEED(cov.calla_upper, "call into upper FRAM");
    NEED(cov.pushm[0] && cov.pushm[1] && cov.popm[0] && cov.popm[1], "pushm/popm .a and .w");
    for (int op = 0; op < 4; op++)
        for (int w = 0; w < 2; w++)
            NEED(cov.rotm[op][w], "%s%s", rotm_name[op], w ? ".w" : ".a");
    for (int c = 0; c < 8; c++)
        NEED(cov.jcc[c], "jump kind %d", c);
    NEED(cov.sr_ops, "SR flag operation");
#undef NEED
    if (verbose) {
        printf("coverage: extended Format I (.b/.w/.a):");
        for (int op = 0; op < 12; op++)
            printf(" %s %lu/%lu/%lu", op1_name[op], cov.x1[op][0], cov.x1[op][1], cov.x1[op][2]);
        printf("\n  extended Format II:");
        for (int op = 0; op < 6; op++)
            printf(" %s %lu/%lu/%lu", op2_name[op], cov.x2[op][0], cov.x2[op][1], cov.x2[op][2]);
        printf("\n  extended source modes:");
        for (int m = 0; m < M_COUNT; m++)
            printf(" %s %lu", mode_name[m], cov.xsrc[m]);
        printf("\n  rpt #n %lu, rpt Rn %lu; address instructions:", cov.rpt_imm, cov.rpt_reg);
        for (int k = 0; k < 12; k++)
            printf(" [%s] %lu", addr_name[k], cov.addr[k]);
        printf("\n  calla:");
        for (int k = 0; k < 7; k++)
            printf(" %s %lu", calla_name[k], cov.calla[k]);
        printf(" (into upper FRAM %lu); pushm .w/.a %lu/%lu popm %lu/%lu\n", cov.calla_upper, cov.pushm[0],
               cov.pushm[1], cov.popm[0], cov.popm[1]);
    }
    return missing;
}

/* ---- main ---------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr, "usage: diff_gdbsim [--programs N] [--seed S] [--first I] [--batch B]\n"
                    "                   [--keep DIR] [--run PATH] [--shrink] [--verbose]\n");
    exit(2);
}

/* Runs program `id` cut to `items` items in both simulators; 1 if they differ. */
static int differs(const char *exe, const char *dir, uint64_t seed, long id, int items, int report, int keep)
{
    static struct program p;
    struct state fe, gs;
    struct ferro_machine *m = NULL;
    unsigned long executed = 0;
    char path[4200], out[4200], err[4200];
    generate(&p, seed, (uint32_t)id, items);
    snprintf(path, sizeof path, "%s/shrink%05ld.elf", dir, id);
    snprintf(out, sizeof out, "%s/shrink%05ld.out", dir, id);
    snprintf(err, sizeof err, "%s/shrink%05ld.err", dir, id);
    if (write_elf(path, &p) != 0)
        return 0;
    pid_t pid = spawn_sim(exe, path, out, err);
    run_ferro(path, &p, &fe, &m, &executed);
    wait_child(pid, now_s() + 30.0);
    parse_sim(out, err, &gs);
    int bad;
    if (report) {
        printf("shortest prefix that differs: %d items\n", items);
        bad = compare(seed, (int)id, path, &p, &fe, &gs, m);
    } else {
        quiet = 1;
        bad = compare(seed, (int)id, path, &p, &fe, &gs, m);
        quiet = 0;
    }
    ferro_free(m);
    unlink(out);
    unlink(err);
    if (!keep)
        unlink(path);
    return bad;
}

int main(int argc, char **argv)
{
    long nprog = 1000, batch = 64, first = 0;
    uint64_t seed = 1;
    const char *keep = NULL, *exe = "msp430-elf-run";
    int verbose = 0, shrink = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--verbose")) {
            verbose = 1;
            continue;
        }
        if (!strcmp(a, "--shrink")) {
            shrink = 1;
            continue;
        }
        if (i + 1 >= argc)
            usage();
        const char *v = argv[++i];
        if (!strcmp(a, "--programs"))
            nprog = strtol(v, NULL, 0);
        else if (!strcmp(a, "--seed"))
            seed = strtoull(v, NULL, 0);
        else if (!strcmp(a, "--first"))
            first = strtol(v, NULL, 0);
        else if (!strcmp(a, "--batch"))
            batch = strtol(v, NULL, 0);
        else if (!strcmp(a, "--keep"))
            keep = v;
        else if (!strcmp(a, "--run"))
            exe = v;
        else
            usage();
    }
    if (nprog < 1 || batch < 1 || first < 0)
        usage();

    char dir[4096];
    if (work_dir("diff_gdbsim", keep, dir, sizeof dir) != 0)
        return 2;

    double t0 = now_s();
    struct program *progs = calloc((size_t)batch, sizeof *progs);
    struct state *fe = calloc((size_t)batch, sizeof *fe), *gs = calloc((size_t)batch, sizeof *gs);
    struct ferro_machine **mach = calloc((size_t)batch, sizeof *mach);
    pid_t *pids = calloc((size_t)batch, sizeof *pids);
    if (!progs || !fe || !gs || !mach || !pids) {
        fprintf(stderr, "diff_gdbsim: out of memory\n");
        return 2;
    }
    unsigned long executed = 0, generated = 0;
    long mismatches = 0;
    char path[4200], out[4200], err[4200];
    for (long base = 0; base < nprog; base += batch) {
        int n = (int)(nprog - base < batch ? nprog - base : batch);
        for (int i = 0; i < n; i++) {
            long id = first + base + i;
            generate(&progs[i], seed, (uint32_t)id, -1);
            generated += progs[i].insns;
            snprintf(path, sizeof path, "%s/prog%05ld.elf", dir, id);
            snprintf(out, sizeof out, "%s/prog%05ld.out", dir, id);
            snprintf(err, sizeof err, "%s/prog%05ld.err", dir, id);
            if (write_elf(path, &progs[i]) != 0) {
                fprintf(stderr, "diff_gdbsim: cannot write %s\n", path);
                return 2;
            }
            pids[i] = spawn_sim(exe, path, out, err);
            if (pids[i] < 0) {
                fprintf(stderr, "diff_gdbsim: fork: %s\n", strerror(errno));
                return 2;
            }
        }
        /* Ferro runs while the simulators work on the same batch. */
        for (int i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/prog%05ld.elf", dir, first + base + i);
            run_ferro(path, &progs[i], &fe[i], &mach[i], &executed);
        }
        double deadline = now_s() + 30.0;
        for (int i = 0; i < n; i++) {
            long id = first + base + i;
            int rc = wait_child(pids[i], deadline);
            if (rc == 127 || rc == 126) {
                fprintf(stderr, "diff_gdbsim: cannot run %s\n", exe);
                return 2;
            }
            snprintf(out, sizeof out, "%s/prog%05ld.out", dir, id);
            snprintf(err, sizeof err, "%s/prog%05ld.err", dir, id);
            parse_sim(out, err, &gs[i]);
            if (rc == -2 && !gs[i].why[0])
                snprintf(gs[i].why, sizeof gs[i].why, "simulator timed out (killed)");
        }
        for (int i = 0; i < n; i++) {
            long id = first + base + i;
            snprintf(path, sizeof path, "%s/prog%05ld.elf", dir, id);
            int bad = compare(seed, (int)id, keep ? path : NULL, &progs[i], &fe[i], &gs[i], mach[i]);
            mismatches += bad;
            if (bad && shrink)
                for (int k = 0; k <= 60; k++)
                    if (differs(exe, dir, seed, id, k, 0, 0)) {
                        differs(exe, dir, seed, id, k, 1, keep != NULL);
                        break;
                    }
            ferro_free(mach[i]);
            mach[i] = NULL;
            if (!keep) {
                unlink(path);
                snprintf(out, sizeof out, "%s/prog%05ld.out", dir, id);
                snprintf(err, sizeof err, "%s/prog%05ld.err", dir, id);
                unlink(out);
                unlink(err);
            }
        }
    }
    if (!keep)
        rmdir(dir);
    int missing = nprog >= 200 ? check_coverage(verbose) : (verbose ? check_coverage(1), 0 : 0);
    printf("%ld programs, %lu instructions, %ld mismatches\n", nprog, executed, mismatches);
    if (verbose)
        printf("(%lu instructions generated; %.2f s)\n", generated, now_s() - t0);
    free(progs);
    free(fe);
    free(gs);
    free(mach);
    free(pids);
    return mismatches || missing ? 1 : 0;
}
