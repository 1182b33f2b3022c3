; Firmware whose cycles per `ferro report` category are counted by hand from
; costmodel/cycles.def (report_attrib in tests/CMakeLists.txt, checked by
; tests/db/report_check.cmake).  Code in SRAM (traffic.ld): no FRAM wait states.
; Three multiplies (calls of __mspabi_mpyi), three divides (__mspabi_divu) and
; three memory-to-memory copies, in a loop of three; analysis/rules.txt.
;
;   instruction                 cell            cycles x count  category
;   (reset)                     RESET           4 x 1           other
;   mov #0x3c00, sp             F1_IMM_RM       2 x 1           other
;   mov #0x5a80, &WDTCTL        F1_IMM_MEM_MBC  4 x 1           other
;   mov #3, r10                 F1_IMM_RM       2 x 1           other
;   mov #7, r12                 F1_IMM_RM       2 x 3           other
;   mov #5, r13                 F1_IMM_RM       2 x 3           other
;   call #__mspabi_mpyi         F2_CALL_IMM     4 x 3           other
;     add r13, r12              F1_REG_RM       1 x 3           mac (function)
;     ret                       F1_INC_PC       4 x 3           mac (function)
;   call #__mspabi_divu         F2_CALL_IMM     4 x 3           other
;     sub r13, r12              F1_REG_RM       1 x 3           division (function)
;     ret                       F1_INC_PC       4 x 3           division (function)
;   mov &src, &dst              F1_ABS_MEM_MBC  5 x 3           data_movement (mem-to-mem)
;   dec r10                     F1_REG_RM       1 x 3           other (constant generator #1)
;   jnz loop                    JUMP            2 x 3           branch
;   cmp #0, r10                 F1_REG_RM       1 x 1           branch (compare)
;   clr r12                     F1_REG_RM       1 x 1           other
;   bis #0x10, sr               F1_IMM_RM       2 x 1           other (halts: CPUOFF, GIE clear)
;
; other 4+2+4+2+3*(2+2+4+4+1)+1+2 = 54, mac 15, division 15, data_movement 15,
; branch 7: 106 cycles.

        .equ    WDTCTL, 0x015c

        .section .text,"ax",@progbits
        .global _start
        .type   _start, @function
_start:
        mov     #0x3c00, sp
        mov     #0x5a80, &WDTCTL
        mov     #3, r10
loop:
        mov     #7, r12
        mov     #5, r13
        call    #__mspabi_mpyi
        call    #__mspabi_divu
        mov     &src, &dst
        dec     r10
        jnz     loop
        cmp     #0, r10
        clr     r12
        bis     #0x10, sr
        .size   _start, .-_start

        .global __mspabi_mpyi
        .type   __mspabi_mpyi, @function
__mspabi_mpyi:                          ; not a multiply: only its name counts
        add     r13, r12
        ret
        .size   __mspabi_mpyi, .-__mspabi_mpyi

        .global __mspabi_divu
        .type   __mspabi_divu, @function
__mspabi_divu:
        sub     r13, r12
        ret
        .size   __mspabi_divu, .-__mspabi_divu

        .balign 2
        .global dst
        .type   dst, @object
dst:    .word   0
        .size   dst, 2

        .section .fram,"aw",@progbits
        .balign 2
        .global src
        .type   src, @object
src:    .word   0x1234
        .size   src, 2

        .section .reset_vector,"a",@progbits
        .word   _start
