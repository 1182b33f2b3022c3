; Classic MSP430 Format I instructions: every opcode x every source mode to a memory destination, .W and .B
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
        .section .text.classic_f1mem,"axR",@progbits


; mov.w reg -> idx: src 0x1234, dst 0x4321
t_mov_w_reg_idx:
        ;! r9=0x51234 r8=dst_x [dst_x+4]=0x4321 sr=0x0103
        mov r9, 4(r8)
e_mov_w_reg_idx:
        ;= [dst_x+4]=0x1234 r8=dst_x c=1 z=1 n=0 v=1 pc=e_mov_w_reg_idx cycles=3 cell=F1_REG_MEM_MBC

; mov.w idx -> sym: src 0x7fff, dst 0x0001
t_mov_w_idx_sym:
        ;! r12=src_x [src_x+2]=0x7fff [dst_s]=0x0001 sr=0x0004
        mov 2(r12), dst_s
e_mov_w_idx_sym:
        ;= [dst_s]=0x7fff c=0 z=0 n=1 v=0 pc=e_mov_w_idx_sym cycles=5 cell=F1_IDX_MEM_MBC

; mov.w sym -> abs: src 0x8000, dst 0x8000
t_mov_w_sym_abs:
        ;! [src_s]=0x8000 [dst_a]=0x8000 sr=0x0105
        mov src_s, &dst_a
e_mov_w_sym_abs:
        ;= [dst_a]=0x8000 c=1 z=0 n=1 v=1 pc=e_mov_w_sym_abs cycles=5 cell=F1_SYM_MEM_MBC

; mov.w abs -> idx: src 0xffff, dst 0x0001
t_mov_w_abs_idx:
        ;! [src_a]=0xffff r10=dst_x [dst_x+4]=0x0001 sr=0x0002
        mov &src_a, 4(r10)
e_mov_w_abs_idx:
        ;= [dst_x+4]=0xffff r10=dst_x c=0 z=1 n=0 v=0 pc=e_mov_w_abs_idx cycles=5 cell=F1_ABS_MEM_MBC

; mov.w ind -> sym: src 0x0001, dst 0x8000
t_mov_w_ind_sym:
        ;! r4=src_i [src_i]=0x0001 [dst_s]=0x8000 sr=0x0103
        mov @r4, dst_s
e_mov_w_ind_sym:
        ;= [dst_s]=0x0001 r4=src_i c=1 z=1 n=0 v=1 pc=e_mov_w_ind_sym cycles=4 cell=F1_IND_MEM_MBC

; mov.w inc -> abs: src 0x5555, dst 0xaaaa
t_mov_w_inc_abs:
        ;! r6=src_i [src_i]=0x5555 [dst_a]=0xaaaa sr=0x0004
        ; mov @r6+, &dst_a  (clang 14 refuses this form)
        .word 0x46b2
        .word dst_a
e_mov_w_inc_abs:
        ;= [dst_a]=0x5555 r6=src_i+2 c=0 z=0 n=1 v=0 pc=e_mov_w_inc_abs cycles=4 cell=F1_INC_MEM_MBC

; mov.w imm -> idx: src 0x8001, dst 0x7fff
t_mov_w_imm_idx:
        ;! r13=dst_x [dst_x+4]=0x7fff sr=0x0105
        mov #0x8001, 4(r13)
e_mov_w_imm_idx:
        ;= [dst_x+4]=0x8001 r13=dst_x c=1 z=0 n=1 v=1 pc=e_mov_w_imm_idx cycles=4 cell=F1_IMM_MEM_MBC

; mov.w cg0 -> sym: dst 0x00ff
t_mov_w_cg0_sym:
        ;! [dst_s]=0x00ff sr=0x0002
        mov #0, dst_s
e_mov_w_cg0_sym:
        ;= [dst_s]=0x0000 c=0 z=1 n=0 v=0 pc=e_mov_w_cg0_sym cycles=3 cell=F1_REG_MEM_MBC

; mov.b reg -> sym: src 0xff, dst 0x01
t_mov_b_reg_sym:
        ;! r15=0x5a5ff [dst_s+1].b=0x5a [dst_s].b=0x01 sr=0x0103
        mov.b r15, dst_s
e_mov_b_reg_sym:
        ;= [dst_s].b=0xff [dst_s+1].b=0x5a c=1 z=1 n=0 v=1 pc=e_mov_b_reg_sym cycles=3 cell=F1_REG_MEM_MBC

; mov.b idx -> abs: src 0x01, dst 0x80
t_mov_b_idx_abs:
        ;! r7=src_x [src_x+3].b=0x01 [src_x+2].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0004
        mov.b 3(r7), &dst_a+1
