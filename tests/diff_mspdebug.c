/* Differential test of the CPU core against the `sim` driver of mspdebug.
 *
 * usage: diff_mspdebug [--programs N] [--seed S] [--first I] [--batch B] [--keep DIR]
 *                      [--mspdebug PATH] [--verbose]
 *
 * Program i depends only on (seed, i): `--first 19 --programs 1 --keep DIR` redoes
 * program 19 alone and keeps its ELF (DIR/prog00019.elf) and the mspdebug script.
 *
 * Generates N random programs in the classic (16-bit) MSP430 instruction set,
 * deterministically from the seed, writes each as a small ELF image and runs it
 * both in Ferro (in process) and in `mspdebug -q -n sim` (B programs per mspdebug
 * process, commands on stdin), then compares R0..R15 and the data, SRAM and stack
 * areas byte for byte.  Every program ends with `bis #0x10, sr` (CPUOFF, GIE
 * clear): Ferro halts there, and mspdebug's sim stops executing once CPUOFF is set
 * (its `step` command then leaves PC where it is; its `run` command would wait for
 * an interrupt forever, so the test uses `step COUNT` and never `run`).  Both
 * report PC = the address after the halting BIS.
 *
 * The programs stay inside behaviour the user's guide defines (SLAU144 chapter 3,
 * SLAU367 chapter 4):
 *   - r4-r7 are pointers into the SRAM data area and are written only by the
 *     increments of @Rn+ (word operations only, so they stay even); r8-r15 hold
 *     data; PC and SP are never written except by PUSH; SR is written only by
 *     `mov #f, sr`, `bis #f, sr` and `bic #f, sr` with f a subset of C|Z|N|V;
 *   - every memory access lands in the data areas, words at even addresses;
 *   - jumps go forward to an instruction boundary of the same program;
 *   - DADD only sees valid BCD operands (the result is "not defined for non-BCD
 *     numbers", SLAU367P 4.6.2.16 DADD), so each DADD is preceded by MOVs that
 *     load BCD values into its operands, and no jump lands between them;
 *   - V after DADD is undefined (same section: "V: Undefined"), so
 *     the generator tracks whether V may come from a DADD on some path: while it
 *     may, nothing reads V (no JGE/JL, no SR as a source), and if it still may at
 *     the halt, V is masked out of the SR comparison.
 *
 * Known mspdebug 0.22 deviation handled here: its PUSH.B writes a whole word (the
 * byte zero-extended) at the new TOS, while the CPU writes only the low byte and
 * leaves the high byte alone (PUSH.B: "SP - 2 -> SP, src -> @SP" with a byte src,
 * SLAU367P PUSH; the openMSP430 RTL enables one byte lane for every .B write, and
 * Ferro's cpu.c writes a byte).  The stack area's
 * odd bytes (the high bytes of the stack slots, SP being even) are therefore loaded
 * with 0 instead of random values, so that both behaviours give the same memory
 * and PUSH.B stays covered.
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

#define CODE_BASE 0x4400u
#define CODE_MAX 0x0C00u    /* bytes */
#define FDATA_BASE 0x5000u  /* FRAM data area: symbolic and absolute operands */
#define FDATA_SIZE 0x100u
#define SDATA_BASE 0x1C00u  /* SRAM data area: pointer-based operands, absolute */
#define SDATA_SIZE 0x200u
#define STACK_BASE 0x1E00u  /* stack area, compared too */
#define STACK_SIZE 0x200u
#define SP_INIT 0x1FC0u
#define PTR_LO 0x1C80u      /* initial pointers: even, in 0x1D00 +- 0x80 */
#define PTR_HI 0x1D80u
#define MAX_PUSHES 100      /* keeps the stack inside the stack area */
#define FR_RESET 0xFFFEu


/* ---- program representation --------------------------------------------- */

enum mode { M_REG, M_IND, M_INC, M_IDX, M_SYM, M_ABS, M_IMM, M_CG, M_COUNT };
static const char *const mode_name[M_COUNT] = {"Rn", "@Rn", "@Rn+", "X(Rn)", "sym", "&abs", "#imm", "#cg"};

struct opnd {
    enum mode mode;
    unsigned reg;      /* M_REG, M_IND, M_INC, M_IDX */
    uint16_t value;    /* M_IDX index, M_ABS address, M_IMM/M_CG value */
    uint32_t target;   /* M_SYM: the address the operand designates */
};

struct insn {
    uint16_t w[3];
    int nw;
    uint32_t sym_target[3]; /* nonzero: word k is a PC-relative index to it */
    int jump_to;            /* jump: index of the target instruction, else -1 */
    int can_target;         /* a jump may land here */
};

#define MAX_INSNS 512

struct program {
    struct insn in[MAX_INSNS];
    int n;
    int prologue_end; /* first instruction after the prologue */
    uint32_t addr[MAX_INSNS + 1];
    uint8_t code[CODE_MAX];
    uint32_t code_len;
    uint32_t halt_pc;     /* PC both simulators report after the halt */
    int v_undefined;      /* V may come from a DADD at the halt: do not compare it */
    uint8_t fdata[FDATA_SIZE];
    uint8_t sram[SDATA_SIZE + STACK_SIZE];
};

/* Generator state while emitting one program. */
struct gen {
    struct rng r;
    struct program *p;
    unsigned ptr_init[4];
    unsigned ptr_incs[4]; /* @Rn+ word increments emitted so far for r4..r7 */
    unsigned pushes;
    int v_taint;          /* V may hold a DADD's undefined value here */
    /* Jumps whose target is not emitted yet: it is the start of the `left`-th item
     * to come (every item starts with one instruction a jump may land on). */
    struct pending { int insn, left, taint; } pend[MAX_INSNS];
    int npend;
};

