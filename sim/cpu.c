/* CPUXV2 instruction semantics (SLAU367P chapter 4).
 *
 * This file says what an instruction does: registers, flags, memory traffic.  It
 * never counts cycles; it fills a struct ferro_exec with the form, modes, width
 * and repeat count, and the cost model (costmodel/cycles.c) prices that. */
#include "machine.h"

#define MASK20 0xFFFFFu

static const uint32_t width_mask[3] = {0xFFu, 0xFFFFu, 0xFFFFFu};
static const uint32_t width_sign[3] = {0x80u, 0x8000u, 0x80000u};

/* Instruction stream: fetch the word at PC and advance PC. */
static inline __attribute__((always_inline)) uint16_t fetch(struct ferro_machine *m)
{
    uint16_t w = ferro_fetch16(m, m->r[0]);
    m->r[0] = (m->r[0] + 2) & MASK20;
    m->cur->words++;
    return w;
}

static uint32_t sext16(uint16_t x) { return (uint32_t)(int32_t)(int16_t)x & MASK20; }

/* Indexed/symbolic address of an MSP430 (non-extended) instruction: a base in the
 * lower 64 KB wraps in 16 bits, a base above it adds the sign-extended index in
 * 20 bits (SLAU367P 4.4.2 and 4.4.3). */
static uint32_t index16(uint32_t base, uint16_t x)
{
    if (base < 0x10000u)
        return (base + x) & 0xFFFFu;
    return (base + sext16(x)) & MASK20;
}

static uint32_t read_w(struct ferro_machine *m, uint32_t addr, int width)
{
    switch (width) {
    case W_BYTE: return ferro_read8(m, addr);
    case W_WORD: return ferro_read16(m, addr);
    default: {
        /* A 20-bit operand is two words: bits 15:0, then bits 19:16 (SLAU367P 4.4). */
        uint32_t lo = ferro_read16(m, addr);
        return lo | (uint32_t)(ferro_read16(m, addr + 2) & 0xFu) << 16;
    }
    }
}

static void write_w(struct ferro_machine *m, uint32_t addr, int width, uint32_t v)
{
    switch (width) {
    case W_BYTE: ferro_write8(m, addr, (uint8_t)v); break;
    case W_WORD: ferro_write16(m, addr, (uint16_t)v); break;
    default:
        ferro_write16(m, addr, (uint16_t)v);
        ferro_write16(m, addr + 2, (uint16_t)((v >> 16) & 0xFu));
        break;
    }
}

/* Register write: a byte result clears bits 19:8, a word result bits 19:16
 * (SLAU367P 4.3.4); PC and SP are always even; R3 is the constant generator. */
static void reg_write(struct ferro_machine *m, unsigned reg, uint32_t v, int width)
{
    v &= width_mask[width];
    if (reg == 3)
        return;
    if (reg <= 1)
        v &= ~1u;
    m->r[reg] = v;
}

static void push16(struct ferro_machine *m, uint16_t v)
{
    m->r[1] = (m->r[1] - 2) & MASK20;
    ferro_write16(m, m->r[1], v);
}

static uint16_t pop16(struct ferro_machine *m)
{
    uint16_t v = ferro_read16(m, m->r[1]);
    m->r[1] = (m->r[1] + 2) & MASK20;
    return v;
}

/* A 20-bit value on the stack: bits 19:16 at the higher word, 15:0 below it,
 * as CALLA and PUSHM.A leave it (SLAU367P 4.6.3 CALLA, PUSHM). */
static void push20(struct ferro_machine *m, uint32_t v)
{
    push16(m, (uint16_t)((v >> 16) & 0xFu));
    push16(m, (uint16_t)v);
}

static uint32_t pop20(struct ferro_machine *m)
{
    uint32_t lo = pop16(m);
    return lo | (uint32_t)(pop16(m) & 0xFu) << 16;
}

/* ---- operands ---------------------------------------------------------- */

