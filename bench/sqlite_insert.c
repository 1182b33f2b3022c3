/* Raw SQLite insert rate for rows shaped like the run database's full trace
 * (`trace` plus `trace_access`), in one transaction with reused prepared
 * statements: the ceiling the traced simulator is measured against. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    long steps = argc > 1 ? atol(argv[1]) : 1000000;
    double access_per_step = argc > 2 ? atof(argv[2]) : 1.5;
    const char *path = argc > 3 ? argv[3] : "/tmp/ferro_bench_insert.sqlite";
    remove(path);
    sqlite3 *db;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return 1;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
                     "CREATE TABLE trace(step INTEGER PRIMARY KEY, cycle INTEGER, pc INTEGER, kind TEXT,"
                     " op TEXT, vector INTEGER, cycles INTEGER, wait_cycles INTEGER, fetches INTEGER,"
                     " reads INTEGER, writes INTEGER, cache_hits INTEGER, cache_misses INTEGER);"
                     "CREATE TABLE trace_access(step INTEGER, seq INTEGER, addr INTEGER, kind TEXT,"
                     " region TEXT, bytes INTEGER, cache_hit INTEGER, PRIMARY KEY(step, seq)) WITHOUT ROWID;",
                 NULL, NULL, NULL);
    sqlite3_stmt *st, *sa;
    sqlite3_prepare_v2(db, "INSERT INTO trace VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, NULL);
    sqlite3_prepare_v2(db, "INSERT INTO trace_access VALUES(?,?,?,?,?,?,?)", -1, &sa, NULL);
    double t0 = now_s(), acc = 0;
    long rows = 0;
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    for (long i = 0; i < steps; i++) {
        sqlite3_bind_int64(st, 1, i);
        sqlite3_bind_int64(st, 2, i * 2);
        sqlite3_bind_int(st, 3, 0x4400 + (int)(i & 0xFF) * 2);
        sqlite3_bind_text(st, 4, "insn", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, "mov", -1, SQLITE_STATIC);
        sqlite3_bind_null(st, 6);
        for (int c = 7; c <= 13; c++)
            sqlite3_bind_int(st, c, c & 3);
        sqlite3_step(st);
        sqlite3_reset(st);
        rows++;
        for (acc += access_per_step; acc >= 1; acc -= 1) {
            sqlite3_bind_int64(sa, 1, i);
            sqlite3_bind_int(sa, 2, (int)acc);
            sqlite3_bind_int(sa, 3, 0x1C00 + (int)(i & 0x3FF));
            sqlite3_bind_text(sa, 4, "read", -1, SQLITE_STATIC);
            sqlite3_bind_text(sa, 5, "sram", -1, SQLITE_STATIC);
            sqlite3_bind_int(sa, 6, 2);
            sqlite3_bind_null(sa, 7);
            sqlite3_step(sa);
            sqlite3_reset(sa);
            rows++;
        }
        if ((i & 0xFFFF) == 0xFFFF) {
            sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
            sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
        }
    }
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    double dt = now_s() - t0;
    printf("raw insert: %ld steps, %ld rows in %.2f s: %.2f M steps/s, %.2f M rows/s\n", steps, rows,
           dt, steps / dt / 1e6, rows / dt / 1e6);
    sqlite3_finalize(st);
    sqlite3_finalize(sa);
    sqlite3_close(db);
    remove(path);
    return 0;
}