/* Coverage counters, so a generator change cannot silently drop a case. */
enum { OPS_I = 12, OPS_II = 5 };
static const char *const op1_name[OPS_I] = {"mov", "add", "addc", "subc", "sub", "cmp",
                                            "dadd", "bit", "bic", "bis", "xor", "and"};
static const char *const op2_name[OPS_II] = {"rrc", "swpb", "rra", "sxt", "push"};
static const char *const jcc_name[8] = {"jne", "jeq", "jnc", "jc", "jn", "jge", "jl", "jmp"};
static const uint16_t cg_values[6] = {0, 1, 2, 4, 8, 0xFFFF};
static struct {
    unsigned long op1[OPS_I][2], op2[OPS_II][2], jcc[8];
    unsigned long src[M_COUNT], dst[M_COUNT], op2_mode[M_COUNT], cg[6];
    unsigned long sr_src, sr_ops, sp_src;
} cov;

static void add_insn(struct gen *g, const uint16_t *w, int nw, const uint32_t *sym, int can_target)
{
    struct program *p = g->p;
    if (p->n >= MAX_INSNS) {
        fprintf(stderr, "diff_mspdebug: program too long\n");
        exit(2);
    }
    struct insn *in = &p->in[p->n++];
    memset(in, 0, sizeof *in);
    for (int k = 0; k < nw; k++) {
        in->w[k] = w[k];
        in->sym_target[k] = sym ? sym[k] : 0;
    }
    in->nw = nw;
    in->jump_to = -1;
    in->can_target = can_target;
}

