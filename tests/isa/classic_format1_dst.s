; Classic MSP430 Format I instructions: every opcode x every memory destination mode, .W and .B
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
        .section .text.classic_f1dst,"axR",@progbits


; mov.w reg -> idx: src 0x1234, dst 0x4321
t_mov_w_reg_idx:
        ;! r6=0x51234 r5=dst_x [dst_x+4]=0x4321 sr=0x0002
        mov r6, 4(r5)
e_mov_w_reg_idx:
        ;= [dst_x+4]=0x1234 r5=dst_x c=0 z=1 n=0 v=0 pc=e_mov_w_reg_idx cycles=3 cell=F1_REG_MEM_MBC

; mov.w idx -> sym: src 0xffff, dst 0x0001
t_mov_w_idx_sym:
        ;! r9=src_x [src_x+2]=0xffff [dst_s]=0x0001 sr=0x0103
        mov 2(r9), dst_s
e_mov_w_idx_sym:
        ;= [dst_s]=0xffff c=1 z=1 n=0 v=1 pc=e_mov_w_idx_sym cycles=5 cell=F1_IDX_MEM_MBC

; mov.w sym -> abs: src 0x8001, dst 0x7fff
t_mov_w_sym_abs:
        ;! [src_s]=0x8001 [dst_a]=0x7fff sr=0x0004
        mov src_s, &dst_a
e_mov_w_sym_abs:
        ;= [dst_a]=0x8001 c=0 z=0 n=1 v=0 pc=e_mov_w_sym_abs cycles=5 cell=F1_SYM_MEM_MBC

; mov.b inc -> idx: src 0x7f, dst 0x01
t_mov_b_inc_idx:
        ;! r15=src_i [src_i].b=0x7f [src_i+1].b=0xc3 r10=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x01 sr=0x0105
        ; mov.b @r15+, 5(r10)  (clang 14 refuses this form)
        .word 0x4ffa
        .word 0x0005
e_mov_b_inc_idx:
        ;= [dst_x+5].b=0x7f r15=src_i+1 r10=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=1 pc=e_mov_b_inc_idx cycles=4 cell=F1_INC_MEM_MBC

; mov.b imm -> sym: src 0x3a, dst 0x80
t_mov_b_imm_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x80 sr=0x0002
        mov.b #0x3a, dst_s
