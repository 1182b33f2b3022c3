/* The FR5994 as a declarative table of devices on the peripheral page. */
#ifndef FERRO_FR5994_H
#define FERRO_FR5994_H

struct ferro_machine;

/* After a power-on reset the FR5994 runs MCLK = DCO 8 MHz / 8 = 1 MHz
 * (SLAU367P 3.2, CS reset values of CSCTL1 and CSCTL3). */
#define FR5994_RESET_MCLK_HZ 1000000u

int fr5994_attach_devices(struct ferro_machine *m);

#endif