struct operand {
    uint8_t mode, reg;
    uint32_t addr; /* memory operands */
    uint32_t val;  /* constant generator and immediate */
};

/* Decode an As/register pair (the source of Format I, the operand of Format II).
 * `ext` is set behind an extension word, whose bits 19:16 are `hi`. */
static void resolve_src(struct ferro_machine *m, struct operand *o, unsigned as, unsigned reg,
                        int width, int ext, uint32_t hi)
{
    o->reg = (uint8_t)reg;
    switch (as) {
    case 0:
        o->mode = reg == 3 ? AM_CG : AM_REG;
        o->val = 0;
        break;
    case 1:
        if (reg == 3) {
            o->mode = AM_CG;
            o->val = 1;
            break;
        }
        {
            uint32_t base = reg == 2 ? 0 : m->r[reg]; /* PC: the address of the index word */
            uint16_t x = fetch(m);
            o->mode = reg == 0 ? AM_SYM : reg == 2 ? AM_ABS : AM_IDX;
            if (ext)
                o->addr = (base + (hi << 16 | x)) & MASK20;
            else
                o->addr = reg == 2 ? x : index16(base, x);
        }
        break;
    case 2:
        if (reg == 2 || reg == 3) {
            o->mode = AM_CG;
            o->val = reg == 2 ? 4 : 2;
            break;
        }
        o->mode = AM_IND;
        o->addr = m->r[reg];
        break;
    default:
        if (reg == 2 || reg == 3) {
            o->mode = AM_CG;
            o->val = reg == 2 ? 8 : width_mask[width]; /* #8, #-1 */
            break;
        }
        if (reg == 0) {
            uint16_t x = fetch(m);
            o->mode = AM_IMM;
            o->val = ext ? (hi << 16 | x) : x;
            break;
        }
        o->mode = AM_INC;
        o->addr = m->r[reg];
        {
            /* Byte steps of SP and PC stay word-aligned; .A steps by 4. */
            uint32_t step = width == W_BYTE ? (reg == 1 ? 2u : 1u) : width == W_WORD ? 2u : 4u;
            m->r[reg] = (m->r[reg] + step) & MASK20;
        }
        break;
    }
}

static void resolve_dst(struct ferro_machine *m, struct operand *o, unsigned ad, unsigned reg,
                        int ext, uint32_t hi)
{
    o->reg = (uint8_t)reg;
    if (!ad) {
        o->mode = AM_REG;
        return;
    }
    uint32_t base = reg == 2 ? 0 : m->r[reg];
    uint16_t x = fetch(m);
    o->mode = reg == 0 ? AM_SYM : reg == 2 ? AM_ABS : AM_IDX;
    if (ext)
        o->addr = (base + (hi << 16 | x)) & MASK20;
    else
        o->addr = reg == 2 ? x : index16(base, x);
}

static uint32_t operand_read(struct ferro_machine *m, const struct operand *o, int width)
{
    switch (o->mode) {
    case AM_REG: return m->r[o->reg] & width_mask[width];
    case AM_CG:
    case AM_IMM: return o->val & width_mask[width];
    default: return read_w(m, o->addr, width);
    }
}

static void operand_write(struct ferro_machine *m, const struct operand *o, int width, uint32_t v)
{
    switch (o->mode) {
    case AM_REG: reg_write(m, o->reg, v, width); break;
    case AM_CG:
    case AM_IMM: break; /* a constant is not a location */
    default: write_w(m, o->addr, width, v); break;
    }
}

/* ---- ALU --------------------------------------------------------------- */

static void set_flags(struct ferro_machine *m, uint32_t flags)
{
    m->r[2] = (m->r[2] & ~(uint32_t)(SR_C | SR_Z | SR_N | SR_V)) | flags;
}

static uint32_t nz_flags(uint32_t r, int width)
{
    return (r == 0 ? SR_Z : 0) | (r & width_sign[width] ? SR_N : 0);
}

