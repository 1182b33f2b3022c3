; DMA transfers started by an instruction (sim/periph/dma.c): they run after
; the instruction that set DMAREQ, before the next one, and cost the DMA cells
; of costmodel/cycles.def (SLAU367P 11.2.7, table 11-3): 2 + 2 per transfer
; after a trigger with the CPU active (DMA_XFER), 3 + 2 per transfer with the
; CPU in a low-power mode (DMA_XFER_LPM), 2 per transfer for the bursts of a
; burst-block transfer after the first (DMA_XFER_CONT), which come two MCLK
; cycles after the previous burst (the CPU's turn).  Registers: DMACTL0 0x0500,
; DMA0CTL/SA/DA/SZ 0x0510/0x0512/0x0516/0x051A, DMA1 at 0x0520 (SLAU367P 11.3).
; MOV #N,&EDE is 4 cycles, 3 with a constant-generator source (table 4-10).
        .section .text.dma,"axR",@progbits

; Block transfer of 4 words, SRAM to SRAM: DMADT 1, both addresses
; incrementing, DMAEN, DMAREQ (0x1F11).  4 + 4 + 3 + 4, then 2 + 2*4.
t_dma_block:
        ;! [0x2000]=0x1111 [0x2002]=0x2222 [0x2004]=0x3333 [0x2006]=0x4444 [0x2108]=0x5555
        mov     #0x2000, &0x0512
        mov     #0x2100, &0x0516
        mov     #4, &0x051a
        mov     #0x1f11, &0x0510
        ;= steps=4 [0x2100]=0x1111 [0x2102]=0x2222 [0x2104]=0x3333 [0x2106]=0x4444 [0x2108]=0x5555 cycles=25 cell=DMA_XFER

; Burst-block (DMADT 2) of 6 words on DMA1: four transfers after the DMAREQ
; MOV (2 + 2*4), then two NOPs (the CPU's two cycles), then the last two
; transfers (2*2).  16 + 10 + 2 + 4.
t_dma_burst:
        ;! [0x2000]=1 [0x2002]=2 [0x2004]=3 [0x2006]=4 [0x2008]=5 [0x200a]=6
        mov     #0x2000, &0x0522
        mov     #0x2100, &0x0526
        mov     #6, &0x052a
        mov     #0x2f11, &0x0520
        nop
        nop
        ;= steps=6 [0x2100]=1 [0x2106]=4 [0x2108]=5 [0x210a]=6 cycles=32 cell=DMA_XFER_CONT

; DMA1 (DMA1TSEL = 30: the previous channel's DMAIFG) follows DMA0, a 5-word
; burst-block whose last transfer comes after the CPU entered LPM0 (BIS
; #0x18,SR: 2 cycles), so DMA1's single transfer is priced as in LPM: 3 + 2.
; Instructions 4+4+4+3+4 + 4+4+4+4 + 2 = 37; DMA 10 (first burst) + 2 (last
; transfer) + 5 (DMA1) = 17.
t_dma_lpm:
        ;! [0x2000]=1 [0x2002]=2 [0x2004]=3 [0x2006]=4 [0x2008]=5 [0x2200]=0xbeef
        mov     #0x1e00, &0x0500
        mov     #0x2200, &0x0522
        mov     #0x2300, &0x0526
        mov     #1, &0x052a
        mov     #0x0010, &0x0520
        mov     #0x2000, &0x0512
        mov     #0x2100, &0x0516
        mov     #5, &0x051a
        mov     #0x2f11, &0x0510
        bis     #0x0018, sr
        ;= steps=10 [0x2108]=5 [0x2300]=0xbeef sr=0x0018 cycles=54 cell=DMA_XFER_LPM
