/* MSP430/MSP430X instruction set: ids from the one opcode table (isa.def), the
 * addressing modes, and the record of what one executed instruction did. */
#ifndef FERRO_ISA_H
#define FERRO_ISA_H

#include <stdint.h>

enum ferro_op {
    OP_ILLEGAL = 0,
#define ISA(id, mn, match, mask, form) OP_##id,
#include "isa.def"
#undef ISA
    OP_COUNT
};

enum ferro_form { FORM_NONE, FORM_I, FORM_II, FORM_CALLA, FORM_PUSHM, FORM_EXT,
                  FORM_JUMP, FORM_ADDR, FORM_ROTM };

/* Addressing modes as the cost tables name them (SLAU367P 4.4).  CG is a
 * constant-generator immediate: it costs like register mode and adds no word. */
enum ferro_amode { AM_NONE, AM_REG, AM_IDX, AM_SYM, AM_ABS, AM_IND, AM_INC, AM_IMM, AM_CG };

enum ferro_width { W_BYTE, W_WORD, W_ADDR };

/* Memory regions of the FR5994 (SLASE54 memory organization). */
enum ferro_region { RG_VACANT, RG_PERIPH, RG_TINYRAM, RG_BSL, RG_INFO, RG_TLV,
                    RG_SRAM, RG_FRAM, RG_COUNT };

/* What the CPU reports about one step.  The CPU fills it; the cost model turns
 * it into cycles (costmodel/cycles.c) and the traces record it. */
enum ferro_step_kind {
    EV_INSN,  /* an instruction */
    EV_IRQ,   /* interrupt acceptance */
    EV_RESET, /* power-on reset or PUC */
    EV_DMA,   /* DMA transfers that stalled the CPU (n = transfers) */
};

/* An EV_DMA record (sim/periph/dma.c): `vector` is the channel, `n` the
 * transfers, `pc` where the CPU was held, `op` one of these (its cost cell). */
enum ferro_dma_rec {
    DMA_REC_ACTIVE, /* a trigger served with the CPU active: synchronization + transfers */
    DMA_REC_LPM,    /* the same with the CPU in a low-power mode */
    DMA_REC_CONT,   /* more transfers of a block already started (next burst, > 255) */
};

struct ferro_exec {
    uint32_t pc;          /* address of the first word (extension word included) */
    uint16_t op;          /* enum ferro_op */
    uint8_t event;        /* enum ferro_step_kind */
    uint8_t ext;          /* preceded by an extension word */
    uint8_t width;        /* enum ferro_width */
    uint8_t src_mode, dst_mode; /* enum ferro_amode; Format II operand is dst */
    uint8_t src_reg, dst_reg;
    uint8_t n;            /* repeat count (RPT), shift count, PUSHM/POPM count */
    uint8_t repeated;     /* an RPT prefix applied */
    uint8_t words;        /* instruction length in words */
    uint16_t word;        /* the opcode word (after the extension word, if any) */
    uint16_t ext_word;    /* the extension word, when ext */
    uint16_t vector;      /* EV_IRQ: vector address */
    /* Bus accesses by region, counted by the memory layer as they happen. */
    uint16_t fetch[RG_COUNT];
    uint16_t read[RG_COUNT];
    uint16_t write[RG_COUNT];
    /* FRAM cache lookups (fetches and reads of FRAM) and the wait cycles the
     * cost model charged for the misses. */
    uint16_t fram_hit, fram_miss;
    uint16_t wait_cycles;
    /* Accesses to the MPY32 registers (0x04C0..0x04EF; also counted in
     * read/write[RG_PERIPH]): the multiplies the analysis counts as MACs. */
    uint16_t mpy32;
};

struct ferro_isa_info {
    const char *mnemonic;
    uint16_t match, mask;
    uint8_t form;
};

extern const struct ferro_isa_info ferro_isa[OP_COUNT];

/* Opcode id of an instruction word (OP_ILLEGAL when no row matches).  Backed by a
 * 64 K-entry table built once; safe to call from several threads after init. */
void ferro_isa_init(void);
enum ferro_op ferro_isa_decode(uint16_t word);
/* Number of table rows matching `word` (for the overlap test). */
int ferro_isa_match_count(uint16_t word);

const char *ferro_region_name(enum ferro_region r);
const char *ferro_amode_name(enum ferro_amode m);

#endif
