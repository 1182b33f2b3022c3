; Never halts: stopped only by --max-cycles.
        .text
        .global _start
_start:
1:      inc     r12
        jmp     1b
