; Classic MSP430 Format II: RRC RRA (.W/.B), SWPB SXT (.W), PUSH (.W/.B), CALL,
; in every addressing mode each allows.
; Expected values derived by hand from SLAU367P 4.6.2 (RRC, RRA, SWPB, SXT, PUSH,
; CALL) and the cycle table SLAU367P table 4-9:
;   RRA/RRC/SWPB/SXT  Rn 1, @Rn 3, @Rn+ 3, X(Rn) 4, EDE 4, &EDE 4
;   PUSH              Rn 3, @Rn 3, @Rn+ 3, #N 3, X(Rn) 4, EDE 4, &EDE 4
;   CALL              Rn 4, @Rn 4, @Rn+ 4, #N 4, X(Rn) 5, EDE 5, &EDE 6
; Status bits: RRC/RRA: C = bit shifted out, N, Z, V reset.  SXT: N, Z, C = .not.Z,
; V reset.  SWPB, PUSH, CALL: SR untouched.  Flags the instruction defines start
; inverted so each must be written.
; Byte memory operands sit beside a 0x5a guard byte.  clang 14 refuses PUSH with
; a memory operand, so those are spelled as .word with the instruction beside.
        .section .text.classic_f2,"axR",@progbits

; ---- RRC.W: C -> bit 15, bit 0 -> C -------------------------------------------

; .W on a register also clears Rdst.19:16
t_rrc_w_reg:
        ;! r5=0x18001 sr=0x0103
        rrc r5
        ;= r5=0x0c000 c=1 z=0 n=1 v=0 cycles=1 cell=F2_SHIFT_REG

t_rrc_w_ind:
        ;! r6=m_i [m_i]=0x0002 sr=0x0106
        rrc @r6
        ;= [m_i]=0x0001 r6=m_i c=0 z=0 n=0 v=0 cycles=3 cell=F2_SHIFT_IND

t_rrc_w_inc:
        ;! r6=m_i [m_i]=0x0001 sr=0x0104
        rrc @r6+
        ;= [m_i]=0x0000 r6=m_i+2 c=1 z=1 n=0 v=0 cycles=3 cell=F2_SHIFT_INC

t_rrc_w_idx:
        ;! r6=m_x [m_x+2]=0x8000 sr=0x0103
        rrc 2(r6)
        ;= [m_x+2]=0xc000 c=0 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_IDX

t_rrc_w_sym:
        ;! [m_s]=0xffff sr=0x0106
        rrc m_s
        ;= [m_s]=0x7fff c=1 z=0 n=0 v=0 cycles=4 cell=F2_SHIFT_SYM

t_rrc_w_abs:
        ;! [m_a]=0x1234 sr=0x0103
        rrc &m_a
        ;= [m_a]=0x891a c=0 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_ABS

; ---- RRC.B: C -> bit 7 ---------------------------------------------------------------

; 0x01 -> 0x00, C=1; the high byte 0xff is no operand and Rdst.19:8 is cleared
t_rrc_b_reg:
        ;! r5=0x1ff01 sr=0x0104
        rrc.b r5
        ;= r5=0x00000 c=1 z=1 n=0 v=0 cycles=1 cell=F2_SHIFT_REG

; odd address; C=1 enters bit 7 (not bit 15)
t_rrc_b_ind:
        ;! r6=m_i+1 [m_i+1].b=0x80 [m_i].b=0x5a sr=0x0103
        rrc.b @r6
        ;= [m_i+1].b=0xc0 [m_i].b=0x5a r6=m_i+1 c=0 z=0 n=1 v=0 cycles=3 cell=F2_SHIFT_IND

; @Rn+ in .B steps 1
t_rrc_b_inc:
        ;! r6=m_i [m_i].b=0x03 [m_i+1].b=0x5a sr=0x0106
        rrc.b @r6+
        ;= [m_i].b=0x01 [m_i+1].b=0x5a r6=m_i+1 c=1 z=0 n=0 v=0 cycles=3 cell=F2_SHIFT_INC

t_rrc_b_idx:
        ;! r6=m_x [m_x+3].b=0xfe [m_x+2].b=0x5a sr=0x0103
        rrc.b 3(r6)
        ;= [m_x+3].b=0xff [m_x+2].b=0x5a c=0 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_IDX