/* As/register and extension word of a source operand. */
static void encode_src(const struct opnd *o, unsigned *as, unsigned *reg, int *has_ext, uint16_t *ext,
                       uint32_t *sym)
{
    *has_ext = 0, *ext = 0, *sym = 0;
    switch (o->mode) {
    case M_REG: *as = 0, *reg = o->reg; break;
    case M_IND: *as = 2, *reg = o->reg; break;
    case M_INC: *as = 3, *reg = o->reg; break;
    case M_IDX: *as = 1, *reg = o->reg, *has_ext = 1, *ext = o->value; break;
    case M_SYM: *as = 1, *reg = 0, *has_ext = 1, *sym = o->target; break;
    case M_ABS: *as = 1, *reg = 2, *has_ext = 1, *ext = o->value; break;
    case M_IMM: *as = 3, *reg = 0, *has_ext = 1, *ext = o->value; break;
    default: /* constant generator (SLAU144 table 3-2) */
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

/* Format I: opcode 4..15. */
static void emit_f1(struct gen *g, unsigned opc, int byte, const struct opnd *s, const struct opnd *d,
                    int can_target)
{
    unsigned as, rs, ad = d->mode != M_REG, rd;
    int sx;
    uint16_t sw, w[3];
    uint32_t ss, sym[3] = {0, 0, 0};
    int nw = 1;
    encode_src(s, &as, &rs, &sx, &sw, &ss);
    if (sx) {
        w[nw] = sw;
        sym[nw++] = ss;
    }
    switch (d->mode) {
    case M_REG: rd = d->reg; break;
    case M_IDX: rd = d->reg, w[nw++] = d->value; break;
    case M_SYM: rd = 0, sym[nw] = d->target, w[nw++] = 0; break;
    default: rd = 2, w[nw++] = d->value; break; /* M_ABS */
    }
    w[0] = (uint16_t)(opc << 12 | rs << 8 | ad << 7 | (unsigned)byte << 6 | as << 4 | rd);
    add_insn(g, w, nw, sym, can_target);
}

/* Format II: RRC 0, SWPB 1, RRA 2, SXT 3, PUSH 4. */
static void emit_f2(struct gen *g, unsigned opc, int byte, const struct opnd *o)
{
    unsigned as, reg;
    int x;
    uint16_t xw, w[2];
    uint32_t xs, sym[2] = {0, 0};
    int nw = 1;
    encode_src(o, &as, &reg, &x, &xw, &xs);
    if (x) {
        w[nw] = xw;
        sym[nw++] = xs;
    }
    w[0] = (uint16_t)(0x1000 | opc << 7 | (unsigned)byte << 6 | as << 4 | reg);
    add_insn(g, w, nw, sym, 1);
}

static struct opnd reg_op(unsigned r) { return (struct opnd){M_REG, r, 0, 0}; }
static struct opnd imm_op(uint16_t v) { return (struct opnd){M_IMM, 0, v, 0}; }
static struct opnd cg_op(uint16_t v) { return (struct opnd){M_CG, 3, v, 0}; }

/* Constant for an immediate: the constant generator when it can encode it. */
static struct opnd const_op(uint16_t v)
{
    for (int i = 0; i < 6; i++)
        if (cg_values[i] == v && v != 8) /* #8 is GIE in SR operations; keep it apart */
            return cg_op(v);
    return imm_op(v);
}

/* ---- operand choice ----------------------------------------------------- */

/* Pointer register r (4..7) lies in [lo, hi] here; `extra` increments of this same
 * instruction (its own @Rn+ source) are included for a destination. */
static void ptr_range(const struct gen *g, unsigned r, unsigned extra, unsigned *lo, unsigned *hi)
{
    *lo = g->ptr_init[r - 4];
    *hi = g->ptr_init[r - 4] + 2 * (g->ptr_incs[r - 4] + extra);
}

/* An index X so that X(Rr) is inside the SRAM data area wherever r points now. */
static int pick_index(struct gen *g, unsigned r, unsigned extra, int byte, uint16_t *x)
{
    unsigned lo, hi;
    ptr_range(g, r, extra, &lo, &hi);
    int xmin = (int)SDATA_BASE - (int)lo;
    int xmax = (int)(SDATA_BASE + SDATA_SIZE - (byte ? 1 : 2)) - (int)hi;
    if (xmax < xmin)
        return 0;
    /* lo, hi and both bounds are even: a word operand takes an even X. */
    int step = byte ? 1 : 2;
    int v = xmin + step * (int)below(&g->r, (unsigned)((xmax - xmin) / step + 1));
    *x = (uint16_t)v;
    return 1;
}

static uint32_t pick_addr(struct gen *g, uint32_t base, uint32_t size, int byte)
{
    uint32_t a = base + below(&g->r, size);
    if (!byte)
        a &= ~1u;
    return a;
}

/* A memory operand in one of the modes IND, INC, IDX, SYM, ABS.  `inc_extra` is the
 * number of increments of pointer `inc_reg` done earlier in the same instruction
 * (by its @Rn+ source), which a destination indexed by it sees. */
static int pick_mem(struct gen *g, enum mode m, int byte, unsigned inc_reg, unsigned inc_extra,
                    struct opnd *o)
{
    unsigned r = 4 + below(&g->r, 4), lo, hi;
    unsigned extra = r == inc_reg ? inc_extra : 0;
    memset(o, 0, sizeof *o);
    o->mode = m;
    o->reg = r;
    switch (m) {
    case M_IND:
    case M_INC:
        if (m == M_INC && byte)
            return 0; /* @Rn+ in word operations only: the pointers stay even */
        ptr_range(g, r, extra + (m == M_INC), &lo, &hi);
        return hi + 1 < SDATA_BASE + SDATA_SIZE;
    case M_IDX: return pick_index(g, r, extra, byte, &o->value);
    case M_SYM: o->target = pick_addr(g, FDATA_BASE, FDATA_SIZE, byte); return 1;
    default: /* M_ABS: either data area */
        o->value = (uint16_t)(chance(&g->r, 50) ? pick_addr(g, FDATA_BASE, FDATA_SIZE, byte)
                                                : pick_addr(g, SDATA_BASE, SDATA_SIZE, byte));
        return 1;
    }
}

static void note_inc(struct gen *g, const struct opnd *o)
{
    if (o->mode == M_INC)
        g->ptr_incs[o->reg - 4]++;
}

/* Any source operand.  Register sources: r4..r15, SR (when V is defined), SP. */
static void pick_src(struct gen *g, int byte, struct opnd *o)
{
    for (;;) {
        enum mode m = (enum mode)below(&g->r, M_COUNT);
        switch (m) {
        case M_REG: {
            unsigned k = below(&g->r, 14);
            if (k == 12 && g->v_taint)
                continue;
            *o = reg_op(k < 12 ? 4 + k : k == 12 ? 2 : 1);
            return;
        }
        case M_IMM: *o = imm_op((uint16_t)rnd(&g->r)); return;
        case M_CG: *o = cg_op(cg_values[below(&g->r, 6)]); return;
        default:
            if (pick_mem(g, m, byte, 0, 0, o))
                return;
        }
    }
}

/* A destination: r8..r15, X(Rn), symbolic or absolute. */
static void pick_dst(struct gen *g, int byte, const struct opnd *s, struct opnd *o)
{
    static const enum mode dm[4] = {M_REG, M_IDX, M_SYM, M_ABS};
    for (;;) {
        enum mode m = dm[below(&g->r, 4)];
        if (m == M_REG) {
            *o = reg_op(8 + below(&g->r, 8));
            return;
        }
        if (pick_mem(g, m, byte, s->mode == M_INC ? s->reg : 0, 1, o))
            return;
    }
}

static void count_src(const struct opnd *s)
{
    cov.src[s->mode]++;
    if (s->mode == M_CG)
        for (int i = 0; i < 6; i++)
            cov.cg[i] += cg_values[i] == s->value;
    if (s->mode == M_REG)
        cov.sr_src += s->reg == 2, cov.sp_src += s->reg == 1;
}

/* ---- instruction generators --------------------------------------------- */

static uint16_t bcd(struct gen *g, int byte)
{
    uint16_t v = 0;
    for (int i = 0; i < (byte ? 2 : 4); i++)
        v |= (uint16_t)(below(&g->r, 10) << (4 * i));
    return v;
}

/* DADD with BCD operands: MOVs load BCD values into its destination and, unless it
 * is a constant or SR, its source; then the DADD.  Only the first MOV may be a jump
 * target, so the DADD always sees the values just loaded. */
static void gen_dadd(struct gen *g)
{
    int byte = chance(&g->r, 40);
    struct opnd s, d;
    for (;;) {
        pick_src(g, byte, &s);
        if (s.mode == M_REG && (s.reg == 1 || (s.reg >= 4 && s.reg <= 7)))
            continue; /* SP and the pointers are not BCD; SR always is (bits 0-2, 8) */
        if (s.mode == M_CG && s.value == 0xFFFF)
            continue; /* #-1 is not BCD */
        break;
    }
    if (s.mode == M_IMM)
        s.value = bcd(g, byte);
    pick_dst(g, byte, &s, &d);

    struct opnd dset = d;
    if (s.mode == M_INC && d.mode == M_IDX && d.reg == s.reg)
        dset.value = (uint16_t)(d.value + 2); /* the DADD indexes from the incremented pointer */
    emit_f1(g, 4, byte, &(struct opnd){M_IMM, 0, bcd(g, byte), 0}, &dset, 1);
    if (s.mode == M_REG && s.reg >= 8) {
        emit_f1(g, 4, byte, &(struct opnd){M_IMM, 0, bcd(g, byte), 0}, &s, 0);
    } else if (s.mode == M_IND || s.mode == M_INC) {
        struct opnd at = {M_IDX, s.reg, 0, 0};
        emit_f1(g, 4, byte, &(struct opnd){M_IMM, 0, bcd(g, byte), 0}, &at, 0);
    } else if (s.mode == M_IDX || s.mode == M_SYM || s.mode == M_ABS) {
        emit_f1(g, 4, byte, &(struct opnd){M_IMM, 0, bcd(g, byte), 0}, &s, 0);
    }
    count_src(&s);
    cov.dst[d.mode]++;
    cov.op1[6][byte]++;
    emit_f1(g, 0xA, byte, &s, &d, 0);
    note_inc(g, &s);
    g->v_taint = 1; /* V after DADD is undefined */
}

static void gen_format1(struct gen *g)
{
    unsigned op = below(&g->r, OPS_I); /* index into op1_name; opcode = 4 + op */
    if (op == 6) {
        gen_dadd(g);
        return;
    }
    int byte = chance(&g->r, 40);
    struct opnd s, d;
    pick_src(g, byte, &s);
    pick_dst(g, byte, &s, &d);
    count_src(&s);
    cov.dst[d.mode]++;
    cov.op1[op][byte]++;
    emit_f1(g, 4 + op, byte, &s, &d, 1);
    note_inc(g, &s);
    /* ADD ADDC SUBC SUB CMP BIT XOR AND define V; MOV, BIC and BIS leave it. */
    if (op != 0 && op != 8 && op != 9)
        g->v_taint = 0;
}

static void gen_format2(struct gen *g)
{
    unsigned op = below(&g->r, OPS_II);
    if (op == 4 && g->pushes >= MAX_PUSHES)
        op = 0;
    int byte = (op == 1 || op == 3) ? 0 : chance(&g->r, 40); /* SWPB and SXT: word only */
    struct opnd o;
    if (op == 4) {
        pick_src(g, byte, &o); /* PUSH takes every source mode */
        g->pushes++;
        if (o.mode == M_REG)
            cov.sr_src += o.reg == 2, cov.sp_src += o.reg == 1;
        if (o.mode == M_CG)
            for (int i = 0; i < 6; i++)
                cov.cg[i] += cg_values[i] == o.value;
    } else {
        static const enum mode om[6] = {M_REG, M_IND, M_INC, M_IDX, M_SYM, M_ABS};
        for (;;) {
            enum mode m = om[below(&g->r, 6)];
            if (m == M_REG) {
                o = reg_op(8 + below(&g->r, 8));
                break;
            }
            if (pick_mem(g, m, byte, 0, 0, &o))
                break;
        }
    }
    cov.op2[op][byte]++;
    cov.op2_mode[o.mode]++;
    emit_f2(g, op, byte, &o);
    note_inc(g, &o);
    if (op == 0 || op == 2 || op == 3) /* RRC, RRA and SXT reset V */
        g->v_taint = 0;
}

/* SR changes touching only C, Z, N and V, so flag consumers see varied flags. */
static void gen_sr_op(struct gen *g)
{
    static const uint16_t bits[4] = {1, 2, 4, 0x100};
    unsigned kind = below(&g->r, 3); /* MOV, BIS, BIC */
    uint16_t f;
    if (kind == 0) {
        f = 0;
        for (int i = 0; i < 4; i++)
            if (chance(&g->r, 50))
                f |= bits[i];
    } else if (chance(&g->r, 70)) {
        f = bits[below(&g->r, 4)]; /* #1 #2 #4 from the constant generator, or #0x100 */
    } else {
        f = (uint16_t)(rnd(&g->r) & 0x107);
    }
    struct opnd s = const_op(f), d = reg_op(2);
    emit_f1(g, kind == 0 ? 4 : kind == 1 ? 0xD : 0xC, 0, &s, &d, 1);
    cov.sr_ops++;
    if (kind == 0 || (f & 0x100))
        g->v_taint = 0;
}

/* A conditional or unconditional jump to the start of one of the next 8 items (or
 * the halt); the target is filled in when that item is emitted. */
static void gen_jump(struct gen *g)
{
    unsigned c;
    do
        c = below(&g->r, 8);
    while ((c == 5 || c == 6) && g->v_taint); /* JGE and JL read V */
    cov.jcc[c]++;
    uint16_t w = (uint16_t)(0x2000 | c << 10);
    add_insn(g, &w, 1, NULL, 1);
    g->pend[g->npend++] = (struct pending){g->p->n - 1, 1 + (int)below(&g->r, 8), g->v_taint};
}

/* The item about to be emitted starts at instruction p->n: resolve the jumps that
 * land there and merge the V taint they carry. */
static void land_jumps(struct gen *g, int final)
{
    int k = 0;
    for (int i = 0; i < g->npend; i++) {
        struct pending *pj = &g->pend[i];
        if (final || --pj->left == 0) {
            g->p->in[pj->insn].jump_to = g->p->n;
            g->v_taint |= pj->taint;
        } else {
            g->pend[k++] = *pj;
        }
    }
    g->npend = k;
}

/* ---- building a program ------------------------------------------------- */

static void generate(struct program *p, uint64_t seed, uint32_t index)
{
    static struct gen g;
    memset(&g, 0, sizeof g);
    memset(p, 0, sizeof *p);
    g.p = p;
    g.r.s = mix64(seed ^ mix64(index + 0x1234567ull));

    for (unsigned i = 0; i < FDATA_SIZE; i++)
        p->fdata[i] = (uint8_t)rnd(&g.r);
    for (unsigned i = 0; i < SDATA_SIZE + STACK_SIZE; i++) {
        /* The high bytes of the stack slots are 0: see PUSH.B in the header. */
        int slot_hi = i >= SDATA_SIZE && (i & 1);
        p->sram[i] = slot_hi ? 0 : (uint8_t)rnd(&g.r);
    }

    /* Prologue: SP, pointers, data registers, then SR (no jump lands here). */
    emit_f1(&g, 4, 0, &(struct opnd){M_IMM, 0, SP_INIT, 0}, &(struct opnd){M_REG, 1, 0, 0}, 0);
    for (unsigned r = 4; r <= 15; r++) {
        uint16_t v;
        if (r <= 7) {
            v = (uint16_t)(PTR_LO + 2 * below(&g.r, (PTR_HI - PTR_LO) / 2 + 1));
            g.ptr_init[r - 4] = v;
        } else {
            v = (uint16_t)rnd(&g.r);
        }
        emit_f1(&g, 4, 0, &(struct opnd){M_IMM, 0, v, 0}, &(struct opnd){M_REG, r, 0, 0}, 0);
    }
    emit_f1(&g, 4, 0, &(struct opnd){M_IMM, 0, (uint16_t)(rnd(&g.r) & 0x107), 0},
            &(struct opnd){M_REG, 2, 0, 0}, 0);
    p->prologue_end = p->n;

    unsigned items = 20 + below(&g.r, 41);
    for (unsigned k = 0; k < items; k++) {
        land_jumps(&g, 0);
        unsigned what = below(&g.r, 100);
        if (what < 55)
            gen_format1(&g);
        else if (what < 75)
            gen_format2(&g);
        else if (what < 85)
            gen_sr_op(&g);
        else
            gen_jump(&g);
    }
    land_jumps(&g, 1); /* the rest land on the halt */
    p->v_undefined = g.v_taint;
    int halt = p->n;
    {
        uint16_t w[2] = {0xD032, 0x0010}; /* bis #0x10, sr: CPUOFF, GIE clear */
        add_insn(&g, w, 2, NULL, 1);
    }

    /* Layout and fixups. */
    uint32_t a = CODE_BASE;
    for (int i = 0; i < p->n; i++) {
        p->addr[i] = a;
        a += 2u * (uint32_t)p->in[i].nw;
    }
    p->addr[p->n] = a;
    if (a - CODE_BASE > CODE_MAX) {
        fprintf(stderr, "diff_mspdebug: code too long\n");
        exit(2);
    }
    p->code_len = a - CODE_BASE;
    for (int i = 0; i < p->n; i++) {
        struct insn *in = &p->in[i];
        if (in->jump_to >= 0) {
            if (!p->in[in->jump_to].can_target) { /* a generator bug, not a finding */
                fprintf(stderr, "diff_mspdebug: jump into a DADD set-up (program %u)\n", index);
                exit(2);
            }
            int32_t off = ((int32_t)p->addr[in->jump_to] - (int32_t)(p->addr[i] + 2)) / 2;
            in->w[0] = (uint16_t)((in->w[0] & 0xFC00) | ((uint32_t)off & 0x3FF));
        }
        for (int k = 0; k < in->nw; k++) {
            if (in->sym_target[k]) /* symbolic: index relative to the index word itself */
                in->w[k] = (uint16_t)(in->sym_target[k] - (p->addr[i] + 2u * (uint32_t)k));
            uint32_t at = p->addr[i] - CODE_BASE + 2u * (uint32_t)k;
            p->code[at] = (uint8_t)in->w[k];
            p->code[at + 1] = (uint8_t)(in->w[k] >> 8);
        }
    }
    p->halt_pc = p->addr[halt] + 4;
}

/* ---- ELF writer --------------------------------------------------------- */

/* ELF32 little-endian ET_EXEC for EM_MSP430 with one PT_LOAD program header and one
 * SHF_ALLOC PROGBITS section per area (mspdebug reads sections, Ferro segments). */
static int write_elf(const char *path, const struct program *p)
{
    static const uint8_t reset_vec[2] = {CODE_BASE & 0xFF, CODE_BASE >> 8};
    const struct elf_segment seg[] = {
        {CODE_BASE, p->code_len, p->code, 5 /* R X */, 2 | 4 /* ALLOC EXECINSTR */, ".text"},
        {FDATA_BASE, FDATA_SIZE, p->fdata, 6 /* R W */, 1 | 2 /* WRITE ALLOC */, ".fdata"},
        {SDATA_BASE, SDATA_SIZE + STACK_SIZE, p->sram, 6, 1 | 2, ".sram"},
        {FR_RESET, 2, reset_vec, 4 /* R */, 2, ".vectors"},
    };
    return write_test_elf(path, CODE_BASE, seg, (int)(sizeof seg / sizeof seg[0]));
}

/* ---- one run's final state ---------------------------------------------- */

struct state {
    int valid;            /* registers and both areas were read */
    char why[160];        /* when not valid */
    uint32_t r[16];
    uint8_t fdata[FDATA_SIZE];
    uint8_t sram[SDATA_SIZE + STACK_SIZE];
    unsigned fdata_seen, sram_seen;
    int have_regs;
};

/* ---- Ferro -------------------------------------------------------------- */

static void quiet_diag(struct ferro_machine *m, const char *msg, void *ctx)
{
    (void)m;
    struct state *st = ctx;
    if (!st->why[0])
        snprintf(st->why, sizeof st->why, "ferro diagnostic: %s", msg);
}

/* Runs the image in Ferro; keeps the machine in *mp for the disassembly. */
static void run_ferro(const char *elf, const struct program *p, struct state *st,
                      struct ferro_machine **mp, unsigned long *executed)
{
    struct ferro_config cfg = {0};
    cfg.vacant = VACANT_FAULT;
    cfg.max_cycles = 100000; /* safety budget: a program runs a few hundred cycles */
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
    enum ferro_stop stop = ferro_run(m, NULL);
    *executed += m->instructions;
    for (int i = 0; i < 16; i++)
        st->r[i] = m->r[i];
    memcpy(st->fdata, &m->mem.bytes[FDATA_BASE], FDATA_SIZE);
    memcpy(st->sram, &m->mem.bytes[SDATA_BASE], SDATA_SIZE + STACK_SIZE);
    if (stop == STOP_FAULT)
        snprintf(st->why, sizeof st->why, "ferro fault at pc 0x%05x: %.100s", m->fault_pc, m->fault_msg);
    else if (stop != STOP_HALT)
        snprintf(st->why, sizeof st->why, "ferro did not halt (stop %d, pc 0x%05x)", (int)stop, m->r[0]);
    else if (st->r[0] != p->halt_pc)
        snprintf(st->why, sizeof st->why, "ferro halted at pc 0x%05x, not after the final BIS (0x%05x)",
                 st->r[0], p->halt_pc);
    if (!st->why[0])
        st->valid = 1;
}

/* ---- mspdebug ----------------------------------------------------------- */

/* Start `mspdebug -q -n sim` reading cmds and writing out (stdout and stderr). */
static pid_t spawn_mspdebug(const char *exe, const char *cmds, const char *out)
{
    pid_t pid = fork();
    if (pid != 0)
        return pid;
    setpgid(0, 0); /* its own group, so a timeout kills whatever it started */
    int in = open(cmds, O_RDONLY), o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || o < 0 || dup2(in, 0) < 0 || dup2(o, 1) < 0 || dup2(o, 2) < 0)
        _exit(126);
    close(in);
    close(o);
    execlp(exe, exe, "-q", "-n", "sim", (char *)NULL);
    _exit(127);
}

/* Wait for the child, killing it after `seconds`.  Returns its exit status or -1. */
static int wait_child(pid_t pid, double seconds)
{
    struct timespec t0, now, nap = {0, 2000000};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        int status;
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (w < 0)
            return -1;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if ((double)(now.tv_sec - t0.tv_sec) + (now.tv_nsec - t0.tv_nsec) / 1e9 > seconds) {
            kill(-pid, SIGKILL);
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -2;
        }
        nanosleep(&nap, NULL);
    }
}

