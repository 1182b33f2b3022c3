; Enters LPM0 with interrupts enabled and no interrupt source: on a board this
; sleeps forever.
        .text
        .global _start
_start:
        mov     #0x3c00, sp
        bis     #0x18, sr       ; GIE | CPUOFF
        nop
