/*
 * ferro_util.h - small helpers for the test and demo firmware.
 */
#ifndef FERRO_UTIL_H
#define FERRO_UTIL_H

/* Hide a value (integer of at most 16 bits, or a pointer) from the optimizer:
   after FERRO_OPAQUE(v) the compiler no longer knows what v holds, so a
   computation on constant data is done at run time instead of being folded
   into its result at compile time (clang -O2 folds a whole dot product over
   const arrays otherwise). Costs no instruction. */
#define FERRO_OPAQUE(v) __asm__("" : "+r"(v))

/* The 20-bit address of `sym`, e.g. an array placed in upper FRAM with
   __attribute__((section(".upper.rodata"))), which no 16-bit pointer can
   hold: FERRO_ADDR20(name, sym) defines the constant `const uint32_t name`
   in .rodata holding sym's address (a 32-bit data relocation resolved by the
   linker). Use at file scope; sym must have external linkage. */
#define FERRO_ADDR20(name, sym)                                              \
    __asm__(".pushsection .rodata." #name ",\"a\",@progbits\n\t"            \
            ".balign 2\n\t.globl " #name "\n" #name ":\n\t"                  \
            ".long " #sym "\n\t.popsection");                              \
    extern const uint32_t name

#endif /* FERRO_UTIL_H */
