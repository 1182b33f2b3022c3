/* Per-instruction tests written in MSP430 assembly.
 *
 * usage: isa_runner [--coverage-out FILE] TEST.s TEST.elf [TEST.s TEST.elf ...]
 *        isa_runner --check-coverage FILE...   (every cycle-table cell was asserted)
 *
 * A case in TEST.s is a label at column 0 whose name starts with "t_", then
 * optional set-up lines, the instruction(s) under test and one expectation line:
 *
 *   t_add_rr:
 *       ;! r4=0x1234 r5=1 sr=0 [0x1c00]=0x5555
 *       add r4, r5
 *       ;= r5=0x1235 c=0 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM
 *
 * Set-up keys: rN, pc, sp, sr (numbers or symbols), [ADDR] / [ADDR].b / [ADDR].a
 * (memory, word by default), irq=VECTOR (request an interrupt), reset=1 (run the
 * power-on reset instead of starting at the label).  Expectation keys: the same
 * locations, c/z/n/v flag bits, cycles= (total over the steps), steps= (default 1),
 * cell= (the cost-table cell of the last step, or of DMA transfers it started),
 * fault=1 (the step must fault).
 * Every case starts from a fresh image with all registers 0 except SP=0x3C00 and
 * PC at the label.  Cases with cycles= count towards cycle-table coverage.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/elf_load.h"

static int failures, cases;
static unsigned char covered[CELL_COUNT];

struct ctx {
    struct ferro_machine *m;
    struct ferro_image *img;
    const char *file;
    int line;
    const char *name;
};

static int fail(const struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(const struct ctx *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: %s: ", c->file, c->line, c->name);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    failures++;
    return -1;
}

/* A number (C syntax, may be negative) or a symbol name, optionally +offset. */
static int value_of(const struct ctx *c, const char *s, uint32_t *out)
{
    char *end;
    long v = strtol(s, &end, 0);
    if (end != s && *end == 0) {
        *out = (uint32_t)v;
        return 0;
    }
    char name[128];
    const char *plus = strchr(s, '+');
    size_t n = plus ? (size_t)(plus - s) : strlen(s);
    if (n >= sizeof name)
        return fail(c, "name too long: %s", s);
    memcpy(name, s, n);
    name[n] = 0;
    const struct ferro_symbol *sym = ferro_symbol_named(c->img, name);
    if (!sym)
        return fail(c, "unknown symbol or bad number '%s'", s);
    *out = sym->addr + (plus ? (uint32_t)strtol(plus + 1, NULL, 0) : 0);
    return 0;
}

static int reg_index(const char *k)
{
    if (!strcmp(k, "pc")) return 0;
    if (!strcmp(k, "sp")) return 1;
    if (!strcmp(k, "sr")) return 2;
    if (k[0] == 'r' && isdigit((unsigned char)k[1])) {
        int r = atoi(k + 1);
        return r >= 0 && r < 16 ? r : -1;
    }
    return -1;
}

/* "[addr]" "[addr].b" "[addr].a" -> address and width */
static int mem_key(const struct ctx *c, const char *k, uint32_t *addr, int *width)
{
    const char *close = strchr(k, ']');
    if (k[0] != '[' || !close)
        return 1;
    char inner[128];
    size_t n = (size_t)(close - k - 1);
    if (n >= sizeof inner)
        return fail(c, "bad memory key %s", k);
    memcpy(inner, k + 1, n);
    inner[n] = 0;
    if (value_of(c, inner, addr) != 0)
        return -1;
    *width = !strcmp(close + 1, ".b") ? W_BYTE : !strcmp(close + 1, ".a") ? W_ADDR : W_WORD;
    return 0;
}

static uint32_t mem_get(struct ferro_machine *m, uint32_t a, int width)
{
    if (width == W_BYTE)
        return m->mem.bytes[a & 0xFFFFF];
    if (width == W_WORD)
        return ferro_peek16(m, a);
    return ferro_peek16(m, a) | (uint32_t)(ferro_peek16(m, a + 2) & 0xF) << 16;
}

static void mem_set(struct ferro_machine *m, uint32_t a, int width, uint32_t v)
{
    uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16 & 0xF), 0};
    ferro_poke(m, a, b, width == W_BYTE ? 1 : width == W_WORD ? 2 : 4);
}

struct setup {
    int reset;
    uint16_t irq;
};

