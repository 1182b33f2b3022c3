/* DWARF line tables and function scopes with libdwarf (Debian bookworm's
 * 20210528 API).  DWARF 4 and 5 are handled (clang 14 emits 5 with rnglists and
 * addrx forms; msp430-gcc emits 4). */
#include "dwarf_lines.h"

#include <libdwarf/dwarf.h>
#include <libdwarf/libdwarf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A function's code: a subprogram or an inlined copy, `depth` levels down the
 * DIE tree (deeper = more inlined). */
struct scope {
    uint32_t lo, hi;
    int depth;
    const char *name;
};

struct reader {
    Dwarf_Debug dbg;
    struct ferro_lines *out;
    struct scope *scopes;
    size_t nscopes, scopes_cap;
    Dwarf_Half cu_version;
    Dwarf_Addr cu_base;
    int oom;
};

static const char *intern(struct reader *r, const char *s)
{
    struct ferro_lines *l = r->out;
    if (!s)
        return NULL;
    /* Names repeat row after row: look at the newest ones first. */
    for (size_t i = l->nstrings; i-- > 0;)
        if (!strcmp(l->strings[i], s))
            return l->strings[i];
    if (l->nstrings == l->strings_cap) {
        size_t cap = l->strings_cap ? 2 * l->strings_cap : 64;
        char **p = realloc(l->strings, cap * sizeof *p);
        if (!p)
            return r->oom = 1, NULL;
        l->strings = p, l->strings_cap = cap;
    }
    char *copy = strdup(s);
    if (!copy)
        return r->oom = 1, NULL;
    return l->strings[l->nstrings++] = copy;
}

static void add_scope(struct reader *r, Dwarf_Addr lo, Dwarf_Addr hi, int depth, const char *name)
{
    if (hi <= lo || !name)
        return;
    if (r->nscopes == r->scopes_cap) {
        size_t cap = r->scopes_cap ? 2 * r->scopes_cap : 256;
        struct scope *p = realloc(r->scopes, cap * sizeof *p);
        if (!p) {
            r->oom = 1;
            return;
        }
        r->scopes = p, r->scopes_cap = cap;
    }
    r->scopes[r->nscopes++] = (struct scope){(uint32_t)lo, (uint32_t)hi, depth, name};
}

/* A DIE's name, following DW_AT_abstract_origin / DW_AT_specification (inlined
 * copies and out-of-line instances carry their name on the abstract DIE). */
static const char *die_name(struct reader *r, Dwarf_Die die, int hops)
{
    Dwarf_Error err = NULL;
    char *name = NULL;
    if (dwarf_diename(die, &name, &err) == DW_DLV_OK)
        return intern(r, name);
    if (hops > 4)
        return NULL;
    static const Dwarf_Half links[] = {DW_AT_abstract_origin, DW_AT_specification};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
        Dwarf_Attribute attr;
        Dwarf_Off off;
        if (dwarf_attr(die, links[i], &attr, &err) != DW_DLV_OK)
            continue;
        int ok = dwarf_global_formref(attr, &off, &err) == DW_DLV_OK;
        dwarf_dealloc(r->dbg, attr, DW_DLA_ATTR);
        Dwarf_Die other;
        if (ok && dwarf_offdie_b(r->dbg, off, 1, &other, &err) == DW_DLV_OK) {
            const char *n = die_name(r, other, hops + 1);
            dwarf_dealloc(r->dbg, other, DW_DLA_DIE);
            if (n)
                return n;
        }
    }
    return NULL;
}

