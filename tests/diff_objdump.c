/* Differential test of the disassembler against llvm-objdump (an independent
 * MSP430 decoder): for every instruction llvm-objdump lists in an image, Ferro
 * must find an instruction of the same length with the same mnemonic and the
 * same operands (registers, modes and values; symbolic-mode offsets are
 * compared by mode only, since llvm prints the raw offset and Ferro the target).
 *
 * usage: diff_objdump LLVM_OBJDUMP FW.elf...    (classic-ISA images only: llvm
 * does not decode MSP430X) */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/disasm.h"

struct insn {
    uint32_t addr;
    char mnemonic[16];
    char ops[3][48];
    int nops;
};

/* Split "mov\t#5, r12" into mnemonic and operands. */
static void split(const char *text, struct insn *in)
{
    const char *p = text;
    size_t n = 0;
    while (*p && !isspace((unsigned char)*p) && n + 1 < sizeof in->mnemonic)
        in->mnemonic[n++] = (char)tolower((unsigned char)*p++);
    in->mnemonic[n] = 0;
    in->nops = 0;
    while (*p && in->nops < 3) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        char *o = in->ops[in->nops++];
        size_t k = 0;
        while (*p && *p != ',' && k + 1 < sizeof in->ops[0])
            o[k++] = *p++;
        while (k && isspace((unsigned char)o[k - 1]))
            k--;
        o[k] = 0;
    }
}

static int reg_number(const char *s)
{
    if (!strcmp(s, "pc")) return 0;
    if (!strcmp(s, "sp")) return 1;
    if (!strcmp(s, "sr")) return 2;
    if (s[0] == 'r' && isdigit((unsigned char)s[1]))
        return atoi(s + 1);
    return -1;
}

/* Core instruction of an emulated mnemonic (SLAU367P table 4-6), so that both
 * disassemblers' alias choices compare equal: "rla.b r5" -> "add.b r5, r5". */
static void to_core(struct insn *in)
{
    static const struct { const char *alias, *core, *src; int dup; } table[] = {
        {"nop", "mov", "#0", 0},   {"ret", "mov", "@r1+", 0}, {"pop", "mov", "@r1+", 0},
        {"br", "mov", NULL, 0},    {"clr", "mov", "#0", 0},   {"inc", "add", "#1", 0},
        {"incd", "add", "#2", 0},  {"dec", "sub", "#1", 0},   {"decd", "sub", "#2", 0},
        {"tst", "cmp", "#0", 0},   {"inv", "xor", "#-1", 0},  {"rla", "add", NULL, 1},
        {"rlc", "addc", NULL, 1},  {"adc", "addc", "#0", 0},  {"sbc", "subc", "#0", 0},
        {"dadc", "dadd", "#0", 0}, {"clrc", "bic", "#1", 0},  {"clrz", "bic", "#2", 0},
        {"clrn", "bic", "#4", 0},  {"dint", "bic", "#8", 0},  {"setc", "bis", "#1", 0},
        {"setz", "bis", "#2", 0},  {"setn", "bis", "#4", 0},  {"eint", "bis", "#8", 0},
        {"jlo", "jnc", NULL, 0},   {"jhs", "jc", NULL, 0},    {"jz", "jeq", NULL, 0},
        {"jnz", "jne", NULL, 0},
    };
    char base[16], suffix[8] = "";
    snprintf(base, sizeof base, "%s", in->mnemonic);
    char *dot = strchr(base, '.');
    if (dot) {
        snprintf(suffix, sizeof suffix, "%s", dot);
        *dot = 0;
    }
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (strcmp(base, table[i].alias))
            continue;
        snprintf(in->mnemonic, sizeof in->mnemonic, "%s%s", table[i].core, suffix);
        if (base[0] == 'j')
            return;
        if (!strcmp(base, "br")) { /* br X = mov X, pc */
            snprintf(in->ops[1], sizeof in->ops[1], "r0");
        } else if (table[i].dup) { /* rla X = add X, X */
            memcpy(in->ops[1], in->ops[0], sizeof in->ops[1]);
        } else if (in->nops == 0) { /* nop, ret, clrc...: the fixed destination */
            snprintf(in->ops[0], sizeof in->ops[0], "%s", table[i].src);
            snprintf(in->ops[1], sizeof in->ops[1], !strcmp(base, "nop") ? "r3" : !strcmp(base, "ret") ? "r0" : "r2");
        } else {
            memcpy(in->ops[1], in->ops[0], sizeof in->ops[1]);
            snprintf(in->ops[0], sizeof in->ops[0], "%s", table[i].src);
        }
        in->nops = 2;
        return;
    }
}

static int symbol_starts_at(const struct ferro_image *img, uint32_t addr)
{
    for (size_t i = 0; i < img->nsyms; i++)
        if (img->syms[i].addr == addr)
            return 1;
    return 0;
}

/* Canonical form of an operand: kind letter, value, register. */
struct canon {
    char kind; /* r register, # immediate, & absolute, x indexed, @ indirect, + autoinc, s symbolic */
    long value;
    int reg;
};

