/* eUSCI_A UART: what firmware sees when it prints (SLAU367P 30.4 registers). */
#include "periph.h"

#include <string.h>

enum {
    UCAxCTLW0 = 0x00, UCAxTXBUF = 0x0E, UCAxIE = 0x1A, UCAxIFG = 0x1C, UCAxIV = 0x1E,
    UCSWRST = 0x0001, UCTXIFG = 0x0002,
};

static void eusci_reset(struct ferro_machine *m, void *dev)
{
    (void)m;
    struct eusci_a *u = dev;
    memset(u->regs, 0, sizeof u->regs);
    u->regs[UCAxCTLW0 / 2] = 0x01C1; /* reset value: UCSWRST set, SMCLK/ACLK bits */
    u->regs[UCAxIFG / 2] = UCTXIFG;
}

static uint16_t eusci_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    (void)m;
    struct eusci_a *u = dev;
    unsigned off = addr & 0x1F;
    uint16_t w = u->regs[off / 2];
    if ((off & ~1u) == UCAxIFG)
        w |= UCTXIFG; /* the transmitter is always ready */
    return byte ? (uint8_t)(off & 1 ? w >> 8 : w) : w;
}

static void eusci_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct eusci_a *u = dev;
    unsigned off = addr & 0x1F;
    uint16_t *reg = &u->regs[off / 2];
    if (byte)
        *reg = off & 1 ? (uint16_t)((*reg & 0x00FF) | v << 8) : (uint16_t)((*reg & 0xFF00) | (v & 0xFF));
    else
        *reg = v;
    if ((off & ~1u) == UCAxTXBUF && !(off & 1) && !(u->regs[UCAxCTLW0 / 2] & UCSWRST))
        ferro_console_put(m, (char)(v & 0xFF));
}

const struct ferro_device_ops eusci_a_ops = {
    .name = "eUSCI_A",
    .reset = eusci_reset,
    .read = eusci_read,
    .write = eusci_write,
};
