/*
 * unit_opts.h - command-line options that set a struct unit_config, shared by
 * the host reference (unit_host) and the ELF patcher (unit_patch), so a
 * configuration means the same thing to both.
 */
#ifndef UNIT_OPTS_H
#define UNIT_OPTS_H

#include "unit.h"

/* If argv[*i] is a configuration option, apply it (consuming its value) and
 * return 1; return 0 if it is not one; on a bad value print a one-line
 * message to stderr and return -1. Options:
 *   --mode dense|pruned|unit|fatrelu|unit+fatrelu|pruned+unit  (or --flags N)
 *   --div exact|shift|tree|mask   --t L=T   --fat L=F   --first N
 *   --images N   --mclk 1|8|16   --quiet (verbose = 0) */
int unit_opt_apply(struct unit_config *cfg, int argc, char **argv, int *i);

/* Names for printing. */
const char *unit_mode_name(uint8_t flags);      /* preset name or "custom" */
const char *unit_div_name(uint8_t div);

/* The usage text of the options above. */
extern const char unit_opts_usage[];

#endif
