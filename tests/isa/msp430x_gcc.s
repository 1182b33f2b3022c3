; MSP430X forms that msp430-elf-gcc emits in the fixtures (tests/fixtures/gcc, mostly
; the large memory model: 20-bit absolute addresses of globals and peripherals,
; constant-generator sources, RPT'd adds) and that the other msp430x_*.s files do not
; exercise in exactly that combination of opcode, width and operand modes.  The
; gcc_forms test lists the fixtures' forms and fails on any no case covers.
;
; Encodings as msp430-elf-as 2.40 assembles the TI syntax in the comments (SLAU367P
; 4.5.2: extension word 0001 1 src19:16 A/L 00 dst19:16; register mode 0001 1 00 ZC #
; A/L 00 n-1/Rn).  Expected values from the SLAU367P 4.6.3 descriptions; cycles from
; table 4-18 (.B/.W | .A; a constant-generator source costs as Rn; MOVX/BITX/CMPX to
; memory one cycle less for .B/.W, two for .A; RPT'd register instruction n+1).
; Every case starts with the flags it defines inverted; MOVX/BICX/BISX keep them.
        .section .text.msp430x_gcc,"axR",@progbits

; addx.w #1, &0x2a010: constant-generator source, 20-bit absolute destination
t_gcc_addx_w_cg_abs:
        ;! [0x2a010]=0x7fff sr=0x0003
        .word   0x1842                                  ; addx.w #1, &0x2a010
        .word   0x5392
        .word   0xa010
e_gcc_addx_w_cg_abs:
        ;= [0x2a010]=0x8000 c=0 z=0 n=1 v=1 cycles=5 cell=X1_REG_MEM_W pc=e_gcc_addx_w_cg_abs

; andx.b #2, r12: a byte result clears r12.19:8
t_gcc_andx_b_cg_r:
        ;! r12=0x12346 sr=0x0106
        .word   0x1840                                  ; andx.b #2, r12
        .word   0xf36c
e_gcc_andx_b_cg_r:
        ;= r12=0x00002 c=1 z=0 n=0 v=0 cycles=2 cell=X1_REG_RM_W pc=e_gcc_andx_b_cg_r

; bicx.a #8, r13
t_gcc_bicx_a_cg_r:
        ;! r13=0xfffff sr=0x0107
        .word   0x1800                                  ; bicx.a #8, r13
        .word   0xc27d
e_gcc_bicx_a_cg_r:
        ;= r13=0xffff7 c=1 z=1 n=1 v=1 cycles=2 cell=X1_REG_RM_A pc=e_gcc_bicx_a_cg_r

; bisx.w #4, &0x01c20: a 20-bit absolute address in SRAM
t_gcc_bisx_w_cg_abs:
        ;! [0x1c20]=0x1200 sr=0x0107
        .word   0x1840                                  ; bisx.w #4, &0x01c20
        .word   0xd2a2
        .word   0x1c20
e_gcc_bisx_w_cg_abs:
        ;= [0x1c20]=0x1204 c=1 z=1 n=1 v=1 cycles=5 cell=X1_REG_MEM_W pc=e_gcc_bisx_w_cg_abs

; bisx.w #0x0480, &0x2a020
t_gcc_bisx_w_imm_abs:
        ;! [0x2a020]=0x1001 sr=0x0107
        .word   0x1842                                  ; bisx.w #0x0480, &0x2a020
        .word   0xd0b2
        .word   0x0480
        .word   0xa020
e_gcc_bisx_w_imm_abs:
        ;= [0x2a020]=0x1481 c=1 z=1 n=1 v=1 cycles=6 cell=X1_IMM_MEM_W pc=e_gcc_bisx_w_imm_abs

; cmpx.a r12, 4(r13): equal address words
t_gcc_cmpx_a_r_x:
        ;! r12=0x12345 r13=0x2a030 [0x2a034].a=0x12345 sr=0x0104
        .word   0x1800                                  ; cmpx.a r12, 4(r13)
        .word   0x9ccd
        .word   0x0004
e_gcc_cmpx_a_r_x:
        ;= r12=0x12345 [0x2a034].a=0x12345 c=1 z=1 n=0 v=0 cycles=5 cell=X1_REG_MEM_A_MBC pc=e_gcc_cmpx_a_r_x

; cmpx.a 6(r12), r13: 8 - 0x10 borrows
t_gcc_cmpx_a_x_r:
        ;! r12=0x1c40 r13=0x00008 [0x1c46].a=0x00010 sr=0x0103
        .word   0x1800                                  ; cmpx.a 6(r12), r13
        .word   0x9c5d
        .word   0x0006
e_gcc_cmpx_a_x_r:
        ;= r13=0x00008 c=0 z=0 n=1 v=0 cycles=5 cell=X1_MEM_RM_A pc=e_gcc_cmpx_a_x_r

; cmpx.b #0, &0x2a040
t_gcc_cmpx_b_cg_abs:
        ;! [0x2a040].b=0x00 sr=0x0104
        .word   0x1842                                  ; cmpx.b #0, &0x2a040
        .word   0x93c2
        .word   0xa040
e_gcc_cmpx_b_cg_abs:
        ;= [0x2a040].b=0x00 c=1 z=1 n=0 v=0 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_gcc_cmpx_b_cg_abs

; cmpx.b #0x41, &0x01c51: odd byte address, 0x40 - 0x41 borrows
t_gcc_cmpx_b_imm_abs:
        ;! [0x1c51].b=0x40 sr=0x0103
        .word   0x1840                                  ; cmpx.b #0x41, &0x01c51
        .word   0x90f2
        .word   0x0041
        .word   0x1c51
e_gcc_cmpx_b_imm_abs:
        ;= [0x1c51].b=0x40 c=0 z=0 n=1 v=0 cycles=5 cell=X1_IMM_MEM_W_MBC pc=e_gcc_cmpx_b_imm_abs

; cmpx.w #-1, &0x2a050: the constant generator's -1 is 0xffff in a word operation
t_gcc_cmpx_w_cg_abs:
        ;! [0x2a050]=0xffff sr=0x0104
        .word   0x1842                                  ; cmpx.w #-1, &0x2a050
        .word   0x93b2
        .word   0xa050
e_gcc_cmpx_w_cg_abs:
        ;= [0x2a050]=0xffff c=1 z=1 n=0 v=0 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_gcc_cmpx_w_cg_abs

; cmpx.w #0x8000, &0x2a060: 0x7fff - 0x8000 overflows
t_gcc_cmpx_w_imm_abs:
        ;! [0x2a060]=0x7fff sr=0x0002
        .word   0x1842                                  ; cmpx.w #0x8000, &0x2a060
        .word   0x90b2
        .word   0x8000
        .word   0xa060
e_gcc_cmpx_w_imm_abs:
        ;= [0x2a060]=0x7fff c=0 z=0 n=1 v=1 cycles=5 cell=X1_IMM_MEM_W_MBC pc=e_gcc_cmpx_w_imm_abs

; cmpx.w &0x2a070, r14: r14.19:16 take no part in a word comparison
t_gcc_cmpx_w_abs_r:
        ;! [0x2a070]=0x0001 r14=0x30002 sr=0x0106
        .word   0x1940                                  ; cmpx.w &0x2a070, r14
        .word   0x921e
        .word   0xa070
e_gcc_cmpx_w_abs_r:
        ;= r14=0x30002 c=1 z=0 n=0 v=0 cycles=4 cell=X1_MEM_RM_W pc=e_gcc_cmpx_w_abs_r

; movx.b &0x2a081, r15: odd byte in upper FRAM, r15.19:8 cleared
t_gcc_movx_b_abs_r:
        ;! [0x2a081].b=0x9c r15=0xfffff sr=0x0107
        .word   0x1940                                  ; movx.b &0x2a081, r15
        .word   0x425f
        .word   0xa081
e_gcc_movx_b_abs_r:
        ;= r15=0x0009c c=1 z=1 n=1 v=1 cycles=4 cell=X1_MEM_RM_W pc=e_gcc_movx_b_abs_r

; movx.b 3(r12), r11
t_gcc_movx_b_x_r:
        ;! r12=0x2a090 [0x2a093].b=0x5a r11=0x12345 sr=0x0107
        .word   0x1840                                  ; movx.b 3(r12), r11
        .word   0x4c5b
        .word   0x0003
e_gcc_movx_b_x_r:
        ;= r11=0x0005a c=1 z=1 n=1 v=1 cycles=4 cell=X1_MEM_RM_W pc=e_gcc_movx_b_x_r

; movx.w #2, &0x2a0a0
t_gcc_movx_w_cg_abs:
        ;! [0x2a0a0]=0x1234 sr=0x0107
        .word   0x1842                                  ; movx.w #2, &0x2a0a0
        .word   0x43a2
        .word   0xa0a0
e_gcc_movx_w_cg_abs:
        ;= [0x2a0a0]=0x0002 c=1 z=1 n=1 v=1 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_gcc_movx_w_cg_abs

; movx.w #0, 2(r13)
t_gcc_movx_w_cg_x:
        ;! r13=0x2a0b0 [0x2a0b2]=0xbeef sr=0x0107
        .word   0x1840                                  ; movx.w #0, 2(r13)
        .word   0x438d
        .word   0x0002
e_gcc_movx_w_cg_x:
        ;= [0x2a0b2]=0x0000 c=1 z=1 n=1 v=1 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_gcc_movx_w_cg_x

; movx.w #0x5aa5, &0x2a0c0
t_gcc_movx_w_imm_abs:
        ;! [0x2a0c0]=0x0000 sr=0x0107
        .word   0x1842                                  ; movx.w #0x5aa5, &0x2a0c0
        .word   0x40b2
        .word   0x5aa5
        .word   0xa0c0
e_gcc_movx_w_imm_abs:
        ;= [0x2a0c0]=0x5aa5 c=1 z=1 n=1 v=1 cycles=5 cell=X1_IMM_MEM_W_MBC pc=e_gcc_movx_w_imm_abs

; movx.w &0x2a0d0, &0x01c60: upper FRAM to SRAM
t_gcc_movx_w_abs_abs:
        ;! [0x2a0d0]=0x7e81 [0x1c60]=0x0000 sr=0x0107
        .word   0x1940                                  ; movx.w &0x2a0d0, &0x01c60
        .word   0x4292
        .word   0xa0d0
        .word   0x1c60
e_gcc_movx_w_abs_abs:
        ;= [0x1c60]=0x7e81 c=1 z=1 n=1 v=1 cycles=6 cell=X1_MEM_MEM_W_MBC pc=e_gcc_movx_w_abs_abs

; movx.w &0x2a0e0, r10: r10.19:16 cleared
t_gcc_movx_w_abs_r:
        ;! [0x2a0e0]=0x8001 r10=0xfffff sr=0x0107
        .word   0x1940                                  ; movx.w &0x2a0e0, r10
        .word   0x421a
        .word   0xa0e0
e_gcc_movx_w_abs_r:
        ;= r10=0x08001 c=1 z=1 n=1 v=1 cycles=4 cell=X1_MEM_RM_W pc=e_gcc_movx_w_abs_r

; movx.w r9, &0x2a0f0
t_gcc_movx_w_r_abs:
        ;! r9=0x3c3c3 [0x2a0f0]=0x0000 sr=0x0107
        .word   0x1842                                  ; movx.w r9, &0x2a0f0
        .word   0x4982
        .word   0xa0f0
e_gcc_movx_w_r_abs:
        ;= [0x2a0f0]=0xc3c3 c=1 z=1 n=1 v=1 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_gcc_movx_w_r_abs

; movx.w r8, -2(r12): a negative 20-bit index
t_gcc_movx_w_r_x:
        ;! r8=0x11234 r12=0x2a102 [0x2a100]=0x0000 sr=0x0107
        .word   0x184f                                  ; movx.w r8, -2(r12)
        .word   0x488c
        .word   0xfffe
e_gcc_movx_w_r_x:
        ;= [0x2a100]=0x1234 c=1 z=1 n=1 v=1 cycles=4 cell=X1_REG_MEM_W_MBC pc=e_gcc_movx_w_r_x

; movx.w 0x10(r13), r7
t_gcc_movx_w_x_r:
        ;! r13=0x1c70 [0x1c80]=0xa55a r7=0xfffff sr=0x0107
        .word   0x1840                                  ; movx.w 0x10(r13), r7
        .word   0x4d17
        .word   0x0010
e_gcc_movx_w_x_r:
        ;= r7=0x0a55a c=1 z=1 n=1 v=1 cycles=4 cell=X1_MEM_RM_W pc=e_gcc_movx_w_x_r

; rpt #3 { addx.w r4, r5: three word additions, r5.19:16 cleared
t_gcc_rpt3_addx_w:
        ;! r4=0x01111 r5=0x10001 sr=0x0107
        .word   0x1842                                  ; rpt #3 { addx.w r4, r5
        .word   0x5405
e_gcc_rpt3_addx_w:
        ;= r4=0x01111 r5=0x03334 c=0 z=0 n=0 v=0 cycles=4 cell=X1_RPT pc=e_gcc_rpt3_addx_w
