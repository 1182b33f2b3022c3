/* Classify an executed instruction into its cell of the CPUXV2 cycle tables
 * (cycles.def cites the source).  Only this file knows how modes map to cells. */
#include "cycles.h"

#include <string.h>

const struct ferro_cell_info ferro_cells[CELL_COUNT] = {
    [CELL_NONE] = {"NONE", 0, 0, "no cost"},
#define CELL(id, b, n, d) [CELL_##id] = {#id, b, n, d},
#include "cycles.def"
#undef CELL
};

void ferro_cost_init(struct ferro_cost *c)
{
    memset(c, 0, sizeof *c);
    for (int i = 0; i < CELL_COUNT; i++) {
        c->base[i] = ferro_cells[i].base;
        c->per_n[i] = ferro_cells[i].per_n;
    }
}

enum ferro_cell ferro_cell_by_name(const char *name)
{
    for (int i = 1; name && i < CELL_COUNT; i++)
        if (strcmp(ferro_cells[i].name, name) == 0)
            return (enum ferro_cell)i;
    return CELL_NONE;
}

/* Rows of the per-mode tables. */
enum { ROW_REG, ROW_IND, ROW_INC, ROW_IMM, ROW_IDX, ROW_SYM, ROW_ABS, ROWS };

static int row_of(uint8_t mode)
{
    switch (mode) {
    case AM_IND: return ROW_IND;
    case AM_INC: return ROW_INC;
    case AM_IMM: return ROW_IMM;
    case AM_IDX: return ROW_IDX;
    case AM_SYM: return ROW_SYM;
    case AM_ABS: return ROW_ABS;
    default: return ROW_REG; /* register and constant generator */
    }
}

enum { COL_RM, COL_PC, COL_MEM, COLS };

static int col_of(const struct ferro_exec *e)
{
    if (e->dst_mode == AM_REG || e->dst_mode == AM_CG)
        return e->dst_reg == 0 ? COL_PC : COL_RM;
    return COL_MEM;
}

static int is_mov_bit_cmp(uint16_t op) { return op == OP_MOV || op == OP_BIT || op == OP_CMP; }
static int is_mov_add_sub(uint16_t op) { return op == OP_MOV || op == OP_ADD || op == OP_SUB; }

static enum ferro_cell format1(const struct ferro_exec *e)
{
    /* [row][col][MOV/BIT/CMP to memory] */
    static const uint8_t cell[ROWS][COLS] = {
        [ROW_REG] = {CELL_F1_REG_RM, CELL_F1_REG_PC, CELL_F1_REG_MEM},
        [ROW_IND] = {CELL_F1_IND_RM, CELL_F1_IND_PC, CELL_F1_IND_MEM},
        [ROW_INC] = {CELL_F1_INC_RM, CELL_F1_INC_PC, CELL_F1_INC_MEM},
        [ROW_IMM] = {CELL_F1_IMM_RM, CELL_F1_IMM_PC, CELL_F1_IMM_MEM},
        [ROW_IDX] = {CELL_F1_IDX_RM, CELL_F1_IDX_PC, CELL_F1_IDX_MEM},
        [ROW_SYM] = {CELL_F1_SYM_RM, CELL_F1_SYM_PC, CELL_F1_SYM_MEM},
        [ROW_ABS] = {CELL_F1_ABS_RM, CELL_F1_ABS_PC, CELL_F1_ABS_MEM},
    };
    int row = row_of(e->src_mode), col = col_of(e);
    /* The "memory, MOV/BIT/CMP" cell follows each "memory" cell in cycles.def. */
    int mbc = col == COL_MEM && is_mov_bit_cmp(e->op);
    return (enum ferro_cell)(cell[row][col] + mbc);
}