/* a + b + carry with the SR flags of ADD/ADDC/SUB/SUBC/CMP (SLAU367P 4.6). */
static uint32_t alu_add(struct ferro_machine *m, uint32_t a, uint32_t b, uint32_t carry, int width)
{
    uint32_t mask = width_mask[width], sign = width_sign[width];
    uint32_t sum = a + b + carry; /* at most 21 bits */
    uint32_t r = sum & mask;
    uint32_t f = nz_flags(r, width);
    if (sum > mask)
        f |= SR_C;
    if (~(a ^ b) & (a ^ r) & sign)
        f |= SR_V;
    set_flags(m, f);
    return r;
}

/* Decimal add of 2, 4 or 5 BCD digits; V is undefined by the user's guide and
 * left unchanged here. */
static uint32_t alu_dadd(struct ferro_machine *m, uint32_t s, uint32_t d, uint32_t carry, int width)
{
    int digits = width == W_BYTE ? 2 : width == W_WORD ? 4 : 5;
    uint32_t r = 0;
    for (int i = 0; i < digits; i++) {
        uint32_t t = ((s >> (4 * i)) & 0xF) + ((d >> (4 * i)) & 0xF) + carry;
        carry = t > 9;
        if (carry)
            t -= 10;
        r |= (t & 0xF) << (4 * i);
    }
    uint32_t f = nz_flags(r, width) | (carry ? SR_C : 0) | (m->r[2] & SR_V);
    set_flags(m, f);
    return r;
}

/* Width of a Format I/II instruction from B/W and, behind an extension word, A/L
 * (SLAU367P table 4-12): A/L=1 B/W=0 .W, A/L=1 B/W=1 .B, A/L=0 B/W=1 .A. */
static int width_of(unsigned bw, int ext, uint16_t xw, int *ok)
{
    *ok = 1;
    if (!ext)
        return bw ? W_BYTE : W_WORD;
    if (xw & 0x40)
        return bw ? W_BYTE : W_WORD;
    if (!bw)
        *ok = 0; /* A/L=0 B/W=0 is reserved */
    return W_ADDR;
}

static void illegal(struct ferro_machine *m, struct ferro_exec *e, uint16_t w)
{
    e->op = OP_ILLEGAL;
    ferro_fault(m, FAULT_ILLEGAL_OPCODE, e->pc, "illegal instruction 0x%04x", w);
}

/* Repeat count of a register-mode instruction behind an extension word:
 * bit 7 (#) selects Rn[3:0]+1 or the immediate n-1 field +1 (SLAU367P 4.5.2.3). */
static unsigned repeat_count(const struct ferro_machine *m, uint16_t xw)
{
    return (xw & 0x80) ? (m->r[xw & 0xF] & 0xFu) + 1 : (xw & 0xFu) + 1u;
}

