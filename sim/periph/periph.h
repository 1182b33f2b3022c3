/* Peripheral devices: one file each, instantiated from the table in fr5994.c. */
#ifndef FERRO_PERIPH_H
#define FERRO_PERIPH_H

#include <stdint.h>

#include "../machine.h"

/* eUSCI_A in UART mode (SLAU367P chapter 30).  Transmission is immediate for now:
 * TXIFG reads as set and every TXBUF write reaches the console. */
struct eusci_a {
    uint16_t regs[0x10]; /* the 32-byte register block, by word offset */
};
extern const struct ferro_device_ops eusci_a_ops;

/* Clock system: tracks the MCLK frequency the firmware selects. */
struct cs {
    uint16_t regs[8];
    int unlocked;
};
extern const struct ferro_device_ops cs_ops;
uint32_t cs_mclk_hz(const struct cs *cs);

#endif
