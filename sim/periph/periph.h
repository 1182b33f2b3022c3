/* Peripheral devices: one file each, instantiated from the table in fr5994.c. */
#ifndef FERRO_PERIPH_H
#define FERRO_PERIPH_H

#include <stdint.h>

#include "../machine.h"

/* eUSCI_A in UART mode (SLAU367P chapter 30), transmit side: TXBUF feeds a shift
 * register that takes one frame time at the programmed baud rate, so firmware
 * polling TXIFG waits as long as on a board (in simulated time only). */
struct eusci_a_config {
    uint16_t vector; /* eUSCI_Ax interrupt vector */
    int console;     /* transmitted characters go to the console */
};
struct eusci_a {
    const struct eusci_a_config *cfg;
    uint16_t regs[0x10]; /* the 32-byte register block, by word offset */
    int shifting;        /* a frame is on the wire */
    int buffered;        /* TXBUF holds a character waiting for the shift register */
    uint8_t txbuf;
    struct ferro_event frame_done;
};
extern const struct ferro_device_ops eusci_a_ops;

/* Clock system: tracks the MCLK frequency the firmware selects. */
struct cs {
    uint16_t regs[8];
    int unlocked;
};
extern const struct ferro_device_ops cs_ops;
uint32_t cs_mclk_hz(const struct cs *cs);
uint32_t cs_smclk_hz(const struct cs *cs);
uint32_t cs_aclk_hz(const struct cs *cs);
uint32_t cs_vlo_hz(const struct cs *cs);
/* The clock system of a machine: ferro_device_state(m, &cs_ops). */

/* MPY32 hardware multiplier (SLAU367P chapter 5).  Results are computed on the
 * write that starts the operation (see mpy32.c for what is and is not modelled). */
struct mpy32 {
    uint16_t op1_lo, op1_hi; /* operand 1 words as latched (byte writes already extended) */
    uint16_t op2_lo, op2_hi; /* operand 2 words */
    uint16_t ctl;            /* MPY32CTL0: MPYC, MPYFRAC, MPYSAT, mode, widths, delayed write */
    uint16_t sumext;         /* SUMEXT as computed (before the fractional-mode view) */
    uint64_t res;            /* RES3:RES2:RES1:RES0 as stored (before fractional/saturation) */
    /* Operations started, for the analysis (not cleared by reset): each counts
     * once in mul16 (both operands at most 16 bits: a 32-bit result) or in mul32
     * (an operand of 24 or 32 bits: a 64-bit result); mac counts those of either
     * width that accumulated (MAC, MACS). */
    uint64_t mul16, mul32, mac;
};
extern const struct ferro_device_ops mpy32_ops;

struct mpy32_stats {
    uint64_t mul16, mul32, mac;
};
/* Copy the machine's MPY32 counters; -1 if it has no MPY32. */
int mpy32_stats(const struct ferro_machine *m, struct mpy32_stats *out);

#endif
