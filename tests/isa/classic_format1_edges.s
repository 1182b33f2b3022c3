; Classic MSP430 Format I: flag edge cases, register-width rules, odd operand
; forms and the "to PC" column of the cycle table.
; Expected values derived by hand from SLAU367P 4.6.2 / SLAU144 3.4.6 (status
; bits per instruction), SLAU367P 4.4.1 (.B result clears Rdst.19:8, .W result
; clears Rdst.19:16) and the cycle table SLAU367P table 4-10.
        .section .text.classic_f1edges,"axR",@progbits

; ---- ADD / ADDC -----------------------------------------------------------

; 0x7fff + 1: two positives give a negative -> V; no carry out of bit 15
t_add_w_reg_reg_overflow:
        ;! r4=0x7fff r5=0x0001 sr=0x0003
        add r4, r5
        ;= r5=0x8000 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; 0xffff + 1 = 0x1_0000: carry out, zero, no signed overflow (-1 + 1)
t_add_w_reg_reg_carry_zero:
        ;! r4=0xffff r5=0x0001 sr=0x0104
        add r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; 0x8000 + 0x8000: two negatives give 0 -> C, Z and V together
t_add_w_reg_reg_carry_overflow_zero:
        ;! r4=0x8000 r5=0x8000 sr=0x0004
        add r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=1 cycles=1 cell=F1_REG_RM

; -1 + -1 = -2: carry out but no overflow
t_add_w_reg_reg_neg_neg_no_overflow:
        ;! r4=0xffff r5=0xffff sr=0x0102
        add r4, r5
        ;= r5=0xfffe c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; 0x00ff + 1 = 0x0100 in .W: the byte carry is not C
t_add_w_no_carry_from_bit7:
        ;! r4=0x00ff r5=0x0001 sr=0x0001
        add r4, r5
        ;= r5=0x0100 c=0 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

; .B: 0x7f + 0x01 = 0x80 -> V, N; the high bytes of both registers are ignored
; and Rdst.19:8 is cleared
t_add_b_reg_reg_overflow_clears_high:
        ;! r4=0x1237f r5=0xfab01 sr=0x0003
        add.b r4, r5
        ;= r5=0x00080 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; .B: 0xff + 0x01 carries out of bit 7 even though bit 8 of the word is free
t_add_b_reg_reg_carry_from_bit7:
        ;! r4=0x00ff r5=0x0001 sr=0x0104
        add.b r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; .B: 0x80 + 0x80 = 0x100 -> C, Z, V
t_add_b_reg_reg_carry_overflow:
        ;! r4=0x0080 r5=0x0080 sr=0x0004
        add.b r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=1 cycles=1 cell=F1_REG_RM

; .W on a register holding 20 bits: bits 19:16 of the destination are not an
; operand and are cleared (no carry into them)
t_add_w_clears_dst_bits_19_16:
        ;! r4=0x0001 r5=0xf0001 sr=0
        add r4, r5
        ;= r5=0x00002 c=0 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

; ADDC with C=1: 0xfffe + 1 + C = 0x1_0000
t_addc_w_carry_in_carry_out:
        ;! r4=0x0001 r5=0xfffe sr=0x0101
        addc r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; ADDC with C=1: 0x7fff + 0 + C = 0x8000 -> V (both operands positive)
t_addc_w_carry_in_overflow:
        ;! r4=0x0000 r5=0x7fff sr=0x0001
        addc r4, r5
        ;= r5=0x8000 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; ADDC with C=0 adds nothing extra
t_addc_w_no_carry_in:
        ;! r4=0x0001 r5=0xfffe sr=0x0002
        addc r4, r5
        ;= r5=0xffff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; ADDC.B with C=1: 0x7f + 0 + 1 = 0x80 -> V, N
t_addc_b_carry_in_overflow:
        ;! r4=0xff00 r5=0x127f sr=0x0001
        addc.b r4, r5
        ;= r5=0x0080 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; ADDC.B with C=1: 0xff + 0 + 1 carries out of bit 7
t_addc_b_carry_in_carry_out:
        ;! r4=0x0000 r5=0x00ff sr=0x0001
        addc.b r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; ---- SUB / SUBC / CMP --------------------------------------------------------
; dst - src = dst + .not.src + 1; C=1 means "no borrow".

