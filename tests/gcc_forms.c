/* Every MSP430X instruction form in the msp430-elf-gcc fixtures must be one the
 * instruction tests execute.
 *
 * usage: gcc_forms [--list] ISA.elf... -- FIXTURE.elf...
 *
 * A form is what decides an instruction's semantics and cost: the opcode, the
 * width (.B/.W/.A), the addressing mode of each operand (register, indexed,
 * symbolic, absolute, indirect, autoincrement, immediate, constant generator), a
 * PC destination, and for register-mode extended instructions whether they repeat
 * (RPT #n, RPT Rn) and use ZC (RRUX).  Only MSP430X forms are listed: extended
 * Format I/II instructions, CALLA, PUSHM/POPM, RRCM/RRAM/RLAM/RRUM and the
 * address instructions (MOVA, ADDA, SUBA, CMPA; BRA and RETA are MOVA to PC).
 *
 * Fixtures are decoded linearly over their executable sections (gcc and the
 * runtime put no data there).  The ISA images (tests/isa/msp430x_*.s) are decoded
 * over each case, from its t_NAME label to its e_NAME label: the instructions a
 * case executes and asserts.  Exit status 1 lists the forms no case covers.
 */
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sim/elf_load.h"

/* ---- decoding a form ---------------------------------------------------- */

/* Addressing mode of an As/register pair: the mode name and whether it takes an
 * operand word. */
static const char *as_mode(unsigned as, unsigned reg, int *word)
{
    *word = 0;
    if (reg == 3)
        return "#cg";
    if (reg == 2 && as >= 2)
        return "#cg";
    switch (as) {
    case 0: return reg == 0 ? "PC" : "Rn";
    case 1:
        *word = 1;
        return reg == 0 ? "sym" : reg == 2 ? "&abs" : "X(Rn)";
    case 2: return "@Rn";
    default:
        if (reg == 0) {
            *word = 1;
            return "#imm";
        }
        return "@Rn+";
    }
}

static const char *ad_mode(unsigned ad, unsigned reg, int *word)
{
    *word = ad != 0;
    if (!ad)
        return reg == 0 ? "PC" : "Rn";
    return reg == 0 ? "sym" : reg == 2 ? "&abs" : "X(Rn)";
}

/* The form of the instruction at addr ("" for a classic one) and its length in
 * bytes (2 for an undecodable word). */
