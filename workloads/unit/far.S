/*
 * far.S - read upper FRAM (0x10000-0x43FFF) from clang's 16-bit MSP430 code.
 *
 * clang 14 emits only the classic ISA with 16-bit pointers, and its
 * assembler rejects MSP430X mnemonics, so the two MSP430X instructions are
 * written as .word encodings (SLAU367P 4.5 and 4.6):
 *   MOVA  @SP, R13      0x010D          20-bit load of the address pushed below
 *   MOVX.B @R13+, R12   0x1840 0x4D7C   extension word (A/L = 1: byte), then
 *                                       MOV.B @R13+, R12; the autoincrement
 *                                       of an extended instruction is 20-bit
 */
    .text
    .global unit_far_copy
    .type unit_far_copy, @function
/* void unit_far_copy(uint32_t src, uint8_t *dst, uint16_t n)
 * src in R13:R12 (EABI), dst in R14, n in R15; uses only R12-R15. */
unit_far_copy:
    push    r13                 ; src high word
    push    r12                 ; src low word: @SP = 20-bit src, little-endian
    .word   0x010D              ; MOVA @SP, R13
    add     #4, r1
    tst     r15
    jz      2f
1:  .word   0x1840, 0x4D7C      ; MOVX.B @R13+, R12
    mov.b   r12, 0(r14)
    inc     r14
    dec     r15
    jnz     1b
2:  ret
    .size unit_far_copy, .-unit_far_copy
