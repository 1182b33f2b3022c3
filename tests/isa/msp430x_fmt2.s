; MSP430X extended Format II instructions (RRCX RRUX RRAX SWPBX SXTX PUSHX) in .B/.W/.A
; and every addressing mode, RPT on the register forms, PUSHM/POPM .A/.W with several
; counts, and RRCM/RRAM/RLAM/RRUM .A/.W with n = 1..4.
;
; Encodings (SLAU367P 4.5.2, 4.6.3): extension word 0001 1 op19:16 A/L 00 0000 for
; non-register modes (the operand's bits 19:16 in the source field, bits 10:7: it is
; addressed by As, and table 4-12 allows an immediate only there; binutils agrees),
; 0001 1 00 ZC # A/L 00
; n-1/Rn for register mode; RRUX is RRCX with ZC=1; SWPBX/SXTX: A/L=0 B/W=0 is .A,
; A/L=1 B/W=0 is .W.  PUSHM.A 0x14(n-1)d, PUSHM.W 0x15(n-1)d push Rd first; POPM.A
; 0x16(n-1)r, POPM.W 0x17(n-1)r name the lowest register r.  RRxM: 0000 n-1 op 010 W Rd
; (op 00 RRCM, 01 RRAM, 10 RLAM, 11 RRUM; W=0 .A, 1 .W).
;
; Expected values from the SLAU367P 4.6.3 descriptions: RRCX/RRAX/RRUX/SXTX set N Z C
; and reset V; SWPBX leaves the flags alone; register results clear Rdst.19:16 (.W)
; or 19:8 (.B); SWPBX.A keeps bits 19:16; SXTX in register mode extends bit 7 into
; Rdst.19:8 for .W as well as .A (4.6.3.35: "Register mode: the sign of the low byte of
; the operand (Rdst.7) is extended into the bits Rdst.19:8"); .A memory results clear
; bits 31:20 of the second word.  PUSHX.A and PUSHM.A store bits 19:16 in the higher
; word.  RRxM: C is the last bit shifted out, V reset (RLAM: V undefined, not checked);
; RRCM rotates the 21/17-bit value C:Rdst.  Cycles: table 4-17 (RRAX/RRCX Rn 1+n, @Rn
; 4 | .A 6, X(Rn)/EDE/&EDE 5 | .A 7, SWPBX/SXTX/RRUX costed alike; PUSHX 4/4/4/4/5/5/5
; and .A 5/6/6/5/7/7/7, +1 for X(SP); PUSHM/POPM 2+n, .A 2+2n; RRxM n).
        .section .text.msp430x_fmt2,"axR",@progbits

; rrcx.a r4 (C=1)
t_rrcx_a_r:
        ;! r4=0x00003 sr=0x0103
        .word   0x1800                                  ; rrcx.a r4
        .word   0x1044
e_rrcx_a_r:
        ;= r4=0x80001 c=1 z=0 n=1 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrcx_a_r

; rrcx.w r5
t_rrcx_w_r:
        ;! r5=0x12345 sr=0x0106
        .word   0x1840                                  ; rrcx.w r5
        .word   0x1005
e_rrcx_w_r:
        ;= r5=0x011a2 c=1 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrcx_w_r

; rrcx.b r6 (C=1)
t_rrcx_b_r:
        ;! r6=0x12381 sr=0x0103
        .word   0x1840                                  ; rrcx.b r6
        .word   0x1046
e_rrcx_b_r:
        ;= r6=0x000c0 c=1 z=0 n=1 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrcx_b_r

; rrax.a r7
t_rrax_a_r:
        ;! r7=0x80002 sr=0x0103
        .word   0x1800                                  ; rrax.a r7
        .word   0x1147
e_rrax_a_r:
        ;= r7=0xc0001 c=0 z=0 n=1 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrax_a_r

; rrax.w r8
t_rrax_w_r:
        ;! r8=0xf8001 sr=0x0102
        .word   0x1840                                  ; rrax.w r8
        .word   0x1108
e_rrax_w_r:
        ;= r8=0x0c000 c=1 z=0 n=1 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrax_w_r

; rrax.b r9
t_rrax_b_r:
        ;! r9=0x00101 sr=0x0104
        .word   0x1840                                  ; rrax.b r9
        .word   0x1149
e_rrax_b_r:
        ;= r9=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrax_b_r

; rrux.a r10 (C=1)
t_rrux_a_r:
        ;! r10=0x80001 sr=0x0107
        .word   0x1900                                  ; rrux.a r10
        .word   0x104a
e_rrux_a_r:
        ;= r10=0x40000 c=1 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrux_a_r

; rrux.w r11 (C=1)
t_rrux_w_r:
        ;! r11=0x18000 sr=0x0107
        .word   0x1940                                  ; rrux.w r11
        .word   0x100b
e_rrux_w_r:
        ;= r11=0x04000 c=0 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrux_w_r

; rrux.b r12 (C=1)
t_rrux_b_r:
        ;! r12=0x000ff sr=0x0107
        .word   0x1940                                  ; rrux.b r12
        .word   0x104c
e_rrux_b_r:
        ;= r12=0x0007f c=1 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrux_b_r

; swpbx.a r13
t_swpbx_a_r:
        ;! r13=0x51234 sr=0x0105
        .word   0x1800                                  ; swpbx.a r13
        .word   0x108d
e_swpbx_a_r:
        ;= r13=0x53412 c=1 z=0 n=1 v=1 cycles=2 cell=X2_SHIFT_REG pc=e_swpbx_a_r

; swpbx.w r14
t_swpbx_w_r:
        ;! r14=0x5a1b2 sr=0x0105
        .word   0x1840                                  ; swpbx.w r14
        .word   0x108e
e_swpbx_w_r:
        ;= r14=0x0b2a1 c=1 z=0 n=1 v=1 cycles=2 cell=X2_SHIFT_REG pc=e_swpbx_w_r

; sxtx.a r15
t_sxtx_a_r:
        ;! r15=0x12380 sr=0x0102
        .word   0x1800                                  ; sxtx.a r15
        .word   0x118f
e_sxtx_a_r:
        ;= r15=0xfff80 c=1 z=0 n=1 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_sxtx_a_r

; sxtx.w r4
t_sxtx_w_r:
        ;! r4=0x12380 sr=0x0102
        .word   0x1840                                  ; sxtx.w r4
        .word   0x1184
e_sxtx_w_r:
        ;= r4=0xfff80 c=1 z=0 n=1 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_sxtx_w_r

; sxtx.a r6: bit 7 clear clears bits 19:8
t_sxtx_a_r_pos:
        ;! r6=0xfff7f sr=0x0106
        .word   0x1800                                  ; sxtx.a r6
        .word   0x1186
e_sxtx_a_r_pos:
        ;= r6=0x0007f c=1 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_sxtx_a_r_pos

; sxtx.w r7: bit 7 clear clears bits 19:8
t_sxtx_w_r_pos:
        ;! r7=0xfff7f sr=0x0106
        .word   0x1840                                  ; sxtx.w r7
        .word   0x1187
e_sxtx_w_r_pos:
        ;= r7=0x0007f c=1 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_sxtx_w_r_pos

; sxtx.a r8 -> 0: Z=1, C=0
t_sxtx_a_r_zero:
        ;! r8=0x12300 sr=0x0105
        .word   0x1800                                  ; sxtx.a r8
        .word   0x1188
e_sxtx_a_r_zero:
        ;= r8=0x00000 c=0 z=1 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_sxtx_a_r_zero

; rrax.a r9: 1 -> 0, Z and C
t_rrax_a_r_zero:
        ;! r9=0x00001 sr=0x0104
        .word   0x1800                                  ; rrax.a r9
        .word   0x1149
e_rrax_a_r_zero:
        ;= r9=0x00000 c=1 z=1 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrax_a_r_zero

; rrcx.w sp with C=0: SP stays even
t_rrcx_w_sp:
        ;! sp=0x03b04 sr=0x0004
        .word   0x1840                                  ; rrcx.w sp
        .word   0x1001
e_rrcx_w_sp:
        ;= sp=0x01d82 c=0 z=0 n=0 v=0 cycles=2 cell=X2_SHIFT_REG pc=e_rrcx_w_sp

; rpt #4 { rrax.w r5
t_rpt4_rrax_w:
        ;! r5=0x08000 sr=0x0103
        .word   0x1843                                  ; rpt #4 { rrax.w r5
        .word   0x1105
e_rpt4_rrax_w:
        ;= r5=0x0f800 c=0 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_REG pc=e_rpt4_rrax_w

; rpt #4 { rrax.a r5
t_rpt4_rrax_a:
        ;! r5=0x80010 sr=0x0103
        .word   0x1803                                  ; rpt #4 { rrax.a r5
        .word   0x1145
e_rpt4_rrax_a:
        ;= r5=0xf8001 c=0 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_REG pc=e_rpt4_rrax_a

; rpt r6 { rrux.a r5: count r6[3:0]+1 = 4
t_rptr_rrux_a:
        ;! r5=0xfffff r6=0x000f3 sr=0x0001
        .word   0x1986                                  ; rpt r6 { rrux.a r5
        .word   0x1045
e_rptr_rrux_a:
        ;= r5=0x0ffff r6=0x000f3 c=1 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_REG pc=e_rptr_rrux_a

; rpt #2 { rrcx.w r5 with C=1: C enters twice through the chain
t_rpt2_rrcx_w:
        ;! r5=0x00002 sr=0x0001
        .word   0x1841                                  ; rpt #2 { rrcx.w r5
        .word   0x1005
e_rpt2_rrcx_w:
        ;= r5=0x04000 c=1 z=0 n=0 v=0 cycles=3 cell=X2_SHIFT_REG pc=e_rpt2_rrcx_w

; rpt #16 { rrux.a r7
t_rpt16_rrux_a:
        ;! r7=0xfffff sr=0x0001
        .word   0x190f                                  ; rpt #16 { rrux.a r7
        .word   0x1047
e_rpt16_rrux_a:
        ;= r7=0x0000f c=1 z=0 n=0 v=0 cycles=17 cell=X2_SHIFT_REG pc=e_rpt16_rrux_a

; rpt #3 { rrcx.b r8 (C=1)
t_rpt3_rrcx_b:
        ;! r8=0x12305 sr=0x0001
        .word   0x1842                                  ; rpt #3 { rrcx.b r8
        .word   0x1048
e_rpt3_rrcx_b:
        ;= r8=0x00060 c=1 z=0 n=0 v=0 cycles=4 cell=X2_SHIFT_REG pc=e_rpt3_rrcx_b

; rpt #3 { rrux.w r9 with C=1: zeros shift in
t_rpt3_rrux_w:
        ;! r9=0x28001 sr=0x0001
        .word   0x1942                                  ; rpt #3 { rrux.w r9
        .word   0x1009
e_rpt3_rrux_w:
        ;= r9=0x01000 c=0 z=0 n=0 v=0 cycles=4 cell=X2_SHIFT_REG pc=e_rpt3_rrux_w

; rpt r10 { rrax.b r11: r10[3:0] = 7 -> 8 times
t_rptr_rrax_b:
        ;! r10=0x00017 r11=0x00080 sr=0x0102
        .word   0x18ca                                  ; rpt r10 { rrax.b r11
        .word   0x114b
e_rptr_rrax_b:
        ;= r10=0x00017 r11=0x000ff c=1 z=0 n=1 v=0 cycles=9 cell=X2_SHIFT_REG pc=e_rptr_rrax_b

; rpt #2 { swpbx.w r12: two swaps
t_rpt2_swpbx_w:
        ;! r12=0x31234 sr=0x0105
        .word   0x1841                                  ; rpt #2 { swpbx.w r12
        .word   0x108c
e_rpt2_swpbx_w:
        ;= r12=0x01234 c=1 z=0 n=1 v=1 cycles=3 cell=X2_SHIFT_REG pc=e_rpt2_swpbx_w

; rrcx.a, @Rn operand (C=0)
t_rrcx_a_ind:
        ;! r4=0x20000 sr=0x0106 [0x20000]=0x1 [0x20002]=0xfff8
        .word   0x1800                                  ; rrcx.a @r4
        .word   0x1064
e_rrcx_a_ind:
        ;= r4=0x20000 [0x20000]=0x0000 [0x20002]=0x0004 c=1 z=0 n=0 v=0 cycles=6 cell=X2_SHIFT_IND_A pc=e_rrcx_a_ind

; rrcx.a, @Rn+ operand (C=1)
t_rrcx_a_inc:
        ;! r5=0x20100 sr=0x0103 [0x20100]=0x2 [0x20102]=0xfff0
        .word   0x1800                                  ; rrcx.a @r5+
        .word   0x1075
e_rrcx_a_inc:
        ;= r5=0x20104 [0x20100]=0x0001 [0x20102]=0x0008 c=0 z=0 n=1 v=0 cycles=6 cell=X2_SHIFT_INC_A pc=e_rrcx_a_inc

; rrcx.a, X(Rn) operand (C=0)
t_rrcx_a_x:
        ;! r6=0x20434 sr=0x0106 [0x20200]=0xff7f [0x20202]=0xffff
        .word   0x1f80                                  ; rrcx.a -564(r6)
        .word   0x1056
        .word   0xfdcc
e_rrcx_a_x:
        ;= r6=0x20434 [0x20200]=0xffbf [0x20202]=0x0007 c=1 z=0 n=0 v=0 cycles=7 cell=X2_SHIFT_IDX_A pc=e_rrcx_a_x

; rrcx.a, EDE operand (C=1)
t_rrcx_a_sym:
        ;! sr=0x0103 [d_rrcx_a_sym]=0xff80 [d_rrcx_a_sym+2]=0xfff7
        .word   0x1800 | ((((d_rrcx_a_sym - (. + 4)) >> 16) & 0xf) << 7) ; rrcx.a d_rrcx_a_sym
        .word   0x1050
        .word   ((d_rrcx_a_sym - .) & 0xffff)
e_rrcx_a_sym:
        ;= [d_rrcx_a_sym]=0xffc0 [d_rrcx_a_sym+2]=0x000b c=0 z=0 n=1 v=0 cycles=7 cell=X2_SHIFT_SYM_A pc=e_rrcx_a_sym
d_rrcx_a_sym:
        .word   0, 0

; rrcx.a, &abs20 operand (C=0)
t_rrcx_a_abs:
        ;! sr=0x0106 [0x20400]=0x81 [0x20402]=0xfff0
        .word   0x1900                                  ; rrcx.a &0x20400
        .word   0x1052
        .word   0x0400
e_rrcx_a_abs:
        ;= [0x20400]=0x0040 [0x20402]=0x0000 c=1 z=0 n=0 v=0 cycles=7 cell=X2_SHIFT_ABS_A pc=e_rrcx_a_abs

; rrcx.w, @Rn operand (C=1)
t_rrcx_w_ind:
        ;! r9=0x20500 sr=0x0103 [0x20500]=0x2345 [0x20502]=0x5a5a
        .word   0x1840                                  ; rrcx.w @r9
        .word   0x1029
e_rrcx_w_ind:
        ;= r9=0x20500 [0x20500]=0x91a2 [0x20502]=0x5a5a c=1 z=0 n=1 v=0 cycles=4 cell=X2_SHIFT_IND_W pc=e_rrcx_w_ind

; rrcx.w, @Rn+ operand (C=0)
t_rrcx_w_inc:
        ;! r10=0x20600 sr=0x0106 [0x20600]=0xf [0x20602]=0x5a5a
        .word   0x1840                                  ; rrcx.w @r10+
        .word   0x103a
e_rrcx_w_inc:
        ;= r10=0x20602 [0x20600]=0x0007 [0x20602]=0x5a5a c=1 z=0 n=0 v=0 cycles=4 cell=X2_SHIFT_INC_W pc=e_rrcx_w_inc

; rrcx.w, X(Rn) operand (C=1)
t_rrcx_w_x:
        ;! r11=0x0f4cc sr=0x0103 [0x20700]=0x1 [0x20702]=0x5a5a
        .word   0x18c0                                  ; rrcx.w 0x11234(r11)
        .word   0x101b
        .word   0x1234
e_rrcx_w_x:
        ;= r11=0x0f4cc [0x20700]=0x8000 [0x20702]=0x5a5a c=1 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_IDX_W pc=e_rrcx_w_x

; rrcx.w, EDE operand (C=0)
t_rrcx_w_sym:
        ;! sr=0x0106 [d_rrcx_w_sym]=0x5a5a [d_rrcx_w_sym+2]=0x5a5a
        .word   0x1840 | ((((d_rrcx_w_sym - (. + 4)) >> 16) & 0xf) << 7) ; rrcx.w d_rrcx_w_sym
        .word   0x1010
        .word   ((d_rrcx_w_sym - .) & 0xffff)
e_rrcx_w_sym:
        ;= [d_rrcx_w_sym]=0x2d2d [d_rrcx_w_sym+2]=0x5a5a c=0 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_SYM_W pc=e_rrcx_w_sym
d_rrcx_w_sym:
        .word   0, 0

; rrcx.w, &abs20 operand (C=1)
t_rrcx_w_abs:
        ;! sr=0x0103 [0x20900]=0x0 [0x20902]=0x5a5a
        .word   0x1940                                  ; rrcx.w &0x20900
        .word   0x1012
        .word   0x0900
e_rrcx_w_abs:
        ;= [0x20900]=0x8000 [0x20902]=0x5a5a c=0 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_ABS_W pc=e_rrcx_w_abs

; rrcx.b, @Rn operand (C=0)
t_rrcx_b_ind:
        ;! r14=0x20a00 sr=0x0104 [0x20a00]=0xc300
        .word   0x1840                                  ; rrcx.b @r14
        .word   0x106e
e_rrcx_b_ind:
        ;= r14=0x20a00 [0x20a00]=0xc300 c=0 z=1 n=0 v=0 cycles=4 cell=X2_SHIFT_IND_W pc=e_rrcx_b_ind

; rrcx.b, @Rn+ operand (C=1)
t_rrcx_b_inc:
        ;! r15=0x20b01 sr=0x0103 [0x20b00]=0x1c3
        .word   0x1840                                  ; rrcx.b @r15+
        .word   0x107f
e_rrcx_b_inc:
        ;= r15=0x20b02 [0x20b00]=0x80c3 c=1 z=0 n=1 v=0 cycles=4 cell=X2_SHIFT_INC_W pc=e_rrcx_b_inc

; rrcx.b, X(Rn) operand (C=0)
t_rrcx_b_x:
        ;! r4=0x20e34 sr=0x0106 [0x20c00]=0xc302
        .word   0x1fc0                                  ; rrcx.b -564(r4)
        .word   0x1054
        .word   0xfdcc
e_rrcx_b_x:
        ;= r4=0x20e34 [0x20c00]=0xc301 c=0 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_IDX_W pc=e_rrcx_b_x

; rrcx.b, EDE operand (C=1)
t_rrcx_b_sym:
        ;! sr=0x0103 [d_rrcx_b_sym]=0xc37f
        .word   0x1840 | ((((d_rrcx_b_sym - (. + 4)) >> 16) & 0xf) << 7) ; rrcx.b d_rrcx_b_sym
        .word   0x1050
        .word   ((d_rrcx_b_sym - .) & 0xffff)
e_rrcx_b_sym:
        ;= [d_rrcx_b_sym]=0xc3bf c=1 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_SYM_W pc=e_rrcx_b_sym
d_rrcx_b_sym:
        .word   0

; rrcx.b, &abs20 operand (C=0)
t_rrcx_b_abs:
        ;! sr=0x0106 [0x20e00]=0xc380
        .word   0x1940                                  ; rrcx.b &0x20e00
        .word   0x1052
        .word   0x0e00
e_rrcx_b_abs:
        ;= [0x20e00]=0xc340 c=0 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_ABS_W pc=e_rrcx_b_abs

; rrax.a, @Rn operand
t_rrax_a_ind:
        ;! r7=0x20f00 sr=0x0106 [0x20f00]=0x81 [0x20f02]=0xfff0
        .word   0x1800                                  ; rrax.a @r7
        .word   0x1167
e_rrax_a_ind:
        ;= r7=0x20f00 [0x20f00]=0x0040 [0x20f02]=0x0000 c=1 z=0 n=0 v=0 cycles=6 cell=X2_SHIFT_IND_A pc=e_rrax_a_ind

; rrax.a, @Rn+ operand
t_rrax_a_inc:
        ;! r8=0x21000 sr=0x0106 [0x21000]=0x2345 [0x21002]=0xfff1
        .word   0x1800                                  ; rrax.a @r8+
        .word   0x1178
e_rrax_a_inc:
        ;= r8=0x21004 [0x21000]=0x91a2 [0x21002]=0x0000 c=1 z=0 n=0 v=0 cycles=6 cell=X2_SHIFT_INC_A pc=e_rrax_a_inc

; rrax.a, X(Rn) operand
t_rrax_a_x:
        ;! r9=0x0ec98 sr=0x0102 [0x21100]=0xf [0x21102]=0xfff8
        .word   0x1880                                  ; rrax.a 0x12468(r9)
        .word   0x1159
        .word   0x2468
e_rrax_a_x:
        ;= r9=0x0ec98 [0x21100]=0x0007 [0x21102]=0x000c c=1 z=0 n=1 v=0 cycles=7 cell=X2_SHIFT_IDX_A pc=e_rrax_a_x

; rrax.a, EDE operand
t_rrax_a_sym:
        ;! sr=0x0104 [d_rrax_a_sym]=0x1 [d_rrax_a_sym+2]=0xfff0
        .word   0x1800 | ((((d_rrax_a_sym - (. + 4)) >> 16) & 0xf) << 7) ; rrax.a d_rrax_a_sym
        .word   0x1150
        .word   ((d_rrax_a_sym - .) & 0xffff)
e_rrax_a_sym:
        ;= [d_rrax_a_sym]=0x0000 [d_rrax_a_sym+2]=0x0000 c=1 z=1 n=0 v=0 cycles=7 cell=X2_SHIFT_SYM_A pc=e_rrax_a_sym
d_rrax_a_sym:
        .word   0, 0

; rrax.a, &abs20 operand
t_rrax_a_abs:
        ;! sr=0x0103 [0x21300]=0x5a5a [0x21302]=0xfffa
        .word   0x1900                                  ; rrax.a &0x21300
        .word   0x1152
        .word   0x1300
e_rrax_a_abs:
        ;= [0x21300]=0x2d2d [0x21302]=0x000d c=0 z=0 n=1 v=0 cycles=7 cell=X2_SHIFT_ABS_A pc=e_rrax_a_abs

; rrax.w, @Rn operand
t_rrax_w_ind:
        ;! r12=0x21400 sr=0x0105 [0x21400]=0x0 [0x21402]=0x5a5a
        .word   0x1840                                  ; rrax.w @r12
        .word   0x112c
e_rrax_w_ind:
        ;= r12=0x21400 [0x21400]=0x0000 [0x21402]=0x5a5a c=0 z=1 n=0 v=0 cycles=4 cell=X2_SHIFT_IND_W pc=e_rrax_w_ind

; rrax.w, @Rn+ operand
t_rrax_w_inc:
        ;! r13=0x21500 sr=0x0103 [0x21500]=0xff00 [0x21502]=0x5a5a
        .word   0x1840                                  ; rrax.w @r13+
        .word   0x113d
e_rrax_w_inc:
        ;= r13=0x21502 [0x21500]=0xff80 [0x21502]=0x5a5a c=0 z=0 n=1 v=0 cycles=4 cell=X2_SHIFT_INC_W pc=e_rrax_w_inc

; rrax.w, X(Rn) operand
t_rrax_w_x:
        ;! r14=0x21834 sr=0x0104 [0x21600]=0x1 [0x21602]=0x5a5a
        .word   0x1fc0                                  ; rrax.w -564(r14)
        .word   0x111e
        .word   0xfdcc
e_rrax_w_x:
        ;= r14=0x21834 [0x21600]=0x0000 [0x21602]=0x5a5a c=1 z=1 n=0 v=0 cycles=5 cell=X2_SHIFT_IDX_W pc=e_rrax_w_x

; rrax.w, EDE operand
t_rrax_w_sym:
        ;! sr=0x0107 [d_rrax_w_sym]=0x2 [d_rrax_w_sym+2]=0x5a5a
        .word   0x1840 | ((((d_rrax_w_sym - (. + 4)) >> 16) & 0xf) << 7) ; rrax.w d_rrax_w_sym
        .word   0x1110
        .word   ((d_rrax_w_sym - .) & 0xffff)
e_rrax_w_sym:
        ;= [d_rrax_w_sym]=0x0001 [d_rrax_w_sym+2]=0x5a5a c=0 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_SYM_W pc=e_rrax_w_sym
d_rrax_w_sym:
        .word   0, 0

; rrax.w, &abs20 operand
t_rrax_w_abs:
        ;! sr=0x0102 [0x21800]=0xff7f [0x21802]=0x5a5a
        .word   0x1940                                  ; rrax.w &0x21800
        .word   0x1112
        .word   0x1800
e_rrax_w_abs:
        ;= [0x21800]=0xffbf [0x21802]=0x5a5a c=1 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_ABS_W pc=e_rrax_w_abs

; rrax.b, @Rn operand
t_rrax_b_ind:
        ;! r5=0x21901 sr=0x0103 [0x21900]=0x80c3
        .word   0x1840                                  ; rrax.b @r5
        .word   0x1165
e_rrax_b_ind:
        ;= r5=0x21901 [0x21900]=0xc0c3 c=0 z=0 n=1 v=0 cycles=4 cell=X2_SHIFT_IND_W pc=e_rrax_b_ind

; rrax.b, @Rn+ operand
t_rrax_b_inc:
        ;! r6=0x21a00 sr=0x0102 [0x21a00]=0xc381
        .word   0x1840                                  ; rrax.b @r6+
        .word   0x1176
e_rrax_b_inc:
        ;= r6=0x21a01 [0x21a00]=0xc3c0 c=1 z=0 n=1 v=0 cycles=4 cell=X2_SHIFT_INC_W pc=e_rrax_b_inc

; rrax.b, X(Rn) operand
t_rrax_b_x:
        ;! r7=0x11b01 sr=0x0106 [0x21b00]=0x45c3
        .word   0x18c0                                  ; rrax.b 0x10000(r7)
        .word   0x1157
        .word   0x0000
e_rrax_b_x:
        ;= r7=0x11b01 [0x21b00]=0x22c3 c=1 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_IDX_W pc=e_rrax_b_x

; rrax.b, EDE operand
t_rrax_b_sym:
        ;! sr=0x0106 [d_rrax_b_sym]=0xc30f
        .word   0x1840 | ((((d_rrax_b_sym - (. + 4)) >> 16) & 0xf) << 7) ; rrax.b d_rrax_b_sym
        .word   0x1150
        .word   ((d_rrax_b_sym - .) & 0xffff)
e_rrax_b_sym:
        ;= [d_rrax_b_sym]=0xc307 c=1 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_SYM_W pc=e_rrax_b_sym
d_rrax_b_sym:
        .word   0

; rrax.b, &abs20 operand
t_rrax_b_abs:
        ;! sr=0x0104 [0x21d00]=0x1c3
        .word   0x1940                                  ; rrax.b &0x21d01
        .word   0x1152
        .word   0x1d01
e_rrax_b_abs:
        ;= [0x21d00]=0x00c3 c=1 z=1 n=0 v=0 cycles=5 cell=X2_SHIFT_ABS_W pc=e_rrax_b_abs

; swpbx.a, @Rn operand
t_swpbx_a_ind:
        ;! r10=0x21e00 sr=0x0105 [0x21e00]=0x5a5a [0x21e02]=0xfffa
        .word   0x1800                                  ; swpbx.a @r10
        .word   0x10aa
e_swpbx_a_ind:
        ;= r10=0x21e00 [0x21e00]=0x5a5a [0x21e02]=0x000a c=1 z=0 n=1 v=1 cycles=6 cell=X2_SHIFT_IND_A pc=e_swpbx_a_ind

; swpbx.a, @Rn+ operand
t_swpbx_a_inc:
        ;! r11=0x21f00 sr=0x0105 [0x21f00]=0x0 [0x21f02]=0xfff4
        .word   0x1800                                  ; swpbx.a @r11+
        .word   0x10bb
e_swpbx_a_inc:
        ;= r11=0x21f04 [0x21f00]=0x0000 [0x21f02]=0x0004 c=1 z=0 n=1 v=1 cycles=6 cell=X2_SHIFT_INC_A pc=e_swpbx_a_inc

; swpbx.a, X(Rn) operand
t_swpbx_a_x:
        ;! r12=0x22234 sr=0x0105 [0x22000]=0xff00 [0x22002]=0xfff0
        .word   0x1f80                                  ; swpbx.a -564(r12)
        .word   0x109c
        .word   0xfdcc
e_swpbx_a_x:
        ;= r12=0x22234 [0x22000]=0x00ff [0x22002]=0x0000 c=1 z=0 n=1 v=1 cycles=7 cell=X2_SHIFT_IDX_A pc=e_swpbx_a_x

; swpbx.a, EDE operand
t_swpbx_a_sym:
        ;! sr=0x0105 [d_swpbx_a_sym]=0x1 [d_swpbx_a_sym+2]=0xfff8
        .word   0x1800 | ((((d_swpbx_a_sym - (. + 4)) >> 16) & 0xf) << 7) ; swpbx.a d_swpbx_a_sym
        .word   0x1090
        .word   ((d_swpbx_a_sym - .) & 0xffff)
e_swpbx_a_sym:
        ;= [d_swpbx_a_sym]=0x0100 [d_swpbx_a_sym+2]=0x0008 c=1 z=0 n=1 v=1 cycles=7 cell=X2_SHIFT_SYM_A pc=e_swpbx_a_sym
d_swpbx_a_sym:
        .word   0, 0

; swpbx.a, &abs20 operand
t_swpbx_a_abs:
        ;! sr=0x0105 [0x22200]=0x2 [0x22202]=0xfff0
        .word   0x1900                                  ; swpbx.a &0x22200
        .word   0x1092
        .word   0x2200
e_swpbx_a_abs:
        ;= [0x22200]=0x0200 [0x22202]=0x0000 c=1 z=0 n=1 v=1 cycles=7 cell=X2_SHIFT_ABS_A pc=e_swpbx_a_abs

; swpbx.w, @Rn operand
t_swpbx_w_ind:
        ;! r15=0x22300 sr=0x0105 [0x22300]=0xff7f [0x22302]=0x5a5a
        .word   0x1840                                  ; swpbx.w @r15
        .word   0x10af
e_swpbx_w_ind:
        ;= r15=0x22300 [0x22300]=0x7fff [0x22302]=0x5a5a c=1 z=0 n=1 v=1 cycles=4 cell=X2_SHIFT_IND_W pc=e_swpbx_w_ind

; swpbx.w, @Rn+ operand
t_swpbx_w_inc:
        ;! r4=0x22400 sr=0x0105 [0x22400]=0xff80 [0x22402]=0x5a5a
        .word   0x1840                                  ; swpbx.w @r4+
        .word   0x10b4
e_swpbx_w_inc:
        ;= r4=0x22402 [0x22400]=0x80ff [0x22402]=0x5a5a c=1 z=0 n=1 v=1 cycles=4 cell=X2_SHIFT_INC_W pc=e_swpbx_w_inc

; swpbx.w, X(Rn) operand
t_swpbx_w_x:
        ;! r5=0x112cc sr=0x0105 [0x22500]=0x81 [0x22502]=0x5a5a
        .word   0x18c0                                  ; swpbx.w 0x11234(r5)
        .word   0x1095
        .word   0x1234
e_swpbx_w_x:
        ;= r5=0x112cc [0x22500]=0x8100 [0x22502]=0x5a5a c=1 z=0 n=1 v=1 cycles=5 cell=X2_SHIFT_IDX_W pc=e_swpbx_w_x

; swpbx.w, EDE operand
t_swpbx_w_sym:
        ;! sr=0x0105 [d_swpbx_w_sym]=0x2345 [d_swpbx_w_sym+2]=0x5a5a
        .word   0x1840 | ((((d_swpbx_w_sym - (. + 4)) >> 16) & 0xf) << 7) ; swpbx.w d_swpbx_w_sym
        .word   0x1090
        .word   ((d_swpbx_w_sym - .) & 0xffff)
e_swpbx_w_sym:
        ;= [d_swpbx_w_sym]=0x4523 [d_swpbx_w_sym+2]=0x5a5a c=1 z=0 n=1 v=1 cycles=5 cell=X2_SHIFT_SYM_W pc=e_swpbx_w_sym
d_swpbx_w_sym:
        .word   0, 0

; swpbx.w, &abs20 operand
t_swpbx_w_abs:
        ;! sr=0x0105 [0x22700]=0xf [0x22702]=0x5a5a
        .word   0x1940                                  ; swpbx.w &0x22700
        .word   0x1092
        .word   0x2700
e_swpbx_w_abs:
        ;= [0x22700]=0x0f00 [0x22702]=0x5a5a c=1 z=0 n=1 v=1 cycles=5 cell=X2_SHIFT_ABS_W pc=e_swpbx_w_abs

; sxtx.a, @Rn operand
t_sxtx_a_ind:
        ;! r8=0x22800 sr=0x0106 [0x22800]=0x1 [0x22802]=0xfff0
        .word   0x1800                                  ; sxtx.a @r8
        .word   0x11a8
e_sxtx_a_ind:
        ;= r8=0x22800 [0x22800]=0x0001 [0x22802]=0x0000 c=1 z=0 n=0 v=0 cycles=6 cell=X2_SHIFT_IND_A pc=e_sxtx_a_ind

; sxtx.a, @Rn+ operand
t_sxtx_a_inc:
        ;! r9=0x22900 sr=0x0106 [0x22900]=0x5a5a [0x22902]=0xfffa
        .word   0x1800                                  ; sxtx.a @r9+
        .word   0x11b9
e_sxtx_a_inc:
        ;= r9=0x22904 [0x22900]=0x005a [0x22902]=0x0000 c=1 z=0 n=0 v=0 cycles=6 cell=X2_SHIFT_INC_A pc=e_sxtx_a_inc

; sxtx.a, X(Rn) operand
t_sxtx_a_x:
        ;! r10=0x22c34 sr=0x0105 [0x22a00]=0x0 [0x22a02]=0xfff4
        .word   0x1f80                                  ; sxtx.a -564(r10)
        .word   0x119a
        .word   0xfdcc
e_sxtx_a_x:
        ;= r10=0x22c34 [0x22a00]=0x0000 [0x22a02]=0x0000 c=0 z=1 n=0 v=0 cycles=7 cell=X2_SHIFT_IDX_A pc=e_sxtx_a_x

; sxtx.a, EDE operand
t_sxtx_a_sym:
        ;! sr=0x0105 [d_sxtx_a_sym]=0xff00 [d_sxtx_a_sym+2]=0xfff0
        .word   0x1800 | ((((d_sxtx_a_sym - (. + 4)) >> 16) & 0xf) << 7) ; sxtx.a d_sxtx_a_sym
        .word   0x1190
        .word   ((d_sxtx_a_sym - .) & 0xffff)
e_sxtx_a_sym:
        ;= [d_sxtx_a_sym]=0x0000 [d_sxtx_a_sym+2]=0x0000 c=0 z=1 n=0 v=0 cycles=7 cell=X2_SHIFT_SYM_A pc=e_sxtx_a_sym
d_sxtx_a_sym:
        .word   0, 0

; sxtx.a, &abs20 operand
t_sxtx_a_abs:
        ;! sr=0x0106 [0x22c00]=0x1 [0x22c02]=0xfff8
        .word   0x1900                                  ; sxtx.a &0x22c00
        .word   0x1192
        .word   0x2c00
e_sxtx_a_abs:
        ;= [0x22c00]=0x0001 [0x22c02]=0x0000 c=1 z=0 n=0 v=0 cycles=7 cell=X2_SHIFT_ABS_A pc=e_sxtx_a_abs

; sxtx.w, @Rn operand
t_sxtx_w_ind:
        ;! r13=0x22d00 sr=0x0106 [0x22d00]=0x2 [0x22d02]=0x5a5a
        .word   0x1840                                  ; sxtx.w @r13
        .word   0x11ad
e_sxtx_w_ind:
        ;= r13=0x22d00 [0x22d00]=0x0002 [0x22d02]=0x5a5a c=1 z=0 n=0 v=0 cycles=4 cell=X2_SHIFT_IND_W pc=e_sxtx_w_ind

; sxtx.w, @Rn+ operand
t_sxtx_w_inc:
        ;! r14=0x22e00 sr=0x0106 [0x22e00]=0xff7f [0x22e02]=0x5a5a
        .word   0x1840                                  ; sxtx.w @r14+
        .word   0x11be
e_sxtx_w_inc:
        ;= r14=0x22e02 [0x22e00]=0x007f [0x22e02]=0x5a5a c=1 z=0 n=0 v=0 cycles=4 cell=X2_SHIFT_INC_W pc=e_sxtx_w_inc

; sxtx.w, X(Rn) operand
t_sxtx_w_x:
        ;! r15=0x10a98 sr=0x0102 [0x22f00]=0xff80 [0x22f02]=0x5a5a
        .word   0x18c0                                  ; sxtx.w 0x12468(r15)
        .word   0x119f
        .word   0x2468
e_sxtx_w_x:
        ;= r15=0x10a98 [0x22f00]=0xff80 [0x22f02]=0x5a5a c=1 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_IDX_W pc=e_sxtx_w_x

; sxtx.w, EDE operand
t_sxtx_w_sym:
        ;! sr=0x0102 [d_sxtx_w_sym]=0x81 [d_sxtx_w_sym+2]=0x5a5a
        .word   0x1840 | ((((d_sxtx_w_sym - (. + 4)) >> 16) & 0xf) << 7) ; sxtx.w d_sxtx_w_sym
        .word   0x1190
        .word   ((d_sxtx_w_sym - .) & 0xffff)
e_sxtx_w_sym:
        ;= [d_sxtx_w_sym]=0xff81 [d_sxtx_w_sym+2]=0x5a5a c=1 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_SYM_W pc=e_sxtx_w_sym
d_sxtx_w_sym:
        .word   0, 0

; sxtx.w, &abs20 operand
t_sxtx_w_abs:
        ;! sr=0x0106 [0x23100]=0x2345 [0x23102]=0x5a5a
        .word   0x1940                                  ; sxtx.w &0x23100
        .word   0x1192
        .word   0x3100
e_sxtx_w_abs:
        ;= [0x23100]=0x0045 [0x23102]=0x5a5a c=1 z=0 n=0 v=0 cycles=5 cell=X2_SHIFT_ABS_W pc=e_sxtx_w_abs

; sxtx.a &0x2b000 with bit 7 clear
t_sxtx_a_abs_pos:
        ;! sr=0x0106 [0x2b000]=0xff7f [0x2b002]=0x5
        .word   0x1900                                  ; sxtx.a &0x2b000
        .word   0x1192
        .word   0xb000
e_sxtx_a_abs_pos:
        ;= [0x2b000]=0x007f [0x2b002]=0x0000 c=1 z=0 n=0 v=0 cycles=7 cell=X2_SHIFT_ABS_A pc=e_sxtx_a_abs_pos

; sxtx.w EDE: memory .W extends into bits 15:8 only
t_sxtx_w_sym_hi:
        ;! sr=0x0102 [d_sxtx_w_sym_hi]=0x80 [d_sxtx_w_sym_hi+2]=0x1234
        .word   0x1840 | ((((d_sxtx_w_sym_hi - (. + 4)) >> 16) & 0xf) << 7) ; sxtx.w d_sxtx_w_sym_hi
        .word   0x1190
        .word   ((d_sxtx_w_sym_hi - .) & 0xffff)
e_sxtx_w_sym_hi:
        ;= [d_sxtx_w_sym_hi]=0xff80 [d_sxtx_w_sym_hi+2]=0x1234 c=1 z=0 n=1 v=0 cycles=5 cell=X2_SHIFT_SYM_W pc=e_sxtx_w_sym_hi
d_sxtx_w_sym_hi:
        .word   0, 0

; swpbx.w 2(sp)
t_swpbx_w_idx_sp:
        ;! sp=0x03b00 sr=0x0105 [0x03b02]=0x12ab
        .word   0x1840                                  ; swpbx.w 0x2(sp)
        .word   0x1091
        .word   0x0002
e_swpbx_w_idx_sp:
        ;= sp=0x03b00 [0x03b02]=0xab12 c=1 z=0 n=1 v=1 cycles=5 cell=X2_SHIFT_IDX_W pc=e_swpbx_w_idx_sp

; pushx.a r5: bits 19:16 in the higher word
t_pushx_a_r:
        ;! r5=0x12345 sr=0x0107
        .word   0x1800                                  ; pushx.a r5
        .word   0x1245
e_pushx_a_r:
        ;= sp=0x03bfc [0x3bfc]=0x2345 [0x3bfe]=0x0001 r5=0x12345 c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHXA_REG pc=e_pushx_a_r

; pushx.w r5
t_pushx_w_r:
        ;! r5=0x12345 sr=0x0107
        .word   0x1840                                  ; pushx.w r5
        .word   0x1205
e_pushx_w_r:
        ;= sp=0x03bfe [0x3bfe]=0x2345 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_REG pc=e_pushx_w_r

; pushx.b r6
t_pushx_b_r:
        ;! r6=0x123a5 sr=0x0107
        .word   0x1840                                  ; pushx.b r6
        .word   0x1246
e_pushx_b_r:
        ;= sp=0x03bfe [0x3bfe].b=0xa5 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_REG pc=e_pushx_b_r

; pushx.a #-1: constant generator, 0xfffff
t_pushx_a_cgm1:
        ;! sr=0x0107
        .word   0x1800                                  ; pushx.a #-1
        .word   0x1273
e_pushx_a_cgm1:
        ;= sp=0x03bfc [0x3bfc]=0xffff [0x3bfe]=0x000f c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHXA_REG pc=e_pushx_a_cgm1

; pushx.a #0xabcde: immediate bits 19:16 from the extension word
t_pushx_a_imm:
        ;! sr=0x0107
        .word   0x1d00                                  ; pushx.a #0xabcde
        .word   0x1270
        .word   0xbcde
e_pushx_a_imm:
        ;= sp=0x03bfc [0x3bfc]=0xbcde [0x3bfe]=0x000a c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHXA_IMM pc=e_pushx_a_imm

; pushx.w #0x1234
t_pushx_w_imm:
        ;! sr=0x0107
        .word   0x1840                                  ; pushx.w #0x1234
        .word   0x1230
        .word   0x1234
e_pushx_w_imm:
        ;= sp=0x03bfe [0x3bfe]=0x1234 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_IMM pc=e_pushx_w_imm

; pushx.b #0x5a
t_pushx_b_imm:
        ;! sr=0x0107
        .word   0x1840                                  ; pushx.b #0x5a
        .word   0x1270
        .word   0x005a
e_pushx_b_imm:
        ;= sp=0x03bfe [0x3bfe].b=0x5a c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_IMM pc=e_pushx_b_imm

; pushx.a @r4: bits 15:4 of the high source word ignored
t_pushx_a_ind:
        ;! r4=0x20000 [0x20000]=0x5678 [0x20002]=0xfff9 sr=0x0107
        .word   0x1800                                  ; pushx.a @r4
        .word   0x1264
e_pushx_a_ind:
        ;= sp=0x03bfc [0x3bfc]=0x5678 [0x3bfe]=0x0009 r4=0x20000 c=1 z=1 n=1 v=1 cycles=6 cell=X2_PUSHXA_IND pc=e_pushx_a_ind

; pushx.a @r4+: steps by 4
t_pushx_a_inc:
        ;! r4=0x20000 [0x20000]=0xcafe [0x20002]=0x0003 sr=0x0107
        .word   0x1800                                  ; pushx.a @r4+
        .word   0x1274
e_pushx_a_inc:
        ;= sp=0x03bfc [0x3bfc]=0xcafe [0x3bfe]=0x0003 r4=0x20004 c=1 z=1 n=1 v=1 cycles=6 cell=X2_PUSHXA_INC pc=e_pushx_a_inc

; pushx.a 0x10000(r7)
t_pushx_a_idx:
        ;! r7=0x12000 [0x22000].a=0x7beef sr=0x0107
        .word   0x1880                                  ; pushx.a 0x10000(r7)
        .word   0x1257
        .word   0x0000
e_pushx_a_idx:
        ;= sp=0x03bfc [0x3bfc]=0xbeef [0x3bfe]=0x0007 c=1 z=1 n=1 v=1 cycles=7 cell=X2_PUSHXA_IDX pc=e_pushx_a_idx

; pushx.a 4(sp): address from SP before the push
t_pushx_a_idx_sp:
        ;! [0x3b04].a=0x1f00d sp=0x3b00 sr=0x0107
        .word   0x1800                                  ; pushx.a 0x4(sp)
        .word   0x1251
        .word   0x0004
e_pushx_a_idx_sp:
        ;= sp=0x03afc [0x3afc]=0xf00d [0x3afe]=0x0001 c=1 z=1 n=1 v=1 cycles=8 cell=X2_PUSHXA_IDX_SP pc=e_pushx_a_idx_sp

; pushx.a EDE
t_pushx_a_sym:
        ;! [d_pushx_a_sym].a=0xedcba sr=0x0107
        .word   0x1800 | ((((d_pushx_a_sym - (. + 4)) >> 16) & 0xf) << 7) ; pushx.a d_pushx_a_sym
        .word   0x1250
        .word   ((d_pushx_a_sym - .) & 0xffff)
e_pushx_a_sym:
        ;= sp=0x03bfc [0x3bfc]=0xdcba [0x3bfe]=0x000e c=1 z=1 n=1 v=1 cycles=7 cell=X2_PUSHXA_SYM pc=e_pushx_a_sym
d_pushx_a_sym:
        .word   0, 0

; pushx.a &0x2a000
t_pushx_a_abs:
        ;! [0x2a000].a=0x54321 sr=0x0107
        .word   0x1900                                  ; pushx.a &0x2a000
        .word   0x1252
        .word   0xa000
e_pushx_a_abs:
        ;= sp=0x03bfc [0x3bfc]=0x4321 [0x3bfe]=0x0005 c=1 z=1 n=1 v=1 cycles=7 cell=X2_PUSHXA_ABS pc=e_pushx_a_abs

; pushx.w @r8
t_pushx_w_ind:
        ;! r8=0x21000 [0x21000]=0x8765 sr=0x0107
        .word   0x1840                                  ; pushx.w @r8
        .word   0x1228
e_pushx_w_ind:
        ;= sp=0x03bfe [0x3bfe]=0x8765 r8=0x21000 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_IND pc=e_pushx_w_ind

; pushx.w @r9+: steps by 2
t_pushx_w_inc:
        ;! r9=0x21000 [0x21000]=0x4321 sr=0x0107
        .word   0x1840                                  ; pushx.w @r9+
        .word   0x1239
e_pushx_w_inc:
        ;= sp=0x03bfe [0x3bfe]=0x4321 r9=0x21002 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_INC pc=e_pushx_w_inc

; pushx.b @r9+: steps by 1
t_pushx_b_inc:
        ;! r9=0x21001 [0x21000]=0x4321 sr=0x0107
        .word   0x1840                                  ; pushx.b @r9+
        .word   0x1279
e_pushx_b_inc:
        ;= sp=0x03bfe [0x3bfe].b=0x43 r9=0x21002 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_INC pc=e_pushx_b_inc

; pushx.w -2(r10)
t_pushx_w_idx:
        ;! r10=0x21002 [0x21000]=0x1357 sr=0x0107
        .word   0x1fc0                                  ; pushx.w -2(r10)
        .word   0x121a
        .word   0xfffe
e_pushx_w_idx:
        ;= sp=0x03bfe [0x3bfe]=0x1357 c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHX_IDX pc=e_pushx_w_idx

; pushx.w 2(sp)
t_pushx_w_idx_sp:
        ;! [0x3b02]=0x2468 sp=0x3b00 sr=0x0107
        .word   0x1840                                  ; pushx.w 0x2(sp)
        .word   0x1211
        .word   0x0002
e_pushx_w_idx_sp:
        ;= sp=0x03afe [0x3afe]=0x2468 c=1 z=1 n=1 v=1 cycles=6 cell=X2_PUSHX_IDX_SP pc=e_pushx_w_idx_sp

; pushx.w EDE
t_pushx_w_sym:
        ;! [d_pushx_w_sym]=0x9abc sr=0x0107
        .word   0x1840 | ((((d_pushx_w_sym - (. + 4)) >> 16) & 0xf) << 7) ; pushx.w d_pushx_w_sym
        .word   0x1210
        .word   ((d_pushx_w_sym - .) & 0xffff)
e_pushx_w_sym:
        ;= sp=0x03bfe [0x3bfe]=0x9abc c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHX_SYM pc=e_pushx_w_sym
d_pushx_w_sym:
        .word   0

; pushx.w &0x2b002
t_pushx_w_abs:
        ;! [0x2b002]=0xface sr=0x0107
        .word   0x1940                                  ; pushx.w &0x2b002
        .word   0x1212
        .word   0xb002
e_pushx_w_abs:
        ;= sp=0x03bfe [0x3bfe]=0xface c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHX_ABS pc=e_pushx_w_abs

; pushx.b &0x2b003: odd byte address
t_pushx_b_abs:
        ;! [0x2b002]=0xface sr=0x0107
        .word   0x1940                                  ; pushx.b &0x2b003
        .word   0x1252
        .word   0xb003
e_pushx_b_abs:
        ;= sp=0x03bfe [0x3bfe].b=0xfa c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHX_ABS pc=e_pushx_b_abs

; pushx.b @r11
t_pushx_b_ind:
        ;! r11=0x21001 [0x21000]=0x21f0 sr=0x0107
        .word   0x1840                                  ; pushx.b @r11
        .word   0x126b
e_pushx_b_ind:
        ;= sp=0x03bfe [0x3bfe].b=0x21 r11=0x21001 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_IND pc=e_pushx_b_ind

; pushx.b 0x10000(r12)
t_pushx_b_idx:
        ;! r12=0x11000 [0x21000]=0x21f0 sr=0x0107
        .word   0x18c0                                  ; pushx.b 0x10000(r12)
        .word   0x125c
        .word   0x0000
e_pushx_b_idx:
        ;= sp=0x03bfe [0x3bfe].b=0xf0 c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHX_IDX pc=e_pushx_b_idx

; pushx.b EDE
t_pushx_b_sym:
        ;! [d_pushx_b_sym]=0x9a9c sr=0x0107
        .word   0x1840 | ((((d_pushx_b_sym - (. + 4)) >> 16) & 0xf) << 7) ; pushx.b d_pushx_b_sym
        .word   0x1250
        .word   ((d_pushx_b_sym - .) & 0xffff)
e_pushx_b_sym:
        ;= sp=0x03bfe [0x3bfe].b=0x9c c=1 z=1 n=1 v=1 cycles=5 cell=X2_PUSHX_SYM pc=e_pushx_b_sym
d_pushx_b_sym:
        .word   0

; pushx.w #4: constant generator
t_pushx_w_cg4:
        ;! sr=0x0107
        .word   0x1840                                  ; pushx.w #4
        .word   0x1222
e_pushx_w_cg4:
        ;= sp=0x03bfe [0x3bfe]=0x0004 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHX_REG pc=e_pushx_w_cg4

; pushx.a 0(sp): the word pair on top of the stack duplicated
t_pushx_a_sp:
        ;! [0x3b00].a=0x3beef sp=0x3b00 sr=0x0107
        .word   0x1800                                  ; pushx.a 0x0(sp)
        .word   0x1251
        .word   0x0000
e_pushx_a_sp:
        ;= sp=0x03afc [0x3afc]=0xbeef [0x3afe]=0x0003 c=1 z=1 n=1 v=1 cycles=8 cell=X2_PUSHXA_IDX_SP pc=e_pushx_a_sp

; pushm.a #1, r10
t_pushm_a_1:
        ;! r10=0x12345 sr=0x0107
        .word   0x140a                                  ; pushm.a #1, r10
e_pushm_a_1:
        ;= sp=0x03bfc [0x3bfc]=0x2345 [0x3bfe]=0x0001 r10=0x12345 c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHM_A pc=e_pushm_a_1

; pushm.a #3, r10: r10 at the highest address, then r9, r8
t_pushm_a_3:
        ;! r8=0x18888 r9=0x90909 r10=0xa1010 sr=0x0107
        .word   0x142a                                  ; pushm.a #3, r10
e_pushm_a_3:
        ;= sp=0x03bf4 [0x3bfc]=0x1010 [0x3bfe]=0x000a [0x3bf8]=0x0909 [0x3bfa]=0x0009 [0x3bf4]=0x8888 [0x3bf6]=0x0001 r8=0x18888 r9=0x90909 r10=0xa1010 c=1 z=1 n=1 v=1 cycles=8 cell=X2_PUSHM_A pc=e_pushm_a_3

; pushm.a #12, r15: r15 .. r4
t_pushm_a_12:
        ;! r4=0x44444 r5=0x55555 r6=0x66666 r7=0x77777 r8=0x88888 r9=0x99999 r10=0xaaaaa r11=0xbbbbb r12=0xccccc r13=0xddddd r14=0xeeeee r15=0xfffff sr=0x0107
        .word   0x14bf                                  ; pushm.a #12, r15
e_pushm_a_12:
        ;= sp=0x03bd0 [0x3bfc]=0xffff [0x3bfe]=0x000f [0x3bf8]=0xeeee [0x3bfa]=0x000e [0x3bf4]=0xdddd [0x3bf6]=0x000d [0x3bf0]=0xcccc [0x3bf2]=0x000c [0x3bec]=0xbbbb [0x3bee]=0x000b [0x3be8]=0xaaaa [0x3bea]=0x000a [0x3be4]=0x9999 [0x3be6]=0x0009 [0x3be0]=0x8888 [0x3be2]=0x0008 [0x3bdc]=0x7777 [0x3bde]=0x0007 [0x3bd8]=0x6666 [0x3bda]=0x0006 [0x3bd4]=0x5555 [0x3bd6]=0x0005 [0x3bd0]=0x4444 [0x3bd2]=0x0004 r4=0x44444 r5=0x55555 r6=0x66666 r7=0x77777 r8=0x88888 r9=0x99999 r10=0xaaaaa r11=0xbbbbb r12=0xccccc r13=0xddddd r14=0xeeeee r15=0xfffff c=1 z=1 n=1 v=1 cycles=26 cell=X2_PUSHM_A pc=e_pushm_a_12

; pushm.w #1, r4: low 16 bits
t_pushm_w_1:
        ;! r4=0x12345 sr=0x0107
        .word   0x1504                                  ; pushm.w #1, r4
e_pushm_w_1:
        ;= sp=0x03bfe [0x3bfe]=0x2345 r4=0x12345 c=1 z=1 n=1 v=1 cycles=3 cell=X2_PUSHM_W pc=e_pushm_w_1

; pushm.w #2, r5
t_pushm_w_2:
        ;! r4=0x4bbbb r5=0x5aaaa sr=0x0107
        .word   0x1515                                  ; pushm.w #2, r5
e_pushm_w_2:
        ;= sp=0x03bfc [0x3bfe]=0xaaaa [0x3bfc]=0xbbbb r4=0x4bbbb r5=0x5aaaa c=1 z=1 n=1 v=1 cycles=4 cell=X2_PUSHM_W pc=e_pushm_w_2

; pushm.w #12, r15
t_pushm_w_12:
        ;! r4=0x44040 r5=0x55050 r6=0x66060 r7=0x77070 r8=0x88080 r9=0x99090 r10=0xaa0a0 r11=0xbb0b0 r12=0xcc0c0 r13=0xdd0d0 r14=0xee0e0 r15=0xff0f0 sr=0x0107
        .word   0x15bf                                  ; pushm.w #12, r15
e_pushm_w_12:
        ;= sp=0x03be8 [0x3bfe]=0xf0f0 [0x3bfc]=0xe0e0 [0x3bfa]=0xd0d0 [0x3bf8]=0xc0c0 [0x3bf6]=0xb0b0 [0x3bf4]=0xa0a0 [0x3bf2]=0x9090 [0x3bf0]=0x8080 [0x3bee]=0x7070 [0x3bec]=0x6060 [0x3bea]=0x5050 [0x3be8]=0x4040 r4=0x44040 r5=0x55050 r6=0x66060 r7=0x77070 r8=0x88080 r9=0x99090 r10=0xaa0a0 r11=0xbb0b0 r12=0xcc0c0 r13=0xdd0d0 r14=0xee0e0 r15=0xff0f0 c=1 z=1 n=1 v=1 cycles=14 cell=X2_PUSHM_W pc=e_pushm_w_12

; popm.a #1, r15: bits 15:4 of the high word ignored
t_popm_a_1:
        ;! sp=0x3bfc r15=0xfffff [0x3bfc]=0x2468 [0x3bfe]=0xfffa sr=0x0107
        .word   0x160f                                  ; popm.a #1, r15
e_popm_a_1:
        ;= sp=0x03c00 r15=0xa2468 c=1 z=1 n=1 v=1 cycles=4 cell=X2_POPM_A pc=e_popm_a_1

; popm.a #3, r10: r8 from the lowest address
t_popm_a_3:
        ;! sp=0x3bf4 r8=0xfffff r9=0xfffff r10=0xfffff [0x3bf4]=0x8888 [0x3bf6]=0x0001 [0x3bf8]=0x9999 [0x3bfa]=0x0002 [0x3bfc]=0xaaaa [0x3bfe]=0x0003 sr=0x0107
        .word   0x1628                                  ; popm.a #3, r10
e_popm_a_3:
        ;= sp=0x03c00 r8=0x18888 r9=0x29999 r10=0x3aaaa c=1 z=1 n=1 v=1 cycles=8 cell=X2_POPM_A pc=e_popm_a_3

; popm.a #12, r15: r4 .. r15
t_popm_a_12:
        ;! sp=0x3bd0 r4=0xfffff r5=0xfffff r6=0xfffff r7=0xfffff r8=0xfffff r9=0xfffff r10=0xfffff r11=0xfffff r12=0xfffff r13=0xfffff r14=0xfffff r15=0xfffff [0x3bd0]=0x4444 [0x3bd2]=0x0004 [0x3bd4]=0x5555 [0x3bd6]=0x0005 [0x3bd8]=0x6666 [0x3bda]=0x0006 [0x3bdc]=0x7777 [0x3bde]=0x0007 [0x3be0]=0x8888 [0x3be2]=0x0008 [0x3be4]=0x9999 [0x3be6]=0x0009 [0x3be8]=0xaaaa [0x3bea]=0x000a [0x3bec]=0xbbbb [0x3bee]=0x000b [0x3bf0]=0xcccc [0x3bf2]=0x000c [0x3bf4]=0xdddd [0x3bf6]=0x000d [0x3bf8]=0xeeee [0x3bfa]=0x000e [0x3bfc]=0xffff [0x3bfe]=0x000f sr=0x0107
        .word   0x16b4                                  ; popm.a #12, r15
e_popm_a_12:
        ;= sp=0x03c00 r4=0x44444 r5=0x55555 r6=0x66666 r7=0x77777 r8=0x88888 r9=0x99999 r10=0xaaaaa r11=0xbbbbb r12=0xccccc r13=0xddddd r14=0xeeeee r15=0xfffff c=1 z=1 n=1 v=1 cycles=26 cell=X2_POPM_A pc=e_popm_a_12

; popm.w #2, r5: bits 19:16 cleared
t_popm_w_2:
        ;! sp=0x3bfc r4=0xfffff r5=0xfffff [0x3bfc]=0x1234 [0x3bfe]=0x8765 sr=0x0107
        .word   0x1714                                  ; popm.w #2, r5
e_popm_w_2:
        ;= sp=0x03c00 r4=0x01234 r5=0x08765 c=1 z=1 n=1 v=1 cycles=4 cell=X2_POPM_W pc=e_popm_w_2

; popm.w #12, r15
t_popm_w_12:
        ;! sp=0x3be8 r4=0xfffff r5=0xfffff r6=0xfffff r7=0xfffff r8=0xfffff r9=0xfffff r10=0xfffff r11=0xfffff r12=0xfffff r13=0xfffff r14=0xfffff r15=0xfffff [0x3be8]=0x1004 [0x3bea]=0x1005 [0x3bec]=0x1006 [0x3bee]=0x1007 [0x3bf0]=0x1008 [0x3bf2]=0x1009 [0x3bf4]=0x100a [0x3bf6]=0x100b [0x3bf8]=0x100c [0x3bfa]=0x100d [0x3bfc]=0x100e [0x3bfe]=0x100f sr=0x0107
        .word   0x17b4                                  ; popm.w #12, r15
e_popm_w_12:
        ;= sp=0x03c00 r4=0x01004 r5=0x01005 r6=0x01006 r7=0x01007 r8=0x01008 r9=0x01009 r10=0x0100a r11=0x0100b r12=0x0100c r13=0x0100d r14=0x0100e r15=0x0100f c=1 z=1 n=1 v=1 cycles=14 cell=X2_POPM_W pc=e_popm_w_12

; pushm.a #2, r7 then popm.a #2, r9: r8 gets r6, r9 gets r7
t_pushm_popm_a:
        ;! r6=0x6abcd r7=0x71234 sr=0
        .word   0x1417                                  ; pushm.a #2, r7
        .word   0x1618                                  ; popm.a #2, r9
e_pushm_popm_a:
        ;= steps=2 r8=0x6abcd r9=0x71234 sp=0x03c00 [0x3bf8]=0xabcd [0x3bfa]=0x0006 [0x3bfc]=0x1234 [0x3bfe]=0x0007 cycles=12 cell=X2_POPM_A pc=e_pushm_popm_a

; rrcm.a #1, r7 (C=1)
t_rrcm_a_1:
        ;! r7=0x8ace5 sr=0x0103
        .word   0x0047                                  ; rrcm.a #1, r7
e_rrcm_a_1:
        ;= r7=0xc5672 c=1 z=0 n=1 v=0 cycles=1 cell=X2_RRCM pc=e_rrcm_a_1

; rrcm.a #2, r10 (C=0)
t_rrcm_a_2:
        ;! r10=0x00003 sr=0x0102
        .word   0x044a                                  ; rrcm.a #2, r10
e_rrcm_a_2:
        ;= r10=0x80000 c=1 z=0 n=1 v=0 cycles=2 cell=X2_RRCM pc=e_rrcm_a_2

; rrcm.a #3, r13 (C=1)
t_rrcm_a_3:
        ;! r13=0x7f00f sr=0x0103
        .word   0x084d                                  ; rrcm.a #3, r13
e_rrcm_a_3:
        ;= r13=0xefe01 c=1 z=0 n=1 v=0 cycles=3 cell=X2_RRCM pc=e_rrcm_a_3

; rrcm.a #4, r4 (C=0)
t_rrcm_a_4:
        ;! r4=0xc0001 sr=0x0106
        .word   0x0c44                                  ; rrcm.a #4, r4
e_rrcm_a_4:
        ;= r4=0x2c000 c=0 z=0 n=0 v=0 cycles=4 cell=X2_RRCM pc=e_rrcm_a_4

; rrcm.w #1, r7 (C=1)
t_rrcm_w_1:
        ;! r7=0xf8ace sr=0x0103
        .word   0x0057                                  ; rrcm.w #1, r7
e_rrcm_w_1:
        ;= r7=0x0c567 c=0 z=0 n=1 v=0 cycles=1 cell=X2_RRCM pc=e_rrcm_w_1

; rrcm.w #2, r10 (C=0)
t_rrcm_w_2:
        ;! r10=0x18001 sr=0x0102
        .word   0x045a                                  ; rrcm.w #2, r10
e_rrcm_w_2:
        ;= r10=0x0a000 c=0 z=0 n=1 v=0 cycles=2 cell=X2_RRCM pc=e_rrcm_w_2

; rrcm.w #3, r13 (C=1)
t_rrcm_w_3:
        ;! r13=0x57ff3 sr=0x0103
        .word   0x085d                                  ; rrcm.w #3, r13
e_rrcm_w_3:
        ;= r13=0x0effe c=0 z=0 n=1 v=0 cycles=3 cell=X2_RRCM pc=e_rrcm_w_3

; rrcm.w #4, r4 (C=0)
t_rrcm_w_4:
        ;! r4=0x3c00c sr=0x0102
        .word   0x0c54                                  ; rrcm.w #4, r4
e_rrcm_w_4:
        ;= r4=0x08c00 c=1 z=0 n=1 v=0 cycles=4 cell=X2_RRCM pc=e_rrcm_w_4

; rram.a #1, r8
t_rram_a_1:
        ;! r8=0x00003 sr=0x0106
        .word   0x0148                                  ; rram.a #1, r8
e_rram_a_1:
        ;= r8=0x00001 c=1 z=0 n=0 v=0 cycles=1 cell=X2_RRAM pc=e_rram_a_1

; rram.a #2, r11
t_rram_a_2:
        ;! r11=0x7f00f sr=0x0106
        .word   0x054b                                  ; rram.a #2, r11
e_rram_a_2:
        ;= r11=0x1fc03 c=1 z=0 n=0 v=0 cycles=2 cell=X2_RRAM pc=e_rram_a_2

; rram.a #3, r14
t_rram_a_3:
        ;! r14=0xc0001 sr=0x0103
        .word   0x094e                                  ; rram.a #3, r14
e_rram_a_3:
        ;= r14=0xf8000 c=0 z=0 n=1 v=0 cycles=3 cell=X2_RRAM pc=e_rram_a_3

; rram.a #4, r5
t_rram_a_4:
        ;! r5=0x8ace5 sr=0x0103
        .word   0x0d45                                  ; rram.a #4, r5
e_rram_a_4:
        ;= r5=0xf8ace c=0 z=0 n=1 v=0 cycles=4 cell=X2_RRAM pc=e_rram_a_4

; rram.w #1, r8
t_rram_w_1:
        ;! r8=0x18001 sr=0x0102
        .word   0x0158                                  ; rram.w #1, r8
e_rram_w_1:
        ;= r8=0x0c000 c=1 z=0 n=1 v=0 cycles=1 cell=X2_RRAM pc=e_rram_w_1

; rram.w #2, r11
t_rram_w_2:
        ;! r11=0x57ff3 sr=0x0106
        .word   0x055b                                  ; rram.w #2, r11
e_rram_w_2:
        ;= r11=0x01ffc c=1 z=0 n=0 v=0 cycles=2 cell=X2_RRAM pc=e_rram_w_2

; rram.w #3, r14
t_rram_w_3:
        ;! r14=0x3c00c sr=0x0102
        .word   0x095e                                  ; rram.w #3, r14
e_rram_w_3:
        ;= r14=0x0f801 c=1 z=0 n=1 v=0 cycles=3 cell=X2_RRAM pc=e_rram_w_3

; rram.w #4, r5
t_rram_w_4:
        ;! r5=0xf8ace sr=0x0102
        .word   0x0d55                                  ; rram.w #4, r5
e_rram_w_4:
        ;= r5=0x0f8ac c=1 z=0 n=1 v=0 cycles=4 cell=X2_RRAM pc=e_rram_w_4

; rlam.a #1, r9
t_rlam_a_1:
        ;! r9=0x7f00f sr=0x0103
        .word   0x0249                                  ; rlam.a #1, r9
e_rlam_a_1:
        ;= r9=0xfe01e c=0 z=0 n=1 cycles=1 cell=X2_RLAM pc=e_rlam_a_1

; rlam.a #2, r12
t_rlam_a_2:
        ;! r12=0xc0001 sr=0x0106
        .word   0x064c                                  ; rlam.a #2, r12
e_rlam_a_2:
        ;= r12=0x00004 c=1 z=0 n=0 cycles=2 cell=X2_RLAM pc=e_rlam_a_2

; rlam.a #3, r15
t_rlam_a_3:
        ;! r15=0x8ace5 sr=0x0107
        .word   0x0a4f                                  ; rlam.a #3, r15
e_rlam_a_3:
        ;= r15=0x56728 c=0 z=0 n=0 cycles=3 cell=X2_RLAM pc=e_rlam_a_3

; rlam.a #4, r6
t_rlam_a_4:
        ;! r6=0x00003 sr=0x0107
        .word   0x0e46                                  ; rlam.a #4, r6
e_rlam_a_4:
        ;= r6=0x00030 c=0 z=0 n=0 cycles=4 cell=X2_RLAM pc=e_rlam_a_4

; rlam.w #1, r9
t_rlam_w_1:
        ;! r9=0x57ff3 sr=0x0103
        .word   0x0259                                  ; rlam.w #1, r9
e_rlam_w_1:
        ;= r9=0x0ffe6 c=0 z=0 n=1 cycles=1 cell=X2_RLAM pc=e_rlam_w_1

; rlam.w #2, r12
t_rlam_w_2:
        ;! r12=0x3c00c sr=0x0106
        .word   0x065c                                  ; rlam.w #2, r12
e_rlam_w_2:
        ;= r12=0x00030 c=1 z=0 n=0 cycles=2 cell=X2_RLAM pc=e_rlam_w_2

; rlam.w #3, r15
t_rlam_w_3:
        ;! r15=0xf8ace sr=0x0107
        .word   0x0a5f                                  ; rlam.w #3, r15
e_rlam_w_3:
        ;= r15=0x05670 c=0 z=0 n=0 cycles=3 cell=X2_RLAM pc=e_rlam_w_3

; rlam.w #4, r6
t_rlam_w_4:
        ;! r6=0x18001 sr=0x0107
        .word   0x0e56                                  ; rlam.w #4, r6
e_rlam_w_4:
        ;= r6=0x00010 c=0 z=0 n=0 cycles=4 cell=X2_RLAM pc=e_rlam_w_4

; rrum.a #1, r10
t_rrum_a_1:
        ;! r10=0xc0001 sr=0x0106
        .word   0x034a                                  ; rrum.a #1, r10
e_rrum_a_1:
        ;= r10=0x60000 c=1 z=0 n=0 v=0 cycles=1 cell=X2_RRUM pc=e_rrum_a_1

; rrum.a #2, r13
t_rrum_a_2:
        ;! r13=0x8ace5 sr=0x0107
        .word   0x074d                                  ; rrum.a #2, r13
e_rrum_a_2:
        ;= r13=0x22b39 c=0 z=0 n=0 v=0 cycles=2 cell=X2_RRUM pc=e_rrum_a_2

; rrum.a #3, r4
t_rrum_a_3:
        ;! r4=0x00003 sr=0x0105
        .word   0x0b44                                  ; rrum.a #3, r4
e_rrum_a_3:
        ;= r4=0x00000 c=0 z=1 n=0 v=0 cycles=3 cell=X2_RRUM pc=e_rrum_a_3

; rrum.a #4, r7
t_rrum_a_4:
        ;! r7=0x7f00f sr=0x0106
        .word   0x0f47                                  ; rrum.a #4, r7
e_rrum_a_4:
        ;= r7=0x07f00 c=1 z=0 n=0 v=0 cycles=4 cell=X2_RRUM pc=e_rrum_a_4

; rrum.w #1, r10
t_rrum_w_1:
        ;! r10=0x3c00c sr=0x0107
        .word   0x035a                                  ; rrum.w #1, r10
e_rrum_w_1:
        ;= r10=0x06006 c=0 z=0 n=0 v=0 cycles=1 cell=X2_RRUM pc=e_rrum_w_1

; rrum.w #2, r13
t_rrum_w_2:
        ;! r13=0xf8ace sr=0x0106
        .word   0x075d                                  ; rrum.w #2, r13
e_rrum_w_2:
        ;= r13=0x022b3 c=1 z=0 n=0 v=0 cycles=2 cell=X2_RRUM pc=e_rrum_w_2

; rrum.w #3, r4
t_rrum_w_3:
        ;! r4=0x18001 sr=0x0107
        .word   0x0b54                                  ; rrum.w #3, r4
e_rrum_w_3:
        ;= r4=0x01000 c=0 z=0 n=0 v=0 cycles=3 cell=X2_RRUM pc=e_rrum_w_3

; rrum.w #4, r7
t_rrum_w_4:
        ;! r7=0x57ff3 sr=0x0107
        .word   0x0f57                                  ; rrum.w #4, r7
e_rrum_w_4:
        ;= r7=0x007ff c=0 z=0 n=0 v=0 cycles=4 cell=X2_RRUM pc=e_rrum_w_4

; rlam.a #4, r5: C is bit 16 of the operand
t_rlam_a_4_carry:
        ;! r5=0x1abcd sr=0
        .word   0x0e45                                  ; rlam.a #4, r5
e_rlam_a_4_carry:
        ;= r5=0xabcd0 c=1 z=0 n=1 cycles=4 cell=X2_RLAM pc=e_rlam_a_4_carry

; rrum.a #1, r5: 1 -> 0
t_rrum_a_1_zero:
        ;! r5=0x00001 sr=0x0104
        .word   0x0345                                  ; rrum.a #1, r5
e_rrum_a_1_zero:
        ;= r5=0x00000 c=1 z=1 n=0 v=0 cycles=1 cell=X2_RRUM pc=e_rrum_a_1_zero

; rrcm.a #3, r5 with C=1: SLAU367P example, the carry lands in bit 17
t_rrcm_a_3_example:
        ;! r5=0x00000 sr=0x0001
        .word   0x0845                                  ; rrcm.a #3, r5
e_rrcm_a_3_example:
        ;= r5=0x20000 c=0 z=0 n=0 v=0 cycles=3 cell=X2_RRCM pc=e_rrcm_a_3_example

; ---- upper FRAM (the linker script places .upper.text at 0x10000) ----
        .section .upper.text,"axR",@progbits
upper_base:

; rrcx.a EDE from upper FRAM, EDE = 0x2d000 (C=0)
t_rrcx_a_sym_up:
        ;! sr=0x0002 [0x2d000]=0x1 [0x2d002]=0x1
        .word   0x1800 | ((((0x2d000 - (0x10000 + (. + 4) - upper_base)) >> 16) & 0xf) << 7) ; rrcx.a 0x2d000
        .word   0x1050
        .word   ((0x2d000 - (0x10000 + . - upper_base)) & 0xffff)
e_rrcx_a_sym_up:
        ;= [0x2d000]=0x8000 [0x2d002]=0x0000 c=1 z=0 n=0 v=0 cycles=7 cell=X2_SHIFT_SYM_A pc=e_rrcx_a_sym_up

; pushx.a EDE from upper FRAM, EDE = 0x02000 (negative 20-bit index)
t_pushx_a_sym_up:
        ;! [0x2000].a=0x6789a sr=0x0107
        .word   0x1800 | ((((0x2000 - (0x10000 + (. + 4) - upper_base)) >> 16) & 0xf) << 7) ; pushx.a 0x02000
        .word   0x1250
        .word   ((0x2000 - (0x10000 + . - upper_base)) & 0xffff)
e_pushx_a_sym_up:
        ;= sp=0x03bfc [0x3bfc]=0x789a [0x3bfe]=0x0006 c=1 z=1 n=1 v=1 cycles=7 cell=X2_PUSHXA_SYM pc=e_pushx_a_sym_up

