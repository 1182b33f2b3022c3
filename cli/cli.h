/* The `ferro` command: one subcommand per file, sharing these helpers. */
#ifndef FERRO_CLI_H
#define FERRO_CLI_H

#include <stdint.h>

/* Exit statuses of ferro itself (firmware exit codes are 0..123 by convention;
 * see README "Exit status"). */
enum {
    EXIT_BUDGET = 124,      /* --max-cycles exhausted */
    EXIT_SIM_FAULT = 125,   /* illegal opcode, fetch from non-executable memory, ... */
    EXIT_BAD_INPUT = 126,   /* the firmware image cannot be loaded */
    EXIT_USAGE = 64,        /* bad command line (sysexits EX_USAGE) */
    EXIT_BAD_OUTPUT = 73,   /* an output file cannot be created (sysexits EX_CANTCREAT) */
    EXIT_INTERRUPTED = 130, /* SIGINT */
    EXIT_REPORT_INPUT = 65, /* report: bad database, parameter or rules file (sysexits EX_DATAERR) */
};

int cmd_run(int argc, char **argv);
int cmd_disasm(int argc, char **argv);
int cmd_report(int argc, char **argv);

/* Print "ferro: <msg>" to stderr and return status. */
int cli_error(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Parse an unsigned number (decimal, 0x hex, optional k/M suffix for Hz); -1 on error. */
int cli_parse_u64(const char *s, uint64_t *out);

#endif
