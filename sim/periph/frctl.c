/* FRAM controller FRCTL_A (SLAU367P chapter 7): FRCTL0 sets the wait states the
 * cost model charges for FRAM cache misses; GCCTL0/1 hold error-detection
 * settings and flags (no FRAM bit errors are simulated, so the flags stay 0). */
#include "frctl.h"

#include <string.h>

enum { FRCTL0 = 0, GCCTL0 = 2, GCCTL1 = 3, FRCTLPW = 0xA5, FRCTL0_READ_KEY = 0x96 };

static void frctl_reset(struct ferro_machine *m, void *dev)
{
    struct frctl *f = dev;
    memset(f, 0, sizeof *f);
    f->regs[FRCTL0] = FRCTL0_READ_KEY << 8; /* NWAITS = 0 after reset */
    f->regs[GCCTL0] = 0x0006;               /* reset value: UBDRSTEN | ... (SLAU367P 7.6) */
    ferro_set_nwaits(m, 0);
    fram_cache_flush(&m->fram_cache);
}

static uint16_t frctl_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    (void)m;
    const struct frctl *f = dev;
    unsigned off = addr & 0xF;
    uint16_t w = f->regs[off / 2];
    return ferro_reg_view(w, off, byte);
}

static void frctl_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct frctl *f = dev;
    unsigned off = addr & 0xF, reg = off / 2;
    if (reg == FRCTL0) {
        /* The password byte: A5h unlocks byte writes of the low byte, anything
         * else locks them (TI's driverlib locks with 00h).  A low-byte write while
         * locked, or a word write without the password, is a password violation
         * and resets the part (PUC, SYSRSTIV 1Ah; SLAU367P 7.6 FRCTL0). */
        int has_key = byte ? f->unlocked : (v >> 8) == FRCTLPW;
        if (byte && (off & 1)) {
            f->unlocked = (v & 0xFF) == FRCTLPW;
            return;
        }
        if (!has_key) {
            ferro_request_puc(m, RSTIV_FRCTL_PASSWORD);
            return;
        }
        f->regs[FRCTL0] = (uint16_t)(FRCTL0_READ_KEY << 8 | (v & 0x70));
        ferro_set_nwaits(m, (v >> 4) & 7);
        return;
    }
    if (reg == GCCTL0 || reg == GCCTL1) {
        uint16_t *r = &f->regs[reg];
        if (byte)
            *r = ferro_reg_merge(*r, v, off, 1);
        else
            *r = v;
        if (reg == GCCTL1)
            *r = 0; /* error flags: write 0 to clear, none are ever set */
    }
}

const struct ferro_device_ops frctl_ops = {
    .name = "FRCTL_A",
    .reset = frctl_reset,
    .read = frctl_read,
    .write = frctl_write,
};