static void exec_format1(struct ferro_machine *m, struct ferro_exec *e, uint16_t w, int ext,
                         uint16_t xw)
{
    unsigned as = (w >> 4) & 3, ad = (w >> 7) & 1, rs = (w >> 8) & 0xF, rd = w & 0xF;
    int ok, width = width_of((w >> 6) & 1, ext, xw, &ok);
    if (!ok)
        return illegal(m, e, w);
    int regmode = ext && as == 0 && ad == 0;
    unsigned reps = regmode ? repeat_count(m, xw) : 1;
    int zc = regmode && (xw & 0x100);
    uint32_t src_hi = regmode ? 0 : (xw >> 7) & 0xF, dst_hi = regmode ? 0 : xw & 0xF;

    struct operand s, d;
    resolve_src(m, &s, as, rs, width, ext, src_hi);
    resolve_dst(m, &d, ad, rd, ext, dst_hi);
    e->width = (uint8_t)width;
    e->src_mode = s.mode, e->src_reg = (uint8_t)rs;
    e->dst_mode = d.mode, e->dst_reg = (uint8_t)rd;
    e->n = (uint8_t)reps;
    e->repeated = regmode && (reps > 1 || (xw & 0x80));
    if (m->state == FERRO_FAULT)
        return;

    uint32_t mask = width_mask[width];
    for (unsigned i = 0; i < reps; i++) {
        uint32_t sv = operand_read(m, &s, width);
        uint32_t dv = e->op == OP_MOV ? 0 : operand_read(m, &d, width);
        uint32_t carry = zc ? 0 : (m->r[2] & SR_C);
        uint32_t r;
        switch (e->op) {
        case OP_MOV: r = sv; break;
        case OP_ADD: r = alu_add(m, sv, dv, 0, width); break;
        case OP_ADDC: r = alu_add(m, sv, dv, carry, width); break;
        case OP_SUB:
        case OP_CMP: r = alu_add(m, ~sv & mask, dv, 1, width); break;
        case OP_SUBC: r = alu_add(m, ~sv & mask, dv, carry, width); break;
        case OP_DADD: r = alu_dadd(m, sv, dv, carry, width); break;
        case OP_BIC: r = dv & ~sv & mask; break;
        case OP_BIS: r = dv | sv; break;
        case OP_XOR:
            r = sv ^ dv;
            set_flags(m, nz_flags(r, width) | (r ? SR_C : 0) |
                             ((sv & dv & width_sign[width]) ? SR_V : 0));
            break;
        default: /* AND, BIT */
            r = sv & dv;
            set_flags(m, nz_flags(r, width) | (r ? SR_C : 0));
            break;
        }
        if (e->op != OP_CMP && e->op != OP_BIT)
            operand_write(m, &d, width, r);
    }
}

static void exec_format2(struct ferro_machine *m, struct ferro_exec *e, uint16_t w, int ext,
                         uint16_t xw)
{
    unsigned as = (w >> 4) & 3, bw = (w >> 6) & 1, rd = w & 0xF;
    int ok, width;
    if (e->op == OP_SWPB || e->op == OP_SXT) {
        /* No byte form; behind an extension word A/L=0 selects .A (SLAU367P SWPBX, SXTX). */
        ok = !bw;
        width = ext && !(xw & 0x40) ? W_ADDR : W_WORD;
    } else {
        width = width_of(bw, ext, xw, &ok);
    }
    if (!ok || (ext && e->op == OP_CALL))
        return illegal(m, e, w);
    int regmode = ext && as == 0;
    unsigned reps = regmode ? repeat_count(m, xw) : 1;
    int zc = regmode && (xw & 0x100);

    struct operand o;
    /* The single operand is addressed by As, a source mode, and takes its bits
     * 19:16 from the source field (10:7): SLAU367P table 4-12 lets only that field
     * hold an immediate (PUSHX.A #imm20); binutils encodes every Format II
     * operand so, and GDB's simulator decodes it so (tests/diff_gdbsim.c). */
    resolve_src(m, &o, as, rd, width, ext, regmode ? 0 : (xw >> 7) & 0xF);
    e->width = (uint8_t)width;
    e->dst_mode = o.mode, e->dst_reg = (uint8_t)rd;
    e->n = (uint8_t)reps;
    e->repeated = regmode && (reps > 1 || (xw & 0x80));
    if (m->state == FERRO_FAULT)
        return;

    uint32_t mask = width_mask[width], sign = width_sign[width];
    switch (e->op) {
    case OP_PUSH: {
        uint32_t v = operand_read(m, &o, width);
        if (width == W_ADDR) {
            push20(m, v);
        } else {
            m->r[1] = (m->r[1] - 2) & MASK20;
            write_w(m, m->r[1], width, v);
        }
        return;
    }
    case OP_CALL: {
        uint32_t target = operand_read(m, &o, W_WORD);
        push16(m, (uint16_t)m->r[0]);
        m->r[0] = target & 0xFFFEu;
        return;
    }
    default: break;
    }
    for (unsigned i = 0; i < reps; i++) {
        uint32_t v = operand_read(m, &o, width), r;
        uint32_t carry = zc ? 0 : (m->r[2] & SR_C);
        int wr_width = width;
        switch (e->op) {
        case OP_RRC:
            r = (v >> 1) | (carry ? sign : 0);
            set_flags(m, nz_flags(r, width) | (v & 1 ? SR_C : 0));
            break;
        case OP_RRA:
            r = (v >> 1) | (v & sign);
            set_flags(m, nz_flags(r, width) | (v & 1 ? SR_C : 0));
            break;
        case OP_SWPB:
            /* Bytes 0 and 1 swap; in .A bits 19:16 are kept (SLAU367P SWPBX). */
            r = (v & 0xF0000u) | (v & 0xFFu) << 8 | (v >> 8 & 0xFFu);
            break;
        default: /* SXT */
            r = (v & 0x80u) ? (v | (mask & ~0xFFu)) : (v & 0xFFu);
            set_flags(m, nz_flags(r, width) | (r ? SR_C : 0));
            /* Register mode extends bit 7 into Rdst.19:8 in every width
             * (SLAU367P SXT, SXTX). */
            if (o.mode == AM_REG) {
                r |= (v & 0x80u) ? 0xFFF00u : 0;
                wr_width = W_ADDR;
            }
            break;
        }
        operand_write(m, &o, wr_width, r);
    }
}

