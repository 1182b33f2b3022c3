; Emulated instructions of the classic MSP430 (SLAU367P table 4-7): each is a
; Format I instruction with a constant-generator or @SP+ operand, so it costs
; like that instruction (SLAU367P table 4-10).  Expected values derived by hand
; from the emulating instruction's definition.
        .section .text.classic_emul,"axR",@progbits

; CLR dst = MOV #0, dst
t_clr_w_reg:
        ;! r5=0xfffff sr=0x0107
        clr r5
        ;= r5=0 c=1 z=1 n=1 v=1 cycles=1 cell=F1_REG_RM

; CLR.B &EDE = MOV.B #0, &EDE: constant generator to memory, MOV: one less
t_clr_b_abs:
        ;! [e_a]=0xa5a5
        clr.b &e_a
        ;= [e_a]=0xa500 cycles=3 cell=F1_REG_MEM_MBC

; INC dst = ADD #1, dst
t_inc_w_carry:
        ;! r5=0xffff sr=0x0104
        inc r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

t_inc_b_overflow:
        ;! r5=0x127f sr=0x0003
        inc.b r5
        ;= r5=0x0080 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; INCD dst = ADD #2, dst
t_incd_w_carry:
        ;! r5=0xfffe sr=0
        incd r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; INCD to memory: ADD #2, X(Rn) -> constant generator row, not MOV/BIT/CMP
t_incd_w_idx:
        ;! r6=e_x [e_x+2]=0x7ffe sr=0
        incd 2(r6)
        ;= [e_x+2]=0x8000 c=0 z=0 n=1 v=1 cycles=4 cell=F1_REG_MEM

; DEC dst = SUB #1, dst
t_dec_w_borrow:
        ;! r5=0x0000 sr=0x0003
        dec r5
        ;= r5=0xffff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

t_dec_w_overflow:
        ;! r5=0x8000 sr=0x0004
        dec r5
        ;= r5=0x7fff c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

t_dec_b_to_zero:
        ;! r5=0xff01 sr=0x0104
        dec.b r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; DECD dst = SUB #2, dst
t_decd_b_borrow:
        ;! r5=0x0001 sr=0x0003
        decd.b r5
        ;= r5=0x00ff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; TST dst = CMP #0, dst: C is always 1 (no borrow), V always 0
t_tst_w_negative:
        ;! r5=0x8000 sr=0x0102
        tst r5
        ;= r5=0x8000 c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

t_tst_w_zero:
        ;! r5=0x10000 sr=0x0104
        tst r5
        ;= r5=0x10000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

; TST.B EDE = CMP.B #0, EDE: EDE is CMP's destination, so this is a constant
; generator to memory (CMP: one cycle less); only the low byte 0x00 is tested
t_tst_b_sym:
        ;! [e_s]=0x8000 sr=0x0004
        tst.b e_s
        ;= [e_s]=0x8000 c=1 z=1 n=0 v=0 cycles=3 cell=F1_REG_MEM_MBC

t_tst_w_abs:
        ;! [e_a]=0x0001 sr=0x0006
        tst &e_a
        ;= c=1 z=0 n=0 v=0 cycles=3 cell=F1_REG_MEM_MBC

; INV dst = XOR #-1, dst; V set when dst is negative (both operands negative)
t_inv_w_positive:
        ;! r5=0x00ff sr=0x0103
        inv r5
        ;= r5=0xff00 c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

t_inv_w_negative:
        ;! r5=0x8000 sr=0x0006
        inv r5
        ;= r5=0x7fff c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

t_inv_b_to_zero:
        ;! r5=0x12ff sr=0x0005
        inv.b r5
        ;= r5=0x0000 c=0 z=1 n=0 v=1 cycles=1 cell=F1_REG_RM

; RLA dst = ADD dst, dst
t_rla_w_into_sign:
        ;! r5=0x4000 sr=0x0003
        rla r5
        ;= r5=0x8000 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

t_rla_w_carry_out:
        ;! r5=0x8001 sr=0x0004
        rla r5
        ;= r5=0x0002 c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

t_rla_b_carry_negative:
        ;! r5=0x00c0 sr=0x0102
        rla.b r5
        ;= r5=0x0080 c=1 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

; RLC dst = ADDC dst, dst: C enters bit 0
t_rlc_w_carry_in:
        ;! r5=0x8000 sr=0x0001
        rlc r5
        ;= r5=0x0001 c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

t_rlc_b_carry_in:
        ;! r5=0x0040 sr=0x0001
        rlc.b r5
        ;= r5=0x0081 c=0 z=0 n=1 v=1 cycles=1 cell=F1_REG_RM

; ADC dst = ADDC #0, dst
t_adc_w_carry_in:
        ;! r5=0xffff sr=0x0001
        adc r5
        ;= r5=0x0000 c=1 z=1 n=0 v=0 cycles=1 cell=F1_REG_RM

