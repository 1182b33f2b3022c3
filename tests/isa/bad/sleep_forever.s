; Enters LPM0 with interrupts enabled and no interrupt source: on a board this
; sleeps forever.  The watchdog, which runs after reset, is stopped first (it
; would otherwise reset the part every 32 ms, as on a board).
        .text
        .global _start
_start:
        mov     #0x3c00, sp
        mov     #0x5a80, &0x015c ; WDTCTL = WDTPW | WDTHOLD
        bis     #0x18, sr       ; GIE | CPUOFF
        nop