; 0 - 1 = 0xffff: borrow -> C=0
t_sub_w_reg_reg_borrow:
        ;! r4=0x0001 r5=0x0000 sr=0x0103
        sub r4, r5
        ;= r5=0xffff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; 5 - 5 = 0: no borrow -> C=1, Z=1
t_sub_w_reg_reg_equal:
        ;! r4=0x0005 r5=0x0005 sr=0x0104
        sub r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; 0x8000 - 1: positive source from a negative destination gives a positive
; result -> V
t_sub_w_overflow_neg_minus_pos:
        ;! r4=0x0001 r5=0x8000 sr=0x0006
        sub r4, r5
        ;= r5=0x7fff c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

; 0x7fff - (-1): negative source from a positive destination gives a negative
; result -> V; unsigned 0x7fff < 0xffff -> borrow, C=0
t_sub_w_overflow_pos_minus_neg:
        ;! r4=0xffff r5=0x7fff sr=0x0003
        sub r4, r5
        ;= r5=0x8000 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; .B: 0x00 - 0x01 = 0xff, borrow; high bytes (0x12, 0x34) play no part
t_sub_b_reg_reg_borrow:
        ;! r4=0x1201 r5=0x3400 sr=0x0103
        sub.b r4, r5
        ;= r5=0x00ff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; .B: 0x80 - 0x01 = 0x7f -> V, C=1
t_sub_b_reg_reg_overflow:
        ;! r4=0x0001 r5=0x0080 sr=0x0006
        sub.b r4, r5
        ;= r5=0x007f c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

; SUBC with C=0 (borrow in): 5 - 5 - 1 = 0xffff, C=0
t_subc_w_borrow_in:
        ;! r4=0x0005 r5=0x0005 sr=0x0102
        subc r4, r5
        ;= r5=0xffff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; SUBC with C=1 (no borrow in): 5 - 5 = 0, C=1
t_subc_w_no_borrow_in:
        ;! r4=0x0005 r5=0x0005 sr=0x0105
        subc r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; SUBC with C=0: 0x8000 - 0 - 1 = 0x7fff -> V
t_subc_w_borrow_in_overflow:
        ;! r4=0x0000 r5=0x8000 sr=0x0004
        subc r4, r5
        ;= r5=0x7fff c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

; SUBC.B with C=0: 0x00 - 0x00 - 1 = 0xff, borrow out
t_subc_b_borrow_in:
        ;! r4=0x5500 r5=0x6600 sr=0x0002
        subc.b r4, r5
        ;= r5=0x00ff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; CMP keeps the destination; 0x8000 - 1 -> N=0, V=1: N xor V = 1 so
; 0x8000 < 1 as signed numbers; C=1 as 0x8000 >= 1 unsigned
t_cmp_w_signed_less:
        ;! r4=0x0001 r5=0x18000 sr=0x0006
        cmp r4, r5
        ;= r5=0x18000 c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

; CMP: 0x7fff - 0x8000 = 0xffff: borrow (C=0), N=1, V=1
t_cmp_w_unsigned_lower:
        ;! r4=0x8000 r5=0x7fff sr=0x0002
        cmp r4, r5
        ;= r5=0x7fff c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; CMP.B compares the low bytes only: 0x34 == 0x34 although the words differ
t_cmp_b_low_bytes_equal:
        ;! r4=0x1234 r5=0x5634 sr=0x0104
        cmp.b r4, r5
        ;= r5=0x5634 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; CMP.B: 0x01 - 0x02 = 0xff: borrow
t_cmp_b_less:
        ;! r4=0x0002 r5=0x0001 sr=0x0102
        cmp.b r4, r5
        ;= r5=0x0001 c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; ---- DADD (V is undefined for DADD and never asserted) -----------------------

; 9999 + 0001 = 1_0000: decimal carry out, result 0
t_dadd_w_carry_out:
        ;! r4=0x0001 r5=0x9999 sr=0x0004
        dadd r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 cycles=1 cell=F1_REG_RM

; 1234 + 4321 + C = 5556
t_dadd_w_carry_in:
        ;! r4=0x1234 r5=0x4321 sr=0x0001
        dadd r4, r5
        ;= r5=0x5556 c=0 z=0 n=0 cycles=1 cell=F1_REG_RM

; 0999 + 0001 = 1000: the decimal carry ripples through three digits
t_dadd_w_digit_carry_chain:
        ;! r4=0x0001 r5=0x0999 sr=0x0002
        dadd r4, r5
        ;= r5=0x1000 c=0 z=0 n=0 cycles=1 cell=F1_REG_RM

