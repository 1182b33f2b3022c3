/* Reset vector and unexpected-interrupt trap for the stand-alone test images
   in tests/isa/bad/, whose _start is the program. */
        .section .text.__ferro_crt0,"ax",@progbits
        .global __ferro_unexpected_isr
__ferro_unexpected_isr:
        mov     #255, r12
1:      bis     #0xF0, sr
        jmp     1b

        .section __interrupt_vector_63,"a",@progbits
        .word   _start
