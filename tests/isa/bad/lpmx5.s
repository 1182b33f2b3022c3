; Enters LPM4.5 (PMMREGOFF, then LPM4 with interrupts enabled): the core powers
; down and only a wake-up reset could follow, so the run ends like a halt, with
; exit code 42 in R12.
        .text
        .global _start
_start:
        mov     #0x5a80, &0x015c        ; stop the watchdog
        mov     #0xa510, &0x0120        ; PMMCTL0 = PMMPW | PMMREGOFF
        mov     #42, r12
        bis     #0xf8, sr               ; GIE | CPUOFF | OSCOFF | SCG0 | SCG1
        nop
