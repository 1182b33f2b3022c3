/* ferro run FW.elf: load, reset, run to the halt, report. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/elf_load.h"
#include "../traces/rundb.h"
#include "cli.h"

static volatile int interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* Console output streams to a FILE as the firmware prints. */
static void console_to_file(struct ferro_machine *m, char c, void *ctx)
{
    (void)m;
    FILE *f = ctx;
    fputc(c, f);
    if (c == '\n')
        fflush(f);
}

static const char *const usage_text =
    "usage: ferro run FW.elf [options]\n"
    "  --mclk HZ         fix MCLK at HZ for a what-if run (default: follow the clock\n"
    "                    system as the firmware programs it, 1 MHz after reset);\n"
    "                    accepts 8M, 16000000, 500k\n"
    "  --max-cycles N    stop after N cycles (exit status 124)\n"
    "  --vacant warn|fault  vacant-memory data access: warn and read 0x3FFF as silicon\n"
    "                    does (default), or stop with a fault\n"
    "  --fram-cache SPEC  FRAM cache: SETSxWAYSxLINE_BYTES[,lru|fifo] or off\n"
    "                    (default 2x2x8,lru, the Fused model of the FR5994)\n"
    "  --console FILE    write the firmware's console output (eUSCI_A0) to FILE\n"
    "                    instead of standard output\n"
    "  --json            print one JSON object instead of the text summary (the\n"
    "                    console output is then in its \"console\" field)\n"
    "  --db FILE         write the run database (SQLite: profile, regions, DMA, sleep,\n"
    "                    data objects, source lines; see README) to FILE\n"
    "  --trace full      with --db: also one row per executed step and per access\n"
    "  --trace-from X, --trace-to X  trace window: X a cycle number or a symbol\n"
    "                    (from the first time the CPU reaches it; --trace-to excludes it)\n"
    "  --trace-regs      with --trace full: the registers after every step\n";

static void json_string(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c == '\r')
            fputs("\\r", f);
        else if (c == '\t')
            fputs("\\t", f);
        else if (c < 0x20 || c >= 0x7F)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static const char *status_name(enum ferro_stop s)
{
    switch (s) {
    case STOP_HALT: return "halted";
    case STOP_FAULT: return "fault";
    case STOP_BUDGET: return "budget";
    default: return "interrupted";
    }
}

