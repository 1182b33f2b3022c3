/* Decoder built from the opcode table: one 64 K-entry array maps every
 * instruction word to its id, so decoding in the inner loop is one load. */
#include "isa.h"

#include <pthread.h>

const struct ferro_isa_info ferro_isa[OP_COUNT] = {
    [OP_ILLEGAL] = {"(illegal)", 0, 0, FORM_NONE},
#define ISA(id, mn, m, k, f) [OP_##id] = {mn, m, k, f},
#include "isa.def"
#undef ISA
};

static uint8_t decode_table[65536];
static pthread_once_t decode_once = PTHREAD_ONCE_INIT;

static void build_decode_table(void)
{
    for (uint32_t w = 0; w < 65536; w++) {
        decode_table[w] = OP_ILLEGAL;
        for (int op = 1; op < OP_COUNT; op++)
            if ((w & ferro_isa[op].mask) == ferro_isa[op].match) {
                decode_table[w] = (uint8_t)op;
                break;
            }
    }
}

void ferro_isa_init(void) { pthread_once(&decode_once, build_decode_table); }

enum ferro_op ferro_isa_decode(uint16_t word) { return (enum ferro_op)decode_table[word]; }

int ferro_isa_match_count(uint16_t word)
{
    int n = 0;
    for (int op = 1; op < OP_COUNT; op++)
        n += (word & ferro_isa[op].mask) == ferro_isa[op].match;
    return n;
}

const char *ferro_region_name(enum ferro_region r)
{
    static const char *const names[RG_COUNT] = {
        [RG_VACANT] = "vacant", [RG_PERIPH] = "peripheral", [RG_TINYRAM] = "tinyram",
        [RG_BSL] = "bsl", [RG_INFO] = "info", [RG_TLV] = "tlv",
        [RG_SRAM] = "sram", [RG_FRAM] = "fram",
    };
    return (unsigned)r < RG_COUNT ? names[r] : "?";
}

const char *ferro_amode_name(enum ferro_amode m)
{
    static const char *const names[] = {
        [AM_NONE] = "none", [AM_REG] = "Rn", [AM_IDX] = "X(Rn)", [AM_SYM] = "EDE",
        [AM_ABS] = "&EDE", [AM_IND] = "@Rn", [AM_INC] = "@Rn+", [AM_IMM] = "#N",
        [AM_CG] = "#CG",
    };
    return (unsigned)m <= AM_CG ? names[m] : "?";
}
