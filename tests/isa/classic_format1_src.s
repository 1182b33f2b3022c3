; Classic MSP430 Format I instructions: every opcode x every source mode, .W and .B (destination Rn)
; The cases were generated from a small reference model written from the
; instruction descriptions of SLAU367P 4.6.2 / SLAU144 3.4.6 (results and status
; bits), the register rules of SLAU367P 4.4.1 (a .B result clears Rdst.19:8, a .W
; result Rdst.19:16) and the cycle table SLAU367P table 4-10 -- never from Ferro.
; Each case is self-contained; edit it by hand like any other.
; Every case starts with the flags it defines inverted, so each must be written;
; flag-less instructions (MOV BIC BIS) must leave a pattern alone.  DADD's V is
; undefined and never asserted.  pc=e_* checks the instruction length.
; Register operands carry junk above the operand width (bits 19:16 for .W,
; 19:8 for .B) that must not take part.  Memory operands live in SRAM (.bss
; below); byte operands sit next to a guard byte (0xc3 beside sources, 0x5a
; beside destinations) so a word access shows.  Forms clang 14's assembler
; refuses (MOV @Rn+ to memory) are spelled as .word with the instruction in the
; comment.
        .section .text.classic_f1src,"axR",@progbits


; mov.w reg -> reg: src 0x1234, dst 0x4321
t_mov_w_reg_reg:
        ;! r4=0x51234 r5=0x34321 sr=0x0105
        mov r4, r5
e_mov_w_reg_reg:
        ;= r5=0x01234 c=1 z=0 n=1 v=1 pc=e_mov_w_reg_reg cycles=1 cell=F1_REG_RM

; mov.w idx -> reg: src 0x7fff, dst 0x0001
t_mov_w_idx_reg:
        ;! r6=src_x [src_x+2]=0x7fff r5=0x30001 sr=0x0002
        mov 2(r6), r5
e_mov_w_idx_reg:
        ;= r5=0x07fff c=0 z=1 n=0 v=0 pc=e_mov_w_idx_reg cycles=3 cell=F1_IDX_RM

; mov.w sym -> reg: src 0x8000, dst 0x8000
t_mov_w_sym_reg:
        ;! [src_s]=0x8000 r8=0x38000 sr=0x0103
        mov src_s, r8
e_mov_w_sym_reg:
        ;= r8=0x08000 c=1 z=1 n=0 v=1 pc=e_mov_w_sym_reg cycles=3 cell=F1_SYM_RM

; mov.w abs -> reg: src 0xffff, dst 0x0001
t_mov_w_abs_reg:
        ;! [src_a]=0xffff r8=0x30001 sr=0x0004
        mov &src_a, r8
e_mov_w_abs_reg:
        ;= r8=0x0ffff c=0 z=0 n=1 v=0 pc=e_mov_w_abs_reg cycles=3 cell=F1_ABS_RM

; mov.w ind -> reg: src 0x0001, dst 0x8000
t_mov_w_ind_reg:
        ;! r15=src_i [src_i]=0x0001 r10=0x38000 sr=0x0105
        mov @r15, r10
e_mov_w_ind_reg:
        ;= r10=0x00001 r15=src_i c=1 z=0 n=1 v=1 pc=e_mov_w_ind_reg cycles=2 cell=F1_IND_RM

; mov.w inc -> reg: src 0x5555, dst 0xaaaa
t_mov_w_inc_reg:
        ;! r7=src_i [src_i]=0x5555 r10=0x3aaaa sr=0x0002
        mov @r7+, r10
e_mov_w_inc_reg:
        ;= r10=0x05555 r7=src_i+2 c=0 z=1 n=0 v=0 pc=e_mov_w_inc_reg cycles=2 cell=F1_INC_RM

; mov.w imm -> reg: src 0x8001, dst 0x7fff
t_mov_w_imm_reg:
        ;! r11=0x37fff sr=0x0103
        mov #0x8001, r11
e_mov_w_imm_reg:
        ;= r11=0x08001 c=1 z=1 n=0 v=1 pc=e_mov_w_imm_reg cycles=2 cell=F1_IMM_RM

; mov.w cg0 -> reg: dst 0x00ff
t_mov_w_cg0_reg:
        ;! r11=0x300ff sr=0x0004
        mov #0, r11
e_mov_w_cg0_reg:
        ;= r11=0x00000 c=0 z=0 n=1 v=0 pc=e_mov_w_cg0_reg cycles=1 cell=F1_REG_RM

; mov.w cg1 -> reg: dst 0x00ff
t_mov_w_cg1_reg:
        ;! r13=0x300ff sr=0x0105
        mov #1, r13
e_mov_w_cg1_reg:
        ;= r13=0x00001 c=1 z=0 n=1 v=1 pc=e_mov_w_cg1_reg cycles=1 cell=F1_REG_RM

; mov.w cg2 -> reg: dst 0x4000
t_mov_w_cg2_reg:
        ;! r13=0x34000 sr=0x0002
        mov #2, r13
e_mov_w_cg2_reg:
        ;= r13=0x00002 c=0 z=1 n=0 v=0 pc=e_mov_w_cg2_reg cycles=1 cell=F1_REG_RM

; mov.w cg4 -> reg: dst 0xcccc
t_mov_w_cg4_reg:
        ;! r14=0x3cccc sr=0x0103
        mov #4, r14
e_mov_w_cg4_reg:
        ;= r14=0x00004 c=1 z=1 n=0 v=1 pc=e_mov_w_cg4_reg cycles=1 cell=F1_REG_RM

; mov.w cg8 -> reg: dst 0x7fff
t_mov_w_cg8_reg:
        ;! r14=0x37fff sr=0x0004
        mov #8, r14
e_mov_w_cg8_reg:
        ;= r14=0x00008 c=0 z=0 n=1 v=0 pc=e_mov_w_cg8_reg cycles=1 cell=F1_REG_RM

; mov.w cgm1 -> reg: dst 0x0002
t_mov_w_cgm1_reg:
        ;! r5=0x30002 sr=0x0105
        mov #-1, r5
e_mov_w_cgm1_reg:
        ;= r5=0x0ffff c=1 z=0 n=1 v=1 pc=e_mov_w_cgm1_reg cycles=1 cell=F1_REG_RM

; mov.b reg -> reg: src 0x12, dst 0x43
t_mov_b_reg_reg:
        ;! r6=0x5a512 r5=0xc5a43 sr=0x0002
        mov.b r6, r5
e_mov_b_reg_reg:
        ;= r5=0x00012 c=0 z=1 n=0 v=0 pc=e_mov_b_reg_reg cycles=1 cell=F1_REG_RM

; mov.b idx -> reg: src 0x7f, dst 0x01
t_mov_b_idx_reg:
        ;! r9=src_x [src_x+3].b=0x7f [src_x+2].b=0xc3 r8=0xc5a01 sr=0x0103
        mov.b 3(r9), r8
e_mov_b_idx_reg:
        ;= r8=0x0007f c=1 z=1 n=0 v=1 pc=e_mov_b_idx_reg cycles=3 cell=F1_IDX_RM

; mov.b sym -> reg: src 0x80, dst 0x80
t_mov_b_sym_reg:
        ;! [src_s].b=0x80 [src_s+1].b=0xc3 r8=0xc5a80 sr=0x0004
        mov.b src_s, r8
e_mov_b_sym_reg:
        ;= r8=0x00080 c=0 z=0 n=1 v=0 pc=e_mov_b_sym_reg cycles=3 cell=F1_SYM_RM

; mov.b abs -> reg: src 0xff, dst 0x01
t_mov_b_abs_reg:
        ;! [src_a+1].b=0xff [src_a].b=0xc3 r10=0xc5a01 sr=0x0105
        mov.b &src_a+1, r10
e_mov_b_abs_reg:
        ;= r10=0x000ff c=1 z=0 n=1 v=1 pc=e_mov_b_abs_reg cycles=3 cell=F1_ABS_RM

; mov.b ind -> reg: src 0x01, dst 0x80
t_mov_b_ind_reg:
        ;! r7=src_i+1 [src_i+1].b=0x01 [src_i].b=0xc3 r10=0xc5a80 sr=0x0002
        mov.b @r7, r10
e_mov_b_ind_reg:
        ;= r10=0x00001 r7=src_i+1 c=0 z=1 n=0 v=0 pc=e_mov_b_ind_reg cycles=2 cell=F1_IND_RM

; mov.b inc -> reg: src 0x55, dst 0xaa
t_mov_b_inc_reg:
        ;! r4=src_i [src_i].b=0x55 [src_i+1].b=0xc3 r11=0xc5aaa sr=0x0103
        mov.b @r4+, r11
e_mov_b_inc_reg:
        ;= r11=0x00055 r4=src_i+1 c=1 z=1 n=0 v=1 pc=e_mov_b_inc_reg cycles=2 cell=F1_INC_RM

; mov.b imm -> reg: src 0x81, dst 0x7f
t_mov_b_imm_reg:
        ;! r11=0xc5a7f sr=0x0004
        mov.b #0x81, r11
e_mov_b_imm_reg:
        ;= r11=0x00081 c=0 z=0 n=1 v=0 pc=e_mov_b_imm_reg cycles=2 cell=F1_IMM_RM

; mov.b cg0 -> reg: dst 0x0f
t_mov_b_cg0_reg:
        ;! r13=0xc5a0f sr=0x0105
        mov.b #0, r13
e_mov_b_cg0_reg:
        ;= r13=0x00000 c=1 z=0 n=1 v=1 pc=e_mov_b_cg0_reg cycles=1 cell=F1_REG_RM

; mov.b cg1 -> reg: dst 0x0f
t_mov_b_cg1_reg:
        ;! r13=0xc5a0f sr=0x0002
        mov.b #1, r13
e_mov_b_cg1_reg:
        ;= r13=0x00001 c=0 z=1 n=0 v=0 pc=e_mov_b_cg1_reg cycles=1 cell=F1_REG_RM

; mov.b cg2 -> reg: dst 0x40
t_mov_b_cg2_reg:
        ;! r14=0xc5a40 sr=0x0103
        mov.b #2, r14
e_mov_b_cg2_reg:
        ;= r14=0x00002 c=1 z=1 n=0 v=1 pc=e_mov_b_cg2_reg cycles=1 cell=F1_REG_RM

; mov.b cg4 -> reg: dst 0xcc
t_mov_b_cg4_reg:
        ;! r14=0xc5acc sr=0x0004
        mov.b #4, r14
e_mov_b_cg4_reg:
        ;= r14=0x00004 c=0 z=0 n=1 v=0 pc=e_mov_b_cg4_reg cycles=1 cell=F1_REG_RM

; mov.b cg8 -> reg: dst 0x7f
t_mov_b_cg8_reg:
        ;! r5=0xc5a7f sr=0x0105
        mov.b #8, r5
e_mov_b_cg8_reg:
        ;= r5=0x00008 c=1 z=0 n=1 v=1 pc=e_mov_b_cg8_reg cycles=1 cell=F1_REG_RM

; mov.b cgm1 -> reg: dst 0x02
t_mov_b_cgm1_reg:
        ;! r5=0xc5a02 sr=0x0002
        mov.b #-1, r5
e_mov_b_cgm1_reg:
        ;= r5=0x000ff c=0 z=1 n=0 v=0 pc=e_mov_b_cgm1_reg cycles=1 cell=F1_REG_RM

; add.w reg -> reg: src 0x7fff, dst 0x0001
t_add_w_reg_reg:
        ;! r9=0x57fff r8=0x30001 sr=0x0003
        add r9, r8
e_add_w_reg_reg:
        ;= r8=0x08000 c=0 z=0 n=1 v=1 pc=e_add_w_reg_reg cycles=1 cell=F1_REG_RM

; add.w idx -> reg: src 0x8000, dst 0x8000
t_add_w_idx_reg:
        ;! r12=src_x [src_x+2]=0x8000 r8=0x38000 sr=0x0004
        add 2(r12), r8
e_add_w_idx_reg:
        ;= r8=0x00000 c=1 z=1 n=0 v=1 pc=e_add_w_idx_reg cycles=3 cell=F1_IDX_RM

; add.w sym -> reg: src 0xffff, dst 0x0001
t_add_w_sym_reg:
        ;! [src_s]=0xffff r10=0x30001 sr=0x0104
        add src_s, r10
e_add_w_sym_reg:
        ;= r10=0x00000 c=1 z=1 n=0 v=0 pc=e_add_w_sym_reg cycles=3 cell=F1_SYM_RM

; add.w abs -> reg: src 0x0001, dst 0x8000
t_add_w_abs_reg:
        ;! [src_a]=0x0001 r10=0x38000 sr=0x0103
        add &src_a, r10
e_add_w_abs_reg:
        ;= r10=0x08001 c=0 z=0 n=1 v=0 pc=e_add_w_abs_reg cycles=3 cell=F1_ABS_RM

; add.w ind -> reg: src 0x5555, dst 0xaaaa
t_add_w_ind_reg:
        ;! r4=src_i [src_i]=0x5555 r11=0x3aaaa sr=0x0103
        add @r4, r11
e_add_w_ind_reg:
        ;= r11=0x0ffff r4=src_i c=0 z=0 n=1 v=0 pc=e_add_w_ind_reg cycles=2 cell=F1_IND_RM

; add.w inc -> reg: src 0x8001, dst 0x7fff
t_add_w_inc_reg:
        ;! r6=src_i [src_i]=0x8001 r11=0x37fff sr=0x0104
        add @r6+, r11
e_add_w_inc_reg:
        ;= r11=0x00000 r6=src_i+2 c=1 z=1 n=0 v=0 pc=e_add_w_inc_reg cycles=2 cell=F1_INC_RM

; add.w imm -> reg: src 0x0f0f, dst 0x00ff
t_add_w_imm_reg:
        ;! r13=0x300ff sr=0x0107
        add #0x0f0f, r13
e_add_w_imm_reg:
        ;= r13=0x0100e c=0 z=0 n=0 v=0 pc=e_add_w_imm_reg cycles=2 cell=F1_IMM_RM

; add.w cg0 -> reg: dst 0x00ff
t_add_w_cg0_reg:
        ;! r13=0x300ff sr=0x0107
        add #0, r13
e_add_w_cg0_reg:
        ;= r13=0x000ff c=0 z=0 n=0 v=0 pc=e_add_w_cg0_reg cycles=1 cell=F1_REG_RM

; add.w cg1 -> reg: dst 0x4000
t_add_w_cg1_reg:
        ;! r14=0x34000 sr=0x0107
        add #1, r14
e_add_w_cg1_reg:
        ;= r14=0x04001 c=0 z=0 n=0 v=0 pc=e_add_w_cg1_reg cycles=1 cell=F1_REG_RM

; add.w cg2 -> reg: dst 0xcccc
t_add_w_cg2_reg:
        ;! r14=0x3cccc sr=0x0103
        add #2, r14
e_add_w_cg2_reg:
        ;= r14=0x0ccce c=0 z=0 n=1 v=0 pc=e_add_w_cg2_reg cycles=1 cell=F1_REG_RM

; add.w cg4 -> reg: dst 0x7fff
t_add_w_cg4_reg:
        ;! r5=0x37fff sr=0x0003
        add #4, r5
e_add_w_cg4_reg:
        ;= r5=0x08003 c=0 z=0 n=1 v=1 pc=e_add_w_cg4_reg cycles=1 cell=F1_REG_RM