static int form_at(const struct ferro_machine *m, uint32_t addr, char *out, size_t n)
{
    uint16_t w = ferro_peek16(m, addr), xw = 0;
    enum ferro_op op = ferro_isa_decode(w);
    int len = 2, word;
    out[0] = 0;
    if (op == OP_EXT) {
        xw = w;
        w = ferro_peek16(m, addr + 2);
        op = ferro_isa_decode(w);
        len = 4;
        const struct ferro_isa_info *info = &ferro_isa[op];
        if (info->form != FORM_I && info->form != FORM_II) {
            snprintf(out, n, "(extension word before %s)", info->mnemonic);
            return 2;
        }
        unsigned as = (w >> 4) & 3, bw = (w >> 6) & 1, al = (xw >> 6) & 1;
        const char *width;
        if (op == OP_SWPB || op == OP_SXT)
            width = al ? ".w" : ".a";
        else
            width = al ? (bw ? ".b" : ".w") : ".a";
        char rpt[16] = "";
        if (info->form == FORM_I) {
            unsigned ad = (w >> 7) & 1, rs = (w >> 8) & 0xF, rd = w & 0xF;
            int regmode = as == 0 && ad == 0, w1, w2;
            const char *sm = as_mode(as, rs, &w1), *dm = ad_mode(ad, rd, &w2);
            if (regmode && (xw & 0x8F))
                snprintf(rpt, sizeof rpt, "%s ", (xw & 0x80) ? "rpt Rn" : "rpt #n");
            snprintf(out, n, "%s%s%sx%s %s, %s", rpt, regmode && (xw & 0x100) ? "zc " : "", info->mnemonic,
                     width, sm, dm);
            len += 2 * (w1 + w2);
        } else {
            unsigned reg = w & 0xF;
            const char *mode = as_mode(as, reg, &word);
            const char *mn = info->mnemonic;
            if (as == 0 && (xw & 0x8F))
                snprintf(rpt, sizeof rpt, "%s ", (xw & 0x80) ? "rpt Rn" : "rpt #n");
            if (op == OP_RRC && as == 0 && (xw & 0x100))
                mn = "rru";
            snprintf(out, n, "%s%sx%s %s", rpt, mn, width, mode);
            len += 2 * word;
        }
        return len;
    }
    const struct ferro_isa_info *info = &ferro_isa[op];
    unsigned rs = (w >> 8) & 0xF, rd = w & 0xF;
    switch (info->form) {
    case FORM_CALLA: {
        const char *mode = "#imm";
        int bytes = 4;
        switch (op) {
        case OP_CALLA_REG: mode = "Rn", bytes = 2; break;
        case OP_CALLA_IND: mode = "@Rn", bytes = 2; break;
        case OP_CALLA_INC: mode = "@Rn+", bytes = 2; break;
        case OP_CALLA_IDX: mode = rd == 0 ? "X(PC)" : "X(Rn)"; break;
        case OP_CALLA_ABS: mode = "&abs"; break;
        case OP_CALLA_SYM: mode = "sym"; break;
        default: break;
        }
        snprintf(out, n, "calla %s", mode);
        return bytes;
    }
    case FORM_PUSHM:
    case FORM_ROTM:
        snprintf(out, n, "%s", info->mnemonic);
        if (info->form == FORM_ROTM)
            snprintf(out + strlen(out), n - strlen(out), "%s", (w & 0x10) ? ".w" : ".a");
        return 2;
    case FORM_ADDR: {
        const char *src = "Rn", *dst = rd == 0 ? "PC" : "Rn";
        switch (op) {
        case OP_MOVA_IND: src = "@Rn"; break;
        case OP_MOVA_INC: src = "@Rn+"; break;
        case OP_MOVA_ABS: src = "&abs", len = 4; break;
        case OP_MOVA_IDX: src = rs == 0 ? "sym" : "X(Rn)", len = 4; break;
        case OP_MOVA_TOABS: dst = "&abs", len = 4; break;
        case OP_MOVA_TOIDX: dst = rd == 0 ? "sym" : "X(Rn)", len = 4; break;
        case OP_MOVA_IMM: case OP_CMPA_IMM: case OP_ADDA_IMM: case OP_SUBA_IMM: src = "#imm", len = 4; break;
        default: break;
        }
        snprintf(out, n, "%s %s, %s", info->mnemonic, src, dst);
        return len;
    }
    default: break;
    }
    /* Classic: its length, no form. */
    int wd;
    if (info->form == FORM_I) {
        int w1, w2;
        as_mode((w >> 4) & 3, rs, &w1);
        ad_mode((w >> 7) & 1, rd, &w2);
        return 2 + 2 * (w1 + w2);
    }
    if (info->form == FORM_II) {
        as_mode((w >> 4) & 3, rd, &wd);
        return 2 + 2 * wd;
    }
    return 2;
}

/* ---- the set of forms ---------------------------------------------------- */

struct form {
    char name[64];
    int fixture_count;
    char first_use[160]; /* fixture and address */
    int covered;
};

static struct form forms[1024];
static int nforms;

static struct form *form_named(const char *name)
{
    for (int i = 0; i < nforms; i++)
        if (!strcmp(forms[i].name, name))
            return &forms[i];
    if (nforms == (int)(sizeof forms / sizeof forms[0])) {
        fprintf(stderr, "gcc_forms: too many forms\n");
        exit(2);
    }
    struct form *f = &forms[nforms++];
    memset(f, 0, sizeof *f);
    snprintf(f->name, sizeof f->name, "%s", name);
    return f;
}

static struct ferro_machine *load(const char *path, struct ferro_image *img)
{
    struct ferro_config cfg = {0};
    struct ferro_machine *m = ferro_new(&cfg);
    char err[256];
    if (!m || ferro_load_elf(m, path, img, err, sizeof err) != 0) {
        fprintf(stderr, "gcc_forms: %s: %s\n", path, m ? err : "out of memory");
        exit(2);
    }
    return m;
}

/* Executable sections of an ELF file: [start, end) pairs. */
static int exec_ranges(const char *path, uint32_t (*r)[2], int max)
{
    int fd = open(path, O_RDONLY), n = 0;
    Elf *e = fd >= 0 ? elf_begin(fd, ELF_C_READ, NULL) : NULL;
    if (!e) {
        fprintf(stderr, "gcc_forms: %s: cannot read its sections\n", path);
        exit(2);
    }
    Elf_Scn *scn = NULL;
    while ((scn = elf_nextscn(e, scn)) && n < max) {
        GElf_Shdr sh;
        if (gelf_getshdr(scn, &sh) && sh.sh_type == SHT_PROGBITS && (sh.sh_flags & SHF_EXECINSTR) &&
            (sh.sh_flags & SHF_ALLOC) && sh.sh_size) {
            r[n][0] = (uint32_t)sh.sh_addr;
            r[n][1] = (uint32_t)(sh.sh_addr + sh.sh_size);
            n++;
        }
    }
    elf_end(e);
    close(fd);
    return n;
}

