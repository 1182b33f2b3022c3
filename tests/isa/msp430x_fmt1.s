; MSP430X extended Format I instructions (MOVX ADDX ADDCX SUBX SUBCX CMPX DADDX BITX
; BICX BISX XORX ANDX) in .B/.W/.A, every source and destination mode, RPT and ZC.
;
; clang's assembler knows only the classic MSP430 ISA, so every MSP430X instruction is
; spelled as .word: extension word, opcode word, operand words (SLAU367P 4.5.2), with
; the instruction in TI syntax in the comment.  Extension word, non-register mode:
; 0001 1 src19:16 A/L 00 dst19:16; register mode (As=00, Ad=0): 0001 1 00 ZC # A/L 00
; n-1/Rn.  A/L,B/W: 01 .A, 10 .W, 11 .B.
;
; Expected values follow the instruction descriptions of SLAU367P 4.6.3 (status bits),
; the register rules of 4.3/4.4 (a .W result clears Rdst.19:16, .B clears Rdst.19:8; a
; 20-bit memory operand is two words, bits 19:16 in the low nibble of the second one,
; whose bits 15:4 read as don't-care and are written as 0) and the cycle table 4-18
; (.B/.W | .A; MOVX/BITX/CMPX to memory one/two cycles less; MOVX/ADDX/SUBX to PC one
; less from #N and X(Rn)/EDE/&EDE; RPT'd register instruction n+1).  Every case starts
; with the flags it defines inverted, so each must be written; MOVX/BICX/BISX must
; leave a pattern alone.  Symbolic operands point at words in this section (FRAM) or,
; from code in upper FRAM, at fixed 20-bit addresses.  DADDX leaves V undefined.
        .section .text.msp430x_fmt1,"axR",@progbits

; movx.a r4, r5: register to register
t_movx_a_rr:
        ;! r4=0x8a5c3 r5=0x0ffff sr=0x0002
        .word   0x1800                                  ; movx.a r4, r5
        .word   0x4445
e_movx_a_rr:
        ;= r4=0x8a5c3 r5=0x8a5c3 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_movx_a_rr

; addx.a r6, r7: register to register
t_addx_a_rr:
        ;! r6=0x7ffff r7=0x00001 sr=0x0003
        .word   0x1800                                  ; addx.a r6, r7
        .word   0x5647
e_addx_a_rr:
        ;= r6=0x7ffff r7=0x80000 c=0 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_A pc=e_addx_a_rr

; addcx.a r8, r9: register to register
t_addcx_a_rr:
        ;! r8=0xfffff sr=0x0105
        .word   0x1800                                  ; addcx.a r8, r9
        .word   0x6849
e_addcx_a_rr:
        ;= r8=0xfffff r9=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_addcx_a_rr

; subx.a r10, r11: register to register
t_subx_a_rr:
        ;! r10=0x00001 sr=0x0103
        .word   0x1800                                  ; subx.a r10, r11
        .word   0x8a4b
e_subx_a_rr:
        ;= r10=0x00001 r11=0xfffff c=0 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_A pc=e_subx_a_rr

; subcx.a r12, r13: register to register
t_subcx_a_rr:
        ;! r13=0x80000 sr=0x0006
        .word   0x1800                                  ; subcx.a r12, r13
        .word   0x7c4d
e_subcx_a_rr:
        ;= r12=0x00000 r13=0x7ffff c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_A pc=e_subcx_a_rr

; cmpx.a r14, r15: register to register
t_cmpx_a_rr:
        ;! r14=0x00001 r15=0x80000 sr=0x0006
        .word   0x1800                                  ; cmpx.a r14, r15
        .word   0x9e4f
e_cmpx_a_rr:
        ;= r14=0x00001 r15=0x80000 c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_A pc=e_cmpx_a_rr

; daddx.a r15, r4: register to register
t_daddx_a_rr:
        ;! r4=0x54321 r15=0x45678 sr=0x0005
        .word   0x1800                                  ; daddx.a r15, r4
        .word   0xaf44
e_daddx_a_rr:
        ;= r4=0x00000 r15=0x45678 c=1 z=1 n=0 cycles=2 cell=X1_REG_RM_A pc=e_daddx_a_rr

; bitx.a r13, r6: register to register
t_bitx_a_rr:
        ;! r6=0x80000 r13=0x80001 sr=0x0102
        .word   0x1800                                  ; bitx.a r13, r6
        .word   0xbd46
e_bitx_a_rr:
        ;= r6=0x80000 r13=0x80001 c=1 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_A pc=e_bitx_a_rr

; bicx.a r11, r8: register to register
t_bicx_a_rr:
        ;! r8=0xfffff r11=0x0f0f0 sr=0x0002
        .word   0x1800                                  ; bicx.a r11, r8
        .word   0xcb48
e_bicx_a_rr:
        ;= r8=0xf0f0f r11=0x0f0f0 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_bicx_a_rr

; bisx.a r9, r10: register to register
t_bisx_a_rr:
        ;! r9=0x80001 r10=0x00100 sr=0x0105
        .word   0x1800                                  ; bisx.a r9, r10
        .word   0xd94a
e_bisx_a_rr:
        ;= r9=0x80001 r10=0x80101 c=1 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_A pc=e_bisx_a_rr

; xorx.a r7, r12: register to register
t_xorx_a_rr:
        ;! r7=0x80001 r12=0x80000 sr=0x0006
        .word   0x1800                                  ; xorx.a r7, r12
        .word   0xe74c
e_xorx_a_rr:
        ;= r7=0x80001 r12=0x00001 c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_A pc=e_xorx_a_rr

; andx.a r5, r14: register to register
t_andx_a_rr:
        ;! r5=0x7ffff r14=0x80000 sr=0x0105
        .word   0x1800                                  ; andx.a r5, r14
        .word   0xf54e
e_andx_a_rr:
        ;= r5=0x7ffff r14=0x00000 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_andx_a_rr

; movx.w r4, r5: register to register
t_movx_w_rr:
        ;! r4=0x3a5c3 r5=0xfffff sr=0x0002
        .word   0x1840                                  ; movx.w r4, r5
        .word   0x4405
e_movx_w_rr:
        ;= r4=0x3a5c3 r5=0x0a5c3 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_movx_w_rr

; addx.w r6, r7: register to register
t_addx_w_rr:
        ;! r6=0x27fff r7=0x50001 sr=0x0003
        .word   0x1840                                  ; addx.w r6, r7
        .word   0x5607
e_addx_w_rr:
        ;= r6=0x27fff r7=0x08000 c=0 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_W pc=e_addx_w_rr

; addcx.w r8, r9: register to register
t_addcx_w_rr:
        ;! r8=0x1ffff r9=0xf0000 sr=0x0105
        .word   0x1840                                  ; addcx.w r8, r9
        .word   0x6809
e_addcx_w_rr:
        ;= r8=0x1ffff r9=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_addcx_w_rr

; subx.w r10, r11: register to register
t_subx_w_rr:
        ;! r10=0x30001 r11=0x60000 sr=0x0103
        .word   0x1840                                  ; subx.w r10, r11
        .word   0x8a0b
e_subx_w_rr:
        ;= r10=0x30001 r11=0x0ffff c=0 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_W pc=e_subx_w_rr

; subcx.w r12, r13: register to register
t_subcx_w_rr:
        ;! r12=0x10000 r13=0x98000 sr=0x0006
        .word   0x1840                                  ; subcx.w r12, r13
        .word   0x7c0d
e_subcx_w_rr:
        ;= r12=0x10000 r13=0x07fff c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_subcx_w_rr

; cmpx.w r14, r15: register to register
t_cmpx_w_rr:
        ;! r14=0xf0001 r15=0x08000 sr=0x0006
        .word   0x1840                                  ; cmpx.w r14, r15
        .word   0x9e0f
e_cmpx_w_rr:
        ;= r14=0xf0001 r15=0x08000 c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_cmpx_w_rr

; daddx.w r15, r4: register to register
t_daddx_w_rr:
        ;! r4=0x28765 r15=0x11234 sr=0x0002
        .word   0x1840                                  ; daddx.w r15, r4
        .word   0xaf04
e_daddx_w_rr:
        ;= r4=0x09999 r15=0x11234 c=0 z=0 n=1 cycles=2 cell=X1_REG_RM_W pc=e_daddx_w_rr

; bitx.w r13, r6: register to register
t_bitx_w_rr:
        ;! r6=0x48000 r13=0x28001 sr=0x0102
        .word   0x1840                                  ; bitx.w r13, r6
        .word   0xbd06
e_bitx_w_rr:
        ;= r6=0x48000 r13=0x28001 c=1 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_W pc=e_bitx_w_rr

; bicx.w r11, r8: register to register
t_bicx_w_rr:
        ;! r8=0x3ffff r11=0x1f0f0 sr=0x0002
        .word   0x1840                                  ; bicx.w r11, r8
        .word   0xcb08
e_bicx_w_rr:
        ;= r8=0x00f0f r11=0x1f0f0 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_bicx_w_rr

; bisx.w r9, r10: register to register
t_bisx_w_rr:
        ;! r9=0x18001 r10=0x20100 sr=0x0105
        .word   0x1840                                  ; bisx.w r9, r10
        .word   0xd90a
e_bisx_w_rr:
        ;= r9=0x18001 r10=0x08101 c=1 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_W pc=e_bisx_w_rr

; xorx.w r7, r12: register to register
t_xorx_w_rr:
        ;! r7=0x18001 r12=0x28000 sr=0x0006
        .word   0x1840                                  ; xorx.w r7, r12
        .word   0xe70c
e_xorx_w_rr:
        ;= r7=0x18001 r12=0x00001 c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_xorx_w_rr

; andx.w r5, r14: register to register
t_andx_w_rr:
        ;! r5=0xf7fff r14=0x08000 sr=0x0105
        .word   0x1840                                  ; andx.w r5, r14
        .word   0xf50e
e_andx_w_rr:
        ;= r5=0xf7fff r14=0x00000 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_andx_w_rr

; movx.b r4, r5: register to register
t_movx_b_rr:
        ;! r4=0x123c3 r5=0xfffff sr=0x0002
        .word   0x1840                                  ; movx.b r4, r5
        .word   0x4445
e_movx_b_rr:
        ;= r4=0x123c3 r5=0x000c3 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_movx_b_rr

; addx.b r6, r7: register to register
t_addx_b_rr:
        ;! r6=0x1237f r7=0xab001 sr=0x0003
        .word   0x1840                                  ; addx.b r6, r7
        .word   0x5647
e_addx_b_rr:
        ;= r6=0x1237f r7=0x00080 c=0 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_W pc=e_addx_b_rr

; addcx.b r8, r9: register to register
t_addcx_b_rr:
        ;! r8=0x123ff r9=0xfff00 sr=0x0105
        .word   0x1840                                  ; addcx.b r8, r9
        .word   0x6849
e_addcx_b_rr:
        ;= r8=0x123ff r9=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_addcx_b_rr

; subx.b r10, r11: register to register
t_subx_b_rr:
        ;! r10=0x00101 r11=0x12300 sr=0x0103
        .word   0x1840                                  ; subx.b r10, r11
        .word   0x8a4b
e_subx_b_rr:
        ;= r10=0x00101 r11=0x000ff c=0 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_W pc=e_subx_b_rr

; subcx.b r12, r13: register to register
t_subcx_b_rr:
        ;! r12=0x00100 r13=0x12380 sr=0x0006
        .word   0x1840                                  ; subcx.b r12, r13
        .word   0x7c4d
e_subcx_b_rr:
        ;= r12=0x00100 r13=0x0007f c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_subcx_b_rr

; cmpx.b r14, r15: register to register
t_cmpx_b_rr:
        ;! r14=0xfff01 r15=0x00080 sr=0x0006
        .word   0x1840                                  ; cmpx.b r14, r15
        .word   0x9e4f
e_cmpx_b_rr:
        ;= r14=0xfff01 r15=0x00080 c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_cmpx_b_rr

; daddx.b r15, r4: register to register
t_daddx_b_rr:
        ;! r4=0x00201 r15=0x00199 sr=0x0004
        .word   0x1840                                  ; daddx.b r15, r4
        .word   0xaf44
e_daddx_b_rr:
        ;= r4=0x00000 r15=0x00199 c=1 z=1 n=0 cycles=2 cell=X1_REG_RM_W pc=e_daddx_b_rr

; bitx.b r13, r6: register to register
t_bitx_b_rr:
        ;! r6=0x00180 r13=0x00f81 sr=0x0102
        .word   0x1840                                  ; bitx.b r13, r6
        .word   0xbd46
e_bitx_b_rr:
        ;= r6=0x00180 r13=0x00f81 c=1 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_W pc=e_bitx_b_rr

; bicx.b r11, r8: register to register
t_bicx_b_rr:
        ;! r8=0x123ff r11=0x003f0 sr=0x0002
        .word   0x1840                                  ; bicx.b r11, r8
        .word   0xcb48
e_bicx_b_rr:
        ;= r8=0x0000f r11=0x003f0 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_bicx_b_rr

; bisx.b r9, r10: register to register
t_bisx_b_rr:
        ;! r9=0x00181 r10=0x12310 sr=0x0105
        .word   0x1840                                  ; bisx.b r9, r10
        .word   0xd94a
e_bisx_b_rr:
        ;= r9=0x00181 r10=0x00091 c=1 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_W pc=e_bisx_b_rr

; xorx.b r7, r12: register to register
t_xorx_b_rr:
        ;! r7=0x00181 r12=0x00280 sr=0x0006
        .word   0x1840                                  ; xorx.b r7, r12
        .word   0xe74c
e_xorx_b_rr:
        ;= r7=0x00181 r12=0x00001 c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_xorx_b_rr

; andx.b r5, r14: register to register
t_andx_b_rr:
        ;! r5=0x0017f r14=0x00280 sr=0x0105
        .word   0x1840                                  ; andx.b r5, r14
        .word   0xf54e
e_andx_b_rr:
        ;= r5=0x0017f r14=0x00000 c=0 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_andx_b_rr

; addx.a: 0xfffff + 1 carries out of bit 19
t_addx_a_rr_carry:
        ;! r4=0x00001 r5=0xfffff sr=0x0104
        .word   0x1800                                  ; addx.a r4, r5
        .word   0x5445
e_addx_a_rr_carry:
        ;= r4=0x00001 r5=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_addx_a_rr_carry

; addx.a: 0x80000 + 0x80000 = 0, C and V
t_addx_a_rr_carry_v:
        ;! r4=0x80000 r5=0x80000 sr=0x0004
        .word   0x1800                                  ; addx.a r4, r5
        .word   0x5445
e_addx_a_rr_carry_v:
        ;= r4=0x80000 r5=0x00000 c=1 z=1 n=0 v=1 cycles=2 cell=X1_REG_RM_A pc=e_addx_a_rr_carry_v

; subx.a: 0x10000 - 0x10001 borrows (C=0)
t_subx_a_rr_borrow:
        ;! r6=0x10001 r7=0x10000 sr=0x0103
        .word   0x1800                                  ; subx.a r6, r7
        .word   0x8647
e_subx_a_rr_borrow:
        ;= r6=0x10001 r7=0xfffff c=0 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_A pc=e_subx_a_rr_borrow

; subx.a: 0x7ffff - 0xfffff = 0x80000, V set
t_subx_a_rr_v:
        ;! r6=0xfffff r7=0x7ffff sr=0x0003
        .word   0x1800                                  ; subx.a r6, r7
        .word   0x8647
e_subx_a_rr_v:
        ;= r6=0xfffff r7=0x80000 c=0 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_A pc=e_subx_a_rr_v

; cmpx.a: equal 20-bit values
t_cmpx_a_rr_eq:
        ;! r8=0xabcde r9=0xabcde sr=0x0104
        .word   0x1800                                  ; cmpx.a r8, r9
        .word   0x9849
e_cmpx_a_rr_eq:
        ;= r8=0xabcde r9=0xabcde c=1 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_cmpx_a_rr_eq

; cmpx.a: 0x0ffff < 0x10000 (unsigned) -> C=1; reversed gives C=0
t_cmpx_a_rr_lo:
        ;! r8=0x10000 r9=0x0ffff sr=0x0103
        .word   0x1800                                  ; cmpx.a r8, r9
        .word   0x9849
e_cmpx_a_rr_lo:
        ;= r8=0x10000 r9=0x0ffff c=0 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_A pc=e_cmpx_a_rr_lo

; daddx.a: 99999 + 1 = 00000, C
t_daddx_a_rr_carry:
        ;! r4=0x00001 r5=0x99999 sr=0x0004
        .word   0x1800                                  ; daddx.a r4, r5
        .word   0xa445
e_daddx_a_rr_carry:
        ;= r4=0x00001 r5=0x00000 c=1 z=1 n=0 cycles=2 cell=X1_REG_RM_A pc=e_daddx_a_rr_carry

; subcx.a with C=1: plain subtraction
t_subcx_a_rr_c1:
        ;! r4=0x12345 r5=0x54321 sr=0x0107
        .word   0x1800                                  ; subcx.a r4, r5
        .word   0x7445
e_subcx_a_rr_c1:
        ;= r4=0x12345 r5=0x41fdc c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_subcx_a_rr_c1

; addcx.w with C=0
t_addcx_w_rr_c0:
        ;! r4=0x87fff r5=0x90001 sr=0x0102
        .word   0x1840                                  ; addcx.w r4, r5
        .word   0x6405
e_addcx_w_rr_c0:
        ;= r4=0x87fff r5=0x08000 c=0 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_W pc=e_addcx_w_rr_c0

; movx.a r4, sp: a 20-bit stack pointer
t_movx_a_rr_sp:
        ;! r4=0x23456 sr=0x0000
        .word   0x1800                                  ; movx.a r4, sp
        .word   0x4441
e_movx_a_rr_sp:
        ;= r4=0x23456 sp=0x23456 cycles=2 cell=X1_REG_RM_A pc=e_movx_a_rr_sp

; daddx.a: 49999 + 40000 = 89999, N from bit 19
t_daddx_a_rr_n:
        ;! r4=0x40000 r5=0x49999 sr=0x0003
        .word   0x1800                                  ; daddx.a r4, r5
        .word   0xa445
e_daddx_a_rr_n:
        ;= r4=0x40000 r5=0x90000 c=0 z=0 n=1 cycles=2 cell=X1_REG_RM_A pc=e_daddx_a_rr_n

; bitx.a: a result only in bits 19:16 is not zero
t_bitx_a_rr_hi:
        ;! r6=0x10000 r7=0x30000 sr=0x0106
        .word   0x1800                                  ; bitx.a r6, r7
        .word   0xb647
e_bitx_a_rr_hi:
        ;= r6=0x10000 r7=0x30000 c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_bitx_a_rr_hi

; andx.a: bits 19:16 take part
t_andx_a_rr_hi:
        ;! r8=0xf0000 r9=0x5ffff sr=0x0106
        .word   0x1800                                  ; andx.a r8, r9
        .word   0xf849
e_andx_a_rr_hi:
        ;= r8=0xf0000 r9=0x50000 c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_andx_a_rr_hi

; movx.a pc, r5: PC as source reads as the address after the instruction
t_movx_a_pc_src:
        ;! r5=0xfffff sr=0x0105
        .word   0x1800                                  ; movx.a pc, r5
        .word   0x4045
e_movx_a_pc_src:
        ;= r5=e_movx_a_pc_src c=1 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_A pc=e_movx_a_pc_src

; addx.a 0x1e100(r4), r5: 20-bit index reaches upper FRAM; bits 15:4 of the high word are ignored
t_addx_a_idx_r:
        ;! r4=0x01f00 r5=0x6dcba sr=0x0107 [0x20000]=0x2345 [0x20002]=0xfff1
        .word   0x1880                                  ; addx.a 0x1e100(r4), r5
        .word   0x5455
        .word   0xe100
e_addx_a_idx_r:
        ;= r4=0x01f00 r5=0x7ffff [0x20000]=0x2345 [0x20002]=0xfff1 c=0 z=0 n=0 v=0 cycles=5 cell=X1_MEM_RM_A pc=e_addx_a_idx_r

; subx.w -256(r6), r7: negative 20-bit index
t_subx_w_idx_r:
        ;! r6=0x20100 r7=0x31000 sr=0x0103 [0x20000]=0x1001
        .word   0x1fc0                                  ; subx.w -256(r6), r7
        .word   0x8617
        .word   0xff00
e_subx_w_idx_r:
        ;= r6=0x20100 r7=0x0ffff [0x20000]=0x1001 c=0 z=0 n=1 v=0 cycles=4 cell=X1_MEM_RM_W pc=e_subx_w_idx_r

; xorx.b 0x12345(r8), r9: byte operand at an odd 20-bit address
t_xorx_b_idx_r:
        ;! r8=0x0dcbc r9=0x7ff81 sr=0x0005 [0x20000]=0x8177
        .word   0x18c0                                  ; xorx.b 0x12345(r8), r9
        .word   0xe859
        .word   0x2345
e_xorx_b_idx_r:
        ;= r8=0x0dcbc r9=0x00000 [0x20000]=0x8177 c=0 z=1 n=0 v=1 cycles=4 cell=X1_MEM_RM_W pc=e_xorx_b_idx_r

; andx.a EDE, r10 (EDE in this section)
t_andx_a_sym_r:
        ;! r10=0xfffff sr=0x0102 [d_andx_a_sym]=0x5678 [d_andx_a_sym+2]=0xabc9
        .word   0x1800 | ((((d_andx_a_sym - (. + 4)) >> 16) & 0xf) << 7) ; andx.a d_andx_a_sym, r10
        .word   0xf05a
        .word   ((d_andx_a_sym - .) & 0xffff)
e_andx_a_sym_r:
        ;= r10=0x95678 [d_andx_a_sym]=0x5678 [d_andx_a_sym+2]=0xabc9 c=1 z=0 n=1 v=0 cycles=5 cell=X1_MEM_RM_A pc=e_andx_a_sym_r
d_andx_a_sym:
        .word   0, 0

; addcx.w EDE, r11 (EDE behind the instruction)
t_addcx_w_sym_r:
        ;! r11=0x0ffff sr=0x0005 [d_addcx_w_sym]=0x0
        .word   0x1840 | ((((d_addcx_w_sym - (. + 4)) >> 16) & 0xf) << 7) ; addcx.w d_addcx_w_sym, r11
        .word   0x601b
        .word   ((d_addcx_w_sym - .) & 0xffff)
e_addcx_w_sym_r:
        ;= r11=0x00000 [d_addcx_w_sym]=0x0000 c=1 z=1 n=0 v=0 cycles=4 cell=X1_MEM_RM_W pc=e_addcx_w_sym_r
d_addcx_w_sym:
        .word   0

d_cmpx_b_sym:
        .word   0

; cmpx.b EDE, r12 (EDE before the instruction: negative index)
t_cmpx_b_sym_r:
        ;! r12=0x00010 sr=0x0103 [d_cmpx_b_sym]=0x5a20
        .word   0x1840 | ((((d_cmpx_b_sym - (. + 4)) >> 16) & 0xf) << 7) ; cmpx.b d_cmpx_b_sym, r12
        .word   0x905c
        .word   ((d_cmpx_b_sym - .) & 0xffff)
e_cmpx_b_sym_r:
        ;= r12=0x00010 [d_cmpx_b_sym]=0x5a20 c=0 z=0 n=1 v=0 cycles=4 cell=X1_MEM_RM_W pc=e_cmpx_b_sym_r

; subx.a &0x2abcc, r13
t_subx_a_abs_r:
        ;! r13=0x12345 sr=0x0103 [0x2abcc].a=0x12346
        .word   0x1900                                  ; subx.a &0x2abcc, r13
        .word   0x825d
        .word   0xabcc
e_subx_a_abs_r:
        ;= r13=0xfffff [0x2abcc]=0x2346 [0x2abce]=0x0001 c=0 z=0 n=1 v=0 cycles=5 cell=X1_MEM_RM_A pc=e_subx_a_abs_r

; bisx.w &0x2bcde, r14
t_bisx_w_abs_r:
        ;! r14=0x50001 sr=0x0105 [0x2bcde]=0x8100
        .word   0x1940                                  ; bisx.w &0x2bcde, r14
        .word   0xd21e
        .word   0xbcde
e_bisx_w_abs_r:
        ;= r14=0x08101 [0x2bcde]=0x8100 c=1 z=0 n=1 v=1 cycles=4 cell=X1_MEM_RM_W pc=e_bisx_w_abs_r

; daddx.b &0x2c001, r15: odd absolute byte address
t_daddx_b_abs_r:
        ;! r15=0x12358 sr=0x0101 [0x2c000]=0x4299
        .word   0x1940                                  ; daddx.b &0x2c001, r15
        .word   0xa25f
        .word   0xc001
e_daddx_b_abs_r:
        ;= r15=0x00001 [0x2c000]=0x4299 c=1 z=0 n=0 cycles=4 cell=X1_MEM_RM_W pc=e_daddx_b_abs_r

; movx.a @r9, r4
t_movx_a_ind_r:
        ;! r4=0x0ffff r9=0x30000 sr=0x0105 [0x30000]=0xbcde [0x30002]=0x123a
        .word   0x1800                                  ; movx.a @r9, r4
        .word   0x4964
e_movx_a_ind_r:
        ;= r4=0xabcde r9=0x30000 [0x30000]=0xbcde [0x30002]=0x123a c=1 z=0 n=1 v=1 cycles=4 cell=X1_IND_RM_A pc=e_movx_a_ind_r

; bitx.w @r10, r5
t_bitx_w_ind_r:
        ;! r5=0x1c000 r10=0x20010 sr=0x0102 [0x20010]=0x8001
        .word   0x1840                                  ; bitx.w @r10, r5
        .word   0xba25
e_bitx_w_ind_r:
        ;= r5=0x1c000 r10=0x20010 [0x20010]=0x8001 c=1 z=0 n=1 v=0 cycles=3 cell=X1_IND_RM_W pc=e_bitx_w_ind_r

; subcx.b @r11, r6 (C=0)
t_subcx_b_ind_r:
        ;! r6=0x00005 r11=0x02001 sr=0x0106 [0x02000]=0x578
        .word   0x1840                                  ; subcx.b @r11, r6
        .word   0x7b66
e_subcx_b_ind_r:
        ;= r6=0x000ff r11=0x02001 [0x02000]=0x0578 c=0 z=0 n=1 v=0 cycles=3 cell=X1_IND_RM_W pc=e_subcx_b_ind_r

; addcx.a @r12+, r7: .A steps the pointer by 4
t_addcx_a_inc_r:
        ;! r7=0x80000 r12=0x20100 sr=0x0005 [0x20100]=0xfffe [0x20102]=0x7
        .word   0x1800                                  ; addcx.a @r12+, r7
        .word   0x6c77
e_addcx_a_inc_r:
        ;= r7=0xfffff r12=0x20104 [0x20100]=0xfffe [0x20102]=0x0007 c=0 z=0 n=1 v=0 cycles=4 cell=X1_IND_RM_A pc=e_addcx_a_inc_r

; xorx.w @r13+, r8: .W steps by 2
t_xorx_w_inc_r:
        ;! r8=0x8f00f r13=0x2fffe sr=0x0006 [0x2fffe]=0x8ff0
        .word   0x1840                                  ; xorx.w @r13+, r8
        .word   0xed38
e_xorx_w_inc_r:
        ;= r8=0x07fff r13=0x30000 [0x2fffe]=0x8ff0 c=1 z=0 n=0 v=1 cycles=3 cell=X1_IND_RM_W pc=e_xorx_w_inc_r

; addx.b @r14+, r9: .B steps by 1
t_addx_b_inc_r:
        ;! r9=0x00080 r14=0x20001 sr=0x0004 [0x20000]=0x8011
        .word   0x1840                                  ; addx.b @r14+, r9
        .word   0x5e79
e_addx_b_inc_r:
        ;= r9=0x00000 r14=0x20002 [0x20000]=0x8011 c=1 z=1 n=0 v=1 cycles=3 cell=X1_IND_RM_W pc=e_addx_b_inc_r

; movx.b @sp+, r10: a byte pop keeps SP even (+2)
t_movx_b_inc_sp:
        ;! r10=0xfffff sp=0x03b00 sr=0x0105 [0x03b00]=0x12a5
        .word   0x1840                                  ; movx.b @sp+, r10
        .word   0x417a
e_movx_b_inc_sp:
        ;= r10=0x000a5 sp=0x03b02 [0x03b00]=0x12a5 c=1 z=0 n=1 v=1 cycles=3 cell=X1_IND_RM_W pc=e_movx_b_inc_sp

; subx.a #0x8abcd, r10
t_subx_a_imm_r:
        ;! r10=0x0abcd sr=0x0003
        .word   0x1c00                                  ; subx.a #0x8abcd, r10
        .word   0x807a
        .word   0xabcd
e_subx_a_imm_r:
        ;= r10=0x80000 c=0 z=0 n=1 v=1 cycles=3 cell=X1_IMM_RM_A pc=e_subx_a_imm_r

; andx.w #0x0ff0, r11
t_andx_w_imm_r:
        ;! r11=0x2f00f sr=0x0105
        .word   0x1840                                  ; andx.w #0xff0, r11
        .word   0xf03b
        .word   0x0ff0
e_andx_w_imm_r:
        ;= r11=0x00000 c=0 z=1 n=0 v=0 cycles=3 cell=X1_IMM_RM_W pc=e_andx_w_imm_r

; bisx.b #0x5a, r12
t_bisx_b_imm_r:
        ;! r12=0x12381 sr=0x0002
        .word   0x1840                                  ; bisx.b #0x5a, r12
        .word   0xd07c
        .word   0x005a
e_bisx_b_imm_r:
        ;= r12=0x000db c=0 z=1 n=0 v=0 cycles=3 cell=X1_IMM_RM_W pc=e_bisx_b_imm_r

; movx.a #0xfedcb, r13
t_movx_a_imm_r:
        ;! r13=0x01111 sr=0x0105
        .word   0x1f80                                  ; movx.a #0xfedcb, r13
        .word   0x407d
        .word   0xedcb
e_movx_a_imm_r:
        ;= r13=0xfedcb c=1 z=0 n=1 v=1 cycles=3 cell=X1_IMM_RM_A pc=e_movx_a_imm_r

; addx.a #-1, r14: the constant generator gives 0xfffff in .A
t_addx_a_cgm1_r:
        ;! r14=0x10000 sr=0x0106
        .word   0x1800                                  ; addx.a #-1, r14
        .word   0x537e
e_addx_a_cgm1_r:
        ;= r14=0x0ffff c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_addx_a_cgm1_r

; bicx.w #8, r15
t_bicx_w_cg8_r:
        ;! r15=0x3000f sr=0x0105
        .word   0x1840                                  ; bicx.w #8, r15
        .word   0xc23f
e_bicx_w_cg8_r:
        ;= r15=0x00007 c=1 z=0 n=1 v=1 cycles=2 cell=X1_REG_RM_W pc=e_bicx_w_cg8_r

; xorx.b #-1, r4: #-1 is 0xff in .B
t_xorx_b_cgm1_r:
        ;! r4=0x12381 sr=0x0006
        .word   0x1840                                  ; xorx.b #-1, r4
        .word   0xe374
e_xorx_b_cgm1_r:
        ;= r4=0x0007e c=1 z=0 n=0 v=1 cycles=2 cell=X1_REG_RM_W pc=e_xorx_b_cgm1_r

; subx.a #4, r5
t_subx_a_cg4_r:
        ;! r5=0x00002 sr=0x0103
        .word   0x1800                                  ; subx.a #4, r5
        .word   0x8265
e_subx_a_cg4_r:
        ;= r5=0xffffe c=0 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_A pc=e_subx_a_cg4_r

; addx.w #2, r6
t_addx_w_cg2_r:
        ;! r6=0x1fffe sr=0x0104
        .word   0x1840                                  ; addx.w #2, r6
        .word   0x5326
e_addx_w_cg2_r:
        ;= r6=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_addx_w_cg2_r

; cmpx.b #1, r7
t_cmpx_b_cg1_r:
        ;! r7=0x00081 sr=0x0102
        .word   0x1840                                  ; cmpx.b #1, r7
        .word   0x9357
e_cmpx_b_cg1_r:
        ;= r7=0x00081 c=1 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_W pc=e_cmpx_b_cg1_r

; cmpx.a #0, r8: #0 is register mode (As=00, R3)
t_cmpx_a_cg0_r:
        ;! r8=0x80000 sr=0x0102
        .word   0x1800                                  ; cmpx.a #0, r8
        .word   0x9348
e_cmpx_a_cg0_r:
        ;= r8=0x80000 c=1 z=0 n=1 v=0 cycles=2 cell=X1_REG_RM_A pc=e_cmpx_a_cg0_r

; addx.a r4, 0x2fff0(r5): .A memory result written as two words
t_addx_a_r_idx:
        ;! r4=0x0ffff r5=0x00010 sr=0x0003 [0x30000]=0x1 [0x30002]=0xfff7
        .word   0x1802                                  ; addx.a r4, 0x2fff0(r5)
        .word   0x54c5
        .word   0xfff0
e_addx_a_r_idx:
        ;= r4=0x0ffff r5=0x00010 [0x30000]=0x0000 [0x30002]=0x0008 c=0 z=0 n=1 v=1 cycles=7 cell=X1_REG_MEM_A pc=e_addx_a_r_idx

; movx.a r4, &0x3a000: bits 15:4 of the high word written as 0
t_movx_a_r_abs:
        ;! r4=0xabcde sr=0x0002 [0x3a000]=0x5555 [0x3a002]=0xfff0
        .word   0x1803                                  ; movx.a r4, &0x3a000
        .word   0x44c2
        .word   0xa000
e_movx_a_r_abs:
        ;= r4=0xabcde [0x3a000]=0xbcde [0x3a002]=0x000a c=0 z=1 n=0 v=0 cycles=5 cell=X1_REG_MEM_A_MBC pc=e_movx_a_r_abs

; cmpx.a r6, EDE: no write
t_cmpx_a_r_sym:
        ;! r6=0x00001 sr=0x0006 [d_cmpx_a_r_sym]=0x0 [d_cmpx_a_r_sym+2]=0x8
        .word   0x1800 | (((d_cmpx_a_r_sym - (. + 4)) >> 16) & 0xf) ; cmpx.a r6, d_cmpx_a_r_sym
        .word   0x96c0
        .word   ((d_cmpx_a_r_sym - .) & 0xffff)
e_cmpx_a_r_sym:
        ;= r6=0x00001 [d_cmpx_a_r_sym]=0x0000 [d_cmpx_a_r_sym+2]=0x0008 c=1 z=0 n=0 v=1 cycles=5 cell=X1_REG_MEM_A_MBC pc=e_cmpx_a_r_sym
d_cmpx_a_r_sym:
        .word   0, 0

; xorx.a r7, EDE
t_xorx_a_r_sym:
        ;! r7=0x80f0f sr=0x0005 [d_xorx_a_r_sym]=0xf0f [d_xorx_a_r_sym+2]=0x8
        .word   0x1800 | (((d_xorx_a_r_sym - (. + 4)) >> 16) & 0xf) ; xorx.a r7, d_xorx_a_r_sym
        .word   0xe7c0
        .word   ((d_xorx_a_r_sym - .) & 0xffff)
e_xorx_a_r_sym:
        ;= r7=0x80f0f [d_xorx_a_r_sym]=0x0000 [d_xorx_a_r_sym+2]=0x0000 c=0 z=1 n=0 v=1 cycles=7 cell=X1_REG_MEM_A pc=e_xorx_a_r_sym
d_xorx_a_r_sym:
        .word   0, 0

; subx.w r8, &0x2d000
t_subx_w_r_abs:
        ;! r8=0x18001 sr=0x0003 [0x2d000]=0x1 [0x2d002]=0x7777
        .word   0x1842                                  ; subx.w r8, &0x2d000
        .word   0x8882
        .word   0xd000
e_subx_w_r_abs:
        ;= r8=0x18001 [0x2d000]=0x8000 [0x2d002]=0x7777 c=0 z=0 n=1 v=1 cycles=5 cell=X1_REG_MEM_W pc=e_subx_w_r_abs

; bitx.w r9, -2(r10)
t_bitx_w_r_idx:
        ;! r9=0x0f000 r10=0x20002 sr=0x0105 [0x20000]=0xfff
        .word   0x184f                                  ; bitx.w r9, -2(r10)
        .word   0xb98a
        .word   0xfffe
e_bitx_w_r_idx:
        ;= r9=0x0f000 r10=0x20002 [0x20000]=0x0fff c=0 z=1 n=0 v=0 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_bitx_w_r_idx

; bisx.w r11, EDE
t_bisx_w_r_sym:
        ;! r11=0x3a000 sr=0x0105 [d_bisx_w_r_sym]=0x505 [d_bisx_w_r_sym+2]=0x1234
        .word   0x1840 | (((d_bisx_w_r_sym - (. + 4)) >> 16) & 0xf) ; bisx.w r11, d_bisx_w_r_sym
        .word   0xdb80
        .word   ((d_bisx_w_r_sym - .) & 0xffff)
e_bisx_w_r_sym:
        ;= r11=0x3a000 [d_bisx_w_r_sym]=0xa505 [d_bisx_w_r_sym+2]=0x1234 c=1 z=0 n=1 v=1 cycles=5 cell=X1_REG_MEM_W pc=e_bisx_w_r_sym
d_bisx_w_r_sym:
        .word   0, 0

; addcx.b r12, 3(r13): odd byte address, neighbour untouched
t_addcx_b_r_idx:
        ;! r12=0x000ff r13=0x1fffe sr=0x0001 [0x20000]=0x133
        .word   0x1840                                  ; addcx.b r12, 0x3(r13)
        .word   0x6ccd
        .word   0x0003
e_addcx_b_r_idx:
        ;= r12=0x000ff r13=0x1fffe [0x20000]=0x0133 c=1 z=0 n=0 v=0 cycles=5 cell=X1_REG_MEM_W pc=e_addcx_b_r_idx

; movx.b r14, &0x2e001
t_movx_b_r_abs:
        ;! r14=0x123ab sr=0x0105 [0x2e000]=0x5a5a
        .word   0x1842                                  ; movx.b r14, &0x2e001
        .word   0x4ec2
        .word   0xe001
e_movx_b_r_abs:
        ;= r14=0x123ab [0x2e000]=0xab5a c=1 z=0 n=1 v=1 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_movx_b_r_abs

; andx.b r15, EDE
t_andx_b_r_sym:
        ;! r15=0x0ff80 sr=0x0102 [d_andx_b_r_sym]=0x7781
        .word   0x1840 | (((d_andx_b_r_sym - (. + 4)) >> 16) & 0xf) ; andx.b r15, d_andx_b_r_sym
        .word   0xffc0
        .word   ((d_andx_b_r_sym - .) & 0xffff)
e_andx_b_r_sym:
        ;= r15=0x0ff80 [d_andx_b_r_sym]=0x7780 c=1 z=0 n=1 v=0 cycles=5 cell=X1_REG_MEM_W pc=e_andx_b_r_sym
d_andx_b_r_sym:
        .word   0

; daddx.w r4, 0(r5)
t_daddx_w_r_idx:
        ;! r4=0x00001 r5=0x02000 sr=0x0001 [0x02000]=0x9998
        .word   0x1840                                  ; daddx.w r4, 0x0(r5)
        .word   0xa485
        .word   0x0000
e_daddx_w_r_idx:
        ;= r4=0x00001 r5=0x02000 [0x02000]=0x0000 c=1 z=1 n=0 cycles=5 cell=X1_REG_MEM_W pc=e_daddx_w_r_idx

; subcx.a r6, &0x21000 (C=1)
t_subcx_a_r_abs:
        ;! r6=0x00001 sr=0x0001 [0x21000]=0x0 [0x21002]=0x1
        .word   0x1802                                  ; subcx.a r6, &0x21000
        .word   0x76c2
        .word   0x1000
e_subcx_a_r_abs:
        ;= r6=0x00001 [0x21000]=0xffff [0x21002]=0x0000 c=1 z=0 n=0 v=0 cycles=7 cell=X1_REG_MEM_A pc=e_subcx_a_r_abs

; bicx.a r7, 4(r8)
t_bicx_a_r_idx:
        ;! r7=0xf00ff r8=0x21ffc sr=0x0105 [0x22000]=0xffff [0x22002]=0xf
        .word   0x1800                                  ; bicx.a r7, 0x4(r8)
        .word   0xc7c8
        .word   0x0004
e_bicx_a_r_idx:
        ;= r7=0xf00ff r8=0x21ffc [0x22000]=0xff00 [0x22002]=0x0000 c=1 z=0 n=1 v=1 cycles=7 cell=X1_REG_MEM_A pc=e_bicx_a_r_idx

; addx.w @r4, 2(r5)
t_addx_w_ind_idx:
        ;! r4=0x20000 r5=0x20010 sr=0x0003 [0x20000]=0x7000 [0x20012]=0x1000
        .word   0x1840                                  ; addx.w @r4, 0x2(r5)
        .word   0x54a5
        .word   0x0002
e_addx_w_ind_idx:
        ;= r4=0x20000 r5=0x20010 [0x20000]=0x7000 [0x20012]=0x8000 c=0 z=0 n=1 v=1 cycles=6 cell=X1_IND_MEM_W pc=e_addx_w_ind_idx

; subx.a @r4+, &0x20104
t_subx_a_inc_abs:
        ;! r4=0x20100 sr=0x0106 [0x20100]=0x1 [0x20102]=0xfff0 [0x20104]=0x0 [0x20106]=0x1
        .word   0x1802                                  ; subx.a @r4+, &0x20104
        .word   0x84f2
        .word   0x0104
e_subx_a_inc_abs:
        ;= r4=0x20104 [0x20100]=0x0001 [0x20102]=0xfff0 [0x20104]=0xffff [0x20106]=0x0000 c=1 z=0 n=0 v=0 cycles=9 cell=X1_IND_MEM_A pc=e_subx_a_inc_abs

; movx.b @r6+, &0x2f000
t_movx_b_inc_abs:
        ;! r6=0x2f011 sr=0x0002 [0x2f010]=0xc3a5 [0x2f000]=0x5a5a
        .word   0x1842                                  ; movx.b @r6+, &0x2f000
        .word   0x46f2
        .word   0xf000
e_movx_b_inc_abs:
        ;= r6=0x2f012 [0x2f010]=0xc3a5 [0x2f000]=0x5ac3 c=0 z=1 n=0 v=0 cycles=5 cell=X1_IND_MEM_W_MBC pc=e_movx_b_inc_abs

; movx.a @r7, EDE
t_movx_a_ind_sym:
        ;! r7=0x02000 sr=0x0105 [0x02000]=0x4321 [0x02002]=0x9 [d_movx_a_ind_sym]=0xffff [d_movx_a_ind_sym+2]=0xffff
        .word   0x1800 | (((d_movx_a_ind_sym - (. + 4)) >> 16) & 0xf) ; movx.a @r7, d_movx_a_ind_sym
        .word   0x47e0
        .word   ((d_movx_a_ind_sym - .) & 0xffff)
e_movx_a_ind_sym:
        ;= r7=0x02000 [0x02000]=0x4321 [0x02002]=0x0009 [d_movx_a_ind_sym]=0x4321 [d_movx_a_ind_sym+2]=0x0009 c=1 z=0 n=1 v=1 cycles=7 cell=X1_IND_MEM_A_MBC pc=e_movx_a_ind_sym
d_movx_a_ind_sym:
        .word   0, 0

; cmpx.w @r8, &0x2000
t_cmpx_w_ind_abs:
        ;! r8=0x02002 sr=0x0003 [0x02002]=0x8000 [0x02000]=0x7fff
        .word   0x1840                                  ; cmpx.w @r8, &0x02000
        .word   0x98a2
        .word   0x2000
e_cmpx_w_ind_abs:
        ;= r8=0x02002 [0x02002]=0x8000 [0x02000]=0x7fff c=0 z=0 n=1 v=1 cycles=5 cell=X1_IND_MEM_W_MBC pc=e_cmpx_w_ind_abs

; bitx.a @r9+, 0(r10)
t_bitx_a_inc_idx:
        ;! r9=0x02000 r10=0x02010 sr=0x0105 [0x02000]=0x0 [0x02002]=0x8 [0x02010]=0xffff [0x02012]=0x7
        .word   0x1800                                  ; bitx.a @r9+, 0x0(r10)
        .word   0xb9fa
        .word   0x0000
e_bitx_a_inc_idx:
        ;= r9=0x02004 r10=0x02010 [0x02000]=0x0000 [0x02002]=0x0008 [0x02010]=0xffff [0x02012]=0x0007 c=0 z=1 n=0 v=0 cycles=7 cell=X1_IND_MEM_A_MBC pc=e_bitx_a_inc_idx

; addx.w #0x1234, &0x2000
t_addx_w_imm_abs:
        ;! sr=0x0104 [0x02000]=0xedcc
        .word   0x1840                                  ; addx.w #0x1234, &0x02000
        .word   0x50b2
        .word   0x1234
        .word   0x2000
e_addx_w_imm_abs:
        ;= [0x02000]=0x0000 c=1 z=1 n=0 v=0 cycles=6 cell=X1_IMM_MEM_W pc=e_addx_w_imm_abs

; addcx.a #0x8ffff, 0x10000(r5)
t_addcx_a_imm_idx:
        ;! r5=0x10000 sr=0x0001 [0x20000]=0x0 [0x20002]=0x7
        .word   0x1c01                                  ; addcx.a #0x8ffff, 0x10000(r5)
        .word   0x60f5
        .word   0xffff
        .word   0x0000
e_addcx_a_imm_idx:
        ;= r5=0x10000 [0x20000]=0x0000 [0x20002]=0x0000 c=1 z=1 n=0 v=0 cycles=8 cell=X1_IMM_MEM_A pc=e_addcx_a_imm_idx

; cmpx.w #0x8000, EDE
t_cmpx_w_imm_sym:
        ;! sr=0x0003 [d_cmpx_w_imm_sym]=0x7fff
        .word   0x1840 | (((d_cmpx_w_imm_sym - (. + 6)) >> 16) & 0xf) ; cmpx.w #0x8000, d_cmpx_w_imm_sym
        .word   0x90b0
        .word   0x8000
        .word   ((d_cmpx_w_imm_sym - .) & 0xffff)
e_cmpx_w_imm_sym:
        ;= [d_cmpx_w_imm_sym]=0x7fff c=0 z=0 n=1 v=1 cycles=5 cell=X1_IMM_MEM_W_MBC pc=e_cmpx_w_imm_sym
d_cmpx_w_imm_sym:
        .word   0

; movx.a #0xabcde, &0x2a004
t_movx_a_imm_abs:
        ;! sr=0x0105 [0x2a004]=0x0 [0x2a006]=0xffff
        .word   0x1d02                                  ; movx.a #0xabcde, &0x2a004
        .word   0x40f2
        .word   0xbcde
        .word   0xa004
e_movx_a_imm_abs:
        ;= [0x2a004]=0xbcde [0x2a006]=0x000a c=1 z=0 n=1 v=1 cycles=6 cell=X1_IMM_MEM_A_MBC pc=e_movx_a_imm_abs

; bitx.b #0x80, 1(r4)
t_bitx_b_imm_idx:
        ;! r4=0x02000 sr=0x0102 [0x02000]=0x80ff
        .word   0x1840                                  ; bitx.b #0x80, 0x1(r4)
        .word   0xb0f4
        .word   0x0080
        .word   0x0001
e_bitx_b_imm_idx:
        ;= r4=0x02000 [0x02000]=0x80ff c=1 z=0 n=1 v=0 cycles=5 cell=X1_IMM_MEM_W_MBC pc=e_bitx_b_imm_idx

; xorx.w 4(r4), -4(r5)
t_xorx_w_idx_idx:
        ;! r4=0x02000 r5=0x02010 sr=0x0005 [0x02004]=0x8421 [0x0200c]=0x8421
        .word   0x184f                                  ; xorx.w 0x4(r4), -4(r5)
        .word   0xe495
        .word   0x0004
        .word   0xfffc
e_xorx_w_idx_idx:
        ;= r4=0x02000 r5=0x02010 [0x02004]=0x8421 [0x0200c]=0x0000 c=0 z=1 n=0 v=1 cycles=7 cell=X1_MEM_MEM_W pc=e_xorx_w_idx_idx

; daddx.b &0x2000, EDE
t_daddx_b_abs_sym:
        ;! sr=0x0000 [0x02000]=0x45 [d_daddx_b_abs_sym]=0x1155
        .word   0x1840 | (((d_daddx_b_abs_sym - (. + 6)) >> 16) & 0xf) ; daddx.b &0x02000, d_daddx_b_abs_sym
        .word   0xa2d0
        .word   0x2000
        .word   ((d_daddx_b_abs_sym - .) & 0xffff)
e_daddx_b_abs_sym:
        ;= [0x02000]=0x0045 [d_daddx_b_abs_sym]=0x1100 c=1 z=1 n=0 cycles=7 cell=X1_MEM_MEM_W pc=e_daddx_b_abs_sym
d_daddx_b_abs_sym:
        .word   0

; addx.a &0x20000, &0x3fffc
t_addx_a_abs_abs:
        ;! sr=0x0104 [0x20000]=0x1 [0x20002]=0x8 [0x3fffc]=0xffff [0x3fffe]=0x7
        .word   0x1903                                  ; addx.a &0x20000, &0x3fffc
        .word   0x52d2
        .word   0x0000
        .word   0xfffc
e_addx_a_abs_abs:
        ;= [0x20000]=0x0001 [0x20002]=0x0008 [0x3fffc]=0x0000 [0x3fffe]=0x0000 c=1 z=1 n=0 v=0 cycles=10 cell=X1_MEM_MEM_A pc=e_addx_a_abs_abs

; subx.a EDE, 6(r6)
t_subx_a_sym_idx:
        ;! r6=0x1fffa sr=0x0104 [d_subx_a_sym_idx]=0x0 [d_subx_a_sym_idx+2]=0x1 [0x20000]=0x0 [0x20002]=0x1
        .word   0x1800 | ((((d_subx_a_sym_idx - (. + 4)) >> 16) & 0xf) << 7) ; subx.a d_subx_a_sym_idx, 0x6(r6)
        .word   0x80d6
        .word   ((d_subx_a_sym_idx - .) & 0xffff)
        .word   0x0006
e_subx_a_sym_idx:
        ;= r6=0x1fffa [d_subx_a_sym_idx]=0x0000 [d_subx_a_sym_idx+2]=0x0001 [0x20000]=0x0000 [0x20002]=0x0000 c=1 z=1 n=0 v=0 cycles=10 cell=X1_MEM_MEM_A pc=e_subx_a_sym_idx
d_subx_a_sym_idx:
        .word   0, 0

; movx.w EDE, &0x2002
t_movx_w_sym_abs:
        ;! sr=0x0105 [d_movx_w_sym_abs]=0xbeef [0x02002]=0x0
        .word   0x1840 | ((((d_movx_w_sym_abs - (. + 4)) >> 16) & 0xf) << 7) ; movx.w d_movx_w_sym_abs, &0x02002
        .word   0x4092
        .word   ((d_movx_w_sym_abs - .) & 0xffff)
        .word   0x2002
e_movx_w_sym_abs:
        ;= [d_movx_w_sym_abs]=0xbeef [0x02002]=0xbeef c=1 z=0 n=1 v=1 cycles=6 cell=X1_MEM_MEM_W_MBC pc=e_movx_w_sym_abs
d_movx_w_sym_abs:
        .word   0

; movx.a 0(r4), 0x10000(r5)
t_movx_a_idx_idx:
        ;! r4=0x02000 r5=0x12000 sr=0x0002 [0x02000]=0xcafe [0x02002]=0xfff3 [0x22000]=0x1111 [0x22002]=0x2222
        .word   0x1801                                  ; movx.a 0x0(r4), 0x10000(r5)
        .word   0x44d5
        .word   0x0000
        .word   0x0000
e_movx_a_idx_idx:
        ;= r4=0x02000 r5=0x12000 [0x02000]=0xcafe [0x02002]=0xfff3 [0x22000]=0xcafe [0x22002]=0x0003 c=0 z=1 n=0 v=0 cycles=8 cell=X1_MEM_MEM_A_MBC pc=e_movx_a_idx_idx

; cmpx.a &0x2000, EDE
t_cmpx_a_abs_sym:
        ;! sr=0x0103 [0x02000]=0x1 [0x02002]=0x0 [d_cmpx_a_abs_sym]=0x0 [d_cmpx_a_abs_sym+2]=0x0
        .word   0x1800 | (((d_cmpx_a_abs_sym - (. + 6)) >> 16) & 0xf) ; cmpx.a &0x02000, d_cmpx_a_abs_sym
        .word   0x92d0
        .word   0x2000
        .word   ((d_cmpx_a_abs_sym - .) & 0xffff)
e_cmpx_a_abs_sym:
        ;= [0x02000]=0x0001 [0x02002]=0x0000 [d_cmpx_a_abs_sym]=0x0000 [d_cmpx_a_abs_sym+2]=0x0000 c=0 z=0 n=1 v=0 cycles=8 cell=X1_MEM_MEM_A_MBC pc=e_cmpx_a_abs_sym
d_cmpx_a_abs_sym:
        .word   0, 0

; popx.a r5 (movx.a @sp+, r5)
t_popx_a_r:
        ;! r5=0x0ffff sp=0x03bfc sr=0x0002 [0x03bfc]=0x3456 [0x03bfe]=0x2
        .word   0x1800                                  ; movx.a @sp+, r5
        .word   0x4175
e_popx_a_r:
        ;= r5=0x23456 sp=0x03c00 [0x03bfc]=0x3456 [0x03bfe]=0x0002 c=0 z=1 n=0 v=0 cycles=4 cell=X1_IND_RM_A pc=e_popx_a_r

; popx.w r6 (movx.w @sp+, r6)
t_popx_w_r:
        ;! r6=0xfffff sp=0x03bfe sr=0x0105 [0x03bfe]=0x8001
        .word   0x1840                                  ; movx.w @sp+, r6
        .word   0x4136
e_popx_w_r:
        ;= r6=0x08001 sp=0x03c00 [0x03bfe]=0x8001 c=1 z=0 n=1 v=1 cycles=3 cell=X1_IND_RM_W pc=e_popx_w_r

; popx.b r7: SP still steps by 2
t_popx_b_r:
        ;! r7=0xfffff sp=0x03bfe sr=0x0002 [0x03bfe]=0x8081
        .word   0x1840                                  ; movx.b @sp+, r7
        .word   0x4177
e_popx_b_r:
        ;= r7=0x00081 sp=0x03c00 [0x03bfe]=0x8081 c=0 z=1 n=0 v=0 cycles=3 cell=X1_IND_RM_W pc=e_popx_b_r

; popx.w &0x2000
t_popx_w_abs:
        ;! sp=0x03bfe sr=0x0105 [0x03bfe]=0x1234 [0x02000]=0x0
        .word   0x1840                                  ; movx.w @sp+, &0x02000
        .word   0x41b2
        .word   0x2000
e_popx_w_abs:
        ;= sp=0x03c00 [0x03bfe]=0x1234 [0x02000]=0x1234 c=1 z=0 n=1 v=1 cycles=5 cell=X1_IND_MEM_W_MBC pc=e_popx_w_abs

; popx.a 0x10000(r4)
t_popx_a_idx:
        ;! r4=0x14000 sp=0x03bfc sr=0x0002 [0x03bfc]=0x5678 [0x03bfe]=0x4 [0x24000]=0x0 [0x24002]=0x0
        .word   0x1801                                  ; movx.a @sp+, 0x10000(r4)
        .word   0x41f4
        .word   0x0000
e_popx_a_idx:
        ;= r4=0x14000 sp=0x03c00 [0x03bfc]=0x5678 [0x03bfe]=0x0004 [0x24000]=0x5678 [0x24002]=0x0004 c=0 z=1 n=0 v=0 cycles=7 cell=X1_IND_MEM_A_MBC pc=e_popx_a_idx

; rpt #4 { addx.a r4, r5
t_rpt4_addx_a:
        ;! r4=0x10000 r5=0x00001 sr=0x0107
        .word   0x1803                                  ; rpt #4 { addx.a r4, r5
        .word   0x5445
e_rpt4_addx_a:
        ;= r4=0x10000 r5=0x40001 c=0 z=0 n=0 v=0 cycles=5 cell=X1_RPT pc=e_rpt4_addx_a

; rpt r6 { addx.w r4, r5: count = r6[3:0]+1 = 4
t_rptr_addx_w:
        ;! r4=0x01000 r5=0x00010 r6=0x00123 sr=0x0107
        .word   0x18c6                                  ; rpt r6 { addx.w r4, r5
        .word   0x5405
e_rptr_addx_w:
        ;= r4=0x01000 r5=0x04010 r6=0x00123 c=0 z=0 n=0 v=0 cycles=5 cell=X1_RPT pc=e_rptr_addx_w

; rpt #16 { subx.w r4, r5: the largest count
t_rpt16_subx_w:
        ;! r4=0x00001 r5=0x00010 sr=0x0104
        .word   0x184f                                  ; rpt #16 { subx.w r4, r5
        .word   0x8405
e_rpt16_subx_w:
        ;= r4=0x00001 r5=0x00000 c=1 z=1 n=0 v=0 cycles=17 cell=X1_RPT pc=e_rpt16_subx_w

; rpt r7 { addx.b r4, r5 with r7[3:0] = 15: 16 repetitions
t_rptr15_addx_b:
        ;! r4=0x00010 r7=0xfffff sr=0x0104
        .word   0x18c7                                  ; rpt r7 { addx.b r4, r5
        .word   0x5445
e_rptr15_addx_b:
        ;= r4=0x00010 r5=0x00000 r7=0xfffff c=1 z=1 n=0 v=0 cycles=17 cell=X1_RPT pc=e_rptr15_addx_b

; rpt r7 { addx.a r4, r5 with r7[3:0] = 0: executed once
t_rptr0_addx_a:
        ;! r4=0x10000 r5=0x00001 r7=0x00010 sr=0x0107
        .word   0x1887                                  ; rpt r7 { addx.a r4, r5
        .word   0x5445
e_rptr0_addx_a:
        ;= r4=0x10000 r5=0x10001 r7=0x00010 c=0 z=0 n=0 v=0 cycles=2 cell=X1_RPT pc=e_rptr0_addx_a

; rpt r5 { addx.w r4, r5: the count is taken from r5 once, before the first repetition (4 times)
t_rptr_self_addx_w:
        ;! r4=0x00010 r5=0x00003 sr=0x0107
        .word   0x18c5                                  ; rpt r5 { addx.w r4, r5
        .word   0x5405
e_rptr_self_addx_w:
        ;= r4=0x00010 r5=0x00043 c=0 z=0 n=0 v=0 cycles=5 cell=X1_RPT pc=e_rptr_self_addx_w

; rpt #3 { addcx.a r4, r5: the carry chains through the repetitions
t_rpt3_addcx_a:
        ;! r4=0x80000 r5=0x80000 sr=0x0001
        .word   0x1802                                  ; rpt #3 { addcx.a r4, r5
        .word   0x6445
e_rpt3_addcx_a:
        ;= r4=0x80000 r5=0x00002 c=1 z=0 n=0 v=1 cycles=4 cell=X1_RPT pc=e_rpt3_addcx_a

; rpt #3 { zc addcx.a r4, r5: ZC=1, carry used as 0 every time
t_rpt3_zc_addcx_a:
        ;! r4=0x80000 r5=0x80000 sr=0x0001
        .word   0x1902                                  ; rpt #3 { {zc} addcx.a r4, r5
        .word   0x6445
e_rpt3_zc_addcx_a:
        ;= r4=0x80000 r5=0x00000 c=1 z=1 n=0 v=1 cycles=4 cell=X1_RPT pc=e_rpt3_zc_addcx_a

; zc addcx.w r4, r5 with C=1: adds no carry
t_zc_addcx_w:
        ;! r4=0x00001 r5=0x00002 sr=0x0107
        .word   0x1940                                  ; {zc} addcx.w r4, r5
        .word   0x6405
e_zc_addcx_w:
        ;= r4=0x00001 r5=0x00003 c=0 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_zc_addcx_w

; zc subcx.a r4, r5 with C=1: carry used as 0, dst - src - 1
t_zc_subcx_a:
        ;! r4=0x00001 r5=0x10000 sr=0x0001
        .word   0x1900                                  ; {zc} subcx.a r4, r5
        .word   0x7445
e_zc_subcx_a:
        ;= r4=0x00001 r5=0x0fffe c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_A pc=e_zc_subcx_a

; rpt #2 { zc daddx.w r4, r5 with C=1
t_rpt2_zc_daddx_w:
        ;! r4=0x04999 r5=0x00001 sr=0x0001
        .word   0x1941                                  ; rpt #2 { {zc} daddx.w r4, r5
        .word   0xa405
e_rpt2_zc_daddx_w:
        ;= r4=0x04999 r5=0x09999 c=0 z=0 n=1 cycles=3 cell=X1_RPT pc=e_rpt2_zc_daddx_w

; rpt #4 { addx.a r5, r5 (rlax.a): shift left 4
t_rpt4_rlax_a:
        ;! r5=0x1234f sr=0x0006
        .word   0x1803                                  ; rpt #4 { addx.a r5, r5
        .word   0x5545
e_rpt4_rlax_a:
        ;= r5=0x234f0 c=1 z=0 n=0 v=1 cycles=5 cell=X1_RPT pc=e_rpt4_rlax_a

; rpt #2 { xorx.b r4, r5: back to the start value
t_rpt2_xorx_b:
        ;! r4=0x000f0 r5=0x123a5 sr=0x0102
        .word   0x1841                                  ; rpt #2 { xorx.b r4, r5
        .word   0xe445
e_rpt2_xorx_b:
        ;= r4=0x000f0 r5=0x000a5 c=1 z=0 n=1 v=0 cycles=3 cell=X1_RPT pc=e_rpt2_xorx_b

; addx.w r4, pc: PC (next instruction) + 4
t_addx_w_r_pc:
        ;! r4=4
        .word   0x1840                                  ; addx.w r4, pc
        .word   0x5400
        ;= cycles=4 cell=X1_REG_PC_W pc=x_addx_w_r_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_addx_w_r_pc:

; movx.a r4, pc: 20-bit branch to upper FRAM
t_movx_a_r_pc:
        ;! r4=u_movx_a_r_pc
        .word   0x1800                                  ; movx.a r4, pc
        .word   0x4440
        ;= r4=u_movx_a_r_pc cycles=4 cell=X1_REG_PC_A pc=u_movx_a_r_pc

; movx.w @r4, pc
t_movx_w_ind_pc:
        ;! r4=0x2000 [0x2000]=x_movx_w_ind_pc
        .word   0x1840                                  ; movx.w @r4, pc
        .word   0x4420
        ;= cycles=5 cell=X1_IND_PC_W pc=x_movx_w_ind_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_movx_w_ind_pc:

; movx.w @sp+, pc (a 16-bit return)
t_movx_w_inc_pc:
        ;! sp=0x3bfe [0x3bfe]=x_movx_w_inc_pc
        .word   0x1840                                  ; movx.w @sp+, pc
        .word   0x4130
        ;= sp=0x3c00 cycles=5 cell=X1_IND_PC_W pc=x_movx_w_inc_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_movx_w_inc_pc:

; movx.a @sp+, pc: 20-bit return to upper FRAM
t_movx_a_inc_pc:
        ;! sp=0x3bfc [0x3bfc].a=u_movx_a_inc_pc
        .word   0x1800                                  ; movx.a @sp+, pc
        .word   0x4170
        ;= sp=0x3c00 cycles=6 cell=X1_IND_PC_A pc=u_movx_a_inc_pc

; movx.a @r5, pc
t_movx_a_ind_pc:
        ;! r5=0x2000 [0x2000].a=u_movx_a_ind_pc
        .word   0x1800                                  ; movx.a @r5, pc
        .word   0x4560
        ;= r5=0x02000 cycles=6 cell=X1_IND_PC_A pc=u_movx_a_ind_pc

; addcx.w #4, pc with C=0 (not one of MOVX/ADDX/SUBX)
t_addcx_w_imm_pc:
        ;! sr=0
        .word   0x1840                                  ; addcx.w #0x4, pc
        .word   0x6030
        .word   0x0004
        ;= cycles=4 cell=X1_IMM_PC_W pc=x_addcx_w_imm_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_addcx_w_imm_pc:

; cmpx.a #0x10000, pc: PC (next instruction, below 64K) is lower
t_cmpx_a_imm_pc:
        ;! sr=0x0002
        .word   0x1880                                  ; cmpx.a #0x10000, pc
        .word   0x9070
        .word   0x0000
e_cmpx_a_imm_pc:
        ;= c=0 z=0 n=1 v=0 cycles=4 cell=X1_IMM_PC_A pc=e_cmpx_a_imm_pc

; movx.w #target, pc (brx.w)
t_movx_w_imm_pc:
        .word   0x1840                                  ; movx.w #x_movx_w_imm_pc, pc
        .word   0x4030
        .word   x_movx_w_imm_pc
        ;= cycles=3 cell=X1_IMM_PC_W_MAS pc=x_movx_w_imm_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_movx_w_imm_pc:

; movx.a #target20, pc: branch to upper FRAM
t_movx_a_imm_pc:
        .word   0x1800 | ((((0x10000 + u_movx_a_imm_pc - upper_base) >> 16) & 0xf) << 7) ; movx.a #u_movx_a_imm_pc, pc
        .word   0x4070
        .word   (((0x10000 + u_movx_a_imm_pc - upper_base)) & 0xffff)
        ;= cycles=3 cell=X1_IMM_PC_A_MAS pc=u_movx_a_imm_pc

; addcx.w &0x2000, pc with C=0
t_addcx_w_abs_pc:
        ;! sr=0 [0x2000]=4
        .word   0x1840                                  ; addcx.w &0x02000, pc
        .word   0x6210
        .word   0x2000
        ;= cycles=6 cell=X1_MEM_PC_W pc=x_addcx_w_abs_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_addcx_w_abs_pc:

; movx.w &0x2000, pc
t_movx_w_abs_pc:
        ;! [0x2000]=x_movx_w_abs_pc
        .word   0x1840                                  ; movx.w &0x02000, pc
        .word   0x4210
        .word   0x2000
        ;= cycles=5 cell=X1_MEM_PC_W_MAS pc=x_movx_w_abs_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_movx_w_abs_pc:

; subx.w EDE, pc: EDE holds -4, so PC moves 4 bytes on
t_subx_w_sym_pc:
        .word   0x1840 | ((((d_subx_w_sym_pc - (. + 4)) >> 16) & 0xf) << 7) ; subx.w d_subx_w_sym_pc, pc
        .word   0x8010
        .word   ((d_subx_w_sym_pc - .) & 0xffff)
        ;= cycles=5 cell=X1_MEM_PC_W_MAS pc=x_subx_w_sym_pc
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_subx_w_sym_pc:
d_subx_w_sym_pc:
        .word   -4

; movx.a 0x1000(r4), pc: 20-bit target read from upper FRAM
t_movx_a_idx_pc:
        ;! r4=0x1f000 [0x20000]=u_movx_a_idx_pc [0x20002]=0xfff1
        .word   0x1800                                  ; movx.a 0x1000(r4), pc
        .word   0x4450
        .word   0x1000
        ;= cycles=6 cell=X1_MEM_PC_A_MAS pc=u_movx_a_idx_pc

; ---- upper FRAM (the linker script places .upper.text at 0x10000) ----
        .section .upper.text,"axR",@progbits
upper_base:

; addcx.a #4, pc in upper FRAM (C=0): 20-bit PC arithmetic
t_addcx_a_imm_pc_up:
        ;! sr=0
        .word   0x1800                                  ; addcx.a #0x4, pc
        .word   0x6070
        .word   0x0004
        ;= cycles=4 cell=X1_IMM_PC_A pc=x_addcx_a_imm_pc_up
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_addcx_a_imm_pc_up:

; addcx.a 0x10(r4), pc in upper FRAM (C=0)
t_addcx_a_idx_pc_up:
        ;! sr=0 r4=0x2000 [0x2010].a=4
        .word   0x1800                                  ; addcx.a 0x10(r4), pc
        .word   0x6450
        .word   0x0010
        ;= cycles=7 cell=X1_MEM_PC_A pc=x_addcx_a_idx_pc_up
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_addcx_a_idx_pc_up:

; addx.a EDE, pc in upper FRAM: EDE (upper) holds 4
t_addx_a_sym_pc_up:
        .word   0x1800 | ((((d_addx_a_sym_pc_up - (. + 4)) >> 16) & 0xf) << 7) ; addx.a d_addx_a_sym_pc_up, pc
        .word   0x5050
        .word   ((d_addx_a_sym_pc_up - .) & 0xffff)
        ;= cycles=6 cell=X1_MEM_PC_A_MAS pc=x_addx_a_sym_pc_up
        .word   0x3fff, 0x3fff                          ; jmp $ (skipped)
x_addx_a_sym_pc_up:
d_addx_a_sym_pc_up:
        .word   4, 0

; addx.a EDE, r5 from upper FRAM, EDE = 0x2a000: index above 64K
t_addx_a_sym_r_up:
        ;! r5=0x22222 sr=0x0107 [0x2a000]=0x1111 [0x2a002]=0x1
        .word   0x1800 | ((((0x2a000 - (0x10000 + (. + 4) - upper_base)) >> 16) & 0xf) << 7) ; addx.a 0x2a000, r5
        .word   0x5055
        .word   ((0x2a000 - (0x10000 + . - upper_base)) & 0xffff)
e_addx_a_sym_r_up:
        ;= r5=0x33333 [0x2a000]=0x1111 [0x2a002]=0x0001 c=0 z=0 n=0 v=0 cycles=5 cell=X1_MEM_RM_A pc=e_addx_a_sym_r_up

; movx.w EDE, r6 from upper FRAM, EDE = 0x02000: negative 20-bit index
t_movx_w_sym_r_up:
        ;! r6=0xfffff sr=0x0002 [0x02000]=0x8765
        .word   0x1840 | ((((0x2000 - (0x10000 + (. + 4) - upper_base)) >> 16) & 0xf) << 7) ; movx.w 0x02000, r6
        .word   0x4016
        .word   ((0x2000 - (0x10000 + . - upper_base)) & 0xffff)
e_movx_w_sym_r_up:
        ;= r6=0x08765 [0x02000]=0x8765 c=0 z=1 n=0 v=0 cycles=4 cell=X1_MEM_RM_W pc=e_movx_w_sym_r_up

; subx.a r7, EDE from upper FRAM, EDE = 0x30000
t_subx_a_r_sym_up:
        ;! r7=0x00001 sr=0x0006 [0x30000]=0x0 [0x30002]=0x8
        .word   0x1800 | (((0x30000 - (0x10000 + (. + 4) - upper_base)) >> 16) & 0xf) ; subx.a r7, 0x30000
        .word   0x87c0
        .word   ((0x30000 - (0x10000 + . - upper_base)) & 0xffff)
e_subx_a_r_sym_up:
        ;= r7=0x00001 [0x30000]=0xffff [0x30002]=0x0007 c=1 z=0 n=0 v=1 cycles=7 cell=X1_REG_MEM_A pc=e_subx_a_r_sym_up

; movx.b EDE, TONI in upper FRAM (both symbolic, the dst index word is the next one)
t_movx_b_sym_sym_up:
        ;! sr=0x0002 [d_movx_b_sym_sym_up]=0x33c3 [0x02000]=0x5a5a
        .word   0x1840 | ((((d_movx_b_sym_sym_up - (. + 4)) >> 16) & 0xf) << 7) | (((0x2000 - (0x10000 + (. + 6) - upper_base)) >> 16) & 0xf) ; movx.b d_movx_b_sym_sym_up, 0x02000
        .word   0x40d0
        .word   ((d_movx_b_sym_sym_up - .) & 0xffff)
        .word   ((0x2000 - (0x10000 + . - upper_base)) & 0xffff)
e_movx_b_sym_sym_up:
        ;= [d_movx_b_sym_sym_up]=0x33c3 [0x02000]=0x5ac3 c=0 z=1 n=0 v=0 cycles=6 cell=X1_MEM_MEM_W_MBC pc=e_movx_b_sym_sym_up
d_movx_b_sym_sym_up:
        .word   0

; addx.w r4, r5 in upper FRAM
t_addx_w_r_r_up:
        ;! r4=0x00002 r5=0x3ffff sr=0x0106
        .word   0x1840                                  ; addx.w r4, r5
        .word   0x5405
e_addx_w_r_r_up:
        ;= r4=0x00002 r5=0x00001 c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_addx_w_r_r_up

u_movx_a_r_pc:
        .word   0x3fff                                  ; jmp $
u_movx_a_inc_pc:
        .word   0x3fff                                  ; jmp $
u_movx_a_ind_pc:
        .word   0x3fff                                  ; jmp $
u_movx_a_imm_pc:
        .word   0x3fff                                  ; jmp $
u_movx_a_idx_pc:
        .word   0x3fff                                  ; jmp $
