/* The run database (rundb.h).  During the run the machine's hooks feed the
 * in-memory profile (profile.h); only the optional full trace and closed region
 * intervals reach SQLite while the firmware runs, buffered and written in large
 * transactions through prepared statements that are reused.  Everything else is
 * written at the end, in one transaction that also sets meta.status, so a
 * database never claims 'complete' unless all of it is there. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "rundb.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dwarf_lines.h"
#include "profile.h"
#include "sha256.h"

/* Rows buffered before a write: large transactions, bounded memory. */
#define TRACE_BATCH 65536
#define ACCESS_BATCH (4 * TRACE_BATCH)
#define REGION_BATCH 4096

struct trace_row {
    uint64_t step, cycle;
    uint32_t pc;
    uint16_t op, vector, cycles, wait_cycles;
    uint16_t fetches, reads, writes, cache_hits, cache_misses;
    uint8_t kind;
    uint32_t r[16];
};

struct access_row {
    uint64_t step;
    uint32_t addr;
    uint16_t seq;
    uint8_t kind, region, bytes;
    int8_t cache;
};

/* A region marker interval. */
struct interval {
    uint64_t number, parent; /* parent 0: top level */
    uint16_t id, depth;
    uint32_t start_pc, end_pc;
    uint64_t start_cycle, end_cycle;
    ferro_ps start_ps, end_ps;
    int by_marker;          /* closed by its end marker, not by the end of the run */
    struct ferro_snapshot start;
    struct ferro_counts c;  /* when closed */
};

enum { WINDOW_BEFORE, WINDOW_OPEN, WINDOW_DONE };

struct ferro_rundb {
    sqlite3 *db;
    struct ferro_rundb_opts o;
    char *path;
    struct ferro_machine *m;
    const struct ferro_image *img;
    struct ferro_profile *p;
    char error[300]; /* the first write that failed during the run */

    struct interval *open, *closed;
    size_t nopen, open_cap, nclosed;
    uint64_t intervals;
    sqlite3_stmt *ins_region, *ins_meta;
    void (*prev_marker)(struct ferro_machine *, const struct ferro_marker *, void *);
    void *prev_marker_ctx;

    int window;
    struct trace_row *rows;
    struct access_row *acc;
    size_t nrows, nacc;
    uint64_t traced_steps, traced_accesses;
    uint64_t acc_step;  /* the step whose accesses are being numbered ... */
    uint16_t acc_seq;   /* ... and the number of the next one */
    sqlite3_stmt *ins_trace, *ins_access;
};

/* ---- small helpers ------------------------------------------------------ */

static void iso_utc(char out[48])
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char s[24];
    strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out, 48, "%s.%03ldZ", s, ts.tv_nsec / 1000000);
}

char *ferro_rundb_join_args(int argc, char *const argv[])
{
    size_t len = 1;
    for (int i = 0; i < argc; i++)
        len += 4 * strlen(argv[i]) + 3;
    char *s = malloc(len), *q = s;
    if (!s)
        return NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (i)
            *q++ = ' ';
        int plain = *a != 0;
        for (const char *c = a; *c; c++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%", *c))
                plain = 0;
        if (plain) {
            q += sprintf(q, "%s", a);
            continue;
        }
        /* Single quotes; an embedded ' becomes '\'' */
        *q++ = '\'';
        for (const char *c = a; *c; c++) {
            if (*c == '\'')
                q += sprintf(q, "'\\''");
            else
                *q++ = *c;
        }
        *q++ = '\'';
    }
    *q = 0;
    return s;
}

int ferro_trace_point_parse(const char *s, const struct ferro_image *img, struct ferro_trace_point *out,
                            char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    out->set = 1;
    out->text = s;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (*s >= '0' && *s <= '9' && !*end && !errno) {
        out->cycle = v;
        return 0;
    }
    const struct ferro_symbol *sym = img ? ferro_symbol_named(img, s) : NULL;
    if (!sym) {
        snprintf(err, errlen, "'%s' is neither a cycle number nor a symbol of the firmware", s);
        return -1;
    }
    out->is_symbol = 1;
    out->addr = sym->addr & ~1u;
    return 0;
}

/* Record the first failure of the run; later ones add nothing. */
static void failed(struct ferro_rundb *d, const char *what)
{
    if (!d->error[0])
        snprintf(d->error, sizeof d->error, "%s: %s", what, sqlite3_errmsg(d->db));
}

