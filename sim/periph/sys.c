/* SFR, PMM and SYS: the system registers firmware touches at start-up and after
 * a reset (SLAU367P chapter 1 "System Resets, Interrupts, and Operating Modes,
 * System Control Module (SYS)", SFR and SYS register descriptions; chapter 2
 * "Power Management Module and Supply Voltage Supervisor", PMM registers).
 *
 * Modelled:
 *  - SFRIE1/SFRIFG1/SFRRPCR.  WDTIFG is set by the watchdog, kept across a PUC
 *    (so the reset code can tell a watchdog reset, SLAU367P 24.2.4), cleared
 *    when the WDT interrupt is accepted; WDTIFG&WDTIE drive the WDT vector
 *    (0xFFF2), (NMIIFG|OFIFG)&(NMIIE|OFIE) the UNMI vector (0xFFFA).
 *    VMAIFG is set by any vacant-memory data access: the bus counts them in
 *    m->vacant_accesses and the flag reads as set while the count moved since
 *    it was last cleared (by software or by reading SYSSNIV).
 *  - SYSRSTIV: every reset adds its cause (m->reset_cause); a BOR-class reset
 *    starts again from its own cause (power-on: 02h BOR).  A read returns the
 *    highest-priority (lowest) pending value and clears it; a write clears all.
 *    SYSSNIV reports VMAIFG (12h) and clears it; SYSUNIV reports NMIIFG (02h,
 *    cleared) and OFIFG (04h, left to software as the oscillator fault logic is
 *    not modelled).
 *  - PMMCTL0: password PMMPW (A5h) in the high byte; a word write without it is
 *    a password violation (PUC, SYSRSTIV 20h).  A byte write to PMMCTL0_H
 *    unlocks (A5h) or locks (any other value) the low byte and PMMIFG, as TI's
 *    driver library uses it.  PMMSWBOR/PMMSWPOR request a software BOR/POR
 *    (SYSRSTIV 06h/14h).
 *  - PM5CTL0.LOCKLPM5: set at power-up, cleared by software.  "Once set, can
 *    only be cleared by the user or via another power cycle" (SLAU367P
 *    chapter 2, PM5CTL0): a written 1 is ignored, and the bit keeps its value
 *    through PUC, POR and software BOR, so firmware that cleared it once keeps
 *    its pins working after a watchdog reset.  (LPMx.5 entry, which sets it on
 *    silicon, is not modelled.)
 * Not modelled: NMIs are delivered through the machine's ordinary (GIE-masked)
 * interrupt path; the SYSNMI vector (VMAIE, JTAG mailbox) is not raised; the
 * JTAG mailbox and SVS are register storage only; PMMREGOFF makes the next
 * LPM3/LPM4 entry an LPMx.5 power-down, which ends the run (machine.c). */
#include "sys.h"

#include <string.h>

#include "gpio.h"

/* ---- SFR, 0x0100 ----------------------------------------------------- */

enum { SFRIE1 = 0, SFRIFG1 = 2, SFRRPCR = 4 };
enum {
    SFR_BITS = 0x00DB, RPCR_BITS = 0x000F, RPCR_RESET = 0x001C, VEC_WDT = 0xFFF2, VEC_UNMI = 0xFFFA,
};

static uint16_t sfr_ifg(const struct ferro_machine *m, const struct sfr *s)
{
    return s->ifg | (m->vacant_accesses != s->vma_seen ? SFR_VMAIFG : 0);
}

static void sfr_lines(struct ferro_machine *m, const struct sfr *s)
{
    uint16_t pending = s->ifg & s->ie;
    ferro_irq_line(m, VEC_WDT, pending & SFR_WDTIFG);
    ferro_irq_line(m, VEC_UNMI, pending & (SFR_NMIIFG | SFR_OFIFG));
}

void sfr_set_flags(struct ferro_machine *m, struct sfr *s, uint16_t bits)
{
    s->ifg |= bits & SFR_BITS;
    sfr_lines(m, s);
}

static void sfr_reset(struct ferro_machine *m, void *dev)
{
    struct sfr *s = dev;
    s->ie = 0;
    /* SFRIFG1 resets to 0082h (oscillator fault pending, JTAG outgoing mailbox
     * empty); WDTIFG and OFIFG are reset by a POR only (SLAU367P chapter 1,
     * SFRIFG1 register description). */
    if (ferro_reset_kind(m->reset_cause) == RESET_PUC) {
        s->ifg = (s->ifg & (SFR_WDTIFG | SFR_OFIFG)) | SFR_JMBOUTIFG;
    } else {
        s->ifg = SFR_OFIFG | SFR_JMBOUTIFG;
        s->rpcr = RPCR_RESET; /* SFRRPCR = 001Ch: reset pin, pull-up enabled */
    }
    s->vma_seen = m->vacant_accesses;
    sfr_lines(m, s);
}

