/* Digital I/O (SLAU367P chapter 12): ports P1..P8 in pairs (P1/P2 = PA at
 * 0x0200, P3/P4 = PB at 0x0220, P5/P6 = PC at 0x0240, P7/P8 = PD at 0x0260;
 * odd port in the low byte, even port in the high byte, so a pair is also a
 * 16-bit port for word access) and PJ at 0x0320 (8 pins, no interrupts).
 * Register offsets from msp430fr5994.h and SLAU367P 12.4 (Digital I/O registers).
 *
 * Pin levels (what PxIN reads and what the edge detector sees):
 *  - an output pin (PxDIR = 1) carries PxOUT;
 *  - an input with its resistor enabled (PxREN = 1) reads the pull-up (PxOUT = 1)
 *    or pull-down (PxOUT = 0) level (SLAU367P 12.2.4, table 12-1);
 *  - an input without resistor floats: Ferro reads it as 0, as nothing outside
 *    drives the pins;
 *  - a pin given to a module (PxSEL0/PxSEL1 not both 0) reads 0: module signals
 *    (UART, timer outputs) do not reach the pins in Ferro;
 *  - while PM5CTL0.LOCKLPM5 is set (after power-up, until firmware clears it)
 *    the pins stay high-impedance with their input buffers off (SLAU367P
 *    12.3.1): every pin reads 0 and PxOUT writes reach no pin, so they make no
 *    region markers.  The registers themselves are written as usual.
 * Interrupts (P1..P8): a pin level change in the direction PxIES selects
 * (0: low-to-high, 1: high-to-low) sets PxIFG, outputs included; software may
 * set PxIFG directly; a port's vector is requested while PxIFG & PxIE is
 * nonzero.  Any access to PxIV returns 2(n+1) for the lowest enabled pending
 * pin n (Px.0 has the highest priority) and clears that flag (SLAU367P 12.2.6.1);
 * disabled flags do not show in PxIV.  Writing PxIES does not set PxIFG here
 * (the guide says it "can"; Ferro chooses not to).
 * PxSELC: writing 1s complements those bits of PxSEL0 and PxSEL1 together
 * (SLAU367P 12.2.5); it reads 0.  Reserved offsets read 0 and ignore writes.
 * Reset (PUC, register tables of SLAU367P 12.4): PxDIR, PxREN, PxSEL0/1, PxIE, PxIFG and
 * PxIV clear; PxOUT and PxIES are "undefined" on silicon: Ferro keeps them
 * through a PUC and powers up with 0.
 * Region markers: see gpio.h. */
#include "gpio.h"

#include "sys.h"

/* Offsets in a pair block (low byte: odd port, high byte: even port). */
enum {
    PIN = 0x00, POUT = 0x02, PDIR = 0x04, PREN = 0x06, PSEL0 = 0x0A, PSEL1 = 0x0C, PIV_LO = 0x0E,
    PSELC = 0x16, PIES = 0x18, PIE = 0x1A, PIFG = 0x1C, PIV_HI = 0x1E,
};

static int port_exists(const struct gpio *g, int i) { return g->cfg && g->cfg->port[i] != 0; }
static int port_has_irq(const struct gpio *g, int i) { return g->cfg && g->cfg->vector[i] != 0; }

static uint8_t pin_levels(const struct gpio *g, const struct gpio_port *p)
{
    if (pmm_io_locked(g->pmm))
        return 0;
    uint8_t driven = p->out & p->dir, pulled = p->out & p->ren & (uint8_t)~p->dir;
    return (driven | pulled) & (uint8_t)~(p->sel0 | p->sel1);
}

static void irq_lines(struct ferro_machine *m, const struct gpio *g)
{
    for (int i = 0; i < 2; i++)
        if (port_has_irq(g, i))
            ferro_irq_line(m, g->cfg->vector[i], g->port[i].ifg & g->port[i].ie);
}

/* Recompute pin levels after a register change; edges set PxIFG. */
static void update(struct ferro_machine *m, struct gpio *g)
{
    for (int i = 0; i < 2; i++) {
        if (!port_exists(g, i))
            continue;
        struct gpio_port *p = &g->port[i];
        uint8_t now = pin_levels(g, p), changed = now ^ p->pins;
        if (port_has_irq(g, i))
            p->ifg |= (changed & now & (uint8_t)~p->ies) | (changed & (uint8_t)~now & p->ies);
        p->pins = now;
    }
    irq_lines(m, g);
}

void gpio_io_unlocked(struct ferro_machine *m)
{
    for (int i = 0; i < m->ndevices; i++)
        if (m->devices[i].ops == &gpio_ops)
            update(m, m->devices[i].state);
}

/* ---- region markers ---------------------------------------------------- */