static void exec_calla(struct ferro_machine *m, struct ferro_exec *e, uint16_t w)
{
    unsigned rd = w & 0xF;
    uint32_t target;
    e->width = W_ADDR;
    e->dst_reg = (uint8_t)rd;
    switch (e->op) {
    case OP_CALLA_REG:
        e->dst_mode = AM_REG;
        target = m->r[rd];
        break;
    case OP_CALLA_IDX: {
        e->dst_mode = AM_IDX;
        uint32_t base = m->r[rd];
        target = read_w(m, (base + sext16(fetch(m))) & MASK20, W_ADDR);
        break;
    }
    case OP_CALLA_IND:
        e->dst_mode = AM_IND;
        target = read_w(m, m->r[rd], W_ADDR);
        break;
    case OP_CALLA_INC:
        e->dst_mode = AM_INC;
        target = read_w(m, m->r[rd], W_ADDR);
        m->r[rd] = (m->r[rd] + 4) & MASK20;
        break;
    case OP_CALLA_ABS:
        e->dst_mode = AM_ABS;
        target = read_w(m, (uint32_t)rd << 16 | fetch(m), W_ADDR);
        break;
    case OP_CALLA_SYM: {
        e->dst_mode = AM_SYM;
        uint32_t base = m->r[0];
        target = read_w(m, (base + ((uint32_t)rd << 16 | fetch(m))) & MASK20, W_ADDR);
        break;
    }
    default:
        e->dst_mode = AM_IMM;
        target = (uint32_t)rd << 16 | fetch(m);
        break;
    }
    if (m->state == FERRO_FAULT)
        return;
    push20(m, m->r[0]);
    m->r[0] = target & 0xFFFFEu;
}

static void exec_pushm(struct ferro_machine *m, struct ferro_exec *e, uint16_t w)
{
    unsigned n = ((w >> 4) & 0xF) + 1, reg = w & 0xF;
    e->n = (uint8_t)n;
    e->dst_mode = AM_REG, e->dst_reg = (uint8_t)reg;
    switch (e->op) {
    case OP_PUSHM_A: /* registers Rdst down to Rdst-n+1 */
        e->width = W_ADDR;
        for (unsigned i = 0; i < n; i++)
            push20(m, m->r[(reg - i) & 0xF]);
        break;
    case OP_PUSHM_W:
        e->width = W_WORD;
        for (unsigned i = 0; i < n; i++)
            push16(m, (uint16_t)m->r[(reg - i) & 0xF]);
        break;
    case OP_POPM_A: /* the field holds the lowest register, Rdst-n+1 */
        e->width = W_ADDR;
        for (unsigned i = 0; i < n; i++) {
            uint32_t v = pop20(m);
            reg_write(m, (reg + i) & 0xF, v, W_ADDR);
        }
        break;
    default:
        e->width = W_WORD;
        for (unsigned i = 0; i < n; i++) {
            uint32_t v = pop16(m);
            reg_write(m, (reg + i) & 0xF, v, W_WORD);
        }
        break;
    }
}