/* DW_AT_ranges of a DIE: DWARF 5 .debug_rnglists or DWARF 4 .debug_ranges. */
static void add_ranges(struct reader *r, Dwarf_Die die, Dwarf_Attribute attr, int depth, const char *name)
{
    Dwarf_Error err = NULL;
    Dwarf_Half form = 0;
    if (dwarf_whatform(attr, &form, &err) != DW_DLV_OK)
        return;
    Dwarf_Unsigned value = 0;
    if (r->cu_version >= 5) {
        int res = form == DW_FORM_rnglistx ? dwarf_formudata(attr, &value, &err)
                                           : dwarf_global_formref(attr, &value, &err);
        Dwarf_Rnglists_Head head;
        Dwarf_Unsigned count = 0, goff = 0;
        if (res != DW_DLV_OK ||
            dwarf_rnglists_get_rle_head(attr, form, value, &head, &count, &goff, &err) != DW_DLV_OK)
            return;
        for (Dwarf_Unsigned i = 0; i < count; i++) {
            unsigned len = 0, code = 0;
            Dwarf_Unsigned raw1, raw2, lo, hi;
            Dwarf_Bool unavailable = 0;
            if (dwarf_get_rnglists_entry_fields_a(head, i, &len, &code, &raw1, &raw2, &unavailable,
                                                  &lo, &hi, &err) != DW_DLV_OK)
                break;
            if (!unavailable && (code == DW_RLE_offset_pair || code == DW_RLE_startx_endx ||
                                 code == DW_RLE_startx_length || code == DW_RLE_start_end ||
                                 code == DW_RLE_start_length))
                add_scope(r, lo, hi, depth, name);
        }
        dwarf_dealloc_rnglists_head(head);
        return;
    }
    Dwarf_Off off;
    if (dwarf_global_formref(attr, &off, &err) != DW_DLV_OK)
        return;
    Dwarf_Ranges *rng;
    Dwarf_Signed n = 0;
    Dwarf_Unsigned bytes;
    Dwarf_Off real;
    if (dwarf_get_ranges_b(r->dbg, off, die, &real, &rng, &n, &bytes, &err) != DW_DLV_OK)
        return;
    Dwarf_Addr base = r->cu_base;
    for (Dwarf_Signed i = 0; i < n; i++) {
        if (rng[i].dwr_type == DW_RANGES_ADDRESS_SELECTION)
            base = rng[i].dwr_addr2;
        else if (rng[i].dwr_type == DW_RANGES_ENTRY)
            add_scope(r, base + rng[i].dwr_addr1, base + rng[i].dwr_addr2, depth, name);
    }
    dwarf_ranges_dealloc(r->dbg, rng, n);
}

static void add_die_scopes(struct reader *r, Dwarf_Die die, int depth)
{
    Dwarf_Error err = NULL;
    const char *name = die_name(r, die, 0);
    if (!name)
        return;
    Dwarf_Addr lo, hi;
    Dwarf_Half form;
    enum Dwarf_Form_Class cls;
    if (dwarf_lowpc(die, &lo, &err) == DW_DLV_OK) {
        if (dwarf_highpc_b(die, &hi, &form, &cls, &err) == DW_DLV_OK) {
            if (cls == DW_FORM_CLASS_CONSTANT) /* DWARF 4+: high_pc is a length */
                hi += lo;
            add_scope(r, lo, hi, depth, name);
        }
        return;
    }
    Dwarf_Attribute attr;
    if (dwarf_attr(die, DW_AT_ranges, &attr, &err) == DW_DLV_OK) {
        add_ranges(r, die, attr, depth, name);
        dwarf_dealloc(r->dbg, attr, DW_DLA_ATTR);
    }
}

/* Every subprogram and inlined subroutine below `die` (its siblings included). */
static void walk(struct reader *r, Dwarf_Die die, int depth)
{
    Dwarf_Error err = NULL;
    while (die && !r->oom) {
        Dwarf_Half tag = 0;
        if (dwarf_tag(die, &tag, &err) == DW_DLV_OK &&
            (tag == DW_TAG_subprogram || tag == DW_TAG_inlined_subroutine))
            add_die_scopes(r, die, depth);
        Dwarf_Die child;
        if (dwarf_child(die, &child, &err) == DW_DLV_OK)
            walk(r, child, depth + 1);
        Dwarf_Die next = NULL;
        if (dwarf_siblingof_b(r->dbg, die, 1, &next, &err) != DW_DLV_OK)
            next = NULL;
        dwarf_dealloc(r->dbg, die, DW_DLA_DIE);
        die = next;
    }
}

