/* ferro report RUN.sqlite: cycles, time and energy of a run, attributed to
 * categories (MAC, branch, division, data movement, other compute, sleep), to
 * regions, functions, source lines and data objects.  Energy model:
 * costmodel/energy.h; classification rules: analysis/rules.txt. */
#include <errno.h>
#include <fnmatch.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../costmodel/energy.h"
#include "../sim/disasm.h"
#include "../traces/sha256.h"
#include "cli.h"

#ifndef FERRO_PARAMS_DEFAULT
#define FERRO_PARAMS_DEFAULT "costmodel/fr5994.params"
#endif
#ifndef FERRO_RULES_DEFAULT
#define FERRO_RULES_DEFAULT "analysis/rules.txt"
#endif
#define FERRO_SCHEMA_VERSION 1
#define FERRO_APPLICATION_ID 0x46655252

enum { CAT_MAC, CAT_BRANCH, CAT_DIV, CAT_MOVE, CAT_OTHER, CAT_SLEEP, NCAT };
static const char *const cat_names[NCAT] = {"mac", "branch", "division", "data_movement", "other", "sleep"};

/* Counter columns of profile (and regions, dma) from `cycles` on. */
#define COUNTERS "cycles, cache_hits, cache_misses, fram_writes, sram_fetches + sram_reads + sram_writes, " \
                 "mpy32_accesses, fram_reads + sram_reads + other_reads, fram_writes + sram_writes + other_writes, " \
                 "fram_fetches, sram_fetches"

struct row {
    char kind[8];
    uint32_t addr;
    char *function;
    uint64_t count;
    struct ferro_energy_counts n;
    uint64_t mem_reads, mem_writes, fram_fetches, sram_fetches;
    uint64_t energy; /* fJ */
    int cat;
};

struct rule {
    enum { R_FUNCTION, R_KIND, R_OP, R_PERIPH, R_MEM2MEM, R_DEFAULT } what;
    char *pattern;
    int cat;
};

/* One output table: column names, then cells row by row (NULL: empty). */
struct table {
    const char *name;
    int ncols;
    const char *const *cols;
    const unsigned char *numeric; /* per column: 1 = number (unquoted in JSON) */
    char **cells;
    size_t nrows, cap;
};

static void table_add(struct table *t, ...)
{
    if (t->nrows == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->cells = realloc(t->cells, t->cap * (size_t)t->ncols * sizeof *t->cells);
        if (!t->cells) {
            fputs("ferro: out of memory\n", stderr);
            exit(1);
        }
    }
    va_list ap;
    va_start(ap, t);
    for (int c = 0; c < t->ncols; c++) {
        const char *s = va_arg(ap, const char *);
        t->cells[t->nrows * (size_t)t->ncols + (size_t)c] = strdup(s ? s : "");
    }
    va_end(ap);
    t->nrows++;
}

static void csv_field(FILE *f, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch);
        else if (ch < 0x20)
            fprintf(f, "\\u%04x", ch);
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

static void table_print(FILE *f, const struct table *t, const char *format)
{
    const char *const *cell = (const char *const *)t->cells;
    if (!strcmp(format, "csv")) {
        for (int c = 0; c < t->ncols; c++) {
            if (c)
                fputc(',', f);
            csv_field(f, t->cols[c]);
        }
        fputc('\n', f);
        for (size_t r = 0; r < t->nrows; r++) {
            for (int c = 0; c < t->ncols; c++) {
                if (c)
                    fputc(',', f);
                csv_field(f, cell[r * (size_t)t->ncols + (size_t)c]);
            }
            fputc('\n', f);
        }
    } else if (!strcmp(format, "json")) {
        fputc('[', f);
        for (size_t r = 0; r < t->nrows; r++) {
            fputs(r ? ",\n  {" : "\n  {", f);
            for (int c = 0; c < t->ncols; c++) {
                const char *v = cell[r * (size_t)t->ncols + (size_t)c];
                if (c)
                    fputs(", ", f);
                json_string(f, t->cols[c]);
                fputs(": ", f);
                if (t->numeric[c] && *v)
                    fputs(v, f);
                else if (t->numeric[c])
                    fputs("null", f);
                else
                    json_string(f, v);
            }
            fputc('}', f);
        }
        fputs(t->nrows ? "\n]" : "]", f);
    } else {
        size_t w[32] = {0};
        for (int c = 0; c < t->ncols; c++)
            w[c] = strlen(t->cols[c]);
        for (size_t r = 0; r < t->nrows; r++)
            for (int c = 0; c < t->ncols; c++) {
                size_t l = strlen(cell[r * (size_t)t->ncols + (size_t)c]);
                if (l > w[c])
                    w[c] = l;
            }
        for (int c = 0; c < t->ncols; c++)
            fprintf(f, c ? "  %*s" : "%-*s", (int)w[c], t->cols[c]);
        fputc('\n', f);
        for (size_t r = 0; r < t->nrows; r++) {
            for (int c = 0; c < t->ncols; c++)
                fprintf(f, c ? (t->numeric[c] ? "  %*s" : "  %-*s") : "%-*s", (int)w[c],
                        cell[r * (size_t)t->ncols + (size_t)c]);
            fputc('\n', f);
        }
    }
}