t_rrc_b_sym:
        ;! [m_s].b=0x55 [m_s+1].b=0x5a sr=0x0106
        rrc.b m_s
        ;= [m_s].b=0x2a [m_s+1].b=0x5a c=1 z=0 n=0 v=0 cycles=4 cell=F2_SHIFT_SYM

t_rrc_b_abs:
        ;! [m_a+1].b=0x01 [m_a].b=0x5a sr=0x0103
        rrc.b &m_a+1
        ;= [m_a+1].b=0x80 [m_a].b=0x5a c=1 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_ABS

; ---- RRA.W: bit 15 kept, bit 0 -> C; C is not shifted in ------------------------------

t_rra_w_reg:
        ;! r5=0x28001 sr=0x0102
        rra r5
        ;= r5=0x0c000 c=1 z=0 n=1 v=0 cycles=1 cell=F2_SHIFT_REG

t_rra_w_ind:
        ;! r6=m_i [m_i]=0x7fff sr=0x0106
        rra @r6
        ;= [m_i]=0x3fff c=1 z=0 n=0 v=0 cycles=3 cell=F2_SHIFT_IND

t_rra_w_inc:
        ;! r6=m_i [m_i]=0x0001 sr=0x0104
        rra @r6+
        ;= [m_i]=0x0000 r6=m_i+2 c=1 z=1 n=0 v=0 cycles=3 cell=F2_SHIFT_INC

t_rra_w_idx:
        ;! r6=m_x [m_x+2]=0xfffe sr=0x0103
        rra 2(r6)
        ;= [m_x+2]=0xffff c=0 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_IDX

; C=1 before does not enter bit 15 (that would be RRC)
t_rra_w_sym:
        ;! [m_s]=0x8000 sr=0x0103
        rra m_s
        ;= [m_s]=0xc000 c=0 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_SYM

t_rra_w_abs:
        ;! [m_a]=0x0004 sr=0x0107
        rra &m_a
        ;= [m_a]=0x0002 c=0 z=0 n=0 v=0 cycles=4 cell=F2_SHIFT_ABS

; ---- RRA.B: bit 7 kept ---------------------------------------------------------------

t_rra_b_reg:
        ;! r5=0x12381 sr=0x0102
        rra.b r5
        ;= r5=0x000c0 c=1 z=0 n=1 v=0 cycles=1 cell=F2_SHIFT_REG

t_rra_b_ind:
        ;! r6=m_i+1 [m_i+1].b=0x7f [m_i].b=0x5a sr=0x0106
        rra.b @r6
        ;= [m_i+1].b=0x3f [m_i].b=0x5a c=1 z=0 n=0 v=0 cycles=3 cell=F2_SHIFT_IND

t_rra_b_inc:
        ;! r6=m_i [m_i].b=0x01 [m_i+1].b=0x5a sr=0x0104
        rra.b @r6+
        ;= [m_i].b=0x00 [m_i+1].b=0x5a r6=m_i+1 c=1 z=1 n=0 v=0 cycles=3 cell=F2_SHIFT_INC

t_rra_b_idx:
        ;! r6=m_x [m_x+3].b=0x80 [m_x+2].b=0x5a sr=0x0103
        rra.b 3(r6)
        ;= [m_x+3].b=0xc0 [m_x+2].b=0x5a c=0 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_IDX

t_rra_b_sym:
        ;! [m_s].b=0xff [m_s+1].b=0x5a sr=0x0102
        rra.b m_s
        ;= [m_s].b=0xff [m_s+1].b=0x5a c=1 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_SYM

t_rra_b_abs:
        ;! [m_a+1].b=0x02 [m_a].b=0x5a sr=0x0107
        rra.b &m_a+1
        ;= [m_a+1].b=0x01 [m_a].b=0x5a c=0 z=0 n=0 v=0 cycles=4 cell=F2_SHIFT_ABS

; ---- SWPB (word only, SR untouched) ---------------------------------------------------

t_swpb_w_reg:
        ;! r5=0x31234 sr=0x0105
        swpb r5
        ;= r5=0x03412 c=1 z=0 n=1 v=1 cycles=1 cell=F2_SHIFT_REG

