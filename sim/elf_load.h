/* Loading firmware ELF images (libelf): segments at their load addresses, the
 * symbol table for the disassembler, the profile and the debugger. */
#ifndef FERRO_ELF_LOAD_H
#define FERRO_ELF_LOAD_H

#include <stddef.h>
#include <stdint.h>

#include "machine.h"

struct ferro_symbol {
    char *name;
    uint32_t addr, size;
    char kind; /* 'F' function, 'O' data object, 'N' other label */
};

struct ferro_segment {
    uint32_t paddr, vaddr, filesz, memsz;
    int exec; /* PF_X: holds code */
};

struct ferro_image {
    char *path;
    uint32_t entry;
    struct ferro_symbol *syms; /* sorted by address */
    size_t nsyms;
    struct ferro_segment *segs;
    size_t nsegs;
};

/* Load `path` into the machine's memory.  On error returns -1 and puts a one-line
 * message naming the problem in err.  The image must be freed either way. */
int ferro_load_elf(struct ferro_machine *m, const char *path, struct ferro_image *img,
                   char *err, size_t errlen) FERRO_WARN_UNUSED;
void ferro_image_free(struct ferro_image *img);

/* Symbol containing addr (functions/objects by size, else nearest label below). */
const struct ferro_symbol *ferro_symbol_at(const struct ferro_image *img, uint32_t addr);
const struct ferro_symbol *ferro_symbol_named(const struct ferro_image *img, const char *name);

#endif