; add.w cg8 -> reg: dst 0x0002
t_add_w_cg8_reg:
        ;! r5=0x30002 sr=0x0107
        add #8, r5
e_add_w_cg8_reg:
        ;= r5=0x0000a c=0 z=0 n=0 v=0 pc=e_add_w_cg8_reg cycles=1 cell=F1_REG_RM

; add.w cgm1 -> reg: dst 0x4321
t_add_w_cgm1_reg:
        ;! r8=0x34321 sr=0x0106
        add #-1, r8
e_add_w_cgm1_reg:
        ;= r8=0x04320 c=1 z=0 n=0 v=0 pc=e_add_w_cgm1_reg cycles=1 cell=F1_REG_RM

; add.b reg -> reg: src 0x7f, dst 0x01
t_add_b_reg_reg:
        ;! r12=0x5a57f r8=0xc5a01 sr=0x0003
        add.b r12, r8
e_add_b_reg_reg:
        ;= r8=0x00080 c=0 z=0 n=1 v=1 pc=e_add_b_reg_reg cycles=1 cell=F1_REG_RM

; add.b idx -> reg: src 0x80, dst 0x80
t_add_b_idx_reg:
        ;! r15=src_x [src_x+3].b=0x80 [src_x+2].b=0xc3 r10=0xc5a80 sr=0x0004
        add.b 3(r15), r10
e_add_b_idx_reg:
        ;= r10=0x00000 c=1 z=1 n=0 v=1 pc=e_add_b_idx_reg cycles=3 cell=F1_IDX_RM

; add.b sym -> reg: src 0xff, dst 0x01
t_add_b_sym_reg:
        ;! [src_s].b=0xff [src_s+1].b=0xc3 r10=0xc5a01 sr=0x0104
        add.b src_s, r10
e_add_b_sym_reg:
        ;= r10=0x00000 c=1 z=1 n=0 v=0 pc=e_add_b_sym_reg cycles=3 cell=F1_SYM_RM

; add.b abs -> reg: src 0x01, dst 0x80
t_add_b_abs_reg:
        ;! [src_a+1].b=0x01 [src_a].b=0xc3 r11=0xc5a80 sr=0x0103
        add.b &src_a+1, r11
e_add_b_abs_reg:
        ;= r11=0x00081 c=0 z=0 n=1 v=0 pc=e_add_b_abs_reg cycles=3 cell=F1_ABS_RM

; add.b ind -> reg: src 0x55, dst 0xaa
t_add_b_ind_reg:
        ;! r6=src_i+1 [src_i+1].b=0x55 [src_i].b=0xc3 r11=0xc5aaa sr=0x0103
        add.b @r6, r11
e_add_b_ind_reg:
        ;= r11=0x000ff r6=src_i+1 c=0 z=0 n=1 v=0 pc=e_add_b_ind_reg cycles=2 cell=F1_IND_RM

; add.b inc -> reg: src 0x81, dst 0x7f
t_add_b_inc_reg:
        ;! r9=src_i [src_i].b=0x81 [src_i+1].b=0xc3 r13=0xc5a7f sr=0x0104
        add.b @r9+, r13
e_add_b_inc_reg:
        ;= r13=0x00000 r9=src_i+1 c=1 z=1 n=0 v=0 pc=e_add_b_inc_reg cycles=2 cell=F1_INC_RM

; add.b imm -> reg: src 0x0f, dst 0x0f
t_add_b_imm_reg:
        ;! r13=0xc5a0f sr=0x0107
        add.b #0x0f, r13
e_add_b_imm_reg:
        ;= r13=0x0001e c=0 z=0 n=0 v=0 pc=e_add_b_imm_reg cycles=2 cell=F1_IMM_RM

; add.b cg0 -> reg: dst 0x0f
t_add_b_cg0_reg:
        ;! r14=0xc5a0f sr=0x0107
        add.b #0, r14
e_add_b_cg0_reg:
        ;= r14=0x0000f c=0 z=0 n=0 v=0 pc=e_add_b_cg0_reg cycles=1 cell=F1_REG_RM

; add.b cg1 -> reg: dst 0x40
t_add_b_cg1_reg:
        ;! r14=0xc5a40 sr=0x0107
        add.b #1, r14
e_add_b_cg1_reg:
        ;= r14=0x00041 c=0 z=0 n=0 v=0 pc=e_add_b_cg1_reg cycles=1 cell=F1_REG_RM

; add.b cg2 -> reg: dst 0xcc
t_add_b_cg2_reg:
        ;! r5=0xc5acc sr=0x0103
        add.b #2, r5
e_add_b_cg2_reg:
        ;= r5=0x000ce c=0 z=0 n=1 v=0 pc=e_add_b_cg2_reg cycles=1 cell=F1_REG_RM

; add.b cg4 -> reg: dst 0x7f
t_add_b_cg4_reg:
        ;! r5=0xc5a7f sr=0x0003
        add.b #4, r5
e_add_b_cg4_reg:
        ;= r5=0x00083 c=0 z=0 n=1 v=1 pc=e_add_b_cg4_reg cycles=1 cell=F1_REG_RM

; add.b cg8 -> reg: dst 0x02
t_add_b_cg8_reg:
        ;! r8=0xc5a02 sr=0x0107
        add.b #8, r8
e_add_b_cg8_reg:
        ;= r8=0x0000a c=0 z=0 n=0 v=0 pc=e_add_b_cg8_reg cycles=1 cell=F1_REG_RM

; add.b cgm1 -> reg: dst 0x43
t_add_b_cgm1_reg:
        ;! r8=0xc5a43 sr=0x0106
        add.b #-1, r8
e_add_b_cgm1_reg:
        ;= r8=0x00042 c=1 z=0 n=0 v=0 pc=e_add_b_cgm1_reg cycles=1 cell=F1_REG_RM

; addc.w reg -> reg: src 0x8000, dst 0x8000, C=0
t_addc_w_reg_reg:
        ;! r15=0x58000 r10=0x38000 sr=0x0004
        addc r15, r10
e_addc_w_reg_reg:
        ;= r10=0x00000 c=1 z=1 n=0 v=1 pc=e_addc_w_reg_reg cycles=1 cell=F1_REG_RM

; addc.w idx -> reg: src 0xffff, dst 0x0001, C=1
t_addc_w_idx_reg:
        ;! r7=src_x [src_x+2]=0xffff r10=0x30001 sr=0x0107
        addc 2(r7), r10
e_addc_w_idx_reg:
        ;= r10=0x00001 c=1 z=0 n=0 v=0 pc=e_addc_w_idx_reg cycles=3 cell=F1_IDX_RM

; addc.w sym -> reg: src 0x0001, dst 0x8000, C=0
t_addc_w_sym_reg:
        ;! [src_s]=0x0001 r11=0x38000 sr=0x0102
        addc src_s, r11
e_addc_w_sym_reg:
        ;= r11=0x08001 c=0 z=0 n=1 v=0 pc=e_addc_w_sym_reg cycles=3 cell=F1_SYM_RM

; addc.w abs -> reg: src 0x5555, dst 0xaaaa, C=1
t_addc_w_abs_reg:
        ;! [src_a]=0x5555 r11=0x3aaaa sr=0x0105
        addc &src_a, r11
e_addc_w_abs_reg:
        ;= r11=0x00000 c=1 z=1 n=0 v=0 pc=e_addc_w_abs_reg cycles=3 cell=F1_ABS_RM

; addc.w ind -> reg: src 0x8001, dst 0x7fff, C=0
t_addc_w_ind_reg:
        ;! r9=src_i [src_i]=0x8001 r13=0x37fff sr=0x0104
        addc @r9, r13
e_addc_w_ind_reg:
        ;= r13=0x00000 r9=src_i c=1 z=1 n=0 v=0 pc=e_addc_w_ind_reg cycles=2 cell=F1_IND_RM

; addc.w inc -> reg: src 0x0f0f, dst 0x00ff, C=1
t_addc_w_inc_reg:
        ;! r12=src_i [src_i]=0x0f0f r13=0x300ff sr=0x0107
        addc @r12+, r13
e_addc_w_inc_reg:
        ;= r13=0x0100f r12=src_i+2 c=0 z=0 n=0 v=0 pc=e_addc_w_inc_reg cycles=2 cell=F1_INC_RM

; addc.w imm -> reg: src 0x00ff, dst 0x00ff, C=0
t_addc_w_imm_reg:
        ;! r14=0x300ff sr=0x0106
        addc #0x00ff, r14
e_addc_w_imm_reg:
        ;= r14=0x001fe c=0 z=0 n=0 v=0 pc=e_addc_w_imm_reg cycles=2 cell=F1_IMM_RM

; addc.w cg0 -> reg: dst 0x4000, C=1
t_addc_w_cg0_reg:
        ;! r14=0x34000 sr=0x0107
        addc #0, r14
e_addc_w_cg0_reg:
        ;= r14=0x04001 c=0 z=0 n=0 v=0 pc=e_addc_w_cg0_reg cycles=1 cell=F1_REG_RM

; addc.w cg1 -> reg: dst 0xcccc, C=0
t_addc_w_cg1_reg:
        ;! r5=0x3cccc sr=0x0102
        addc #1, r5
e_addc_w_cg1_reg:
        ;= r5=0x0cccd c=0 z=0 n=1 v=0 pc=e_addc_w_cg1_reg cycles=1 cell=F1_REG_RM

; addc.w cg2 -> reg: dst 0x7fff, C=1
t_addc_w_cg2_reg:
        ;! r5=0x37fff sr=0x0003
        addc #2, r5
e_addc_w_cg2_reg:
        ;= r5=0x08002 c=0 z=0 n=1 v=1 pc=e_addc_w_cg2_reg cycles=1 cell=F1_REG_RM

; addc.w cg4 -> reg: dst 0x0002, C=0
t_addc_w_cg4_reg:
        ;! r8=0x30002 sr=0x0106
        addc #4, r8
e_addc_w_cg4_reg:
        ;= r8=0x00006 c=0 z=0 n=0 v=0 pc=e_addc_w_cg4_reg cycles=1 cell=F1_REG_RM

; addc.w cg8 -> reg: dst 0x4321, C=1
t_addc_w_cg8_reg:
        ;! r8=0x34321 sr=0x0107
        addc #8, r8
e_addc_w_cg8_reg:
        ;= r8=0x0432a c=0 z=0 n=0 v=0 pc=e_addc_w_cg8_reg cycles=1 cell=F1_REG_RM

; addc.w cgm1 -> reg: dst 0x0001, C=0
t_addc_w_cgm1_reg:
        ;! r10=0x30001 sr=0x0104
        addc #-1, r10
e_addc_w_cgm1_reg:
        ;= r10=0x00000 c=1 z=1 n=0 v=0 pc=e_addc_w_cgm1_reg cycles=1 cell=F1_REG_RM

; addc.b reg -> reg: src 0x80, dst 0x80, C=1
t_addc_b_reg_reg:
        ;! r7=0x5a580 r10=0xc5a80 sr=0x0007
        addc.b r7, r10
e_addc_b_reg_reg:
        ;= r10=0x00001 c=1 z=0 n=0 v=1 pc=e_addc_b_reg_reg cycles=1 cell=F1_REG_RM

; addc.b idx -> reg: src 0xff, dst 0x01, C=0
t_addc_b_idx_reg:
        ;! r4=src_x [src_x+3].b=0xff [src_x+2].b=0xc3 r11=0xc5a01 sr=0x0104
        addc.b 3(r4), r11
e_addc_b_idx_reg:
        ;= r11=0x00000 c=1 z=1 n=0 v=0 pc=e_addc_b_idx_reg cycles=3 cell=F1_IDX_RM

; addc.b sym -> reg: src 0x01, dst 0x80, C=1
t_addc_b_sym_reg:
        ;! [src_s].b=0x01 [src_s+1].b=0xc3 r11=0xc5a80 sr=0x0103
        addc.b src_s, r11
e_addc_b_sym_reg:
        ;= r11=0x00082 c=0 z=0 n=1 v=0 pc=e_addc_b_sym_reg cycles=3 cell=F1_SYM_RM

; addc.b abs -> reg: src 0x55, dst 0xaa, C=0
t_addc_b_abs_reg:
        ;! [src_a+1].b=0x55 [src_a].b=0xc3 r13=0xc5aaa sr=0x0102
        addc.b &src_a+1, r13
e_addc_b_abs_reg:
        ;= r13=0x000ff c=0 z=0 n=1 v=0 pc=e_addc_b_abs_reg cycles=3 cell=F1_ABS_RM

; addc.b ind -> reg: src 0x81, dst 0x7f, C=1
t_addc_b_ind_reg:
        ;! r12=src_i+1 [src_i+1].b=0x81 [src_i].b=0xc3 r13=0xc5a7f sr=0x0107
        addc.b @r12, r13
e_addc_b_ind_reg:
        ;= r13=0x00001 r12=src_i+1 c=1 z=0 n=0 v=0 pc=e_addc_b_ind_reg cycles=2 cell=F1_IND_RM

; addc.b inc -> reg: src 0x0f, dst 0x0f, C=0
t_addc_b_inc_reg:
        ;! r15=src_i [src_i].b=0x0f [src_i+1].b=0xc3 r14=0xc5a0f sr=0x0106
        addc.b @r15+, r14
e_addc_b_inc_reg:
        ;= r14=0x0001e r15=src_i+1 c=0 z=0 n=0 v=0 pc=e_addc_b_inc_reg cycles=2 cell=F1_INC_RM

; addc.b imm -> reg: src 0xf0, dst 0x0f, C=1
t_addc_b_imm_reg:
        ;! r14=0xc5a0f sr=0x0105
        addc.b #0xf0, r14
e_addc_b_imm_reg:
        ;= r14=0x00000 c=1 z=1 n=0 v=0 pc=e_addc_b_imm_reg cycles=2 cell=F1_IMM_RM

; addc.b cg0 -> reg: dst 0x40, C=0
t_addc_b_cg0_reg:
        ;! r5=0xc5a40 sr=0x0106
        addc.b #0, r5
e_addc_b_cg0_reg:
        ;= r5=0x00040 c=0 z=0 n=0 v=0 pc=e_addc_b_cg0_reg cycles=1 cell=F1_REG_RM

; addc.b cg1 -> reg: dst 0xcc, C=1
t_addc_b_cg1_reg:
        ;! r5=0xc5acc sr=0x0103
        addc.b #1, r5
e_addc_b_cg1_reg:
        ;= r5=0x000ce c=0 z=0 n=1 v=0 pc=e_addc_b_cg1_reg cycles=1 cell=F1_REG_RM

; addc.b cg2 -> reg: dst 0x7f, C=0
t_addc_b_cg2_reg:
        ;! r8=0xc5a7f sr=0x0002
        addc.b #2, r8
e_addc_b_cg2_reg:
        ;= r8=0x00081 c=0 z=0 n=1 v=1 pc=e_addc_b_cg2_reg cycles=1 cell=F1_REG_RM

; addc.b cg4 -> reg: dst 0x02, C=1
t_addc_b_cg4_reg:
        ;! r8=0xc5a02 sr=0x0107
        addc.b #4, r8
e_addc_b_cg4_reg:
        ;= r8=0x00007 c=0 z=0 n=0 v=0 pc=e_addc_b_cg4_reg cycles=1 cell=F1_REG_RM

; addc.b cg8 -> reg: dst 0x43, C=0
t_addc_b_cg8_reg:
        ;! r10=0xc5a43 sr=0x0106
        addc.b #8, r10