static int apply_setup(struct ctx *c, char *line, struct setup *su)
{
    for (char *tok = strtok(line, " \t"); tok; tok = strtok(NULL, " \t")) {
        char *eq = strchr(tok, '=');
        if (!eq)
            return fail(c, "set-up item without '=': %s", tok);
        *eq = 0;
        uint32_t v, a;
        int r, w;
        if (value_of(c, eq + 1, &v) != 0)
            return -1;
        if (!strcmp(tok, "reset"))
            su->reset = (int)v;
        else if (!strcmp(tok, "irq"))
            su->irq = (uint16_t)v;
        else if ((r = reg_index(tok)) >= 0)
            c->m->r[r] = v & 0xFFFFF;
        else if ((r = mem_key(c, tok, &a, &w)) == 0)
            mem_set(c->m, a, w, v);
        else
            return r < 0 ? -1 : fail(c, "unknown set-up key '%s'", tok);
    }
    return 0;
}

static void record_cycles(struct ferro_machine *m, const struct ferro_exec *e, unsigned cyc, void *p)
{
    (void)m, (void)cyc;
    ((enum ferro_cell *)p)[0] = ferro_cell_of(e);
}

static int run_case(struct ctx *c, const uint8_t *pristine, char *setup_text, char *expect_text)
{
    struct ferro_machine *m = c->m;
    const struct ferro_symbol *start = ferro_symbol_named(c->img, c->name);
    if (!start)
        return fail(c, "label not found in the ELF");
    memcpy(m->mem.bytes, pristine, FERRO_MEM_SIZE);
    ferro_reset(m);
    m->cycles = 0;
    m->instructions = 0;
    memset(m->r, 0, sizeof m->r);
    m->r[0] = start->addr;
    m->r[1] = 0x3C00;
    struct setup su = {0, 0};
    if (setup_text && apply_setup(c, setup_text, &su) != 0)
        return -1;

    /* Expectations are parsed before running for steps=. */
    char *items[64];
    int nitems = 0;
    long steps = 1;
    for (char *tok = strtok(expect_text, " \t"); tok && nitems < 64; tok = strtok(NULL, " \t")) {
        if (!strncmp(tok, "steps=", 6))
            steps = strtol(tok + 6, NULL, 0);
        else
            items[nitems++] = tok;
    }

    enum ferro_cell last_cell = CELL_NONE;
    m->on_step = record_cycles;
    m->on_step_ctx = &last_cell;
    if (su.reset) {
        m->cycles = 0;
        ferro_reset(m);
        last_cell = CELL_RESET;
        steps = 0;
    }
    if (su.irq)
        ferro_irq_raise(m, su.irq);
    for (long i = 0; i < steps && m->state != FERRO_FAULT; i++) {
        ferro_step(m);
        /* As ferro_run does between steps: what the instruction made due now (a
         * DMA transfer it requested) happens before the next one. */
        if (m->events && ferro_next_event(m) <= ferro_now(m))
            ferro_service_events(m);
    }
    m->on_step = NULL;

    int ok = 1, want_fault = 0, asserted_cycles = 0;
    for (int i = 0; i < nitems; i++) {
        char *tok = items[i], *eq = strchr(tok, '=');
        if (!eq) {
            ok = 0;
            fail(c, "expectation without '=': %s", tok);
            continue;
        }
        *eq = 0;
        const char *val = eq + 1;
        uint32_t want, a, got;
        int r, w;
        if (!strcmp(tok, "cell")) {
            enum ferro_cell cell = ferro_cell_by_name(val);
            if (cell == CELL_NONE) {
                ok = 0;
                fail(c, "unknown cell %s", val);
            } else if (cell != last_cell) {
                ok = 0;
                fail(c, "cell %s, expected %s", ferro_cells[last_cell].name, val);
            }
            continue;
        }
        if (value_of(c, val, &want) != 0) {
            ok = 0;
            continue;
        }
        if (!strcmp(tok, "fault")) {
            want_fault = (int)want;
            continue;
        }
        if (!strcmp(tok, "cycles")) {
            asserted_cycles = 1;
            if (m->cycles != want) {
                ok = 0;
                fail(c, "cycles %llu, expected %u", (unsigned long long)m->cycles, want);
            }
            continue;
        }
        static const char flags[] = "czn";
        if (strlen(tok) == 1 && (strchr(flags, tok[0]) || tok[0] == 'v')) {
            uint32_t bit = tok[0] == 'c' ? SR_C : tok[0] == 'z' ? SR_Z : tok[0] == 'n' ? SR_N : SR_V;
            got = (m->r[2] & bit) != 0;
            if (got != want) {
                ok = 0;
                fail(c, "flag %s=%u, expected %u (sr=0x%04x)", tok, got, want, m->r[2]);
            }
            continue;
        }
        if ((r = reg_index(tok)) >= 0) {
            got = m->r[r];
            want &= 0xFFFFF;
        } else if ((r = mem_key(c, tok, &a, &w)) == 0) {
            got = mem_get(m, a, w);
            want &= w == W_BYTE ? 0xFF : w == W_WORD ? 0xFFFF : 0xFFFFF;
        } else {
            ok = 0;
            if (r > 0)
                fail(c, "unknown expectation key '%s'", tok);
            continue;
        }
        if (got != want) {
            ok = 0;
            fail(c, "%s=0x%05x, expected 0x%05x", tok, got, want);
        }
    }
    if (want_fault != (m->state == FERRO_FAULT)) {
        ok = 0;
        fail(c, want_fault ? "expected a fault" : "unexpected fault: %s", m->fault_msg);
    }
    if (ok && asserted_cycles && last_cell != CELL_NONE)
        covered[last_cell] = 1;
    return ok ? 0 : -1;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = 0;
    return s;
}

