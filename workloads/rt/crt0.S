/*
 * crt0 for Ferro's MSP430FR5994 firmware. Assembled by clang's integrated
 * assembler (classic ISA only) and by GNU as for msp430-elf-gcc; the large
 * model (__MSP430X_LARGE__, defined by gcc -mlarge) needs CALLA to reach a
 * main that returns with RETA, and clears .upper.bss with 20-bit addresses.
 *
 * The linker script (ld/fr5994.ld) places section .text.__ferro_crt0 first in
 * lower FRAM, so __ferro_unexpected_isr lands at 0x4000: unused vector slots
 * are filled with that constant.
 *
 * End of run: the exit code (main's return value, MSP430 EABI: R12) stays in
 * R12, interrupts are disabled and the CPU enters LPM4 (CPUOFF|OSCOFF|SCG0|
 * SCG1 with GIE clear). A board stops there for good; Ferro treats
 * "low-power mode with GIE clear" as the end of the run, exit code = R12.
 */

#define WDTCTL      0x015C      /* WDT_A control, SLAU367 WDT_A registers   */
#define WDTPW       0x5A00      /* password, high byte                      */
#define WDTHOLD     0x0080
#define SR_LPM4     0x00F0      /* CPUOFF | OSCOFF | SCG0 | SCG1            */

        .section .text.__ferro_crt0,"ax",@progbits
        .p2align 1

/* Any vector nobody claimed: exit code 255. */
        .global __ferro_unexpected_isr
        .type   __ferro_unexpected_isr,@function
__ferro_unexpected_isr:
        mov     #255, r12
        jmp     __ferro_halt

        .global _start
        .type   _start,@function
_start:
        mov     #__stack, sp
        mov     #WDTPW|WDTHOLD, &WDTCTL

        /* .data: copy the FRAM image (LMA) to SRAM (VMA), word by word;
           the linker script keeps both ends even. */
        mov     #__data_load_start, r13
        mov     #__data_start, r14
        mov     #__data_end, r15
1:      cmp     r15, r14
        jhs     2f
        mov     @r13+, r12      /* clang 14's assembler rejects @Rn+ -> x(Rm) */
        mov     r12, 0(r14)
        incd    r14
        jmp     1b

        /* .bss: zero. */
2:      mov     #__bss_start, r14
        mov     #__bss_end, r15
3:      cmp     r15, r14
        jhs     4f
        clr     0(r14)
        incd    r14
        jmp     3b

4:
#ifdef __MSP430X_LARGE__
        /* .upper.bss (upper FRAM): zero, with 20-bit pointers. */
        mova    #__upper_bss_start, r14
        mova    #__upper_bss_end, r15
6:      cmpa    r15, r14
        jhs     7f
        movx.w  #0, 0(r14)
        adda    #2, r14
        jmp     6b
7:      calla   #main
#else
        call    #main
#endif
        /* fall through with main's return value in r12 */

        .global __ferro_halt
        .type   __ferro_halt,@function
__ferro_halt:
        dint
        nop                     /* DINT takes effect one instruction later */
5:      bis     #SR_LPM4, sr
        jmp     5b              /* only reached if something woke the CPU  */

/* Reset vector (slot 63, 0xFFFE). */
        .section __interrupt_vector_63,"a",@progbits
        .word   _start