static void scan_fixture(const char *path)
{
    struct ferro_image img;
    struct ferro_machine *m = load(path, &img);
    uint32_t r[32][2];
    int n = exec_ranges(path, r, 32);
    for (int k = 0; k < n; k++)
        for (uint32_t a = r[k][0]; a < r[k][1];) {
            char name[64];
            int len = form_at(m, a, name, sizeof name);
            if (name[0]) {
                struct form *f = form_named(name);
                if (!f->fixture_count++)
                    snprintf(f->first_use, sizeof f->first_use, "%s at 0x%05x", path, a);
            }
            a += (uint32_t)len;
        }
    ferro_image_free(&img);
    ferro_free(m);
}

/* Forms of the cases of an ISA image: t_NAME up to e_NAME. */
static int scan_isa(const char *path)
{
    struct ferro_image img;
    struct ferro_machine *m = load(path, &img);
    int cases = 0;
    for (size_t i = 0; i < img.nsyms; i++) {
        const struct ferro_symbol *t = &img.syms[i];
        if (strncmp(t->name, "t_", 2))
            continue;
        char ename[160];
        snprintf(ename, sizeof ename, "e_%s", t->name + 2);
        const struct ferro_symbol *e = ferro_symbol_named(&img, ename);
        if (!e || e->addr <= t->addr || e->addr - t->addr > 64)
            continue; /* cases ending elsewhere (r_ labels) cover one instruction */
        cases++;
        for (uint32_t a = t->addr; a < e->addr;) {
            char name[64];
            int len = form_at(m, a, name, sizeof name);
            if (name[0])
                form_named(name)->covered = 1;
            a += (uint32_t)len;
        }
    }
    /* Cases without an e_ label end at the next label: their first instruction. */
    for (size_t i = 0; i < img.nsyms; i++) {
        const struct ferro_symbol *t = &img.syms[i];
        char ename[160];
        snprintf(ename, sizeof ename, "e_%s", t->name + 2);
        if (strncmp(t->name, "t_", 2) || ferro_symbol_named(&img, ename))
            continue;
        char name[64];
        form_at(m, t->addr, name, sizeof name);
        if (name[0])
            form_named(name)->covered = 1;
        cases++;
    }
    ferro_image_free(&img);
    ferro_free(m);
    return cases;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct form *)a)->name, ((const struct form *)b)->name);
}

int main(int argc, char **argv)
{
    int list = 0, i = 1, isa_images = 0, fixtures = 0, cases = 0;
    if (i < argc && !strcmp(argv[i], "--list"))
        list = 1, i++;
    ferro_isa_init();
    elf_version(EV_CURRENT);
    /* Fixtures first (after --), so ISA forms only mark what they use. */
    int sep = -1;
    for (int k = i; k < argc; k++)
        if (!strcmp(argv[k], "--"))
            sep = k;
    if (sep < 0) {
        fprintf(stderr, "usage: gcc_forms [--list] ISA.elf... -- FIXTURE.elf...\n");
        return 2;
    }
    for (int k = sep + 1; k < argc; k++, fixtures++)
        scan_fixture(argv[k]);
    int fixture_forms = nforms;
    for (int k = i; k < sep; k++, isa_images++)
        cases += scan_isa(argv[k]);
    qsort(forms, (size_t)fixture_forms, sizeof forms[0], by_name);
    int missing = 0;
    for (int k = 0; k < fixture_forms; k++) {
        const struct form *f = &forms[k];
        /* qsort moved the fixture forms; the covered flags travelled with them. */
        if (!f->covered)
            missing++;
        if (list || !f->covered)
            printf("%-8s %-34s %6d  (first in %s)\n", f->covered ? "covered" : "MISSING", f->name,
                   f->fixture_count, f->first_use);
    }
    printf("%d MSP430X forms in %d fixtures, %d not covered by the %d cases of %d ISA images\n",
           fixture_forms, fixtures, missing, cases, isa_images);
    return missing ? 1 : 0;
}