e_addc_b_cg8_reg:
        ;= r10=0x0004b c=0 z=0 n=0 v=0 pc=e_addc_b_cg8_reg cycles=1 cell=F1_REG_RM

; addc.b cgm1 -> reg: dst 0x01, C=1
t_addc_b_cgm1_reg:
        ;! r10=0xc5a01 sr=0x0107
        addc.b #-1, r10
e_addc_b_cgm1_reg:
        ;= r10=0x00001 c=1 z=0 n=0 v=0 pc=e_addc_b_cgm1_reg cycles=1 cell=F1_REG_RM

; subc.w reg -> reg: src 0xffff, dst 0x0001, C=0
t_subc_w_reg_reg:
        ;! r4=0x5ffff r11=0x30001 sr=0x0106
        subc r4, r11
e_subc_w_reg_reg:
        ;= r11=0x00001 c=0 z=0 n=0 v=0 pc=e_subc_w_reg_reg cycles=1 cell=F1_REG_RM

; subc.w idx -> reg: src 0x0001, dst 0x8000, C=1
t_subc_w_idx_reg:
        ;! r6=src_x [src_x+2]=0x0001 r11=0x38000 sr=0x0007
        subc 2(r6), r11
e_subc_w_idx_reg:
        ;= r11=0x07fff c=1 z=0 n=0 v=1 pc=e_subc_w_idx_reg cycles=3 cell=F1_IDX_RM

; subc.w sym -> reg: src 0x5555, dst 0xaaaa, C=0
t_subc_w_sym_reg:
        ;! [src_s]=0x5555 r13=0x3aaaa sr=0x0006
        subc src_s, r13
e_subc_w_sym_reg:
        ;= r13=0x05554 c=1 z=0 n=0 v=1 pc=e_subc_w_sym_reg cycles=3 cell=F1_SYM_RM

; subc.w abs -> reg: src 0x8001, dst 0x7fff, C=1
t_subc_w_abs_reg:
        ;! [src_a]=0x8001 r13=0x37fff sr=0x0003
        subc &src_a, r13
e_subc_w_abs_reg:
        ;= r13=0x0fffe c=0 z=0 n=1 v=1 pc=e_subc_w_abs_reg cycles=3 cell=F1_ABS_RM

; subc.w ind -> reg: src 0x0f0f, dst 0x00ff, C=0
t_subc_w_ind_reg:
        ;! r15=src_i [src_i]=0x0f0f r14=0x300ff sr=0x0102
        subc @r15, r14
e_subc_w_ind_reg:
        ;= r14=0x0f1ef r15=src_i c=0 z=0 n=1 v=0 pc=e_subc_w_ind_reg cycles=2 cell=F1_IND_RM

; subc.w inc -> reg: src 0x00ff, dst 0x00ff, C=1
t_subc_w_inc_reg:
        ;! r7=src_i [src_i]=0x00ff r14=0x300ff sr=0x0105
        subc @r7+, r14
e_subc_w_inc_reg:
        ;= r14=0x00000 r7=src_i+2 c=1 z=1 n=0 v=0 pc=e_subc_w_inc_reg cycles=2 cell=F1_INC_RM

; subc.w imm -> reg: src 0xc000, dst 0x4000, C=0
t_subc_w_imm_reg:
        ;! r5=0x34000 sr=0x0106
        subc #0xc000, r5
e_subc_w_imm_reg:
        ;= r5=0x07fff c=0 z=0 n=0 v=0 pc=e_subc_w_imm_reg cycles=2 cell=F1_IMM_RM

; subc.w cg0 -> reg: dst 0xcccc, C=1
t_subc_w_cg0_reg:
        ;! r5=0x3cccc sr=0x0103
        subc #0, r5
e_subc_w_cg0_reg:
        ;= r5=0x0cccc c=1 z=0 n=1 v=0 pc=e_subc_w_cg0_reg cycles=1 cell=F1_REG_RM

; subc.w cg1 -> reg: dst 0x7fff, C=0
t_subc_w_cg1_reg:
        ;! r8=0x37fff sr=0x0106
        subc #1, r8
e_subc_w_cg1_reg:
        ;= r8=0x07ffd c=1 z=0 n=0 v=0 pc=e_subc_w_cg1_reg cycles=1 cell=F1_REG_RM

; subc.w cg2 -> reg: dst 0x0002, C=1
t_subc_w_cg2_reg:
        ;! r8=0x30002 sr=0x0105
        subc #2, r8
e_subc_w_cg2_reg:
        ;= r8=0x00000 c=1 z=1 n=0 v=0 pc=e_subc_w_cg2_reg cycles=1 cell=F1_REG_RM

; subc.w cg4 -> reg: dst 0x4321, C=0
t_subc_w_cg4_reg:
        ;! r10=0x34321 sr=0x0106
        subc #4, r10
e_subc_w_cg4_reg:
        ;= r10=0x0431c c=1 z=0 n=0 v=0 pc=e_subc_w_cg4_reg cycles=1 cell=F1_REG_RM

; subc.w cg8 -> reg: dst 0x0001, C=1
t_subc_w_cg8_reg:
        ;! r10=0x30001 sr=0x0103
        subc #8, r10
e_subc_w_cg8_reg:
        ;= r10=0x0fff9 c=0 z=0 n=1 v=0 pc=e_subc_w_cg8_reg cycles=1 cell=F1_REG_RM

; subc.w cgm1 -> reg: dst 0x8000, C=0
t_subc_w_cgm1_reg:
        ;! r11=0x38000 sr=0x0102
        subc #-1, r11
e_subc_w_cgm1_reg:
        ;= r11=0x08000 c=0 z=0 n=1 v=0 pc=e_subc_w_cgm1_reg cycles=1 cell=F1_REG_RM

; subc.b reg -> reg: src 0xff, dst 0x01, C=1
t_subc_b_reg_reg:
        ;! r6=0x5a5ff r11=0xc5a01 sr=0x0107
        subc.b r6, r11
e_subc_b_reg_reg:
        ;= r11=0x00002 c=0 z=0 n=0 v=0 pc=e_subc_b_reg_reg cycles=1 cell=F1_REG_RM

; subc.b idx -> reg: src 0x01, dst 0x80, C=0
t_subc_b_idx_reg:
        ;! r9=src_x [src_x+3].b=0x01 [src_x+2].b=0xc3 r13=0xc5a80 sr=0x0006
        subc.b 3(r9), r13
e_subc_b_idx_reg:
        ;= r13=0x0007e c=1 z=0 n=0 v=1 pc=e_subc_b_idx_reg cycles=3 cell=F1_IDX_RM

; subc.b sym -> reg: src 0x55, dst 0xaa, C=1
t_subc_b_sym_reg:
        ;! [src_s].b=0x55 [src_s+1].b=0xc3 r13=0xc5aaa sr=0x0007
        subc.b src_s, r13
e_subc_b_sym_reg:
        ;= r13=0x00055 c=1 z=0 n=0 v=1 pc=e_subc_b_sym_reg cycles=3 cell=F1_SYM_RM

; subc.b abs -> reg: src 0x81, dst 0x7f, C=0
t_subc_b_abs_reg:
        ;! [src_a+1].b=0x81 [src_a].b=0xc3 r14=0xc5a7f sr=0x0002
        subc.b &src_a+1, r14
e_subc_b_abs_reg:
        ;= r14=0x000fd c=0 z=0 n=1 v=1 pc=e_subc_b_abs_reg cycles=3 cell=F1_ABS_RM

; subc.b ind -> reg: src 0x0f, dst 0x0f, C=1
t_subc_b_ind_reg:
        ;! r7=src_i+1 [src_i+1].b=0x0f [src_i].b=0xc3 r14=0xc5a0f sr=0x0105
        subc.b @r7, r14
e_subc_b_ind_reg:
        ;= r14=0x00000 r7=src_i+1 c=1 z=1 n=0 v=0 pc=e_subc_b_ind_reg cycles=2 cell=F1_IND_RM

; subc.b inc -> reg: src 0xf0, dst 0x0f, C=0
t_subc_b_inc_reg:
        ;! r4=src_i [src_i].b=0xf0 [src_i+1].b=0xc3 r5=0xc5a0f sr=0x0106
        subc.b @r4+, r5
e_subc_b_inc_reg:
        ;= r5=0x0001e r4=src_i+1 c=0 z=0 n=0 v=0 pc=e_subc_b_inc_reg cycles=2 cell=F1_INC_RM

; subc.b imm -> reg: src 0xc0, dst 0x40, C=1
t_subc_b_imm_reg:
        ;! r5=0xc5a40 sr=0x0003
        subc.b #0xc0, r5
e_subc_b_imm_reg:
        ;= r5=0x00080 c=0 z=0 n=1 v=1 pc=e_subc_b_imm_reg cycles=2 cell=F1_IMM_RM

; subc.b cg0 -> reg: dst 0xcc, C=0
t_subc_b_cg0_reg:
        ;! r8=0xc5acc sr=0x0102
        subc.b #0, r8
e_subc_b_cg0_reg:
        ;= r8=0x000cb c=1 z=0 n=1 v=0 pc=e_subc_b_cg0_reg cycles=1 cell=F1_REG_RM

; subc.b cg1 -> reg: dst 0x7f, C=1
t_subc_b_cg1_reg:
        ;! r8=0xc5a7f sr=0x0107
        subc.b #1, r8
e_subc_b_cg1_reg:
        ;= r8=0x0007e c=1 z=0 n=0 v=0 pc=e_subc_b_cg1_reg cycles=1 cell=F1_REG_RM

; subc.b cg2 -> reg: dst 0x02, C=0
t_subc_b_cg2_reg:
        ;! r10=0xc5a02 sr=0x0102
        subc.b #2, r10
e_subc_b_cg2_reg:
        ;= r10=0x000ff c=0 z=0 n=1 v=0 pc=e_subc_b_cg2_reg cycles=1 cell=F1_REG_RM

; subc.b cg4 -> reg: dst 0x43, C=1
t_subc_b_cg4_reg:
        ;! r10=0xc5a43 sr=0x0107
        subc.b #4, r10
e_subc_b_cg4_reg:
        ;= r10=0x0003f c=1 z=0 n=0 v=0 pc=e_subc_b_cg4_reg cycles=1 cell=F1_REG_RM

; subc.b cg8 -> reg: dst 0x01, C=0
t_subc_b_cg8_reg:
        ;! r11=0xc5a01 sr=0x0102
        subc.b #8, r11
e_subc_b_cg8_reg:
        ;= r11=0x000f8 c=0 z=0 n=1 v=0 pc=e_subc_b_cg8_reg cycles=1 cell=F1_REG_RM

; subc.b cgm1 -> reg: dst 0x80, C=1
t_subc_b_cgm1_reg:
        ;! r11=0xc5a80 sr=0x0103
        subc.b #-1, r11
e_subc_b_cgm1_reg:
        ;= r11=0x00081 c=0 z=0 n=1 v=0 pc=e_subc_b_cgm1_reg cycles=1 cell=F1_REG_RM

; sub.w reg -> reg: src 0x0001, dst 0x8000
t_sub_w_reg_reg:
        ;! r9=0x50001 r13=0x38000 sr=0x0006
        sub r9, r13
e_sub_w_reg_reg:
        ;= r13=0x07fff c=1 z=0 n=0 v=1 pc=e_sub_w_reg_reg cycles=1 cell=F1_REG_RM

; sub.w idx -> reg: src 0x5555, dst 0xaaaa
t_sub_w_idx_reg:
        ;! r12=src_x [src_x+2]=0x5555 r13=0x3aaaa sr=0x0006
        sub 2(r12), r13
e_sub_w_idx_reg:
        ;= r13=0x05555 c=1 z=0 n=0 v=1 pc=e_sub_w_idx_reg cycles=3 cell=F1_IDX_RM

; sub.w sym -> reg: src 0x8001, dst 0x7fff
t_sub_w_sym_reg:
        ;! [src_s]=0x8001 r14=0x37fff sr=0x0003
        sub src_s, r14
e_sub_w_sym_reg:
        ;= r14=0x0fffe c=0 z=0 n=1 v=1 pc=e_sub_w_sym_reg cycles=3 cell=F1_SYM_RM

; sub.w abs -> reg: src 0x0f0f, dst 0x00ff
t_sub_w_abs_reg:
        ;! [src_a]=0x0f0f r14=0x300ff sr=0x0103
        sub &src_a, r14
e_sub_w_abs_reg:
        ;= r14=0x0f1f0 c=0 z=0 n=1 v=0 pc=e_sub_w_abs_reg cycles=3 cell=F1_ABS_RM

; sub.w ind -> reg: src 0x00ff, dst 0x00ff
t_sub_w_ind_reg:
        ;! r4=src_i [src_i]=0x00ff r5=0x300ff sr=0x0104
        sub @r4, r5
e_sub_w_ind_reg:
        ;= r5=0x00000 r4=src_i c=1 z=1 n=0 v=0 pc=e_sub_w_ind_reg cycles=2 cell=F1_IND_RM

; sub.w inc -> reg: src 0xc000, dst 0x4000
t_sub_w_inc_reg:
        ;! r6=src_i [src_i]=0xc000 r5=0x34000 sr=0x0003
        sub @r6+, r5
e_sub_w_inc_reg:
        ;= r5=0x08000 r6=src_i+2 c=0 z=0 n=1 v=1 pc=e_sub_w_inc_reg cycles=2 cell=F1_INC_RM

; sub.w imm -> reg: src 0x3333, dst 0xcccc
t_sub_w_imm_reg:
        ;! r8=0x3cccc sr=0x0102
        sub #0x3333, r8
e_sub_w_imm_reg:
        ;= r8=0x09999 c=1 z=0 n=1 v=0 pc=e_sub_w_imm_reg cycles=2 cell=F1_IMM_RM

; sub.w cg0 -> reg: dst 0x7fff
t_sub_w_cg0_reg:
        ;! r8=0x37fff sr=0x0106
        sub #0, r8
e_sub_w_cg0_reg:
        ;= r8=0x07fff c=1 z=0 n=0 v=0 pc=e_sub_w_cg0_reg cycles=1 cell=F1_REG_RM

; sub.w cg1 -> reg: dst 0x0002
t_sub_w_cg1_reg:
        ;! r10=0x30002 sr=0x0106
        sub #1, r10
e_sub_w_cg1_reg:
        ;= r10=0x00001 c=1 z=0 n=0 v=0 pc=e_sub_w_cg1_reg cycles=1 cell=F1_REG_RM

; sub.w cg2 -> reg: dst 0x4321
t_sub_w_cg2_reg:
        ;! r10=0x34321 sr=0x0106
        sub #2, r10
e_sub_w_cg2_reg:
        ;= r10=0x0431f c=1 z=0 n=0 v=0 pc=e_sub_w_cg2_reg cycles=1 cell=F1_REG_RM

; sub.w cg4 -> reg: dst 0x0001
t_sub_w_cg4_reg:
        ;! r11=0x30001 sr=0x0103
        sub #4, r11
e_sub_w_cg4_reg:
        ;= r11=0x0fffd c=0 z=0 n=1 v=0 pc=e_sub_w_cg4_reg cycles=1 cell=F1_REG_RM

; sub.w cg8 -> reg: dst 0x8000
t_sub_w_cg8_reg:
        ;! r11=0x38000 sr=0x0006
        sub #8, r11
e_sub_w_cg8_reg:
        ;= r11=0x07ff8 c=1 z=0 n=0 v=1 pc=e_sub_w_cg8_reg cycles=1 cell=F1_REG_RM