static int reg_index(const char *name)
{
    if (!strcmp(name, "PC"))
        return 0;
    if (!strcmp(name, "SP"))
        return 1;
    if (!strcmp(name, "SR"))
        return 2;
    if (name[0] == 'R') {
        char *end;
        long v = strtol(name + 1, &end, 10);
        if (*end == 0 && v >= 3 && v <= 15)
            return (int)v;
    }
    return -1;
}

/* Parse mspdebug's answer to the command script: per program `prog`, `reset`,
 * `step N` (prints the registers), `md SRAM`, `md FDATA`. */
static void parse_mspdebug(const char *out, struct state *st, int n)
{
    FILE *f = fopen(out, "r");
    if (!f)
        return;
    char line[512];
    int cur = -1;
    enum { C_OTHER, C_STEP, C_MD } cmd = C_OTHER;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        if (!strncmp(line, "(mspdebug) ", 11)) {
            const char *c = line + 11;
            cmd = C_OTHER;
            if (!strncmp(c, "prog ", 5))
                cur++;
            else if (!strncmp(c, "step", 4))
                cmd = C_STEP;
            else if (!strncmp(c, "md ", 3))
                cmd = C_MD;
            continue;
        }
        if (cur < 0 || cur >= n)
            continue;
        struct state *s = &st[cur];
        if (cmd == C_STEP && !strncmp(line, "    (", 5)) {
            /* "    ( PC: 04418)  ( R4: 00000)  ( R8: 01236)  (R12: 00000)" */
            for (const char *q = line; (q = strchr(q, '(')); q++) {
                char name[8];
                unsigned v;
                if (sscanf(q, "( %7[^:]: %x)", name, &v) == 2 && reg_index(name) >= 0) {
                    s->r[reg_index(name)] = v;
                    s->have_regs |= 1 << reg_index(name);
                }
            }
        } else if (cmd == C_MD && line[0] == ' ') {
            /* "    01c00: ff ff ... ff |................|" */
            unsigned a;
            int used;
            if (sscanf(line, " %x:%n", &a, &used) != 1)
                continue;
            const char *q = line + used;
            for (int k = 0; k < 16; k++, a++) {
                unsigned b;
                int u;
                if (sscanf(q, " %2x%n", &b, &u) != 1 || q[0] != ' ')
                    break;
                q += u;
                if (a >= SDATA_BASE && a < SDATA_BASE + SDATA_SIZE + STACK_SIZE) {
                    s->sram[a - SDATA_BASE] = (uint8_t)b;
                    s->sram_seen++;
                } else if (a >= FDATA_BASE && a < FDATA_BASE + FDATA_SIZE) {
                    s->fdata[a - FDATA_BASE] = (uint8_t)b;
                    s->fdata_seen++;
                }
            }
        } else if (cmd != C_MD && !s->why[0] &&
                   (strstr(line, "sim:") || strstr(line, "rror") || strstr(line, "nknown") ||
                    strstr(line, "No such"))) {
            snprintf(s->why, sizeof s->why, "mspdebug: %.140s", line);
        }
    }
    fclose(f);
}

