; Firmware whose bus traffic is counted by hand, for the run-database tests
; (db_traffic in tests/CMakeLists.txt).  The code runs from SRAM (traffic.ld),
; so every FRAM cache lookup is one of the data reads below, and the cache
; (default 2 sets x 2 ways x 8-byte lines, LRU; set = address bit 3) sees:
;
;   read    line  set  result
;   tab+0    0     0   miss
;   tab+2    0     0   hit
;   tab+8    1     1   miss
;   tab+16   2     0   miss
;   tab+32   4     0   miss (evicts line 0, the least recently used)
;   tab+0    0     0   miss
;
; Instructions: 6 FRAM reads (5 misses, 1 hit), 2 FRAM writes (a word and a
; byte), 1 SRAM write, 1 SRAM read.  The reset adds one FRAM read of the reset
; vector, a miss.  Region 1 spans all of it; region 2 (nested) the two FRAM
; writes.  A region starts with the instruction that writes its begin marker
; and ends before the one that writes its end marker.

        .equ    PM5CTL0, 0x0130
        .equ    WDTCTL, 0x015c
        .equ    P7OUT, 0x0262
        .equ    P7DIR, 0x0264

        .section .text,"ax",@progbits
        .global _start
_start:
        mov     #0x5a80, &WDTCTL        ; hold the watchdog
        bic     #1, &PM5CTL0            ; LOCKLPM5 off: the pins follow PxOUT
        mov.b   #0xff, &P7DIR           ; marker port: all outputs
        mov.b   #1, &P7OUT              ; begin region 1
        mov     &tab, r4
        mov     &tab+2, r5
        mov     &tab+8, r6
        mov     &tab+16, r7
        mov     &tab+32, r8
        mov     &tab, r9
        mov.b   #2, &P7OUT              ; begin region 2
        mov     r4, &out
        mov.b   r5, &out+2
        mov.b   #0, &P7OUT              ; end region 2
        mov     r4, &buf
        mov     &buf, r10
        mov.b   #0, &P7OUT              ; end region 1
        clr     r12
        bis     #0x10, sr               ; CPUOFF with GIE clear: halt, exit code 0

        .balign 2
        .global buf
        .type   buf, @object
buf:    .word   0
        .size   buf, 2

        .section .fram,"aw",@progbits
        .balign 64
        .global tab
        .type   tab, @object
tab:    .word   1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
        .word   17, 18, 19, 20
        .size   tab, 40
        .balign 64
        .global out
        .type   out, @object
out:    .word   0, 0
        .size   out, 4

        .section .reset_vector,"a",@progbits
        .word   _start
