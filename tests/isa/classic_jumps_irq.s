; Classic MSP430 jumps, RETI, interrupt acceptance, reset and an illegal opcode.
; Expected values derived by hand from SLAU367P 4.6.2 (Jxx, RETI), 1.3.4.1 and
; SLAU144 2.2.3 (interrupt acceptance: PC and SR pushed, SR cleared except SCG0,
; vector loaded), 4.2.1 (PC.19:16 in bits 15:12 of the stacked SR word) and the
; cycle counts of SLAU367P table 4-8 and 4.5.1.5.3: Jxx 2 (taken or not),
; RETI 5, interrupt accept 6, reset 4.
; Jumps leave SR alone: every jump case asserts the flags it started with.
; Jump targets before a case label are backward jumps.
        .section .text.classic_jumps,"axR",@progbits

; ---- JNE / JNZ: taken when Z = 0 ----------------------------------------------

t_jne_taken_forward:
        ;! sr=0x0105
        jne fwd_jne
        nop
fwd_jne:
        ;= pc=fwd_jne c=1 z=0 n=1 v=1 cycles=2 cell=JUMP

t_jne_not_taken:
        ;! sr=0x0002
        jne fwd_jne
nt_jne:
        ;= pc=nt_jne c=0 z=1 n=0 v=0 cycles=2 cell=JUMP

back_jne:
        nop
t_jne_taken_backward:
        ;! sr=0
        jne back_jne
        ;= pc=back_jne c=0 z=0 n=0 v=0 cycles=2 cell=JUMP

; ---- JEQ / JZ: taken when Z = 1 -------------------------------------------------

t_jeq_taken_forward:
        ;! sr=0x0002
        jeq fwd_jeq
        nop
fwd_jeq:
        ;= pc=fwd_jeq c=0 z=1 n=0 v=0 cycles=2 cell=JUMP

; C, N and V set but not Z
t_jeq_not_taken:
        ;! sr=0x0105
        jeq fwd_jeq
nt_jeq:
        ;= pc=nt_jeq c=1 z=0 n=1 v=1 cycles=2 cell=JUMP

back_jeq:
        nop
t_jeq_taken_backward:
        ;! sr=0x0107
        jeq back_jeq
        ;= pc=back_jeq c=1 z=1 n=1 v=1 cycles=2 cell=JUMP

; ---- JNC / JLO: taken when C = 0 -------------------------------------------------

t_jnc_taken_forward:
        ;! sr=0x0106
        jnc fwd_jnc
        nop
fwd_jnc:
        ;= pc=fwd_jnc c=0 z=1 n=1 v=1 cycles=2 cell=JUMP

t_jnc_not_taken:
        ;! sr=0x0001
        jnc fwd_jnc
nt_jnc:
        ;= pc=nt_jnc c=1 z=0 n=0 v=0 cycles=2 cell=JUMP

back_jnc:
        nop
t_jnc_taken_backward:
        ;! sr=0
        jnc back_jnc
        ;= pc=back_jnc c=0 z=0 n=0 v=0 cycles=2 cell=JUMP

; ---- JC / JHS: taken when C = 1 ---------------------------------------------------

t_jc_taken_forward:
        ;! sr=0x0001
        jc fwd_jc
        nop
fwd_jc:
        ;= pc=fwd_jc c=1 z=0 n=0 v=0 cycles=2 cell=JUMP

t_jc_not_taken:
        ;! sr=0x0106
        jc fwd_jc
nt_jc:
        ;= pc=nt_jc c=0 z=1 n=1 v=1 cycles=2 cell=JUMP

back_jc:
        nop
t_jc_taken_backward:
        ;! sr=0x0001
        jc back_jc
        ;= pc=back_jc c=1 z=0 n=0 v=0 cycles=2 cell=JUMP

; ---- JN: taken when N = 1 -----------------------------------------------------------

t_jn_taken_forward:
        ;! sr=0x0004
        jn fwd_jn
        nop
fwd_jn:
        ;= pc=fwd_jn c=0 z=0 n=1 v=0 cycles=2 cell=JUMP

t_jn_not_taken:
        ;! sr=0x0103
        jn fwd_jn
nt_jn:
        ;= pc=nt_jn c=1 z=1 n=0 v=1 cycles=2 cell=JUMP

back_jn:
        nop