e_mov_b_idx_abs:
        ;= [dst_a+1].b=0x01 [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_mov_b_idx_abs cycles=5 cell=F1_IDX_MEM_MBC

; mov.b sym -> idx: src 0x55, dst 0xaa
t_mov_b_sym_idx:
        ;! [src_s].b=0x55 [src_s+1].b=0xc3 r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xaa sr=0x0105
        mov.b src_s, 5(r5)
e_mov_b_sym_idx:
        ;= [dst_x+5].b=0x55 r5=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=1 pc=e_mov_b_sym_idx cycles=5 cell=F1_SYM_MEM_MBC

; mov.b abs -> sym: src 0x81, dst 0x7f
t_mov_b_abs_sym:
        ;! [src_a+1].b=0x81 [src_a].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0002
        mov.b &src_a+1, dst_s
e_mov_b_abs_sym:
        ;= [dst_s].b=0x81 [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_mov_b_abs_sym cycles=5 cell=F1_ABS_MEM_MBC

; mov.b ind -> abs: src 0x0f, dst 0x0f
t_mov_b_ind_abs:
        ;! r9=src_i+1 [src_i+1].b=0x0f [src_i].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0103
        mov.b @r9, &dst_a+1
e_mov_b_ind_abs:
        ;= [dst_a+1].b=0x0f r9=src_i+1 [dst_a].b=0x5a c=1 z=1 n=0 v=1 pc=e_mov_b_ind_abs cycles=4 cell=F1_IND_MEM_MBC

; mov.b inc -> idx: src 0xf0, dst 0x0f
t_mov_b_inc_idx:
        ;! r12=src_i [src_i].b=0xf0 [src_i+1].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x0f sr=0x0004
        ; mov.b @r12+, 5(r8)  (clang 14 refuses this form)
        .word 0x4cf8
        .word 0x0005
e_mov_b_inc_idx:
        ;= [dst_x+5].b=0xf0 r12=src_i+1 r8=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=0 pc=e_mov_b_inc_idx cycles=4 cell=F1_INC_MEM_MBC

; mov.b imm -> sym: src 0xc0, dst 0x40
t_mov_b_imm_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x40 sr=0x0105
        mov.b #0xc0, dst_s
e_mov_b_imm_sym:
        ;= [dst_s].b=0xc0 [dst_s+1].b=0x5a c=1 z=0 n=1 v=1 pc=e_mov_b_imm_sym cycles=4 cell=F1_IMM_MEM_MBC

; mov.b cg1 -> abs: dst 0xcc
t_mov_b_cg1_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0xcc sr=0x0002
        mov.b #1, &dst_a+1
e_mov_b_cg1_abs:
        ;= [dst_a+1].b=0x01 [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_mov_b_cg1_abs cycles=3 cell=F1_REG_MEM_MBC

; add.w reg -> sym: src 0x5555, dst 0xaaaa
t_add_w_reg_sym:
        ;! r4=0x55555 [dst_s]=0xaaaa sr=0x0103
        add r4, dst_s
e_add_w_reg_sym:
        ;= [dst_s]=0xffff c=0 z=0 n=1 v=0 pc=e_add_w_reg_sym cycles=4 cell=F1_REG_MEM

; add.w idx -> abs: src 0x8001, dst 0x7fff
t_add_w_idx_abs:
        ;! r6=src_x [src_x+2]=0x8001 [dst_a]=0x7fff sr=0x0104
        add 2(r6), &dst_a
e_add_w_idx_abs:
        ;= [dst_a]=0x0000 c=1 z=1 n=0 v=0 pc=e_add_w_idx_abs cycles=6 cell=F1_IDX_MEM

; add.w sym -> idx: src 0x0f0f, dst 0x00ff
t_add_w_sym_idx:
        ;! [src_s]=0x0f0f r13=dst_x [dst_x+4]=0x00ff sr=0x0107
        add src_s, 4(r13)
e_add_w_sym_idx:
        ;= [dst_x+4]=0x100e r13=dst_x c=0 z=0 n=0 v=0 pc=e_add_w_sym_idx cycles=6 cell=F1_SYM_MEM

; add.w abs -> sym: src 0x00ff, dst 0x00ff
t_add_w_abs_sym:
        ;! [src_a]=0x00ff [dst_s]=0x00ff sr=0x0107
        add &src_a, dst_s
e_add_w_abs_sym:
        ;= [dst_s]=0x01fe c=0 z=0 n=0 v=0 pc=e_add_w_abs_sym cycles=6 cell=F1_ABS_MEM

; add.w ind -> abs: src 0xc000, dst 0x4000
t_add_w_ind_abs:
        ;! r15=src_i [src_i]=0xc000 [dst_a]=0x4000 sr=0x0104
        add @r15, &dst_a
e_add_w_ind_abs:
        ;= [dst_a]=0x0000 r15=src_i c=1 z=1 n=0 v=0 pc=e_add_w_ind_abs cycles=5 cell=F1_IND_MEM

; add.w inc -> idx: src 0x3333, dst 0xcccc
t_add_w_inc_idx:
        ;! r7=src_i [src_i]=0x3333 r14=dst_x [dst_x+4]=0xcccc sr=0x0103
        add @r7+, 4(r14)
e_add_w_inc_idx:
        ;= [dst_x+4]=0xffff r7=src_i+2 r14=dst_x c=0 z=0 n=1 v=0 pc=e_add_w_inc_idx cycles=5 cell=F1_INC_MEM

; add.w imm -> sym: src 0x8000, dst 0x7fff
t_add_w_imm_sym:
        ;! [dst_s]=0x7fff sr=0x0103
        add #0x8000, dst_s
e_add_w_imm_sym:
        ;= [dst_s]=0xffff c=0 z=0 n=1 v=0 pc=e_add_w_imm_sym cycles=5 cell=F1_IMM_MEM

; add.w cg1 -> abs: dst 0x0002
t_add_w_cg1_abs:
        ;! [dst_a]=0x0002 sr=0x0107
        add #1, &dst_a
e_add_w_cg1_abs:
        ;= [dst_a]=0x0003 c=0 z=0 n=0 v=0 pc=e_add_w_cg1_abs cycles=4 cell=F1_REG_MEM

; add.b reg -> abs: src 0xf0, dst 0x0f
t_add_b_reg_abs:
        ;! r9=0x5a5f0 [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0103
        add.b r9, &dst_a+1
e_add_b_reg_abs:
        ;= [dst_a+1].b=0xff [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_add_b_reg_abs cycles=4 cell=F1_REG_MEM

; add.b idx -> idx: src 0xc0, dst 0x40
t_add_b_idx_idx:
        ;! r12=src_x [src_x+3].b=0xc0 [src_x+2].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x40 sr=0x0104
        add.b 3(r12), 5(r8)
e_add_b_idx_idx:
        ;= [dst_x+5].b=0x00 r8=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=0 pc=e_add_b_idx_idx cycles=6 cell=F1_IDX_MEM

; add.b sym -> sym: src 0x33, dst 0xcc
t_add_b_sym_sym:
        ;! [src_s].b=0x33 [src_s+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0xcc sr=0x0103
        add.b src_s, dst_s
e_add_b_sym_sym:
        ;= [dst_s].b=0xff [dst_s+1].b=0x5a c=0 z=0 n=1 v=0 pc=e_add_b_sym_sym cycles=6 cell=F1_SYM_MEM

; add.b abs -> abs: src 0x80, dst 0x7f
t_add_b_abs_abs:
        ;! [src_a+1].b=0x80 [src_a].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x7f sr=0x0103
        add.b &src_a+1, &dst_a+1
e_add_b_abs_abs:
        ;= [dst_a+1].b=0xff [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_add_b_abs_abs cycles=6 cell=F1_ABS_MEM

; add.b ind -> idx: src 0x03, dst 0x02
t_add_b_ind_idx:
        ;! r4=src_i+1 [src_i+1].b=0x03 [src_i].b=0xc3 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x02 sr=0x0107
        add.b @r4, 5(r11)
e_add_b_ind_idx:
        ;= [dst_x+5].b=0x05 r4=src_i+1 r11=dst_x [dst_x+4].b=0x5a c=0 z=0 n=0 v=0 pc=e_add_b_ind_idx cycles=5 cell=F1_IND_MEM

; add.b inc -> sym: src 0x12, dst 0x43
t_add_b_inc_sym:
        ;! r6=src_i [src_i].b=0x12 [src_i+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x43 sr=0x0107
        add.b @r6+, dst_s
e_add_b_inc_sym:
        ;= [dst_s].b=0x55 r6=src_i+1 [dst_s+1].b=0x5a c=0 z=0 n=0 v=0 pc=e_add_b_inc_sym cycles=5 cell=F1_INC_MEM

; add.b imm -> abs: src 0x7f, dst 0x01
t_add_b_imm_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0003
        add.b #0x7f, &dst_a+1
e_add_b_imm_abs:
        ;= [dst_a+1].b=0x80 [dst_a].b=0x5a c=0 z=0 n=1 v=1 pc=e_add_b_imm_abs cycles=5 cell=F1_IMM_MEM

; add.b cg2 -> idx: dst 0x80
t_add_b_cg2_idx:
        ;! r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0103
        add.b #2, 5(r13)
e_add_b_cg2_idx:
        ;= [dst_x+5].b=0x82 r13=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=0 pc=e_add_b_cg2_idx cycles=4 cell=F1_REG_MEM

; addc.w reg -> abs: src 0x3333, dst 0xcccc, C=1
t_addc_w_reg_abs:
        ;! r15=0x53333 [dst_a]=0xcccc sr=0x0105
        addc r15, &dst_a
e_addc_w_reg_abs:
        ;= [dst_a]=0x0000 c=1 z=1 n=0 v=0 pc=e_addc_w_reg_abs cycles=4 cell=F1_REG_MEM

; addc.w idx -> idx: src 0x8000, dst 0x7fff, C=1
t_addc_w_idx_idx:
        ;! r7=src_x [src_x+2]=0x8000 r14=dst_x [dst_x+4]=0x7fff sr=0x0105
        addc 2(r7), 4(r14)
e_addc_w_idx_idx:
        ;= [dst_x+4]=0x0000 r14=dst_x c=1 z=1 n=0 v=0 pc=e_addc_w_idx_idx cycles=6 cell=F1_IDX_MEM

; addc.w sym -> sym: src 0x0003, dst 0x0002, C=0
t_addc_w_sym_sym:
        ;! [src_s]=0x0003 [dst_s]=0x0002 sr=0x0106
        addc src_s, dst_s
e_addc_w_sym_sym:
        ;= [dst_s]=0x0005 c=0 z=0 n=0 v=0 pc=e_addc_w_sym_sym cycles=6 cell=F1_SYM_MEM

; addc.w abs -> abs: src 0x1234, dst 0x4321, C=0
t_addc_w_abs_abs:
        ;! [src_a]=0x1234 [dst_a]=0x4321 sr=0x0106
        addc &src_a, &dst_a
e_addc_w_abs_abs:
        ;= [dst_a]=0x5555 c=0 z=0 n=0 v=0 pc=e_addc_w_abs_abs cycles=6 cell=F1_ABS_MEM

; addc.w ind -> idx: src 0x7fff, dst 0x0001, C=1
t_addc_w_ind_idx:
        ;! r9=src_i [src_i]=0x7fff r8=dst_x [dst_x+4]=0x0001 sr=0x0003
        addc @r9, 4(r8)
e_addc_w_ind_idx:
        ;= [dst_x+4]=0x8001 r9=src_i r8=dst_x c=0 z=0 n=1 v=1 pc=e_addc_w_ind_idx cycles=5 cell=F1_IND_MEM

; addc.w inc -> sym: src 0x8000, dst 0x8000, C=1
t_addc_w_inc_sym:
        ;! r12=src_i [src_i]=0x8000 [dst_s]=0x8000 sr=0x0007
        addc @r12+, dst_s
e_addc_w_inc_sym:
        ;= [dst_s]=0x0001 r12=src_i+2 c=1 z=0 n=0 v=1 pc=e_addc_w_inc_sym cycles=5 cell=F1_INC_MEM

; addc.w imm -> abs: src 0x3a5c, dst 0x0001, C=0
t_addc_w_imm_abs:
        ;! [dst_a]=0x0001 sr=0x0106
        addc #0x3a5c, &dst_a
e_addc_w_imm_abs:
        ;= [dst_a]=0x3a5d c=0 z=0 n=0 v=0 pc=e_addc_w_imm_abs cycles=5 cell=F1_IMM_MEM

; addc.w cg2 -> idx: dst 0x8000, C=0
t_addc_w_cg2_idx:
        ;! r10=dst_x [dst_x+4]=0x8000 sr=0x0102
        addc #2, 4(r10)
e_addc_w_cg2_idx:
        ;= [dst_x+4]=0x8002 r10=dst_x c=0 z=0 n=1 v=0 pc=e_addc_w_cg2_idx cycles=4 cell=F1_REG_MEM

; addc.b reg -> idx: src 0x12, dst 0x43, C=1
t_addc_b_reg_idx:
        ;! r4=0x5a512 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x43 sr=0x0107
        addc.b r4, 5(r11)
e_addc_b_reg_idx:
        ;= [dst_x+5].b=0x56 r11=dst_x [dst_x+4].b=0x5a c=0 z=0 n=0 v=0 pc=e_addc_b_reg_idx cycles=4 cell=F1_REG_MEM

; addc.b idx -> sym: src 0x7f, dst 0x01, C=1
t_addc_b_idx_sym:
        ;! r6=src_x [src_x+3].b=0x7f [src_x+2].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x01 sr=0x0003
        addc.b 3(r6), dst_s
e_addc_b_idx_sym:
        ;= [dst_s].b=0x81 [dst_s+1].b=0x5a c=0 z=0 n=1 v=1 pc=e_addc_b_idx_sym cycles=6 cell=F1_IDX_MEM

; addc.b sym -> abs: src 0x80, dst 0x80, C=0
t_addc_b_sym_abs:
        ;! [src_s].b=0x80 [src_s+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0004
        addc.b src_s, &dst_a+1
e_addc_b_sym_abs:
        ;= [dst_a+1].b=0x00 [dst_a].b=0x5a c=1 z=1 n=0 v=1 pc=e_addc_b_sym_abs cycles=6 cell=F1_SYM_MEM

; addc.b abs -> idx: src 0xff, dst 0x01, C=0
t_addc_b_abs_idx:
        ;! [src_a+1].b=0xff [src_a].b=0xc3 r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x01 sr=0x0104
        addc.b &src_a+1, 5(r13)
e_addc_b_abs_idx:
        ;= [dst_x+5].b=0x00 r13=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=0 pc=e_addc_b_abs_idx cycles=6 cell=F1_ABS_MEM

; addc.b ind -> sym: src 0x01, dst 0x80, C=1
t_addc_b_ind_sym:
        ;! r15=src_i+1 [src_i+1].b=0x01 [src_i].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x80 sr=0x0103
        addc.b @r15, dst_s
e_addc_b_ind_sym:
        ;= [dst_s].b=0x82 r15=src_i+1 [dst_s+1].b=0x5a c=0 z=0 n=1 v=0 pc=e_addc_b_ind_sym cycles=5 cell=F1_IND_MEM

; addc.b inc -> abs: src 0x55, dst 0xaa, C=1
t_addc_b_inc_abs:
        ;! r7=src_i [src_i].b=0x55 [src_i+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0xaa sr=0x0105
        addc.b @r7+, &dst_a+1
e_addc_b_inc_abs:
        ;= [dst_a+1].b=0x00 r7=src_i+1 [dst_a].b=0x5a c=1 z=1 n=0 v=0 pc=e_addc_b_inc_abs cycles=5 cell=F1_INC_MEM

; addc.b imm -> idx: src 0x81, dst 0x7f, C=0
t_addc_b_imm_idx:
        ;! r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0104
        addc.b #0x81, 5(r5)
e_addc_b_imm_idx:
        ;= [dst_x+5].b=0x00 r5=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=0 pc=e_addc_b_imm_idx cycles=5 cell=F1_IMM_MEM

; addc.b cg4 -> sym: dst 0x0f, C=0
t_addc_b_cg4_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x0f sr=0x0106
        addc.b #4, dst_s
e_addc_b_cg4_sym:
        ;= [dst_s].b=0x13 [dst_s+1].b=0x5a c=0 z=0 n=0 v=0 pc=e_addc_b_cg4_sym cycles=4 cell=F1_REG_MEM

; subc.w reg -> idx: src 0x8000, dst 0x8000, C=1
t_subc_w_reg_idx:
        ;! r9=0x58000 r8=dst_x [dst_x+4]=0x8000 sr=0x0105
        subc r9, 4(r8)
e_subc_w_reg_idx:
        ;= [dst_x+4]=0x0000 r8=dst_x c=1 z=1 n=0 v=0 pc=e_subc_w_reg_idx cycles=4 cell=F1_REG_MEM

; subc.w idx -> sym: src 0xffff, dst 0x0001, C=1
t_subc_w_idx_sym:
        ;! r12=src_x [src_x+2]=0xffff [dst_s]=0x0001 sr=0x0107
        subc 2(r12), dst_s
e_subc_w_idx_sym:
        ;= [dst_s]=0x0002 c=0 z=0 n=0 v=0 pc=e_subc_w_idx_sym cycles=6 cell=F1_IDX_MEM

; subc.w sym -> abs: src 0x0001, dst 0x8000, C=0
t_subc_w_sym_abs:
        ;! [src_s]=0x0001 [dst_a]=0x8000 sr=0x0006
        subc src_s, &dst_a
e_subc_w_sym_abs:
        ;= [dst_a]=0x7ffe c=1 z=0 n=0 v=1 pc=e_subc_w_sym_abs cycles=6 cell=F1_SYM_MEM

; subc.w abs -> idx: src 0x5555, dst 0xaaaa, C=0
t_subc_w_abs_idx:
        ;! [src_a]=0x5555 r10=dst_x [dst_x+4]=0xaaaa sr=0x0006
        subc &src_a, 4(r10)
e_subc_w_abs_idx:
        ;= [dst_x+4]=0x5554 r10=dst_x c=1 z=0 n=0 v=1 pc=e_subc_w_abs_idx cycles=6 cell=F1_ABS_MEM

; subc.w ind -> sym: src 0x8001, dst 0x7fff, C=1
t_subc_w_ind_sym:
        ;! r4=src_i [src_i]=0x8001 [dst_s]=0x7fff sr=0x0003
        subc @r4, dst_s
e_subc_w_ind_sym:
        ;= [dst_s]=0xfffe r4=src_i c=0 z=0 n=1 v=1 pc=e_subc_w_ind_sym cycles=5 cell=F1_IND_MEM

; subc.w inc -> abs: src 0x0f0f, dst 0x00ff, C=1
t_subc_w_inc_abs:
        ;! r6=src_i [src_i]=0x0f0f [dst_a]=0x00ff sr=0x0103
        subc @r6+, &dst_a
e_subc_w_inc_abs:
        ;= [dst_a]=0xf1f0 r6=src_i+2 c=0 z=0 n=1 v=0 pc=e_subc_w_inc_abs cycles=5 cell=F1_INC_MEM

; subc.w imm -> idx: src 0x00ff, dst 0x00ff, C=0
t_subc_w_imm_idx:
        ;! r13=dst_x [dst_x+4]=0x00ff sr=0x0102
        subc #0x00ff, 4(r13)
e_subc_w_imm_idx:
        ;= [dst_x+4]=0xffff r13=dst_x c=0 z=0 n=1 v=0 pc=e_subc_w_imm_idx cycles=5 cell=F1_IMM_MEM

; subc.w cg4 -> sym: dst 0x4000, C=0
t_subc_w_cg4_sym:
        ;! [dst_s]=0x4000 sr=0x0106
        subc #4, dst_s
e_subc_w_cg4_sym:
        ;= [dst_s]=0x3ffb c=1 z=0 n=0 v=0 pc=e_subc_w_cg4_sym cycles=4 cell=F1_REG_MEM

; subc.b reg -> sym: src 0x55, dst 0xaa, C=1
t_subc_b_reg_sym:
        ;! r15=0x5a555 [dst_s+1].b=0x5a [dst_s].b=0xaa sr=0x0007
        subc.b r15, dst_s
e_subc_b_reg_sym:
        ;= [dst_s].b=0x55 [dst_s+1].b=0x5a c=1 z=0 n=0 v=1 pc=e_subc_b_reg_sym cycles=4 cell=F1_REG_MEM

; subc.b idx -> abs: src 0x81, dst 0x7f, C=1
t_subc_b_idx_abs:
        ;! r7=src_x [src_x+3].b=0x81 [src_x+2].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x7f sr=0x0003
        subc.b 3(r7), &dst_a+1
e_subc_b_idx_abs:
        ;= [dst_a+1].b=0xfe [dst_a].b=0x5a c=0 z=0 n=1 v=1 pc=e_subc_b_idx_abs cycles=6 cell=F1_IDX_MEM

; subc.b sym -> idx: src 0x0f, dst 0x0f, C=0
t_subc_b_sym_idx:
        ;! [src_s].b=0x0f [src_s+1].b=0xc3 r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x0f sr=0x0102
        subc.b src_s, 5(r5)
e_subc_b_sym_idx:
        ;= [dst_x+5].b=0xff r5=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=0 pc=e_subc_b_sym_idx cycles=6 cell=F1_SYM_MEM

; subc.b abs -> sym: src 0xf0, dst 0x0f, C=0
t_subc_b_abs_sym:
        ;! [src_a+1].b=0xf0 [src_a].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x0f sr=0x0106
        subc.b &src_a+1, dst_s
e_subc_b_abs_sym:
        ;= [dst_s].b=0x1e [dst_s+1].b=0x5a c=0 z=0 n=0 v=0 pc=e_subc_b_abs_sym cycles=6 cell=F1_ABS_MEM

; subc.b ind -> abs: src 0xc0, dst 0x40, C=1
t_subc_b_ind_abs:
        ;! r9=src_i+1 [src_i+1].b=0xc0 [src_i].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x40 sr=0x0003
        subc.b @r9, &dst_a+1
e_subc_b_ind_abs:
        ;= [dst_a+1].b=0x80 r9=src_i+1 [dst_a].b=0x5a c=0 z=0 n=1 v=1 pc=e_subc_b_ind_abs cycles=5 cell=F1_IND_MEM

; subc.b inc -> idx: src 0x33, dst 0xcc, C=1
t_subc_b_inc_idx:
        ;! r12=src_i [src_i].b=0x33 [src_i+1].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xcc sr=0x0103
        subc.b @r12+, 5(r8)
e_subc_b_inc_idx:
        ;= [dst_x+5].b=0x99 r12=src_i+1 r8=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=0 pc=e_subc_b_inc_idx cycles=5 cell=F1_INC_MEM

; subc.b imm -> sym: src 0x80, dst 0x7f, C=0
t_subc_b_imm_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0002
        subc.b #0x80, dst_s
e_subc_b_imm_sym:
        ;= [dst_s].b=0xfe [dst_s+1].b=0x5a c=0 z=0 n=1 v=1 pc=e_subc_b_imm_sym cycles=5 cell=F1_IMM_MEM

; subc.b cg8 -> abs: dst 0x02, C=0
t_subc_b_cg8_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x02 sr=0x0102
        subc.b #8, &dst_a+1
e_subc_b_cg8_abs:
        ;= [dst_a+1].b=0xf9 [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_subc_b_cg8_abs cycles=4 cell=F1_REG_MEM

; sub.w reg -> sym: src 0x0f0f, dst 0x00ff
t_sub_w_reg_sym:
        ;! r4=0x50f0f [dst_s]=0x00ff sr=0x0103
        sub r4, dst_s
e_sub_w_reg_sym:
        ;= [dst_s]=0xf1f0 c=0 z=0 n=1 v=0 pc=e_sub_w_reg_sym cycles=4 cell=F1_REG_MEM

; sub.w idx -> abs: src 0x00ff, dst 0x00ff
t_sub_w_idx_abs:
        ;! r6=src_x [src_x+2]=0x00ff [dst_a]=0x00ff sr=0x0104
        sub 2(r6), &dst_a
e_sub_w_idx_abs:
        ;= [dst_a]=0x0000 c=1 z=1 n=0 v=0 pc=e_sub_w_idx_abs cycles=6 cell=F1_IDX_MEM

; sub.w sym -> idx: src 0xc000, dst 0x4000
t_sub_w_sym_idx:
        ;! [src_s]=0xc000 r13=dst_x [dst_x+4]=0x4000 sr=0x0003
        sub src_s, 4(r13)
e_sub_w_sym_idx:
        ;= [dst_x+4]=0x8000 r13=dst_x c=0 z=0 n=1 v=1 pc=e_sub_w_sym_idx cycles=6 cell=F1_SYM_MEM

; sub.w abs -> sym: src 0x3333, dst 0xcccc
t_sub_w_abs_sym:
        ;! [src_a]=0x3333 [dst_s]=0xcccc sr=0x0102
        sub &src_a, dst_s
e_sub_w_abs_sym:
        ;= [dst_s]=0x9999 c=1 z=0 n=1 v=0 pc=e_sub_w_abs_sym cycles=6 cell=F1_ABS_MEM

; sub.w ind -> abs: src 0x8000, dst 0x7fff
t_sub_w_ind_abs:
        ;! r15=src_i [src_i]=0x8000 [dst_a]=0x7fff sr=0x0003
        sub @r15, &dst_a
e_sub_w_ind_abs:
        ;= [dst_a]=0xffff r15=src_i c=0 z=0 n=1 v=1 pc=e_sub_w_ind_abs cycles=5 cell=F1_IND_MEM

; sub.w inc -> idx: src 0x0003, dst 0x0002
t_sub_w_inc_idx:
        ;! r7=src_i [src_i]=0x0003 r14=dst_x [dst_x+4]=0x0002 sr=0x0103
        sub @r7+, 4(r14)
e_sub_w_inc_idx:
        ;= [dst_x+4]=0xffff r7=src_i+2 r14=dst_x c=0 z=0 n=1 v=0 pc=e_sub_w_inc_idx cycles=5 cell=F1_INC_MEM

; sub.w imm -> sym: src 0x1234, dst 0x4321
t_sub_w_imm_sym:
        ;! [dst_s]=0x4321 sr=0x0106
        sub #0x1234, dst_s
e_sub_w_imm_sym:
        ;= [dst_s]=0x30ed c=1 z=0 n=0 v=0 pc=e_sub_w_imm_sym cycles=5 cell=F1_IMM_MEM

; sub.w cg8 -> abs: dst 0x0001
t_sub_w_cg8_abs:
        ;! [dst_a]=0x0001 sr=0x0103
        sub #8, &dst_a
e_sub_w_cg8_abs:
        ;= [dst_a]=0xfff9 c=0 z=0 n=1 v=0 pc=e_sub_w_cg8_abs cycles=4 cell=F1_REG_MEM

; sub.b reg -> abs: src 0x33, dst 0xcc
t_sub_b_reg_abs:
        ;! r9=0x5a533 [dst_a].b=0x5a [dst_a+1].b=0xcc sr=0x0102
        sub.b r9, &dst_a+1
e_sub_b_reg_abs:
        ;= [dst_a+1].b=0x99 [dst_a].b=0x5a c=1 z=0 n=1 v=0 pc=e_sub_b_reg_abs cycles=4 cell=F1_REG_MEM

; sub.b idx -> idx: src 0x80, dst 0x7f
t_sub_b_idx_idx:
        ;! r12=src_x [src_x+3].b=0x80 [src_x+2].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0003
        sub.b 3(r12), 5(r8)
e_sub_b_idx_idx:
        ;= [dst_x+5].b=0xff r8=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=1 pc=e_sub_b_idx_idx cycles=6 cell=F1_IDX_MEM

; sub.b sym -> sym: src 0x03, dst 0x02
t_sub_b_sym_sym:
        ;! [src_s].b=0x03 [src_s+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x02 sr=0x0103
        sub.b src_s, dst_s
e_sub_b_sym_sym:
        ;= [dst_s].b=0xff [dst_s+1].b=0x5a c=0 z=0 n=1 v=0 pc=e_sub_b_sym_sym cycles=6 cell=F1_SYM_MEM

; sub.b abs -> abs: src 0x12, dst 0x43
t_sub_b_abs_abs:
        ;! [src_a+1].b=0x12 [src_a].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x43 sr=0x0106
        sub.b &src_a+1, &dst_a+1
e_sub_b_abs_abs:
        ;= [dst_a+1].b=0x31 [dst_a].b=0x5a c=1 z=0 n=0 v=0 pc=e_sub_b_abs_abs cycles=6 cell=F1_ABS_MEM

; sub.b ind -> idx: src 0x7f, dst 0x01
t_sub_b_ind_idx:
        ;! r4=src_i+1 [src_i+1].b=0x7f [src_i].b=0xc3 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x01 sr=0x0103
        sub.b @r4, 5(r11)
e_sub_b_ind_idx:
        ;= [dst_x+5].b=0x82 r4=src_i+1 r11=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=0 pc=e_sub_b_ind_idx cycles=5 cell=F1_IND_MEM

; sub.b inc -> sym: src 0x80, dst 0x80
t_sub_b_inc_sym:
        ;! r6=src_i [src_i].b=0x80 [src_i+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x80 sr=0x0104
        sub.b @r6+, dst_s
e_sub_b_inc_sym:
        ;= [dst_s].b=0x00 r6=src_i+1 [dst_s+1].b=0x5a c=1 z=1 n=0 v=0 pc=e_sub_b_inc_sym cycles=5 cell=F1_INC_MEM

; sub.b imm -> abs: src 0x3a, dst 0x01
t_sub_b_imm_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0103
        sub.b #0x3a, &dst_a+1
e_sub_b_imm_abs:
        ;= [dst_a+1].b=0xc7 [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_sub_b_imm_abs cycles=5 cell=F1_IMM_MEM

; sub.b cgm1 -> idx: dst 0x80
t_sub_b_cgm1_idx:
        ;! r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0103
        sub.b #-1, 5(r13)
e_sub_b_cgm1_idx:
        ;= [dst_x+5].b=0x81 r13=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=0 pc=e_sub_b_cgm1_idx cycles=4 cell=F1_REG_MEM

; cmp.w reg -> abs: src 0x0003, dst 0x0002
t_cmp_w_reg_abs:
        ;! r15=0x50003 [dst_a]=0x0002 sr=0x0103
        cmp r15, &dst_a
e_cmp_w_reg_abs:
        ;= [dst_a]=0x0002 c=0 z=0 n=1 v=0 pc=e_cmp_w_reg_abs cycles=3 cell=F1_REG_MEM_MBC

; cmp.w idx -> idx: src 0x1234, dst 0x4321
t_cmp_w_idx_idx:
        ;! r7=src_x [src_x+2]=0x1234 r14=dst_x [dst_x+4]=0x4321 sr=0x0106
        cmp 2(r7), 4(r14)
e_cmp_w_idx_idx:
        ;= [dst_x+4]=0x4321 r14=dst_x c=1 z=0 n=0 v=0 pc=e_cmp_w_idx_idx cycles=5 cell=F1_IDX_MEM_MBC

; cmp.w sym -> sym: src 0x7fff, dst 0x0001
t_cmp_w_sym_sym:
        ;! [src_s]=0x7fff [dst_s]=0x0001 sr=0x0103
        cmp src_s, dst_s
e_cmp_w_sym_sym:
        ;= [dst_s]=0x0001 c=0 z=0 n=1 v=0 pc=e_cmp_w_sym_sym cycles=5 cell=F1_SYM_MEM_MBC

; cmp.w abs -> abs: src 0x8000, dst 0x8000
t_cmp_w_abs_abs:
        ;! [src_a]=0x8000 [dst_a]=0x8000 sr=0x0104
        cmp &src_a, &dst_a
e_cmp_w_abs_abs:
        ;= [dst_a]=0x8000 c=1 z=1 n=0 v=0 pc=e_cmp_w_abs_abs cycles=5 cell=F1_ABS_MEM_MBC

; cmp.w ind -> idx: src 0xffff, dst 0x0001
t_cmp_w_ind_idx:
        ;! r9=src_i [src_i]=0xffff r8=dst_x [dst_x+4]=0x0001 sr=0x0107
        cmp @r9, 4(r8)
e_cmp_w_ind_idx:
        ;= [dst_x+4]=0x0001 r9=src_i r8=dst_x c=0 z=0 n=0 v=0 pc=e_cmp_w_ind_idx cycles=4 cell=F1_IND_MEM_MBC

; cmp.w inc -> sym: src 0x0001, dst 0x8000
t_cmp_w_inc_sym:
        ;! r12=src_i [src_i]=0x0001 [dst_s]=0x8000 sr=0x0006
        cmp @r12+, dst_s
e_cmp_w_inc_sym:
        ;= [dst_s]=0x8000 r12=src_i+2 c=1 z=0 n=0 v=1 pc=e_cmp_w_inc_sym cycles=4 cell=F1_INC_MEM_MBC

; cmp.w imm -> abs: src 0x5555, dst 0xaaaa
t_cmp_w_imm_abs:
        ;! [dst_a]=0xaaaa sr=0x0006
        cmp #0x5555, &dst_a
e_cmp_w_imm_abs:
        ;= [dst_a]=0xaaaa c=1 z=0 n=0 v=1 pc=e_cmp_w_imm_abs cycles=4 cell=F1_IMM_MEM_MBC

; cmp.w cgm1 -> idx: dst 0x7fff
t_cmp_w_cgm1_idx:
        ;! r10=dst_x [dst_x+4]=0x7fff sr=0x0003
        cmp #-1, 4(r10)
e_cmp_w_cgm1_idx:
        ;= [dst_x+4]=0x7fff r10=dst_x c=0 z=0 n=1 v=1 pc=e_cmp_w_cgm1_idx cycles=3 cell=F1_REG_MEM_MBC

; cmp.b reg -> idx: src 0x80, dst 0x80
t_cmp_b_reg_idx:
        ;! r4=0x5a580 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0104
        cmp.b r4, 5(r11)
e_cmp_b_reg_idx:
        ;= [dst_x+5].b=0x80 r11=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=0 pc=e_cmp_b_reg_idx cycles=3 cell=F1_REG_MEM_MBC

; cmp.b idx -> sym: src 0xff, dst 0x01
t_cmp_b_idx_sym:
        ;! r6=src_x [src_x+3].b=0xff [src_x+2].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x01 sr=0x0107
        cmp.b 3(r6), dst_s
e_cmp_b_idx_sym:
        ;= [dst_s].b=0x01 [dst_s+1].b=0x5a c=0 z=0 n=0 v=0 pc=e_cmp_b_idx_sym cycles=5 cell=F1_IDX_MEM_MBC

; cmp.b sym -> abs: src 0x01, dst 0x80
t_cmp_b_sym_abs:
        ;! [src_s].b=0x01 [src_s+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0006
        cmp.b src_s, &dst_a+1
e_cmp_b_sym_abs:
        ;= [dst_a+1].b=0x80 [dst_a].b=0x5a c=1 z=0 n=0 v=1 pc=e_cmp_b_sym_abs cycles=5 cell=F1_SYM_MEM_MBC

; cmp.b abs -> idx: src 0x55, dst 0xaa
t_cmp_b_abs_idx:
        ;! [src_a+1].b=0x55 [src_a].b=0xc3 r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xaa sr=0x0006
        cmp.b &src_a+1, 5(r13)
e_cmp_b_abs_idx:
        ;= [dst_x+5].b=0xaa r13=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=1 pc=e_cmp_b_abs_idx cycles=5 cell=F1_ABS_MEM_MBC

; cmp.b ind -> sym: src 0x81, dst 0x7f
t_cmp_b_ind_sym:
        ;! r15=src_i+1 [src_i+1].b=0x81 [src_i].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0003
        cmp.b @r15, dst_s
e_cmp_b_ind_sym:
        ;= [dst_s].b=0x7f r15=src_i+1 [dst_s+1].b=0x5a c=0 z=0 n=1 v=1 pc=e_cmp_b_ind_sym cycles=4 cell=F1_IND_MEM_MBC

; cmp.b inc -> abs: src 0x0f, dst 0x0f
t_cmp_b_inc_abs:
        ;! r7=src_i [src_i].b=0x0f [src_i+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0104
        cmp.b @r7+, &dst_a+1
e_cmp_b_inc_abs:
        ;= [dst_a+1].b=0x0f r7=src_i+1 [dst_a].b=0x5a c=1 z=1 n=0 v=0 pc=e_cmp_b_inc_abs cycles=4 cell=F1_INC_MEM_MBC

; cmp.b imm -> idx: src 0xf0, dst 0x0f
t_cmp_b_imm_idx:
        ;! r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x0f sr=0x0107
        cmp.b #0xf0, 5(r5)
e_cmp_b_imm_idx:
        ;= [dst_x+5].b=0x0f r5=dst_x [dst_x+4].b=0x5a c=0 z=0 n=0 v=0 pc=e_cmp_b_imm_idx cycles=4 cell=F1_IMM_MEM_MBC

; cmp.b cg0 -> sym: dst 0x40
t_cmp_b_cg0_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x40 sr=0x0106
        cmp.b #0, dst_s
e_cmp_b_cg0_sym:
        ;= [dst_s].b=0x40 [dst_s+1].b=0x5a c=1 z=0 n=0 v=0 pc=e_cmp_b_cg0_sym cycles=3 cell=F1_REG_MEM_MBC

; dadd.w reg -> idx: src 0x4567, dst 0x4433, C=1
t_dadd_w_reg_idx:
        ;! r9=0x54567 r8=dst_x [dst_x+4]=0x4433 sr=0x0003
        dadd r9, 4(r8)
e_dadd_w_reg_idx:
        ;= [dst_x+4]=0x9001 r8=dst_x c=0 z=0 n=1 pc=e_dadd_w_reg_idx cycles=4 cell=F1_REG_MEM

; dadd.w idx -> sym: src 0x0059, dst 0x0041, C=1
t_dadd_w_idx_sym:
        ;! r12=src_x [src_x+2]=0x0059 [dst_s]=0x0041 sr=0x0107
        dadd 2(r12), dst_s
e_dadd_w_idx_sym:
        ;= [dst_s]=0x0101 c=0 z=0 n=0 pc=e_dadd_w_idx_sym cycles=6 cell=F1_IDX_MEM

; dadd.w sym -> abs: src 0x8000, dst 0x0001, C=0
t_dadd_w_sym_abs:
        ;! [src_s]=0x8000 [dst_a]=0x0001 sr=0x0002
        dadd src_s, &dst_a
e_dadd_w_sym_abs:
        ;= [dst_a]=0x8001 c=0 z=0 n=1 pc=e_dadd_w_sym_abs cycles=6 cell=F1_SYM_MEM

; dadd.w abs -> idx: src 0x0000, dst 0x0000, C=0
t_dadd_w_abs_idx:
        ;! [src_a]=0x0000 r10=dst_x [dst_x+4]=0x0000 sr=0x0104
        dadd &src_a, 4(r10)
e_dadd_w_abs_idx:
        ;= [dst_x+4]=0x0000 r10=dst_x c=0 z=1 n=0 pc=e_dadd_w_abs_idx cycles=6 cell=F1_ABS_MEM

; dadd.w ind -> sym: src 0x2500, dst 0x7499, C=1
t_dadd_w_ind_sym:
        ;! r4=src_i [src_i]=0x2500 [dst_s]=0x7499 sr=0x0005
        dadd @r4, dst_s
e_dadd_w_ind_sym:
        ;= [dst_s]=0x0000 r4=src_i c=1 z=1 n=0 pc=e_dadd_w_ind_sym cycles=5 cell=F1_IND_MEM

; dadd.w inc -> abs: src 0x0005, dst 0x0005, C=1
t_dadd_w_inc_abs:
        ;! r6=src_i [src_i]=0x0005 [dst_a]=0x0005 sr=0x0107
        dadd @r6+, &dst_a
e_dadd_w_inc_abs:
        ;= [dst_a]=0x0011 r6=src_i+2 c=0 z=0 n=0 pc=e_dadd_w_inc_abs cycles=5 cell=F1_INC_MEM

; dadd.w imm -> idx: src 0x3141, dst 0x2718, C=0
t_dadd_w_imm_idx:
        ;! r13=dst_x [dst_x+4]=0x2718 sr=0x0006
        dadd #0x3141, 4(r13)
e_dadd_w_imm_idx:
        ;= [dst_x+4]=0x5859 r13=dst_x c=0 z=0 n=0 pc=e_dadd_w_imm_idx cycles=5 cell=F1_IMM_MEM

; dadd.w cg0 -> sym: dst 0x0000, C=0
t_dadd_w_cg0_sym:
        ;! [dst_s]=0x0000 sr=0x0104
        dadd #0, dst_s
e_dadd_w_cg0_sym:
        ;= [dst_s]=0x0000 c=0 z=1 n=0 pc=e_dadd_w_cg0_sym cycles=4 cell=F1_REG_MEM

; dadd.b reg -> sym: src 0x38, dst 0x61, C=1
t_dadd_b_reg_sym:
        ;! r15=0x5a538 [dst_s+1].b=0x5a [dst_s].b=0x61 sr=0x0005
        dadd.b r15, dst_s
e_dadd_b_reg_sym:
        ;= [dst_s].b=0x00 [dst_s+1].b=0x5a c=1 z=1 n=0 pc=e_dadd_b_reg_sym cycles=4 cell=F1_REG_MEM

; dadd.b idx -> abs: src 0x05, dst 0x05, C=1
t_dadd_b_idx_abs:
        ;! r7=src_x [src_x+3].b=0x05 [src_x+2].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x05 sr=0x0107
        dadd.b 3(r7), &dst_a+1
e_dadd_b_idx_abs:
        ;= [dst_a+1].b=0x11 [dst_a].b=0x5a c=0 z=0 n=0 pc=e_dadd_b_idx_abs cycles=6 cell=F1_IDX_MEM

; dadd.b sym -> idx: src 0x70, dst 0x09, C=0
t_dadd_b_sym_idx:
        ;! [src_s].b=0x70 [src_s+1].b=0xc3 r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x09 sr=0x0006
        dadd.b src_s, 5(r5)
e_dadd_b_sym_idx:
        ;= [dst_x+5].b=0x79 r5=dst_x [dst_x+4].b=0x5a c=0 z=0 n=0 pc=e_dadd_b_sym_idx cycles=6 cell=F1_SYM_MEM

; dadd.b abs -> sym: src 0x98, dst 0x00, C=0
t_dadd_b_abs_sym:
        ;! [src_a+1].b=0x98 [src_a].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x00 sr=0x0102
        dadd.b &src_a+1, dst_s
e_dadd_b_abs_sym:
        ;= [dst_s].b=0x98 [dst_s+1].b=0x5a c=0 z=0 n=1 pc=e_dadd_b_abs_sym cycles=6 cell=F1_ABS_MEM

; dadd.b ind -> abs: src 0x40, dst 0x59, C=1
t_dadd_b_ind_abs:
        ;! r9=src_i+1 [src_i+1].b=0x40 [src_i].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x59 sr=0x0005
        dadd.b @r9, &dst_a+1
e_dadd_b_ind_abs:
        ;= [dst_a+1].b=0x00 r9=src_i+1 [dst_a].b=0x5a c=1 z=1 n=0 pc=e_dadd_b_ind_abs cycles=5 cell=F1_IND_MEM

; dadd.b inc -> idx: src 0x27, dst 0x18, C=1
t_dadd_b_inc_idx:
        ;! r12=src_i [src_i].b=0x27 [src_i+1].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x18 sr=0x0107
        dadd.b @r12+, 5(r8)
e_dadd_b_inc_idx:
        ;= [dst_x+5].b=0x46 r12=src_i+1 r8=dst_x [dst_x+4].b=0x5a c=0 z=0 n=0 pc=e_dadd_b_inc_idx cycles=5 cell=F1_INC_MEM

; dadd.b imm -> sym: src 0x12, dst 0x43, C=0
t_dadd_b_imm_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x43 sr=0x0006
        dadd.b #0x12, dst_s
e_dadd_b_imm_sym:
        ;= [dst_s].b=0x55 [dst_s+1].b=0x5a c=0 z=0 n=0 pc=e_dadd_b_imm_sym cycles=5 cell=F1_IMM_MEM

; dadd.b cg1 -> abs: dst 0x01, C=0
t_dadd_b_cg1_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0106
        dadd.b #1, &dst_a+1
e_dadd_b_cg1_abs:
        ;= [dst_a+1].b=0x02 [dst_a].b=0x5a c=0 z=0 n=0 pc=e_dadd_b_cg1_abs cycles=4 cell=F1_REG_MEM

; bit.w reg -> sym: src 0xc000, dst 0x4000
t_bit_w_reg_sym:
        ;! r4=0x5c000 [dst_s]=0x4000 sr=0x0106
        bit r4, dst_s
e_bit_w_reg_sym:
        ;= [dst_s]=0x4000 c=1 z=0 n=0 v=0 pc=e_bit_w_reg_sym cycles=3 cell=F1_REG_MEM_MBC

; bit.w idx -> abs: src 0x3333, dst 0xcccc
t_bit_w_idx_abs:
        ;! r6=src_x [src_x+2]=0x3333 [dst_a]=0xcccc sr=0x0105
        bit 2(r6), &dst_a
e_bit_w_idx_abs:
        ;= [dst_a]=0xcccc c=0 z=1 n=0 v=0 pc=e_bit_w_idx_abs cycles=5 cell=F1_IDX_MEM_MBC

; bit.w sym -> idx: src 0x8000, dst 0x7fff
t_bit_w_sym_idx:
        ;! [src_s]=0x8000 r13=dst_x [dst_x+4]=0x7fff sr=0x0105
        bit src_s, 4(r13)
e_bit_w_sym_idx:
        ;= [dst_x+4]=0x7fff r13=dst_x c=0 z=1 n=0 v=0 pc=e_bit_w_sym_idx cycles=5 cell=F1_SYM_MEM_MBC

; bit.w abs -> sym: src 0x0003, dst 0x0002
t_bit_w_abs_sym:
        ;! [src_a]=0x0003 [dst_s]=0x0002 sr=0x0106
        bit &src_a, dst_s
e_bit_w_abs_sym:
        ;= [dst_s]=0x0002 c=1 z=0 n=0 v=0 pc=e_bit_w_abs_sym cycles=5 cell=F1_ABS_MEM_MBC

; bit.w ind -> abs: src 0x1234, dst 0x4321
t_bit_w_ind_abs:
        ;! r15=src_i [src_i]=0x1234 [dst_a]=0x4321 sr=0x0106
        bit @r15, &dst_a
e_bit_w_ind_abs:
        ;= [dst_a]=0x4321 r15=src_i c=1 z=0 n=0 v=0 pc=e_bit_w_ind_abs cycles=4 cell=F1_IND_MEM_MBC

; bit.w inc -> idx: src 0x7fff, dst 0x0001
t_bit_w_inc_idx:
        ;! r7=src_i [src_i]=0x7fff r14=dst_x [dst_x+4]=0x0001 sr=0x0106
        bit @r7+, 4(r14)
e_bit_w_inc_idx:
        ;= [dst_x+4]=0x0001 r7=src_i+2 r14=dst_x c=1 z=0 n=0 v=0 pc=e_bit_w_inc_idx cycles=4 cell=F1_INC_MEM_MBC

; bit.w imm -> sym: src 0x8000, dst 0x8000
t_bit_w_imm_sym:
        ;! [dst_s]=0x8000 sr=0x0102
        bit #0x8000, dst_s
e_bit_w_imm_sym:
        ;= [dst_s]=0x8000 c=1 z=0 n=1 v=0 pc=e_bit_w_imm_sym cycles=4 cell=F1_IMM_MEM_MBC

; bit.w cg1 -> abs: dst 0x0001
t_bit_w_cg1_abs:
        ;! [dst_a]=0x0001 sr=0x0106
        bit #1, &dst_a
e_bit_w_cg1_abs:
        ;= [dst_a]=0x0001 c=1 z=0 n=0 v=0 pc=e_bit_w_cg1_abs cycles=3 cell=F1_REG_MEM_MBC

; bit.b reg -> abs: src 0x03, dst 0x02
t_bit_b_reg_abs:
        ;! r9=0x5a503 [dst_a].b=0x5a [dst_a+1].b=0x02 sr=0x0106
        bit.b r9, &dst_a+1
e_bit_b_reg_abs:
        ;= [dst_a+1].b=0x02 [dst_a].b=0x5a c=1 z=0 n=0 v=0 pc=e_bit_b_reg_abs cycles=3 cell=F1_REG_MEM_MBC

; bit.b idx -> idx: src 0x12, dst 0x43
t_bit_b_idx_idx:
        ;! r12=src_x [src_x+3].b=0x12 [src_x+2].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x43 sr=0x0106
        bit.b 3(r12), 5(r8)
e_bit_b_idx_idx:
        ;= [dst_x+5].b=0x43 r8=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_bit_b_idx_idx cycles=5 cell=F1_IDX_MEM_MBC

; bit.b sym -> sym: src 0x7f, dst 0x01
t_bit_b_sym_sym:
        ;! [src_s].b=0x7f [src_s+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x01 sr=0x0106
        bit.b src_s, dst_s
e_bit_b_sym_sym:
        ;= [dst_s].b=0x01 [dst_s+1].b=0x5a c=1 z=0 n=0 v=0 pc=e_bit_b_sym_sym cycles=5 cell=F1_SYM_MEM_MBC

; bit.b abs -> abs: src 0x80, dst 0x80
t_bit_b_abs_abs:
        ;! [src_a+1].b=0x80 [src_a].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0102
        bit.b &src_a+1, &dst_a+1
e_bit_b_abs_abs:
        ;= [dst_a+1].b=0x80 [dst_a].b=0x5a c=1 z=0 n=1 v=0 pc=e_bit_b_abs_abs cycles=5 cell=F1_ABS_MEM_MBC

; bit.b ind -> idx: src 0xff, dst 0x01
t_bit_b_ind_idx:
        ;! r4=src_i+1 [src_i+1].b=0xff [src_i].b=0xc3 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x01 sr=0x0106
        bit.b @r4, 5(r11)
e_bit_b_ind_idx:
        ;= [dst_x+5].b=0x01 r4=src_i+1 r11=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_bit_b_ind_idx cycles=4 cell=F1_IND_MEM_MBC

; bit.b inc -> sym: src 0x01, dst 0x80
t_bit_b_inc_sym:
        ;! r6=src_i [src_i].b=0x01 [src_i+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x80 sr=0x0105
        bit.b @r6+, dst_s
e_bit_b_inc_sym:
        ;= [dst_s].b=0x80 r6=src_i+1 [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_bit_b_inc_sym cycles=4 cell=F1_INC_MEM_MBC

; bit.b imm -> abs: src 0x55, dst 0xaa
t_bit_b_imm_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0xaa sr=0x0105
        bit.b #0x55, &dst_a+1
e_bit_b_imm_abs:
        ;= [dst_a+1].b=0xaa [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_bit_b_imm_abs cycles=4 cell=F1_IMM_MEM_MBC

; bit.b cg2 -> idx: dst 0x7f
t_bit_b_cg2_idx:
        ;! r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0106
        bit.b #2, 5(r13)
e_bit_b_cg2_idx:
        ;= [dst_x+5].b=0x7f r13=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_bit_b_cg2_idx cycles=3 cell=F1_REG_MEM_MBC

; bic.w reg -> abs: src 0x7fff, dst 0x0001
t_bic_w_reg_abs:
        ;! r15=0x57fff [dst_a]=0x0001 sr=0x0103
        bic r15, &dst_a
e_bic_w_reg_abs:
        ;= [dst_a]=0x0000 c=1 z=1 n=0 v=1 pc=e_bic_w_reg_abs cycles=4 cell=F1_REG_MEM

; bic.w idx -> idx: src 0x8000, dst 0x8000
t_bic_w_idx_idx:
        ;! r7=src_x [src_x+2]=0x8000 r14=dst_x [dst_x+4]=0x8000 sr=0x0004
        bic 2(r7), 4(r14)
e_bic_w_idx_idx:
        ;= [dst_x+4]=0x0000 r14=dst_x c=0 z=0 n=1 v=0 pc=e_bic_w_idx_idx cycles=6 cell=F1_IDX_MEM

; bic.w sym -> sym: src 0xffff, dst 0x0001
t_bic_w_sym_sym:
        ;! [src_s]=0xffff [dst_s]=0x0001 sr=0x0105
        bic src_s, dst_s
e_bic_w_sym_sym:
        ;= [dst_s]=0x0000 c=1 z=0 n=1 v=1 pc=e_bic_w_sym_sym cycles=6 cell=F1_SYM_MEM

; bic.w abs -> abs: src 0x0001, dst 0x8000
t_bic_w_abs_abs:
        ;! [src_a]=0x0001 [dst_a]=0x8000 sr=0x0002
        bic &src_a, &dst_a
e_bic_w_abs_abs:
        ;= [dst_a]=0x8000 c=0 z=1 n=0 v=0 pc=e_bic_w_abs_abs cycles=6 cell=F1_ABS_MEM

; bic.w ind -> idx: src 0x5555, dst 0xaaaa
t_bic_w_ind_idx:
        ;! r9=src_i [src_i]=0x5555 r8=dst_x [dst_x+4]=0xaaaa sr=0x0103
        bic @r9, 4(r8)
e_bic_w_ind_idx:
        ;= [dst_x+4]=0xaaaa r9=src_i r8=dst_x c=1 z=1 n=0 v=1 pc=e_bic_w_ind_idx cycles=5 cell=F1_IND_MEM

; bic.w inc -> sym: src 0x8001, dst 0x7fff
t_bic_w_inc_sym:
        ;! r12=src_i [src_i]=0x8001 [dst_s]=0x7fff sr=0x0004
        bic @r12+, dst_s
e_bic_w_inc_sym:
        ;= [dst_s]=0x7ffe r12=src_i+2 c=0 z=0 n=1 v=0 pc=e_bic_w_inc_sym cycles=5 cell=F1_INC_MEM

; bic.w imm -> abs: src 0x0f0f, dst 0x00ff
t_bic_w_imm_abs:
        ;! [dst_a]=0x00ff sr=0x0105
        bic #0x0f0f, &dst_a
e_bic_w_imm_abs:
        ;= [dst_a]=0x00f0 c=1 z=0 n=1 v=1 pc=e_bic_w_imm_abs cycles=5 cell=F1_IMM_MEM

; bic.w cg2 -> idx: dst 0x00ff
t_bic_w_cg2_idx:
        ;! r10=dst_x [dst_x+4]=0x00ff sr=0x0002
        bic #2, 4(r10)
e_bic_w_cg2_idx:
        ;= [dst_x+4]=0x00fd r10=dst_x c=0 z=1 n=0 v=0 pc=e_bic_w_cg2_idx cycles=4 cell=F1_REG_MEM

; bic.b reg -> idx: src 0x01, dst 0x80
t_bic_b_reg_idx:
        ;! r4=0x5a501 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0103
        bic.b r4, 5(r11)
e_bic_b_reg_idx:
        ;= [dst_x+5].b=0x80 r11=dst_x [dst_x+4].b=0x5a c=1 z=1 n=0 v=1 pc=e_bic_b_reg_idx cycles=4 cell=F1_REG_MEM

; bic.b idx -> sym: src 0x55, dst 0xaa
t_bic_b_idx_sym:
        ;! r6=src_x [src_x+3].b=0x55 [src_x+2].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0xaa sr=0x0004
        bic.b 3(r6), dst_s
e_bic_b_idx_sym:
        ;= [dst_s].b=0xaa [dst_s+1].b=0x5a c=0 z=0 n=1 v=0 pc=e_bic_b_idx_sym cycles=6 cell=F1_IDX_MEM

; bic.b sym -> abs: src 0x81, dst 0x7f
t_bic_b_sym_abs:
        ;! [src_s].b=0x81 [src_s+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x7f sr=0x0105
        bic.b src_s, &dst_a+1
e_bic_b_sym_abs:
        ;= [dst_a+1].b=0x7e [dst_a].b=0x5a c=1 z=0 n=1 v=1 pc=e_bic_b_sym_abs cycles=6 cell=F1_SYM_MEM

; bic.b abs -> idx: src 0x0f, dst 0x0f
t_bic_b_abs_idx:
        ;! [src_a+1].b=0x0f [src_a].b=0xc3 r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x0f sr=0x0002
        bic.b &src_a+1, 5(r13)
e_bic_b_abs_idx:
        ;= [dst_x+5].b=0x00 r13=dst_x [dst_x+4].b=0x5a c=0 z=1 n=0 v=0 pc=e_bic_b_abs_idx cycles=6 cell=F1_ABS_MEM

; bic.b ind -> sym: src 0xf0, dst 0x0f
t_bic_b_ind_sym:
        ;! r15=src_i+1 [src_i+1].b=0xf0 [src_i].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x0f sr=0x0103
        bic.b @r15, dst_s
e_bic_b_ind_sym:
        ;= [dst_s].b=0x0f r15=src_i+1 [dst_s+1].b=0x5a c=1 z=1 n=0 v=1 pc=e_bic_b_ind_sym cycles=5 cell=F1_IND_MEM

; bic.b inc -> abs: src 0xc0, dst 0x40
t_bic_b_inc_abs:
        ;! r7=src_i [src_i].b=0xc0 [src_i+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x40 sr=0x0004
        bic.b @r7+, &dst_a+1
e_bic_b_inc_abs:
        ;= [dst_a+1].b=0x00 r7=src_i+1 [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_bic_b_inc_abs cycles=5 cell=F1_INC_MEM

; bic.b imm -> idx: src 0x33, dst 0xcc
t_bic_b_imm_idx:
        ;! r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xcc sr=0x0105
        bic.b #0x33, 5(r5)
e_bic_b_imm_idx:
        ;= [dst_x+5].b=0xcc r5=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=1 pc=e_bic_b_imm_idx cycles=5 cell=F1_IMM_MEM

; bic.b cg4 -> sym: dst 0x7f
t_bic_b_cg4_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0002
        bic.b #4, dst_s
e_bic_b_cg4_sym:
        ;= [dst_s].b=0x7b [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_bic_b_cg4_sym cycles=4 cell=F1_REG_MEM

; bis.w reg -> idx: src 0x8001, dst 0x7fff
t_bis_w_reg_idx:
        ;! r9=0x58001 r8=dst_x [dst_x+4]=0x7fff sr=0x0103
        bis r9, 4(r8)
e_bis_w_reg_idx:
        ;= [dst_x+4]=0xffff r8=dst_x c=1 z=1 n=0 v=1 pc=e_bis_w_reg_idx cycles=4 cell=F1_REG_MEM

; bis.w idx -> sym: src 0x0f0f, dst 0x00ff
t_bis_w_idx_sym:
        ;! r12=src_x [src_x+2]=0x0f0f [dst_s]=0x00ff sr=0x0004
        bis 2(r12), dst_s
e_bis_w_idx_sym:
        ;= [dst_s]=0x0fff c=0 z=0 n=1 v=0 pc=e_bis_w_idx_sym cycles=6 cell=F1_IDX_MEM

; bis.w sym -> abs: src 0x00ff, dst 0x00ff
t_bis_w_sym_abs:
        ;! [src_s]=0x00ff [dst_a]=0x00ff sr=0x0105
        bis src_s, &dst_a
e_bis_w_sym_abs:
        ;= [dst_a]=0x00ff c=1 z=0 n=1 v=1 pc=e_bis_w_sym_abs cycles=6 cell=F1_SYM_MEM

; bis.w abs -> idx: src 0xc000, dst 0x4000
t_bis_w_abs_idx:
        ;! [src_a]=0xc000 r10=dst_x [dst_x+4]=0x4000 sr=0x0002
        bis &src_a, 4(r10)
e_bis_w_abs_idx:
        ;= [dst_x+4]=0xc000 r10=dst_x c=0 z=1 n=0 v=0 pc=e_bis_w_abs_idx cycles=6 cell=F1_ABS_MEM

; bis.w ind -> sym: src 0x3333, dst 0xcccc
t_bis_w_ind_sym:
        ;! r4=src_i [src_i]=0x3333 [dst_s]=0xcccc sr=0x0103
        bis @r4, dst_s
e_bis_w_ind_sym:
        ;= [dst_s]=0xffff r4=src_i c=1 z=1 n=0 v=1 pc=e_bis_w_ind_sym cycles=5 cell=F1_IND_MEM

; bis.w inc -> abs: src 0x8000, dst 0x7fff
t_bis_w_inc_abs:
        ;! r6=src_i [src_i]=0x8000 [dst_a]=0x7fff sr=0x0004
        bis @r6+, &dst_a
e_bis_w_inc_abs:
        ;= [dst_a]=0xffff r6=src_i+2 c=0 z=0 n=1 v=0 pc=e_bis_w_inc_abs cycles=5 cell=F1_INC_MEM

; bis.w imm -> idx: src 0x0003, dst 0x0002
t_bis_w_imm_idx:
        ;! r13=dst_x [dst_x+4]=0x0002 sr=0x0105
        bis #0x0003, 4(r13)
e_bis_w_imm_idx:
        ;= [dst_x+4]=0x0003 r13=dst_x c=1 z=0 n=1 v=1 pc=e_bis_w_imm_idx cycles=5 cell=F1_IMM_MEM

; bis.w cg4 -> sym: dst 0x4321
t_bis_w_cg4_sym:
        ;! [dst_s]=0x4321 sr=0x0002
        bis #4, dst_s
e_bis_w_cg4_sym:
        ;= [dst_s]=0x4325 c=0 z=1 n=0 v=0 pc=e_bis_w_cg4_sym cycles=4 cell=F1_REG_MEM

; bis.b reg -> sym: src 0xc0, dst 0x40
t_bis_b_reg_sym:
        ;! r15=0x5a5c0 [dst_s+1].b=0x5a [dst_s].b=0x40 sr=0x0103
        bis.b r15, dst_s
e_bis_b_reg_sym:
        ;= [dst_s].b=0xc0 [dst_s+1].b=0x5a c=1 z=1 n=0 v=1 pc=e_bis_b_reg_sym cycles=4 cell=F1_REG_MEM

; bis.b idx -> abs: src 0x33, dst 0xcc
t_bis_b_idx_abs:
        ;! r7=src_x [src_x+3].b=0x33 [src_x+2].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0xcc sr=0x0004
        bis.b 3(r7), &dst_a+1
e_bis_b_idx_abs:
        ;= [dst_a+1].b=0xff [dst_a].b=0x5a c=0 z=0 n=1 v=0 pc=e_bis_b_idx_abs cycles=6 cell=F1_IDX_MEM

; bis.b sym -> idx: src 0x80, dst 0x7f
t_bis_b_sym_idx:
        ;! [src_s].b=0x80 [src_s+1].b=0xc3 r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0105
        bis.b src_s, 5(r5)
e_bis_b_sym_idx:
        ;= [dst_x+5].b=0xff r5=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=1 pc=e_bis_b_sym_idx cycles=6 cell=F1_SYM_MEM

; bis.b abs -> sym: src 0x03, dst 0x02
t_bis_b_abs_sym:
        ;! [src_a+1].b=0x03 [src_a].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x02 sr=0x0002
        bis.b &src_a+1, dst_s
e_bis_b_abs_sym:
        ;= [dst_s].b=0x03 [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_bis_b_abs_sym cycles=6 cell=F1_ABS_MEM

; bis.b ind -> abs: src 0x12, dst 0x43
t_bis_b_ind_abs:
        ;! r9=src_i+1 [src_i+1].b=0x12 [src_i].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x43 sr=0x0103
        bis.b @r9, &dst_a+1
e_bis_b_ind_abs:
        ;= [dst_a+1].b=0x53 r9=src_i+1 [dst_a].b=0x5a c=1 z=1 n=0 v=1 pc=e_bis_b_ind_abs cycles=5 cell=F1_IND_MEM

; bis.b inc -> idx: src 0x7f, dst 0x01
t_bis_b_inc_idx:
        ;! r12=src_i [src_i].b=0x7f [src_i+1].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x01 sr=0x0004
        bis.b @r12+, 5(r8)
e_bis_b_inc_idx:
        ;= [dst_x+5].b=0x7f r12=src_i+1 r8=dst_x [dst_x+4].b=0x5a c=0 z=0 n=1 v=0 pc=e_bis_b_inc_idx cycles=5 cell=F1_INC_MEM

; bis.b imm -> sym: src 0x80, dst 0x80
t_bis_b_imm_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x80 sr=0x0105
        bis.b #0x80, dst_s
e_bis_b_imm_sym:
        ;= [dst_s].b=0x80 [dst_s+1].b=0x5a c=1 z=0 n=1 v=1 pc=e_bis_b_imm_sym cycles=5 cell=F1_IMM_MEM

; bis.b cg8 -> abs: dst 0x01
t_bis_b_cg8_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0002
        bis.b #8, &dst_a+1
e_bis_b_cg8_abs:
        ;= [dst_a+1].b=0x09 [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_bis_b_cg8_abs cycles=4 cell=F1_REG_MEM

; xor.w reg -> sym: src 0x8000, dst 0x7fff
t_xor_w_reg_sym:
        ;! r4=0x58000 [dst_s]=0x7fff sr=0x0102
        xor r4, dst_s
e_xor_w_reg_sym:
        ;= [dst_s]=0xffff c=1 z=0 n=1 v=0 pc=e_xor_w_reg_sym cycles=4 cell=F1_REG_MEM

; xor.w idx -> abs: src 0x0003, dst 0x0002
t_xor_w_idx_abs:
        ;! r6=src_x [src_x+2]=0x0003 [dst_a]=0x0002 sr=0x0106
        xor 2(r6), &dst_a
e_xor_w_idx_abs:
        ;= [dst_a]=0x0001 c=1 z=0 n=0 v=0 pc=e_xor_w_idx_abs cycles=6 cell=F1_IDX_MEM

; xor.w sym -> idx: src 0x1234, dst 0x4321
t_xor_w_sym_idx:
        ;! [src_s]=0x1234 r13=dst_x [dst_x+4]=0x4321 sr=0x0106
        xor src_s, 4(r13)
e_xor_w_sym_idx:
        ;= [dst_x+4]=0x5115 r13=dst_x c=1 z=0 n=0 v=0 pc=e_xor_w_sym_idx cycles=6 cell=F1_SYM_MEM

; xor.w abs -> sym: src 0x7fff, dst 0x0001
t_xor_w_abs_sym:
        ;! [src_a]=0x7fff [dst_s]=0x0001 sr=0x0106
        xor &src_a, dst_s
e_xor_w_abs_sym:
        ;= [dst_s]=0x7ffe c=1 z=0 n=0 v=0 pc=e_xor_w_abs_sym cycles=6 cell=F1_ABS_MEM

; xor.w ind -> abs: src 0x8000, dst 0x8000
t_xor_w_ind_abs:
        ;! r15=src_i [src_i]=0x8000 [dst_a]=0x8000 sr=0x0005
        xor @r15, &dst_a
e_xor_w_ind_abs:
        ;= [dst_a]=0x0000 r15=src_i c=0 z=1 n=0 v=1 pc=e_xor_w_ind_abs cycles=5 cell=F1_IND_MEM

; xor.w inc -> idx: src 0xffff, dst 0x0001
t_xor_w_inc_idx:
        ;! r7=src_i [src_i]=0xffff r14=dst_x [dst_x+4]=0x0001 sr=0x0102
        xor @r7+, 4(r14)
e_xor_w_inc_idx:
        ;= [dst_x+4]=0xfffe r7=src_i+2 r14=dst_x c=1 z=0 n=1 v=0 pc=e_xor_w_inc_idx cycles=5 cell=F1_INC_MEM

; xor.w imm -> sym: src 0x3a5c, dst 0x8000
t_xor_w_imm_sym:
        ;! [dst_s]=0x8000 sr=0x0102
        xor #0x3a5c, dst_s
e_xor_w_imm_sym:
        ;= [dst_s]=0xba5c c=1 z=0 n=1 v=0 pc=e_xor_w_imm_sym cycles=5 cell=F1_IMM_MEM

; xor.w cg8 -> abs: dst 0xaaaa
t_xor_w_cg8_abs:
        ;! [dst_a]=0xaaaa sr=0x0102
        xor #8, &dst_a
e_xor_w_cg8_abs:
        ;= [dst_a]=0xaaa2 c=1 z=0 n=1 v=0 pc=e_xor_w_cg8_abs cycles=4 cell=F1_REG_MEM

; xor.b reg -> abs: src 0x7f, dst 0x01
t_xor_b_reg_abs:
        ;! r9=0x5a57f [dst_a].b=0x5a [dst_a+1].b=0x01 sr=0x0106
        xor.b r9, &dst_a+1
e_xor_b_reg_abs:
        ;= [dst_a+1].b=0x7e [dst_a].b=0x5a c=1 z=0 n=0 v=0 pc=e_xor_b_reg_abs cycles=4 cell=F1_REG_MEM

; xor.b idx -> idx: src 0x80, dst 0x80
t_xor_b_idx_idx:
        ;! r12=src_x [src_x+3].b=0x80 [src_x+2].b=0xc3 r8=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x80 sr=0x0005
        xor.b 3(r12), 5(r8)
e_xor_b_idx_idx:
        ;= [dst_x+5].b=0x00 r8=dst_x [dst_x+4].b=0x5a c=0 z=1 n=0 v=1 pc=e_xor_b_idx_idx cycles=6 cell=F1_IDX_MEM

; xor.b sym -> sym: src 0xff, dst 0x01
t_xor_b_sym_sym:
        ;! [src_s].b=0xff [src_s+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x01 sr=0x0102
        xor.b src_s, dst_s
e_xor_b_sym_sym:
        ;= [dst_s].b=0xfe [dst_s+1].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_sym_sym cycles=6 cell=F1_SYM_MEM

; xor.b abs -> abs: src 0x01, dst 0x80
t_xor_b_abs_abs:
        ;! [src_a+1].b=0x01 [src_a].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x80 sr=0x0102
        xor.b &src_a+1, &dst_a+1
e_xor_b_abs_abs:
        ;= [dst_a+1].b=0x81 [dst_a].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_abs_abs cycles=6 cell=F1_ABS_MEM

; xor.b ind -> idx: src 0x55, dst 0xaa
t_xor_b_ind_idx:
        ;! r4=src_i+1 [src_i+1].b=0x55 [src_i].b=0xc3 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0xaa sr=0x0102
        xor.b @r4, 5(r11)
e_xor_b_ind_idx:
        ;= [dst_x+5].b=0xff r4=src_i+1 r11=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_ind_idx cycles=5 cell=F1_IND_MEM

; xor.b inc -> sym: src 0x81, dst 0x7f
t_xor_b_inc_sym:
        ;! r6=src_i [src_i].b=0x81 [src_i+1].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x7f sr=0x0102
        xor.b @r6+, dst_s
e_xor_b_inc_sym:
        ;= [dst_s].b=0xfe r6=src_i+1 [dst_s+1].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_inc_sym cycles=5 cell=F1_INC_MEM

; xor.b imm -> abs: src 0x0f, dst 0x0f
t_xor_b_imm_abs:
        ;! [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0105
        xor.b #0x0f, &dst_a+1
e_xor_b_imm_abs:
        ;= [dst_a+1].b=0x00 [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_xor_b_imm_abs cycles=5 cell=F1_IMM_MEM

; xor.b cgm1 -> idx: dst 0x0f
t_xor_b_cgm1_idx:
        ;! r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x0f sr=0x0102
        xor.b #-1, 5(r13)
e_xor_b_cgm1_idx:
        ;= [dst_x+5].b=0xf0 r13=dst_x [dst_x+4].b=0x5a c=1 z=0 n=1 v=0 pc=e_xor_b_cgm1_idx cycles=4 cell=F1_REG_MEM

; and.w reg -> abs: src 0xffff, dst 0x0001
t_and_w_reg_abs:
        ;! r15=0x5ffff [dst_a]=0x0001 sr=0x0106
        and r15, &dst_a
e_and_w_reg_abs:
        ;= [dst_a]=0x0001 c=1 z=0 n=0 v=0 pc=e_and_w_reg_abs cycles=4 cell=F1_REG_MEM

; and.w idx -> idx: src 0x0001, dst 0x8000
t_and_w_idx_idx:
        ;! r7=src_x [src_x+2]=0x0001 r14=dst_x [dst_x+4]=0x8000 sr=0x0105
        and 2(r7), 4(r14)
e_and_w_idx_idx:
        ;= [dst_x+4]=0x0000 r14=dst_x c=0 z=1 n=0 v=0 pc=e_and_w_idx_idx cycles=6 cell=F1_IDX_MEM

; and.w sym -> sym: src 0x5555, dst 0xaaaa
t_and_w_sym_sym:
        ;! [src_s]=0x5555 [dst_s]=0xaaaa sr=0x0105
        and src_s, dst_s
e_and_w_sym_sym:
        ;= [dst_s]=0x0000 c=0 z=1 n=0 v=0 pc=e_and_w_sym_sym cycles=6 cell=F1_SYM_MEM

; and.w abs -> abs: src 0x8001, dst 0x7fff
t_and_w_abs_abs:
        ;! [src_a]=0x8001 [dst_a]=0x7fff sr=0x0106
        and &src_a, &dst_a
e_and_w_abs_abs:
        ;= [dst_a]=0x0001 c=1 z=0 n=0 v=0 pc=e_and_w_abs_abs cycles=6 cell=F1_ABS_MEM

; and.w ind -> idx: src 0x0f0f, dst 0x00ff
t_and_w_ind_idx:
        ;! r9=src_i [src_i]=0x0f0f r8=dst_x [dst_x+4]=0x00ff sr=0x0106
        and @r9, 4(r8)
e_and_w_ind_idx:
        ;= [dst_x+4]=0x000f r9=src_i r8=dst_x c=1 z=0 n=0 v=0 pc=e_and_w_ind_idx cycles=5 cell=F1_IND_MEM

; and.w inc -> sym: src 0x00ff, dst 0x00ff
t_and_w_inc_sym:
        ;! r12=src_i [src_i]=0x00ff [dst_s]=0x00ff sr=0x0106
        and @r12+, dst_s
e_and_w_inc_sym:
        ;= [dst_s]=0x00ff r12=src_i+2 c=1 z=0 n=0 v=0 pc=e_and_w_inc_sym cycles=5 cell=F1_INC_MEM

; and.w imm -> abs: src 0xc000, dst 0x4000
t_and_w_imm_abs:
        ;! [dst_a]=0x4000 sr=0x0106
        and #0xc000, &dst_a
e_and_w_imm_abs:
        ;= [dst_a]=0x4000 c=1 z=0 n=0 v=0 pc=e_and_w_imm_abs cycles=5 cell=F1_IMM_MEM

; and.w cgm1 -> idx: dst 0xcccc
t_and_w_cgm1_idx:
        ;! r10=dst_x [dst_x+4]=0xcccc sr=0x0102
        and #-1, 4(r10)
e_and_w_cgm1_idx:
        ;= [dst_x+4]=0xcccc r10=dst_x c=1 z=0 n=1 v=0 pc=e_and_w_cgm1_idx cycles=4 cell=F1_REG_MEM

; and.b reg -> idx: src 0x81, dst 0x7f
t_and_b_reg_idx:
        ;! r4=0x5a581 r11=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x7f sr=0x0106
        and.b r4, 5(r11)
e_and_b_reg_idx:
        ;= [dst_x+5].b=0x01 r11=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_and_b_reg_idx cycles=4 cell=F1_REG_MEM

; and.b idx -> sym: src 0x0f, dst 0x0f
t_and_b_idx_sym:
        ;! r6=src_x [src_x+3].b=0x0f [src_x+2].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0x0f sr=0x0106
        and.b 3(r6), dst_s
e_and_b_idx_sym:
        ;= [dst_s].b=0x0f [dst_s+1].b=0x5a c=1 z=0 n=0 v=0 pc=e_and_b_idx_sym cycles=6 cell=F1_IDX_MEM

; and.b sym -> abs: src 0xf0, dst 0x0f
t_and_b_sym_abs:
        ;! [src_s].b=0xf0 [src_s+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x0f sr=0x0105
        and.b src_s, &dst_a+1
e_and_b_sym_abs:
        ;= [dst_a+1].b=0x00 [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_and_b_sym_abs cycles=6 cell=F1_SYM_MEM

; and.b abs -> idx: src 0xc0, dst 0x40
t_and_b_abs_idx:
        ;! [src_a+1].b=0xc0 [src_a].b=0xc3 r13=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x40 sr=0x0106
        and.b &src_a+1, 5(r13)
e_and_b_abs_idx:
        ;= [dst_x+5].b=0x40 r13=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_and_b_abs_idx cycles=6 cell=F1_ABS_MEM

; and.b ind -> sym: src 0x33, dst 0xcc
t_and_b_ind_sym:
        ;! r15=src_i+1 [src_i+1].b=0x33 [src_i].b=0xc3 [dst_s+1].b=0x5a [dst_s].b=0xcc sr=0x0105
        and.b @r15, dst_s
e_and_b_ind_sym:
        ;= [dst_s].b=0x00 r15=src_i+1 [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_and_b_ind_sym cycles=5 cell=F1_IND_MEM

; and.b inc -> abs: src 0x80, dst 0x7f
t_and_b_inc_abs:
        ;! r7=src_i [src_i].b=0x80 [src_i+1].b=0xc3 [dst_a].b=0x5a [dst_a+1].b=0x7f sr=0x0105
        and.b @r7+, &dst_a+1
e_and_b_inc_abs:
        ;= [dst_a+1].b=0x00 r7=src_i+1 [dst_a].b=0x5a c=0 z=1 n=0 v=0 pc=e_and_b_inc_abs cycles=5 cell=F1_INC_MEM

; and.b imm -> idx: src 0x03, dst 0x02
t_and_b_imm_idx:
        ;! r5=dst_x [dst_x+4].b=0x5a [dst_x+5].b=0x02 sr=0x0106
        and.b #0x03, 5(r5)
e_and_b_imm_idx:
        ;= [dst_x+5].b=0x02 r5=dst_x [dst_x+4].b=0x5a c=1 z=0 n=0 v=0 pc=e_and_b_imm_idx cycles=5 cell=F1_IMM_MEM

; and.b cg0 -> sym: dst 0x43
t_and_b_cg0_sym:
        ;! [dst_s+1].b=0x5a [dst_s].b=0x43 sr=0x0105
        and.b #0, dst_s
e_and_b_cg0_sym:
        ;= [dst_s].b=0x00 [dst_s+1].b=0x5a c=0 z=1 n=0 v=0 pc=e_and_b_cg0_sym cycles=4 cell=F1_REG_MEM

        .section .bss.classic_f1mem,"aw",@nobits
        .balign 2
src_x:  .skip 8         ; X(Rn) sources: word at +2, byte at +3
src_s:  .skip 4         ; symbolic sources
src_a:  .skip 4         ; absolute sources (byte at +1)
src_i:  .skip 4         ; @Rn / @Rn+ sources
dst_x:  .skip 8         ; X(Rn) destinations: word at +4, byte at +5
dst_s:  .skip 4         ; symbolic destinations
dst_a:  .skip 4         ; absolute destinations (byte at +1)