e_mov_b_imm_sym:
        ;= [dst_s].b=0x3a [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_mov_b_imm_sym cycles=4 cell=F1_IMM_MEM_MBC

; mov.b reg -> abs: src 0x0f, dst 0x0f
t_mov_b_reg_abs:
        ;! r4=0x5a50f [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0103
        mov.b r4, &dst_a+1
e_mov_b_reg_abs:
        ;= [dst_a+1].b=0x0f [dst_a].b=0x5a c=1 z=1 n=0 v=1 pc=e_mov_b_reg_abs cycles=3 cell=F1_REG_MEM_MBC

; add.w abs -> idx: src 0x7fff, dst 0x0001
t_add_w_abs_idx:
        ;! [src_a]=0x7fff r11=dst_x [dst_x+4]=0x0001 sr=0x0003
        add &src_a, 4(r11)
e_add_w_abs_idx:
        ;= [dst_x+4]=0x8000 r11=dst_x c=0 z=0 n=1 v=1 pc=e_add_w_abs_idx cycles=6 cell=F1_ABS_MEM

; add.w ind -> sym: src 0x0001, dst 0x8000
t_add_w_ind_sym:
        ;! r9=src_i [src_i]=0x0001 [dst_s]=0x8000 sr=0x0103
        add @r9, dst_s
e_add_w_ind_sym:
        ;= [dst_s]=0x8001 r9=src_i c=0 z=0 n=1 v=0 pc=e_add_w_ind_sym cycles=5 cell=F1_IND_MEM

; add.w inc -> abs: src 0x0f0f, dst 0x00ff
t_add_w_inc_abs:
        ;! r12=src_i [src_i]=0x0f0f [dst_a]=0x00ff sr=0x0107
        add @r12+, &dst_a
e_add_w_inc_abs:
        ;= [dst_a]=0x100e r12=src_i+2 c=0 z=0 n=0 v=0 pc=e_add_w_inc_abs cycles=5 cell=F1_INC_MEM

; add.b idx -> idx: src 0x80, dst 0x80
t_add_b_idx_idx:
        ;! r15=src_x [src_x+3].b=0x80 [src_x+2].b=0xc3 r14=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0004
        add.b 3(r15), 5(r14)
e_add_b_idx_idx:
        ;= [dst_x+5].b=0x00 r14=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=1 pc=e_add_b_idx_idx cycles=6 cell=F1_IDX_MEM

; add.b sym -> sym: src 0x55, dst 0xaa
t_add_b_sym_sym:
        ;! [src_s].b=0x55 [src_s+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0xaa sr=0x0103
        add.b src_s, dst_s
e_add_b_sym_sym:
        ;= [dst_s].b=0xff [dst_s+1].b=0x5a c=0 z=0 n=1 v=0 pc=e_add_b_sym_sym cycles=6 cell=F1_SYM_MEM

; add.b abs -> abs: src 0xf0, dst 0x0f
t_add_b_abs_abs:
        ;! [src_a+1].b=0xf0 [src_a].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0103
        add.b &src_a+1, &dst_a+1
e_add_b_abs_abs:
        ;= [dst_a+1].b=0xff [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_add_b_abs_abs cycles=6 cell=F1_ABS_MEM

; addc.w imm -> idx: src 0x8000, dst 0x8000, C=0
t_addc_w_imm_idx:
        ;! r5=dst_x [dst_x+4]=0x8000 sr=0x0004
        addc #0x8000, 4(r5)
e_addc_w_imm_idx:
        ;= [dst_x+4]=0x0000 r5=dst_x c=1 z=1 n=0 v=1 pc=e_addc_w_imm_idx cycles=5 cell=F1_IMM_MEM

; addc.w reg -> sym: src 0x5555, dst 0xaaaa, C=0
t_addc_w_reg_sym:
        ;! r9=0x55555 [dst_s]=0xaaaa sr=0x0102
        addc r9, dst_s
e_addc_w_reg_sym:
        ;= [dst_s]=0xffff c=0 z=0 n=1 v=0 pc=e_addc_w_reg_sym cycles=4 cell=F1_REG_MEM

; addc.w idx -> abs: src 0x00ff, dst 0x00ff, C=1
t_addc_w_idx_abs:
        ;! r12=src_x [src_x+2]=0x00ff [dst_a]=0x00ff sr=0x0107
        addc 2(r12), &dst_a
e_addc_w_idx_abs:
        ;= [dst_a]=0x01ff c=0 z=0 n=0 v=0 pc=e_addc_w_idx_abs cycles=6 cell=F1_IDX_MEM

; addc.b ind -> idx: src 0xff, dst 0x01, C=1
t_addc_b_ind_idx:
        ;! r15=src_i+1 [src_i+1].b=0xff [src_i].b=0xc3 r10=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x01 sr=0x0107
        addc.b @r15, 5(r10)
e_addc_b_ind_idx:
        ;= [dst_x+5].b=0x01 r15=src_i+1 r10=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_addc_b_ind_idx cycles=5 cell=F1_IND_MEM

; addc.b inc -> sym: src 0x81, dst 0x7f, C=1
t_addc_b_inc_sym:
        ;! r7=src_i [src_i].b=0x81 [src_i+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0107
        addc.b @r7+, dst_s
e_addc_b_inc_sym:
        ;= [dst_s].b=0x01 r7=src_i+1 [dst_s+1].b=0x5a c=1 z=0 n=0 v=0 pc=e_addc_b_inc_sym cycles=5 cell=F1_INC_MEM

; addc.b imm -> abs: src 0xc0, dst 0x40, C=0
t_addc_b_imm_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x40 sr=0x0104
        addc.b #0xc0, &dst_a+1
e_addc_b_imm_abs:
        ;= [dst_a+1].b=0x00 [dst_a].b=0x5a c=1 z=1 n=0 v=0 pc=e_addc_b_imm_abs cycles=5 cell=F1_IMM_MEM

; subc.w sym -> idx: src 0xffff, dst 0x0001, C=0
t_subc_w_sym_idx:
        ;! [src_s]=0xffff r11=dst_x [dst_x+4]=0x0001 sr=0x0106
        subc src_s, 4(r11)
e_subc_w_sym_idx:
        ;= [dst_x+4]=0x0001 r11=dst_x c=0 z=0 n=0 v=0 pc=e_subc_w_sym_idx cycles=6 cell=F1_SYM_MEM

; subc.w abs -> sym: src 0x8001, dst 0x7fff, C=0
t_subc_w_abs_sym:
        ;! [src_a]=0x8001 [dst_s]=0x7fff sr=0x0002
        subc &src_a, dst_s
e_subc_w_abs_sym:
        ;= [dst_s]=0xfffd c=0 z=0 n=1 v=1 pc=e_subc_w_abs_sym cycles=6 cell=F1_ABS_MEM

; subc.w ind -> abs: src 0xc000, dst 0x4000, C=1
t_subc_w_ind_abs:
        ;! r12=src_i [src_i]=0xc000 [dst_a]=0x4000 sr=0x0003
        subc @r12, &dst_a
e_subc_w_ind_abs:
        ;= [dst_a]=0x8000 r12=src_i c=0 z=0 n=1 v=1 pc=e_subc_w_ind_abs cycles=5 cell=F1_IND_MEM

; subc.b reg -> idx: src 0x01, dst 0x80, C=1
t_subc_b_reg_idx:
        ;! r15=0x5a501 r14=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0007
        subc.b r15, 5(r14)
e_subc_b_reg_idx:
        ;= [dst_x+5].b=0x7f r14=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=1 pc=e_subc_b_reg_idx cycles=4 cell=F1_REG_MEM

; subc.b idx -> sym: src 0x0f, dst 0x0f, C=1
t_subc_b_idx_sym:
        ;! r7=src_x [src_x+3].b=0x0f [src_x+2].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x0f sr=0x0105
        subc.b 3(r7), dst_s
e_subc_b_idx_sym:
        ;= [dst_s].b=0x00 [dst_s+1].b=0x5a c=1 z=1 n=0 v=0 pc=e_subc_b_idx_sym cycles=6 cell=F1_IDX_MEM

; subc.b sym -> abs: src 0x33, dst 0xcc, C=0
t_subc_b_sym_abs:
        ;! [src_s].b=0x33 [src_s+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0xcc sr=0x0102
        subc.b src_s, &dst_a+1
e_subc_b_sym_abs:
        ;= [dst_a+1].b=0x98 [dst_a].b=0x5a c=1 z=0 n=1 v=0 pc=e_subc_b_sym_abs cycles=6 cell=F1_SYM_MEM

; sub.w inc -> idx: src 0x0001, dst 0x8000
t_sub_w_inc_idx:
        ;! r6=src_i [src_i]=0x0001 r5=dst_x [dst_x+4]=0x8000 sr=0x0006
        sub @r6+, 4(r5)
e_sub_w_inc_idx:
        ;= [dst_x+4]=0x7fff r6=src_i+2 r5=dst_x c=1 z=0 n=0 v=1 pc=e_sub_w_inc_idx cycles=5 cell=F1_INC_MEM

; sub.w imm -> sym: src 0x0f0f, dst 0x00ff
t_sub_w_imm_sym:
        ;! [dst_s]=0x00ff sr=0x0103
        sub #0x0f0f, dst_s
e_sub_w_imm_sym:
        ;= [dst_s]=0xf1f0 c=0 z=0 n=1 v=0 pc=e_sub_w_imm_sym cycles=5 cell=F1_IMM_MEM

; sub.w reg -> abs: src 0x3333, dst 0xcccc
t_sub_w_reg_abs:
        ;! r12=0x53333 [dst_a]=0xcccc sr=0x0102
        sub r12, &dst_a
e_sub_w_reg_abs:
        ;= [dst_a]=0x9999 c=1 z=0 n=1 v=0 pc=e_sub_w_reg_abs cycles=4 cell=F1_REG_MEM

; sub.b abs -> idx: src 0x55, dst 0xaa
t_sub_b_abs_idx:
        ;! [src_a+1].b=0x55 [src_a].b=0xc3 r10=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xaa sr=0x0006
        sub.b &src_a+1, 5(r10)
e_sub_b_abs_idx:
        ;= [dst_x+5].b=0x55 r10=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=1 pc=e_sub_b_abs_idx cycles=6 cell=F1_ABS_MEM

; sub.b ind -> sym: src 0xf0, dst 0x0f
t_sub_b_ind_sym:
        ;! r7=src_i+1 [src_i+1].b=0xf0 [src_i].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x0f sr=0x0107
        sub.b @r7, dst_s
e_sub_b_ind_sym:
        ;= [dst_s].b=0x1f r7=src_i+1 [dst_s+1].b=0x5a c=0 z=0 n=0 v=0 pc=e_sub_b_ind_sym cycles=5 cell=F1_IND_MEM

; sub.b inc -> abs: src 0x80, dst 0x7f
t_sub_b_inc_abs:
        ;! r4=src_i [src_i].b=0x80 [src_i+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x7f sr=0x0003
        sub.b @r4+, &dst_a+1
e_sub_b_inc_abs:
        ;= [dst_a+1].b=0xff r4=src_i+1 [dst_a].b=0x5a c=0 z=0 n=1 v=1 pc=e_sub_b_inc_abs cycles=5 cell=F1_INC_MEM

; cmp.w idx -> idx: src 0x5555, dst 0xaaaa
t_cmp_w_idx_idx:
        ;! r6=src_x [src_x+2]=0x5555 r11=dst_x [dst_x+4]=0xaaaa sr=0x0006
        cmp 2(r6), 4(r11)
e_cmp_w_idx_idx:
        ;= [dst_x+4]=0xaaaa r11=dst_x c=1 z=0 n=0 v=1 pc=e_cmp_w_idx_idx cycles=5 cell=F1_IDX_MEM_MBC

; cmp.w sym -> sym: src 0x00ff, dst 0x00ff
t_cmp_w_sym_sym:
        ;! [src_s]=0x00ff [dst_s]=0x00ff sr=0x0104
        cmp src_s, dst_s
e_cmp_w_sym_sym:
        ;= [dst_s]=0x00ff c=1 z=1 n=0 v=0 pc=e_cmp_w_sym_sym cycles=5 cell=F1_SYM_MEM_MBC

; cmp.w abs -> abs: src 0x8000, dst 0x7fff
t_cmp_w_abs_abs:
        ;! [src_a]=0x8000 [dst_a]=0x7fff sr=0x0003
        cmp &src_a, &dst_a
e_cmp_w_abs_abs:
        ;= [dst_a]=0x7fff c=0 z=0 n=1 v=1 pc=e_cmp_w_abs_abs cycles=5 cell=F1_ABS_MEM_MBC

; cmp.b imm -> idx: src 0x81, dst 0x7f
t_cmp_b_imm_idx:
        ;! r14=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0003
        cmp.b #0x81, 5(r14)
e_cmp_b_imm_idx:
        ;= [dst_x+5].b=0x7f r14=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=1 pc=e_cmp_b_imm_idx cycles=4 cell=F1_IMM_MEM_MBC

; cmp.b reg -> sym: src 0xc0, dst 0x40
t_cmp_b_reg_sym:
        ;! r7=0x5a5c0 [dst_s+1].b=0x5a [dst_s].b=0x40 sr=0x0003
        cmp.b r7, dst_s
e_cmp_b_reg_sym:
        ;= [dst_s].b=0x40 [dst_s+1].b=0x5a c=0 z=0 n=1 v=1 pc=e_cmp_b_reg_sym cycles=3 cell=F1_REG_MEM_MBC

; cmp.b idx -> abs: src 0x03, dst 0x02
t_cmp_b_idx_abs:
        ;! r4=src_x [src_x+3].b=0x03 [src_x+2].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x02 sr=0x0103
        cmp.b 3(r4), &dst_a+1
e_cmp_b_idx_abs:
        ;= [dst_a+1].b=0x02 [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_cmp_b_idx_abs cycles=5 cell=F1_IDX_MEM_MBC

; dadd.w ind -> idx: src 0x8000, dst 0x0001, C=0
t_dadd_w_ind_idx:
        ;! r6=src_i [src_i]=0x8000 r5=dst_x [dst_x+4]=0x0001 sr=0x0102
        dadd @r6, 4(r5)
e_dadd_w_ind_idx:
        ;= [dst_x+4]=0x8001 r6=src_i r5=dst_x c=0 z=0 n=1 pc=e_dadd_w_ind_idx cycles=5 cell=F1_IND_MEM

; dadd.w inc -> sym: src 0x0005, dst 0x0005, C=0
t_dadd_w_inc_sym:
        ;! r9=src_i [src_i]=0x0005 [dst_s]=0x0005 sr=0x0006
        dadd @r9+, dst_s
e_dadd_w_inc_sym:
        ;= [dst_s]=0x0010 r9=src_i+2 c=0 z=0 n=0 pc=e_dadd_w_inc_sym cycles=5 cell=F1_INC_MEM

; dadd.w imm -> abs: src 0x0040, dst 0x9959, C=1
t_dadd_w_imm_abs:
        ;! [dst_a]=0x9959 sr=0x0105
        dadd #0x0040, &dst_a
e_dadd_w_imm_abs:
        ;= [dst_a]=0x0000 c=1 z=1 n=0 pc=e_dadd_w_imm_abs cycles=5 cell=F1_IMM_MEM

; dadd.b sym -> idx: src 0x38, dst 0x61, C=1
t_dadd_b_sym_idx:
        ;! [src_s].b=0x38 [src_s+1].b=0xc3 r10=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x61 sr=0x0005
        dadd.b src_s, 5(r10)
e_dadd_b_sym_idx:
        ;= [dst_x+5].b=0x00 r10=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 pc=e_dadd_b_sym_idx cycles=6 cell=F1_SYM_MEM

; dadd.b abs -> sym: src 0x98, dst 0x00, C=1
t_dadd_b_abs_sym:
        ;! [src_a+1].b=0x98 [src_a].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x00 sr=0x0103
        dadd.b &src_a+1, dst_s
e_dadd_b_abs_sym:
        ;= [dst_s].b=0x99 [dst_s+1].b=0x5a c=0 z=0 n=1 pc=e_dadd_b_abs_sym cycles=6 cell=F1_ABS_MEM

; dadd.b ind -> abs: src 0x12, dst 0x43, C=0
t_dadd_b_ind_abs:
        ;! r4=src_i+1 [src_i+1].b=0x12 [src_i].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x43 sr=0x0006
        dadd.b @r4, &dst_a+1
e_dadd_b_ind_abs:
        ;= [dst_a+1].b=0x55 r4=src_i+1 [dst_a].b=0x5a c=0 z=0 n=0 pc=e_dadd_b_ind_abs cycles=5 cell=F1_IND_MEM

; bit.w reg -> idx: src 0x0f0f, dst 0x00ff
t_bit_w_reg_idx:
        ;! r6=0x50f0f r11=dst_x [dst_x+4]=0x00ff sr=0x0106
        bit r6, 4(r11)
e_bit_w_reg_idx:
        ;= [dst_x+4]=0x00ff r11=dst_x c=1 z=0 n=0 v=0 pc=e_bit_w_reg_idx cycles=3 cell=F1_REG_MEM_MBC

; bit.w idx -> sym: src 0x3333, dst 0xcccc
t_bit_w_idx_sym:
        ;! r9=src_x [src_x+2]=0x3333 [dst_s]=0xcccc sr=0x0105
        bit 2(r9), dst_s
e_bit_w_idx_sym:
        ;= [dst_s]=0xcccc c=0 z=1 n=0 v=0 pc=e_bit_w_idx_sym cycles=5 cell=F1_IDX_MEM_MBC

; bit.w sym -> abs: src 0x1234, dst 0x4321
t_bit_w_sym_abs:
        ;! [src_s]=0x1234 [dst_a]=0x4321 sr=0x0106
        bit src_s, &dst_a
e_bit_w_sym_abs:
        ;= [dst_a]=0x4321 c=1 z=0 n=0 v=0 pc=e_bit_w_sym_abs cycles=5 cell=F1_SYM_MEM_MBC

; bit.b inc -> idx: src 0xf0, dst 0x0f
t_bit_b_inc_idx:
        ;! r15=src_i [src_i].b=0xf0 [src_i+1].b=0xc3 r14=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x0f sr=0x0105
        bit.b @r15+, 5(r14)
e_bit_b_inc_idx:
        ;= [dst_x+5].b=0x0f r15=src_i+1 r14=dst_x [dst_x+4].b=0x5a c=0 z=1 n=0 v=0 pc=e_bit_b_inc_idx cycles=4 cell=F1_INC_MEM_MBC

; bit.b imm -> sym: src 0x80, dst 0x7f
t_bit_b_imm_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0105
        bit.b #0x80, dst_s
e_bit_b_imm_sym:
        ;= [dst_s].b=0x7f [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_bit_b_imm_sym cycles=4 cell=F1_IMM_MEM_MBC

; bit.b reg -> abs: src 0x7f, dst 0x01
t_bit_b_reg_abs:
        ;! r4=0x5a57f [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0106
        bit.b r4, &dst_a+1
e_bit_b_reg_abs:
        ;= [dst_a+1].b=0x01 [dst_a].b=0x5a c=1 z=0 n=0 v=0 pc=e_bit_b_reg_abs cycles=3 cell=F1_REG_MEM_MBC

; bic.w abs -> idx: src 0x00ff, dst 0x00ff
t_bic_w_abs_idx:
        ;! [src_a]=0x00ff r5=dst_x [dst_x+4]=0x00ff sr=0x0002
        bic &src_a, 4(r5)
e_bic_w_abs_idx:
        ;= [dst_x+4]=0x0000 r5=dst_x c=0 z=1 n=0 v=0 pc=e_bic_w_abs_idx cycles=6 cell=F1_ABS_MEM

; bic.w ind -> sym: src 0x8000, dst 0x7fff
t_bic_w_ind_sym:
        ;! r9=src_i [src_i]=0x8000 [dst_s]=0x7fff sr=0x0103
        bic @r9, dst_s
e_bic_w_ind_sym:
        ;= [dst_s]=0x7fff r9=src_i c=1 z=1 n=0 v=1 pc=e_bic_w_ind_sym cycles=5 cell=F1_IND_MEM

; bic.w inc -> abs: src 0x7fff, dst 0x0001
t_bic_w_inc_abs:
        ;! r12=src_i [src_i]=0x7fff [dst_a]=0x0001 sr=0x0004
        bic @r12+, &dst_a
e_bic_w_inc_abs:
        ;= [dst_a]=0x0000 r12=src_i+2 c=0 z=0 n=1 v=0 pc=e_bic_w_inc_abs cycles=5 cell=F1_INC_MEM

; bic.b idx -> idx: src 0xc0, dst 0x40
t_bic_b_idx_idx:
        ;! r15=src_x [src_x+3].b=0xc0 [src_x+2].b=0xc3 r10=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x40 sr=0x0105
        bic.b 3(r15), 5(r10)
e_bic_b_idx_idx:
        ;= [dst_x+5].b=0x00 r10=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=1 pc=e_bic_b_idx_idx cycles=6 cell=F1_IDX_MEM

; bic.b sym -> sym: src 0x03, dst 0x02
t_bic_b_sym_sym:
        ;! [src_s].b=0x03 [src_s+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x02 sr=0x0002
        bic.b src_s, dst_s
e_bic_b_sym_sym:
        ;= [dst_s].b=0x00 [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_bic_b_sym_sym cycles=6 cell=F1_SYM_MEM

; bic.b abs -> abs: src 0x80, dst 0x80
t_bic_b_abs_abs:
        ;! [src_a+1].b=0x80 [src_a].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0103
        bic.b &src_a+1, &dst_a+1
e_bic_b_abs_abs:
        ;= [dst_a+1].b=0x00 [dst_a].b=0x5a c=1 z=1 n=0 v=1 pc=e_bic_b_abs_abs cycles=6 cell=F1_ABS_MEM

; bis.w imm -> idx: src 0xc000, dst 0x4000
t_bis_w_imm_idx:
        ;! r11=dst_x [dst_x+4]=0x4000 sr=0x0004
        bis #0xc000, 4(r11)
e_bis_w_imm_idx:
        ;= [dst_x+4]=0xc000 r11=dst_x c=0 z=0 n=1 v=0 pc=e_bis_w_imm_idx cycles=5 cell=F1_IMM_MEM

; bis.w reg -> sym: src 0x0003, dst 0x0002
t_bis_w_reg_sym:
        ;! r9=0x50003 [dst_s]=0x0002 sr=0x0105
        bis r9, dst_s
e_bis_w_reg_sym:
        ;= [dst_s]=0x0003 c=1 z=0 n=1 v=1 pc=e_bis_w_reg_sym cycles=4 cell=F1_REG_MEM

; bis.w idx -> abs: src 0x8000, dst 0x8000
t_bis_w_idx_abs:
        ;! r12=src_x [src_x+2]=0x8000 [dst_a]=0x8000 sr=0x0002
        bis 2(r12), &dst_a
e_bis_w_idx_abs:
        ;= [dst_a]=0x8000 c=0 z=1 n=0 v=0 pc=e_bis_w_idx_abs cycles=6 cell=F1_IDX_MEM

; bis.b ind -> idx: src 0x33, dst 0xcc
t_bis_b_ind_idx:
        ;! r15=src_i+1 [src_i+1].b=0x33 [src_i].b=0xc3 r14=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xcc sr=0x0103
        bis.b @r15, 5(r14)
e_bis_b_ind_idx:
        ;= [dst_x+5].b=0xff r15=src_i+1 r14=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=1 pc=e_bis_b_ind_idx cycles=5 cell=F1_IND_MEM

; bis.b inc -> sym: src 0x12, dst 0x43
t_bis_b_inc_sym:
        ;! r7=src_i [src_i].b=0x12 [src_i+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x43 sr=0x0004
        bis.b @r7+, dst_s
e_bis_b_inc_sym:
        ;= [dst_s].b=0x53 r7=src_i+1 [dst_s+1].b=0x5a c=0 z=0 n=1 v=0 pc=e_bis_b_inc_sym cycles=5 cell=F1_INC_MEM

; bis.b imm -> abs: src 0x3a, dst 0x01
t_bis_b_imm_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0105
        bis.b #0x3a, &dst_a+1
e_bis_b_imm_abs:
        ;= [dst_a+1].b=0x3b [dst_a].b=0x5a c=1 z=0 n=1 v=1 pc=e_bis_b_imm_abs cycles=5 cell=F1_IMM_MEM

; xor.w sym -> idx: src 0x3333, dst 0xcccc
t_xor_w_sym_idx:
        ;! [src_s]=0x3333 r5=dst_x [dst_x+4]=0xcccc sr=0x0102
        xor src_s, 4(r5)
e_xor_w_sym_idx:
        ;= [dst_x+4]=0xffff r5=dst_x c=1 z=0 n=1 v=0 pc=e_xor_w_sym_idx cycles=6 cell=F1_SYM_MEM

; xor.w abs -> sym: src 0x1234, dst 0x4321
t_xor_w_abs_sym:
        ;! [src_a]=0x1234 [dst_s]=0x4321 sr=0x0106
        xor &src_a, dst_s
e_xor_w_abs_sym:
        ;= [dst_s]=0x5115 c=1 z=0 n=0 v=0 pc=e_xor_w_abs_sym cycles=6 cell=F1_ABS_MEM

; xor.w ind -> abs: src 0xffff, dst 0x0001
t_xor_w_ind_abs:
        ;! r12=src_i [src_i]=0xffff [dst_a]=0x0001 sr=0x0102
        xor @r12, &dst_a
e_xor_w_ind_abs:
        ;= [dst_a]=0xfffe r12=src_i c=1 z=0 n=1 v=0 pc=e_xor_w_ind_abs cycles=5 cell=F1_IND_MEM

; xor.b reg -> idx: src 0x80, dst 0x7f
t_xor_b_reg_idx:
        ;! r15=0x5a580 r10=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0102
        xor.b r15, 5(r10)
e_xor_b_reg_idx:
        ;= [dst_x+5].b=0xff r10=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_reg_idx cycles=4 cell=F1_REG_MEM

; xor.b idx -> sym: src 0x7f, dst 0x01
t_xor_b_idx_sym:
        ;! r7=src_x [src_x+3].b=0x7f [src_x+2].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x01 sr=0x0106
        xor.b 3(r7), dst_s
e_xor_b_idx_sym:
        ;= [dst_s].b=0x7e [dst_s+1].b=0x5a c=1 z=0 n=0 v=0 pc=e_xor_b_idx_sym cycles=6 cell=F1_IDX_MEM

; xor.b sym -> abs: src 0x01, dst 0x80
t_xor_b_sym_abs:
        ;! [src_s].b=0x01 [src_s+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0102
        xor.b src_s, &dst_a+1
e_xor_b_sym_abs:
        ;= [dst_a+1].b=0x81 [dst_a].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_sym_abs cycles=6 cell=F1_SYM_MEM

; and.w inc -> idx: src 0x8000, dst 0x7fff
t_and_w_inc_idx:
        ;! r6=src_i [src_i]=0x8000 r11=dst_x [dst_x+4]=0x7fff sr=0x0105
        and @r6+, 4(r11)
e_and_w_inc_idx:
        ;= [dst_x+4]=0x0000 r6=src_i+2 r11=dst_x c=0 z=1 n=0 v=0 pc=e_and_w_inc_idx cycles=5 cell=F1_INC_MEM

; and.w imm -> sym: src 0x7fff, dst 0x0001
t_and_w_imm_sym:
        ;! [dst_s]=0x0001 sr=0x0106
        and #0x7fff, dst_s
e_and_w_imm_sym:
        ;= [dst_s]=0x0001 c=1 z=0 n=0 v=0 pc=e_and_w_imm_sym cycles=5 cell=F1_IMM_MEM

; and.w reg -> abs: src 0x0001, dst 0x8000
t_and_w_reg_abs:
        ;! r12=0x50001 [dst_a]=0x8000 sr=0x0105
        and r12, &dst_a
e_and_w_reg_abs:
        ;= [dst_a]=0x0000 c=0 z=1 n=0 v=0 pc=e_and_w_reg_abs cycles=4 cell=F1_REG_MEM

; and.b abs -> idx: src 0x03, dst 0x02
t_and_b_abs_idx:
        ;! [src_a+1].b=0x03 [src_a].b=0xc3 r14=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x02 sr=0x0106
        and.b &src_a+1, 5(r14)
e_and_b_abs_idx:
        ;= [dst_x+5].b=0x02 r14=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_and_b_abs_idx cycles=6 cell=F1_ABS_MEM

; and.b ind -> sym: src 0x80, dst 0x80
t_and_b_ind_sym:
        ;! r7=src_i+1 [src_i+1].b=0x80 [src_i].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x80 sr=0x0102
        and.b @r7, dst_s
e_and_b_ind_sym:
        ;= [dst_s].b=0x80 r7=src_i+1 [dst_s+1].b=0x5a c=1 z=0 n=1 v=0 pc=e_and_b_ind_sym cycles=5 cell=F1_IND_MEM

; and.b inc -> abs: src 0x55, dst 0xaa
t_and_b_inc_abs:
        ;! r4=src_i [src_i].b=0x55 [src_i+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0xaa sr=0x0105
        and.b @r4+, &dst_a+1
e_and_b_inc_abs:
        ;= [dst_a+1].b=0x00 r4=src_i+1 [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_and_b_inc_abs cycles=5 cell=F1_INC_MEM

        .section .bss.classic_f1dst,"aw",@nobits
        .balign 2
src_x:  .skip 8         ; X(Rn) sources: word at +2, byte at +3
src_s:  .skip 4         ; symbolic sources
src_a:  .skip 4         ; absolute sources (byte at +1)
src_i:  .skip 4         ; @Rn / @Rn+ sources
dst_x:  .skip 8         ; X(Rn) destinations: word at +4, byte at +5
dst_s:  .skip 4         ; symbolic destinations
dst_a:  .skip 4         ; absolute destinations (byte at +1)