static void exec_rotm(struct ferro_machine *m, struct ferro_exec *e, uint16_t w)
{
    unsigned n = ((w >> 10) & 3) + 1, reg = w & 0xF;
    int width = (w & 0x10) ? W_WORD : W_ADDR;
    uint32_t mask = width_mask[width], sign = width_sign[width];
    uint32_t v = m->r[reg] & mask, c = m->r[2] & SR_C;
    e->n = (uint8_t)n, e->width = (uint8_t)width;
    e->dst_mode = AM_REG, e->dst_reg = (uint8_t)reg;
    for (unsigned i = 0; i < n; i++) {
        uint32_t out;
        switch (e->op) {
        case OP_RRCM: out = v & 1; v = (v >> 1) | (c ? sign : 0); break;
        case OP_RRAM: out = v & 1; v = (v >> 1) | (v & sign); break;
        case OP_RLAM: out = (v & sign) != 0; v = (v << 1) & mask; break;
        default: out = v & 1; v >>= 1; break; /* RRUM */
        }
        c = out;
    }
    /* V is cleared by the right shifts and undefined for RLAM; we clear it. */
    set_flags(m, nz_flags(v, width) | (c ? SR_C : 0));
    reg_write(m, reg, v, width);
}

static void exec_address(struct ferro_machine *m, struct ferro_exec *e, uint16_t w)
{
    unsigned rs = (w >> 8) & 0xF, rd = w & 0xF;
    uint32_t v = 0, a;
    e->width = W_ADDR;
    e->src_reg = (uint8_t)rs, e->dst_reg = (uint8_t)rd;
    e->src_mode = AM_REG, e->dst_mode = AM_REG;
    switch (e->op) {
    case OP_MOVA_IND:
        e->src_mode = AM_IND;
        v = read_w(m, m->r[rs], W_ADDR);
        break;
    case OP_MOVA_INC:
        e->src_mode = AM_INC;
        v = read_w(m, m->r[rs], W_ADDR);
        m->r[rs] = (m->r[rs] + 4) & MASK20;
        break;
    case OP_MOVA_ABS:
        e->src_mode = AM_ABS;
        v = read_w(m, (uint32_t)rs << 16 | fetch(m), W_ADDR);
        break;
    case OP_MOVA_IDX:
        e->src_mode = rs == 0 ? AM_SYM : AM_IDX;
        a = m->r[rs];
        v = read_w(m, (a + sext16(fetch(m))) & MASK20, W_ADDR);
        break;
    case OP_MOVA_TOABS:
        e->dst_mode = AM_ABS;
        a = (uint32_t)rd << 16 | fetch(m);
        write_w(m, a, W_ADDR, m->r[rs]);
        return;
    case OP_MOVA_TOIDX:
        e->dst_mode = rd == 0 ? AM_SYM : AM_IDX;
        a = m->r[rd];
        a = (a + sext16(fetch(m))) & MASK20;
        write_w(m, a, W_ADDR, m->r[rs]);
        return;
    case OP_MOVA_IMM:
    case OP_CMPA_IMM:
    case OP_ADDA_IMM:
    case OP_SUBA_IMM:
        e->src_mode = AM_IMM;
        v = (uint32_t)rs << 16 | fetch(m);
        break;
    default: /* register source */
        v = m->r[rs];
        break;
    }
    if (m->state == FERRO_FAULT)
        return;
    switch (e->op) {
    case OP_CMPA_IMM:
    case OP_CMPA_REG: alu_add(m, ~v & MASK20, m->r[rd], 1, W_ADDR); return;
    case OP_ADDA_IMM:
    case OP_ADDA_REG: v = alu_add(m, v, m->r[rd], 0, W_ADDR); break;
    case OP_SUBA_IMM:
    case OP_SUBA_REG: v = alu_add(m, ~v & MASK20, m->r[rd], 1, W_ADDR); break;
    default: break;
    }
    reg_write(m, rd, v, W_ADDR);
}