static uint16_t sfr_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    const struct sfr *s = dev;
    switch (addr & 0xE) {
    case SFRIE1: return ferro_reg_view(s->ie, addr, byte);
    case SFRIFG1: return ferro_reg_view(sfr_ifg(m, s), addr, byte);
    case SFRRPCR: return ferro_reg_view(s->rpcr, addr, byte);
    default: return 0; /* reserved */
    }
}

static void sfr_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct sfr *s = dev;
    switch (addr & 0xE) {
    case SFRIE1:
        s->ie = ferro_reg_merge(s->ie, v, addr, byte) & SFR_BITS;
        break;
    case SFRIFG1:
        s->ifg = ferro_reg_merge(sfr_ifg(m, s), v, addr, byte) & SFR_BITS;
        if (!(s->ifg & SFR_VMAIFG))
            s->vma_seen = m->vacant_accesses;
        break;
    case SFRRPCR:
        s->rpcr = (uint16_t)((ferro_reg_merge(s->rpcr, v, addr, byte) & RPCR_BITS) |
                             (RPCR_RESET & ~RPCR_BITS));
        break;
    default:
        return;
    }
    sfr_lines(m, s);
}

/* WDTIFG is the WDT vector's only source: accepting the interrupt clears it
 * (SLAU367P 24.2.4). */
static void sfr_irq_ack(struct ferro_machine *m, void *dev, uint16_t vector)
{
    struct sfr *s = dev;
    if (vector == VEC_WDT) {
        s->ifg &= (uint16_t)~SFR_WDTIFG;
        sfr_lines(m, s);
    }
}

const struct ferro_device_ops sfr_ops = {
    .name = "SFR",
    .reset = sfr_reset,
    .read = sfr_read,
    .write = sfr_write,
    .irq_ack = sfr_irq_ack,
};

/* ---- PMM, 0x0120 ------------------------------------------------------- */

enum { PMMCTL0 = 0x00, PMMIFG = 0x0A, PM5CTL0 = 0x10 };
enum {
    PMMPW = 0xA5, PMM_READ_KEY = 0x96, PMMSWBOR = 0x04, PMMSWPOR = 0x08, PMMREGOFF = 0x10,
    SVSHE = 0x40, PMMBORIFG = 0x0100, PMMRSTIFG = 0x0200, PMMPORIFG = 0x0400,
    PMMIFG_BITS = 0xA700, LOCKLPM5 = 0x0001,
};

static void pmm_reset(struct ferro_machine *m, void *dev)
{
    struct pmm *p = dev;
    uint16_t cause = m->reset_cause;
    p->unlocked = 0;
    if (cause == RSTIV_BOR) { /* power-up */
        p->ifg = 0;
        p->pm5ctl0 = LOCKLPM5;
    } else if (cause == RSTIV_RST) {
        p->ifg |= PMMRSTIFG;
    } else if (cause == RSTIV_PMMSWBOR) {
        p->ifg |= PMMBORIFG;
    } else if (cause == RSTIV_PMMSWPOR) {
        p->ifg |= PMMPORIFG;
    }
    if (ferro_reset_kind(cause) != RESET_PUC)
        p->ctl0 = SVSHE; /* PMMCTL0 = 9640h */
}

static uint16_t pmm_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    (void)m;
    const struct pmm *p = dev;
    switch (addr & 0x1E) {
    case PMMCTL0: return ferro_reg_view((uint16_t)(PMM_READ_KEY << 8 | p->ctl0), addr, byte);
    case PMMIFG: return ferro_reg_view(p->ifg, addr, byte);
    case PM5CTL0: return ferro_reg_view(p->pm5ctl0, addr, byte);
    default: return 0; /* reserved */
    }
}

static void pmm_control(struct ferro_machine *m, struct pmm *p, uint8_t v)
{
    p->ctl0 = v & (PMMREGOFF | SVSHE);
    /* With PMMREGOFF set, LPM3/LPM4 become LPM3.5/LPM4.5: the core powers down
     * and only a wake-up reset follows; the machine treats that as a halt. */
    m->regoff = (p->ctl0 & PMMREGOFF) != 0;
    if (v & PMMSWBOR)
        ferro_request_puc(m, RSTIV_PMMSWBOR);
    else if (v & PMMSWPOR)
        ferro_request_puc(m, RSTIV_PMMSWPOR);
}