static void table_free(struct table *t)
{
    for (size_t i = 0; i < t->nrows * (size_t)t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
}

/* Formatting helpers: a few rotating static buffers. */
static const char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static const char *fmt(const char *f, ...)
{
    static char buf[16][96];
    static int i;
    char *b = buf[i++ & 15];
    va_list ap;
    va_start(ap, f);
    vsnprintf(b, sizeof buf[0], f, ap);
    va_end(ap);
    return b;
}
static const char *u64s(uint64_t v)
{
    return fmt("%" PRIu64, v);
}
/* fJ as nJ with six decimals: exact. */
static const char *nj(uint64_t fj)
{
    return fmt("%" PRIu64 ".%06" PRIu64, fj / 1000000, fj % 1000000);
}
static const char *pct(uint64_t part, uint64_t whole)
{
    return whole ? fmt("%.2f", 100.0 * (double)part / (double)whole) : "0.00";
}

static int parse_rules(const char *path, struct rule **out, size_t *nout, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    struct rule *rules = NULL;
    size_t n = 0;
    char line[1024];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char *w[4];
        int nw = 0;
        for (char *tok = strtok(line, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n"))
            if (nw < 4)
                w[nw++] = tok;
            else
                nw = 5;
        if (!nw)
            continue;
        struct rule r = {0};
        const char *catname;
        if (!strcmp(w[0], "default") && nw == 2) {
            r.what = R_DEFAULT;
            catname = w[1];
        } else if (nw == 3) {
            catname = w[2];
            if (!strcmp(w[0], "function"))
                r.what = R_FUNCTION;
            else if (!strcmp(w[0], "kind"))
                r.what = R_KIND;
            else if (!strcmp(w[0], "op"))
                r.what = R_OP;
            else if (!strcmp(w[0], "periph") && !strcmp(w[1], "mpy32"))
                r.what = R_PERIPH;
            else if (!strcmp(w[0], "mem-to-mem"))
                r.what = R_MEM2MEM;
            else {
                snprintf(err, errlen, "%s:%d: unknown rule '%s %s'", path, lineno, w[0], w[1]);
                rc = -1;
                break;
            }
            r.pattern = strdup(w[1]);
        } else {
            snprintf(err, errlen, "%s:%d: expected 'MATCHER PATTERN CATEGORY' or 'default CATEGORY'", path, lineno);
            rc = -1;
            break;
        }
        r.cat = -1;
        for (int c = 0; c < CAT_SLEEP; c++)
            if (!strcmp(catname, cat_names[c]))
                r.cat = c;
        if (r.cat < 0) {
            snprintf(err, errlen, "%s:%d: unknown category '%s' (mac, branch, division, data_movement, other)",
                     path, lineno, catname);
            free(r.pattern);
            rc = -1;
            break;
        }
        struct rule *nr = realloc(rules, (n + 1) * sizeof *rules);
        if (!nr) {
            rc = -1;
            snprintf(err, errlen, "out of memory");
            break;
        }
        rules = nr;
        rules[n++] = r;
    }
    fclose(f);
    *out = rules;
    *nout = n;
    return rc;
}

/* A '|'-separated list of globs. */
static int match_any(const char *patterns, const char *s)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", patterns);
    char *save;
    for (char *p = strtok_r(buf, "|", &save); p; p = strtok_r(NULL, "|", &save))
        if (!fnmatch(p, s, 0))
            return 1;
    return 0;
}

/* Accumulator of a group of rows (a function, a line, a category). */
struct group {
    char *key;
    uint64_t count, cycles, energy;
    uint64_t cat_cycles[NCAT];
};

static struct group *group_get(struct group **gs, size_t *n, const char *key)
{
    for (size_t i = *n; i-- > 0;)
        if (!strcmp((*gs)[i].key, key))
            return &(*gs)[i];
    struct group *ng = realloc(*gs, (*n + 1) * sizeof **gs);
    if (!ng) {
        fputs("ferro: out of memory\n", stderr);
        exit(1);
    }
    *gs = ng;
    memset(&ng[*n], 0, sizeof ng[*n]);
    ng[*n].key = strdup(key);
    return &ng[(*n)++];
}

static int group_by_cycles(const void *a, const void *b)
{
    const struct group *x = a, *y = b;
    if (x->cycles != y->cycles)
        return x->cycles < y->cycles ? 1 : -1;
    return strcmp(x->key, y->key);
}

struct line_range {
    uint32_t addr, end;
    char *key;
};

static int usage(void)
{
    printf("usage: ferro report RUN.sqlite [--params FILE] [--vcc V] [--rules FILE]\n"
           "                    [--format text|csv|json] [--by category|region|function|line|data]\n");
    return 0;
}

static const char *meta_get(sqlite3 *db, const char *key, char *buf, size_t n)
{
    sqlite3_stmt *st;
    const char *r = NULL;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?", -1, &st, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
        snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
        r = buf;
    }
    sqlite3_finalize(st);
    return r;
}