/* ---- comparison and report ---------------------------------------------- */

static const char *const reg_names[16] = {"pc", "sp", "sr", "r3", "r4", "r5", "r6", "r7",
                                          "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};

static void disassemble(const struct ferro_machine *m, const struct program *p)
{
    for (int i = 0; i < p->n; i++) {
        char text[160];
        if (m)
            ferro_disasm(m, NULL, p->addr[i], text, sizeof text);
        else
            snprintf(text, sizeof text, "(no machine)");
        char hex[32] = "";
        for (int k = 0; k < p->in[i].nw; k++)
            snprintf(hex + strlen(hex), sizeof hex - strlen(hex), "%04x ", p->in[i].w[k]);
        printf("    %s%05x: %-16s%s\n", i == p->prologue_end ? "> " : "  ", p->addr[i], hex, text);
    }
}

/* Compares and prints; returns 1 on a mismatch. */
static int compare(uint64_t seed, int index, const char *elf, const struct program *p,
                   const struct state *fe, const struct state *md, const struct ferro_machine *m)
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
    if (md->why[0])
        DIFF("  %s\n", md->why);
    if (md->have_regs != 0xFFFF)
        DIFF("  mspdebug printed no registers (or only some)\n");
    if (md->sram_seen != SDATA_SIZE + STACK_SIZE || md->fdata_seen != FDATA_SIZE)
        DIFF("  mspdebug memory dump incomplete (%u + %u bytes)\n", md->sram_seen, md->fdata_seen);
    if (md->have_regs == 0xFFFF && (md->r[0] != p->halt_pc || !(md->r[2] & SR_CPUOFF)))
        DIFF("  mspdebug did not halt on the final BIS within the step limit (pc 0x%05x, sr 0x%04x)\n",
             md->r[0], md->r[2]);
    if (md->have_regs == 0xFFFF) {
        for (int i = 0; i < 16; i++) {
            /* mspdebug models the 16-bit MSP430 CPU; the CPUX registers are 20 bits
             * wide and SXT in register mode extends into bits 19:8 (SLAU367P SXT),
             * so only bits 15:0 are comparable (tests/isa checks bits 19:16). */
            uint32_t a = fe->r[i] & 0xFFFFu, b = md->r[i] & 0xFFFFu;
            if (i == 2 && p->v_undefined) /* V after DADD is undefined: not compared */
                a &= ~(uint32_t)SR_V, b &= ~(uint32_t)SR_V;
            if (a != b)
                DIFF("  %-3s ferro 0x%05x  mspdebug 0x%05x\n", reg_names[i], fe->r[i], md->r[i]);
        }
    }
    if (md->sram_seen == SDATA_SIZE + STACK_SIZE)
        for (unsigned i = 0; i < SDATA_SIZE + STACK_SIZE; i++)
            if (fe->sram[i] != md->sram[i])
                DIFF("  [0x%04x] ferro 0x%02x  mspdebug 0x%02x  (initial 0x%02x)\n", SDATA_BASE + i,
                     fe->sram[i], md->sram[i], p->sram[i]);
    if (md->fdata_seen == FDATA_SIZE)
        for (unsigned i = 0; i < FDATA_SIZE; i++)
            if (fe->fdata[i] != md->fdata[i])
                DIFF("  [0x%04x] ferro 0x%02x  mspdebug 0x%02x  (initial 0x%02x)\n", FDATA_BASE + i,
                     fe->fdata[i], md->fdata[i], p->fdata[i]);
#undef DIFF
    if (!bad)
        return 0;
    printf("MISMATCH: seed %llu program %d (%s%s)%s\n", (unsigned long long)seed, index,
           elf ? "" : "--keep DIR keeps its ELF", elf ? elf : "",
           p->v_undefined ? " [V not compared: may come from DADD]" : "");
    fputs(diffs, stdout);
    printf("  program (> marks the first instruction after the prologue):\n");
    disassemble(m, p);
    return 1;
}