static int run_file(const char *spath, const char *epath)
{
    struct ferro_config cfg = {0};
    cfg.vacant = VACANT_FAULT;
    struct ferro_machine *m = ferro_new(&cfg);
    struct ferro_image img;
    char err[512];
    if (!m || ferro_load_elf(m, epath, &img, err, sizeof err) != 0) {
        fprintf(stderr, "isa_runner: %s\n", m ? err : "out of memory");
        failures++;
        return -1;
    }
    m->on_diag = NULL;
    uint8_t *pristine = malloc(FERRO_MEM_SIZE);
    FILE *f = fopen(spath, "r");
    if (!pristine || !f) {
        fprintf(stderr, "isa_runner: cannot read %s\n", spath);
        failures++;
        free(pristine);
        ferro_image_free(&img);
        ferro_free(m);
        return -1;
    }
    memcpy(pristine, m->mem.bytes, FERRO_MEM_SIZE);

    struct ctx c = {m, &img, spath, 0, NULL};
    char line[1024], name[128] = "", setup[2048] = "";
    int in_case = 0, have_setup = 0;
    while (fgets(line, sizeof line, f)) {
        c.line++;
        if (!strncmp(line, "t_", 2)) {
            char *colon = strchr(line, ':');
            if (!colon)
                continue;
            if (in_case)
                fail(&c, "case %s has no ';=' line", name);
            *colon = 0;
            snprintf(name, sizeof name, "%.120s", line);
            in_case = 1, have_setup = 0, setup[0] = 0;
            continue;
        }
        char *t = trim(line);
        if (!in_case)
            continue;
        c.name = name;
        if (!strncmp(t, ";!", 2)) {
            size_t len = strlen(setup);
            snprintf(setup + len, sizeof setup - len, " %s", t + 2);
            have_setup = 1;
        } else if (!strncmp(t, ";=", 2)) {
            cases++;
            run_case(&c, pristine, have_setup ? setup : NULL, t + 2);
            in_case = 0;
        }
    }
    if (in_case)
        fail(&c, "case %s has no ';=' line", name);
    fclose(f);
    free(pristine);
    ferro_image_free(&img);
    ferro_free(m);
    return 0;
}

int main(int argc, char **argv)
{
    const char *cov_out = NULL;
    int i = 1;
    if (argc > 1 && !strcmp(argv[1], "--check-coverage")) {
        for (i = 2; i < argc; i++) {
            FILE *f = fopen(argv[i], "r");
            char name[128];
            if (!f) {
                fprintf(stderr, "isa_runner: cannot read coverage file %s\n", argv[i]);
                return 1;
            }
            while (fscanf(f, "%127s", name) == 1)
                covered[ferro_cell_by_name(name)] = 1;
            fclose(f);
        }
        int missing = 0;
        for (int cell = 1; cell < CELL_COUNT; cell++)
            if (!covered[cell]) {
                fprintf(stderr, "cycle-table cell %s (%s) has no test asserting its cycles\n",
                        ferro_cells[cell].name, ferro_cells[cell].desc);
                missing++;
            }
        printf("%d of %d cycle-table cells covered\n", CELL_COUNT - 1 - missing, CELL_COUNT - 1);
        return missing ? 1 : 0;
    }
    if (argc > 2 && !strcmp(argv[1], "--coverage-out")) {
        cov_out = argv[2];
        i = 3;
    }
    if (argc - i < 2 || (argc - i) % 2) {
        fprintf(stderr, "usage: isa_runner [--coverage-out FILE] TEST.s TEST.elf ...\n");
        return 2;
    }
    for (; i + 1 < argc; i += 2)
        run_file(argv[i], argv[i + 1]);
    if (cov_out) {
        FILE *f = fopen(cov_out, "w");
        if (!f) {
            fprintf(stderr, "isa_runner: cannot write %s\n", cov_out);
            return 1;
        }
        for (int cell = 1; cell < CELL_COUNT; cell++)
            if (covered[cell])
                fprintf(f, "%s\n", ferro_cells[cell].name);
        fclose(f);
    }
    printf("%d cases, %d failures\n", cases, failures);
    return failures ? 1 : 0;
}