t_adc_b_no_carry:
        ;! r5=0x007f sr=0x0106
        adc.b r5
        ;= r5=0x007f c=0 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

; SBC dst = SUBC #0, dst = dst + 0xffff + C
t_sbc_w_borrow:
        ;! r5=0x0000 sr=0x0002
        sbc r5
        ;= r5=0xffff c=0 z=0 n=1 v=0 cycles=1 cell=F1_REG_RM

t_sbc_w_no_borrow:
        ;! r5=0x0005 sr=0x0001
        sbc r5
        ;= r5=0x0005 c=1 z=0 n=0 v=0 cycles=1 cell=F1_REG_RM

; 0x80 - 0 - 1 = 0x7f: positive source from a negative destination gives a
; positive result -> V
t_sbc_b_overflow:
        ;! r5=0x0080 sr=0
        sbc.b r5
        ;= r5=0x007f c=1 z=0 n=0 v=1 cycles=1 cell=F1_REG_RM

; DADC dst = DADD #0, dst
t_dadc_w_carry_in:
        ;! r5=0x0999 sr=0x0001
        dadc r5
        ;= r5=0x1000 c=0 z=0 n=0 cycles=1 cell=F1_REG_RM

t_dadc_b_carry_out:
        ;! r5=0x0099 sr=0x0001
        dadc.b r5
        ;= r5=0x0000 c=1 z=1 n=0 cycles=1 cell=F1_REG_RM

; status bit instructions: BIS/BIC #n, SR touch only their bit
t_setc:
        ;! sr=0x0106
        setc
        ;= sr=0x0107 cycles=1 cell=F1_REG_RM

t_clrc:
        ;! sr=0x0107
        clrc
        ;= sr=0x0106 cycles=1 cell=F1_REG_RM

t_setz:
        ;! sr=0x0105
        setz
        ;= sr=0x0107 cycles=1 cell=F1_REG_RM

t_clrz:
        ;! sr=0x0107
        clrz
        ;= sr=0x0105 cycles=1 cell=F1_REG_RM

t_setn:
        ;! sr=0x0103
        setn
        ;= sr=0x0107 cycles=1 cell=F1_REG_RM

t_clrn:
        ;! sr=0x0107
        clrn
        ;= sr=0x0103 cycles=1 cell=F1_REG_RM

t_eint:
        ;! sr=0x0001
        eint
        ;= sr=0x0009 cycles=1 cell=F1_REG_RM

t_dint:
        ;! sr=0x0109
        dint
        ;= sr=0x0101 cycles=1 cell=F1_REG_RM

; NOP = MOV #0, R3: nothing changes but PC
t_nop:
        ;! sr=0x0107 r5=0x1234
        nop
e_nop:
        ;= pc=e_nop sr=0x0107 r5=0x1234 r3=0 sp=0x3c00 cycles=1 cell=F1_REG_RM

; POP dst = MOV @SP+, dst
t_pop_w_reg:
        ;! sp=0x3bfc [0x3bfc]=0xbeef r5=0xfffff sr=0x0107
        pop r5
        ;= r5=0x0beef sp=0x3bfe c=1 z=1 n=1 v=1 cycles=2 cell=F1_INC_RM

; POP.B Rn = MOV.B @SP+, Rn: SP still steps 2 (clang 14 has no pop.b mnemonic)
t_pop_b_reg:
        ;! sp=0x3bfc [0x3bfc]=0x7f80 r5=0xfffff
        mov.b @sp+, r5
        ;= r5=0x00080 sp=0x3bfe cycles=2 cell=F1_INC_RM

; POP to memory = MOV @SP+, EDE: @Rn+ to memory, MOV: one less
t_pop_w_sym:
        ;! sp=0x3bfc [0x3bfc]=0x1357
        ; mov @sp+, e_d  (clang 14 refuses MOV @Rn+ to memory; e_d is in this
        ; section so the assembler resolves "e_d - .")
        .word 0x41b0
        .word e_d - .
e_pop_w_sym:
        ;= [e_d]=0x1357 sp=0x3bfe pc=e_pop_w_sym cycles=4 cell=F1_INC_MEM_MBC
e_d:    .word 0

; BR dst = MOV dst, PC
t_br_reg:
        ;! r5=tgt_br
        br r5
        nop
tgt_br:
        ;= pc=tgt_br cycles=3 cell=F1_REG_PC

; RET = MOV @SP+, PC
t_ret:
        ;! sp=0x3bfa [0x3bfa]=tgt_ret
        ret
        nop
tgt_ret:
        ;= pc=tgt_ret sp=0x3bfc cycles=4 cell=F1_INC_PC

        .section .bss.classic_emul,"aw",@nobits
        .balign 2
e_x:    .skip 4
e_s:    .skip 2
e_a:    .skip 2
