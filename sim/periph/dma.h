/* The DMA controller of the FR5994: six channels (SLAU367P chapter 11, "Direct
 * Memory Access (DMA) Controller"; channel count and triggers from the FR5994
 * datasheet SLASE54).  See dma.c for what is and is not modelled. */
#ifndef FERRO_DMA_H
#define FERRO_DMA_H

#include <stdint.h>

#include "../machine.h"
#include "../sched.h"

#define DMA_CHANNELS 6

/* Trigger numbers: the DMAxTSEL value that selects the source, which is also
 * the `source` a device passes to m->dma_trigger.  Rows 0-7 are from SLASE54D
 * table 9-11 ("DMA Trigger Assignments"), the same for all six channels; row 8
 * (TB0CCR2) is as in the sibling FR59xx datasheets (SLAS704G table 6-12,
 * SLAS789D table 6-11), whose rows 0-7 are identical to the FR5994's.  Rows
 * 29-31 as TI's device headers name them for six-channel parts (29 multiplier
 * ready, 30 the previous channel's DMAIFG with DMA5IFG for channel 0, 31 the
 * DMAE0 pin); rows 8 and 29-31 were not read from SLASE54 itself. */
enum dma_trigger_source {
    DMA_TRIG_DMAREQ = 0,   /* software: DMAREQ in DMAxCTL (not through the hook) */
    DMA_TRIG_TA0CCR0 = 1,  /* Timer0_A CCR0 CCIFG */
    DMA_TRIG_TA0CCR2 = 2,  /* Timer0_A CCR2 CCIFG */
    DMA_TRIG_TA1CCR0 = 3,  /* Timer1_A CCR0 CCIFG */
    DMA_TRIG_TA1CCR2 = 4,  /* Timer1_A CCR2 CCIFG */
    DMA_TRIG_TA2CCR0 = 5,  /* Timer2_A CCR0 CCIFG */
    DMA_TRIG_TA3CCR0 = 6,  /* Timer3_A CCR0 CCIFG */
    DMA_TRIG_TB0CCR0 = 7,  /* Timer0_B CCR0 CCIFG */
    DMA_TRIG_TB0CCR2 = 8,  /* Timer0_B CCR2 CCIFG */
    DMA_TRIG_MPY_READY = 29, /* MPY32 result ready: not produced (MPY32 finishes at once) */
    DMA_TRIG_CHAIN = 30,   /* the previous channel's DMAIFG (channel 0: DMA5IFG); internal */
    DMA_TRIG_DMAE0 = 31,   /* external pin DMAE0: not modelled */
};

struct dma_channel {
    uint16_t ctl;          /* DMAxCTL as stored (DMAREQ always reads 0) */
    uint32_t sa, da;       /* DMAxSA, DMAxDA as programmed, 20 bits */
    uint16_t sz;           /* DMAxSZ: transfers left in the block (counts down) */
    uint32_t t_sa, t_da;   /* the working ("temporary") addresses */
    uint16_t t_sz;         /* DMAxSZ when the channel was enabled: the reload value */
};

/* Simulation statistics per channel, for the analysis (not cleared by reset). */
struct dma_channel_stats {
    uint64_t triggers;     /* triggers served (each single, block or burst-block start) */
    uint64_t transfers;    /* byte or word transfers */
    uint64_t bytes;        /* bytes written to the destination */
    uint64_t cycles;       /* MCLK cycles the CPU was held, FRAM wait cycles included */
};

struct dma {
    uint16_t ctl[5];       /* DMACTL0..DMACTL4 */
    struct dma_channel ch[DMA_CHANNELS];
    uint8_t pending;       /* bit n: channel n was triggered and waits for the bus */
    int8_t burst;          /* channel in the middle of a burst-block transfer, -1: none */
    uint8_t rr_first;      /* ROUNDROBIN: the channel with the highest priority now */
    struct ferro_event ev; /* "serve the pending channels" (now, or after the CPU's turn) */
    struct dma_channel_stats stats[DMA_CHANNELS];
};
extern const struct ferro_device_ops dma_ops;

struct dma_stats {
    struct dma_channel_stats ch[DMA_CHANNELS];
};
/* Copy the machine's DMA counters; -1 if it has no DMA controller. */
int dma_stats(const struct ferro_machine *m, struct dma_stats *out);

#endif