; sub.w cgm1 -> reg: dst 0x0001
t_sub_w_cgm1_reg:
        ;! r13=0x30001 sr=0x0107
        sub #-1, r13
e_sub_w_cgm1_reg:
        ;= r13=0x00002 c=0 z=0 n=0 v=0 pc=e_sub_w_cgm1_reg cycles=1 cell=F1_REG_RM

; sub.b reg -> reg: src 0x01, dst 0x80
t_sub_b_reg_reg:
        ;! r12=0x5a501 r13=0xc5a80 sr=0x0006
        sub.b r12, r13
e_sub_b_reg_reg:
        ;= r13=0x0007f c=1 z=0 n=0 v=1 pc=e_sub_b_reg_reg cycles=1 cell=F1_REG_RM

; sub.b idx -> reg: src 0x55, dst 0xaa
t_sub_b_idx_reg:
        ;! r15=src_x [src_x+3].b=0x55 [src_x+2].b=0xc3 r14=0xc5aaa sr=0x0006
        sub.b 3(r15), r14
e_sub_b_idx_reg:
        ;= r14=0x00055 c=1 z=0 n=0 v=1 pc=e_sub_b_idx_reg cycles=3 cell=F1_IDX_RM

; sub.b sym -> reg: src 0x81, dst 0x7f
t_sub_b_sym_reg:
        ;! [src_s].b=0x81 [src_s+1].b=0xc3 r14=0xc5a7f sr=0x0003
        sub.b src_s, r14
e_sub_b_sym_reg:
        ;= r14=0x000fe c=0 z=0 n=1 v=1 pc=e_sub_b_sym_reg cycles=3 cell=F1_SYM_RM

; sub.b abs -> reg: src 0x0f, dst 0x0f
t_sub_b_abs_reg:
        ;! [src_a+1].b=0x0f [src_a].b=0xc3 r5=0xc5a0f sr=0x0104
        sub.b &src_a+1, r5
e_sub_b_abs_reg:
        ;= r5=0x00000 c=1 z=1 n=0 v=0 pc=e_sub_b_abs_reg cycles=3 cell=F1_ABS_RM

; sub.b ind -> reg: src 0xf0, dst 0x0f
t_sub_b_ind_reg:
        ;! r6=src_i+1 [src_i+1].b=0xf0 [src_i].b=0xc3 r5=0xc5a0f sr=0x0107
        sub.b @r6, r5
e_sub_b_ind_reg:
        ;= r5=0x0001f r6=src_i+1 c=0 z=0 n=0 v=0 pc=e_sub_b_ind_reg cycles=2 cell=F1_IND_RM

; sub.b inc -> reg: src 0xc0, dst 0x40
t_sub_b_inc_reg:
        ;! r9=src_i [src_i].b=0xc0 [src_i+1].b=0xc3 r8=0xc5a40 sr=0x0003
        sub.b @r9+, r8
e_sub_b_inc_reg:
        ;= r8=0x00080 r9=src_i+1 c=0 z=0 n=1 v=1 pc=e_sub_b_inc_reg cycles=2 cell=F1_INC_RM

; sub.b imm -> reg: src 0x33, dst 0xcc
t_sub_b_imm_reg:
        ;! r8=0xc5acc sr=0x0102
        sub.b #0x33, r8
e_sub_b_imm_reg:
        ;= r8=0x00099 c=1 z=0 n=1 v=0 pc=e_sub_b_imm_reg cycles=2 cell=F1_IMM_RM

; sub.b cg0 -> reg: dst 0x7f
t_sub_b_cg0_reg:
        ;! r10=0xc5a7f sr=0x0106
        sub.b #0, r10
e_sub_b_cg0_reg:
        ;= r10=0x0007f c=1 z=0 n=0 v=0 pc=e_sub_b_cg0_reg cycles=1 cell=F1_REG_RM

; sub.b cg1 -> reg: dst 0x02
t_sub_b_cg1_reg:
        ;! r10=0xc5a02 sr=0x0106
        sub.b #1, r10
e_sub_b_cg1_reg:
        ;= r10=0x00001 c=1 z=0 n=0 v=0 pc=e_sub_b_cg1_reg cycles=1 cell=F1_REG_RM

; sub.b cg2 -> reg: dst 0x43
t_sub_b_cg2_reg:
        ;! r11=0xc5a43 sr=0x0106
        sub.b #2, r11
e_sub_b_cg2_reg:
        ;= r11=0x00041 c=1 z=0 n=0 v=0 pc=e_sub_b_cg2_reg cycles=1 cell=F1_REG_RM

; sub.b cg4 -> reg: dst 0x01
t_sub_b_cg4_reg:
        ;! r11=0xc5a01 sr=0x0103
        sub.b #4, r11
e_sub_b_cg4_reg:
        ;= r11=0x000fd c=0 z=0 n=1 v=0 pc=e_sub_b_cg4_reg cycles=1 cell=F1_REG_RM

; sub.b cg8 -> reg: dst 0x80
t_sub_b_cg8_reg:
        ;! r13=0xc5a80 sr=0x0006
        sub.b #8, r13
e_sub_b_cg8_reg:
        ;= r13=0x00078 c=1 z=0 n=0 v=1 pc=e_sub_b_cg8_reg cycles=1 cell=F1_REG_RM

; sub.b cgm1 -> reg: dst 0x01
t_sub_b_cgm1_reg:
        ;! r13=0xc5a01 sr=0x0107
        sub.b #-1, r13
e_sub_b_cgm1_reg:
        ;= r13=0x00002 c=0 z=0 n=0 v=0 pc=e_sub_b_cgm1_reg cycles=1 cell=F1_REG_RM

; cmp.w reg -> reg: src 0x5555, dst 0xaaaa
t_cmp_w_reg_reg:
        ;! r15=0x55555 r14=0x3aaaa sr=0x0006
        cmp r15, r14
e_cmp_w_reg_reg:
        ;= r14=0x3aaaa c=1 z=0 n=0 v=1 pc=e_cmp_w_reg_reg cycles=1 cell=F1_REG_RM

; cmp.w idx -> reg: src 0x8001, dst 0x7fff
t_cmp_w_idx_reg:
        ;! r7=src_x [src_x+2]=0x8001 r14=0x37fff sr=0x0003
        cmp 2(r7), r14
e_cmp_w_idx_reg:
        ;= r14=0x37fff c=0 z=0 n=1 v=1 pc=e_cmp_w_idx_reg cycles=3 cell=F1_IDX_RM

; cmp.w sym -> reg: src 0x0f0f, dst 0x00ff
t_cmp_w_sym_reg:
        ;! [src_s]=0x0f0f r5=0x300ff sr=0x0103
        cmp src_s, r5
e_cmp_w_sym_reg:
        ;= r5=0x300ff c=0 z=0 n=1 v=0 pc=e_cmp_w_sym_reg cycles=3 cell=F1_SYM_RM

; cmp.w abs -> reg: src 0x00ff, dst 0x00ff
t_cmp_w_abs_reg:
        ;! [src_a]=0x00ff r5=0x300ff sr=0x0104
        cmp &src_a, r5
e_cmp_w_abs_reg:
        ;= r5=0x300ff c=1 z=1 n=0 v=0 pc=e_cmp_w_abs_reg cycles=3 cell=F1_ABS_RM

; cmp.w ind -> reg: src 0xc000, dst 0x4000
t_cmp_w_ind_reg:
        ;! r9=src_i [src_i]=0xc000 r8=0x34000 sr=0x0003
        cmp @r9, r8
e_cmp_w_ind_reg:
        ;= r8=0x34000 r9=src_i c=0 z=0 n=1 v=1 pc=e_cmp_w_ind_reg cycles=2 cell=F1_IND_RM

; cmp.w inc -> reg: src 0x3333, dst 0xcccc
t_cmp_w_inc_reg:
        ;! r12=src_i [src_i]=0x3333 r8=0x3cccc sr=0x0102
        cmp @r12+, r8
e_cmp_w_inc_reg:
        ;= r8=0x3cccc r12=src_i+2 c=1 z=0 n=1 v=0 pc=e_cmp_w_inc_reg cycles=2 cell=F1_INC_RM

; cmp.w imm -> reg: src 0x8000, dst 0x7fff
t_cmp_w_imm_reg:
        ;! r10=0x37fff sr=0x0003
        cmp #0x8000, r10
e_cmp_w_imm_reg:
        ;= r10=0x37fff c=0 z=0 n=1 v=1 pc=e_cmp_w_imm_reg cycles=2 cell=F1_IMM_RM

; cmp.w cg0 -> reg: dst 0x0002
t_cmp_w_cg0_reg:
        ;! r10=0x30002 sr=0x0106
        cmp #0, r10
e_cmp_w_cg0_reg:
        ;= r10=0x30002 c=1 z=0 n=0 v=0 pc=e_cmp_w_cg0_reg cycles=1 cell=F1_REG_RM

; cmp.w cg1 -> reg: dst 0x4321
t_cmp_w_cg1_reg:
        ;! r11=0x34321 sr=0x0106
        cmp #1, r11
e_cmp_w_cg1_reg:
        ;= r11=0x34321 c=1 z=0 n=0 v=0 pc=e_cmp_w_cg1_reg cycles=1 cell=F1_REG_RM

; cmp.w cg2 -> reg: dst 0x0001
t_cmp_w_cg2_reg:
        ;! r11=0x30001 sr=0x0103
        cmp #2, r11
e_cmp_w_cg2_reg:
        ;= r11=0x30001 c=0 z=0 n=1 v=0 pc=e_cmp_w_cg2_reg cycles=1 cell=F1_REG_RM

; cmp.w cg4 -> reg: dst 0x8000
t_cmp_w_cg4_reg:
        ;! r13=0x38000 sr=0x0006
        cmp #4, r13
e_cmp_w_cg4_reg:
        ;= r13=0x38000 c=1 z=0 n=0 v=1 pc=e_cmp_w_cg4_reg cycles=1 cell=F1_REG_RM

; cmp.w cg8 -> reg: dst 0x0001
t_cmp_w_cg8_reg:
        ;! r13=0x30001 sr=0x0103
        cmp #8, r13
e_cmp_w_cg8_reg:
        ;= r13=0x30001 c=0 z=0 n=1 v=0 pc=e_cmp_w_cg8_reg cycles=1 cell=F1_REG_RM

; cmp.w cgm1 -> reg: dst 0x8000
t_cmp_w_cgm1_reg:
        ;! r14=0x38000 sr=0x0103
        cmp #-1, r14
e_cmp_w_cgm1_reg:
        ;= r14=0x38000 c=0 z=0 n=1 v=0 pc=e_cmp_w_cgm1_reg cycles=1 cell=F1_REG_RM

; cmp.b reg -> reg: src 0x55, dst 0xaa
t_cmp_b_reg_reg:
        ;! r7=0x5a555 r14=0xc5aaa sr=0x0006
        cmp.b r7, r14
e_cmp_b_reg_reg:
        ;= r14=0xc5aaa c=1 z=0 n=0 v=1 pc=e_cmp_b_reg_reg cycles=1 cell=F1_REG_RM

; cmp.b idx -> reg: src 0x81, dst 0x7f
t_cmp_b_idx_reg:
        ;! r4=src_x [src_x+3].b=0x81 [src_x+2].b=0xc3 r5=0xc5a7f sr=0x0003
        cmp.b 3(r4), r5
e_cmp_b_idx_reg:
        ;= r5=0xc5a7f c=0 z=0 n=1 v=1 pc=e_cmp_b_idx_reg cycles=3 cell=F1_IDX_RM

; cmp.b sym -> reg: src 0x0f, dst 0x0f
t_cmp_b_sym_reg:
        ;! [src_s].b=0x0f [src_s+1].b=0xc3 r5=0xc5a0f sr=0x0104
        cmp.b src_s, r5
e_cmp_b_sym_reg:
        ;= r5=0xc5a0f c=1 z=1 n=0 v=0 pc=e_cmp_b_sym_reg cycles=3 cell=F1_SYM_RM

; cmp.b abs -> reg: src 0xf0, dst 0x0f
t_cmp_b_abs_reg:
        ;! [src_a+1].b=0xf0 [src_a].b=0xc3 r8=0xc5a0f sr=0x0107
        cmp.b &src_a+1, r8
e_cmp_b_abs_reg:
        ;= r8=0xc5a0f c=0 z=0 n=0 v=0 pc=e_cmp_b_abs_reg cycles=3 cell=F1_ABS_RM

; cmp.b ind -> reg: src 0xc0, dst 0x40
t_cmp_b_ind_reg:
        ;! r12=src_i+1 [src_i+1].b=0xc0 [src_i].b=0xc3 r8=0xc5a40 sr=0x0003
        cmp.b @r12, r8
e_cmp_b_ind_reg:
        ;= r8=0xc5a40 r12=src_i+1 c=0 z=0 n=1 v=1 pc=e_cmp_b_ind_reg cycles=2 cell=F1_IND_RM

; cmp.b inc -> reg: src 0x33, dst 0xcc
t_cmp_b_inc_reg:
        ;! r15=src_i [src_i].b=0x33 [src_i+1].b=0xc3 r10=0xc5acc sr=0x0102
        cmp.b @r15+, r10
e_cmp_b_inc_reg:
        ;= r10=0xc5acc r15=src_i+1 c=1 z=0 n=1 v=0 pc=e_cmp_b_inc_reg cycles=2 cell=F1_INC_RM

; cmp.b imm -> reg: src 0x80, dst 0x7f
t_cmp_b_imm_reg:
        ;! r10=0xc5a7f sr=0x0003
        cmp.b #0x80, r10
e_cmp_b_imm_reg:
        ;= r10=0xc5a7f c=0 z=0 n=1 v=1 pc=e_cmp_b_imm_reg cycles=2 cell=F1_IMM_RM

; cmp.b cg0 -> reg: dst 0x02
t_cmp_b_cg0_reg:
        ;! r11=0xc5a02 sr=0x0106
        cmp.b #0, r11
e_cmp_b_cg0_reg:
        ;= r11=0xc5a02 c=1 z=0 n=0 v=0 pc=e_cmp_b_cg0_reg cycles=1 cell=F1_REG_RM

; cmp.b cg1 -> reg: dst 0x43
t_cmp_b_cg1_reg:
        ;! r11=0xc5a43 sr=0x0106
        cmp.b #1, r11
e_cmp_b_cg1_reg:
        ;= r11=0xc5a43 c=1 z=0 n=0 v=0 pc=e_cmp_b_cg1_reg cycles=1 cell=F1_REG_RM

; cmp.b cg2 -> reg: dst 0x01
t_cmp_b_cg2_reg:
        ;! r13=0xc5a01 sr=0x0103
        cmp.b #2, r13
e_cmp_b_cg2_reg:
        ;= r13=0xc5a01 c=0 z=0 n=1 v=0 pc=e_cmp_b_cg2_reg cycles=1 cell=F1_REG_RM

; cmp.b cg4 -> reg: dst 0x80
t_cmp_b_cg4_reg:
        ;! r13=0xc5a80 sr=0x0006
        cmp.b #4, r13
e_cmp_b_cg4_reg:
        ;= r13=0xc5a80 c=1 z=0 n=0 v=1 pc=e_cmp_b_cg4_reg cycles=1 cell=F1_REG_RM