static void marker_write(struct ferro_machine *m, struct gpio *g, const struct gpio_port *p)
{
    if (p->dir != 0xFF || p->sel0 || p->sel1 || pmm_io_locked(g->pmm))
        return; /* the pins do not show this value */
    if (p->out) {
        if (g->depth < GPIO_MARKER_DEPTH) {
            g->open[g->depth] = p->out;
            ferro_marker(m, p->out, 1);
        } else if (!g->warned_depth) {
            g->warned_depth = 1;
            ferro_diag(m, "region %u begins more than %d regions deep: dropped, with its end "
                          "(pc 0x%05x)", p->out, GPIO_MARKER_DEPTH, m->cur->pc);
        }
        g->depth++;
    } else if (g->depth == 0) {
        ferro_diag(m, "region end with no region open ignored (pc 0x%05x)", m->cur->pc);
    } else if (--g->depth < GPIO_MARKER_DEPTH) {
        ferro_marker(m, g->open[g->depth], 0);
    }
}

/* ---- registers --------------------------------------------------------- */

/* PxIV: the lowest enabled pending pin, cleared by the access. */
static uint16_t port_iv(struct ferro_machine *m, struct gpio *g, int i)
{
    struct gpio_port *p = &g->port[i];
    uint8_t pending = p->ifg & p->ie;
    if (!port_has_irq(g, i) || !pending)
        return 0;
    unsigned n = (unsigned)__builtin_ctz(pending);
    p->ifg &= (uint8_t)~(1u << n);
    irq_lines(m, g);
    return (uint16_t)(2 * (n + 1));
}

static uint8_t get8(const struct gpio *g, int i, unsigned reg)
{
    const struct gpio_port *p = &g->port[i];
    if (!port_exists(g, i))
        return 0;
    switch (reg) {
    case PIN: return pin_levels(g, p);
    case POUT: return p->out;
    case PDIR: return p->dir;
    case PREN: return p->ren;
    case PSEL0: return p->sel0;
    case PSEL1: return p->sel1;
    case PIES: return port_has_irq(g, i) ? p->ies : 0;
    case PIE: return port_has_irq(g, i) ? p->ie : 0;
    case PIFG: return port_has_irq(g, i) ? p->ifg : 0;
    default: return 0; /* PxSELC and reserved offsets */
    }
}

/* Store one byte lane; returns 1 if it was the marker port's PxOUT. */
static int set8(struct gpio *g, int i, unsigned reg, uint8_t v)
{
    struct gpio_port *p = &g->port[i];
    if (!port_exists(g, i))
        return 0;
    int irq = port_has_irq(g, i);
    switch (reg) {
    case POUT: p->out = v; return i == g->marker;
    case PDIR: p->dir = v; break;
    case PREN: p->ren = v; break;
    case PSEL0: p->sel0 = v; break;
    case PSEL1: p->sel1 = v; break;
    case PSELC: p->sel0 ^= v, p->sel1 ^= v; break;
    case PIES: if (irq) p->ies = v; break;
    case PIE: if (irq) p->ie = v; break;
    case PIFG: if (irq) p->ifg = v; break;
    default: break; /* PxIN is read-only; reserved offsets */
    }
    return 0;
}

static uint16_t gpio_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    struct gpio *g = dev;
    unsigned off = addr & 0x1F, reg = off & 0x1E;
    if (reg == PIV_LO || reg == PIV_HI)
        return byte && (off & 1) ? 0 : port_iv(m, g, reg == PIV_HI);
    if (byte)
        return get8(g, (int)(off & 1), reg);
    return (uint16_t)(get8(g, 0, reg) | get8(g, 1, reg) << 8);
}

static void gpio_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct gpio *g = dev;
    unsigned off = addr & 0x1F, reg = off & 0x1E;
    if (reg == PIV_LO || reg == PIV_HI) {
        if (!(byte && (off & 1)))
            port_iv(m, g, reg == PIV_HI); /* any access clears the reported flag */
        return;
    }
    int marker = 0;
    if (byte) {
        marker = set8(g, (int)(off & 1), reg, (uint8_t)v);
    } else {
        marker = set8(g, 0, reg, (uint8_t)v);
        marker |= set8(g, 1, reg, (uint8_t)(v >> 8));
    }
    update(m, g);
    if (marker)
        marker_write(m, g, &g->port[g->marker]);
}

static void gpio_init(struct ferro_machine *m, void *dev, const void *config)
{
    (void)m;
    struct gpio *g = dev;
    g->cfg = config;
    g->marker = -1;
}

static void gpio_reset(struct ferro_machine *m, void *dev)
{
    struct gpio *g = dev;
    g->pmm = ferro_device_state(m, &pmm_ops);
    g->marker = -1;
    for (int i = 0; i < 2; i++)
        if (port_exists(g, i) && m->cfg.marker_port == g->cfg->port[i])
            g->marker = i;
    /* The marker pins fall back to inputs: every open region ends here. */
    while (g->depth > 0)
        if (--g->depth < GPIO_MARKER_DEPTH)
            ferro_marker(m, g->open[g->depth], 0);
    for (int i = 0; i < 2; i++) {
        struct gpio_port *p = &g->port[i];
        uint8_t out = p->out, ies = p->ies;
        *p = (struct gpio_port){0};
        if (m->reset_cause != RSTIV_BOR)
            p->out = out, p->ies = ies;
    }
    irq_lines(m, g);
}

const struct ferro_device_ops gpio_ops = {
    .name = "GPIO",
    .init = gpio_init,
    .reset = gpio_reset,
    .read = gpio_read,
    .write = gpio_write,
};