static enum ferro_cell format1_ext(const struct ferro_exec *e)
{
    if (e->repeated)
        return CELL_X1_RPT;
    /* Source rows of table 4-17: Rn | @Rn,@Rn+ | #N | X(Rn),EDE,&EDE.
     * [row][col][.A][footnote variant] */
    enum { XR_REG, XR_IND, XR_IMM, XR_MEM };
    static const uint8_t cell[4][COLS][2][2] = {
        [XR_REG] = {{{CELL_X1_REG_RM_W, CELL_X1_REG_RM_W}, {CELL_X1_REG_RM_A, CELL_X1_REG_RM_A}},
                    {{CELL_X1_REG_PC_W, CELL_X1_REG_PC_W}, {CELL_X1_REG_PC_A, CELL_X1_REG_PC_A}},
                    {{CELL_X1_REG_MEM_W, CELL_X1_REG_MEM_W_MBC}, {CELL_X1_REG_MEM_A, CELL_X1_REG_MEM_A_MBC}}},
        [XR_IND] = {{{CELL_X1_IND_RM_W, CELL_X1_IND_RM_W}, {CELL_X1_IND_RM_A, CELL_X1_IND_RM_A}},
                    {{CELL_X1_IND_PC_W, CELL_X1_IND_PC_W}, {CELL_X1_IND_PC_A, CELL_X1_IND_PC_A}},
                    {{CELL_X1_IND_MEM_W, CELL_X1_IND_MEM_W_MBC}, {CELL_X1_IND_MEM_A, CELL_X1_IND_MEM_A_MBC}}},
        [XR_IMM] = {{{CELL_X1_IMM_RM_W, CELL_X1_IMM_RM_W}, {CELL_X1_IMM_RM_A, CELL_X1_IMM_RM_A}},
                    {{CELL_X1_IMM_PC_W, CELL_X1_IMM_PC_W_MAS}, {CELL_X1_IMM_PC_A, CELL_X1_IMM_PC_A_MAS}},
                    {{CELL_X1_IMM_MEM_W, CELL_X1_IMM_MEM_W_MBC}, {CELL_X1_IMM_MEM_A, CELL_X1_IMM_MEM_A_MBC}}},
        [XR_MEM] = {{{CELL_X1_MEM_RM_W, CELL_X1_MEM_RM_W}, {CELL_X1_MEM_RM_A, CELL_X1_MEM_RM_A}},
                    {{CELL_X1_MEM_PC_W, CELL_X1_MEM_PC_W_MAS}, {CELL_X1_MEM_PC_A, CELL_X1_MEM_PC_A_MAS}},
                    {{CELL_X1_MEM_MEM_W, CELL_X1_MEM_MEM_W_MBC}, {CELL_X1_MEM_MEM_A, CELL_X1_MEM_MEM_A_MBC}}},
    };
    static const uint8_t xrow[ROWS] = {XR_REG, XR_IND, XR_IND, XR_IMM, XR_MEM, XR_MEM, XR_MEM};
    int col = col_of(e);
    int variant = (col == COL_PC && is_mov_add_sub(e->op)) ||
                  (col == COL_MEM && is_mov_bit_cmp(e->op));
    return (enum ferro_cell)cell[xrow[row_of(e->src_mode)]][col][e->width == W_ADDR][variant];
}

static enum ferro_cell format2(const struct ferro_exec *e)
{
    static const uint8_t shift[ROWS] = {CELL_F2_SHIFT_REG, CELL_F2_SHIFT_IND, CELL_F2_SHIFT_INC,
                                        CELL_F2_SHIFT_INC, CELL_F2_SHIFT_IDX, CELL_F2_SHIFT_SYM,
                                        CELL_F2_SHIFT_ABS};
    static const uint8_t push[ROWS] = {CELL_F2_PUSH_REG, CELL_F2_PUSH_IND, CELL_F2_PUSH_INC,
                                       CELL_F2_PUSH_IMM, CELL_F2_PUSH_IDX, CELL_F2_PUSH_SYM,
                                       CELL_F2_PUSH_ABS};
    static const uint8_t call[ROWS] = {CELL_F2_CALL_REG, CELL_F2_CALL_IND, CELL_F2_CALL_INC,
                                       CELL_F2_CALL_IMM, CELL_F2_CALL_IDX, CELL_F2_CALL_SYM,
                                       CELL_F2_CALL_ABS};
    int row = row_of(e->dst_mode);
    if (e->op == OP_PUSH)
        return (enum ferro_cell)push[row];
    if (e->op == OP_CALL)
        return (enum ferro_cell)call[row];
    return (enum ferro_cell)shift[row]; /* #N is not in the table: costed like @Rn+ */
}

static enum ferro_cell format2_ext(const struct ferro_exec *e)
{
    static const uint8_t shift_w[ROWS] = {CELL_X2_SHIFT_REG, CELL_X2_SHIFT_IND_W, CELL_X2_SHIFT_INC_W,
                                          CELL_X2_SHIFT_INC_W, CELL_X2_SHIFT_IDX_W, CELL_X2_SHIFT_SYM_W,
                                          CELL_X2_SHIFT_ABS_W};
    static const uint8_t shift_a[ROWS] = {CELL_X2_SHIFT_REG, CELL_X2_SHIFT_IND_A, CELL_X2_SHIFT_INC_A,
                                          CELL_X2_SHIFT_INC_A, CELL_X2_SHIFT_IDX_A, CELL_X2_SHIFT_SYM_A,
                                          CELL_X2_SHIFT_ABS_A};
    static const uint8_t push_w[ROWS] = {CELL_X2_PUSHX_REG, CELL_X2_PUSHX_IND, CELL_X2_PUSHX_INC,
                                         CELL_X2_PUSHX_IMM, CELL_X2_PUSHX_IDX, CELL_X2_PUSHX_SYM,
                                         CELL_X2_PUSHX_ABS};
    static const uint8_t push_a[ROWS] = {CELL_X2_PUSHXA_REG, CELL_X2_PUSHXA_IND, CELL_X2_PUSHXA_INC,
                                         CELL_X2_PUSHXA_IMM, CELL_X2_PUSHXA_IDX, CELL_X2_PUSHXA_SYM,
                                         CELL_X2_PUSHXA_ABS};
    int row = row_of(e->dst_mode), a = e->width == W_ADDR;
    if (e->op == OP_PUSH) {
        if (row == ROW_IDX && e->dst_reg == 1)
            return a ? CELL_X2_PUSHXA_IDX_SP : CELL_X2_PUSHX_IDX_SP;
        return (enum ferro_cell)(a ? push_a : push_w)[row];
    }
    return (enum ferro_cell)(a ? shift_a : shift_w)[row];
}

