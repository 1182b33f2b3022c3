/*
 * ferro_board.h - clock and power-up setup for an MSP430FR5994 LaunchPad.
 */
#ifndef FERRO_BOARD_H
#define FERRO_BOARD_H

#include <stdint.h>

/* Stop the watchdog, unlock the I/O pins (LOCKLPM5), and run MCLK = SMCLK =
   DCO at 1, 8 or 16 MHz (other values round up to the next of those; above
   16 MHz means 16). ACLK = VLO (~10 kHz). Sets one FRAM wait state above
   8 MHz. */
void board_init(uint32_t mclk_hz);

/* MCLK/SMCLK frequency set by board_init (1 MHz, the reset default, before). */
uint32_t board_mclk_hz(void);

#endif /* FERRO_BOARD_H */