static void exec_jump(struct ferro_machine *m, struct ferro_exec *e, uint16_t w)
{
    uint32_t sr = m->r[2];
    int n = !!(sr & SR_N), v = !!(sr & SR_V), take;
    switch (e->op) {
    case OP_JNE: take = !(sr & SR_Z); break;
    case OP_JEQ: take = !!(sr & SR_Z); break;
    case OP_JNC: take = !(sr & SR_C); break;
    case OP_JC: take = !!(sr & SR_C); break;
    case OP_JN: take = n; break;
    case OP_JGE: take = n == v; break;
    case OP_JL: take = n != v; break;
    default: take = 1; break;
    }
    if (take) {
        int32_t off = (int32_t)((w & 0x3FF) ^ 0x200) - 0x200;
        m->r[0] = (m->r[0] + (uint32_t)(off * 2)) & MASK20;
    }
}

static void exec_reti(struct ferro_machine *m)
{
    uint16_t sr = pop16(m);
    uint32_t pc = pop16(m);
    /* Bits 15:12 of the stacked SR word hold PC bits 19:16 (SLAU367P 4.2.1). */
    m->r[2] = sr & 0x0FFFu;
    m->r[0] = (pc | (uint32_t)(sr >> 12) << 16) & 0xFFFFEu;
}

void ferro_cpu_execute(struct ferro_machine *m, struct ferro_exec *e)
{
    e->pc = m->r[0];
    uint16_t w = fetch(m);
    if (m->state == FERRO_FAULT)
        return;
    enum ferro_op op = ferro_isa_decode(w);
    uint16_t xw = 0;
    int ext = 0;
    if (op == OP_EXT) {
        xw = w;
        ext = 1;
        w = fetch(m);
        if (m->state == FERRO_FAULT)
            return;
        op = ferro_isa_decode(w);
        e->ext = 1;
        e->ext_word = xw;
    }
    e->op = (uint16_t)op;
    e->word = w;
    switch (ferro_isa[op].form) {
    case FORM_I: exec_format1(m, e, w, ext, xw); return;
    case FORM_II: exec_format2(m, e, w, ext, xw); return;
    default: break;
    }
    if (ext) /* only Format I and II instructions take an extension word */
        return illegal(m, e, w);
    switch (ferro_isa[op].form) {
    case FORM_JUMP: exec_jump(m, e, w); break;
    case FORM_CALLA: exec_calla(m, e, w); break;
    case FORM_PUSHM: exec_pushm(m, e, w); break;
    case FORM_ROTM: exec_rotm(m, e, w); break;
    case FORM_ADDR: exec_address(m, e, w); break;
    default:
        if (op == OP_RETI)
            exec_reti(m);
        else
            illegal(m, e, w);
        break;
    }
}

/* Interrupt acceptance on CPUX (SLAU367P 4.2.1 / 1.3.4.1): push PC[15:0], then
 * PC[19:16] in bits 15:12 of the stacked SR word; clear SR except SCG0; load PC
 * from the 16-bit vector. */
void ferro_cpu_interrupt(struct ferro_machine *m, struct ferro_exec *e, int slot)
{
    uint32_t pc = m->r[0];
    e->pc = pc;
    e->event = EV_IRQ;
    e->vector = (uint16_t)(0xFF80 + 2 * slot);
    push16(m, (uint16_t)pc);
    push16(m, (uint16_t)(((pc >> 16) & 0xFu) << 12 | (m->r[2] & 0x0FFFu)));
    m->r[2] &= SR_SCG0;
    m->r[0] = ferro_read16(m, e->vector) & 0xFFFEu;
}