static void read_counts(sqlite3_stmt *st, int c, struct ferro_energy_counts *n)
{
    n->cycles = (uint64_t)sqlite3_column_int64(st, c);
    n->cache_hits = (uint64_t)sqlite3_column_int64(st, c + 1);
    n->cache_misses = (uint64_t)sqlite3_column_int64(st, c + 2);
    n->fram_writes = (uint64_t)sqlite3_column_int64(st, c + 3);
    n->sram_accesses = (uint64_t)sqlite3_column_int64(st, c + 4);
    n->mpy32_accesses = (uint64_t)sqlite3_column_int64(st, c + 5);
}

int cmd_report(int argc, char **argv)
{
    const char *dbpath = NULL, *params_path = FERRO_PARAMS_DEFAULT, *rules_path = FERRO_RULES_DEFAULT;
    const char *format = "text", *by = "category";
    double vcc = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h"))
            return usage();
        int has = i + 1 < argc;
        if (!strcmp(a, "--params") || !strcmp(a, "--rules") || !strcmp(a, "--format") || !strcmp(a, "--by") ||
            !strcmp(a, "--vcc")) {
            if (!has)
                return cli_error(EXIT_USAGE, "report: %s needs a value", a);
            const char *v = argv[++i];
            if (!strcmp(a, "--params"))
                params_path = v;
            else if (!strcmp(a, "--rules"))
                rules_path = v;
            else if (!strcmp(a, "--format")) {
                if (strcmp(v, "text") && strcmp(v, "csv") && strcmp(v, "json"))
                    return cli_error(EXIT_USAGE, "report: --format is text, csv or json, not '%s'", v);
                format = v;
            } else if (!strcmp(a, "--by")) {
                if (strcmp(v, "category") && strcmp(v, "region") && strcmp(v, "function") && strcmp(v, "line") &&
                    strcmp(v, "data"))
                    return cli_error(EXIT_USAGE, "report: --by is category, region, function, line or data, not '%s'",
                                     v);
                by = v;
            } else {
                char *end;
                vcc = strtod(v, &end);
                if (end == v || *end || !(vcc > 0 && vcc < 10))
                    return cli_error(EXIT_USAGE, "report: --vcc needs a voltage in volts, not '%s'", v);
            }
        } else if (a[0] == '-' || dbpath)
            return cli_error(EXIT_USAGE, "report: unexpected argument '%s'", a);
        else
            dbpath = a;
    }
    if (!dbpath)
        return cli_error(EXIT_USAGE, "report: no run database given (usage: ferro report RUN.sqlite)");

    char err[600];
    struct ferro_energy_params P;
    if (ferro_energy_params_load(&P, params_path, err, sizeof err))
        return cli_error(EXIT_REPORT_INPUT, "report: %s", err);
    if (vcc > 0)
        P.vcc = vcc;
    struct ferro_energy_coef C;
    ferro_energy_coef(&P, &C);
    struct rule *rules = NULL;
    size_t nrules = 0;
    if (parse_rules(rules_path, &rules, &nrules, err, sizeof err))
        return cli_error(EXIT_REPORT_INPUT, "report: %s", err);

    /* The database: ferro's, of this schema version. */
    struct stat sb;
    const char *bad = NULL;
    if (stat(dbpath, &sb) != 0)
        bad = strerror(errno);
    else if (!S_ISREG(sb.st_mode))
        bad = "not a regular file";
    sqlite3 *db = NULL;
    if (!bad && sqlite3_open_v2(dbpath, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        bad = sqlite3_errmsg(db);
    if (bad) {
        int rc = cli_error(EXIT_REPORT_INPUT, "report: %s: cannot open: %s", dbpath, bad);
        sqlite3_close(db);
        for (size_t i = 0; i < nrules; i++)
            free(rules[i].pattern);
        free(rules);
        return rc;
    }
    sqlite3_busy_timeout(db, 2000);
    int status = 0;
    sqlite3_stmt *st = NULL;
    struct row *rows = NULL;
    size_t nrows = 0;
    struct line_range *lr = NULL;
    size_t nlr = 0;
    struct ferro_machine *m = NULL;
    struct ferro_image img = {0};
    int have_img = 0;
    struct group *gs = NULL;
    size_t ngs = 0;
    struct table t = {0};
#define FAIL(...)                                                   \
    do {                                                            \
        status = cli_error(EXIT_REPORT_INPUT, "report: " __VA_ARGS__); \
        goto out;                                                   \
    } while (0)
    {
        int64_t appid = -1, ver = -1;
        if (sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, NULL) != SQLITE_OK ||
            sqlite3_step(st) != SQLITE_ROW) {
            int notdb = sqlite3_errcode(db) == SQLITE_NOTADB;
            if (notdb)
                FAIL("%s: not a SQLite database", dbpath);
            FAIL("%s: cannot read: %s", dbpath, sqlite3_errmsg(db));
        }
        appid = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        st = NULL;
        if (appid != FERRO_APPLICATION_ID)
            FAIL("%s: a SQLite database not written by ferro run --db", dbpath);
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            ver = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        st = NULL;
        if (ver != FERRO_SCHEMA_VERSION)
            FAIL("%s: run database schema version %" PRId64 ", this ferro reads version %d", dbpath, ver,
                 FERRO_SCHEMA_VERSION);
    }
    char status_buf[64], fw[4096], vbuf[64];
    const char *run_status = meta_get(db, "status", status_buf, sizeof status_buf);
    if (!run_status)
        FAIL("%s: no meta.status (damaged run database)", dbpath);
    uint64_t total_cycles = 0, time_ps = 0;
    if (meta_get(db, "cycles", vbuf, sizeof vbuf))
        total_cycles = strtoull(vbuf, NULL, 10);
    if (meta_get(db, "time_ps", vbuf, sizeof vbuf))
        time_ps = strtoull(vbuf, NULL, 10);

    /* Profile rows. */
    if (sqlite3_prepare_v2(db, "SELECT kind, addr, coalesce(function, ''), count, " COUNTERS " FROM profile ORDER BY rowid",
                           -1, &st, NULL) != SQLITE_OK)
        FAIL("%s: cannot read the profile: %s", dbpath, sqlite3_errmsg(db));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct row *nr = realloc(rows, (nrows + 1) * sizeof *rows);
        if (!nr)
            FAIL("out of memory");
        rows = nr;
        struct row *r = &rows[nrows++];
        memset(r, 0, sizeof *r);
        snprintf(r->kind, sizeof r->kind, "%s", (const char *)sqlite3_column_text(st, 0));
        r->addr = (uint32_t)sqlite3_column_int64(st, 1);
        r->function = strdup((const char *)sqlite3_column_text(st, 2));
        r->count = (uint64_t)sqlite3_column_int64(st, 3);
        read_counts(st, 4, &r->n);
        r->mem_reads = (uint64_t)sqlite3_column_int64(st, 10);
        r->mem_writes = (uint64_t)sqlite3_column_int64(st, 11);
        r->fram_fetches = (uint64_t)sqlite3_column_int64(st, 12);
        r->sram_fetches = (uint64_t)sqlite3_column_int64(st, 13);
        r->energy = ferro_energy_active_fj(&C, &r->n);
    }
    if (rc != SQLITE_DONE)
        FAIL("%s: cannot read the profile: %s", dbpath, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    st = NULL;

    /* The firmware, for op rules: re-loaded from meta.firmware. */
    int need_ops = 0;
    for (size_t i = 0; i < nrules; i++)
        need_ops |= rules[i].what == R_OP || rules[i].what == R_MEM2MEM;
    if (need_ops) {
        /* The absolute path first (the run's working directory may differ). */
        char want[80], got[65];
        const char *path = meta_get(db, "firmware_realpath", fw, sizeof fw);
        if (!path || access(path, R_OK) != 0)
            path = meta_get(db, "firmware", fw, sizeof fw);
        if (!path)
            FAIL("%s: no meta.firmware", dbpath);
        if (ferro_sha256_file(path, got) != 0)
            FAIL("firmware of the run (needed by op rules): %s: cannot open: %s", path, strerror(errno));
        if (meta_get(db, "firmware_sha256", want, sizeof want) && strcmp(want, got))
            FAIL("firmware of the run (needed by op rules): %s has changed since the run (SHA-256 differs)", path);
        struct ferro_config cfg = {0};
        m = ferro_new(&cfg);
        if (!m)
            FAIL("out of memory");
        if (ferro_load_elf(m, path, &img, err, sizeof err) != 0) {
            have_img = 1;
            FAIL("firmware of the run (needed by op rules): %s", err);
        }
        have_img = 1;
    }

    /* Classify. */
    for (size_t i = 0; i < nrows; i++) {
        struct row *r = &rows[i];
        char op[32] = "";
        if (need_ops && !strcmp(r->kind, "insn")) {
            char text[160];
            ferro_disasm(m, &img, r->addr, text, sizeof text);
            size_t l = strcspn(text, " \t");
            if (l >= sizeof op)
                l = sizeof op - 1;
            memcpy(op, text, l);
            op[l] = 0;
            char *dot = strchr(op, '.');
            if (dot)
                *dot = 0;
        }
        r->cat = CAT_OTHER;
        for (size_t k = 0; k < nrules; k++) {
            const struct rule *u = &rules[k];
            int hit = 0;
            switch (u->what) {
            case R_FUNCTION: hit = match_any(u->pattern, r->function); break;
            case R_KIND: hit = match_any(u->pattern, r->kind); break;
            case R_OP: hit = *op && match_any(u->pattern, op); break;
            case R_PERIPH: hit = r->n.mpy32_accesses > 0; break;
            case R_MEM2MEM: hit = *op && r->mem_reads && r->mem_writes && match_any(u->pattern, op); break;
            case R_DEFAULT: hit = 1; break;
            }
            if (hit) {
                r->cat = u->cat;
                break;
            }
        }
    }

    /* Totals. */
    uint64_t active_fj = 0, sum_cycles = 0, insns = 0, hits = 0, misses = 0, ffetch = 0, sfetch = 0;
    for (size_t i = 0; i < nrows; i++) {
        active_fj += rows[i].energy;
        sum_cycles += rows[i].n.cycles;
        if (!strcmp(rows[i].kind, "insn"))
            insns += rows[i].count;
        hits += rows[i].n.cache_hits;
        misses += rows[i].n.cache_misses;
        ffetch += rows[i].fram_fetches;
        sfetch += rows[i].sram_fetches;
    }
    if (sum_cycles != total_cycles)
        FAIL("%s: profile cycles %" PRIu64 " disagree with meta.cycles %" PRIu64 " (damaged run database)", dbpath,
             sum_cycles, total_cycles);
    uint64_t sleep_fj = 0, sleep_ps = 0, active_ps = 0, wakeups = 0;
    if (sqlite3_prepare_v2(db, "SELECT mode, time_ps, periods FROM sleep", -1, &st, NULL) != SQLITE_OK)
        FAIL("%s: cannot read the sleep table: %s", dbpath, sqlite3_errmsg(db));
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *mode = (const char *)sqlite3_column_text(st, 0);
        uint64_t ps = (uint64_t)sqlite3_column_int64(st, 1), per = (uint64_t)sqlite3_column_int64(st, 2);
        if (mode && !strcmp(mode, "active")) {
            active_ps += ps;
            continue;
        }
        int lpm = mode && !strncmp(mode, "LPM", 3) ? atoi(mode + 3) : -1;
        if (lpm < 0 || lpm >= FERRO_LPM_MODES)
            FAIL("%s: unknown sleep mode '%s'", dbpath, mode ? mode : "NULL");
        sleep_ps += ps;
        wakeups += per;
        sleep_fj += ferro_energy_sleep_fj(&P, lpm, ps) + ferro_energy_wake_fj(&P, lpm, per);
    }
    if (rc != SQLITE_DONE)
        FAIL("%s: cannot read the sleep table: %s", dbpath, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    st = NULL;
    uint64_t total_fj = active_fj + sleep_fj;
    double ds_fj = ferro_energy_datasheet_fj(&P, total_cycles,
                                             ffetch + sfetch ? (double)sfetch / (double)(ffetch + sfetch) : 0,
                                             hits + misses ? (double)hits / (double)(hits + misses) : 1);

    /* Active time of a group: its share of cycles of the active time. */
#define ACTIVE_S(cyc) (total_cycles ? (double)active_ps * (double)(cyc) / (double)total_cycles * 1e-12 : 0.0)
    static const char *const cat_cols[] = {"category", "cycles", "cycles_pct", "time_s", "time_pct", "energy_nj",
                                           "energy_fj", "energy_pct"};
    static const unsigned char cat_num[] = {0, 1, 1, 1, 1, 1, 1, 1};
    static const char *const grp_cols[] = {"key", "count", "cycles", "cycles_pct", "time_s", "energy_nj",
                                           "energy_fj", "energy_pct", "mac", "branch", "division", "data_movement", "other"};
    static const unsigned char grp_num[] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    static const char *const reg_cols[] = {"interval", "id", "name", "depth", "parent", "start_cycle", "cycles",
                                           "cycles_pct", "time_s", "energy_nj", "energy_fj", "energy_pct"};
    static const unsigned char reg_num[] = {1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    static const char *const data_cols[] = {"name", "kind", "region", "bytes_read", "bytes_written",
                                            "cache_hits", "cache_misses", "energy_nj", "energy_fj", "energy_pct"};
    static const unsigned char data_num[] = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1};

    if (!strcmp(by, "category")) {
        t = (struct table){.name = "category", .ncols = 8, .cols = cat_cols, .numeric = cat_num};
        uint64_t cyc[NCAT] = {0}, en[NCAT] = {0};
        for (size_t i = 0; i < nrows; i++) {
            cyc[rows[i].cat] += rows[i].n.cycles;
            en[rows[i].cat] += rows[i].energy;
        }
        en[CAT_SLEEP] = sleep_fj;
        for (int c = 0; c < NCAT; c++) {
            double ts = c == CAT_SLEEP ? (double)sleep_ps * 1e-12 : ACTIVE_S(cyc[c]);
            table_add(&t, cat_names[c], u64s(cyc[c]), pct(cyc[c], total_cycles), fmt("%.9f", ts),
                      time_ps ? fmt("%.2f", 100.0 * ts / ((double)time_ps * 1e-12)) : "0.00", nj(en[c]),
                      u64s(en[c]), pct(en[c], total_fj));
        }
        table_add(&t, "total", u64s(total_cycles), pct(total_cycles, total_cycles), fmt("%.9f", (double)time_ps * 1e-12),
                  "100.00", nj(total_fj), u64s(total_fj), pct(total_fj, total_fj));
    } else if (!strcmp(by, "function") || !strcmp(by, "line")) {
        int lines = !strcmp(by, "line");
        if (lines) {
            if (sqlite3_prepare_v2(db, "SELECT addr, end_addr, file || ':' || line FROM lines ORDER BY addr, end_addr DESC",
                                   -1, &st, NULL) != SQLITE_OK)
                FAIL("%s: cannot read the lines table: %s", dbpath, sqlite3_errmsg(db));
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                struct line_range *nl = realloc(lr, (nlr + 1) * sizeof *lr);
                if (!nl)
                    FAIL("out of memory");
                lr = nl;
                lr[nlr].addr = (uint32_t)sqlite3_column_int64(st, 0);
                lr[nlr].end = (uint32_t)sqlite3_column_int64(st, 1);
                const unsigned char *k = sqlite3_column_text(st, 2);
                lr[nlr++].key = strdup(k ? (const char *)k : "?");
            }
            sqlite3_finalize(st);
            st = NULL;
        }
        for (size_t i = 0; i < nrows; i++) {
            const struct row *r = &rows[i];
            const char *key = r->function;
            char kbuf[32];
            if (strcmp(r->kind, "insn")) {
                snprintf(kbuf, sizeof kbuf, "[%s]", r->kind);
                key = kbuf;
            } else if (lines) {
                key = "[no line]";
                size_t lo = 0, hi = nlr; /* last range starting at or before addr */
                while (lo < hi) {
                    size_t mid = (lo + hi) / 2;
                    if (lr[mid].addr <= r->addr)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                for (size_t j = lo; j-- > 0 && lo - j < 64;)
                    if (r->addr < lr[j].end) {
                        key = lr[j].key;
                        break;
                    }
            } else if (!*key)
                key = "[no symbol]";
            struct group *g = group_get(&gs, &ngs, key);
            g->count += r->count;
            g->cycles += r->n.cycles;
            g->energy += r->energy;
            g->cat_cycles[r->cat] += r->n.cycles;
        }
        qsort(gs, ngs, sizeof *gs, group_by_cycles);
        t = (struct table){.name = by, .ncols = 13, .cols = grp_cols, .numeric = grp_num};
        for (size_t i = 0; i < ngs; i++) {
            const struct group *g = &gs[i];
            table_add(&t, g->key, u64s(g->count), u64s(g->cycles), pct(g->cycles, total_cycles),
                      fmt("%.9f", ACTIVE_S(g->cycles)), nj(g->energy), u64s(g->energy), pct(g->energy, total_fj),
                      u64s(g->cat_cycles[CAT_MAC]), u64s(g->cat_cycles[CAT_BRANCH]), u64s(g->cat_cycles[CAT_DIV]),
                      u64s(g->cat_cycles[CAT_MOVE]), u64s(g->cat_cycles[CAT_OTHER]));
        }
    } else if (!strcmp(by, "region")) {
        t = (struct table){.name = "region", .ncols = 12, .cols = reg_cols, .numeric = reg_num};
        if (sqlite3_prepare_v2(db,
                               "SELECT interval, id, coalesce(name, ''), depth, coalesce(parent, ''), start_cycle, "
                               "end_time_ps - start_time_ps, " COUNTERS " FROM regions ORDER BY interval",
                               -1, &st, NULL) != SQLITE_OK)
            FAIL("%s: cannot read the regions table: %s", dbpath, sqlite3_errmsg(db));
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            struct ferro_energy_counts n;
            read_counts(st, 7, &n);
            uint64_t e = ferro_energy_active_fj(&C, &n);
            table_add(&t, (const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
                      (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3),
                      (const char *)sqlite3_column_text(st, 4), (const char *)sqlite3_column_text(st, 5),
                      u64s(n.cycles), pct(n.cycles, total_cycles),
                      fmt("%.9f", (double)sqlite3_column_int64(st, 6) * 1e-12), nj(e), u64s(e), pct(e, total_fj));
        }
        if (rc != SQLITE_DONE)
            FAIL("%s: cannot read the regions table: %s", dbpath, sqlite3_errmsg(db));
        sqlite3_finalize(st);
        st = NULL;
    } else { /* data */
        t = (struct table){.name = "data", .ncols = 10, .cols = data_cols, .numeric = data_num};
        if (sqlite3_prepare_v2(db,
                               "SELECT name, kind, region, bytes_read, bytes_written, cache_hits, cache_misses, "
                               "fram_writes, sram_reads + sram_writes FROM data_access "
                               "ORDER BY bytes_read + bytes_written DESC, name",
                               -1, &st, NULL) != SQLITE_OK)
            FAIL("%s: cannot read the data_access table: %s", dbpath, sqlite3_errmsg(db));
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            uint64_t e = ferro_energy_data_fj(&C, (uint64_t)sqlite3_column_int64(st, 5),
                                              (uint64_t)sqlite3_column_int64(st, 6),
                                              (uint64_t)sqlite3_column_int64(st, 7),
                                              (uint64_t)sqlite3_column_int64(st, 8));
            const char *cells[7];
            for (int c = 0; c < 7; c++) {
                const unsigned char *s = sqlite3_column_text(st, c);
                cells[c] = s ? (const char *)s : "";
            }
            table_add(&t, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], nj(e),
                      u64s(e), pct(e, total_fj));
        }
        if (rc != SQLITE_DONE)
            FAIL("%s: cannot read the data_access table: %s", dbpath, sqlite3_errmsg(db));
        sqlite3_finalize(st);
        st = NULL;
    }

    if (!strcmp(format, "json")) {
        printf("{\"database\": ");
        json_string(stdout, dbpath);
        printf(", \"status\": ");
        json_string(stdout, run_status);
        printf(",\n \"vcc\": %g, \"params\": ", P.vcc);
        json_string(stdout, params_path);
        printf(", \"rules\": ");
        json_string(stdout, rules_path);
        printf(",\n \"cycles\": %" PRIu64 ", \"instructions\": %" PRIu64 ", \"time_s\": %.12g, \"active_time_s\": %.12g,"
               " \"sleep_time_s\": %.12g, \"wakeups\": %" PRIu64 ",\n",
               total_cycles, insns, (double)time_ps * 1e-12, (double)active_ps * 1e-12, (double)sleep_ps * 1e-12,
               wakeups);
        printf(" \"energy_fj\": %" PRIu64 ", \"active_energy_fj\": %" PRIu64 ", \"sleep_energy_fj\": %" PRIu64
               ", \"datasheet_active_energy_fj\": %.0f,\n \"by\": \"%s\", \"rows\": ",
               total_fj, active_fj, sleep_fj, ds_fj, by);
        table_print(stdout, &t, "json");
        printf("}\n");
    } else if (!strcmp(format, "csv")) {
        table_print(stdout, &t, "csv");
    } else {
        printf("run %s (%s): %" PRIu64 " cycles, %" PRIu64 " instructions, %.9f s (active %.9f s, asleep %.9f s, "
               "%" PRIu64 " wake-ups)\n",
               dbpath, run_status, total_cycles, insns, (double)time_ps * 1e-12, (double)active_ps * 1e-12,
               (double)sleep_ps * 1e-12, wakeups);
        printf("energy at %.3g V: %s nJ (active %s nJ, sleep and wake-up %s nJ); datasheet uA/MHz estimate of the "
               "active part: %.3f nJ\n\n",
               P.vcc, nj(total_fj), nj(active_fj), nj(sleep_fj), ds_fj * 1e-6);
        table_print(stdout, &t, "text");
    }
    if (fflush(stdout) != 0 || ferror(stdout))
        status = cli_error(EXIT_BAD_OUTPUT, "report: cannot write the report");
out:
    sqlite3_finalize(st);
    sqlite3_close(db);
    table_free(&t);
    for (size_t i = 0; i < nrows; i++)
        free(rows[i].function);
    free(rows);
    for (size_t i = 0; i < nlr; i++)
        free(lr[i].key);
    free(lr);
    for (size_t i = 0; i < ngs; i++)
        free(gs[i].key);
    free(gs);
    for (size_t i = 0; i < nrules; i++)
        free(rules[i].pattern);
    free(rules);
    if (have_img)
        ferro_image_free(&img);
    if (m)
        ferro_free(m);
    return status;
#undef FAIL
}