/* Every instruction, width and addressing mode the generator promises was drawn. */
static int check_coverage(int verbose)
{
    int missing = 0;
#define NEED(cond, ...)                                                       \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "diff_mspdebug: coverage: no " __VA_ARGS__);      \
            fputc('\n', stderr);                                              \
            missing++;                                                        \
        }                                                                     \
    } while (0)
    for (int op = 0; op < OPS_I; op++)
        for (int b = 0; b < 2; b++)
            NEED(cov.op1[op][b], "%s%s", op1_name[op], b ? ".b" : ".w");
    for (int op = 0; op < OPS_II; op++)
        for (int b = 0; b < 2; b++)
            if (!b || (op != 1 && op != 3))
                NEED(cov.op2[op][b], "%s%s", op2_name[op], b ? ".b" : ".w");
    for (int c = 0; c < 8; c++)
        NEED(cov.jcc[c], "%s", jcc_name[c]);
    for (int m = 0; m < M_COUNT; m++) {
        NEED(cov.src[m], "source mode %s", mode_name[m]);
        NEED(cov.op2_mode[m], "format II operand mode %s", mode_name[m]);
    }
    NEED(cov.dst[M_REG] && cov.dst[M_IDX] && cov.dst[M_SYM] && cov.dst[M_ABS], "destination mode");
    for (int i = 0; i < 6; i++)
        NEED(cov.cg[i], "constant generator #%d", (int16_t)cg_values[i]);
    NEED(cov.sr_src, "SR source");
    NEED(cov.sp_src, "SP source");
    NEED(cov.sr_ops, "SR flag operation");
