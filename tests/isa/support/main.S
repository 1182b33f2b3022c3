/* Start-up for the ISA test images: they are entered at their case labels by
   isa_runner, so all this provides is what the linker script requires (the
   trap at 0x4000 that unused vectors point to) and a reset vector. */
        .section .text.__ferro_crt0,"ax",@progbits
        .global __ferro_unexpected_isr
__ferro_unexpected_isr:
        mov     #255, r12
        .global _start
_start:
        dint
        nop
1:      bis     #0xF0, sr
        jmp     1b

        .section __interrupt_vector_63,"a",@progbits
        .word   _start