; 7999 + 0001 = 8000: N is the MSB of the result
t_dadd_w_msb_sets_n:
        ;! r4=0x0001 r5=0x7999 sr=0x0002
        dadd r4, r5
        ;= r5=0x8000 c=0 z=0 n=1 cycles=1 cell=F1_REG_RM

; .B: 99 + 01 = 1_00 -> C, Z; Rdst.19:8 cleared
t_dadd_b_carry_out:
        ;! r4=0x0001 r5=0x12399 sr=0x0004
        dadd.b r4, r5
        ;= r5=0x00000 c=1 z=1 n=0 cycles=1 cell=F1_REG_RM

; .B: 49 + 50 + C = 1_00
t_dadd_b_carry_in:
        ;! r4=0x0050 r5=0x0049 sr=0x0001
        dadd.b r4, r5
        ;= r5=0x0000 c=1 z=1 n=0 cycles=1 cell=F1_REG_RM

; .B: 45 + 44 = 89 -> N (bit 7)
t_dadd_b_msb_sets_n:
        ;! r4=0x0045 r5=0x0044 sr=0x0002
        dadd.b r4, r5
        ;= r5=0x0089 c=0 z=0 n=1 cycles=1 cell=F1_REG_RM

; ---- BIT / AND: C = .not.Z, V reset -------------------------------------------

t_bit_w_zero_result:
        ;! r4=0x00f0 r5=0x0f0f sr=0x0105
        bit r4, r5
        ;= r5=0x0f0f c=0 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

t_bit_w_negative_result:
        ;! r4=0x8000 r5=0xffff sr=0x0102
        bit r4, r5
        ;= r5=0xffff c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; .B tests the low bytes only: 0x00 & 0x00 although both high bytes are 0xff
t_bit_b_ignores_high_byte:
        ;! r4=0xff00 r5=0xff00 sr=0x0105
        bit.b r4, r5
        ;= r5=0xff00 c=0 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

t_and_w_zero_result:
        ;! r4=0xaaaa r5=0x5555 sr=0x0105
        and r4, r5
        ;= r5=0x0000 c=0 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; AND.B: 0xff & 0x81 = 0x81 (negative byte); Rdst.19:8 cleared
t_and_b_negative_clears_high:
        ;! r4=0xffff r5=0x1ff81 sr=0x0102
        and.b r4, r5
        ;= r5=0x00081 c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; ---- XOR: C = .not.Z, V = both operands negative --------------------------------

t_xor_w_both_negative_sets_v:
        ;! r4=0x8000 r5=0xffff sr=0x0006
        xor r4, r5
        ;= r5=0x7fff c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

t_xor_w_one_negative_clears_v:
        ;! r4=0x8000 r5=0x0001 sr=0x0102
        xor r4, r5
        ;= r5=0x8001 c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; both negative and equal: V=1 together with Z=1, C=0
t_xor_w_equal_negative:
        ;! r4=0x9234 r5=0x9234 sr=0x0005
        xor r4, r5
        ;= r5=0x0000 c=0 z=1 n=0 v=1 cycles=1 cell=F1_REG_RM

; .B: the sign is bit 7: 0x80 ^ 0xff -> V
t_xor_b_both_negative_sets_v:
        ;! r4=0x0080 r5=0x00ff sr=0x0006
        xor.b r4, r5
        ;= r5=0x007f c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

; .B: bit 15 set in both registers is not the byte sign -> V=0
t_xor_b_word_sign_not_byte_sign:
        ;! r4=0x8001 r5=0x8001 sr=0x0105
        xor.b r4, r5
        ;= r5=0x0000 c=0 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; .W: bit 7 set in both is not the word sign -> V=0
t_xor_w_byte_sign_not_word_sign:
        ;! r4=0x0080 r5=0x0081 sr=0x0104
        xor r4, r5
        ;= r5=0x0001 c=1 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

; ---- MOV / BIC / BIS leave SR alone -----------------------------------------------

t_bic_w_flags_untouched:
        ;! r4=0xff00 r5=0xffff sr=0x0107
        bic r4, r5
        ;= r5=0x00ff c=1 z=1 n=1 v=1 cycles=1 cell=F1_REG_RM

; BIC.B: the cleared bits are in the low byte, the high byte is cleared too
t_bic_b_clears_high:
        ;! r4=0x0081 r5=0xaffff sr=0
        bic.b r4, r5
        ;= r5=0x0007e c=0 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