#undef NEED
    if (verbose) {
        printf("coverage:");
        for (int op = 0; op < OPS_I; op++)
            printf(" %s %lu/%lu", op1_name[op], cov.op1[op][0], cov.op1[op][1]);
        for (int op = 0; op < OPS_II; op++)
            printf(" %s %lu/%lu", op2_name[op], cov.op2[op][0], cov.op2[op][1]);
        for (int c = 0; c < 8; c++)
            printf(" %s %lu", jcc_name[c], cov.jcc[c]);
        printf("\n  source modes:");
        for (int m = 0; m < M_COUNT; m++)
            printf(" %s %lu", mode_name[m], cov.src[m]);
        printf("\n  destination modes:");
        for (int m = 0; m < M_COUNT; m++)
            if (cov.dst[m])
                printf(" %s %lu", mode_name[m], cov.dst[m]);
        printf("\n  format II modes:");
        for (int m = 0; m < M_COUNT; m++)
            printf(" %s %lu", mode_name[m], cov.op2_mode[m]);
        printf("\n  constants:");
        for (int i = 0; i < 6; i++)
            printf(" #%d %lu", (int16_t)cg_values[i], cov.cg[i]);
        printf("; SR sources %lu, SP sources %lu, SR flag ops %lu\n", cov.sr_src, cov.sp_src, cov.sr_ops);
    }
    return missing;
}

