/* The opcode table is the single source of decoding: prove that no instruction
 * word matches two rows, that the 64 K decode table agrees with the rows, and
 * that every cost-table cell has a sane cycle count. */
#include <stdio.h>

#include "costmodel/cycles.h"
#include "sim/isa.h"

int main(void)
{
    int errors = 0;
    ferro_isa_init();
    int used[OP_COUNT] = {0};
    for (uint32_t w = 0; w < 65536; w++) {
        int n = ferro_isa_match_count((uint16_t)w);
        enum ferro_op op = ferro_isa_decode((uint16_t)w);
        if (n > 1) {
            fprintf(stderr, "word 0x%04x matches %d rows\n", w, n);
            errors++;
        }
        if ((n == 0) != (op == OP_ILLEGAL)) {
            fprintf(stderr, "word 0x%04x: decode table disagrees with the rows\n", w);
            errors++;
        }
        used[op]++;
    }
    for (int op = 1; op < OP_COUNT; op++)
        if (!used[op]) {
            fprintf(stderr, "row %s (0x%04x/0x%04x) matches no word\n", ferro_isa[op].mnemonic,
                    ferro_isa[op].match, ferro_isa[op].mask);
            errors++;
        }
    /* Words outside every row: 0x12C0-0x12FF (CALL.B), 0x1301-0x133F (around
     * RETI), 0x13A0-0x13AF and 0x13C0-0x13FF (reserved CALLA forms).  Count them so a table change that
     * swallows or frees a range is noticed. */
    printf("illegal words: %d\n", used[OP_ILLEGAL]);
    if (used[OP_ILLEGAL] != 64 + 63 + 16 + 64) {
        fprintf(stderr, "expected %d illegal words, found %d\n", 64 + 63 + 16 + 64, used[OP_ILLEGAL]);
        errors++;
    }
    for (int c = 1; c < CELL_COUNT; c++)
        if (ferro_cells[c].base + ferro_cells[c].per_n == 0 || ferro_cells[c].base > 10) {
            fprintf(stderr, "cell %s has an implausible cost\n", ferro_cells[c].name);
            errors++;
        }
    return errors != 0;
}
