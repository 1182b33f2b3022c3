#ifndef FERRO_DISASM_H
#define FERRO_DISASM_H

#include <stddef.h>
#include <stdint.h>

#include "elf_load.h"
#include "machine.h"

/* Disassemble the instruction at addr into out; returns its length in bytes.
 * img (may be NULL) supplies symbol names for branch targets. */
int ferro_disasm(const struct ferro_machine *m, const struct ferro_image *img, uint32_t addr,
                 char *out, size_t n);

#endif