static int canonical(const char *o, struct canon *c)
{
    char *end;
    c->value = 0, c->reg = -1;
    if (o[0] == '#') {
        c->kind = '#';
        c->value = strtol(o + 1, &end, 0);
        return 0;
    }
    if (o[0] == '&') {
        c->kind = '&';
        c->value = strtol(o + 1, &end, 0);
        return 0;
    }
    if (o[0] == '@') {
        size_t n = strlen(o);
        char r[8];
        snprintf(r, sizeof r, "%.*s", (int)(o[n - 1] == '+' ? n - 2 : n - 1), o + 1);
        c->kind = o[n - 1] == '+' ? '+' : '@';
        c->reg = reg_number(r);
        return c->reg < 0;
    }
    if ((c->reg = reg_number(o)) >= 0) {
        c->kind = 'r';
        return 0;
    }
    long v = strtol(o, &end, 0);
    if (end == o)
        return -1;
    if (*end == '(') {
        char r[8];
        snprintf(r, sizeof r, "%.*s", (int)strcspn(end + 1, ")"), end + 1);
        c->kind = 'x';
        c->value = v;
        c->reg = reg_number(r);
        return c->reg < 0;
    }
    c->kind = 's'; /* a bare number: symbolic mode (or a jump target) */
    c->value = v;
    return 0;
}

static int same_operand(const char *a, const char *b)
{
    struct canon x, y;
    if (canonical(a, &x) || canonical(b, &y))
        return 0;
    if (x.kind != y.kind || x.reg != y.reg)
        return 0;
    if (x.kind == 's')
        return 1;
    /* immediates: llvm prints signed decimal, Ferro hex of the width */
    return x.value == y.value || ((x.value ^ y.value) & 0xFFFF) == 0;
}

static int check_image(const char *objdump, const char *path, long *compared)
{
    struct ferro_config cfg = {0};
    struct ferro_machine *m = ferro_new(&cfg);
    struct ferro_image img;
    char err[512], cmd[1024];
    if (!m || ferro_load_elf(m, path, &img, err, sizeof err) != 0) {
        fprintf(stderr, "diff_objdump: %s\n", m ? err : "out of memory");
        return 1;
    }
    snprintf(cmd, sizeof cmd, "'%s' -d --no-show-raw-insn '%s' 2>/dev/null", objdump, path);
    FILE *p = popen(cmd, "r");
    if (!p) {
        fprintf(stderr, "diff_objdump: cannot run %s\n", objdump);
        return 1;
    }
    struct insn prev = {0};
    int have_prev = 0, errors = 0;
    char line[512];
    while (fgets(line, sizeof line, p)) {
        char *colon = strchr(line, ':');
        char *end;
        unsigned long addr = strtoul(line, &end, 16);
        if (!colon || end != colon || line[0] != ' ')
            continue; /* headers and labels */
        struct insn ll = {.addr = (uint32_t)addr};
        char *text = colon + 1;
        while (isspace((unsigned char)*text))
            text++;
        text[strcspn(text, "\n")] = 0;
        if (!*text || !strncmp(text, "<unknown>", 9))
            continue;
        split(text, &ll);
        /* jumps: "$+N" is relative to the instruction's address */
        if (ll.nops == 1 && ll.ops[0][0] == '$')
            snprintf(ll.ops[0], sizeof ll.ops[0], "%lu", addr + strtol(ll.ops[0] + 1, NULL, 10));

        char ours[160];
        int len = ferro_disasm(m, &img, ll.addr, ours, sizeof ours);
        struct insn fe = {.addr = ll.addr};
        split(ours, &fe);
        if (fe.nops == 1 && ll.mnemonic[0] == 'j') /* our jump target: "0x04412 <sym>" */
            snprintf(fe.ops[0], sizeof fe.ops[0], "%lu", strtoul(fe.ops[0], NULL, 16));
        to_core(&ll);
        to_core(&fe);
        /* llvm restarts decoding at every symbol, so data before a label may
         * decode differently there; elsewhere lengths must chain exactly */
        if (have_prev && prev.addr < ll.addr && ll.addr - prev.addr <= 6 &&
            !symbol_starts_at(&img, ll.addr)) {
            /* the previous instruction's length must bring us here */
            char tmp[160];
            int plen = ferro_disasm(m, &img, prev.addr, tmp, sizeof tmp);
            if (prev.addr + (uint32_t)plen != ll.addr) {
                fprintf(stderr, "%s: 0x%05x: length %d, llvm's next instruction is at 0x%05x\n", path,
                        prev.addr, plen, ll.addr);
                errors++;
            }
        }
        int ok = !strcmp(fe.mnemonic, ll.mnemonic) && fe.nops == ll.nops;
        for (int i = 0; ok && i < ll.nops; i++)
            ok = same_operand(fe.ops[i], ll.ops[i]);
        if (!ok) {
            fprintf(stderr, "%s: 0x%05x: ferro \"%s\" (length %d), llvm-objdump \"%s\"\n", path, ll.addr,
                    ours, len, text);
            errors++;
        }
        prev = ll;
        have_prev = 1;
        (*compared)++;
    }
    int rc = pclose(p);
    if (rc != 0)
        fprintf(stderr, "%s: llvm-objdump exited with status %d (skipped the rest)\n", path, rc);
    ferro_image_free(&img);
    ferro_free(m);
    return errors;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: diff_objdump LLVM_OBJDUMP FW.elf...\n");
        return 2;
    }
    long compared = 0;
    int errors = 0;
    for (int i = 2; i < argc; i++)
        errors += check_image(argv[1], argv[i], &compared);
    printf("%ld instructions compared with llvm-objdump, %d differences\n", compared, errors);
    return errors != 0 || compared == 0;
}