static void pmm_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct pmm *p = dev;
    unsigned reg = addr & 0x1E;
    if (reg == PMMCTL0 && byte && (addr & 1)) {
        p->unlocked = (v & 0xFF) == PMMPW;
    } else if (reg == PMMCTL0 && !byte) {
        if (v >> 8 != PMMPW) {
            ferro_request_puc(m, RSTIV_PMM_PASSWORD);
            return;
        }
        p->unlocked = 1;
        pmm_control(m, p, (uint8_t)v);
    } else if (reg == PMMCTL0 || reg == PMMIFG) {
        if (!p->unlocked) {
            ferro_diag(m, "write to PMM register 0x%03x while the PMM is locked ignored "
                          "(pc 0x%05x)", addr, m->cur->pc);
            return;
        }
        if (reg == PMMCTL0)
            pmm_control(m, p, (uint8_t)v);
        else
            p->ifg = ferro_reg_merge(p->ifg, v, addr, byte) & PMMIFG_BITS;
    } else if (reg == PM5CTL0 && !(addr & 1)) {
        if ((p->pm5ctl0 & LOCKLPM5) && !(v & LOCKLPM5)) {
            p->pm5ctl0 &= (uint16_t)~LOCKLPM5;
            gpio_io_unlocked(m);
        }
    }
}

const struct ferro_device_ops pmm_ops = {
    .name = "PMM",
    .reset = pmm_reset,
    .read = pmm_read,
    .write = pmm_write,
};

/* ---- SYS, 0x0180 ------------------------------------------------------- */

enum {
    SYSCTL = 0x00, SYSJMBC = 0x06, SYSJMBO1 = 0x0E, SYSUNIV = 0x1A, SYSSNIV = 0x1C, SYSRSTIV = 0x1E,
    SYSCTL_BITS = 0x0035, SYSJMBC_RESET = 0x000C, SNIV_VMA = 0x12, UNIV_NMI = 0x02, UNIV_OF = 0x04,
};

static void sys_reset(struct ferro_machine *m, void *dev)
{
    struct sys *y = dev;
    uint16_t cause = m->reset_cause;
    y->sfr = ferro_device_state(m, &sfr_ops);
    uint32_t bit = cause ? 1u << (cause / 2) : 0;
    if (ferro_reset_kind(cause) == RESET_BOR) {
        memset(y->regs, 0, sizeof y->regs);
        y->regs[SYSJMBC / 2] = SYSJMBC_RESET; /* outgoing mailbox empty */
        y->rst_pending = bit;
    } else {
        y->rst_pending |= bit;
    }
    y->regs[SYSCTL / 2] = 0;
}

/* Reading a vector generator clears the source it reports. */
static uint16_t sys_vector(struct ferro_machine *m, struct sys *y, unsigned reg)
{
    struct sfr *s = y->sfr;
    if (reg == SYSRSTIV) {
        if (!y->rst_pending)
            return 0;
        unsigned n = (unsigned)__builtin_ctz(y->rst_pending);
        y->rst_pending &= ~(1u << n);
        return (uint16_t)(2 * n);
    }
    if (!s)
        return 0;
    if (reg == SYSSNIV) {
        if (!(sfr_ifg(m, s) & SFR_VMAIFG))
            return 0;
        s->ifg &= (uint16_t)~SFR_VMAIFG;
        s->vma_seen = m->vacant_accesses;
        return SNIV_VMA;
    }
    if (s->ifg & SFR_NMIIFG) {
        s->ifg &= (uint16_t)~SFR_NMIIFG;
        sfr_lines(m, s);
        return UNIV_NMI;
    }
    return s->ifg & SFR_OFIFG ? UNIV_OF : 0;
}

static uint16_t sys_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    struct sys *y = dev;
    unsigned reg = addr & 0x1E;
    if (reg == SYSRSTIV || reg == SYSSNIV || reg == SYSUNIV) {
        if (byte && (addr & 1))
            return 0; /* the values fit the low byte; only its access counts */
        return sys_vector(m, y, reg);
    }
    if (reg > SYSJMBO1)
        return 0; /* reserved */
    return ferro_reg_view(y->regs[reg / 2], addr, byte);
}

static void sys_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    (void)m;
    struct sys *y = dev;
    unsigned reg = addr & 0x1E;
    if (reg == SYSRSTIV) {
        y->rst_pending = 0; /* "writing clears all pending reset source flags" */
        return;
    }
    if (reg > SYSJMBO1 || reg == 0x02 || reg == 0x04)
        return; /* SYSSNIV/SYSUNIV are read-only; the rest is reserved */
    uint16_t *r = &y->regs[reg / 2];
    *r = ferro_reg_merge(*r, v, addr, byte);
    if (reg == SYSCTL)
        *r &= SYSCTL_BITS;
}

const struct ferro_device_ops sys_ops = {
    .name = "SYS",
    .reset = sys_reset,
    .read = sys_read,
    .write = sys_write,
};
