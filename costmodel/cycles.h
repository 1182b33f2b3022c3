/* Cycle cost of what the CPU did: a lookup in the CPUXV2 cycle table. */
#ifndef FERRO_CYCLES_H
#define FERRO_CYCLES_H

#include <stdint.h>

#include "../sim/isa.h"

enum ferro_cell {
    CELL_NONE = 0,
#define CELL(id, base, per_n, desc) CELL_##id,
#include "cycles.def"
#undef CELL
    CELL_COUNT
};

struct ferro_cell_info {
    const char *name;
    uint8_t base, per_n;
    const char *desc;
};

extern const struct ferro_cell_info ferro_cells[CELL_COUNT];

/* Cost model state: the cycle table (a run may override cells, e.g. to calibrate
 * against a board) and the FRAM wait states in force (FRCTL0.NWAITS). */
struct ferro_cost {
    uint8_t base[CELL_COUNT], per_n[CELL_COUNT];
    uint8_t nwaits;
    /* Memo: the cell of an instruction without extension word depends only on
     * its opcode word (modes, registers, operation), so it is classified once per
     * distinct word.  0 = not classified yet. */
    uint8_t word_cell[65536];
};

void ferro_cost_init(struct ferro_cost *c);

/* Which table cell an executed instruction falls in. */
enum ferro_cell ferro_cell_of(const struct ferro_exec *e);

/* The same, through the memo for plain (non-extended) instructions. */
static inline enum ferro_cell ferro_cost_cell(struct ferro_cost *c, const struct ferro_exec *e)
{
    if (e->event != EV_INSN || e->ext)
        return ferro_cell_of(e);
    uint8_t cell = c->word_cell[e->word];
    if (!cell)
        c->word_cell[e->word] = cell = (uint8_t)ferro_cell_of(e);
    return (enum ferro_cell)cell;
}

/* Table cycles of the cell only. */
static inline unsigned ferro_cost_cycles(const struct ferro_cost *c, const struct ferro_exec *e,
                                         enum ferro_cell cell)
{
    return c->base[cell] + (unsigned)c->per_n[cell] * e->n;
}

/* FRAM wait cycles: every cache miss waits NWAITS MCLK cycles while the
 * controller reads the line from the array (SLAU367P 7.3 "FRAM wait states";
 * cache model: fram_cache.h). */
static inline unsigned ferro_cost_wait_cycles(const struct ferro_cost *c, const struct ferro_exec *e)
{
    return (unsigned)c->nwaits * e->fram_miss;
}

/* Look a cell up by name (NULL-safe); CELL_NONE when unknown. */
enum ferro_cell ferro_cell_by_name(const char *name);

#endif