static int exec(struct ferro_rundb *d, const char *sql)
{
    return sqlite3_exec(d->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int step_reset(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* The same for the trace's inserts, which bind every column of every row
 * (NULL included), so the bindings need no clearing. */
static int step_again(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void bind_u64(sqlite3_stmt *st, int i, uint64_t v) { sqlite3_bind_int64(st, i, (sqlite3_int64)v); }

/* meta(key, value): one statement, prepared once. */
static sqlite3_stmt *meta_stmt(struct ferro_rundb *d, const char *key)
{
    if (!d->ins_meta &&
        sqlite3_prepare_v2(d->db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", -1,
                           &d->ins_meta, NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(d->ins_meta, 1, key, -1, SQLITE_STATIC);
    return d->ins_meta;
}

static int meta_text(struct ferro_rundb *d, const char *key, const char *value)
{
    sqlite3_stmt *st = meta_stmt(d, key);
    if (!st)
        return -1;
    if (value)
        sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
    return step_reset(st);
}

static int meta_int(struct ferro_rundb *d, const char *key, int64_t value)
{
    sqlite3_stmt *st = meta_stmt(d, key);
    if (!st)
        return -1;
    sqlite3_bind_int64(st, 2, value);
    return step_reset(st);
}

static int meta_real(struct ferro_rundb *d, const char *key, double value)
{
    sqlite3_stmt *st = meta_stmt(d, key);
    if (!st)
        return -1;
    sqlite3_bind_double(st, 2, value);
    return step_reset(st);
}

/* ---- schema ------------------------------------------------------------- */

#define COL(f) ", " #f " INTEGER"
#define COUNT_COLUMNS FERRO_COUNTS(COL)

static const char schema[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value);"
    "CREATE TABLE symbols(name TEXT, addr INTEGER, size INTEGER, kind TEXT);"
    "CREATE TABLE lines(addr INTEGER, end_addr INTEGER, file TEXT, line INTEGER, column INTEGER,"
    " function TEXT);"
    "CREATE TABLE profile(kind TEXT NOT NULL, addr INTEGER, function TEXT, count INTEGER" COUNT_COLUMNS ");"
    "CREATE TABLE regions(interval INTEGER PRIMARY KEY, id INTEGER, name TEXT, depth INTEGER,"
    " parent INTEGER, start_cycle INTEGER, end_cycle INTEGER, start_time_ps INTEGER,"
    " end_time_ps INTEGER, time_s REAL, start_pc INTEGER, end_pc INTEGER, closed TEXT,"
    " instructions INTEGER" COUNT_COLUMNS ");"
    "CREATE TABLE dma(channel INTEGER PRIMARY KEY, triggers INTEGER, transfers INTEGER, bytes INTEGER,"
    " records INTEGER, src_regions TEXT, dst_regions TEXT" COUNT_COLUMNS ");"
    "CREATE TABLE sleep(mode TEXT PRIMARY KEY, time_ps INTEGER, time_s REAL, mclk_cycles INTEGER,"
    " periods INTEGER);"
    "CREATE TABLE data_access(name TEXT, kind TEXT, addr INTEGER, size INTEGER, region TEXT,"
    " fram_reads INTEGER, fram_writes INTEGER, sram_reads INTEGER, sram_writes INTEGER,"
    " periph_reads INTEGER, periph_writes INTEGER, other_reads INTEGER, other_writes INTEGER,"
    " bytes_read INTEGER, bytes_written INTEGER, cache_hits INTEGER, cache_misses INTEGER);"
    /* Clustered by (step, seq): rows arrive in that order, and no index is
     * left to build at the end. */
    "CREATE TABLE trace_access(step INTEGER, seq INTEGER, addr INTEGER, kind TEXT, region TEXT,"
    " bytes INTEGER, cache_hit INTEGER, PRIMARY KEY (step, seq)) WITHOUT ROWID;"
    /* Per-function totals: profile rows by the ELF function holding them;
     * interrupts, resets, DMA and bus traffic outside any step by their kind. */
    "CREATE VIEW function_totals AS SELECT COALESCE(function, '[' || kind || ']') AS function,"
    " count(*) AS addresses, sum(count) AS count, sum(cycles) AS cycles,"
    " round(100.0 * sum(cycles) / (SELECT sum(cycles) FROM profile), 3) AS cycles_pct,"
    " sum(wait_cycles) AS wait_cycles, sum(fram_fetches) AS fram_fetches,"
    " sum(fram_reads) AS fram_reads, sum(fram_writes) AS fram_writes,"
    " sum(sram_fetches) AS sram_fetches, sum(sram_reads) AS sram_reads,"
    " sum(sram_writes) AS sram_writes, sum(periph_reads) AS periph_reads,"
    " sum(periph_writes) AS periph_writes, sum(cache_hits) AS cache_hits,"
    " sum(cache_misses) AS cache_misses, sum(mpy32_accesses) AS mpy32_accesses"
    " FROM profile GROUP BY 1 ORDER BY cycles DESC;"
    /* Per-region totals: all intervals of one marker id (an id nested in itself
     * counts its inner intervals twice). */
    "CREATE VIEW region_totals AS SELECT id, name, count(*) AS intervals,"
    " sum(instructions) AS instructions, sum(cycles) AS cycles, sum(time_s) AS time_s,"
    " sum(wait_cycles) AS wait_cycles, sum(fram_fetches) AS fram_fetches,"
    " sum(fram_reads) AS fram_reads, sum(fram_writes) AS fram_writes,"
    " sum(sram_reads) AS sram_reads, sum(sram_writes) AS sram_writes,"
    " sum(periph_reads) AS periph_reads, sum(periph_writes) AS periph_writes,"
    " sum(cache_hits) AS cache_hits, sum(cache_misses) AS cache_misses,"
    " sum(mpy32_accesses) AS mpy32_accesses FROM regions GROUP BY id, name ORDER BY id;"
    /* Per-source-line totals (DWARF), inlined code under its own line. */
    "CREATE VIEW line_totals AS SELECT l.file AS file, l.line AS line, l.function AS function,"
    " sum(p.count) AS count, sum(p.cycles) AS cycles, sum(p.wait_cycles) AS wait_cycles,"
    " sum(p.fram_reads) AS fram_reads, sum(p.fram_writes) AS fram_writes,"
    " sum(p.sram_reads) AS sram_reads, sum(p.sram_writes) AS sram_writes,"
    " sum(p.cache_misses) AS cache_misses"
    " FROM profile p JOIN lines l ON p.addr >= l.addr AND p.addr < l.end_addr"
    " WHERE p.kind = 'insn' GROUP BY l.file, l.line, l.function ORDER BY cycles DESC;";

static int create_trace_table(struct ferro_rundb *d)
{
    char sql[1024];
    int n = snprintf(sql, sizeof sql,
                     "CREATE TABLE trace(step INTEGER PRIMARY KEY, cycle INTEGER, pc INTEGER, kind TEXT,"
                     " op TEXT, vector INTEGER, cycles INTEGER, wait_cycles INTEGER, fetches INTEGER,"
                     " reads INTEGER, writes INTEGER, cache_hits INTEGER, cache_misses INTEGER");
    if (d->o.trace_regs)
        for (int r = 0; r < 16; r++)
            n += snprintf(sql + n, sizeof sql - (size_t)n, ", r%d INTEGER", r);
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    return exec(d, sql);
}

/* ---- opening ------------------------------------------------------------ */

static const char *step_kind_name(unsigned k)
{
    static const char *const names[] = {"insn", "irq", "reset", "dma"};
    return k < 4 ? names[k] : "?";
}

static const char *access_kind_name(unsigned k)
{
    static const char *const names[] = {"fetch", "read", "write"};
    return k < 3 ? names[k] : "?";
}

/* Why SQLite refused, in the user's terms. */
static const char *open_reason(sqlite3 *db, int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "locked by another process";
    case SQLITE_NOTADB: return "not a SQLite database (not overwriting it)";
    case SQLITE_READONLY: return "not writable";
    default: return sqlite3_errmsg(db);
    }
}

static int query_int(sqlite3 *db, const char *sql, int64_t *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

/* An existing non-empty file is reused only when it is one of our databases
 * (then emptied); anything else is left alone. */
static int take_over(sqlite3 *db, char *why, size_t n)
{
    int64_t app = 0, tables = 0;
    int rc = query_int(db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = query_int(db, "SELECT count(*) FROM sqlite_master", &tables);
    if (rc != SQLITE_OK) {
        snprintf(why, n, "%s", open_reason(db, rc));
        return -1;
    }
    if (app != FERRO_RUNDB_APP_ID && tables) {
        snprintf(why, n, "a SQLite database not written by ferro (not overwriting it)");
        return -1;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_RESET_DATABASE, 1, (int *)NULL);
    rc = sqlite3_exec(db, "VACUUM", NULL, NULL, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_RESET_DATABASE, 0, (int *)NULL);
    if (rc != SQLITE_OK) {
        snprintf(why, n, "%s", open_reason(db, rc));
        return -1;
    }
    return 0;
}

static int write_symbols(struct ferro_rundb *d)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(d->db, "INSERT INTO symbols VALUES (?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < d->img->nsyms && !rc; i++) {
        const struct ferro_symbol *s = &d->img->syms[i];
        char kind[2] = {s->kind, 0};
        sqlite3_bind_text(st, 1, s->name, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, s->addr);
        sqlite3_bind_int64(st, 3, s->size);
        sqlite3_bind_text(st, 4, kind, -1, SQLITE_TRANSIENT);
        rc = step_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

/* Source lines: where DWARF names no function (assembly), the ELF symbol does,
 * as llvm-symbolizer falls back to the symbol table. */
static int write_lines(struct ferro_rundb *d)
{
    struct ferro_lines lines;
    char why[300];
    if (ferro_lines_read(d->o.firmware, &lines, why, sizeof why) != 0) {
        /* The run is still worth having: say so in meta and on stderr. */
        fprintf(stderr, "ferro: warning: no source lines in the run database: %s\n", why);
        return meta_text(d, "lines_error", why);
    }
    sqlite3_stmt *st;
    int rc = -1;
    if (sqlite3_prepare_v2(d->db, "INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?)", -1, &st, NULL) == SQLITE_OK) {
        rc = 0;
        for (size_t i = 0; i < lines.n && !rc; i++) {
            const struct ferro_line *l = &lines.v[i];
            const char *fn = l->function;
            if (!fn) {
                const struct ferro_symbol *s = ferro_symbol_at(d->img, l->addr);
                fn = s && s->kind != 'O' ? s->name : NULL;
            }
            sqlite3_bind_int64(st, 1, l->addr);
            sqlite3_bind_int64(st, 2, l->end);
            if (l->file)
                sqlite3_bind_text(st, 3, l->file, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 4, l->line);
            sqlite3_bind_int64(st, 5, l->column);
            if (fn)
                sqlite3_bind_text(st, 6, fn, -1, SQLITE_STATIC);
            rc = step_reset(st);
        }
        sqlite3_finalize(st);
    }
    ferro_lines_free(&lines);
    return rc;
}

static const char *cache_policy_name(unsigned p)
{
    return p == FRAM_CACHE_LRU ? "lru" : p == FRAM_CACHE_FIFO ? "fifo" : "off";
}

static int write_meta_start(struct ferro_rundb *d)
{
    char buf[128], hex[65];
    iso_utc(buf);
    int rc = meta_int(d, "schema_version", FERRO_RUNDB_SCHEMA_VERSION) |
             meta_text(d, "ferro_version", FERRO_VERSION) | meta_text(d, "status", "incomplete") |
             meta_text(d, "started_utc", buf) | meta_text(d, "firmware", d->o.firmware) |
             meta_text(d, "command_line", d->o.command_line);
    char *abs = realpath(d->o.firmware, NULL);
    rc |= meta_text(d, "firmware_realpath", abs ? abs : d->o.firmware);
    free(abs);
    if (ferro_sha256_file(d->o.firmware, hex) == 0)
        rc |= meta_text(d, "firmware_sha256", hex);
    const struct fram_cache_config *cc = &d->m->fram_cache.cfg;
    if (cc->policy == FRAM_CACHE_OFF)
        snprintf(buf, sizeof buf, "off");
    else
        snprintf(buf, sizeof buf, "%ux%ux%u,%s", cc->sets, cc->ways, cc->line_bytes,
                 cache_policy_name(cc->policy));
    rc |= meta_text(d, "fram_cache", buf);
    rc |= meta_int(d, "mclk_fixed_hz", d->m->cfg.mclk_hz);
    rc |= meta_int(d, "max_cycles", (int64_t)d->m->cfg.max_cycles);
    rc |= meta_text(d, "trace", d->o.trace ? "full" : "off");
    if (d->o.trace) {
        rc |= meta_int(d, "trace_regs", d->o.trace_regs);
        if (d->o.from.set)
            rc |= meta_text(d, "trace_from", d->o.from.text);
        if (d->o.to.set)
            rc |= meta_text(d, "trace_to", d->o.to.text);
    }
    return rc ? -1 : 0;
}

static int prepare(struct ferro_rundb *d)
{
    char sql[1024];
    int n = snprintf(sql, sizeof sql, "INSERT INTO regions VALUES (?");
    for (int i = 1; i < 14 + 16; i++)
        n += snprintf(sql + n, sizeof sql - (size_t)n, ", ?");
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    if (sqlite3_prepare_v2(d->db, sql, -1, &d->ins_region, NULL) != SQLITE_OK)
        return -1;
    if (!d->o.trace)
        return 0;
    n = snprintf(sql, sizeof sql, "INSERT INTO trace VALUES (?");
    for (int i = 1; i < 13 + (d->o.trace_regs ? 16 : 0); i++)
        n += snprintf(sql + n, sizeof sql - (size_t)n, ", ?");
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    if (sqlite3_prepare_v2(d->db, sql, -1, &d->ins_trace, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(d->db, "INSERT INTO trace_access VALUES (?, ?, ?, ?, ?, ?, ?)", -1,
                           &d->ins_access, NULL) != SQLITE_OK)
        return -1;
    return 0;
}

static void attach(struct ferro_rundb *d);

struct ferro_rundb *ferro_rundb_open(const struct ferro_rundb_opts *o, struct ferro_machine *m,
                                     const struct ferro_image *img, char *err, size_t errlen)
{
    char why[300] = "";
    struct stat st;
    int created = 0;
    if (stat(o->path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            snprintf(err, errlen, "%s: is a directory", o->path);
            return NULL;
        }
        if (!S_ISREG(st.st_mode)) {
            snprintf(err, errlen, "%s: not a regular file", o->path);
            return NULL;
        }
        if (access(o->path, W_OK) != 0) {
            snprintf(err, errlen, "%s: not writable: %s", o->path, strerror(errno));
            return NULL;
        }
    } else {
        /* Create it ourselves: the system's reason (no such directory,
         * permission denied) is clearer than SQLite's. */
        int fd = open(o->path, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd < 0) {
            snprintf(err, errlen, "%s: cannot create: %s", o->path, strerror(errno));
            return NULL;
        }
        close(fd);
        created = 1;
    }

    struct ferro_rundb *d = calloc(1, sizeof *d);
    if (!d || !(d->path = strdup(o->path))) {
        snprintf(err, errlen, "%s: out of memory", o->path);
        goto fail;
    }
    d->o = *o;
    d->m = m;
    d->img = img;
    /* NOMUTEX: one thread uses the connection; no lock per call. */
    int rc = sqlite3_open_v2(o->path, &d->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        snprintf(why, sizeof why, "%s", d->db ? open_reason(d->db, rc) : "cannot open");
        goto fail_why;
    }
    sqlite3_extended_result_codes(d->db, 1);
    sqlite3_busy_timeout(d->db, 0); /* a database in use is an error, not a wait */
    if (!created && st.st_size > 0 && take_over(d->db, why, sizeof why) != 0)
        goto fail_why;
    char pragmas[200];
    snprintf(pragmas, sizeof pragmas,
             "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
             " PRAGMA application_id = %d; PRAGMA user_version = %d;",
             FERRO_RUNDB_APP_ID, FERRO_RUNDB_SCHEMA_VERSION);
    if ((rc = sqlite3_exec(d->db, pragmas, NULL, NULL, NULL)) != SQLITE_OK ||
        (rc = sqlite3_exec(d->db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK) {
        snprintf(why, sizeof why, "%s", open_reason(d->db, rc));
        goto fail_why;
    }
    if (exec(d, schema) != 0 || create_trace_table(d) != 0 ||
        write_meta_start(d) != 0 || write_symbols(d) != 0 || write_lines(d) != 0 ||
        exec(d, "COMMIT") != 0 || prepare(d) != 0) {
        snprintf(why, sizeof why, "%s", sqlite3_errmsg(d->db));
        goto fail_why;
    }
    if (!(d->p = ferro_profile_new(img, m)) ||
        (o->trace && (!(d->rows = malloc(TRACE_BATCH * sizeof *d->rows)) ||
                      !(d->acc = malloc(ACCESS_BATCH * sizeof *d->acc)))) ||
        !(d->closed = malloc(REGION_BATCH * sizeof *d->closed))) {
        snprintf(why, sizeof why, "out of memory");
        goto fail_why;
    }
    attach(d);
    return d;

fail_why:
    snprintf(err, errlen, "%s: %s", o->path, why);
fail:
    if (d) {
        sqlite3_finalize(d->ins_meta);
        sqlite3_finalize(d->ins_region);
        sqlite3_finalize(d->ins_trace);
        sqlite3_finalize(d->ins_access);
        sqlite3_close(d->db);
        ferro_profile_free(d->p);
        free(d->rows);
        free(d->acc);
        free(d->closed);
        free(d->path);
        free(d);
    }
    if (created) { /* leave nothing behind that could pass for a run */
        char side[4096];
        unlink(o->path);
        snprintf(side, sizeof side, "%s-wal", o->path);
        unlink(side);
        snprintf(side, sizeof side, "%s-shm", o->path);
        unlink(side);
    }
    return NULL;
}

/* ---- region markers ----------------------------------------------------- */

static int flush_regions(struct ferro_rundb *d)
{
    if (!d->nclosed)
        return 0;
    int rc = exec(d, "BEGIN");
    sqlite3_stmt *st = d->ins_region;
    for (size_t i = 0; i < d->nclosed && !rc; i++) {
        const struct interval *v = &d->closed[i];
        int k = 1;
        bind_u64(st, k++, v->number);
        sqlite3_bind_int(st, k++, v->id);
        k++; /* name: the GPIO marker protocol carries ids only */
        sqlite3_bind_int(st, k++, v->depth);
        if (v->parent)
            bind_u64(st, k, v->parent);
        k++;
        bind_u64(st, k++, v->start_cycle);
        bind_u64(st, k++, v->end_cycle);
        bind_u64(st, k++, v->start_ps);
        bind_u64(st, k++, v->end_ps);
        sqlite3_bind_double(st, k++, (double)(v->end_ps - v->start_ps) / FERRO_PS_PER_S);
        sqlite3_bind_int64(st, k++, v->start_pc);
        sqlite3_bind_int64(st, k++, v->end_pc);
        sqlite3_bind_text(st, k++, v->by_marker ? "marker" : "end of run", -1, SQLITE_STATIC);
        bind_u64(st, k++, v->c.count);
#define BIND(f) bind_u64(st, k++, v->c.f);
        FERRO_COUNTS(BIND)
#undef BIND
        rc = step_reset(st);
    }
    if (rc || exec(d, "COMMIT")) {
        failed(d, "writing regions");
        exec(d, "ROLLBACK");
        rc = -1;
    }
    d->nclosed = 0;
    return rc;
}

static void close_interval(struct ferro_rundb *d, size_t i, const struct ferro_snapshot *now,
                           uint64_t cycle, ferro_ps ps, uint32_t pc, int by_marker)
{
    struct interval *v = &d->open[i];
    v->end_cycle = cycle;
    v->end_ps = ps;
    v->end_pc = pc;
    v->by_marker = by_marker;
    ferro_counts_between(&v->c, &v->start, now);
    if (d->nclosed == REGION_BATCH)
        flush_regions(d);
    d->closed[d->nclosed++] = *v;
    memmove(&d->open[i], &d->open[i + 1], (d->nopen - i - 1) * sizeof *v);
    d->nopen--;
}

static void on_marker(struct ferro_machine *m, const struct ferro_marker *mk, void *ctx)
{
    struct ferro_rundb *d = ctx;
    struct ferro_snapshot now;
    ferro_snapshot_take(m, &now);
    if (mk->begin) {
        if (d->nopen == d->open_cap) {
            size_t cap = d->open_cap ? 2 * d->open_cap : 16;
            struct interval *p = realloc(d->open, cap * sizeof *p);
            if (!p) {
                snprintf(d->error, sizeof d->error, "out of memory recording regions");
                goto chain;
            }
            d->open = p, d->open_cap = cap;
        }
        struct interval *v = &d->open[d->nopen];
        memset(v, 0, sizeof *v);
        v->number = ++d->intervals;
        v->parent = d->nopen ? d->open[d->nopen - 1].number : 0;
        v->id = mk->id;
        v->depth = (uint16_t)d->nopen;
        v->start_cycle = mk->cycles;
        v->start_ps = mk->time;
        v->start_pc = mk->pc;
        v->start = now;
        d->nopen++;
    } else {
        /* The innermost open interval of this id (the GPIO protocol ends the
         * innermost region; an end matching nothing is ignored). */
        for (size_t i = d->nopen; i-- > 0;)
            if (d->open[i].id == mk->id) {
                close_interval(d, i, &now, mk->cycles, mk->time, mk->pc, 1);
                break;
            }
    }
chain:
    if (d->prev_marker)
        d->prev_marker(m, mk, d->prev_marker_ctx);
}

/* ---- full trace --------------------------------------------------------- */

static int flush_trace(struct ferro_rundb *d)
{
    if (!d->nrows && !d->nacc)
        return 0;
    int rc = exec(d, "BEGIN");
    sqlite3_stmt *st = d->ins_trace;
    for (size_t i = 0; i < d->nrows && !rc; i++) {
        const struct trace_row *t = &d->rows[i];
        int k = 1;
        bind_u64(st, k++, t->step);
        bind_u64(st, k++, t->cycle);
        sqlite3_bind_int64(st, k++, t->pc);
        sqlite3_bind_text(st, k++, step_kind_name(t->kind), -1, SQLITE_STATIC);
        if (t->kind == EV_INSN && t->op < OP_COUNT)
            sqlite3_bind_text(st, k++, ferro_isa[t->op].mnemonic, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(st, k++);
        if (t->kind != EV_INSN)
            sqlite3_bind_int(st, k++, t->vector);
        else
            sqlite3_bind_null(st, k++);
        sqlite3_bind_int(st, k++, t->cycles);
        sqlite3_bind_int(st, k++, t->wait_cycles);
        sqlite3_bind_int(st, k++, t->fetches);
        sqlite3_bind_int(st, k++, t->reads);
        sqlite3_bind_int(st, k++, t->writes);
        sqlite3_bind_int(st, k++, t->cache_hits);
        sqlite3_bind_int(st, k++, t->cache_misses);
        if (d->o.trace_regs)
            for (int r = 0; r < 16; r++)
                sqlite3_bind_int64(st, k++, t->r[r]);
        rc = step_again(st);
    }
    st = d->ins_access;
    for (size_t i = 0; i < d->nacc && !rc; i++) {
        const struct access_row *a = &d->acc[i];
        bind_u64(st, 1, a->step);
        sqlite3_bind_int(st, 2, a->seq);
        sqlite3_bind_int64(st, 3, a->addr);
        sqlite3_bind_text(st, 4, access_kind_name(a->kind), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, ferro_region_name(a->region), -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 6, a->bytes);
        if (a->cache >= 0)
            sqlite3_bind_int(st, 7, a->cache);
        else
            sqlite3_bind_null(st, 7);
        rc = step_again(st);
    }
    if (rc || exec(d, "COMMIT")) {
        failed(d, "writing the trace");
        exec(d, "ROLLBACK");
        rc = -1;
    }
    d->traced_steps += d->nrows;
    d->traced_accesses += d->nacc;
    d->nrows = d->nacc = 0;
    return rc;
}

/* Outside the trace window the hooks get the profile itself as their context:
 * one pointer less to follow per step. */
static void step_profile(struct ferro_machine *m, const struct ferro_exec *e, unsigned cycles, void *ctx)
{
    ferro_profile_step(ctx, m, e, cycles);
}

static void access_profile(struct ferro_machine *m, uint32_t addr, unsigned kind, unsigned bytes,
                           unsigned region, int cache, void *ctx)
{
    (void)m;
    ferro_profile_access(ctx, addr, kind, bytes, region, cache);
}

static void set_window(struct ferro_rundb *d, int w);

/* In the window: every access of a step is a row, numbered with the step to
 * come (the on_step that follows takes that number). */
static void access_trace(struct ferro_machine *m, uint32_t addr, unsigned kind, unsigned bytes,
                         unsigned region, int cache, void *ctx)
{
    struct ferro_rundb *d = ctx;
    if (kind != ACC_FETCH)
        ferro_profile_access(d->p, addr, kind, bytes, region, cache);
    if (m->cur == &m->scratch) /* outside any step */
        return;
    if (d->nacc == ACCESS_BATCH && flush_trace(d) != 0) { /* a long DMA record */
        set_window(d, WINDOW_DONE);
        return;
    }
    if (d->p->steps != d->acc_step) /* the first access of this step */
        d->acc_step = d->p->steps, d->acc_seq = 0;
    d->acc[d->nacc++] = (struct access_row){d->p->steps, addr, d->acc_seq++, (uint8_t)kind,
                                             (uint8_t)region, (uint8_t)bytes, (int8_t)cache};
}

/* Is the next step (at m->cycles, PC m->r[0]) at this window end? */
static int at_point(const struct ferro_trace_point *p, const struct ferro_machine *m)
{
    return p->is_symbol ? (m->r[0] & ~1u) == p->addr : m->cycles >= p->cycle;
}

static void step_wait(struct ferro_machine *m, const struct ferro_exec *e, unsigned cycles, void *ctx);
static void step_trace(struct ferro_machine *m, const struct ferro_exec *e, unsigned cycles, void *ctx);

static void set_window(struct ferro_rundb *d, int w)
{
    struct ferro_machine *m = d->m;
    d->window = w;
    m->on_step = w == WINDOW_BEFORE ? step_wait : w == WINDOW_OPEN ? step_trace : step_profile;
    m->on_step_ctx = w == WINDOW_DONE ? (void *)d->p : d;
    m->on_access = w == WINDOW_OPEN ? access_trace : access_profile;
    m->on_access_ctx = w == WINDOW_OPEN ? (void *)d : d->p;
    m->on_fetch = w == WINDOW_OPEN ? access_trace : NULL;
    if (w == WINDOW_OPEN && d->o.to.set && at_point(&d->o.to, m))
        set_window(d, WINDOW_DONE);
}

static void step_wait(struct ferro_machine *m, const struct ferro_exec *e, unsigned cycles, void *ctx)
{
    struct ferro_rundb *d = ctx;
    ferro_profile_step(d->p, m, e, cycles);
    if (at_point(&d->o.from, m))
        set_window(d, WINDOW_OPEN);
}

static void step_trace(struct ferro_machine *m, const struct ferro_exec *e, unsigned cycles, void *ctx)
{
    struct ferro_rundb *d = ctx;
    ferro_profile_step(d->p, m, e, cycles);
    struct trace_row *t = &d->rows[d->nrows++];
    t->step = d->p->steps - 1;
    t->cycle = m->cycles - cycles;
    t->pc = e->pc;
    t->kind = e->event;
    t->op = e->op;
    t->vector = e->vector;
    t->cycles = (uint16_t)cycles;
    t->wait_cycles = e->wait_cycles;
    unsigned f = 0, r = 0, w = 0;
    for (int g = 0; g < RG_COUNT; g++)
        f += e->fetch[g], r += e->read[g], w += e->write[g];
    t->fetches = (uint16_t)f, t->reads = (uint16_t)r, t->writes = (uint16_t)w;
    t->cache_hits = e->fram_hit;
    t->cache_misses = e->fram_miss;
    if (d->o.trace_regs)
        memcpy(t->r, m->r, sizeof t->r);
    if (d->nrows == TRACE_BATCH)
        if (flush_trace(d) != 0)
            set_window(d, WINDOW_DONE); /* reported at the end */
    if (d->window == WINDOW_OPEN && d->o.to.set && at_point(&d->o.to, m))
        set_window(d, WINDOW_DONE);
}

static void attach(struct ferro_rundb *d)
{
    struct ferro_machine *m = d->m;
    d->prev_marker = m->on_marker;
    d->prev_marker_ctx = m->on_marker_ctx;
    m->on_marker = on_marker;
    m->on_marker_ctx = d;
    if (!d->o.trace)
        set_window(d, WINDOW_DONE);
    else
        set_window(d, d->o.from.set && !at_point(&d->o.from, m) ? WINDOW_BEFORE : WINDOW_OPEN);
}

static void detach(struct ferro_rundb *d)
{
    struct ferro_machine *m = d->m;
    m->on_step = NULL;
    m->on_access = m->on_fetch = NULL;
    m->on_marker = d->prev_marker;
    m->on_marker_ctx = d->prev_marker_ctx;
}

/* ---- the end ------------------------------------------------------------ */

static int counts_zero(const struct ferro_counts *c)
{
    uint64_t any = c->count;
#define OR(f) any |= c->f;
    FERRO_COUNTS(OR)
#undef OR
    return !any;
}

static int profile_row(sqlite3_stmt *st, const char *kind, int64_t addr, int has_addr, const char *fn,
                       const struct ferro_counts *c)
{
    int k = 1;
    sqlite3_bind_text(st, k++, kind, -1, SQLITE_STATIC);
    if (has_addr)
        sqlite3_bind_int64(st, k, addr);
    k++;
    if (fn)
        sqlite3_bind_text(st, k, fn, -1, SQLITE_STATIC);
    k++;
    bind_u64(st, k++, c->count);
#define BIND(f) bind_u64(st, k++, c->f);
    FERRO_COUNTS(BIND)
#undef BIND
    return step_reset(st);
}

static int write_profile(struct ferro_rundb *d)
{
    const struct ferro_profile *p = d->p;
    sqlite3_stmt *st;
    char sql[512];
    int n = snprintf(sql, sizeof sql, "INSERT INTO profile VALUES (?, ?, ?, ?");
    for (int i = 0; i < 16; i++)
        n += snprintf(sql + n, sizeof sql - (size_t)n, ", ?");
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    if (sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < PROF_SLOTS && !rc; i++) {
        struct ferro_counts c;
        ferro_profile_insn_counts(p, i, &c);
        if (counts_zero(&c))
            continue;
        uint32_t addr = (uint32_t)(2 * i);
        const struct ferro_symbol *s = i < PROF_SLOTS - 1 ? ferro_symbol_at(d->img, addr) : NULL;
        rc = profile_row(st, "insn", addr, i < PROF_SLOTS - 1, s ? s->name : NULL, &c);
    }
    for (size_t i = 0; i < PROF_IRQ_SLOTS && !rc; i++)
        if (!counts_zero(&p->irq[i]))
            rc = profile_row(st, "irq", (int64_t)(0xFF80 + 2 * i), 1, NULL, &p->irq[i]);
    if (!rc && !counts_zero(&p->reset))
        rc = profile_row(st, "reset", 0xFFFE, 1, NULL, &p->reset);
    for (size_t i = 0; i < PROF_DMA_CHANNELS && !rc; i++)
        if (!counts_zero(&p->dma[i].c))
            rc = profile_row(st, "dma", (int64_t)i, 1, NULL, &p->dma[i].c);
    /* Bus traffic outside any step record (none today): kept, so the profile
     * always adds up to the run's totals. */
    struct ferro_counts sum, all, other;
    struct ferro_snapshot zero, end;
    memset(&zero, 0, sizeof zero);
    ferro_snapshot_take(d->m, &end);
    ferro_counts_between(&all, &zero, &end);
    ferro_profile_sum(p, &sum);
    other.count = 0;
#define DIFF(f) other.f = all.f - sum.f;
    FERRO_COUNTS(DIFF)
#undef DIFF
    if (!rc && !counts_zero(&other))
        rc = profile_row(st, "other", 0, 0, NULL, &other);
    sqlite3_finalize(st);
    return rc;
}

static void regions_of(char *out, size_t n, uint64_t fram, uint64_t sram, uint64_t periph, uint64_t other)
{
    out[0] = 0;
    size_t len = 0;
    const char *names[] = {"fram", "sram", "peripheral", "other"};
    uint64_t v[] = {fram, sram, periph, other};
    for (int i = 0; i < 4; i++)
        if (v[i])
            len += (size_t)snprintf(out + len, n - len, "%s%s", len ? "," : "", names[i]);
}

static int write_dma(struct ferro_rundb *d)
{
    sqlite3_stmt *st;
    char sql[512];
    int n = snprintf(sql, sizeof sql, "INSERT INTO dma VALUES (?, ?, ?, ?, ?, ?, ?");
    for (int i = 0; i < 16; i++)
        n += snprintf(sql + n, sizeof sql - (size_t)n, ", ?");
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    if (sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = 0;
    for (int i = 0; i < PROF_DMA_CHANNELS && !rc; i++) {
        const struct ferro_dma_channel *ch = &d->p->dma[i];
        const struct ferro_counts *c = &ch->c;
        if (counts_zero(c))
            continue;
        char src[64], dst[64];
        regions_of(src, sizeof src, c->fram_reads, c->sram_reads, c->periph_reads, c->other_reads);
        regions_of(dst, sizeof dst, c->fram_writes, c->sram_writes, c->periph_writes, c->other_writes);
        int k = 1;
        sqlite3_bind_int(st, k++, i);
        bind_u64(st, k++, ch->triggers);
        bind_u64(st, k++, ch->transfers);
        bind_u64(st, k++, ch->bytes);
        bind_u64(st, k++, c->count);
        sqlite3_bind_text(st, k++, src, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, k++, dst, -1, SQLITE_TRANSIENT);
#define BIND(f) bind_u64(st, k++, c->f);
        FERRO_COUNTS(BIND)
#undef BIND
        rc = step_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

static int write_sleep(struct ferro_rundb *d)
{
    const struct ferro_machine *m = d->m;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(d->db, "INSERT INTO sleep VALUES (?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = 0;
    ferro_ps asleep = 0;
    for (int i = 0; i < 5 && !rc; i++) {
        static const char *const modes[5] = {"LPM0", "LPM1", "LPM2", "LPM3", "LPM4"};
        asleep += m->sleep_ps[i];
        sqlite3_bind_text(st, 1, modes[i], -1, SQLITE_STATIC);
        bind_u64(st, 2, m->sleep_ps[i]);
        sqlite3_bind_double(st, 3, (double)m->sleep_ps[i] / FERRO_PS_PER_S);
        bind_u64(st, 4, d->p->sleep_cycles[i]);
        bind_u64(st, 5, d->p->sleep_wakeups[i]);
        rc = step_reset(st);
    }
    /* Active: the rest of the simulated time, and every MCLK cycle executed. */
    ferro_ps active = ferro_now(m) - asleep;
    if (!rc) {
        sqlite3_bind_text(st, 1, "active", -1, SQLITE_STATIC);
        bind_u64(st, 2, active);
        sqlite3_bind_double(st, 3, (double)active / FERRO_PS_PER_S);
        bind_u64(st, 4, m->cycles);
        rc = step_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

static int write_data_access(struct ferro_rundb *d)
{
    const struct ferro_profile *p = d->p;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(d->db,
                           "INSERT INTO data_access VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                           " ?, ?)",
                           -1, &st, NULL) != SQLITE_OK)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < p->nobjects && !rc; i++) {
        const struct ferro_data_object *o = &p->objects[i];
        const struct ferro_data_counts *c = &o->c;
        if (!(c->bytes_read | c->bytes_written))
            continue;
        const char *region = ferro_region_name(ferro_region_of(&d->m->mem, o->addr));
        char name[64];
        if (o->kind == DATA_OBJECT)
            snprintf(name, sizeof name, "%s", o->sym->name);
        else if (o->kind == DATA_DEVICE)
            snprintf(name, sizeof name, "%s@0x%03x", o->device ? o->device : "device", o->addr);
        else
            snprintf(name, sizeof name, "%s 0x%05x", region, o->addr);
        static const char *const kinds[] = {"range", "object", "device"};
        sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, kinds[o->kind], -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, o->addr);
        sqlite3_bind_int64(st, 4, o->size);
        sqlite3_bind_text(st, 5, region, -1, SQLITE_STATIC);
        uint64_t v[] = {c->fram_reads, c->fram_writes, c->sram_reads, c->sram_writes,
                        c->periph_reads, c->periph_writes, c->other_reads, c->other_writes,
                        c->bytes_read, c->bytes_written, c->cache_hits, c->cache_misses};
        for (int k = 0; k < 12; k++)
            bind_u64(st, 6 + k, v[k]);
        rc = step_reset(st);
    }
    sqlite3_finalize(st);
    return rc;
}

static const char *status_of(enum ferro_stop stop)
{
    switch (stop) {
    case STOP_HALT: return "complete";
    case STOP_FAULT: return "fault";
    case STOP_BUDGET: return "budget";
    default: return "interrupted";
    }
}

static void free_db(struct ferro_rundb *d)
{
    sqlite3_finalize(d->ins_meta);
    sqlite3_finalize(d->ins_region);
    sqlite3_finalize(d->ins_trace);
    sqlite3_finalize(d->ins_access);
    sqlite3_close(d->db);
    ferro_profile_free(d->p);
    free(d->rows);
    free(d->acc);
    free(d->open);
    free(d->closed);
    free(d->path);
    free(d);
}

void ferro_rundb_close(struct ferro_rundb *d)
{
    if (!d)
        return;
    detach(d);
    free_db(d);
}

int ferro_rundb_finish(struct ferro_rundb *d, enum ferro_stop stop, int exit_status, char *err,
                       size_t errlen)
{
    struct ferro_machine *m = d->m;
    detach(d);
    ferro_profile_sleep(d->p, m);
    if (d->o.trace)
        flush_trace(d);
    /* Regions still open end with the run. */
    struct ferro_snapshot now;
    ferro_snapshot_take(m, &now);
    while (d->nopen)
        close_interval(d, d->nopen - 1, &now, m->cycles, ferro_now(m), m->r[0], 0);
    flush_regions(d);

    char when[48];
    iso_utc(when);
    int rc = exec(d, "BEGIN");
    rc = rc || write_profile(d) || write_dma(d) || write_sleep(d) || write_data_access(d);
    if (!rc) {
        rc |= meta_text(d, "finished_utc", when);
        rc |= meta_int(d, "exit_status", exit_status);
        rc |= meta_int(d, "exit_code", stop == STOP_HALT ? ferro_exit_code(m) : -1);
        rc |= meta_int(d, "instructions", (int64_t)m->instructions);
        rc |= meta_int(d, "cycles", (int64_t)m->cycles);
        rc |= meta_int(d, "steps", (int64_t)d->p->steps);
        rc |= meta_int(d, "time_ps", (int64_t)ferro_now(m));
        rc |= meta_real(d, "time_s", ferro_time_s(m));
        rc |= meta_int(d, "mclk_hz", m->mclk_hz);
        rc |= meta_int(d, "nwaits", m->cost.nwaits);
        rc |= meta_int(d, "pc", m->r[0]);
        if (stop == STOP_FAULT) {
            rc |= meta_text(d, "fault", m->fault_msg);
            rc |= meta_int(d, "fault_pc", m->fault_pc);
        }
        if (d->o.trace) {
            rc |= meta_int(d, "trace_steps", (int64_t)d->traced_steps);
            rc |= meta_int(d, "trace_accesses", (int64_t)d->traced_accesses);
        }
        if (d->error[0])
            rc |= meta_text(d, "error", d->error);
        /* A write that failed during the run leaves the database incomplete. */
        rc |= meta_text(d, "status", d->error[0] ? "incomplete" : status_of(stop));
    }
    /* Indexes after loading: one pass each instead of an update per row. */
    rc = rc || exec(d, "CREATE INDEX symbols_addr ON symbols(addr);"
                       "CREATE INDEX symbols_name ON symbols(name);"
                       "CREATE INDEX lines_addr ON lines(addr);"
                       "CREATE INDEX profile_addr ON profile(kind, addr);"
                       "CREATE INDEX regions_id ON regions(id);");
    rc = rc || exec(d, "COMMIT");
    if (rc) {
        snprintf(err, errlen, "%s: %s", d->path, d->error[0] ? d->error : sqlite3_errmsg(d->db));
        exec(d, "ROLLBACK");
    } else if (d->error[0]) {
        snprintf(err, errlen, "%s: %s", d->path, d->error);
        rc = 1;
    }
    free_db(d);
    return rc ? -1 : 0;
}