/* ---- main --------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr, "usage: diff_mspdebug [--programs N] [--seed S] [--first I] [--batch B]\n"
                    "                     [--keep DIR] [--mspdebug PATH] [--verbose]\n");
    exit(2);
}


int main(int argc, char **argv)
{
    long nprog = 1000, batch = 100, first = 0;
    uint64_t seed = 1;
    const char *keep = NULL, *exe = "mspdebug";
    int verbose = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--verbose")) {
            verbose = 1;
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
        else if (!strcmp(a, "--mspdebug"))
            exe = v;
        else
            usage();
    }
    if (nprog < 1 || batch < 1 || first < 0)
        usage();

    char dir[4096];
    if (work_dir("diff_mspdebug", keep, dir, sizeof dir) != 0)
        return 2;
    if (strpbrk(dir, " \t\"'\\")) { /* mspdebug splits its command lines at blanks */
        fprintf(stderr, "diff_mspdebug: directory name '%s' has blanks or quotes\n", dir);
        return 2;
    }

    double t0 = now_s();
    struct program *progs = calloc((size_t)batch, sizeof *progs);
    struct state *fe = calloc((size_t)batch, sizeof *fe), *md = calloc((size_t)batch, sizeof *md);
    struct ferro_machine **mach = calloc((size_t)batch, sizeof *mach);
    if (!progs || !fe || !md || !mach) {
        fprintf(stderr, "diff_mspdebug: out of memory\n");
        return 2;
    }
    unsigned long executed = 0, generated = 0;
    long mismatches = 0;
    char path[4200], cmds[4200], out[4200];
    for (long base = 0; base < nprog; base += batch) {
        int n = (int)(nprog - base < batch ? nprog - base : batch);
        snprintf(cmds, sizeof cmds, "%s/batch%ld.cmd", dir, base / batch);
        snprintf(out, sizeof out, "%s/batch%ld.out", dir, base / batch);
        FILE *cf = fopen(cmds, "w");
        if (!cf) {
            fprintf(stderr, "diff_mspdebug: %s: %s\n", cmds, strerror(errno));
            return 2;
        }
        for (int i = 0; i < n; i++) {
            generate(&progs[i], seed, (uint32_t)(first + base + i));
            generated += (unsigned long)progs[i].n;
            snprintf(path, sizeof path, "%s/prog%05ld.elf", dir, first + base + i);
            if (write_elf(path, &progs[i]) != 0) {
                fprintf(stderr, "diff_mspdebug: cannot write %s\n", path);
                return 2;
            }
            /* Each instruction runs at most once (jumps go forward): n steps reach
             * the halt, and stepping a CPUOFF CPU does nothing.  A program that has
             * not halted after them is reported, never waited for. */
            fprintf(cf, "prog %s\nreset\nstep %d\nmd 0x%x %u\nmd 0x%x %u\n", path, progs[i].n + 4,
                    SDATA_BASE, SDATA_SIZE + STACK_SIZE, FDATA_BASE, FDATA_SIZE);
        }
        fclose(cf);
        pid_t pid = spawn_mspdebug(exe, cmds, out);
        if (pid < 0) {
            fprintf(stderr, "diff_mspdebug: fork: %s\n", strerror(errno));
            return 2;
        }
        /* Ferro runs while mspdebug works on the same batch. */
        for (int i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/prog%05ld.elf", dir, first + base + i);
            run_ferro(path, &progs[i], &fe[i], &mach[i], &executed);
        }
        int rc = wait_child(pid, 60.0);
        memset(md, 0, sizeof *md * (size_t)batch);
        if (rc == 127 || rc == 126) {
            fprintf(stderr, "diff_mspdebug: cannot run %s\n", exe);
            return 2;
        }
        if (rc == -2)
            fprintf(stderr, "diff_mspdebug: mspdebug timed out on batch %ld (killed)\n", base / batch);
        parse_mspdebug(out, md, n);
        for (int i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/prog%05ld.elf", dir, first + base + i);
            mismatches += compare(seed, (int)(first + base + i), keep ? path : NULL, &progs[i], &fe[i], &md[i], mach[i]);
            ferro_free(mach[i]);
            mach[i] = NULL;
            if (!keep)
                unlink(path);
        }
        if (!keep) {
            unlink(cmds);
            unlink(out);
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
    free(md);
    free(mach);
    return mismatches || missing ? 1 : 0;
}
