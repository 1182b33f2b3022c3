; Platform resets caused by an instruction: a write that violates a register
; password resets the part (PUC) after that instruction completes.  The step's
; cycles are the instruction's (SLAU367P table 4-10: MOV to memory is one cycle
; less than the other Format I instructions: #N 4, constant generator 3) plus
; the reset to the first instruction of the reset vector (table 4-8: "WDT
; reset" 4 cycles; the cost model prices every PUC with that cell).  Password
; rules: WDTCTL needs 5Ah in the high byte of a word write, and any byte write
; is a violation (SLAU367P 24.2, SYSRSTIV 18h); PMMCTL0 needs A5h (chapter 2,
; SYSRSTIV 20h).  After the reset PC = the reset vector (_start), SR = 0.
        .section .text.platform_reset,"axR",@progbits

; WDTHOLD without the password: PUC; MOV #N,&EDE 4 + WDT reset 4
t_wdt_no_password:
        mov     #0x0080, &0x015c
        ;= pc=_start sr=0 cycles=8 cell=WDT_RESET

; the source through the constant generator: MOV R3,&EDE 3 + 4
t_wdt_zero:
        ;! sr=0x0107
        mov     #0, &0x015c
        ;= pc=_start sr=0 cycles=7 cell=WDT_RESET

; a byte write cannot carry the password: PUC even with 5Ah in the high byte
t_wdt_byte_write:
        mov.b   #0x5a, &0x015d
        ;= pc=_start sr=0 cycles=8 cell=WDT_RESET

; with the password the write just stops the watchdog
t_wdt_password_ok:
        mov     #0x5a80, &0x015c
nt_wdt_password_ok:
        ;= pc=nt_wdt_password_ok cycles=4 cell=F1_IMM_MEM_MBC

; PMMCTL0 without PMMPW: PUC (PMM password violation), same reset cell
t_pmm_no_password:
        mov     #0x0040, &0x0120
        ;= pc=_start sr=0 cycles=8 cell=WDT_RESET
