/* System registers of the FR5994: SFR (interrupt enables and flags of the
 * system, 0x0100), PMM (power management, 0x0120; PM5CTL0 with the I/O lock at
 * 0x0130) and SYS (control, NMI and reset vector generators, 0x0180).  See
 * sys.c for what is modelled. */
#ifndef FERRO_SYS_H
#define FERRO_SYS_H

#include <stdint.h>

#include "../machine.h"

/* SFRIE1 / SFRIFG1 bits (SLAU367P chapter 1, SFR registers). */
enum {
    SFR_WDTIFG = 0x0001, SFR_OFIFG = 0x0002, SFR_VMAIFG = 0x0008, SFR_NMIIFG = 0x0010,
    SFR_JMBINIFG = 0x0040, SFR_JMBOUTIFG = 0x0080,
};

/* What a reset does, from its SYSRSTIV cause (SLAU367P table 1-26 marks each
 * cause BOR, POR or PUC).  A BOR includes a POR, a POR includes a PUC
 * (SLAU367P 1.2). */
enum ferro_reset_kind { RESET_BOR, RESET_POR, RESET_PUC };
static inline enum ferro_reset_kind ferro_reset_kind(uint16_t cause)
{
    return cause <= 0x12 ? RESET_BOR : cause == RSTIV_PMMSWPOR ? RESET_POR : RESET_PUC;
}

struct sfr {
    uint16_t ie, ifg, rpcr;
    uint64_t vma_seen; /* m->vacant_accesses when VMAIFG was last cleared */
};
extern const struct ferro_device_ops sfr_ops;
/* Set flags in SFRIFG1 (the watchdog's WDTIFG) and update the interrupt lines. */
void sfr_set_flags(struct ferro_machine *m, struct sfr *s, uint16_t bits);

struct pmm {
    uint16_t ctl0, ifg, pm5ctl0;
    int unlocked; /* PMMCTL0_H was written with the password PMMPW */
};
extern const struct ferro_device_ops pmm_ops;
/* LOCKLPM5 (PM5CTL0 bit 0): the I/O pins are frozen in their reset state. */
static inline int pmm_io_locked(const struct pmm *p) { return p && (p->pm5ctl0 & 1); }

struct sys {
    uint16_t regs[0x10];  /* SYSCTL, JTAG mailbox (storage), by word offset */
    uint32_t rst_pending; /* bit n: SYSRSTIV value 2n is pending */
    struct sfr *sfr;
};
extern const struct ferro_device_ops sys_ops;

#endif