t_swpb_w_ind:
        ;! r6=m_i [m_i]=0xabcd sr=0x0002
        swpb @r6
        ;= [m_i]=0xcdab r6=m_i c=0 z=1 n=0 v=0 cycles=3 cell=F2_SHIFT_IND

t_swpb_w_inc:
        ;! r6=m_i [m_i]=0x00ff sr=0x0105
        swpb @r6+
        ;= [m_i]=0xff00 r6=m_i+2 c=1 z=0 n=1 v=1 cycles=3 cell=F2_SHIFT_INC

t_swpb_w_idx:
        ;! r6=m_x [m_x+2]=0x8001 sr=0x0002
        swpb 2(r6)
        ;= [m_x+2]=0x0180 c=0 z=1 n=0 v=0 cycles=4 cell=F2_SHIFT_IDX

t_swpb_w_sym:
        ;! [m_s]=0x1200 sr=0x0105
        swpb m_s
        ;= [m_s]=0x0012 c=1 z=0 n=1 v=1 cycles=4 cell=F2_SHIFT_SYM

t_swpb_w_abs:
        ;! [m_a]=0xffee sr=0x0002
        swpb &m_a
        ;= [m_a]=0xeeff c=0 z=1 n=0 v=0 cycles=4 cell=F2_SHIFT_ABS

; ---- SXT (word only): bit 7 -> bits 15:8; register mode: bits 19:8 -----------------

; SLAU367P SXT: "Register mode: the sign of the low byte of the operand is
; extended into the bits Rdst.19:8" -> 0x80 becomes 0xfff80.  N is bit 15.
t_sxt_w_reg_negative:
        ;! r5=0x00080 sr=0x0102
        sxt r5
        ;= r5=0xfff80 c=1 z=0 n=1 v=0 cycles=1 cell=F2_SHIFT_REG

; positive byte: Rdst.19:8 = 0
t_sxt_w_reg_positive:
        ;! r5=0xfff7f sr=0x0106
        sxt r5
        ;= r5=0x0007f c=1 z=0 n=0 v=0 cycles=1 cell=F2_SHIFT_REG

t_sxt_w_reg_zero:
        ;! r5=0x1ff00 sr=0x0105
        sxt r5
        ;= r5=0x00000 c=0 z=1 n=0 v=0 cycles=1 cell=F2_SHIFT_REG

; memory modes: only the high byte of the word is written
t_sxt_w_ind:
        ;! r6=m_i [m_i]=0x1280 sr=0x0102
        sxt @r6
        ;= [m_i]=0xff80 r6=m_i c=1 z=0 n=1 v=0 cycles=3 cell=F2_SHIFT_IND

t_sxt_w_inc:
        ;! r6=m_i [m_i]=0xff7f sr=0x0106
        sxt @r6+
        ;= [m_i]=0x007f r6=m_i+2 c=1 z=0 n=0 v=0 cycles=3 cell=F2_SHIFT_INC

t_sxt_w_idx:
        ;! r6=m_x [m_x+2]=0xab00 sr=0x0105
        sxt 2(r6)
        ;= [m_x+2]=0x0000 c=0 z=1 n=0 v=0 cycles=4 cell=F2_SHIFT_IDX

t_sxt_w_sym:
        ;! [m_s]=0x00ff sr=0x0102
        sxt m_s
        ;= [m_s]=0xffff c=1 z=0 n=1 v=0 cycles=4 cell=F2_SHIFT_SYM

t_sxt_w_abs:
        ;! [m_a]=0xff01 sr=0x0106
        sxt &m_a
        ;= [m_a]=0x0001 c=1 z=0 n=0 v=0 cycles=4 cell=F2_SHIFT_ABS

; ---- PUSH.W: SP - 2 -> SP, src -> @SP ------------------------------------------------

; word from a register holding 20 bits: Rsrc.15:0 is pushed
t_push_w_reg:
        ;! r5=0x51234 sr=0x0105
        push r5
        ;= sp=0x3bfe [0x3bfe]=0x1234 r5=0x51234 c=1 z=0 n=1 v=1 cycles=3 cell=F2_PUSH_REG

