; MSP430X address instructions (MOVA, BRA, RETA, CMPA, ADDA, SUBA), CALLA in all its
; forms, code running in upper FRAM (20-bit PC), and encodings that must fault.
;
; Encodings (SLAU367P 4.5.2.5, 4.6.3): MOVA @Rs,Rd 0s0d; @Rs+,Rd 0s1d; &abs20,Rd
; 0a2d+abs15:0; z16(Rs),Rd 0s3d+x16; Rs,&abs20 0s6a+abs15:0; Rs,z16(Rd) 0s7d+x16;
; #imm20,Rd 0i8d+imm15:0; CMPA/ADDA/SUBA #imm20 0i9d/0iAd/0iBd; MOVA/CMPA/ADDA/SUBA
; Rs,Rd 0sCd/0sDd/0sEd/0sFd; BRA = MOVA to PC; RETA = MOVA @SP+,PC (0x0110).  CALLA:
; 0x134d Rd, 0x135d x16(Rd), 0x136d @Rd, 0x137d @Rd+, 0x138a+abs15:0 (&abs20),
; 0x139x+x15:0 (EDE, 20-bit PC-relative index), 0x13Bi+imm15:0 (#imm20).
;
; Expected values: a 20-bit value in memory is two words, bits 19:16 in the second
; (whose bits 15:4 are ignored on reads and written as 0); CALLA pushes PC.19:16 first
; (higher address), then PC.15:0 (SLAU367P 4.6.3 CALLA); CMPA/ADDA/SUBA set N Z C V on
; 20 bits (C = carry out of bit 19; for SUBA/CMPA, no borrow); MOVA leaves the flags.
; Symbolic operands: the index is relative to the address of the index word, as for
; every other PC-relative operand.  Cycles: table 4-19 (MOVA Rn->Rm 1, ->PC 3,
; ->memory 4; @Rn/@Rn+ 3, ->PC 5; #N 2, ->PC 3; z16(Rn)/&abs 4, ->PC 6; CMPA/ADDA/SUBA
; Rn 1, #N 3, ->PC 3) and 4-17 (CALLA Rn 5, @Rn 6, @Rn+ 6, #N 5, X(Rn) 5 (+1 X(SP)),
; EDE 7, &EDE 7).  Classic instructions executed above 64K: indexed and symbolic
; addresses add the sign-extended 16-bit index to the 20-bit register/PC (4.4.2,
; 4.4.3); below 64K they wrap in 16 bits.
        .section .text.msp430x_addr,"axR",@progbits

; mova @r4, r5: bits 15:4 of the high word ignored
t_mova_ind:
        ;! r4=0x20000 [0x20000]=0x2345 [0x20002]=0xfff1 sr=0x0107
        .word   0x0405                                  ; mova @r4, r5
e_mova_ind:
        ;= r4=0x20000 r5=0x12345 c=1 z=1 n=1 v=1 cycles=3 cell=XA_MOVA_IND_RM pc=e_mova_ind

; mova @r4+, r5: steps by 4
t_mova_inc:
        ;! r4=0x2a000 [0x2a000].a=0xfedcb sr=0x0107
        .word   0x0415                                  ; mova @r4+, r5
e_mova_inc:
        ;= r4=0x2a004 r5=0xfedcb c=1 z=1 n=1 v=1 cycles=3 cell=XA_MOVA_INC_RM pc=e_mova_inc

; mova @sp+, r6: pops a 20-bit value
t_mova_inc_sp:
        ;! sp=0x3bfc [0x3bfc].a=0x9abcd sr=0x0107
        .word   0x0116                                  ; mova @sp+, r6
e_mova_inc_sp:
        ;= sp=0x03c00 r6=0x9abcd c=1 z=1 n=1 v=1 cycles=3 cell=XA_MOVA_INC_RM pc=e_mova_inc_sp

; mova &0x2bcde, r6
t_mova_abs:
        ;! [0x2bcde].a=0x5a5a5 sr=0x0107
        .word   0x0226                                  ; mova &0x2bcde, r6
        .word   0xbcde
e_mova_abs:
        ;= r6=0x5a5a5 c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_ABS_RM pc=e_mova_abs

; mova &0x2000, r7: bits 19:16 of the address 0
t_mova_abs_low:
        ;! [0x2000]=0x8000 [0x2002]=0x000f sr=0
        .word   0x0027                                  ; mova &0x02000, r7
        .word   0x2000
e_mova_abs_low:
        ;= r7=0xf8000 c=0 z=0 n=0 v=0 cycles=4 cell=XA_MOVA_ABS_RM pc=e_mova_abs_low

; mova -16(r4), r5: signed 16-bit index, 20-bit address
t_mova_idx:
        ;! r4=0x20010 [0x20000].a=0x13579 sr=0x0107
        .word   0x0435                                  ; mova -16(r4), r5
        .word   0xfff0
e_mova_idx:
        ;= r4=0x20010 r5=0x13579 c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_IDX_RM pc=e_mova_idx

; mova 0x7ff0(r8), r9: the index carries into bit 16
t_mova_idx_pos:
        ;! r8=0x1fff0 [0x27fe0].a=0x2468a sr=0x0107
        .word   0x0839                                  ; mova 0x7ff0(r8), r9
        .word   0x7ff0
e_mova_idx_pos:
        ;= r8=0x1fff0 r9=0x2468a c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_IDX_RM pc=e_mova_idx_pos

; mova EDE, r10 (z16(pc)): index relative to the index word
t_mova_sym:
        ;! [d_mova_sym].a=0xcafe1 sr=0x0107
        .word   0x003a                                  ; mova EDE, r10
        .word   (d_mova_sym - .) & 0xffff
e_mova_sym:
        ;= r10=0xcafe1 c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_IDX_RM pc=e_mova_sym
d_mova_sym:
        .word   0, 0

; mova r5, &0x2c000: two words, bits 15:4 of the second written as 0
t_mova_r_abs:
        ;! r5=0xabcde [0x2c000]=0xffff [0x2c002]=0xffff sr=0x0107
        .word   0x0562                                  ; mova r5, &0x2c000
        .word   0xc000
e_mova_r_abs:
        ;= r5=0xabcde [0x2c000]=0xbcde [0x2c002]=0x000a c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_REG_ABS pc=e_mova_r_abs

; mova r11, &0x2004
t_mova_r_abs_low:
        ;! r11=0x00001 [0x2004]=0xffff [0x2006]=0xffff sr=0x0107
        .word   0x0b60                                  ; mova r11, &0x02004
        .word   0x2004
e_mova_r_abs_low:
        ;= [0x2004]=0x0001 [0x2006]=0x0000 c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_REG_ABS pc=e_mova_r_abs_low

; mova r5, -2(r6)
t_mova_r_idx:
        ;! r5=0x71234 r6=0x2c006 [0x2c004]=0 [0x2c006]=0xfff0 sr=0x0107
        .word   0x0576                                  ; mova r5, -2(r6)
        .word   0xfffe
e_mova_r_idx:
        ;= r6=0x2c006 [0x2c004]=0x1234 [0x2c006]=0x0007 c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_REG_IDX pc=e_mova_r_idx

; mova r12, EDE (z16(pc))
t_mova_r_sym:
        ;! r12=0x8f00d sr=0x0107
        .word   0x0c70                                  ; mova r12, EDE
        .word   (d_mova_r_sym - .) & 0xffff
e_mova_r_sym:
        ;= [d_mova_r_sym]=0xf00d [d_mova_r_sym+2]=0x0008 c=1 z=1 n=1 v=1 cycles=4 cell=XA_MOVA_REG_IDX pc=e_mova_r_sym
d_mova_r_sym:
        .word   0xffff, 0xffff

; mova #0xfedcb, r7
t_mova_imm:
        ;! r7=0x11111 sr=0x0107
        .word   0x0f87                                  ; mova #0xfedcb, r7
        .word   0xedcb
e_mova_imm:
        ;= r7=0xfedcb c=1 z=1 n=1 v=1 cycles=2 cell=XA_MOVA_IMM_RM pc=e_mova_imm

; mova #0x02f00, sp
t_mova_imm_sp:
        ;! sr=0
        .word   0x0081                                  ; mova #0x02f00, sp
        .word   0x2f00
e_mova_imm_sp:
        ;= sp=0x02f00 c=0 z=0 n=0 v=0 cycles=2 cell=XA_MOVA_IMM_RM pc=e_mova_imm_sp

; mova r8, r9: all 20 bits
t_mova_reg:
        ;! r8=0xf1234 sr=0x0107
        .word   0x08c9                                  ; mova r8, r9
e_mova_reg:
        ;= r8=0xf1234 r9=0xf1234 c=1 z=1 n=1 v=1 cycles=1 cell=XA_MOVA_REG_RM pc=e_mova_reg

; mova pc, r5: PC reads as the address of the next instruction
t_mova_pc_src:
        ;! sr=0
        .word   0x00c5                                  ; mova pc, r5
e_mova_pc_src:
        ;= r5=e_mova_pc_src cycles=1 cell=XA_MOVA_REG_RM pc=e_mova_pc_src

; mova sp, r13
t_mova_sp_src:
        ;! sp=0x3b00 sr=0
        .word   0x01cd                                  ; mova sp, r13
e_mova_sp_src:
        ;= r13=0x03b00 sp=0x03b00 cycles=1 cell=XA_MOVA_REG_RM pc=e_mova_sp_src

; bra r4 (mova r4, pc): to upper FRAM
t_bra_r:
        ;! r4=u_bra_r sr=0x0107
        .word   0x04c0                                  ; bra r4
        ;= r4=u_bra_r c=1 z=1 n=1 v=1 cycles=3 cell=XA_MOVA_REG_PC pc=u_bra_r

; bra @r4
t_bra_ind:
        ;! r4=0x2000 [0x2000].a=u_bra_ind
        .word   0x0400                                  ; bra @r4
        ;= r4=0x02000 cycles=5 cell=XA_MOVA_IND_PC pc=u_bra_ind

; bra @r4+
t_bra_inc:
        ;! r4=0x2000 [0x2000].a=u_bra_inc
        .word   0x0410                                  ; bra @r4+
        ;= r4=0x02004 cycles=5 cell=XA_MOVA_INC_PC pc=u_bra_inc

; bra #target20
t_bra_imm:
        .word   0x0080 | ((((0x10000 + u_bra_imm - upper_base) >> 16) & 0xf) << 8) ; bra #u_bra_imm
        .word   ((0x10000 + u_bra_imm - upper_base) & 0xffff)
        ;= cycles=3 cell=XA_MOVA_IMM_PC pc=u_bra_imm

; bra #target (lower memory)
t_bra_imm_low:
        .word   0x0080                                  ; bra #x_bra_imm_low
        .word   x_bra_imm_low
        ;= cycles=3 cell=XA_MOVA_IMM_PC pc=x_bra_imm_low
        .word   0x3fff                                  ; jmp $ (skipped)
x_bra_imm_low:

; bra 4(r4)
t_bra_idx:
        ;! r4=0x1fffc [0x20000].a=u_bra_idx
        .word   0x0430                                  ; bra 4(r4)
        .word   0x0004
        ;= r4=0x1fffc cycles=6 cell=XA_MOVA_IDX_PC pc=u_bra_idx

; bra &0x2a000
t_bra_abs:
        ;! [0x2a000].a=u_bra_abs
        .word   0x0220                                  ; bra &0x2a000
        .word   0xa000
        ;= cycles=6 cell=XA_MOVA_ABS_PC pc=u_bra_abs

; bra EDE (z16(pc)): jump through a table word
t_bra_sym:
        ;! [d_bra_sym].a=u_bra_sym
        .word   0x0030                                  ; bra EDE
        .word   (d_bra_sym - .) & 0xffff
        ;= cycles=6 cell=XA_MOVA_IDX_PC pc=u_bra_sym
d_bra_sym:
        .word   0, 0

; reta: 20-bit return address from the stack
t_reta:
        ;! sp=0x3bfc [0x3bfc].a=u_reta sr=0x0107
        .word   0x0110                                  ; reta
        ;= sp=0x03c00 c=1 z=1 n=1 v=1 cycles=5 cell=XA_MOVA_INC_PC pc=u_reta

; adda #1, r5: 0x7ffff + 1 overflows into bit 19
t_adda_imm_v:
        ;! r5=0x7ffff sr=0x0003
        .word   0x00a5                                  ; adda #0x00001, r5
        .word   0x0001
e_adda_imm_v:
        ;= r5=0x80000 c=0 z=0 n=1 v=1 cycles=3 cell=XA_ARITH_IMM_RM pc=e_adda_imm_v

; adda #2, r6: carry out of bit 19
t_adda_imm_c:
        ;! r6=0xfffff sr=0x0106
        .word   0x00a6                                  ; adda #0x00002, r6
        .word   0x0002
e_adda_imm_c:
        ;= r6=0x00001 c=1 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_IMM_RM pc=e_adda_imm_c

; adda #0xf0000, r7
t_adda_imm_big:
        ;! r7=0x12345 sr=0x0106
        .word   0x0fa7                                  ; adda #0xf0000, r7
        .word   0x0000
e_adda_imm_big:
        ;= r7=0x02345 c=1 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_IMM_RM pc=e_adda_imm_big

; suba #1, r8: no borrow, C=1
t_suba_imm:
        ;! r8=0x10000 sr=0x0106
        .word   0x00b8                                  ; suba #0x00001, r8
        .word   0x0001
e_suba_imm:
        ;= r8=0x0ffff c=1 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_IMM_RM pc=e_suba_imm

; suba #1, r9: 0 - 1 borrows, C=0
t_suba_imm_borrow:
        ;! r9=0x00000 sr=0x0103
        .word   0x00b9                                  ; suba #0x00001, r9
        .word   0x0001
e_suba_imm_borrow:
        ;= r9=0xfffff c=0 z=0 n=1 v=0 cycles=3 cell=XA_ARITH_IMM_RM pc=e_suba_imm_borrow

; suba #0x80000, r10: 0 - (-0x80000) overflows
t_suba_imm_v:
        ;! r10=0x00000 sr=0x0003
        .word   0x08ba                                  ; suba #0x80000, r10
        .word   0x0000
e_suba_imm_v:
        ;= r10=0x80000 c=0 z=0 n=1 v=1 cycles=3 cell=XA_ARITH_IMM_RM pc=e_suba_imm_v

; cmpa #0xabcde, r11: equal
t_cmpa_imm_eq:
        ;! r11=0xabcde sr=0x0104
        .word   0x0a9b                                  ; cmpa #0xabcde, r11
        .word   0xbcde
e_cmpa_imm_eq:
        ;= r11=0xabcde c=1 z=1 n=0 v=0 cycles=3 cell=XA_ARITH_IMM_RM pc=e_cmpa_imm_eq

; cmpa #0x80000, r12: V, no write
t_cmpa_imm_v:
        ;! r12=0x00000 sr=0x0003
        .word   0x089c                                  ; cmpa #0x80000, r12
        .word   0x0000
e_cmpa_imm_v:
        ;= r12=0x00000 c=0 z=0 n=1 v=1 cycles=3 cell=XA_ARITH_IMM_RM pc=e_cmpa_imm_v

; cmpa #0x10000, r13: 0x0ffff is lower
t_cmpa_imm_lo:
        ;! r13=0x0ffff sr=0x0103
        .word   0x019d                                  ; cmpa #0x10000, r13
        .word   0x0000
e_cmpa_imm_lo:
        ;= r13=0x0ffff c=0 z=0 n=1 v=0 cycles=3 cell=XA_ARITH_IMM_RM pc=e_cmpa_imm_lo

; adda r4, r5: 0x80000 + 0x80000 = 0, C Z V
t_adda_reg_cz:
        ;! r4=0x80000 r5=0x80000 sr=0x0004
        .word   0x04e5                                  ; adda r4, r5
e_adda_reg_cz:
        ;= r4=0x80000 r5=0x00000 c=1 z=1 n=0 v=1 cycles=1 cell=XA_ARITH_REG_RM pc=e_adda_reg_cz

; adda r14, r15
t_adda_reg:
        ;! r14=0x00001 r15=0x0ffff sr=0x0107
        .word   0x0eef                                  ; adda r14, r15
e_adda_reg:
        ;= r14=0x00001 r15=0x10000 c=0 z=0 n=0 v=0 cycles=1 cell=XA_ARITH_REG_RM pc=e_adda_reg

; suba r4, r5: 0x80000 - 1 = 0x7ffff, V
t_suba_reg_v:
        ;! r4=0x00001 r5=0x80000 sr=0x0006
        .word   0x04f5                                  ; suba r4, r5
e_suba_reg_v:
        ;= r4=0x00001 r5=0x7ffff c=1 z=0 n=0 v=1 cycles=1 cell=XA_ARITH_REG_RM pc=e_suba_reg_v

; suba r6, r7: 0x0ffff - 0x10000 borrows
t_suba_reg_borrow:
        ;! r6=0x10000 r7=0x0ffff sr=0x0103
        .word   0x06f7                                  ; suba r6, r7
e_suba_reg_borrow:
        ;= r6=0x10000 r7=0xfffff c=0 z=0 n=1 v=0 cycles=1 cell=XA_ARITH_REG_RM pc=e_suba_reg_borrow

; cmpa r8, r9: 0x0ffff < 0x10000
t_cmpa_reg_lo:
        ;! r8=0x10000 r9=0x0ffff sr=0x0103
        .word   0x08d9                                  ; cmpa r8, r9
e_cmpa_reg_lo:
        ;= r8=0x10000 r9=0x0ffff c=0 z=0 n=1 v=0 cycles=1 cell=XA_ARITH_REG_RM pc=e_cmpa_reg_lo

; cmpa r10, r11: equal
t_cmpa_reg_eq:
        ;! r10=0x54321 r11=0x54321 sr=0x0104
        .word   0x0adb                                  ; cmpa r10, r11
e_cmpa_reg_eq:
        ;= r10=0x54321 r11=0x54321 c=1 z=1 n=0 v=0 cycles=1 cell=XA_ARITH_REG_RM pc=e_cmpa_reg_eq

; cmpa r12, r13: 0x7ffff - 0x80000 negative, V
t_cmpa_reg_n:
        ;! r12=0x80000 r13=0x7ffff sr=0x0003
        .word   0x0cdd                                  ; cmpa r12, r13
e_cmpa_reg_n:
        ;= r12=0x80000 r13=0x7ffff c=0 z=0 n=1 v=1 cycles=1 cell=XA_ARITH_REG_RM pc=e_cmpa_reg_n

; adda r4, pc: PC (next instruction) + 4
t_adda_reg_pc:
        ;! r4=4 sr=0x0107
        .word   0x04e0                                  ; adda r4, pc
        ;= c=0 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_REG_PC pc=x_adda_reg_pc
        .word   0x3fff                                  ; jmp $ (skipped)
        .word   0x3fff                                  ; jmp $ (skipped)
x_adda_reg_pc:

; suba r4, pc with r4 = -4: PC + 4, borrow (C=0)
t_suba_reg_pc:
        ;! r4=0xffffc sr=0x0107
        .word   0x04f0                                  ; suba r4, pc
        ;= c=0 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_REG_PC pc=x_suba_reg_pc
        .word   0x3fff                                  ; jmp $ (skipped)
        .word   0x3fff                                  ; jmp $ (skipped)
x_suba_reg_pc:

; adda #4, pc
t_adda_imm_pc:
        ;! sr=0x0107
        .word   0x00a0                                  ; adda #4, pc
        .word   0x0004
        ;= c=0 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_IMM_PC pc=x_adda_imm_pc
        .word   0x3fff                                  ; jmp $ (skipped)
        .word   0x3fff                                  ; jmp $ (skipped)
x_adda_imm_pc:

; cmpa #0x10000, pc: a lower-memory PC is below
t_cmpa_imm_pc:
        ;! sr=0x0003
        .word   0x0190                                  ; cmpa #0x10000, pc
        .word   0x0000
e_cmpa_imm_pc:
        ;= c=0 z=0 n=1 v=0 cycles=3 cell=XA_ARITH_IMM_PC pc=e_cmpa_imm_pc

; calla r4: return address (lower) stacked as two words
t_calla_r:
        ;! r4=u_sub sr=0x0107
        .word   0x1344                                  ; calla r4
r_calla_r:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_r [0x3bfc]=r_calla_r [0x3bfe]=0x0000 r4=u_sub c=1 z=1 n=1 v=1 cycles=5 cell=X2_CALLA_REG pc=u_sub

; calla 0x10(r4)
t_calla_idx:
        ;! r4=0x20000 [0x20010].a=u_sub sr=0x0107
        .word   0x1354                                  ; calla 0x10(r4)
        .word   0x0010
r_calla_idx:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_idx [0x3bfc]=r_calla_idx [0x3bfe]=0x0000 r4=0x20000 c=1 z=1 n=1 v=1 cycles=5 cell=X2_CALLA_IDX pc=u_sub

; calla -6(r5): signed 16-bit index
t_calla_idx_neg:
        ;! r5=0x20006 [0x20000].a=u_sub sr=0x0107
        .word   0x1355                                  ; calla -6(r5)
        .word   0xfffa
r_calla_idx_neg:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_idx_neg [0x3bfc]=r_calla_idx_neg [0x3bfe]=0x0000 c=1 z=1 n=1 v=1 cycles=5 cell=X2_CALLA_IDX pc=u_sub

; calla 4(sp): the address uses SP before the push
t_calla_idx_sp:
        ;! [0x3b04].a=u_sub sp=0x3b00 sr=0x0107
        .word   0x1351                                  ; calla 4(sp)
        .word   0x0004
r_calla_idx_sp:
        ;= sp=0x03afc [0x3afc].a=r_calla_idx_sp [0x3afc]=r_calla_idx_sp [0x3afe]=0x0000 c=1 z=1 n=1 v=1 cycles=6 cell=X2_CALLA_IDX_SP pc=u_sub

; calla @r6
t_calla_ind:
        ;! r6=0x2000 [0x2000].a=u_sub sr=0x0107
        .word   0x1366                                  ; calla @r6
r_calla_ind:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_ind [0x3bfc]=r_calla_ind [0x3bfe]=0x0000 r6=0x02000 c=1 z=1 n=1 v=1 cycles=6 cell=X2_CALLA_IND pc=u_sub

; calla @r7+: steps by 4
t_calla_inc:
        ;! r7=0x2000 [0x2000].a=u_sub sr=0x0107
        .word   0x1377                                  ; calla @r7+
r_calla_inc:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_inc [0x3bfc]=r_calla_inc [0x3bfe]=0x0000 r7=0x02004 c=1 z=1 n=1 v=1 cycles=6 cell=X2_CALLA_INC pc=u_sub

; calla &0x2a000
t_calla_abs:
        ;! [0x2a000].a=u_sub [0x2a002]=0xfff1 sr=0x0107
        .word   0x1382                                  ; calla &0x2a000
        .word   0xa000
r_calla_abs:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_abs [0x3bfc]=r_calla_abs [0x3bfe]=0x0000 c=1 z=1 n=1 v=1 cycles=7 cell=X2_CALLA_ABS pc=u_sub

; calla EDE: 20-bit PC-relative index (bits 19:16 in the opcode word), relative to the index word
t_calla_sym:
        ;! [d_calla_sym].a=u_sub sr=0x0107
        .word   0x1390 | (((d_calla_sym - (. + 2)) >> 16) & 0xf) ; calla EDE
        .word   (d_calla_sym - .) & 0xffff
r_calla_sym:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_sym [0x3bfc]=r_calla_sym [0x3bfe]=0x0000 c=1 z=1 n=1 v=1 cycles=7 cell=X2_CALLA_SYM pc=u_sub

d_calla_sym:
        .word   0, 0

; calla z16(pc) (0x1350 form, 16-bit index from the index word); cycles not asserted: table 4-17 lists only X(Rn) 5 and EDE 7
t_calla_idx_pc:
        ;! [d_calla_sym].a=u_sub sr=0x0107
        .word   0x1350                                  ; calla z16(pc)
        .word   (d_calla_sym - .) & 0xffff
r_calla_idx_pc:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_idx_pc [0x3bfe]=0x0000 c=1 z=1 n=1 v=1 pc=u_sub

; calla #target20
t_calla_imm:
        ;! sr=0x0107
        .word   0x13b0 | (((0x10000 + u_sub - upper_base) >> 16) & 0xf) ; calla #u_sub
        .word   ((0x10000 + u_sub - upper_base) & 0xffff)
r_calla_imm:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_imm [0x3bfc]=r_calla_imm [0x3bfe]=0x0000 c=1 z=1 n=1 v=1 cycles=5 cell=X2_CALLA_IMM pc=u_sub

; calla #target in lower memory
t_calla_imm_low:
        ;! sr=0x0107
        .word   0x13b0                                  ; calla #l_sub
        .word   l_sub
r_calla_imm_low:
        ;= sp=0x03bfc [0x3bfc].a=r_calla_imm_low [0x3bfc]=r_calla_imm_low [0x3bfe]=0x0000 c=1 z=1 n=1 v=1 cycles=5 cell=X2_CALLA_IMM pc=l_sub

l_sub:
        .word   0x0110                                  ; reta

; calla #sub20 then reta: back at the next instruction, stack balanced
t_calla_reta:
        ;! sr=0x0107
        .word   0x13b0 | (((0x10000 + u_sub - upper_base) >> 16) & 0xf) ; calla #u_sub
        .word   ((0x10000 + u_sub - upper_base) & 0xffff)
e_calla_reta:
        ;= steps=2 sp=0x03c00 c=1 z=1 n=1 v=1 cycles=10 cell=XA_MOVA_INC_PC pc=e_calla_reta

; mov 0x2000(r4), r5 with r4 = 0xfffe: below 64K the address wraps to 0x1ffe
t_mov_idx_wrap:
        ;! r4=0xfffe [0x1ffe]=0x4321 [0x11ffe]=0x8765 sr=0
        mov     0x2000(r4), r5
e_mov_idx_wrap:
        ;= r5=0x04321 cycles=3 cell=F1_IDX_RM pc=e_mov_idx_wrap

; extension word before a jump
t_ext_jmp:
        ;! r4=0x2000
        .word   0x1800                                  ; .word 0x1800 / jmp $+2
        .word   0x3c00
        ;= fault=1

; extension word (.W) before jne
t_ext_jne:
        ;! r4=0x2000
        .word   0x1840                                  ; .word 0x1840 / jne $+2
        .word   0x2000
        ;= fault=1

; extension word before mova r4, r5
t_ext_mova:
        ;! r4=0x2000
        .word   0x1800                                  ; .word 0x1800 / mova r4, r5
        .word   0x04c5
        ;= fault=1

; extension word before adda #1, r5
t_ext_adda:
        ;! r4=0x2000
        .word   0x1800                                  ; .word 0x1800 / adda #1, r5
        .word   0x00a5
        .word   0x0001
        ;= fault=1

; extension word before calla r4
t_ext_calla:
        ;! r4=0x2000
        .word   0x1800                                  ; .word 0x1800 / calla r4
        .word   0x1344
        ;= fault=1

; extension word before pushm.w #1, r4
t_ext_pushm:
        ;! r4=0x2000
        .word   0x1800                                  ; .word 0x1800 / pushm.w #1, r4
        .word   0x1504
        ;= fault=1

; extension word before rram.a #1, r4
t_ext_rram:
        ;! r4=0x2000
        .word   0x1800                                  ; .word 0x1800 / rram.a #1, r4
        .word   0x0144
        ;= fault=1

; A/L=0 with B/W=0 on addx (reserved)
t_addx_al0_bw0:
        ;! r4=0x2000
        .word   0x1800                                  ; addx.? r4, r5 (A/L=0, B/W=0)
        .word   0x5405
        ;= fault=1

; A/L=0 with B/W=0 on movx to memory
t_movx_al0_bw0_mem:
        ;! r4=0x2000
        .word   0x1800                                  ; movx.? r4, &0x2000 (A/L=0, B/W=0)
        .word   0x4482
        .word   0x2000
        ;= fault=1

; A/L=0 with B/W=0 on rrcx (only SWPBX/SXTX use it for .A)
t_rrcx_al0_bw0:
        ;! r4=0x2000
        .word   0x1800                                  ; rrcx.? r5 (A/L=0, B/W=0)
        .word   0x1005
        ;= fault=1

; A/L=0 with B/W=0 on pushx
t_pushx_al0_bw0:
        ;! r4=0x2000
        .word   0x1800                                  ; pushx.? r5 (A/L=0, B/W=0)
        .word   0x1205
        ;= fault=1

; ---- upper FRAM (the linker script places .upper.text at 0x10000) ----
        .section .upper.text,"axR",@progbits
upper_base:

; adda #0x0fff0, pc in upper FRAM: PC moves on by 0xfff0 within 20 bits
t_adda_imm_pc_up:
        ;! sr=0
        .word   0x00a0                                  ; adda #0x0fff0, pc
        .word   0xfff0
        ;= c=0 z=0 n=0 v=0 cycles=3 cell=XA_ARITH_IMM_PC pc=e_adda_imm_pc_up+0xfff0
e_adda_imm_pc_up:

; calla #l_sub from upper FRAM: PC.19:16 (1) pushed first
t_calla_imm_up:
        ;! sr=0x0107
        .word   0x13b0                                  ; calla #l_sub
        .word   l_sub
r_calla_imm_up:
        ;= sp=0x03bfc [0x3bfc]=r_calla_imm_up [0x3bfe]=0x0001 [0x3bfc].a=r_calla_imm_up c=1 z=1 n=1 v=1 cycles=5 cell=X2_CALLA_IMM pc=l_sub

; calla #l_sub from upper FRAM, reta returns above 64K
t_calla_reta_up:
        ;! sr=0x0107
        .word   0x13b0                                  ; calla #l_sub
        .word   l_sub
e_calla_reta_up:
        ;= steps=2 sp=0x03c00 cycles=10 cell=XA_MOVA_INC_PC pc=e_calla_reta_up

; calla into an upper subroutine that runs adda and reta
t_calla_body_up:
        ;! r5=0x0ffff sr=0
        .word   0x13b0 | (((0x10000 + u_sub_inc - upper_base) >> 16) & 0xf) ; calla #u_sub_inc
        .word   ((0x10000 + u_sub_inc - upper_base) & 0xffff)
e_calla_body_up:
        ;= steps=3 r5=0x10000 sp=0x03c00 c=0 z=0 n=0 v=0 cycles=13 cell=XA_MOVA_INC_PC pc=e_calla_body_up

; mov d, r5 (classic symbolic) at PC > 0xffff: 20-bit PC + 16-bit index
t_mov_sym_up:
        ;! r5=0xfffff sr=0
        .word   0x4015                                  ; mov EDE, r5
        .word   (d_mov_sym_up - .) & 0xffff
e_mov_sym_up:
        ;= r5=0x0a55a cycles=3 cell=F1_SYM_RM pc=e_mov_sym_up
d_mov_sym_up:
        .word   0xa55a

; mov EDE, r6 at PC > 0xffff with EDE = 0xc000: negative index, PC - 16 K
t_mov_sym_up_neg:
        ;! [0xc000]=0x1357 [0x1c000]=0x2468 sr=0
        .word   0x4016                                  ; mov &0xc000 as EDE, r6
        .word   (0xc000 - (0x10000 + . - upper_base)) & 0xffff
e_mov_sym_up_neg:
        ;= r6=0x01357 cycles=3 cell=F1_SYM_RM pc=e_mov_sym_up_neg

; mov r7, EDE (classic symbolic destination) above 64K
t_mov_r_sym_up:
        ;! r7=0x4321 sr=0
        .word   0x4780                                  ; mov r7, EDE
        .word   (d_mov_r_sym_up - .) & 0xffff
e_mov_r_sym_up:
        ;= [d_mov_r_sym_up]=0x4321 cycles=3 cell=F1_REG_MEM_MBC pc=e_mov_r_sym_up
d_mov_r_sym_up:
        .word   0

; add @r4, r5: a register pointer above 64K
t_add_ind_up:
        ;! r4=0x20000 r5=1 [0x20000]=0x7fff sr=0
        add     @r4, r5
e_add_ind_up:
        ;= r5=0x08000 n=1 v=1 c=0 z=0 cycles=2 cell=F1_IND_RM pc=e_add_ind_up

; mov 2(r4), r5: Rn above 64K, the 20-bit address crosses 0x30000
t_mov_idx_up:
        ;! r4=0x2fffe [0x30000]=0x1234 [0x20000]=0x5678 sr=0
        mov     2(r4), r5
e_mov_idx_up:
        ;= r5=0x01234 cycles=3 cell=F1_IDX_RM pc=e_mov_idx_up

; jmp forward above 64K
t_jmp_up:
        jmp     x_jmp_up
        ;= cycles=2 cell=JUMP pc=x_jmp_up
        .word   0x3fff                                  ; jmp $ (skipped)
x_jmp_up:

; jne backwards above 64K (Z=0: taken)
t_jne_up_back:
        ;! sr=0
        jne     upper_base
        ;= cycles=2 cell=JUMP pc=upper_base

; jeq above 64K not taken (Z=0)
t_jeq_up_not:
        ;! sr=0
        jeq     x_jmp_up
e_jeq_up_not:
        ;= cycles=2 cell=JUMP pc=e_jeq_up_not

; br #label (classic mov #x, pc) from upper FRAM lands in lower memory
t_br_up_low:
        br      #l_sub
        ;= cycles=3 cell=F1_IMM_PC pc=l_sub

; movx.a #u_sub, pc then reta from the stack set up by the test
t_movx_up_chain:
        ;! sp=0x3bfc [0x3bfc].a=e_movx_up_chain
        .word   0x1800 | ((((0x10000 + u_sub - upper_base) >> 16) & 0xf) << 7) ; movx.a #u_sub, pc
        .word   0x4070
        .word   (((0x10000 + u_sub - upper_base)) & 0xffff)
e_movx_up_chain:
        ;= steps=2 sp=0x03c00 cycles=8 cell=XA_MOVA_INC_PC pc=e_movx_up_chain

u_bra_r:
        .word   0x3fff                                  ; jmp $
u_bra_ind:
        .word   0x3fff                                  ; jmp $
u_bra_inc:
        .word   0x3fff                                  ; jmp $
u_bra_imm:
        .word   0x3fff                                  ; jmp $
u_bra_idx:
        .word   0x3fff                                  ; jmp $
u_bra_abs:
        .word   0x3fff                                  ; jmp $
u_bra_sym:
        .word   0x3fff                                  ; jmp $
u_reta:
        .word   0x3fff                                  ; jmp $
u_sub:
        .word   0x0110                                  ; reta
u_sub_inc:
        .word   0x00a5, 0x0001                          ; adda #1, r5
        .word   0x0110                                  ; reta
