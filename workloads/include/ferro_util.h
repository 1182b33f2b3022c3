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

#endif /* FERRO_UTIL_H */