t_push_w_ind:
        ;! r6=m_i [m_i]=0xa5a5
        ; push @r6
        .word 0x1226
        ;= sp=0x3bfe [0x3bfe]=0xa5a5 r6=m_i cycles=3 cell=F2_PUSH_IND

t_push_w_inc:
        ;! r6=m_i [m_i]=0x5aa5
        ; push @r6+
        .word 0x1236
        ;= sp=0x3bfe [0x3bfe]=0x5aa5 r6=m_i+2 cycles=3 cell=F2_PUSH_INC

t_push_w_imm:
        push #0x4321
e_push_w_imm:
        ;= sp=0x3bfe [0x3bfe]=0x4321 pc=e_push_w_imm cycles=3 cell=F2_PUSH_IMM

t_push_w_idx:
        ;! r6=m_x [m_x+2]=0x0bad
        ; push 2(r6)
        .word 0x1216, 2
        ;= sp=0x3bfe [0x3bfe]=0x0bad cycles=4 cell=F2_PUSH_IDX

t_push_w_sym:
        ;! [d_sym_w]=0xc0de
        ; push d_sym_w
        .word 0x1210
        .word d_sym_w - .
e_push_w_sym:
        ;= sp=0x3bfe [0x3bfe]=0xc0de pc=e_push_w_sym cycles=4 cell=F2_PUSH_SYM
; clang 14 turns ".word sym - ." into an absolute relocation when sym is in
; another section, so the operands of these hand-encoded symbolic PUSHes live
; here in the (writable FRAM) text section
d_sym_w: .word 0

t_push_w_abs:
        ;! [m_a]=0xfeed
        ; push &m_a
        .word 0x1212, m_a
        ;= sp=0x3bfe [0x3bfe]=0xfeed cycles=4 cell=F2_PUSH_ABS

; constant generators cost as a register push
t_push_w_cg4:
        push #4
        ;= sp=0x3bfe [0x3bfe]=0x0004 cycles=3 cell=F2_PUSH_REG

t_push_w_cgm1:
        push #-1
        ;= sp=0x3bfe [0x3bfe]=0xffff cycles=3 cell=F2_PUSH_REG

