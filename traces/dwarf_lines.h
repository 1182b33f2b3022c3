/* Source lines of a firmware image from its DWARF line tables, read with
 * libdwarf (elfutils' libdw rejects MSP430 DWARF: clang's has 16-bit addresses). */
#ifndef FERRO_DWARF_LINES_H
#define FERRO_DWARF_LINES_H

#include <stddef.h>
#include <stdint.h>

/* Code in [addr, end) comes from file:line:column, inside `function` (the
 * innermost function, inlined or not, as llvm-symbolizer names it; NULL when no
 * DWARF scope covers it).  Where several line-table rows share an address, the
 * last one counts, as in llvm-symbolizer. */
struct ferro_line {
    uint32_t addr, end;
    uint32_t line, column;
    const char *file, *function; /* owned by the table's string pool */
};

struct ferro_lines {
    struct ferro_line *v;
    size_t n, cap;
    char **strings; /* interned file and function names */
    size_t nstrings, strings_cap;
};

/* Read the line tables of `path`.  An image without DWARF gives no rows and
 * succeeds; -1 with a one-line message in err when the DWARF cannot be read. */
int ferro_lines_read(const char *path, struct ferro_lines *out, char *err, size_t errlen);
void ferro_lines_free(struct ferro_lines *l);

#endif