int cmd_run(int argc, char **argv)
{
    const char *path = NULL, *console_path = NULL;
    struct ferro_config cfg = {0};
    cfg.marker_port = FERRO_MARKER_PORT_DEFAULT;
    int json = 0;
    uint64_t v;
    const char *db_path = NULL, *trace_from = NULL, *trace_to = NULL;
    int trace = 0, trace_regs = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "--mclk") || !strcmp(a, "--max-cycles") || !strcmp(a, "--vacant") ||
                   !strcmp(a, "--fram-cache") || !strcmp(a, "--console")) {
            if (i + 1 >= argc)
                return cli_error(EXIT_USAGE, "run: %s needs a value", a);
            const char *val = argv[++i];
            if (!strcmp(a, "--console")) {
                console_path = val;
            } else if (!strcmp(a, "--fram-cache")) {
                struct fram_cache cache;
                char why[200];
                if (fram_cache_parse(val, &cfg.fram_cache) != 0)
                    return cli_error(EXIT_USAGE, "run: --fram-cache takes off or SETSxWAYSxLINE[,lru|fifo], not '%s'", val);
                if (fram_cache_init(&cache, &cfg.fram_cache, why, sizeof why) != 0)
                    return cli_error(EXIT_USAGE, "run: --fram-cache %s: %s", val, why);
            } else if (!strcmp(a, "--vacant")) {
                if (!strcmp(val, "warn"))
                    cfg.vacant = VACANT_WARN;
                else if (!strcmp(val, "fault"))
                    cfg.vacant = VACANT_FAULT;
                else
                    return cli_error(EXIT_USAGE, "run: --vacant takes warn or fault, not '%s'", val);
            } else if (cli_parse_u64(val, &v) != 0 || v == 0) {
                return cli_error(EXIT_USAGE, "run: %s needs a positive number, not '%s'", a, val);
            } else if (!strcmp(a, "--mclk")) {
                if (v > 24000000)
                    return cli_error(EXIT_USAGE, "run: --mclk %s is above the FR5994's 24 MHz", val);
                cfg.mclk_hz = (uint32_t)v;
            } else {
                cfg.max_cycles = v;
            }
        } else if (!strcmp(a, "--trace-regs")) {
            trace_regs = 1;
        } else if (!strcmp(a, "--db") || !strcmp(a, "--trace") || !strcmp(a, "--trace-from") ||
                   !strcmp(a, "--trace-to")) {
            if (i + 1 >= argc)
                return cli_error(EXIT_USAGE, "run: %s needs a value", a);
            const char *val = argv[++i];
            if (!strcmp(a, "--db"))
                db_path = val;
            else if (!strcmp(a, "--trace-from"))
                trace_from = val;
            else if (!strcmp(a, "--trace-to"))
                trace_to = val;
            else if (!strcmp(val, "full") || !strcmp(val, "off"))
                trace = !strcmp(val, "full");
            else
                return cli_error(EXIT_USAGE, "run: --trace takes full or off, not '%s'", val);
        } else if (a[0] == '-') {
            return cli_error(EXIT_USAGE, "run: unknown option '%s' (see ferro run --help)", a);
        } else if (path) {
            return cli_error(EXIT_USAGE, "run: more than one firmware given ('%s', '%s')", path, a);
        } else {
            path = a;
        }
    }
    if (!path)
        return cli_error(EXIT_USAGE, "run: no firmware given (usage: ferro run FW.elf)");
    if ((trace || trace_from || trace_to || trace_regs) && !db_path)
        return cli_error(EXIT_USAGE, "run: --trace options need --db FILE");
    if ((trace_from || trace_to || trace_regs) && !trace)
        return cli_error(EXIT_USAGE, "run: --trace-from, --trace-to and --trace-regs need --trace full");

    struct ferro_machine *m = ferro_new(&cfg);
    if (!m)
        return cli_error(1, "out of memory");
    struct ferro_image img;
    char err[512];
    if (ferro_load_elf(m, path, &img, err, sizeof err) != 0) {
        ferro_image_free(&img);
        ferro_free(m);
        return cli_error(EXIT_BAD_INPUT, "%s", err);
    }
    FILE *console = NULL;
    if (console_path) {
        console = fopen(console_path, "w");
        if (!console) {
            int e = errno;
            ferro_image_free(&img);
            ferro_free(m);
            return cli_error(EXIT_BAD_OUTPUT, "run: cannot write console file %s: %s", console_path,
                             strerror(e));
        }
    }
    if (console || !json) {
        m->on_console = console_to_file;
        m->on_console_ctx = console ? console : stdout;
    }
    /* The database is opened (and its problems reported) before the run, and
     * attached before the reset so the reset's cycles are in the profile. */
    struct ferro_rundb *db = NULL;
    if (db_path) {
        struct ferro_rundb_opts o = {.path = db_path, .firmware = path, .trace = trace,
                                     .trace_regs = trace_regs};
        const char *bad_opt = NULL;
        if (trace_from && ferro_trace_point_parse(trace_from, &img, &o.from, err, sizeof err) != 0)
            bad_opt = "--trace-from";
        else if (trace_to && ferro_trace_point_parse(trace_to, &img, &o.to, err, sizeof err) != 0)
            bad_opt = "--trace-to";
        char *args = ferro_rundb_join_args(argc, argv), cmdline[8192];
        snprintf(cmdline, sizeof cmdline, "ferro %s", args ? args : "run");
        free(args);
        o.command_line = cmdline;
        if (bad_opt || !(db = ferro_rundb_open(&o, m, &img, err, sizeof err))) {
            if (console)
                fclose(console);
            ferro_image_free(&img);
            ferro_free(m);
            return bad_opt ? cli_error(EXIT_USAGE, "run: %s: %s", bad_opt, err)
                           : cli_error(EXIT_BAD_OUTPUT, "run: --db %s", err);
        }
    }
    ferro_reset(m);
    signal(SIGINT, on_sigint);
    enum ferro_stop stop = ferro_run(m, &interrupted);

    int status;
    switch (stop) {
    case STOP_HALT: status = ferro_exit_code(m) & 0xFF; break;
    case STOP_FAULT: status = EXIT_SIM_FAULT; break;
    case STOP_BUDGET: status = EXIT_BUDGET; break;
    default: status = EXIT_INTERRUPTED; break;
    }
    /* Still under our SIGINT handler: a second Ctrl-C does not cut the writing. */
    if (db && ferro_rundb_finish(db, stop, status, err, sizeof err) != 0) {
        cli_error(0, "run: --db %s", err);
        status = EXIT_BAD_OUTPUT;
    }
    signal(SIGINT, SIG_DFL);
    if (json) {
        printf("{\"firmware\": ");
        json_string(stdout, path, strlen(path));
        printf(", \"status\": \"%s\", \"exit_code\": %d, \"instructions\": %llu, \"cycles\": %llu, "
               "\"time_s\": %.9g, \"mclk_hz\": %u, \"pc\": %u, \"console\": ",
               status_name(stop), stop == STOP_HALT ? ferro_exit_code(m) : -1,
               (unsigned long long)m->instructions, (unsigned long long)m->cycles, ferro_time_s(m),
               m->mclk_hz, m->r[0]);
        json_string(stdout, m->console.buf ? m->console.buf : "", m->console.len);
        const struct ferro_totals *t = &m->totals;
        printf(", \"fram\": {\"fetches\": %llu, \"reads\": %llu, \"writes\": %llu, \"cache_hits\": %llu, "
               "\"cache_misses\": %llu, \"wait_cycles\": %llu, \"nwaits\": %u}, "
               "\"sram\": {\"fetches\": %llu, \"reads\": %llu, \"writes\": %llu}",
               (unsigned long long)(t->fetch[RG_FRAM] + t->fetch[RG_INFO]),
               (unsigned long long)(t->read[RG_FRAM] + t->read[RG_INFO]),
               (unsigned long long)(t->write[RG_FRAM] + t->write[RG_INFO]),
               (unsigned long long)t->fram_hit, (unsigned long long)t->fram_miss,
               (unsigned long long)t->wait_cycles, m->cost.nwaits,
               (unsigned long long)t->fetch[RG_SRAM], (unsigned long long)t->read[RG_SRAM],
               (unsigned long long)t->write[RG_SRAM]);
        /* The rest of the bus, so every access is in some field (the run
         * database's totals are checked against these). */
        uint64_t of = 0, orr = 0, ow = 0;
        for (int r = 0; r < RG_COUNT; r++)
            if (r != RG_FRAM && r != RG_INFO && r != RG_SRAM && r != RG_PERIPH)
                of += t->fetch[r], orr += t->read[r], ow += t->write[r];
        printf(", \"periph\": {\"reads\": %llu, \"writes\": %llu, \"mpy32\": %llu}, "
               "\"other\": {\"fetches\": %llu, \"reads\": %llu, \"writes\": %llu}",
               (unsigned long long)t->read[RG_PERIPH], (unsigned long long)t->write[RG_PERIPH],
               (unsigned long long)t->mpy32, (unsigned long long)(of + t->fetch[RG_PERIPH]),
               (unsigned long long)orr, (unsigned long long)ow);
        if (stop == STOP_FAULT) {
            printf(", \"fault\": ");
            json_string(stdout, m->fault_msg, strlen(m->fault_msg));
            printf(", \"fault_pc\": %u", m->fault_pc);
        }
        /* Region markers (sim/periph/gpio.h): [id, 1 = begin / 0 = end, cycle]. */
        printf(", \"markers\": [");
        for (size_t i = 0; i < m->nmarkers; i++)
            printf("%s[%u, %u, %llu]", i ? ", " : "", m->markers[i].id, m->markers[i].begin,
                   (unsigned long long)m->markers[i].cycles);
        printf("]}\n");
    } else {
        fflush(stdout);
        printf("-- %s: %s", path, status_name(stop));
        if (stop == STOP_HALT)
            printf(", exit code %d", ferro_exit_code(m));
        printf("\n   instructions %llu, cycles %llu, time %.6f ms at MCLK %.3f MHz\n",
               (unsigned long long)m->instructions, (unsigned long long)m->cycles,
               ferro_time_s(m) * 1e3, m->mclk_hz / 1e6);
        const struct ferro_totals *t = &m->totals;
        uint64_t lookups = t->fram_hit + t->fram_miss;
        printf("   FRAM: %llu fetches, %llu reads, %llu writes; cache %.1f%% hits, %llu wait cycles "
               "(NWAITS %u); SRAM: %llu reads, %llu writes\n",
               (unsigned long long)(t->fetch[RG_FRAM] + t->fetch[RG_INFO]),
               (unsigned long long)(t->read[RG_FRAM] + t->read[RG_INFO]),
               (unsigned long long)(t->write[RG_FRAM] + t->write[RG_INFO]),
               lookups ? 100.0 * (double)t->fram_hit / (double)lookups : 0.0,
               (unsigned long long)t->wait_cycles, m->cost.nwaits,
               (unsigned long long)t->read[RG_SRAM], (unsigned long long)t->write[RG_SRAM]);
    }
    if (stop == STOP_FAULT)
        cli_error(status, "fault at pc 0x%05x: %s", m->fault_pc, m->fault_msg);
    else if (stop == STOP_BUDGET)
        cli_error(status, "cycle budget of %llu exhausted at pc 0x%05x (runaway firmware?)",
                  (unsigned long long)cfg.max_cycles, m->r[0]);
    else if (stop == STOP_BREAK)
        cli_error(status, "interrupted at pc 0x%05x after %llu cycles", m->r[0],
                  (unsigned long long)m->cycles);
    if (console && fclose(console) != 0)
        cli_error(0, "warning: console file %s: %s", console_path, strerror(errno));
    ferro_image_free(&img);
    ferro_free(m);
    return status;
}