t_jn_taken_backward:
        ;! sr=0x0004
        jn back_jn
        ;= pc=back_jn c=0 z=0 n=1 v=0 cycles=2 cell=JUMP

; ---- JGE: taken when N xor V = 0 ---------------------------------------------------

t_jge_taken_n0_v0:
        ;! sr=0x0003
        jge fwd_jge
        nop
fwd_jge:
        ;= pc=fwd_jge c=1 z=1 n=0 v=0 cycles=2 cell=JUMP

t_jge_taken_n1_v1:
        ;! sr=0x0104
        jge fwd_jge
        nop
        ;= pc=fwd_jge c=0 z=0 n=1 v=1 cycles=2 cell=JUMP

t_jge_not_taken_n1_v0:
        ;! sr=0x0004
        jge fwd_jge
nt_jge_n1:
        ;= pc=nt_jge_n1 c=0 z=0 n=1 v=0 cycles=2 cell=JUMP

t_jge_not_taken_n0_v1:
        ;! sr=0x0100
        jge fwd_jge
nt_jge_v1:
        ;= pc=nt_jge_v1 c=0 z=0 n=0 v=1 cycles=2 cell=JUMP

back_jge:
        nop
t_jge_taken_backward:
        ;! sr=0
        jge back_jge
        ;= pc=back_jge c=0 z=0 n=0 v=0 cycles=2 cell=JUMP

; ---- JL: taken when N xor V = 1 -----------------------------------------------------

t_jl_taken_n1_v0:
        ;! sr=0x0004
        jl fwd_jl
        nop
fwd_jl:
        ;= pc=fwd_jl c=0 z=0 n=1 v=0 cycles=2 cell=JUMP

t_jl_taken_n0_v1:
        ;! sr=0x0103
        jl fwd_jl
        nop
        ;= pc=fwd_jl c=1 z=1 n=0 v=1 cycles=2 cell=JUMP

t_jl_not_taken_n0_v0:
        ;! sr=0x0003
        jl fwd_jl
nt_jl_00:
        ;= pc=nt_jl_00 c=1 z=1 n=0 v=0 cycles=2 cell=JUMP

t_jl_not_taken_n1_v1:
        ;! sr=0x0104
        jl fwd_jl
nt_jl_11:
        ;= pc=nt_jl_11 c=0 z=0 n=1 v=1 cycles=2 cell=JUMP

back_jl:
        nop
t_jl_taken_backward:
        ;! sr=0x0100
        jl back_jl
        ;= pc=back_jl c=0 z=0 n=0 v=1 cycles=2 cell=JUMP

; ---- JMP: always --------------------------------------------------------------------

t_jmp_forward_flags_clear:
        ;! sr=0
        jmp fwd_jmp
        nop
fwd_jmp:
        ;= pc=fwd_jmp c=0 z=0 n=0 v=0 cycles=2 cell=JUMP

t_jmp_forward_flags_set:
        ;! sr=0x0107
        jmp fwd_jmp
        nop
        ;= pc=fwd_jmp c=1 z=1 n=1 v=1 cycles=2 cell=JUMP

back_jmp:
        nop
t_jmp_backward:
        ;! sr=0x0107
        jmp back_jmp
        ;= pc=back_jmp c=1 z=1 n=1 v=1 cycles=2 cell=JUMP

; jump to itself (offset -1): PC + 2 - 2
t_jmp_to_self:
        jmp t_jmp_to_self
        ;= pc=t_jmp_to_self cycles=2 cell=JUMP

; largest forward offset: +511 words -> PC + 2 + 1022
t_jmp_max_forward:
        jmp fwd_jmp_max
        .fill 511, 2, 0x4303
fwd_jmp_max:
        ;= pc=fwd_jmp_max cycles=2 cell=JUMP

; largest backward offset: -512 words -> PC + 2 - 1024
back_jmp_max:
        nop
back_jc_max:
        .fill 510, 2, 0x4303
t_jmp_max_backward:
        jmp back_jmp_max
        ;= pc=back_jmp_max cycles=2 cell=JUMP

; a conditional jump with the largest backward offset (it sits one word after
; the jmp above, so its -512 target is one word after back_jmp_max)
t_jc_max_backward:
        ;! sr=1
        jc back_jc_max
        ;= pc=back_jc_max cycles=2 cell=JUMP

; ---- RETI --------------------------------------------------------------------------

