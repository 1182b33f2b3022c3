/* The run database: one self-describing SQLite file per `ferro run --db`.
 * Schema and example queries: README.md, "The run database". */
#ifndef FERRO_RUNDB_H
#define FERRO_RUNDB_H

#include <stddef.h>
#include <stdint.h>

#include "../sim/elf_load.h"
#include "../sim/machine.h"

#define FERRO_RUNDB_SCHEMA_VERSION 1
/* PRAGMA application_id of our databases ("FeRR"): an existing file is only
 * replaced when it carries it. */
#define FERRO_RUNDB_APP_ID 0x46655252

/* One end of the full-trace window: a cycle count, or the first time the CPU
 * reaches a symbol's address. */
struct ferro_trace_point {
    int set, is_symbol;
    uint64_t cycle;
    uint32_t addr;
    const char *text; /* as given on the command line */
};

struct ferro_rundb_opts {
    const char *path;
    const char *firmware;          /* the ELF, for meta (path and SHA-256) */
    const char *command_line;      /* for meta */
    int trace;                     /* 1: full trace (one row per step) */
    int trace_regs;                /* with the register file after each step */
    struct ferro_trace_point from, to;
};

struct ferro_rundb;

/* Parse a --trace-from/--trace-to value: a cycle number, else a symbol of the
 * image.  -1 with a message when it is neither. */
int ferro_trace_point_parse(const char *s, const struct ferro_image *img, struct ferro_trace_point *out,
                            char *err, size_t errlen);

/* Create (or replace an earlier run's) database, write what is known before the
 * run — meta with status 'incomplete', symbols, source lines — and attach to
 * the machine's hooks.  Call after loading, before ferro_reset.  NULL with a
 * one-line message when the file cannot be written (a directory, not writable,
 * not a database of ours, locked by another process). */
struct ferro_rundb *ferro_rundb_open(const struct ferro_rundb_opts *o, struct ferro_machine *m,
                                     const struct ferro_image *img, char *err, size_t errlen)
    FERRO_WARN_UNUSED;

/* Write the profile and everything else collected, the final status
 * (complete, fault, budget, interrupted) and exit status; detach and free.
 * -1 with a message when writing failed (the database then still says
 * 'incomplete'). */
int ferro_rundb_finish(struct ferro_rundb *db, enum ferro_stop stop, int exit_status, char *err,
                       size_t errlen) FERRO_WARN_UNUSED;

/* Detach and free without writing anything more. */
void ferro_rundb_close(struct ferro_rundb *db);

/* The command line as one string, arguments quoted for a POSIX shell where
 * needed (malloc'd; NULL on out of memory). */
char *ferro_rundb_join_args(int argc, char *const argv[]);

#endif