static enum ferro_cell calla(const struct ferro_exec *e)
{
    switch (e->op) {
    case OP_CALLA_REG: return CELL_X2_CALLA_REG;
    case OP_CALLA_IND: return CELL_X2_CALLA_IND;
    case OP_CALLA_INC: return CELL_X2_CALLA_INC;
    case OP_CALLA_IMM: return CELL_X2_CALLA_IMM;
    case OP_CALLA_IDX: return e->dst_reg == 1 ? CELL_X2_CALLA_IDX_SP : CELL_X2_CALLA_IDX;
    case OP_CALLA_SYM: return CELL_X2_CALLA_SYM;
    default: return CELL_X2_CALLA_ABS;
    }
}

static enum ferro_cell address(const struct ferro_exec *e)
{
    int pc = e->dst_mode == AM_REG && e->dst_reg == 0;
    switch (e->op) {
    case OP_MOVA_IND: return pc ? CELL_XA_MOVA_IND_PC : CELL_XA_MOVA_IND_RM;
    case OP_MOVA_INC: return pc ? CELL_XA_MOVA_INC_PC : CELL_XA_MOVA_INC_RM;
    case OP_MOVA_ABS: return pc ? CELL_XA_MOVA_ABS_PC : CELL_XA_MOVA_ABS_RM;
    case OP_MOVA_IDX: return pc ? CELL_XA_MOVA_IDX_PC : CELL_XA_MOVA_IDX_RM;
    case OP_MOVA_TOABS: return CELL_XA_MOVA_REG_ABS;
    case OP_MOVA_TOIDX: return CELL_XA_MOVA_REG_IDX;
    case OP_MOVA_IMM: return pc ? CELL_XA_MOVA_IMM_PC : CELL_XA_MOVA_IMM_RM;
    case OP_MOVA_REG: return pc ? CELL_XA_MOVA_REG_PC : CELL_XA_MOVA_REG_RM;
    case OP_CMPA_IMM: case OP_ADDA_IMM: case OP_SUBA_IMM:
        return pc ? CELL_XA_ARITH_IMM_PC : CELL_XA_ARITH_IMM_RM;
    default: return pc ? CELL_XA_ARITH_REG_PC : CELL_XA_ARITH_REG_RM;
    }
}

enum ferro_cell ferro_cell_of(const struct ferro_exec *e)
{
    if (e->event == EV_IRQ)
        return CELL_IRQ_ACCEPT;
    if (e->event == EV_RESET)
        return e->vector ? CELL_WDT_RESET : CELL_RESET; /* vector: PUC cause */
    if (e->event == EV_DMA)
        return e->op == DMA_REC_CONT ? CELL_DMA_XFER_CONT
               : e->op == DMA_REC_LPM ? CELL_DMA_XFER_LPM
                                      : CELL_DMA_XFER;
    switch (ferro_isa[e->op].form) {
    case FORM_I: return e->ext ? format1_ext(e) : format1(e);
    case FORM_II: return e->ext ? format2_ext(e) : format2(e);
    case FORM_JUMP: return CELL_JUMP;
    case FORM_CALLA: return calla(e);
    case FORM_PUSHM:
        switch (e->op) {
        case OP_PUSHM_A: return CELL_X2_PUSHM_A;
        case OP_PUSHM_W: return CELL_X2_PUSHM_W;
        case OP_POPM_A: return CELL_X2_POPM_A;
        default: return CELL_X2_POPM_W;
        }
    case FORM_ROTM:
        switch (e->op) {
        case OP_RRCM: return CELL_X2_RRCM;
        case OP_RRAM: return CELL_X2_RRAM;
        case OP_RLAM: return CELL_X2_RLAM;
        default: return CELL_X2_RRUM;
        }
    case FORM_ADDR: return address(e);
    case FORM_NONE: return e->op == OP_RETI ? CELL_RETI : CELL_NONE;
    default: return CELL_NONE;
    }
}
