#ifndef FERRO_FRCTL_H
#define FERRO_FRCTL_H

#include <stdint.h>

#include "../machine.h"

/* FRAM controller at 0x0140 (FRCTL0, GCCTL0, GCCTL1). */
struct frctl {
    uint16_t regs[8];
    int unlocked; /* FRCTL0_H was written with the password (byte access) */
};
extern const struct ferro_device_ops frctl_ops;

#endif
