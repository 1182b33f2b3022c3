/* Which devices sit where on the FR5994 peripheral page (base addresses from
 * ../shared/reference/fr5994.md, after msp430fr5994.h).  Addresses no device
 * claims behave as plain registers that read back what was written. */
#include "fr5994.h"

#include <stddef.h>
#include <stdlib.h>

#include "machine.h"
#include "periph/dma.h"
#include "periph/frctl.h"
#include "periph/gpio.h"
#include "periph/periph.h"
#include "periph/sys.h"
#include "periph/timer.h"
#include "periph/wdt.h"

struct device_row {
    const struct ferro_device_ops *ops;
    size_t state_size;
    uint16_t base, size;
    const void *config; /* instance parameters, passed to ops->init */
};

/* eUSCI_A instances: vector addresses from the FR5994 vector table; A0 is the
 * LaunchPad's backchannel UART, so only its output reaches the console. */
static const struct eusci_a_config uca0 = {0xFFF0, 1}, uca1 = {0xFFE6, 0}, uca2 = {0xFFC2, 0},
                                   uca3 = {0xFFC0, 0};

/* Digital I/O port pairs and PJ: port numbers and vectors (FR5994 vector table). */
static const struct gpio_config pa = {{1, 2}, {0xFFDE, 0xFFD8}}, pb = {{3, 4}, {0xFFD2, 0xFFD0}},
                                pc = {{5, 6}, {0xFFC6, 0xFFC4}}, pd = {{7, 8}, {0xFFB8, 0xFFB6}},
                                pj = {{10, 0}, {0, 0}};

/* Timers: capture/compare blocks per SLASE54D ("TA0, TA1, and TA4 ... with three
 * (TA0 and TA1) or two (TA4)"; "TA2 and TA3 ... with two"; TB0 has seven, and
 * the device comparison table lists Timer_A as 3, 3, 2, 2, 2), vectors from the
 * FR5994 vector table, DMA triggers from SLASE54D table 9-11 as periph/dma.h
 * lists them (no TA4 trigger among those rows). */
static const struct timer_config
    ta0 = {"TA0", 3, 0, 0xFFEA, 0xFFE8, DMA_TRIG_TA0CCR0, DMA_TRIG_TA0CCR2},
    ta1 = {"TA1", 3, 0, 0xFFE2, 0xFFE0, DMA_TRIG_TA1CCR0, DMA_TRIG_TA1CCR2},
    tb0 = {"TB0", 7, 1, 0xFFF6, 0xFFF4, DMA_TRIG_TB0CCR0, DMA_TRIG_TB0CCR2},
    ta2 = {"TA2", 2, 0, 0xFFDC, 0xFFDA, DMA_TRIG_TA2CCR0, 0},
    ta3 = {"TA3", 2, 0, 0xFFD6, 0xFFD4, DMA_TRIG_TA3CCR0, 0},
    ta4 = {"TA4", 2, 0, 0xFFCA, 0xFFC8, 0, 0};

static const struct device_row fr5994_devices[] = {
    {&sfr_ops, sizeof(struct sfr), 0x0100, 0x10, NULL},      /* SFR: SFRIE1, SFRIFG1, SFRRPCR */
    {&pmm_ops, sizeof(struct pmm), 0x0120, 0x20, NULL},      /* PMM, PM5CTL0 (LOCKLPM5) */
    {&frctl_ops, sizeof(struct frctl), 0x0140, 0x10, NULL},  /* FRAM controller */
    {&wdt_ops, sizeof(struct wdt), 0x015C, 0x02, NULL},      /* WDT_A */
    {&cs_ops, sizeof(struct cs), 0x0160, 0x10, NULL},        /* clock system */
    {&sys_ops, sizeof(struct sys), 0x0180, 0x20, NULL},      /* SYS: SYSCTL, SYSRSTIV, ... */
    {&gpio_ops, sizeof(struct gpio), 0x0200, 0x20, &pa},     /* P1/P2 */
    {&gpio_ops, sizeof(struct gpio), 0x0220, 0x20, &pb},     /* P3/P4 */
    {&gpio_ops, sizeof(struct gpio), 0x0240, 0x20, &pc},     /* P5/P6 */
    {&gpio_ops, sizeof(struct gpio), 0x0260, 0x20, &pd},     /* P7/P8 */
    {&gpio_ops, sizeof(struct gpio), 0x0320, 0x20, &pj},     /* PJ */
    {&timer_ops, sizeof(struct timer), 0x0340, 0x30, &ta0},  /* Timer0_A3 */
    {&timer_ops, sizeof(struct timer), 0x0380, 0x30, &ta1},  /* Timer1_A3 */
    {&timer_ops, sizeof(struct timer), 0x03C0, 0x30, &tb0},  /* Timer0_B7 */
    {&timer_ops, sizeof(struct timer), 0x0400, 0x30, &ta2},  /* Timer2_A2 */
    {&timer_ops, sizeof(struct timer), 0x0440, 0x30, &ta3},  /* Timer3_A2 */
    {&mpy32_ops, sizeof(struct mpy32), 0x04C0, 0x30, NULL},  /* MPY32 hardware multiplier */
    {&dma_ops, sizeof(struct dma), 0x0500, 0x70, NULL},      /* DMA: control + channels 0-5 */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x05C0, 0x20, &uca0}, /* eUSCI_A0: console */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x05E0, 0x20, &uca1}, /* eUSCI_A1 */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x0600, 0x20, &uca2}, /* eUSCI_A2 */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x0620, 0x20, &uca3}, /* eUSCI_A3 */
    {&timer_ops, sizeof(struct timer), 0x07C0, 0x30, &ta4},  /* Timer4_A2 */
};

int fr5994_attach_devices(struct ferro_machine *m)
{
    for (size_t i = 0; i < sizeof fr5994_devices / sizeof fr5994_devices[0]; i++) {
        const struct device_row *d = &fr5994_devices[i];
        void *state = calloc(1, d->state_size);
        if (!state)
            return -1;
        if (ferro_attach(m, d->ops, state, d->base, d->size) != 0) {
            free(state);
            return -1;
        }
        if (d->ops->init)
            d->ops->init(m, state, d->config);
    }
    return 0;
}