; cmp.b cg8 -> reg: dst 0x01
t_cmp_b_cg8_reg:
        ;! r14=0xc5a01 sr=0x0103
        cmp.b #8, r14
e_cmp_b_cg8_reg:
        ;= r14=0xc5a01 c=0 z=0 n=1 v=0 pc=e_cmp_b_cg8_reg cycles=1 cell=F1_REG_RM

; cmp.b cgm1 -> reg: dst 0x80
t_cmp_b_cgm1_reg:
        ;! r14=0xc5a80 sr=0x0103
        cmp.b #-1, r14
e_cmp_b_cgm1_reg:
        ;= r14=0xc5a80 c=0 z=0 n=1 v=0 pc=e_cmp_b_cgm1_reg cycles=1 cell=F1_REG_RM

; dadd.w reg -> reg: src 0x8000, dst 0x0001, C=0
t_dadd_w_reg_reg:
        ;! r4=0x58000 r5=0x30001 sr=0x0002
        dadd r4, r5
e_dadd_w_reg_reg:
        ;= r5=0x08001 c=0 z=0 n=1 pc=e_dadd_w_reg_reg cycles=1 cell=F1_REG_RM

; dadd.w idx -> reg: src 0x0000, dst 0x0000, C=1
t_dadd_w_idx_reg:
        ;! r6=src_x [src_x+2]=0x0000 r5=0x30000 sr=0x0107
        dadd 2(r6), r5
e_dadd_w_idx_reg:
        ;= r5=0x00001 c=0 z=0 n=0 pc=e_dadd_w_idx_reg cycles=3 cell=F1_IDX_RM

; dadd.w sym -> reg: src 0x2500, dst 0x7499, C=0
t_dadd_w_sym_reg:
        ;! [src_s]=0x2500 r8=0x37499 sr=0x0002
        dadd src_s, r8
e_dadd_w_sym_reg:
        ;= r8=0x09999 c=0 z=0 n=1 pc=e_dadd_w_sym_reg cycles=3 cell=F1_SYM_RM

; dadd.w abs -> reg: src 0x0005, dst 0x0005, C=1
t_dadd_w_abs_reg:
        ;! [src_a]=0x0005 r8=0x30005 sr=0x0107
        dadd &src_a, r8
e_dadd_w_abs_reg:
        ;= r8=0x00011 c=0 z=0 n=0 pc=e_dadd_w_abs_reg cycles=3 cell=F1_ABS_RM

; dadd.w ind -> reg: src 0x3141, dst 0x2718, C=0
t_dadd_w_ind_reg:
        ;! r15=src_i [src_i]=0x3141 r10=0x32718 sr=0x0006
        dadd @r15, r10
e_dadd_w_ind_reg:
        ;= r10=0x05859 r15=src_i c=0 z=0 n=0 pc=e_dadd_w_ind_reg cycles=2 cell=F1_IND_RM

; dadd.w inc -> reg: src 0x9998, dst 0x0000, C=1
t_dadd_w_inc_reg:
        ;! r7=src_i [src_i]=0x9998 r10=0x30000 sr=0x0103
        dadd @r7+, r10
e_dadd_w_inc_reg:
        ;= r10=0x09999 r7=src_i+2 c=0 z=0 n=1 pc=e_dadd_w_inc_reg cycles=2 cell=F1_INC_RM

; dadd.w imm -> reg: src 0x0040, dst 0x9959, C=0
t_dadd_w_imm_reg:
        ;! r11=0x39959 sr=0x0002
        dadd #0x0040, r11
e_dadd_w_imm_reg:
        ;= r11=0x09999 c=0 z=0 n=1 pc=e_dadd_w_imm_reg cycles=2 cell=F1_IMM_RM

; dadd.w cg0 -> reg: dst 0x4321, C=1
t_dadd_w_cg0_reg:
        ;! r11=0x34321 sr=0x0107
        dadd #0, r11
e_dadd_w_cg0_reg:
        ;= r11=0x04322 c=0 z=0 n=0 pc=e_dadd_w_cg0_reg cycles=1 cell=F1_REG_RM

; dadd.w cg1 -> reg: dst 0x0001, C=0
t_dadd_w_cg1_reg:
        ;! r13=0x30001 sr=0x0006
        dadd #1, r13
e_dadd_w_cg1_reg:
        ;= r13=0x00002 c=0 z=0 n=0 pc=e_dadd_w_cg1_reg cycles=1 cell=F1_REG_RM

; dadd.w cg2 -> reg: dst 0x5000, C=1
t_dadd_w_cg2_reg:
        ;! r13=0x35000 sr=0x0107
        dadd #2, r13
e_dadd_w_cg2_reg:
        ;= r13=0x05003 c=0 z=0 n=0 pc=e_dadd_w_cg2_reg cycles=1 cell=F1_REG_RM

; dadd.w cg4 -> reg: dst 0x0001, C=0
t_dadd_w_cg4_reg:
        ;! r14=0x30001 sr=0x0006
        dadd #4, r14
e_dadd_w_cg4_reg:
        ;= r14=0x00005 c=0 z=0 n=0 pc=e_dadd_w_cg4_reg cycles=1 cell=F1_REG_RM

; dadd.w cg8 -> reg: dst 0x4433, C=1
t_dadd_w_cg8_reg:
        ;! r14=0x34433 sr=0x0107
        dadd #8, r14
e_dadd_w_cg8_reg:
        ;= r14=0x04442 c=0 z=0 n=0 pc=e_dadd_w_cg8_reg cycles=1 cell=F1_REG_RM

;  #-1 is not BCD: only timing and length asserted
t_dadd_w_cgm1_reg:
        ;! r5=0x30041 sr=0x0104
        dadd #-1, r5
e_dadd_w_cgm1_reg:
        ;= pc=e_dadd_w_cgm1_reg cycles=1 cell=F1_REG_RM

; dadd.b reg -> reg: src 0x00, dst 0x00, C=1
t_dadd_b_reg_reg:
        ;! r6=0x5a500 r5=0xc5a00 sr=0x0107
        dadd.b r6, r5
e_dadd_b_reg_reg:
        ;= r5=0x00001 c=0 z=0 n=0 pc=e_dadd_b_reg_reg cycles=1 cell=F1_REG_RM

; dadd.b idx -> reg: src 0x38, dst 0x61, C=0
t_dadd_b_idx_reg:
        ;! r9=src_x [src_x+3].b=0x38 [src_x+2].b=0xc3 r8=0xc5a61 sr=0x0002
        dadd.b 3(r9), r8
e_dadd_b_idx_reg:
        ;= r8=0x00099 c=0 z=0 n=1 pc=e_dadd_b_idx_reg cycles=3 cell=F1_IDX_RM

; dadd.b sym -> reg: src 0x05, dst 0x05, C=1
t_dadd_b_sym_reg:
        ;! [src_s].b=0x05 [src_s+1].b=0xc3 r8=0xc5a05 sr=0x0107
        dadd.b src_s, r8
e_dadd_b_sym_reg:
        ;= r8=0x00011 c=0 z=0 n=0 pc=e_dadd_b_sym_reg cycles=3 cell=F1_SYM_RM

; dadd.b abs -> reg: src 0x70, dst 0x09, C=0
t_dadd_b_abs_reg:
        ;! [src_a+1].b=0x70 [src_a].b=0xc3 r10=0xc5a09 sr=0x0006
        dadd.b &src_a+1, r10
e_dadd_b_abs_reg:
        ;= r10=0x00079 c=0 z=0 n=0 pc=e_dadd_b_abs_reg cycles=3 cell=F1_ABS_RM

; dadd.b ind -> reg: src 0x98, dst 0x00, C=1
t_dadd_b_ind_reg:
        ;! r7=src_i+1 [src_i+1].b=0x98 [src_i].b=0xc3 r10=0xc5a00 sr=0x0103
        dadd.b @r7, r10
e_dadd_b_ind_reg:
        ;= r10=0x00099 r7=src_i+1 c=0 z=0 n=1 pc=e_dadd_b_ind_reg cycles=2 cell=F1_IND_RM

; dadd.b inc -> reg: src 0x40, dst 0x59, C=0
t_dadd_b_inc_reg:
        ;! r4=src_i [src_i].b=0x40 [src_i+1].b=0xc3 r11=0xc5a59 sr=0x0002
        dadd.b @r4+, r11
e_dadd_b_inc_reg:
        ;= r11=0x00099 r4=src_i+1 c=0 z=0 n=1 pc=e_dadd_b_inc_reg cycles=2 cell=F1_INC_RM

; dadd.b imm -> reg: src 0x27, dst 0x18, C=1
t_dadd_b_imm_reg:
        ;! r11=0xc5a18 sr=0x0107
        dadd.b #0x27, r11
e_dadd_b_imm_reg:
        ;= r11=0x00046 c=0 z=0 n=0 pc=e_dadd_b_imm_reg cycles=2 cell=F1_IMM_RM

; dadd.b cg0 -> reg: dst 0x43, C=0
t_dadd_b_cg0_reg:
        ;! r13=0xc5a43 sr=0x0006
        dadd.b #0, r13
e_dadd_b_cg0_reg:
        ;= r13=0x00043 c=0 z=0 n=0 pc=e_dadd_b_cg0_reg cycles=1 cell=F1_REG_RM

; dadd.b cg1 -> reg: dst 0x01, C=1
t_dadd_b_cg1_reg:
        ;! r13=0xc5a01 sr=0x0107
        dadd.b #1, r13
e_dadd_b_cg1_reg:
        ;= r13=0x00003 c=0 z=0 n=0 pc=e_dadd_b_cg1_reg cycles=1 cell=F1_REG_RM

; dadd.b cg2 -> reg: dst 0x50, C=0
t_dadd_b_cg2_reg:
        ;! r14=0xc5a50 sr=0x0006
        dadd.b #2, r14
e_dadd_b_cg2_reg:
        ;= r14=0x00052 c=0 z=0 n=0 pc=e_dadd_b_cg2_reg cycles=1 cell=F1_REG_RM

; dadd.b cg4 -> reg: dst 0x01, C=1
t_dadd_b_cg4_reg:
        ;! r14=0xc5a01 sr=0x0107
        dadd.b #4, r14
e_dadd_b_cg4_reg:
        ;= r14=0x00006 c=0 z=0 n=0 pc=e_dadd_b_cg4_reg cycles=1 cell=F1_REG_RM

; dadd.b cg8 -> reg: dst 0x44, C=0
t_dadd_b_cg8_reg:
        ;! r5=0xc5a44 sr=0x0006
        dadd.b #8, r5
e_dadd_b_cg8_reg:
        ;= r5=0x00052 c=0 z=0 n=0 pc=e_dadd_b_cg8_reg cycles=1 cell=F1_REG_RM

;  #-1 is not BCD: only timing and length asserted
t_dadd_b_cgm1_reg:
        ;! r5=0xc5a41 sr=0x0003
        dadd.b #-1, r5
e_dadd_b_cgm1_reg:
        ;= pc=e_dadd_b_cgm1_reg cycles=1 cell=F1_REG_RM

; bit.w reg -> reg: src 0x0f0f, dst 0x00ff
t_bit_w_reg_reg:
        ;! r9=0x50f0f r8=0x300ff sr=0x0106
        bit r9, r8
e_bit_w_reg_reg:
        ;= r8=0x300ff c=1 z=0 n=0 v=0 pc=e_bit_w_reg_reg cycles=1 cell=F1_REG_RM

; bit.w idx -> reg: src 0x00ff, dst 0x00ff
t_bit_w_idx_reg:
        ;! r12=src_x [src_x+2]=0x00ff r8=0x300ff sr=0x0106
        bit 2(r12), r8
e_bit_w_idx_reg:
        ;= r8=0x300ff c=1 z=0 n=0 v=0 pc=e_bit_w_idx_reg cycles=3 cell=F1_IDX_RM

; bit.w sym -> reg: src 0xc000, dst 0x4000
t_bit_w_sym_reg:
        ;! [src_s]=0xc000 r10=0x34000 sr=0x0106
        bit src_s, r10
e_bit_w_sym_reg:
        ;= r10=0x34000 c=1 z=0 n=0 v=0 pc=e_bit_w_sym_reg cycles=3 cell=F1_SYM_RM

; bit.w abs -> reg: src 0x3333, dst 0xcccc
t_bit_w_abs_reg:
        ;! [src_a]=0x3333 r10=0x3cccc sr=0x0105
        bit &src_a, r10
e_bit_w_abs_reg:
        ;= r10=0x3cccc c=0 z=1 n=0 v=0 pc=e_bit_w_abs_reg cycles=3 cell=F1_ABS_RM

; bit.w ind -> reg: src 0x8000, dst 0x7fff
t_bit_w_ind_reg:
        ;! r4=src_i [src_i]=0x8000 r11=0x37fff sr=0x0105
        bit @r4, r11
e_bit_w_ind_reg:
        ;= r11=0x37fff r4=src_i c=0 z=1 n=0 v=0 pc=e_bit_w_ind_reg cycles=2 cell=F1_IND_RM

; bit.w inc -> reg: src 0x0003, dst 0x0002
t_bit_w_inc_reg:
        ;! r6=src_i [src_i]=0x0003 r11=0x30002 sr=0x0106
        bit @r6+, r11
e_bit_w_inc_reg:
        ;= r11=0x30002 r6=src_i+2 c=1 z=0 n=0 v=0 pc=e_bit_w_inc_reg cycles=2 cell=F1_INC_RM

; bit.w imm -> reg: src 0x1234, dst 0x4321
t_bit_w_imm_reg:
        ;! r13=0x34321 sr=0x0106
        bit #0x1234, r13
e_bit_w_imm_reg:
        ;= r13=0x34321 c=1 z=0 n=0 v=0 pc=e_bit_w_imm_reg cycles=2 cell=F1_IMM_RM

; bit.w cg0 -> reg: dst 0x0001
t_bit_w_cg0_reg:
        ;! r13=0x30001 sr=0x0105
        bit #0, r13
e_bit_w_cg0_reg:
        ;= r13=0x30001 c=0 z=1 n=0 v=0 pc=e_bit_w_cg0_reg cycles=1 cell=F1_REG_RM

; bit.w cg1 -> reg: dst 0x8000
t_bit_w_cg1_reg:
        ;! r14=0x38000 sr=0x0105
        bit #1, r14
e_bit_w_cg1_reg:
        ;= r14=0x38000 c=0 z=1 n=0 v=0 pc=e_bit_w_cg1_reg cycles=1 cell=F1_REG_RM

; bit.w cg2 -> reg: dst 0x0001
t_bit_w_cg2_reg:
        ;! r14=0x30001 sr=0x0105
        bit #2, r14
e_bit_w_cg2_reg:
        ;= r14=0x30001 c=0 z=1 n=0 v=0 pc=e_bit_w_cg2_reg cycles=1 cell=F1_REG_RM

; bit.w cg4 -> reg: dst 0x8000
t_bit_w_cg4_reg:
        ;! r5=0x38000 sr=0x0105
        bit #4, r5
e_bit_w_cg4_reg:
        ;= r5=0x38000 c=0 z=1 n=0 v=0 pc=e_bit_w_cg4_reg cycles=1 cell=F1_REG_RM

; bit.w cg8 -> reg: dst 0xaaaa
t_bit_w_cg8_reg:
        ;! r5=0x3aaaa sr=0x0106
        bit #8, r5
e_bit_w_cg8_reg:
        ;= r5=0x3aaaa c=1 z=0 n=0 v=0 pc=e_bit_w_cg8_reg cycles=1 cell=F1_REG_RM

