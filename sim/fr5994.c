/* Which devices sit where on the FR5994 peripheral page (base addresses from
 * ../shared/reference/fr5994.md, after msp430fr5994.h).  Addresses no device
 * claims behave as plain registers that read back what was written. */
#include "fr5994.h"

#include <stddef.h>
#include <stdlib.h>

#include "machine.h"
#include "periph/frctl.h"
#include "periph/periph.h"

struct device_row {
    const struct ferro_device_ops *ops;
    size_t state_size;
    uint16_t base, size;
};

static const struct device_row fr5994_devices[] = {
    {&frctl_ops, sizeof(struct frctl), 0x0140, 0x10},     /* FRAM controller */
    {&cs_ops, sizeof(struct cs), 0x0160, 0x10},           /* clock system */
    {&mpy32_ops, sizeof(struct mpy32), 0x04C0, 0x30},     /* MPY32 hardware multiplier */
    {&eusci_a_ops, sizeof(struct eusci_a), 0x05C0, 0x20}, /* eUSCI_A0: the console UART */
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
    }
    return 0;
}