t_bis_b_result_zero_keeps_flags:
        ;! r4=0xff00 r5=0xff00 sr=0x0104
        bis.b r4, r5
        ;= r5=0x0000 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; MOV.B Rn, Rm keeps only the low byte: Rdst.19:8 cleared
t_mov_b_reg_clears_bits_19_8:
        ;! r4=0x12345 r5=0xfffff sr=0x0002
        mov.b r4, r5
        ;= r5=0x00045 c=0 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; MOV.W Rn, Rm moves Rsrc.15:0 and clears Rdst.19:16
t_mov_w_reg_clears_bits_19_16:
        ;! r4=0xabcde r5=0xfffff sr=0
        mov r4, r5
        ;= r5=0x0bcde c=0 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

; ---- @Rn+ step sizes -------------------------------------------------------------

; .B steps 1 (odd address reached)
t_mov_b_inc_steps_by_1:
        ;! r6=src_i [src_i].b=0x9c [src_i+1].b=0x11 r5=0xffff
        mov.b @r6+, r5
        ;= r5=0x009c r6=src_i+1 cycles=2 cell=F1_INC_RM

; .B from an odd address: next step lands on an even one
t_mov_b_inc_odd_address:
        ;! r6=src_i+1 [src_i].b=0x9c [src_i+1].b=0x11 r5=0xffff
        mov.b @r6+, r5
        ;= r5=0x0011 r6=src_i+2 cycles=2 cell=F1_INC_RM

; .W steps 2
t_mov_w_inc_steps_by_2:
        ;! r6=src_i [src_i]=0x119c r5=0xffff
        mov @r6+, r5
        ;= r5=0x119c r6=src_i+2 cycles=2 cell=F1_INC_RM

; SP keeps word alignment: @SP+ steps 2 even in .B (SLAU367P 4.3.2)
t_mov_b_sp_inc_steps_by_2:
        ;! sp=0x3bf0 [0x3bf0]=0x779c r5=0xffff
        mov.b @sp+, r5
        ;= r5=0x009c sp=0x3bf2 cycles=2 cell=F1_INC_RM

t_add_b_sp_inc_steps_by_2:
        ;! sp=0x3bf0 [0x3bf0]=0x7781 r5=0x0081 sr=0
        add.b @sp+, r5
        ;= r5=0x0002 sp=0x3bf2 c=1 z=0 n=0 v=1 cycles=2 cell=F1_INC_RM

t_cmp_w_sp_inc_steps_by_2:
        ;! sp=0x3bf0 [0x3bf0]=0x1234 r5=0x1234 sr=0
        cmp @sp+, r5
        ;= r5=0x1234 sp=0x3bf2 c=1 z=1 n=0 v=0 cycles=2 cell=F1_INC_RM

; ---- special registers as operands --------------------------------------------------

; PC as a source register reads the address of the next word
t_mov_w_pc_src:
        ;! r5=0
        mov pc, r5
e_mov_w_pc_src:
        ;= r5=e_mov_w_pc_src pc=e_mov_w_pc_src cycles=1 cell=F1_REG_RM

; SR as a source register
t_mov_w_sr_src:
        ;! sr=0x0107
        mov sr, r5
        ;= r5=0x0107 cycles=1 cell=F1_REG_RM

; SR as a destination: MOV writes all of it (the flags come from the data)
t_mov_w_reg_to_sr:
        ;! r4=0x0105 sr=0x0002
        mov r4, sr
        ;= sr=0x0105 c=1 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; ADD to SR: the sum is written to SR and the ALU also produces flags for it.
; Which wins on silicon is not documented, so only the timing is asserted here.
t_add_w_cg_to_sr:
        ;! sr=0x0004
        add #1, sr
        ;= cycles=1 cell=F1_REG_RM

; R3 as a destination is the constant generator: the write goes nowhere
t_mov_w_imm_to_r3:
        ;! sr=0
        mov #0x1234, r3
e_mov_w_imm_to_r3:
        ;= r3=0 pc=e_mov_w_imm_to_r3 cycles=2 cell=F1_IMM_RM

; ---- indexed/symbolic address arithmetic ----------------------------------------------

; negative index
t_mov_w_idx_negative_offset:
        ;! r6=src_x+4 [src_x+2]=0x4d3c r5=0
        mov -2(r6), r5
        ;= r5=0x4d3c cycles=3 cell=F1_IDX_RM