; stacked SR (with GIE) and PC come back; SP moves up by 4
t_reti_restores_sr_and_pc:
        ;! sp=0x3bf0 [0x3bf0]=0x010f [0x3bf2]=tgt_reti sr=0
        reti
        nop
tgt_reti:
        ;= pc=tgt_reti sr=0x010f sp=0x3bf4 cycles=5 cell=RETI

; GIE clear in the stacked SR disables interrupts again
t_reti_restores_gie_clear:
        ;! sp=0x3bf0 [0x3bf0]=0x0002 [0x3bf2]=tgt_reti sr=0x000d
        reti
        ;= pc=tgt_reti sr=0x0002 sp=0x3bf4 cycles=5 cell=RETI

; bits 15:12 of the stacked SR word are PC.19:16: 0x3005 / 0x2344 -> PC 0x32344,
; flags C and N.  (What SR.15:12 read afterwards is not documented; not asserted.)
t_reti_pc_bits_19_16:
        ;! sp=0x3bf0 [0x3bf0]=0x3005 [0x3bf2]=0x2344 sr=0
        reti
        ;= pc=0x32344 c=1 z=0 n=1 v=0 sp=0x3bf4 cycles=5 cell=RETI

; CPUOFF in the stacked SR: RETI returns into LPM0 (SR restored as stacked)
t_reti_back_to_lpm0:
        ;! sp=0x3bf0 [0x3bf0]=0x0018 [0x3bf2]=tgt_reti sr=0
        reti
        ;= pc=tgt_reti sr=0x0018 sp=0x3bf4 cycles=5 cell=RETI

; ---- interrupt acceptance (WDT vector 0xfff2, slot 57) --------------------------------

; PC (the case label: the interrupt is taken before its first instruction) and
; SR are pushed, SR is cleared except SCG0 (0x40), PC = vector contents
t_irq_accept:
        ;! irq=0xfff2 sr=0x0149
        nop
        ;= pc=irq_handler sp=0x3bfc [0x3bfe]=t_irq_accept [0x3bfc]=0x0149 sr=0x0040 cycles=6 cell=IRQ_ACCEPT

; GIE alone
t_irq_accept_gie_only:
        ;! irq=0xfff2 sr=8
        nop
        ;= pc=irq_handler sp=0x3bfc [0x3bfe]=t_irq_accept_gie_only [0x3bfc]=0x0008 sr=0 cycles=6 cell=IRQ_ACCEPT

; from LPM0 (CPUOFF | GIE): clearing SR wakes the CPU; the stacked SR keeps LPM0
t_irq_accept_wakes_lpm0:
        ;! irq=0xfff2 sr=0x0018
        nop
        ;= pc=irq_handler sp=0x3bfc [0x3bfe]=t_irq_accept_wakes_lpm0 [0x3bfc]=0x0018 sr=0 cycles=6 cell=IRQ_ACCEPT

; PC above 64 KB: PC.19:16 = 0x1 go to bits 15:12 of the stacked SR word
t_irq_accept_pc_bits_19_16:
        ;! pc=0x12344 irq=0xfff2 sr=0x010d
        nop
        ;= pc=irq_handler sp=0x3bfc [0x3bfe]=0x2344 [0x3bfc]=0x110d sr=0 cycles=6 cell=IRQ_ACCEPT

; accept and return: SR and PC are back where they were (6 + 5 cycles)
t_irq_accept_then_reti:
        ;! irq=0xfff2 sr=0x010b
        nop
        ;= steps=2 pc=t_irq_accept_then_reti sp=0x3c00 sr=0x010b cycles=11 cell=RETI

; with GIE clear the request waits: the instruction runs instead
t_irq_masked_without_gie:
        ;! irq=0xfff2 sr=0
        nop
nt_irq_masked:
        ;= pc=nt_irq_masked sp=0x3c00 sr=0 cycles=1 cell=F1_REG_RM

; ---- reset and an illegal opcode -------------------------------------------------------

; power-on reset: PC from the reset vector (crt0's _start), SR = 0, 4 cycles
t_reset:
        ;! reset=1 sr=0x0107
        nop
        ;= pc=_start sr=0 cycles=4 cell=RESET

; 0x12c0 would be CALL.B, which does not exist
t_illegal_call_b:
        .word 0x12c0
        ;= fault=1

; ---- interrupt handler --------------------------------------------------------------------
irq_handler:
        reti

        .section __interrupt_vector_57,"a",@progbits
        .word irq_handler
