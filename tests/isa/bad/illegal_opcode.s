; Executes a word no CPUXV2 row decodes (CALL.B encoding 0x12C0).
        .text
        .global _start
_start:
        mov     #0x3c00, sp
        .word   0x12c0