; Rn + X wraps at 64 KB when Rn is in the lower 64 KB (SLAU367P 4.4.2):
; 0xfffe + (src_x+4) = 0x1_0000 + src_x+2 -> src_x+2
t_mov_w_idx_wraps_at_64k:
        ;! r6=0xfffe [src_x+2]=0x6b5a r5=0
        mov src_x+4(r6), r5
        ;= r5=0x6b5a cycles=3 cell=F1_IDX_RM

; symbolic operand placed before the instruction (negative PC offset)
const_before:
        .word 0xbeef
t_mov_w_sym_backward:
        ;! r5=0
        mov const_before, r5
        ;= r5=0xbeef cycles=3 cell=F1_SYM_RM

; byte read of a symbolic operand at an odd address
const_bytes:
        .byte 0x12, 0xa7
t_mov_b_sym_odd_address:
        ;! r5=0xffff
        mov.b const_bytes+1, r5
        ;= r5=0x00a7 cycles=3 cell=F1_SYM_RM

; ---- destination PC: the "to PC" column -------------------------------------------

t_br_w_reg_pc:
        ;! r4=tgt_br_reg
        br r4
        nop
tgt_br_reg:
        ;= pc=tgt_br_reg r4=tgt_br_reg cycles=3 cell=F1_REG_PC

t_br_w_ind_pc:
        ;! r4=ptr_i [ptr_i]=tgt_br_ind
        mov @r4, pc
        nop
tgt_br_ind:
        ;= pc=tgt_br_ind r4=ptr_i cycles=4 cell=F1_IND_PC

t_br_w_inc_pc:
        ;! r4=ptr_i [ptr_i]=tgt_br_inc
        mov @r4+, pc
        nop
tgt_br_inc:
        ;= pc=tgt_br_inc r4=ptr_i+2 cycles=4 cell=F1_INC_PC

; RET is MOV @SP+, PC (4 cycles on CPUXV2)
t_ret_w_inc_pc:
        ;! sp=0x3bfc [0x3bfc]=tgt_ret
        ret
        nop
tgt_ret:
        ;= pc=tgt_ret sp=0x3bfe cycles=4 cell=F1_INC_PC

t_br_w_imm_pc:
        br #tgt_br_imm
        nop
tgt_br_imm:
        ;= pc=tgt_br_imm cycles=3 cell=F1_IMM_PC

t_br_w_idx_pc:
        ;! r4=ptr_i [ptr_i+2]=tgt_br_idx
        mov 2(r4), pc
        nop
tgt_br_idx:
        ;= pc=tgt_br_idx cycles=5 cell=F1_IDX_PC

t_br_w_sym_pc:
        ;! [ptr_s]=tgt_br_sym
        mov ptr_s, pc
        nop
tgt_br_sym:
        ;= pc=tgt_br_sym cycles=5 cell=F1_SYM_PC

t_br_w_abs_pc:
        ;! [ptr_a]=tgt_br_abs
        mov &ptr_a, pc
        nop
tgt_br_abs:
        ;= pc=tgt_br_abs cycles=5 cell=F1_ABS_PC

; ADD #4, PC: PC reads as the address after the instruction (one word), so
; control skips the two nops.  ADD sets the flags from the (positive) sum.
t_add_w_cg_pc_skips:
        ;! sr=0x0107
        add #4, pc
        nop
        nop
tgt_add_cg_pc:
        ;= pc=tgt_add_cg_pc c=0 z=0 n=0 v=0 cycles=3 cell=F1_REG_PC

; ADD #6, PC: two-word instruction, PC = its end + 6
t_add_w_imm_pc_skips:
        ;! sr=0
        add #6, pc
        nop
        nop
        nop
tgt_add_imm_pc:
        ;= pc=tgt_add_imm_pc cycles=3 cell=F1_IMM_PC

; SUB Rn, PC: backwards by r4
tgt_sub_reg_pc:
        nop
t_sub_w_reg_pc_backward:
        ;! r4=4 sr=0
        sub r4, pc
        ;= pc=tgt_sub_reg_pc cycles=3 cell=F1_REG_PC

        .section .bss.classic_f1edges,"aw",@nobits
        .balign 2
src_x:  .skip 8
src_i:  .skip 4
ptr_i:  .skip 2
ptr_s:  .skip 2
ptr_a:  .skip 2
