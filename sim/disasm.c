/* Disassembler driven by the same opcode table as the CPU.  It reads memory
 * without side effects, so it can run on a live machine. */
#include "disasm.h"

#include <stdio.h>
#include <string.h>

struct cursor {
    const struct ferro_machine *m;
    uint32_t pc; /* address of the next word */
};

static uint16_t next(struct cursor *c)
{
    uint16_t w = ferro_peek16(c->m, c->pc);
    c->pc = (c->pc + 2) & 0xFFFFFu;
    return w;
}

static const char *reg_name(unsigned r)
{
    static const char *const names[16] = {"pc", "sp", "sr", "r3", "r4", "r5", "r6", "r7",
                                          "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};
    return names[r & 15];
}

/* Address with its symbol, e.g. "0x04412 <main+0x6>". */
static void addr_text(const struct ferro_image *img, uint32_t a, char *out, size_t n)
{
    const struct ferro_symbol *s = img ? ferro_symbol_at(img, a) : NULL;
    if (!s)
        snprintf(out, n, "0x%05x", a);
    else if (s->addr == a)
        snprintf(out, n, "0x%05x <%s>", a, s->name);
    else
        snprintf(out, n, "0x%05x <%s+0x%x>", a, s->name, a - s->addr);
}

static int32_t sext16(uint16_t x) { return (int16_t)x; }

/* Source-style operand (As addressing). */
static void src_text(struct cursor *c, unsigned as, unsigned reg, int ext, uint32_t hi, int width,
                     char *out, size_t n)
{
    uint32_t x;
    switch (as) {
    case 0:
        snprintf(out, n, reg == 3 ? "#0" : "%s", reg_name(reg));
        return;
    case 1:
        if (reg == 3) {
            snprintf(out, n, "#1");
            return;
        }
        {
            uint32_t base = c->pc;
            x = next(c);
            if (ext)
                x |= hi << 16;
            if (reg == 2)
                snprintf(out, n, "&0x%05x", x);
            else if (reg == 0)
                snprintf(out, n, "0x%05x", (base + (ext ? x : (uint32_t)sext16((uint16_t)x))) & 0xFFFFFu);
            else
                snprintf(out, n, "%d(%s)", ext ? (int32_t)((x ^ 0x80000u) - 0x80000u) : sext16((uint16_t)x),
                         reg_name(reg));
        }
        return;
    case 2:
        if (reg == 2 || reg == 3)
            snprintf(out, n, "#%d", reg == 2 ? 4 : 2);
        else
            snprintf(out, n, "@%s", reg_name(reg));
        return;
    default:
        if (reg == 2 || reg == 3)
            snprintf(out, n, "#%d", reg == 2 ? 8 : -1);
        else if (reg == 0) {
            x = next(c);
            if (ext)
                x |= hi << 16;
            snprintf(out, n, width == W_BYTE ? "#0x%02x" : "#0x%04x", x);
        } else
            snprintf(out, n, "@%s+", reg_name(reg));
        return;
    }
}

static void dst_text(struct cursor *c, unsigned ad, unsigned reg, int ext, uint32_t hi, char *out,
                     size_t n)
{
    if (!ad)
        snprintf(out, n, "%s", reg_name(reg));
    else
        src_text(c, 1, reg == 3 ? 4 : reg, ext, hi, W_WORD, out, n); /* X(R3) prints as index */
    if (ad && reg == 3)
        snprintf(out + strlen(out) - 3, 4, "r3)");
}

/* Constant the source operand denotes (constant generator or #imm), or -2. */
static long source_constant(const struct ferro_machine *m, uint32_t pc, unsigned as, unsigned rs)
{
    if (rs == 3)
        return as == 0 ? 0 : as == 1 ? 1 : as == 2 ? 2 : -1;
    if (rs == 2 && as >= 2)
        return as == 2 ? 4 : 8;
    if (rs == 0 && as == 3)
        return ferro_peek16(m, pc);
    return -2;
}

/* The emulated instructions of the user's guide (SLAU367P table 4-6), as
 * assemblers and llvm-objdump print them.  *operand says what the alias keeps:
 * 0 nothing, 1 the destination, 2 the source.  Returns NULL when none applies. */
static const char *emulated(enum ferro_op op, unsigned as, unsigned rs, unsigned ad, unsigned rd,
                            long k, int *operand)
{
    int to_sr = ad == 0 && rd == 2, self = as == 0 && ad == 0 && rs == rd;
    *operand = 1;
    switch (op) {
    case OP_MOV:
        if (as == 3 && rs == 1)
            return ad == 0 && rd == 0 ? (*operand = 0, "ret") : "pop";
        if (ad == 0 && rd == 0)
            return *operand = 2, "br";
        if (k == 0)
            return ad == 0 && rd == 3 ? (*operand = 0, "nop") : "clr";
        return NULL;
    case OP_ADD: return k == 1 ? "inc" : k == 2 ? "incd" : self ? "rla" : NULL;
    case OP_ADDC: return k == 0 ? "adc" : self ? "rlc" : NULL;
    case OP_SUB: return k == 1 ? "dec" : k == 2 ? "decd" : NULL;
    case OP_SUBC: return k == 0 ? "sbc" : NULL;
    case OP_DADD: return k == 0 ? "dadc" : NULL;
    case OP_CMP: return k == 0 ? "tst" : NULL;
    case OP_XOR: return k == -1 ? "inv" : NULL;
    case OP_BIC:
    case OP_BIS:
        if (!to_sr)
            return NULL;
        *operand = 0;
        if (op == OP_BIC)
            return k == 1 ? "clrc" : k == 2 ? "clrz" : k == 4 ? "clrn" : k == 8 ? "dint" : NULL;
        return k == 1 ? "setc" : k == 2 ? "setz" : k == 4 ? "setn" : k == 8 ? "eint" : NULL;
    default: return NULL;
    }
}

static const char *suffix(int width, int ext)
{
    if (width == W_ADDR)
        return ".a";
    if (width == W_BYTE)
        return ".b";
    return ext ? ".w" : "";
}

int ferro_disasm(const struct ferro_machine *m, const struct ferro_image *img, uint32_t addr,
                 char *out, size_t n)
{
    struct cursor c = {m, addr & 0xFFFFEu};
    uint16_t w = next(&c), xw = 0;
    enum ferro_op op = ferro_isa_decode(w);
    int ext = 0;
    char rpt[24] = "";
    if (op == OP_EXT) {
        ext = 1;
        xw = w;
        w = next(&c);
        op = ferro_isa_decode(w);
    }
    const struct ferro_isa_info *info = &ferro_isa[op];
    char a[96], b[96], t[80];
    switch (info->form) {
    case FORM_I: {
        unsigned as = (w >> 4) & 3, ad = (w >> 7) & 1, bw = (w >> 6) & 1;
        int regmode = ext && as == 0 && ad == 0;
        int width = ext && !(xw & 0x40) ? W_ADDR : bw ? W_BYTE : W_WORD;
        if (regmode && (xw & 0x80))
            snprintf(rpt, sizeof rpt, "rpt %s { ", reg_name(xw & 0xF));
        else if (regmode && (xw & 0xF))
            snprintf(rpt, sizeof rpt, "rpt #%u { ", (xw & 0xF) + 1);
        int keep = 0;
        const char *alias = NULL;
        if (!ext)
            alias = emulated(op, as, (w >> 8) & 0xF, ad, w & 0xF,
                             source_constant(m, c.pc, as, (w >> 8) & 0xF), &keep);
        src_text(&c, as, (w >> 8) & 0xF, ext, regmode ? 0 : (xw >> 7) & 0xF, width, a, sizeof a);
        dst_text(&c, ad, w & 0xF, ext, regmode ? 0 : xw & 0xF, b, sizeof b);
        if (alias) {
            if (keep)
                snprintf(out, n, "%s%s\t%s", alias, suffix(width, 0), keep == 2 ? a : b);
            else
                snprintf(out, n, "%s", alias);
            break;
        }
        snprintf(out, n, "%s%s%s%s%s\t%s, %s", rpt, regmode && (xw & 0x100) ? "zc " : "", info->mnemonic,
                 ext ? "x" : "", suffix(width, ext), a, b);
        break;
    }
    case FORM_II: {
        unsigned as = (w >> 4) & 3, bw = (w >> 6) & 1, reg = w & 0xF;
        int regmode = ext && as == 0;
        int width = (op == OP_SWPB || op == OP_SXT) ? (ext && !(xw & 0x40) ? W_ADDR : W_WORD)
                    : ext && !(xw & 0x40) ? W_ADDR : bw ? W_BYTE : W_WORD;
        if (regmode && (xw & 0x80))
            snprintf(rpt, sizeof rpt, "rpt %s { ", reg_name(xw & 0xF));
        else if (regmode && (xw & 0xF))
            snprintf(rpt, sizeof rpt, "rpt #%u { ", (xw & 0xF) + 1);
        src_text(&c, as, reg, ext, regmode ? 0 : (xw >> 7) & 0xF, width, a, sizeof a); /* as cpu.c */
        const char *mn = info->mnemonic;
        if (op == OP_RRC && regmode && (xw & 0x100))
            mn = "rru";
        snprintf(out, n, "%s%s%s%s\t%s", rpt, mn, ext ? "x" : "", suffix(width, ext), a);
        break;
    }
    case FORM_JUMP: {
        int32_t off = (int32_t)((w & 0x3FF) ^ 0x200) - 0x200;
        addr_text(img, (c.pc + (uint32_t)(off * 2)) & 0xFFFFFu, t, sizeof t);
        snprintf(out, n, "%s\t%s", info->mnemonic, t);
        break;
    }
    case FORM_CALLA: {
        unsigned r = w & 0xF;
        uint32_t base = c.pc;
        switch (op) {
        case OP_CALLA_REG: snprintf(a, sizeof a, "%s", reg_name(r)); break;
        case OP_CALLA_IDX: snprintf(a, sizeof a, "%d(%s)", sext16(next(&c)), reg_name(r)); break;
        case OP_CALLA_IND: snprintf(a, sizeof a, "@%s", reg_name(r)); break;
        case OP_CALLA_INC: snprintf(a, sizeof a, "@%s+", reg_name(r)); break;
        case OP_CALLA_ABS: snprintf(a, sizeof a, "&0x%05x", r << 16 | next(&c)); break;
        case OP_CALLA_SYM: snprintf(a, sizeof a, "0x%05x", (base + (r << 16 | next(&c))) & 0xFFFFFu); break;
        default:
            addr_text(img, r << 16 | next(&c), t, sizeof t);
            snprintf(a, sizeof a, "#%s", t);
            break;
        }
        snprintf(out, n, "calla\t%s", a);
        break;
    }
    case FORM_PUSHM: {
        unsigned cnt = ((w >> 4) & 0xF) + 1, r = w & 0xF;
        if (op == OP_POPM_A || op == OP_POPM_W)
            r = (r + cnt - 1) & 0xF; /* the field holds the lowest register */
        snprintf(out, n, "%s\t#%u, %s", info->mnemonic, cnt, reg_name(r));
        break;
    }
    case FORM_ROTM:
        snprintf(out, n, "%s%s\t#%u, %s", info->mnemonic, (w & 0x10) ? ".w" : ".a", ((w >> 10) & 3) + 1,
                 reg_name(w & 0xF));
        break;
    case FORM_ADDR: {
        unsigned rs = (w >> 8) & 0xF, rd = w & 0xF;
        uint32_t base = c.pc;
        switch (op) {
        case OP_MOVA_IND: snprintf(a, sizeof a, "@%s", reg_name(rs)); snprintf(b, sizeof b, "%s", reg_name(rd)); break;
        case OP_MOVA_INC: snprintf(a, sizeof a, "@%s+", reg_name(rs)); snprintf(b, sizeof b, "%s", reg_name(rd)); break;
        case OP_MOVA_ABS: snprintf(a, sizeof a, "&0x%05x", rs << 16 | next(&c)); snprintf(b, sizeof b, "%s", reg_name(rd)); break;
        case OP_MOVA_IDX:
            if (rs == 0)
                snprintf(a, sizeof a, "0x%05x", (uint32_t)(base + (uint32_t)sext16(next(&c))) & 0xFFFFFu);
            else
                snprintf(a, sizeof a, "%d(%s)", sext16(next(&c)), reg_name(rs));
            snprintf(b, sizeof b, "%s", reg_name(rd));
            break;
        case OP_MOVA_TOABS: snprintf(a, sizeof a, "%s", reg_name(rs)); snprintf(b, sizeof b, "&0x%05x", rd << 16 | next(&c)); break;
        case OP_MOVA_TOIDX:
            snprintf(a, sizeof a, "%s", reg_name(rs));
            if (rd == 0) /* z16(PC): the symbolic destination, like the source case above */
                snprintf(b, sizeof b, "0x%05x", (uint32_t)(base + (uint32_t)sext16(next(&c))) & 0xFFFFFu);
            else
                snprintf(b, sizeof b, "%d(%s)", sext16(next(&c)), reg_name(rd));
            break;
        case OP_MOVA_IMM: case OP_CMPA_IMM: case OP_ADDA_IMM: case OP_SUBA_IMM:
            snprintf(a, sizeof a, "#0x%05x", rs << 16 | next(&c)); snprintf(b, sizeof b, "%s", reg_name(rd)); break;
        default: snprintf(a, sizeof a, "%s", reg_name(rs)); snprintf(b, sizeof b, "%s", reg_name(rd)); break;
        }
        if (op == OP_MOVA_INC && rs == 1 && rd == 0)
            snprintf(out, n, "reta");
        else if (rd == 0 && op != OP_MOVA_TOABS && op != OP_MOVA_TOIDX && !strcmp(info->mnemonic, "mova"))
            snprintf(out, n, "bra\t%s", a);
        else
            snprintf(out, n, "%s\t%s, %s", info->mnemonic, a, b);
        break;
    }
    case FORM_NONE:
        snprintf(out, n, op == OP_RETI ? "reti" : ".word\t0x%04x", w);
        break;
    default:
        snprintf(out, n, ".word\t0x%04x", w);
        break;
    }
    if (op == OP_ILLEGAL || (ext && info->form != FORM_I && info->form != FORM_II)) {
        snprintf(out, n, ".word\t0x%04x", ext ? xw : w);
        return 2;
    }
    return (int)((c.pc - (addr & 0xFFFFEu)) & 0xFFFFFu);
}
