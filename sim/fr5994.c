/* Which devices sit where on the FR5994 peripheral page (base addresses from
 * ../shared/reference/fr5994.md, after msp430fr5994.h).  Addresses no device
 * claims behave as plain registers that read back what was written. */
#include "fr5994.h"

#include <stddef.h>
#include <stdlib.h>

#include "machine.h"
#include "periph/dma.h"
#include "periph/frctl.h"
#include "periph/periph.h"

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

static const struct device_row fr5994_devices[] = {
    {&frctl_ops, sizeof(struct frctl), 0x0140, 0x10, NULL},  /* FRAM controller */
    {&cs_ops, sizeof(struct cs), 0x0160, 0x10, NULL},        /* clock system */
    {&mpy32_ops, sizeof(struct mpy32), 0x04C0, 0x30, NULL},  /* MPY32 hardware multiplier */
    {&dma_ops, sizeof(struct dma), 0x0500, 0x70, NULL},      /* DMA: control + channels 0-5 */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x05C0, 0x20, &uca0}, /* eUSCI_A0: console */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x05E0, 0x20, &uca1}, /* eUSCI_A1 */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x0600, 0x20, &uca2}, /* eUSCI_A2 */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x0620, 0x20, &uca3}, /* eUSCI_A3 */
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