; bit.w cgm1 -> reg: dst 0x7fff
t_bit_w_cgm1_reg:
        ;! r8=0x37fff sr=0x0106
        bit #-1, r8
e_bit_w_cgm1_reg:
        ;= r8=0x37fff c=1 z=0 n=0 v=0 pc=e_bit_w_cgm1_reg cycles=1 cell=F1_REG_RM

; bit.b reg -> reg: src 0x0f, dst 0x0f
t_bit_b_reg_reg:
        ;! r12=0x5a50f r8=0xc5a0f sr=0x0106
        bit.b r12, r8
e_bit_b_reg_reg:
        ;= r8=0xc5a0f c=1 z=0 n=0 v=0 pc=e_bit_b_reg_reg cycles=1 cell=F1_REG_RM

; bit.b idx -> reg: src 0xf0, dst 0x0f
t_bit_b_idx_reg:
        ;! r15=src_x [src_x+3].b=0xf0 [src_x+2].b=0xc3 r10=0xc5a0f sr=0x0105
        bit.b 3(r15), r10
e_bit_b_idx_reg:
        ;= r10=0xc5a0f c=0 z=1 n=0 v=0 pc=e_bit_b_idx_reg cycles=3 cell=F1_IDX_RM

; bit.b sym -> reg: src 0xc0, dst 0x40
t_bit_b_sym_reg:
        ;! [src_s].b=0xc0 [src_s+1].b=0xc3 r10=0xc5a40 sr=0x0106
        bit.b src_s, r10
e_bit_b_sym_reg:
        ;= r10=0xc5a40 c=1 z=0 n=0 v=0 pc=e_bit_b_sym_reg cycles=3 cell=F1_SYM_RM

; bit.b abs -> reg: src 0x33, dst 0xcc
t_bit_b_abs_reg:
        ;! [src_a+1].b=0x33 [src_a].b=0xc3 r11=0xc5acc sr=0x0105
        bit.b &src_a+1, r11
e_bit_b_abs_reg:
        ;= r11=0xc5acc c=0 z=1 n=0 v=0 pc=e_bit_b_abs_reg cycles=3 cell=F1_ABS_RM

; bit.b ind -> reg: src 0x80, dst 0x7f
t_bit_b_ind_reg:
        ;! r6=src_i+1 [src_i+1].b=0x80 [src_i].b=0xc3 r11=0xc5a7f sr=0x0105
        bit.b @r6, r11
e_bit_b_ind_reg:
        ;= r11=0xc5a7f r6=src_i+1 c=0 z=1 n=0 v=0 pc=e_bit_b_ind_reg cycles=2 cell=F1_IND_RM

; bit.b inc -> reg: src 0x03, dst 0x02
t_bit_b_inc_reg:
        ;! r9=src_i [src_i].b=0x03 [src_i+1].b=0xc3 r13=0xc5a02 sr=0x0106
        bit.b @r9+, r13
e_bit_b_inc_reg:
        ;= r13=0xc5a02 r9=src_i+1 c=1 z=0 n=0 v=0 pc=e_bit_b_inc_reg cycles=2 cell=F1_INC_RM

; bit.b imm -> reg: src 0x12, dst 0x43
t_bit_b_imm_reg:
        ;! r13=0xc5a43 sr=0x0106
        bit.b #0x12, r13
e_bit_b_imm_reg:
        ;= r13=0xc5a43 c=1 z=0 n=0 v=0 pc=e_bit_b_imm_reg cycles=2 cell=F1_IMM_RM

; bit.b cg0 -> reg: dst 0x01
t_bit_b_cg0_reg:
        ;! r14=0xc5a01 sr=0x0105
        bit.b #0, r14
e_bit_b_cg0_reg:
        ;= r14=0xc5a01 c=0 z=1 n=0 v=0 pc=e_bit_b_cg0_reg cycles=1 cell=F1_REG_RM

; bit.b cg1 -> reg: dst 0x80
t_bit_b_cg1_reg:
        ;! r14=0xc5a80 sr=0x0105
        bit.b #1, r14
e_bit_b_cg1_reg:
        ;= r14=0xc5a80 c=0 z=1 n=0 v=0 pc=e_bit_b_cg1_reg cycles=1 cell=F1_REG_RM

; bit.b cg2 -> reg: dst 0x01
t_bit_b_cg2_reg:
        ;! r5=0xc5a01 sr=0x0105
        bit.b #2, r5
e_bit_b_cg2_reg:
        ;= r5=0xc5a01 c=0 z=1 n=0 v=0 pc=e_bit_b_cg2_reg cycles=1 cell=F1_REG_RM

; bit.b cg4 -> reg: dst 0x80
t_bit_b_cg4_reg:
        ;! r5=0xc5a80 sr=0x0105
        bit.b #4, r5
e_bit_b_cg4_reg:
        ;= r5=0xc5a80 c=0 z=1 n=0 v=0 pc=e_bit_b_cg4_reg cycles=1 cell=F1_REG_RM

; bit.b cg8 -> reg: dst 0xaa
t_bit_b_cg8_reg:
        ;! r8=0xc5aaa sr=0x0106
        bit.b #8, r8
e_bit_b_cg8_reg:
        ;= r8=0xc5aaa c=1 z=0 n=0 v=0 pc=e_bit_b_cg8_reg cycles=1 cell=F1_REG_RM

; bit.b cgm1 -> reg: dst 0x7f
t_bit_b_cgm1_reg:
        ;! r8=0xc5a7f sr=0x0106
        bit.b #-1, r8
e_bit_b_cgm1_reg:
        ;= r8=0xc5a7f c=1 z=0 n=0 v=0 pc=e_bit_b_cgm1_reg cycles=1 cell=F1_REG_RM

; bic.w reg -> reg: src 0x00ff, dst 0x00ff
t_bic_w_reg_reg:
        ;! r15=0x500ff r10=0x300ff sr=0x0105
        bic r15, r10
e_bic_w_reg_reg:
        ;= r10=0x00000 c=1 z=0 n=1 v=1 pc=e_bic_w_reg_reg cycles=1 cell=F1_REG_RM

; bic.w idx -> reg: src 0xc000, dst 0x4000
t_bic_w_idx_reg:
        ;! r7=src_x [src_x+2]=0xc000 r10=0x34000 sr=0x0002
        bic 2(r7), r10
e_bic_w_idx_reg:
        ;= r10=0x00000 c=0 z=1 n=0 v=0 pc=e_bic_w_idx_reg cycles=3 cell=F1_IDX_RM

; bic.w sym -> reg: src 0x3333, dst 0xcccc
t_bic_w_sym_reg:
        ;! [src_s]=0x3333 r11=0x3cccc sr=0x0103
        bic src_s, r11
e_bic_w_sym_reg:
        ;= r11=0x0cccc c=1 z=1 n=0 v=1 pc=e_bic_w_sym_reg cycles=3 cell=F1_SYM_RM

; bic.w abs -> reg: src 0x8000, dst 0x7fff
t_bic_w_abs_reg:
        ;! [src_a]=0x8000 r11=0x37fff sr=0x0004
        bic &src_a, r11
e_bic_w_abs_reg:
        ;= r11=0x07fff c=0 z=0 n=1 v=0 pc=e_bic_w_abs_reg cycles=3 cell=F1_ABS_RM

; bic.w ind -> reg: src 0x0003, dst 0x0002
t_bic_w_ind_reg:
        ;! r9=src_i [src_i]=0x0003 r13=0x30002 sr=0x0105
        bic @r9, r13
e_bic_w_ind_reg:
        ;= r13=0x00000 r9=src_i c=1 z=0 n=1 v=1 pc=e_bic_w_ind_reg cycles=2 cell=F1_IND_RM

; bic.w inc -> reg: src 0x1234, dst 0x4321
t_bic_w_inc_reg:
        ;! r12=src_i [src_i]=0x1234 r13=0x34321 sr=0x0002
        bic @r12+, r13
e_bic_w_inc_reg:
        ;= r13=0x04101 r12=src_i+2 c=0 z=1 n=0 v=0 pc=e_bic_w_inc_reg cycles=2 cell=F1_INC_RM

; bic.w imm -> reg: src 0x7fff, dst 0x0001
t_bic_w_imm_reg:
        ;! r14=0x30001 sr=0x0103
        bic #0x7fff, r14
e_bic_w_imm_reg:
        ;= r14=0x00000 c=1 z=1 n=0 v=1 pc=e_bic_w_imm_reg cycles=2 cell=F1_IMM_RM

; bic.w cg0 -> reg: dst 0x8000
t_bic_w_cg0_reg:
        ;! r14=0x38000 sr=0x0004
        bic #0, r14
e_bic_w_cg0_reg:
        ;= r14=0x08000 c=0 z=0 n=1 v=0 pc=e_bic_w_cg0_reg cycles=1 cell=F1_REG_RM

; bic.w cg1 -> reg: dst 0x0001
t_bic_w_cg1_reg:
        ;! r5=0x30001 sr=0x0105
        bic #1, r5
e_bic_w_cg1_reg:
        ;= r5=0x00000 c=1 z=0 n=1 v=1 pc=e_bic_w_cg1_reg cycles=1 cell=F1_REG_RM

; bic.w cg2 -> reg: dst 0x8000
t_bic_w_cg2_reg:
        ;! r5=0x38000 sr=0x0002
        bic #2, r5
e_bic_w_cg2_reg:
        ;= r5=0x08000 c=0 z=1 n=0 v=0 pc=e_bic_w_cg2_reg cycles=1 cell=F1_REG_RM

; bic.w cg4 -> reg: dst 0xaaaa
t_bic_w_cg4_reg:
        ;! r8=0x3aaaa sr=0x0103
        bic #4, r8
e_bic_w_cg4_reg:
        ;= r8=0x0aaaa c=1 z=1 n=0 v=1 pc=e_bic_w_cg4_reg cycles=1 cell=F1_REG_RM

; bic.w cg8 -> reg: dst 0x7fff
t_bic_w_cg8_reg:
        ;! r8=0x37fff sr=0x0004
        bic #8, r8
e_bic_w_cg8_reg:
        ;= r8=0x07ff7 c=0 z=0 n=1 v=0 pc=e_bic_w_cg8_reg cycles=1 cell=F1_REG_RM

; bic.w cgm1 -> reg: dst 0x00ff
t_bic_w_cgm1_reg:
        ;! r10=0x300ff sr=0x0105
        bic #-1, r10
e_bic_w_cgm1_reg:
        ;= r10=0x00000 c=1 z=0 n=1 v=1 pc=e_bic_w_cgm1_reg cycles=1 cell=F1_REG_RM

; bic.b reg -> reg: src 0xf0, dst 0x0f
t_bic_b_reg_reg:
        ;! r7=0x5a5f0 r10=0xc5a0f sr=0x0002
        bic.b r7, r10
e_bic_b_reg_reg:
        ;= r10=0x0000f c=0 z=1 n=0 v=0 pc=e_bic_b_reg_reg cycles=1 cell=F1_REG_RM

; bic.b idx -> reg: src 0xc0, dst 0x40
t_bic_b_idx_reg:
        ;! r4=src_x [src_x+3].b=0xc0 [src_x+2].b=0xc3 r11=0xc5a40 sr=0x0103
        bic.b 3(r4), r11
e_bic_b_idx_reg:
        ;= r11=0x00000 c=1 z=1 n=0 v=1 pc=e_bic_b_idx_reg cycles=3 cell=F1_IDX_RM

; bic.b sym -> reg: src 0x33, dst 0xcc
t_bic_b_sym_reg:
        ;! [src_s].b=0x33 [src_s+1].b=0xc3 r11=0xc5acc sr=0x0004
        bic.b src_s, r11
e_bic_b_sym_reg:
        ;= r11=0x000cc c=0 z=0 n=1 v=0 pc=e_bic_b_sym_reg cycles=3 cell=F1_SYM_RM

; bic.b abs -> reg: src 0x80, dst 0x7f
t_bic_b_abs_reg:
        ;! [src_a+1].b=0x80 [src_a].b=0xc3 r13=0xc5a7f sr=0x0105
        bic.b &src_a+1, r13
e_bic_b_abs_reg:
        ;= r13=0x0007f c=1 z=0 n=1 v=1 pc=e_bic_b_abs_reg cycles=3 cell=F1_ABS_RM

; bic.b ind -> reg: src 0x03, dst 0x02
t_bic_b_ind_reg:
        ;! r12=src_i+1 [src_i+1].b=0x03 [src_i].b=0xc3 r13=0xc5a02 sr=0x0002
        bic.b @r12, r13
e_bic_b_ind_reg:
        ;= r13=0x00000 r12=src_i+1 c=0 z=1 n=0 v=0 pc=e_bic_b_ind_reg cycles=2 cell=F1_IND_RM

; bic.b inc -> reg: src 0x12, dst 0x43
t_bic_b_inc_reg:
        ;! r15=src_i [src_i].b=0x12 [src_i+1].b=0xc3 r14=0xc5a43 sr=0x0103
        bic.b @r15+, r14
e_bic_b_inc_reg:
        ;= r14=0x00041 r15=src_i+1 c=1 z=1 n=0 v=1 pc=e_bic_b_inc_reg cycles=2 cell=F1_INC_RM

; bic.b imm -> reg: src 0x7f, dst 0x01
t_bic_b_imm_reg:
        ;! r14=0xc5a01 sr=0x0004
        bic.b #0x7f, r14
e_bic_b_imm_reg:
        ;= r14=0x00000 c=0 z=0 n=1 v=0 pc=e_bic_b_imm_reg cycles=2 cell=F1_IMM_RM

; bic.b cg0 -> reg: dst 0x80
t_bic_b_cg0_reg:
        ;! r5=0xc5a80 sr=0x0105
        bic.b #0, r5
e_bic_b_cg0_reg:
        ;= r5=0x00080 c=1 z=0 n=1 v=1 pc=e_bic_b_cg0_reg cycles=1 cell=F1_REG_RM

; bic.b cg1 -> reg: dst 0x01
t_bic_b_cg1_reg:
        ;! r5=0xc5a01 sr=0x0002
        bic.b #1, r5
e_bic_b_cg1_reg:
        ;= r5=0x00000 c=0 z=1 n=0 v=0 pc=e_bic_b_cg1_reg cycles=1 cell=F1_REG_RM

; bic.b cg2 -> reg: dst 0x80
t_bic_b_cg2_reg:
        ;! r8=0xc5a80 sr=0x0103
        bic.b #2, r8
e_bic_b_cg2_reg:
        ;= r8=0x00080 c=1 z=1 n=0 v=1 pc=e_bic_b_cg2_reg cycles=1 cell=F1_REG_RM

; bic.b cg4 -> reg: dst 0xaa
t_bic_b_cg4_reg:
        ;! r8=0xc5aaa sr=0x0004
        bic.b #4, r8
e_bic_b_cg4_reg:
        ;= r8=0x000aa c=0 z=0 n=1 v=0 pc=e_bic_b_cg4_reg cycles=1 cell=F1_REG_RM

; bic.b cg8 -> reg: dst 0x7f
t_bic_b_cg8_reg:
        ;! r10=0xc5a7f sr=0x0105
        bic.b #8, r10
e_bic_b_cg8_reg:
        ;= r10=0x00077 c=1 z=0 n=1 v=1 pc=e_bic_b_cg8_reg cycles=1 cell=F1_REG_RM