; PUSH SP stores the value SP had before the push (SLAU367P 4.3.2, "PUSH SP,
; POP SP sequence": the stack pointer is changed after a PUSH SP)
t_push_w_sp:
        ;! sp=0x3bf0
        push sp
        ;= sp=0x3bee [0x3bee]=0x3bf0 cycles=3 cell=F2_PUSH_REG

; from a lower stack position: a second push below the first
t_push_w_reg_stack_not_empty:
        ;! sp=0x3bf0 r5=0x7777 [0x3bf0]=0x1111
        push r5
        ;= sp=0x3bee [0x3bee]=0x7777 [0x3bf0]=0x1111 cycles=3 cell=F2_PUSH_REG

; ---- PUSH.B: SP still moves by 2; the byte goes to the low byte of the new TOS ----

t_push_b_reg:
        ;! r5=0x12345 [0x3bfe]=0xeeee
        push.b r5
        ;= sp=0x3bfe [0x3bfe].b=0x45 [0x3bff].b=0xee cycles=3 cell=F2_PUSH_REG

t_push_b_ind:
        ;! r6=m_i+1 [m_i].b=0x5a [m_i+1].b=0x9d
        ; push.b @r6
        .word 0x1266
        ;= sp=0x3bfe [0x3bfe].b=0x9d r6=m_i+1 cycles=3 cell=F2_PUSH_IND

; @Rn+ in .B steps 1
t_push_b_inc:
        ;! r6=m_i [m_i].b=0x3e [m_i+1].b=0x5a
        ; push.b @r6+
        .word 0x1276
        ;= sp=0x3bfe [0x3bfe].b=0x3e r6=m_i+1 cycles=3 cell=F2_PUSH_INC

t_push_b_imm:
        ; push.b #0x5c
        .word 0x1270, 0x005c
e_push_b_imm:
        ;= sp=0x3bfe [0x3bfe].b=0x5c pc=e_push_b_imm cycles=3 cell=F2_PUSH_IMM

t_push_b_idx:
        ;! r6=m_x [m_x+2].b=0x5a [m_x+3].b=0x81
        ; push.b 3(r6)
        .word 0x1256, 3
        ;= sp=0x3bfe [0x3bfe].b=0x81 cycles=4 cell=F2_PUSH_IDX

t_push_b_sym:
        ;! [d_sym_b].b=0x42 [d_sym_b+1].b=0x5a
        ; push.b d_sym_b
        .word 0x1250
        .word d_sym_b - .
        ;= sp=0x3bfe [0x3bfe].b=0x42 cycles=4 cell=F2_PUSH_SYM
d_sym_b: .word 0

t_push_b_abs:
        ;! [m_a].b=0x5a [m_a+1].b=0xe7
        ; push.b &m_a+1
        .word 0x1252, m_a+1
        ;= sp=0x3bfe [0x3bfe].b=0xe7 cycles=4 cell=F2_PUSH_ABS

; ---- CALL: SP - 2 -> SP, return address -> @SP, dst -> PC ------------------------------

t_call_w_reg:
        ;! r5=tgt_call_reg sr=0x0105
        call r5
ret_call_reg:
        nop
tgt_call_reg:
        ;= pc=tgt_call_reg sp=0x3bfe [0x3bfe]=ret_call_reg c=1 z=0 n=1 v=1 cycles=4 cell=F2_CALL_REG

t_call_w_ind:
        ;! r5=m_i [m_i]=tgt_call_ind
        call @r5
ret_call_ind:
        nop
tgt_call_ind:
        ;= pc=tgt_call_ind sp=0x3bfe [0x3bfe]=ret_call_ind r5=m_i cycles=4 cell=F2_CALL_IND

t_call_w_inc:
        ;! r5=m_i [m_i]=tgt_call_inc
        call @r5+
ret_call_inc:
        nop
tgt_call_inc:
        ;= pc=tgt_call_inc sp=0x3bfe [0x3bfe]=ret_call_inc r5=m_i+2 cycles=4 cell=F2_CALL_INC

; two-word instruction: the return address is after the immediate
t_call_w_imm:
        call #tgt_call_imm
ret_call_imm:
        nop
tgt_call_imm:
        ;= pc=tgt_call_imm sp=0x3bfe [0x3bfe]=ret_call_imm cycles=4 cell=F2_CALL_IMM

t_call_w_idx:
        ;! r5=m_x [m_x+2]=tgt_call_idx
        call 2(r5)
ret_call_idx:
        nop
tgt_call_idx:
        ;= pc=tgt_call_idx sp=0x3bfe [0x3bfe]=ret_call_idx cycles=5 cell=F2_CALL_IDX

t_call_w_sym:
        ;! [m_s]=tgt_call_sym
        call m_s
ret_call_sym:
        nop
tgt_call_sym:
        ;= pc=tgt_call_sym sp=0x3bfe [0x3bfe]=ret_call_sym cycles=5 cell=F2_CALL_SYM

t_call_w_abs:
        ;! [m_a]=tgt_call_abs
        call &m_a
ret_call_abs:
        nop
tgt_call_abs:
        ;= pc=tgt_call_abs sp=0x3bfe [0x3bfe]=ret_call_abs cycles=6 cell=F2_CALL_ABS

; backward call from deeper in the stack
tgt_call_back:
        nop
t_call_w_imm_backward:
        ;! sp=0x3b00
        call #tgt_call_back
ret_call_back:
        ;= pc=tgt_call_back sp=0x3afe [0x3afe]=ret_call_back cycles=4 cell=F2_CALL_IMM

; CALL (not CALLA) reaches the lower 64 KB only: the target is Rdst.15:0 and
; PC.19:16 become 0 (SLAU367P CALL: "a subroutine call is made to a 16-bit
; address in the lower 64 KB")
t_call_w_reg_20bit_value:
        ;! r5=0x14400
        call r5
ret_call_20:
        ;= pc=0x4400 sp=0x3bfe [0x3bfe]=ret_call_20 cycles=4 cell=F2_CALL_REG

        .section .bss.classic_f2,"aw",@nobits
        .balign 2
m_x:    .skip 8         ; X(Rn): word at +2, byte at +3
m_s:    .skip 4         ; symbolic
m_a:    .skip 4         ; absolute (byte at +1)
m_i:    .skip 4         ; @Rn / @Rn+
