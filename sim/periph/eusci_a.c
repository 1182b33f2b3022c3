/* eUSCI_A in UART mode: what firmware sees when it prints (SLAU367P 30.3 UART
 * operation, 30.4 registers).  Receive is not modelled (nothing sends). */
#include <string.h>

#include "periph.h"

enum {
    CTLW0 = 0x00, BRW = 0x06, MCTLW = 0x08, STATW = 0x0A, TXBUF = 0x0E, IE = 0x1A, IFG = 0x1C,
    IV = 0x1E,
    UCSWRST = 0x0001, UCSPB = 0x0800, UC7BIT = 0x1000, UCPEN = 0x8000, UCOS16 = 0x0001,
    UCBUSY = 0x0001, UCRXIFG = 0x01, UCTXIFG = 0x02, UCSTTIFG = 0x04, UCTXCPTIFG = 0x08,
};

#define REG(u, off) ((u)->regs[(off) / 2])

/* Length of one frame in ps: start bit, 7 or 8 data bits, parity, 1 or 2 stop
 * bits, each one bit period of BRCLK cycles.  The bit period is UCBRx (or
 * 16 UCBRx + UCBRFx with oversampling) plus the average of the UCBRSx
 * modulation pattern (SLAU367P 30.3.10). */
static ferro_ps frame_ps(struct ferro_machine *m, const struct eusci_a *u)
{
    uint16_t ctl = REG(u, CTLW0), br = REG(u, BRW), mctl = REG(u, MCTLW);
    const struct cs *cs = ferro_device_state(m, &cs_ops);
    unsigned ssel = (ctl >> 6) & 3;
    uint32_t brclk = !cs ? 0 : ssel == 1 ? cs_aclk_hz(cs) : ssel >= 2 ? cs_smclk_hz(cs) : 0;
    unsigned bits = 1 + (ctl & UC7BIT ? 7 : 8) + (ctl & UCPEN ? 1 : 0) + (ctl & UCSPB ? 2 : 1);
    uint64_t eighths = (mctl & UCOS16) ? (16u * br + ((mctl >> 4) & 0xF)) * 8u : br * 8u;
    eighths += (unsigned)__builtin_popcount(mctl >> 8);
    if (!brclk || !eighths)
        return 0; /* no clock or no divider: transmit at once */
    return (ferro_ps)((unsigned __int128)bits * eighths * FERRO_PS_PER_S / (8ull * brclk));
}

static void update_irq(struct ferro_machine *m, struct eusci_a *u)
{
    ferro_irq_line(m, u->cfg->vector, (REG(u, IFG) & REG(u, IE) & 0x0F) != 0);
}

static void start_frame(struct ferro_machine *m, struct eusci_a *u, uint8_t c)
{
    if (u->cfg->console)
        ferro_console_put(m, (char)c);
    ferro_ps len = frame_ps(m, u);
    u->shifting = len != 0;
    if (u->shifting)
        ferro_schedule(m, &u->frame_done, ferro_now(m) + len);
}

/* The shift register finished a frame: load the next character, or signal
 * transmit complete. */
static void frame_done(struct ferro_machine *m, void *ctx)
{
    struct eusci_a *u = ctx;
    u->shifting = 0;
    if (u->buffered) {
        u->buffered = 0;
        REG(u, IFG) |= UCTXIFG;
        start_frame(m, u, u->txbuf);
    } else {
        REG(u, IFG) |= UCTXCPTIFG;
    }
    update_irq(m, u);
}

static void eusci_init(struct ferro_machine *m, void *dev, const void *config)
{
    (void)m;
    struct eusci_a *u = dev;
    u->cfg = config;
    u->frame_done = (struct ferro_event){.fire = frame_done, .ctx = u, .name = "eUSCI_A frame"};
}

static void eusci_reset(struct ferro_machine *m, void *dev)
{
    struct eusci_a *u = dev;
    ferro_unschedule(m, &u->frame_done);
    memset(u->regs, 0, sizeof u->regs);
    u->shifting = u->buffered = 0;
    REG(u, CTLW0) = 0x0001; /* UCSWRST (SLAU367P 30.4.1 reset value) */
    REG(u, IFG) = UCTXIFG;
    update_irq(m, u);
}

static uint16_t eusci_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    struct eusci_a *u = dev;
    unsigned off = addr & 0x1F;
    uint16_t w = u->regs[off / 2];
    if ((off & ~1u) == STATW)
        w = (uint16_t)((w & ~UCBUSY) | (u->shifting || u->buffered ? UCBUSY : 0));
    if ((off & ~1u) == IV) {
        /* Highest-priority pending flag, cleared by the read (SLAU367P 30.4.12). */
        uint16_t pending = REG(u, IFG) & REG(u, IE) & 0x0F;
        w = 0;
        for (unsigned i = 0; i < 4; i++)
            if (pending & (1u << i)) {
                w = (uint16_t)(2 * (i + 1));
                if (!byte || !(off & 1)) {
                    REG(u, IFG) &= (uint16_t)~(1u << i);
                    update_irq(m, u);
                }
                break;
            }
    }
    return ferro_reg_view(w, off, byte);
}

static void eusci_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct eusci_a *u = dev;
    unsigned off = addr & 0x1F;
    uint16_t *reg = &u->regs[off / 2];
    if ((off & ~1u) == IV)
        return; /* read-only */
    if ((off & ~1u) == TXBUF) {
        if (off & 1)
            return;
        if (REG(u, CTLW0) & UCSWRST)
            return; /* the module is held in reset: nothing is sent */
        REG(u, TXBUF) = v & 0xFF;
        REG(u, IFG) &= (uint16_t)~(UCTXCPTIFG);
        if (!u->shifting) {
            start_frame(m, u, (uint8_t)v);
        } else {
            /* The shift register is busy: the character waits in TXBUF and
             * TXIFG stays clear until the frame ends. */
            u->txbuf = (uint8_t)v;
            u->buffered = 1;
            REG(u, IFG) &= (uint16_t)~UCTXIFG;
        }
        update_irq(m, u);
        return;
    }
    uint16_t old = *reg;
    if (byte)
        *reg = ferro_reg_merge(old, v, off, 1);
    else
        *reg = v;
    if ((off & ~1u) == CTLW0 && (*reg & UCSWRST) && !(old & UCSWRST)) {
        /* Entering reset clears the flags and stops transmission (SLAU367P 30.3.1). */
        ferro_unschedule(m, &u->frame_done);
        u->shifting = u->buffered = 0;
        REG(u, IFG) = UCTXIFG;
        REG(u, IE) = 0;
    }
    update_irq(m, u);
}

const struct ferro_device_ops eusci_a_ops = {
    .name = "eUSCI_A",
    .init = eusci_init,
    .reset = eusci_reset,
    .read = eusci_read,
    .write = eusci_write,
};