; bic.b cgm1 -> reg: dst 0x0f
t_bic_b_cgm1_reg:
        ;! r10=0xc5a0f sr=0x0002
        bic.b #-1, r10
e_bic_b_cgm1_reg:
        ;= r10=0x00000 c=0 z=1 n=0 v=0 pc=e_bic_b_cgm1_reg cycles=1 cell=F1_REG_RM

; bis.w reg -> reg: src 0xc000, dst 0x4000
t_bis_w_reg_reg:
        ;! r4=0x5c000 r11=0x34000 sr=0x0103
        bis r4, r11
e_bis_w_reg_reg:
        ;= r11=0x0c000 c=1 z=1 n=0 v=1 pc=e_bis_w_reg_reg cycles=1 cell=F1_REG_RM

; bis.w idx -> reg: src 0x3333, dst 0xcccc
t_bis_w_idx_reg:
        ;! r6=src_x [src_x+2]=0x3333 r11=0x3cccc sr=0x0004
        bis 2(r6), r11
e_bis_w_idx_reg:
        ;= r11=0x0ffff c=0 z=0 n=1 v=0 pc=e_bis_w_idx_reg cycles=3 cell=F1_IDX_RM

; bis.w sym -> reg: src 0x8000, dst 0x7fff
t_bis_w_sym_reg:
        ;! [src_s]=0x8000 r13=0x37fff sr=0x0105
        bis src_s, r13
e_bis_w_sym_reg:
        ;= r13=0x0ffff c=1 z=0 n=1 v=1 pc=e_bis_w_sym_reg cycles=3 cell=F1_SYM_RM

; bis.w abs -> reg: src 0x0003, dst 0x0002
t_bis_w_abs_reg:
        ;! [src_a]=0x0003 r13=0x30002 sr=0x0002
        bis &src_a, r13
e_bis_w_abs_reg:
        ;= r13=0x00003 c=0 z=1 n=0 v=0 pc=e_bis_w_abs_reg cycles=3 cell=F1_ABS_RM

; bis.w ind -> reg: src 0x1234, dst 0x4321
t_bis_w_ind_reg:
        ;! r15=src_i [src_i]=0x1234 r14=0x34321 sr=0x0103
        bis @r15, r14
e_bis_w_ind_reg:
        ;= r14=0x05335 r15=src_i c=1 z=1 n=0 v=1 pc=e_bis_w_ind_reg cycles=2 cell=F1_IND_RM

; bis.w inc -> reg: src 0x7fff, dst 0x0001
t_bis_w_inc_reg:
        ;! r7=src_i [src_i]=0x7fff r14=0x30001 sr=0x0004
        bis @r7+, r14
e_bis_w_inc_reg:
        ;= r14=0x07fff r7=src_i+2 c=0 z=0 n=1 v=0 pc=e_bis_w_inc_reg cycles=2 cell=F1_INC_RM

; bis.w imm -> reg: src 0x8000, dst 0x8000
t_bis_w_imm_reg:
        ;! r5=0x38000 sr=0x0105
        bis #0x8000, r5
e_bis_w_imm_reg:
        ;= r5=0x08000 c=1 z=0 n=1 v=1 pc=e_bis_w_imm_reg cycles=2 cell=F1_IMM_RM

; bis.w cg0 -> reg: dst 0x0001
t_bis_w_cg0_reg:
        ;! r5=0x30001 sr=0x0002
        bis #0, r5
e_bis_w_cg0_reg:
        ;= r5=0x00001 c=0 z=1 n=0 v=0 pc=e_bis_w_cg0_reg cycles=1 cell=F1_REG_RM

; bis.w cg1 -> reg: dst 0x8000
t_bis_w_cg1_reg:
        ;! r8=0x38000 sr=0x0103
        bis #1, r8
e_bis_w_cg1_reg:
        ;= r8=0x08001 c=1 z=1 n=0 v=1 pc=e_bis_w_cg1_reg cycles=1 cell=F1_REG_RM

; bis.w cg2 -> reg: dst 0xaaaa
t_bis_w_cg2_reg:
        ;! r8=0x3aaaa sr=0x0004
        bis #2, r8
e_bis_w_cg2_reg:
        ;= r8=0x0aaaa c=0 z=0 n=1 v=0 pc=e_bis_w_cg2_reg cycles=1 cell=F1_REG_RM

; bis.w cg4 -> reg: dst 0x7fff
t_bis_w_cg4_reg:
        ;! r10=0x37fff sr=0x0105
        bis #4, r10
e_bis_w_cg4_reg:
        ;= r10=0x07fff c=1 z=0 n=1 v=1 pc=e_bis_w_cg4_reg cycles=1 cell=F1_REG_RM

; bis.w cg8 -> reg: dst 0x00ff
t_bis_w_cg8_reg:
        ;! r10=0x300ff sr=0x0002
        bis #8, r10
e_bis_w_cg8_reg:
        ;= r10=0x000ff c=0 z=1 n=0 v=0 pc=e_bis_w_cg8_reg cycles=1 cell=F1_REG_RM

; bis.w cgm1 -> reg: dst 0x00ff
t_bis_w_cgm1_reg:
        ;! r11=0x300ff sr=0x0103
        bis #-1, r11
e_bis_w_cgm1_reg:
        ;= r11=0x0ffff c=1 z=1 n=0 v=1 pc=e_bis_w_cgm1_reg cycles=1 cell=F1_REG_RM

; bis.b reg -> reg: src 0xc0, dst 0x40
t_bis_b_reg_reg:
        ;! r6=0x5a5c0 r11=0xc5a40 sr=0x0004
        bis.b r6, r11
e_bis_b_reg_reg:
        ;= r11=0x000c0 c=0 z=0 n=1 v=0 pc=e_bis_b_reg_reg cycles=1 cell=F1_REG_RM

; bis.b idx -> reg: src 0x33, dst 0xcc
t_bis_b_idx_reg:
        ;! r9=src_x [src_x+3].b=0x33 [src_x+2].b=0xc3 r13=0xc5acc sr=0x0105
        bis.b 3(r9), r13
e_bis_b_idx_reg:
        ;= r13=0x000ff c=1 z=0 n=1 v=1 pc=e_bis_b_idx_reg cycles=3 cell=F1_IDX_RM

; bis.b sym -> reg: src 0x80, dst 0x7f
t_bis_b_sym_reg:
        ;! [src_s].b=0x80 [src_s+1].b=0xc3 r13=0xc5a7f sr=0x0002
        bis.b src_s, r13
e_bis_b_sym_reg:
        ;= r13=0x000ff c=0 z=1 n=0 v=0 pc=e_bis_b_sym_reg cycles=3 cell=F1_SYM_RM

; bis.b abs -> reg: src 0x03, dst 0x02
t_bis_b_abs_reg:
        ;! [src_a+1].b=0x03 [src_a].b=0xc3 r14=0xc5a02 sr=0x0103
        bis.b &src_a+1, r14
e_bis_b_abs_reg:
        ;= r14=0x00003 c=1 z=1 n=0 v=1 pc=e_bis_b_abs_reg cycles=3 cell=F1_ABS_RM

; bis.b ind -> reg: src 0x12, dst 0x43
t_bis_b_ind_reg:
        ;! r7=src_i+1 [src_i+1].b=0x12 [src_i].b=0xc3 r14=0xc5a43 sr=0x0004
        bis.b @r7, r14
e_bis_b_ind_reg:
        ;= r14=0x00053 r7=src_i+1 c=0 z=0 n=1 v=0 pc=e_bis_b_ind_reg cycles=2 cell=F1_IND_RM

; bis.b inc -> reg: src 0x7f, dst 0x01
t_bis_b_inc_reg:
        ;! r4=src_i [src_i].b=0x7f [src_i+1].b=0xc3 r5=0xc5a01 sr=0x0105
        bis.b @r4+, r5
e_bis_b_inc_reg:
        ;= r5=0x0007f r4=src_i+1 c=1 z=0 n=1 v=1 pc=e_bis_b_inc_reg cycles=2 cell=F1_INC_RM

; bis.b imm -> reg: src 0x80, dst 0x80
t_bis_b_imm_reg:
        ;! r5=0xc5a80 sr=0x0002
        bis.b #0x80, r5
e_bis_b_imm_reg:
        ;= r5=0x00080 c=0 z=1 n=0 v=0 pc=e_bis_b_imm_reg cycles=2 cell=F1_IMM_RM

; bis.b cg0 -> reg: dst 0x01
t_bis_b_cg0_reg:
        ;! r8=0xc5a01 sr=0x0103
        bis.b #0, r8
e_bis_b_cg0_reg:
        ;= r8=0x00001 c=1 z=1 n=0 v=1 pc=e_bis_b_cg0_reg cycles=1 cell=F1_REG_RM

; bis.b cg1 -> reg: dst 0x80
t_bis_b_cg1_reg:
        ;! r8=0xc5a80 sr=0x0004
        bis.b #1, r8
e_bis_b_cg1_reg:
        ;= r8=0x00081 c=0 z=0 n=1 v=0 pc=e_bis_b_cg1_reg cycles=1 cell=F1_REG_RM

; bis.b cg2 -> reg: dst 0xaa
t_bis_b_cg2_reg:
        ;! r10=0xc5aaa sr=0x0105
        bis.b #2, r10
e_bis_b_cg2_reg:
        ;= r10=0x000aa c=1 z=0 n=1 v=1 pc=e_bis_b_cg2_reg cycles=1 cell=F1_REG_RM

; bis.b cg4 -> reg: dst 0x7f
t_bis_b_cg4_reg:
        ;! r10=0xc5a7f sr=0x0002
        bis.b #4, r10
e_bis_b_cg4_reg:
        ;= r10=0x0007f c=0 z=1 n=0 v=0 pc=e_bis_b_cg4_reg cycles=1 cell=F1_REG_RM

; bis.b cg8 -> reg: dst 0x0f
t_bis_b_cg8_reg:
        ;! r11=0xc5a0f sr=0x0103
        bis.b #8, r11
e_bis_b_cg8_reg:
        ;= r11=0x0000f c=1 z=1 n=0 v=1 pc=e_bis_b_cg8_reg cycles=1 cell=F1_REG_RM

; bis.b cgm1 -> reg: dst 0x0f
t_bis_b_cgm1_reg:
        ;! r11=0xc5a0f sr=0x0004
        bis.b #-1, r11
e_bis_b_cgm1_reg:
        ;= r11=0x000ff c=0 z=0 n=1 v=0 pc=e_bis_b_cgm1_reg cycles=1 cell=F1_REG_RM

; xor.w reg -> reg: src 0x3333, dst 0xcccc
t_xor_w_reg_reg:
        ;! r9=0x53333 r13=0x3cccc sr=0x0102
        xor r9, r13
e_xor_w_reg_reg:
        ;= r13=0x0ffff c=1 z=0 n=1 v=0 pc=e_xor_w_reg_reg cycles=1 cell=F1_REG_RM

; xor.w idx -> reg: src 0x8000, dst 0x7fff
t_xor_w_idx_reg:
        ;! r12=src_x [src_x+2]=0x8000 r13=0x37fff sr=0x0102
        xor 2(r12), r13
e_xor_w_idx_reg:
        ;= r13=0x0ffff c=1 z=0 n=1 v=0 pc=e_xor_w_idx_reg cycles=3 cell=F1_IDX_RM

; xor.w sym -> reg: src 0x0003, dst 0x0002
t_xor_w_sym_reg:
        ;! [src_s]=0x0003 r14=0x30002 sr=0x0106
        xor src_s, r14
e_xor_w_sym_reg:
        ;= r14=0x00001 c=1 z=0 n=0 v=0 pc=e_xor_w_sym_reg cycles=3 cell=F1_SYM_RM

; xor.w abs -> reg: src 0x1234, dst 0x4321
t_xor_w_abs_reg:
        ;! [src_a]=0x1234 r14=0x34321 sr=0x0106
        xor &src_a, r14
e_xor_w_abs_reg:
        ;= r14=0x05115 c=1 z=0 n=0 v=0 pc=e_xor_w_abs_reg cycles=3 cell=F1_ABS_RM

; xor.w ind -> reg: src 0x7fff, dst 0x0001
t_xor_w_ind_reg:
        ;! r4=src_i [src_i]=0x7fff r5=0x30001 sr=0x0106
        xor @r4, r5
e_xor_w_ind_reg:
        ;= r5=0x07ffe r4=src_i c=1 z=0 n=0 v=0 pc=e_xor_w_ind_reg cycles=2 cell=F1_IND_RM

; xor.w inc -> reg: src 0x8000, dst 0x8000
t_xor_w_inc_reg:
        ;! r6=src_i [src_i]=0x8000 r5=0x38000 sr=0x0005
        xor @r6+, r5
e_xor_w_inc_reg:
        ;= r5=0x00000 r6=src_i+2 c=0 z=1 n=0 v=1 pc=e_xor_w_inc_reg cycles=2 cell=F1_INC_RM

; xor.w imm -> reg: src 0x3a5c, dst 0x0001
t_xor_w_imm_reg:
        ;! r8=0x30001 sr=0x0106
        xor #0x3a5c, r8
e_xor_w_imm_reg:
        ;= r8=0x03a5d c=1 z=0 n=0 v=0 pc=e_xor_w_imm_reg cycles=2 cell=F1_IMM_RM

; xor.w cg0 -> reg: dst 0x8000
t_xor_w_cg0_reg:
        ;! r8=0x38000 sr=0x0102
        xor #0, r8
e_xor_w_cg0_reg:
        ;= r8=0x08000 c=1 z=0 n=1 v=0 pc=e_xor_w_cg0_reg cycles=1 cell=F1_REG_RM

; xor.w cg1 -> reg: dst 0xaaaa
t_xor_w_cg1_reg:
        ;! r10=0x3aaaa sr=0x0102
        xor #1, r10
e_xor_w_cg1_reg:
        ;= r10=0x0aaab c=1 z=0 n=1 v=0 pc=e_xor_w_cg1_reg cycles=1 cell=F1_REG_RM

; xor.w cg2 -> reg: dst 0x7fff
t_xor_w_cg2_reg:
        ;! r10=0x37fff sr=0x0106
        xor #2, r10
e_xor_w_cg2_reg:
        ;= r10=0x07ffd c=1 z=0 n=0 v=0 pc=e_xor_w_cg2_reg cycles=1 cell=F1_REG_RM

; xor.w cg4 -> reg: dst 0x00ff
t_xor_w_cg4_reg:
        ;! r11=0x300ff sr=0x0106
        xor #4, r11
e_xor_w_cg4_reg:
        ;= r11=0x000fb c=1 z=0 n=0 v=0 pc=e_xor_w_cg4_reg cycles=1 cell=F1_REG_RM

; xor.w cg8 -> reg: dst 0x00ff
t_xor_w_cg8_reg:
        ;! r11=0x300ff sr=0x0106
        xor #8, r11
e_xor_w_cg8_reg:
        ;= r11=0x000f7 c=1 z=0 n=0 v=0 pc=e_xor_w_cg8_reg cycles=1 cell=F1_REG_RM

; xor.w cgm1 -> reg: dst 0x4000
t_xor_w_cgm1_reg:
        ;! r13=0x34000 sr=0x0102
        xor #-1, r13
e_xor_w_cgm1_reg:
        ;= r13=0x0bfff c=1 z=0 n=1 v=0 pc=e_xor_w_cgm1_reg cycles=1 cell=F1_REG_RM

