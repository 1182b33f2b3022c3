/* Clock system CS (SLAU367P chapter 3): which frequency MCLK runs at.  The CPU
 * cost model counts MCLK cycles; this device converts them to time by telling
 * the machine whenever the firmware changes the DCO, the MCLK source or its
 * divider.  Oscillator start-up and fault logic are not modelled. */
#include "periph.h"

#include <string.h>

enum { CSCTL0 = 0, CSCTL1 = 1, CSCTL2 = 2, CSCTL3 = 3, CSKEY = 0xA5 };

/* DCO frequency by DCORSEL and DCOFSEL (SLAU367P table 3-3, CSCTL1 description;
 * datasheet SLASE54 "DCO" table for the trimmed values). */
static const uint32_t dco_hz[2][8] = {
    {1000000, 2670000, 3330000, 4000000, 5330000, 6670000, 8000000, 8000000},
    {1000000, 5330000, 6670000, 8000000, 16000000, 21000000, 24000000, 24000000},
};

/* Nominal source frequencies (SLASE54): LFXT 32768 Hz crystal, VLO 9.4 kHz,
 * MODCLK 5 MHz, LFMODCLK = MODCLK/128; HFXT taken as absent (0). */
static uint32_t source_hz(const struct cs *cs, unsigned sel)
{
    uint16_t c1 = cs->regs[CSCTL1];
    switch (sel) {
    case 0: return 32768;
    case 1: return 9400;
    case 2: return 5000000 / 128;
    case 3: return dco_hz[(c1 >> 6) & 1][(c1 >> 1) & 7];
    case 4: return 5000000;
    default: return 0;
    }
}

/* A clock from its source select and divider fields (CSCTL2/CSCTL3 share the
 * layout: MCLK bits 2:0, SMCLK 6:4, ACLK 10:8).  Dividers /1 ... /32; the
 * reserved codes 6 and 7 act as /32. */
static uint32_t clock_hz(const struct cs *cs, unsigned shift)
{
    unsigned sel = (cs->regs[CSCTL2] >> shift) & 7, div = (cs->regs[CSCTL3] >> shift) & 7;
    return source_hz(cs, sel) >> (div > 5 ? 5 : div);
}

uint32_t cs_mclk_hz(const struct cs *cs) { return clock_hz(cs, 0); }
uint32_t cs_smclk_hz(const struct cs *cs) { return clock_hz(cs, 4); }
uint32_t cs_aclk_hz(const struct cs *cs) { return clock_hz(cs, 8); }
uint32_t cs_vlo_hz(const struct cs *cs) { return source_hz(cs, 1); }

static void cs_reset(struct ferro_machine *m, void *dev)
{
    struct cs *cs = dev;
    memset(cs, 0, sizeof *cs);
    /* Reset values (SLAU367P 3.3): DCO 8 MHz, MCLK = SMCLK = DCO/8, ACLK = LFXT. */
    cs->regs[CSCTL0] = 0x9600;
    cs->regs[CSCTL1] = 0x000C;
    cs->regs[CSCTL2] = 0x0033;
    cs->regs[CSCTL3] = 0x0033;
    cs->regs[4] = 0xCDC9;
    cs->regs[5] = 0x00C0;
    cs->regs[6] = 0x0007;
    ferro_set_mclk(m, cs_mclk_hz(cs));
    ferro_clocks_changed(m);
}

static uint16_t cs_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    (void)m;
    const struct cs *cs = dev;
    unsigned off = addr & 0xF;
    uint16_t w = cs->regs[off / 2];
    return ferro_reg_view(w, off, byte);
}

static void cs_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct cs *cs = dev;
    unsigned off = addr & 0xF, reg = off / 2;
    if (reg == CSCTL0) {
        /* Writing the password CSKEY to CSCTL0_H unlocks the other registers;
         * anything else locks them (a wrong password resets the part on silicon). */
        uint8_t key = (uint8_t)(byte ? (off & 1 ? v : 0) : v >> 8);
        cs->unlocked = key == CSKEY;
        return;
    }
    if (!cs->unlocked) {
        ferro_diag(m, "write to CS register 0x%03x while CS is locked ignored (pc 0x%05x)", addr,
                   m->cur->pc);
        return;
    }
    uint16_t *r = &cs->regs[reg];
    if (byte)
        *r = ferro_reg_merge(*r, v, off, 1);
    else
        *r = v;
    ferro_set_mclk(m, cs_mclk_hz(cs));
    ferro_clocks_changed(m);
}

const struct ferro_device_ops cs_ops = {
    .name = "CS",
    .reset = cs_reset,
    .read = cs_read,
    .write = cs_write,
};