/* Innermost scope of this CU covering addr. */
static const char *function_at(const struct reader *r, uint32_t addr)
{
    const struct scope *best = NULL;
    for (size_t i = 0; i < r->nscopes; i++) {
        const struct scope *s = &r->scopes[i];
        if (addr >= s->lo && addr < s->hi && (!best || s->depth > best->depth))
            best = s;
    }
    return best ? best->name : NULL;
}

static void emit_piece(struct reader *r, uint32_t addr, uint32_t end, uint32_t line, uint32_t col,
                       const char *file)
{
    struct ferro_lines *l = r->out;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 1024;
        struct ferro_line *p = realloc(l->v, cap * sizeof *p);
        if (!p) {
            r->oom = 1;
            return;
        }
        l->v = p, l->cap = cap;
    }
    l->v[l->n++] = (struct ferro_line){addr, end, line, col, file, function_at(r, addr)};
}

/* A line row's code can start or end an inlined copy part-way (line-0 rows
 * especially): split it where a scope begins or ends, so each row has one
 * innermost function. */
static void emit(struct reader *r, uint32_t addr, uint32_t end, uint32_t line, uint32_t col,
                 const char *file)
{
    while (addr < end && !r->oom) {
        uint32_t cut = end;
        for (size_t i = 0; i < r->nscopes; i++) {
            const struct scope *s = &r->scopes[i];
            if (s->lo > addr && s->lo < cut)
                cut = s->lo;
            if (s->hi > addr && s->hi < cut)
                cut = s->hi;
        }
        emit_piece(r, addr, cut, line, col, file);
        addr = cut;
    }
}

/* One row of the line-number program, as we need it. */
struct row {
    uint32_t addr, line, col;
    const char *file;
    int end_seq;
};

static int read_row(struct reader *r, Dwarf_Line ln, struct row *out)
{
    Dwarf_Error err = NULL;
    Dwarf_Addr addr;
    Dwarf_Unsigned line = 0, col = 0;
    Dwarf_Bool end = 0;
    char *file = NULL;
    if (dwarf_lineaddr(ln, &addr, &err) != DW_DLV_OK || dwarf_lineno(ln, &line, &err) != DW_DLV_OK ||
        dwarf_lineendsequence(ln, &end, &err) != DW_DLV_OK)
        return -1;
    if (dwarf_lineoff_b(ln, &col, &err) != DW_DLV_OK)
        col = 0;
    out->file = NULL;
    if (dwarf_linesrc(ln, &file, &err) == DW_DLV_OK) {
        out->file = intern(r, file);
        dwarf_dealloc(r->dbg, file, DW_DLA_STRING);
    }
    out->addr = (uint32_t)addr, out->line = (uint32_t)line, out->col = (uint32_t)col;
    out->end_seq = end != 0;
    return 0;
}

/* Line rows of one CU as address intervals: a row covers up to the next higher
 * address in its sequence; of rows at one address the last wins.  Sequences
 * starting at address 0 are code the linker discarded (--gc-sections leaves
 * their line rows with the tombstone address 0, where the FR5994 has no code). */