; xor.b reg -> reg: src 0x33, dst 0xcc
t_xor_b_reg_reg:
        ;! r12=0x5a533 r13=0xc5acc sr=0x0102
        xor.b r12, r13
e_xor_b_reg_reg:
        ;= r13=0x000ff c=1 z=0 n=1 v=0 pc=e_xor_b_reg_reg cycles=1 cell=F1_REG_RM

; xor.b idx -> reg: src 0x80, dst 0x7f
t_xor_b_idx_reg:
        ;! r15=src_x [src_x+3].b=0x80 [src_x+2].b=0xc3 r14=0xc5a7f sr=0x0102
        xor.b 3(r15), r14
e_xor_b_idx_reg:
        ;= r14=0x000ff c=1 z=0 n=1 v=0 pc=e_xor_b_idx_reg cycles=3 cell=F1_IDX_RM

; xor.b sym -> reg: src 0x03, dst 0x02
t_xor_b_sym_reg:
        ;! [src_s].b=0x03 [src_s+1].b=0xc3 r14=0xc5a02 sr=0x0106
        xor.b src_s, r14
e_xor_b_sym_reg:
        ;= r14=0x00001 c=1 z=0 n=0 v=0 pc=e_xor_b_sym_reg cycles=3 cell=F1_SYM_RM

; xor.b abs -> reg: src 0x12, dst 0x43
t_xor_b_abs_reg:
        ;! [src_a+1].b=0x12 [src_a].b=0xc3 r5=0xc5a43 sr=0x0106
        xor.b &src_a+1, r5
e_xor_b_abs_reg:
        ;= r5=0x00051 c=1 z=0 n=0 v=0 pc=e_xor_b_abs_reg cycles=3 cell=F1_ABS_RM

; xor.b ind -> reg: src 0x7f, dst 0x01
t_xor_b_ind_reg:
        ;! r6=src_i+1 [src_i+1].b=0x7f [src_i].b=0xc3 r5=0xc5a01 sr=0x0106
        xor.b @r6, r5
e_xor_b_ind_reg:
        ;= r5=0x0007e r6=src_i+1 c=1 z=0 n=0 v=0 pc=e_xor_b_ind_reg cycles=2 cell=F1_IND_RM

; xor.b inc -> reg: src 0x80, dst 0x80
t_xor_b_inc_reg:
        ;! r9=src_i [src_i].b=0x80 [src_i+1].b=0xc3 r8=0xc5a80 sr=0x0005
        xor.b @r9+, r8
e_xor_b_inc_reg:
        ;= r8=0x00000 r9=src_i+1 c=0 z=1 n=0 v=1 pc=e_xor_b_inc_reg cycles=2 cell=F1_INC_RM

; xor.b imm -> reg: src 0x3a, dst 0x01
t_xor_b_imm_reg:
        ;! r8=0xc5a01 sr=0x0106
        xor.b #0x3a, r8
e_xor_b_imm_reg:
        ;= r8=0x0003b c=1 z=0 n=0 v=0 pc=e_xor_b_imm_reg cycles=2 cell=F1_IMM_RM

; xor.b cg0 -> reg: dst 0x80
t_xor_b_cg0_reg:
        ;! r10=0xc5a80 sr=0x0102
        xor.b #0, r10
e_xor_b_cg0_reg:
        ;= r10=0x00080 c=1 z=0 n=1 v=0 pc=e_xor_b_cg0_reg cycles=1 cell=F1_REG_RM

; xor.b cg1 -> reg: dst 0xaa
t_xor_b_cg1_reg:
        ;! r10=0xc5aaa sr=0x0102
        xor.b #1, r10
e_xor_b_cg1_reg:
        ;= r10=0x000ab c=1 z=0 n=1 v=0 pc=e_xor_b_cg1_reg cycles=1 cell=F1_REG_RM

; xor.b cg2 -> reg: dst 0x7f
t_xor_b_cg2_reg:
        ;! r11=0xc5a7f sr=0x0106
        xor.b #2, r11
e_xor_b_cg2_reg:
        ;= r11=0x0007d c=1 z=0 n=0 v=0 pc=e_xor_b_cg2_reg cycles=1 cell=F1_REG_RM

; xor.b cg4 -> reg: dst 0x0f
t_xor_b_cg4_reg:
        ;! r11=0xc5a0f sr=0x0106
        xor.b #4, r11
e_xor_b_cg4_reg:
        ;= r11=0x0000b c=1 z=0 n=0 v=0 pc=e_xor_b_cg4_reg cycles=1 cell=F1_REG_RM

; xor.b cg8 -> reg: dst 0x0f
t_xor_b_cg8_reg:
        ;! r13=0xc5a0f sr=0x0106
        xor.b #8, r13
e_xor_b_cg8_reg:
        ;= r13=0x00007 c=1 z=0 n=0 v=0 pc=e_xor_b_cg8_reg cycles=1 cell=F1_REG_RM

; xor.b cgm1 -> reg: dst 0x40
t_xor_b_cgm1_reg:
        ;! r13=0xc5a40 sr=0x0102
        xor.b #-1, r13
e_xor_b_cgm1_reg:
        ;= r13=0x000bf c=1 z=0 n=1 v=0 pc=e_xor_b_cgm1_reg cycles=1 cell=F1_REG_RM

; and.w reg -> reg: src 0x8000, dst 0x7fff
t_and_w_reg_reg:
        ;! r15=0x58000 r14=0x37fff sr=0x0105
        and r15, r14
e_and_w_reg_reg:
        ;= r14=0x00000 c=0 z=1 n=0 v=0 pc=e_and_w_reg_reg cycles=1 cell=F1_REG_RM

; and.w idx -> reg: src 0x0003, dst 0x0002
t_and_w_idx_reg:
        ;! r7=src_x [src_x+2]=0x0003 r14=0x30002 sr=0x0106
        and 2(r7), r14
e_and_w_idx_reg:
        ;= r14=0x00002 c=1 z=0 n=0 v=0 pc=e_and_w_idx_reg cycles=3 cell=F1_IDX_RM

; and.w sym -> reg: src 0x1234, dst 0x4321
t_and_w_sym_reg:
        ;! [src_s]=0x1234 r5=0x34321 sr=0x0106
        and src_s, r5
e_and_w_sym_reg:
        ;= r5=0x00220 c=1 z=0 n=0 v=0 pc=e_and_w_sym_reg cycles=3 cell=F1_SYM_RM

; and.w abs -> reg: src 0x7fff, dst 0x0001
t_and_w_abs_reg:
        ;! [src_a]=0x7fff r5=0x30001 sr=0x0106
        and &src_a, r5
e_and_w_abs_reg:
        ;= r5=0x00001 c=1 z=0 n=0 v=0 pc=e_and_w_abs_reg cycles=3 cell=F1_ABS_RM

; and.w ind -> reg: src 0x8000, dst 0x8000
t_and_w_ind_reg:
        ;! r9=src_i [src_i]=0x8000 r8=0x38000 sr=0x0102
        and @r9, r8
e_and_w_ind_reg:
        ;= r8=0x08000 r9=src_i c=1 z=0 n=1 v=0 pc=e_and_w_ind_reg cycles=2 cell=F1_IND_RM

; and.w inc -> reg: src 0xffff, dst 0x0001
t_and_w_inc_reg:
        ;! r12=src_i [src_i]=0xffff r8=0x30001 sr=0x0106
        and @r12+, r8
e_and_w_inc_reg:
        ;= r8=0x00001 r12=src_i+2 c=1 z=0 n=0 v=0 pc=e_and_w_inc_reg cycles=2 cell=F1_INC_RM

; and.w imm -> reg: src 0x3a5c, dst 0x8000
t_and_w_imm_reg:
        ;! r10=0x38000 sr=0x0105
        and #0x3a5c, r10
e_and_w_imm_reg:
        ;= r10=0x00000 c=0 z=1 n=0 v=0 pc=e_and_w_imm_reg cycles=2 cell=F1_IMM_RM

; and.w cg0 -> reg: dst 0xaaaa
t_and_w_cg0_reg:
        ;! r10=0x3aaaa sr=0x0105
        and #0, r10
e_and_w_cg0_reg:
        ;= r10=0x00000 c=0 z=1 n=0 v=0 pc=e_and_w_cg0_reg cycles=1 cell=F1_REG_RM

; and.w cg1 -> reg: dst 0x7fff
t_and_w_cg1_reg:
        ;! r11=0x37fff sr=0x0106
        and #1, r11
e_and_w_cg1_reg:
        ;= r11=0x00001 c=1 z=0 n=0 v=0 pc=e_and_w_cg1_reg cycles=1 cell=F1_REG_RM

; and.w cg2 -> reg: dst 0x00ff
t_and_w_cg2_reg:
        ;! r11=0x300ff sr=0x0106
        and #2, r11
e_and_w_cg2_reg:
        ;= r11=0x00002 c=1 z=0 n=0 v=0 pc=e_and_w_cg2_reg cycles=1 cell=F1_REG_RM

; and.w cg4 -> reg: dst 0x00ff
t_and_w_cg4_reg:
        ;! r13=0x300ff sr=0x0106
        and #4, r13
e_and_w_cg4_reg:
        ;= r13=0x00004 c=1 z=0 n=0 v=0 pc=e_and_w_cg4_reg cycles=1 cell=F1_REG_RM

; and.w cg8 -> reg: dst 0x4000
t_and_w_cg8_reg:
        ;! r13=0x34000 sr=0x0105
        and #8, r13
e_and_w_cg8_reg:
        ;= r13=0x00000 c=0 z=1 n=0 v=0 pc=e_and_w_cg8_reg cycles=1 cell=F1_REG_RM

; and.w cgm1 -> reg: dst 0xcccc
t_and_w_cgm1_reg:
        ;! r14=0x3cccc sr=0x0102
        and #-1, r14
e_and_w_cgm1_reg:
        ;= r14=0x0cccc c=1 z=0 n=1 v=0 pc=e_and_w_cgm1_reg cycles=1 cell=F1_REG_RM

; and.b reg -> reg: src 0x80, dst 0x7f
t_and_b_reg_reg:
        ;! r7=0x5a580 r14=0xc5a7f sr=0x0105
        and.b r7, r14
e_and_b_reg_reg:
        ;= r14=0x00000 c=0 z=1 n=0 v=0 pc=e_and_b_reg_reg cycles=1 cell=F1_REG_RM

; and.b idx -> reg: src 0x03, dst 0x02
t_and_b_idx_reg:
        ;! r4=src_x [src_x+3].b=0x03 [src_x+2].b=0xc3 r5=0xc5a02 sr=0x0106
        and.b 3(r4), r5
e_and_b_idx_reg:
        ;= r5=0x00002 c=1 z=0 n=0 v=0 pc=e_and_b_idx_reg cycles=3 cell=F1_IDX_RM

; and.b sym -> reg: src 0x12, dst 0x43
t_and_b_sym_reg:
        ;! [src_s].b=0x12 [src_s+1].b=0xc3 r5=0xc5a43 sr=0x0106
        and.b src_s, r5
e_and_b_sym_reg:
        ;= r5=0x00002 c=1 z=0 n=0 v=0 pc=e_and_b_sym_reg cycles=3 cell=F1_SYM_RM

; and.b abs -> reg: src 0x7f, dst 0x01
t_and_b_abs_reg:
        ;! [src_a+1].b=0x7f [src_a].b=0xc3 r8=0xc5a01 sr=0x0106
        and.b &src_a+1, r8
e_and_b_abs_reg:
        ;= r8=0x00001 c=1 z=0 n=0 v=0 pc=e_and_b_abs_reg cycles=3 cell=F1_ABS_RM

; and.b ind -> reg: src 0x80, dst 0x80
t_and_b_ind_reg:
        ;! r12=src_i+1 [src_i+1].b=0x80 [src_i].b=0xc3 r8=0xc5a80 sr=0x0102
        and.b @r12, r8
e_and_b_ind_reg:
        ;= r8=0x00080 r12=src_i+1 c=1 z=0 n=1 v=0 pc=e_and_b_ind_reg cycles=2 cell=F1_IND_RM

; and.b inc -> reg: src 0xff, dst 0x01
t_and_b_inc_reg:
        ;! r15=src_i [src_i].b=0xff [src_i+1].b=0xc3 r10=0xc5a01 sr=0x0106
        and.b @r15+, r10
e_and_b_inc_reg:
        ;= r10=0x00001 r15=src_i+1 c=1 z=0 n=0 v=0 pc=e_and_b_inc_reg cycles=2 cell=F1_INC_RM

; and.b imm -> reg: src 0x3a, dst 0x80
t_and_b_imm_reg:
        ;! r10=0xc5a80 sr=0x0105
        and.b #0x3a, r10
e_and_b_imm_reg:
        ;= r10=0x00000 c=0 z=1 n=0 v=0 pc=e_and_b_imm_reg cycles=2 cell=F1_IMM_RM

; and.b cg0 -> reg: dst 0xaa
t_and_b_cg0_reg:
        ;! r11=0xc5aaa sr=0x0105
        and.b #0, r11
e_and_b_cg0_reg:
        ;= r11=0x00000 c=0 z=1 n=0 v=0 pc=e_and_b_cg0_reg cycles=1 cell=F1_REG_RM

; and.b cg1 -> reg: dst 0x7f
t_and_b_cg1_reg:
        ;! r11=0xc5a7f sr=0x0106
        and.b #1, r11
e_and_b_cg1_reg:
        ;= r11=0x00001 c=1 z=0 n=0 v=0 pc=e_and_b_cg1_reg cycles=1 cell=F1_REG_RM

; and.b cg2 -> reg: dst 0x0f
t_and_b_cg2_reg:
        ;! r13=0xc5a0f sr=0x0106
        and.b #2, r13
e_and_b_cg2_reg:
        ;= r13=0x00002 c=1 z=0 n=0 v=0 pc=e_and_b_cg2_reg cycles=1 cell=F1_REG_RM

; and.b cg4 -> reg: dst 0x0f
t_and_b_cg4_reg:
        ;! r13=0xc5a0f sr=0x0106
        and.b #4, r13
e_and_b_cg4_reg:
        ;= r13=0x00004 c=1 z=0 n=0 v=0 pc=e_and_b_cg4_reg cycles=1 cell=F1_REG_RM

; and.b cg8 -> reg: dst 0x40
t_and_b_cg8_reg:
        ;! r14=0xc5a40 sr=0x0105
        and.b #8, r14
e_and_b_cg8_reg:
        ;= r14=0x00000 c=0 z=1 n=0 v=0 pc=e_and_b_cg8_reg cycles=1 cell=F1_REG_RM

; and.b cgm1 -> reg: dst 0xcc
t_and_b_cgm1_reg:
        ;! r14=0xc5acc sr=0x0102
        and.b #-1, r14
e_and_b_cgm1_reg:
        ;= r14=0x000cc c=1 z=0 n=1 v=0 pc=e_and_b_cgm1_reg cycles=1 cell=F1_REG_RM

        .section .bss.classic_f1src,"aw",@nobits
        .balign 2
src_x:  .skip 8         ; X(Rn) sources: word at +2, byte at +3
src_s:  .skip 4         ; symbolic sources
src_a:  .skip 4         ; absolute sources (byte at +1)
src_i:  .skip 4         ; @Rn / @Rn+ sources
dst_x:  .skip 8         ; X(Rn) destinations: word at +4, byte at +5
dst_s:  .skip 4         ; symbolic destinations
dst_a:  .skip 4         ; absolute destinations (byte at +1)