static int cu_lines(struct reader *r, Dwarf_Die cu, char *errbuf, size_t errlen)
{
    Dwarf_Error err = NULL;
    Dwarf_Unsigned version;
    Dwarf_Small tables;
    Dwarf_Line_Context ctx;
    int res = dwarf_srclines_b(cu, &version, &tables, &ctx, &err);
    if (res == DW_DLV_NO_ENTRY)
        return 0;
    if (res != DW_DLV_OK) {
        snprintf(errbuf, errlen, "line table: %s", dwarf_errmsg(err));
        return -1;
    }
    Dwarf_Line *lines;
    Dwarf_Signed n = 0;
    if (dwarf_srclines_from_linecontext(ctx, &lines, &n, &err) != DW_DLV_OK) {
        snprintf(errbuf, errlen, "line table: %s", dwarf_errmsg(err));
        dwarf_srclines_dealloc_b(ctx);
        return -1;
    }
    struct row pending = {0}, row;
    int have = 0, seq_start = 1, dead = 0;
    for (Dwarf_Signed i = 0; i < n && !r->oom; i++) {
        if (read_row(r, lines[i], &row) != 0) {
            snprintf(errbuf, errlen, "line table row %lld unreadable", (long long)i);
            dwarf_srclines_dealloc_b(ctx);
            return -1;
        }
        if (seq_start)
            dead = row.addr == 0, seq_start = 0;
        if (have && !pending.end_seq && row.addr > pending.addr && !dead)
            emit(r, pending.addr, row.addr, pending.line, pending.col, pending.file);
        pending = row;
        have = 1;
        seq_start = row.end_seq;
    }
    dwarf_srclines_dealloc_b(ctx);
    return 0;
}

static int cmp_line(const void *a, const void *b)
{
    const struct ferro_line *x = a, *y = b;
    return x->addr < y->addr ? -1 : x->addr > y->addr;
}

int ferro_lines_read(const char *path, struct ferro_lines *out, char *errbuf, size_t errlen)
{
    memset(out, 0, sizeof *out);
    struct reader r = {.out = out};
    Dwarf_Error err = NULL;
    int res = dwarf_init_path(path, NULL, 0, DW_DLC_READ, DW_GROUPNUMBER_ANY, NULL, NULL, &r.dbg,
                              NULL, 0, NULL, &err);
    if (res == DW_DLV_NO_ENTRY)
        return 0; /* no DWARF at all */
    if (res != DW_DLV_OK) {
        snprintf(errbuf, errlen, "%s: cannot read DWARF: %s", path, err ? dwarf_errmsg(err) : "?");
        return -1;
    }
    int rc = 0;
    for (;;) {
        Dwarf_Unsigned len, typeoff, next;
        Dwarf_Half version, asize, lsize, esize, cutype;
        Dwarf_Off abbrev;
        Dwarf_Sig8 sig;
        res = dwarf_next_cu_header_d(r.dbg, 1, &len, &version, &abbrev, &asize, &lsize, &esize, &sig,
                                     &typeoff, &next, &cutype, &err);
        if (res == DW_DLV_NO_ENTRY)
            break;
        if (res != DW_DLV_OK) {
            snprintf(errbuf, errlen, "%s: bad DWARF unit: %s", path, dwarf_errmsg(err));
            rc = -1;
            break;
        }
        Dwarf_Die cu;
        if (dwarf_siblingof_b(r.dbg, NULL, 1, &cu, &err) != DW_DLV_OK)
            continue;
        r.cu_version = version;
        if (dwarf_lowpc(cu, &r.cu_base, &err) != DW_DLV_OK)
            r.cu_base = 0;
        r.nscopes = 0;
        Dwarf_Die child;
        if (dwarf_child(cu, &child, &err) == DW_DLV_OK)
            walk(&r, child, 1);
        char why[200];
        if (cu_lines(&r, cu, why, sizeof why) != 0) {
            snprintf(errbuf, errlen, "%s: %s", path, why);
            rc = -1;
        }
        dwarf_dealloc(r.dbg, cu, DW_DLA_DIE);
        if (rc || r.oom)
            break;
    }
    dwarf_finish(r.dbg, &err);
    free(r.scopes);
    if (r.oom && !rc) {
        snprintf(errbuf, errlen, "%s: out of memory reading DWARF", path);
        rc = -1;
    }
    if (rc) {
        ferro_lines_free(out);
        return -1;
    }
    qsort(out->v, out->n, sizeof *out->v, cmp_line);
    return 0;
}

void ferro_lines_free(struct ferro_lines *l)
{
    for (size_t i = 0; i < l->nstrings; i++)
        free(l->strings[i]);
    free(l->strings);
    free(l->v);
    memset(l, 0, sizeof *l);
}
