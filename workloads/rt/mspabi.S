/*
 * MSP430 EABI integer helpers: multiply (software and MPY32), divide, shift.
 * Written for this project in MSP430 assembly (classic ISA, no MSP430X) so
 * that their cost is predictable and they can never recurse into themselves.
 *
 * Calling conventions are the ones clang 14 (--target=msp430) really uses;
 * they were read off `llvm-objdump -d -r` of small C files:
 *   - 16-bit:  args R12, R13           -> R12
 *   - 32-bit:  args R13:R12, R15:R14   -> R13:R12      (high word first)
 *   - 32-bit shifts: value R13:R12, count R14 (clang zero-extends a byte)
 *   - 64-bit multiply/divide (soft): first operand (dividend) R11..R8,
 *     second (divisor) R15..R12 -> R15..R12. The "builtin" convention.
 *   - 64-bit shifts: clang calls libgcc's __ashldi3/__ashrdi3/__lshrdi3 with
 *     the plain C convention: value R15..R12, count in the first stack word.
 *   - __mspabi_mpyll_f5hw (clang -mhwmult=f5series): plain C convention, one
 *     operand in R15..R12, the other on the stack (NOT the R8-R11 form).
 * The helpers keep R4-R10 intact (the callers' callee-saved set), even where
 * those registers carry arguments; R11-R15 may be clobbered.
 * Not emitted by clang 14 but provided (TI EABI names): mpysl/mpyul/mpysll/
 * mpyull (+_f5hw), 16-bit slli/srai/srli, 64-bit sllll/srall/srlll, and the
 * fixed-count entry points __mspabi_{slli,srai,srli,slll,sral,srll}_1..15.
 *
 *
 * msp430-elf-gcc uses the same conventions except for the 64-bit shifts
 * __mspabi_sllll/srall/srlll: value R11..R8, count R12 -> R15..R12 (its
 * "special convention" list, gcc/config/msp430/msp430.cc); assembled by gcc
 * (FERRO_GCC_ABI) those names get that entry, and __ashldi3 & co keep the C
 * convention. In gcc's large model (__MSP430X_LARGE__) the helpers are
 * entered with CALLA and return with RETA, the return address takes 4 bytes
 * of stack, and the callee-saved R4-R10 are kept with all 20 bits (PUSHM.A);
 * the arithmetic itself is the same classic code in every build.
 *
 * Division by zero never traps or hangs: the long division runs its fixed
 * number of steps and yields an all-ones unsigned quotient and remainder =
 * dividend; signed results follow from the magnitudes and signs.
 */

/* MPY32 registers, SLAU367 "32-Bit Hardware Multiplier (MPY32)" register
   table, base 0x04C0 (msp430fr5994.h v1.212: __MSP430_BASEADDRESS_MPY32__). */
#define MPY       0x04C0
#define MPYS      0x04C2
#define OP2       0x04C8
#define RESLO     0x04CA
#define RESHI     0x04CC
#define MPY32L    0x04D0
#define MPY32H    0x04D2
#define MPYS32L   0x04D4
#define MPYS32H   0x04D6
#define MAC32L    0x04D8
#define MAC32H    0x04DA
#define OP2L      0x04E0
#define OP2H      0x04E2
#define RES0      0x04E4
#define RES1      0x04E6
#define RES2      0x04E8
#define RES3      0x04EA

#if defined(__GNUC__) && !defined(__clang__)
#define FERRO_GCC_ABI 1
#endif

/* Call, return, tail call and callee-saved register spills of the model. */
#ifdef __MSP430X_LARGE__
#define STK0 4          /* first stack argument word: past a 20-bit return */
        .macro  fret
        reta
        .endm
        .macro  fcall f
        calla   #\f
        .endm
        .macro  fjump f
        bra     #\f
        .endm
        .macro  csave r
        pushm.a #1, \r
        .endm
        .macro  crestore r
        popm.a  #1, \r
        .endm
#else
#define STK0 2          /* first stack argument word: past a 16-bit return */
        .macro  fret
        ret
        .endm
        .macro  fcall f
        call    #\f
        .endm
        .macro  fjump f
        br      #\f
        .endm
        .macro  csave r
        push    \r
        .endm
        .macro  crestore r
        pop     \r
        .endm
#endif

/* One section per helper so --gc-sections drops the unused ones.
   (An assembler macro, not a cpp one: ';' starts a comment in MSP430 asm.) */
        .macro  func name
        .section .text.\name,"ax",@progbits
        .p2align 1
        .global \name
        .type   \name,@function
\name:
        .endm

/* Two's-complement negation of 32/64-bit register groups (low word first). */
        .macro  neg32 lo, hi
        inv     \lo
        inv     \hi
        inc     \lo
        adc     \hi
        .endm

        .macro  neg64 w0, w1, w2, w3
        inv     \w0
        inv     \w1
        inv     \w2
        inv     \w3
        inc     \w0
        adc     \w1
        adc     \w2
        adc     \w3
        .endm

/* ======================================================================
 * Software multiply: shift and add, LSB of the multiplier first; stops as
 * soon as the remaining multiplier is zero.
 * ==================================================================== */

        func    __mspabi_mpyi                   /* R12 = R12 * R13 (low 16 bits)   */
        mov     r12, r14
        clr     r12
1:      clrc
        rrc     r13
        jnc     2f
        add     r14, r12
2:      rla     r14
        tst     r13
        jnz     1b
        fret

        func    __mspabi_mpyl                   /* R13:R12 *= R15:R14 (low 32)     */
        csave   r10
        mov     r12, r10                /* multiplicand in R11:R10         */
        mov     r13, r11
        clr     r12
        clr     r13
1:      clrc
        rrc     r15
        rrc     r14
        jnc     2f
        add     r10, r12
        addc    r11, r13
2:      rla     r10
        rlc     r11
        tst     r14
        jnz     1b
        tst     r15
        jnz     1b
        crestore r10
        fret

/* R15..R12 = R11..R8 * R15..R12 (low 64 bits), builtin convention. */
        func    __mspabi_mpyll
        csave   r10
        csave   r9
        csave   r8
        csave   r7
        csave   r6
        csave   r5
        csave   r4
        clr     r4                      /* product in R7..R4               */
        clr     r5
        clr     r6
        clr     r7
1:      clrc
        rrc     r15
        rrc     r14
        rrc     r13
        rrc     r12
        jnc     2f
        add     r8, r4
        addc    r9, r5
        addc    r10, r6
        addc    r11, r7
2:      rla     r8
        rlc     r9
        rlc     r10
        rlc     r11
        tst     r12
        jnz     1b
        tst     r13
        jnz     1b
        tst     r14
        jnz     1b
        tst     r15
        jnz     1b
        mov     r4, r12
        mov     r5, r13
        mov     r6, r14
        mov     r7, r15
        crestore r4
        crestore r5
        crestore r6
        crestore r7
        crestore r8
        crestore r9
        crestore r10
        fret

/* Widening multiplies (C convention): extend, then use the plain ones. */
        func    __mspabi_mpyul                  /* R13:R12 = (u32)R12 * (u32)R13   */
        mov     r13, r14
        clr     r15
        clr     r13
        fjump   __mspabi_mpyl

        func    __mspabi_mpysl                  /* R13:R12 = (s32)R12 * (s32)R13   */
        mov     r13, r14
        mov     r13, r15                /* R15 = sign of R13: two sxt's    */
        swpb    r15                     /* spread the top bit over the     */
        sxt     r15                     /* whole word                      */
        swpb    r15
        sxt     r15
        mov     r12, r13
        swpb    r13
        sxt     r13
        swpb    r13
        sxt     r13
        fjump   __mspabi_mpyl

        func    __mspabi_mpyull                 /* R15..R12 = (u64)R13:R12 * (u64)R15:R14 */
        csave   r10
        csave   r9
        csave   r8
        mov     r12, r8
        mov     r13, r9
        clr     r10
        clr     r11
        mov     r14, r12
        mov     r15, r13
        clr     r14
        clr     r15
        fcall   __mspabi_mpyll
        crestore r8
        crestore r9
        crestore r10
        fret

        func    __mspabi_mpysll                 /* R15..R12 = (s64)R13:R12 * (s64)R15:R14 */
        csave   r10
        csave   r9
        csave   r8
        mov     r12, r8
        mov     r13, r9
        mov     r13, r10                /* sign-extend the first operand   */
        swpb    r10
        sxt     r10
        swpb    r10
        sxt     r10
        mov     r10, r11
        mov     r14, r12
        mov     r15, r13
        mov     r15, r14                /* and the second                  */
        swpb    r14
        sxt     r14
        swpb    r14
        sxt     r14
        mov     r14, r15
        fcall   __mspabi_mpyll
        crestore r8
        crestore r9
        crestore r10
        fret

/* ======================================================================
 * MPY32 multiply (suffix _f5hw, used by clang -mhwmult=f5series).
 * Interrupts are off during the sequence so an ISR cannot clobber the
 * multiplier's operands or results; SR (and so GIE) is restored after.
 * Results are read RES0 first: each read comes after the word is ready
 * (SLAU367 MPY32 "result availability" table: at most 7 cycles for 32x32,
 * and every absolute-mode instruction here takes 3 or more).
 * ==================================================================== */

        func    __mspabi_mpyi_f5hw
        push    sr
        dint
        nop
        mov     r12, &MPY
        mov     r13, &OP2
        mov     &RESLO, r12
        pop     sr
        fret

        func    __mspabi_mpyul_f5hw
        push    sr
        dint
        nop
        mov     r12, &MPY
        mov     r13, &OP2
        mov     &RESLO, r12
        mov     &RESHI, r13
        pop     sr
        fret

        func    __mspabi_mpysl_f5hw
        push    sr
        dint
        nop
        mov     r12, &MPYS
        mov     r13, &OP2
        mov     &RESLO, r12
        mov     &RESHI, r13
        pop     sr
        fret

        func    __mspabi_mpyl_f5hw
        push    sr
        dint
        nop
        mov     r12, &MPY32L
        mov     r13, &MPY32H
        mov     r14, &OP2L
        mov     r15, &OP2H
        mov     &RES0, r12
        mov     &RES1, r13
        pop     sr
        fret

        func    __mspabi_mpyull_f5hw
        push    sr
        dint
        nop
        mov     r12, &MPY32L
        mov     r13, &MPY32H
        mov     r14, &OP2L
        mov     r15, &OP2H
        mov     &RES0, r12
        mov     &RES1, r13
        mov     &RES2, r14
        mov     &RES3, r15
        pop     sr
        fret

        func    __mspabi_mpysll_f5hw
        push    sr
        dint
        nop
        mov     r12, &MPYS32L
        mov     r13, &MPYS32H
        mov     r14, &OP2L
        mov     r15, &OP2H
        mov     &RES0, r12
        mov     &RES1, r13
        mov     &RES2, r14
        mov     &RES3, r15
        pop     sr
        fret

/* a*b mod 2^64 with a = R15..R12 (aH:aL) and b on the stack (bH:bL):
   lo64(aL*bL) + ((lo32(aL*bH) + lo32(aH*bL)) << 32). The cross terms are
   summed by a MAC32 into RES1:RES0 first, then the full aL*bL product. */
        func    __mspabi_mpyll_f5hw
        push    sr
        dint
        nop
        /* after the push: bL = B0(sp):B1(sp), bH = B2(sp):B3(sp)          */
#ifdef __MSP430X_LARGE__        /* plain numbers: clang's assembler drops */
#define B0 6                    /* "(4 + 2)(sp)" operands without a word  */
#define B1 8
#define B2 10
#define B3 12
#else
#define B0 4
#define B1 6
#define B2 8
#define B3 10
#endif
        mov     r12, &MPY32L            /* aL * bH                         */
        mov     r13, &MPY32H
        mov     B2(sp), &OP2L
        mov     B3(sp), &OP2H
        mov     r14, &MAC32L            /* + aH * bL                       */
        mov     r15, &MAC32H
        mov     B0(sp), &OP2L
        mov     B1(sp), &OP2H
        mov     &RES0, r14              /* cross sum, low 32 bits          */
        mov     &RES1, r15
        mov     r12, &MPY32L            /* aL * bL, full 64 bits           */
        mov     r13, &MPY32H
        mov     B0(sp), &OP2L
        mov     B1(sp), &OP2H
        mov     &RES0, r12
        mov     &RES1, r13
        add     &RES2, r14
        addc    &RES3, r15
        pop     sr
        fret

/* ======================================================================
 * Division: restoring shift-subtract. The dividend shifts out of the top of
 * its registers while quotient bits shift in at the bottom, so the same
 * registers end up holding the quotient.
 * ==================================================================== */

/* in R12 = n, R13 = d; out R12 = quotient, R14 = remainder; clobbers R15.
   __mspabi_divu is the same code (its result is the quotient in R12). */
        func    __ferro_udiv16
        .global __mspabi_divu
        .type   __mspabi_divu,@function
__mspabi_divu:
        clr     r14
        mov     #16, r15
1:      rla     r12
        rlc     r14
        jc      2f                      /* 17-bit remainder: surely >= d   */
        cmp     r13, r14
        jlo     3f
2:      sub     r13, r14
        bis     #1, r12
3:      dec     r15
        jnz     1b
        fret

        func    __mspabi_remu
        fcall   __ferro_udiv16
        mov     r14, r12
        fret

        func    __mspabi_divi
        mov     r12, r15
        xor     r13, r15                /* quotient sign in bit 15         */
        push    r15
        tst     r12
        jge     1f
        inv     r12
        inc     r12
1:      tst     r13
        jge     2f
        inv     r13
        inc     r13
2:      fcall   __ferro_udiv16
        pop     r15
        tst     r15
        jge     3f
        inv     r12
        inc     r12
3:      fret

        func    __mspabi_remi                   /* remainder takes the dividend's sign */
        push    r12
        tst     r12
        jge     1f
        inv     r12
        inc     r12
1:      tst     r13
        jge     2f
        inv     r13
        inc     r13
2:      fcall   __ferro_udiv16
        mov     r14, r12
        pop     r15
        tst     r15
        jge     3f
        inv     r12
        inc     r12
3:      fret

/* in R13:R12 = n, R15:R14 = d; out R13:R12 = quotient, R15:R14 = remainder;
   clobbers R11. __mspabi_divul is the same code. */
        func    __ferro_udiv32
        .global __mspabi_divul
        .type   __mspabi_divul,@function
__mspabi_divul:
        csave   r10
        csave   r9
        clr     r10                     /* remainder in R11:R10            */
        clr     r11
        mov     #32, r9
1:      rla     r12
        rlc     r13
        rlc     r10
        rlc     r11
        jc      2f
        cmp     r15, r11
        jlo     3f
        jne     2f
        cmp     r14, r10
        jlo     3f
2:      sub     r14, r10
        subc    r15, r11
        bis     #1, r12
3:      dec     r9
        jnz     1b
        mov     r10, r14
        mov     r11, r15
        crestore r9
        crestore r10
        fret

        func    __mspabi_remul
        fcall   __ferro_udiv32
        mov     r14, r12
        mov     r15, r13
        fret

        func    __mspabi_divli
        mov     r13, r11
        xor     r15, r11
        push    r11                     /* quotient sign                   */
        tst     r13
        jge     1f
        neg32   r12, r13
1:      tst     r15
        jge     2f
        neg32   r14, r15
2:      fcall   __ferro_udiv32
        pop     r11
        tst     r11
        jge     3f
        neg32   r12, r13
3:      fret

        func    __mspabi_remli
        push    r13                     /* dividend sign                   */
        tst     r13
        jge     1f
        neg32   r12, r13
1:      tst     r15
        jge     2f
        neg32   r14, r15
2:      fcall   __ferro_udiv32
        mov     r14, r12
        mov     r15, r13
        pop     r11
        tst     r11
        jge     3f
        neg32   r12, r13
3:      fret

/* in R11..R8 = n, R15..R12 = d; out R11..R8 = quotient, R7..R4 = remainder.
   Clobbers R4-R11; the wrappers below save what the caller expects kept. */
        func    __ferro_udiv64
        clr     r4
        clr     r5
        clr     r6
        clr     r7
        push    #64                     /* step counter, no register left  */
1:      rla     r8
        rlc     r9
        rlc     r10
        rlc     r11
        rlc     r4
        rlc     r5
        rlc     r6
        rlc     r7
        jc      2f
        cmp     r15, r7
        jlo     3f
        jne     2f
        cmp     r14, r6
        jlo     3f
        jne     2f
        cmp     r13, r5
        jlo     3f
        jne     2f
        cmp     r12, r4
        jlo     3f
2:      sub     r12, r4
        subc    r13, r5
        subc    r14, r6
        subc    r15, r7
        bis     #1, r8
3:      dec     0(sp)
        jnz     1b
        incd    sp
        fret

        .macro  save_r4_r10
#ifdef __MSP430X_LARGE__
        pushm.a #7, r10
#else
        push    r10
        push    r9
        push    r8
        push    r7
        push    r6
        push    r5
        push    r4
#endif
        .endm

        .macro  restore_r4_r10
#ifdef __MSP430X_LARGE__
        popm.a  #7, r10
#else
        pop     r4
        pop     r5
        pop     r6
        pop     r7
        pop     r8
        pop     r9
        pop     r10
#endif
        .endm

        func    __mspabi_divull
        save_r4_r10
        fcall   __ferro_udiv64
        mov     r8, r12
        mov     r9, r13
        mov     r10, r14
        mov     r11, r15
        restore_r4_r10
        fret

        func    __mspabi_remull
        save_r4_r10
        fcall   __ferro_udiv64
        mov     r4, r12
        mov     r5, r13
        mov     r6, r14
        mov     r7, r15
        restore_r4_r10
        fret

        func    __mspabi_divlli
        save_r4_r10
        mov     r11, r4
        xor     r15, r4
        push    r4                      /* quotient sign                   */
        tst     r11
        jge     1f
        neg64   r8, r9, r10, r11
1:      tst     r15
        jge     2f
        neg64   r12, r13, r14, r15
2:      fcall   __ferro_udiv64
        mov     r8, r12
        mov     r9, r13
        mov     r10, r14
        mov     r11, r15
        pop     r4
        tst     r4
        jge     3f
        neg64   r12, r13, r14, r15
3:      restore_r4_r10
        fret

        func    __mspabi_remlli
        save_r4_r10
        push    r11                     /* dividend sign                   */
        tst     r11
        jge     1f
        neg64   r8, r9, r10, r11
1:      tst     r15
        jge     2f
        neg64   r12, r13, r14, r15
2:      fcall   __ferro_udiv64
        mov     r4, r12
        mov     r5, r13
        mov     r6, r14
        mov     r7, r15
        pop     r4
        tst     r4
        jge     3f
        neg64   r12, r13, r14, r15
3:      restore_r4_r10
        fret

/* ======================================================================
 * Shifts. Counts are not masked: a count of the type's width or more gives
 * 0 (or the sign) as a plain loop would; the 32/64-bit ones move whole
 * words while 16 or more bits remain.
 * ==================================================================== */

        func    __mspabi_slli                   /* R12 <<= R13                     */
        tst     r13
        jz      2f
1:      rla     r12
        dec     r13
        jnz     1b
2:      fret

        func    __mspabi_srai                   /* R12 >>= R13, arithmetic         */
        tst     r13
        jz      2f
1:      rra     r12
        dec     r13
        jnz     1b
2:      fret

        func    __mspabi_srli                   /* R12 >>= R13, logical            */
        tst     r13
        jz      2f
1:      clrc
        rrc     r12
        dec     r13
        jnz     1b
2:      fret

        func    __mspabi_slll                   /* R13:R12 <<= R14                 */
1:      cmp     #16, r14
        jlo     2f
        mov     r12, r13
        clr     r12
        sub     #16, r14
        jmp     1b
2:      tst     r14
        jz      4f
3:      rla     r12
        rlc     r13
        dec     r14
        jnz     3b
4:      fret

        func    __mspabi_sral                   /* R13:R12 >>= R14, arithmetic     */
1:      cmp     #16, r14
        jlo     2f
        mov     r13, r12
        swpb    r13                     /* R13 = copies of its sign bit    */
        sxt     r13
        swpb    r13
        sxt     r13
        sub     #16, r14
        jmp     1b
2:      tst     r14
        jz      4f
3:      rra     r13
        rrc     r12
        dec     r14
        jnz     3b
4:      fret

        func    __mspabi_srll                   /* R13:R12 >>= R14, logical        */
1:      cmp     #16, r14
        jlo     2f
        mov     r13, r12
        clr     r13
        sub     #16, r14
        jmp     1b
2:      tst     r14
        jz      4f
3:      clrc
        rrc     r13
        rrc     r12
        dec     r14
        jnz     3b
4:      fret

/* 64-bit: value R15..R12, count = first stack argument word (C convention);
   gcc's __mspabi_ entries move value R11..R8 and count R12 there first,
   leaving R8-R10 as they were. */
        .macro  gcc_shift64_args
        mov     r11, r15
        mov     r10, r14
        mov     r9, r13
        mov     r12, r11
        mov     r8, r12
        .endm

        .section .text.__ashldi3,"ax",@progbits
        .p2align 1
        .global __ashldi3, __mspabi_sllll
        .type __ashldi3,@function
        .type __mspabi_sllll,@function
#ifndef FERRO_GCC_ABI
__mspabi_sllll:
#endif
__ashldi3:
        mov     STK0(sp), r11
#ifdef FERRO_GCC_ABI
        jmp     1f
__mspabi_sllll:
        gcc_shift64_args
#endif
1:      cmp     #16, r11
        jlo     2f
        mov     r14, r15
        mov     r13, r14
        mov     r12, r13
        clr     r12
        sub     #16, r11
        jmp     1b
2:      tst     r11
        jz      4f
3:      rla     r12
        rlc     r13
        rlc     r14
        rlc     r15
        dec     r11
        jnz     3b
4:      fret

        .section .text.__ashrdi3,"ax",@progbits
        .p2align 1
        .global __ashrdi3, __mspabi_srall
        .type __ashrdi3,@function
        .type __mspabi_srall,@function
#ifndef FERRO_GCC_ABI
__mspabi_srall:
#endif
__ashrdi3:
        mov     STK0(sp), r11
#ifdef FERRO_GCC_ABI
        jmp     1f
__mspabi_srall:
        gcc_shift64_args
#endif
1:      cmp     #16, r11
        jlo     2f
        mov     r13, r12
        mov     r14, r13
        mov     r15, r14
        swpb    r15
        sxt     r15
        swpb    r15
        sxt     r15
        sub     #16, r11
        jmp     1b
2:      tst     r11
        jz      4f
3:      rra     r15
        rrc     r14
        rrc     r13
        rrc     r12
        dec     r11
        jnz     3b
4:      fret

        .section .text.__lshrdi3,"ax",@progbits
        .p2align 1
        .global __lshrdi3, __mspabi_srlll
        .type __lshrdi3,@function
        .type __mspabi_srlll,@function
#ifndef FERRO_GCC_ABI
__mspabi_srlll:
#endif
__lshrdi3:
        mov     STK0(sp), r11
#ifdef FERRO_GCC_ABI
        jmp     1f
__mspabi_srlll:
        gcc_shift64_args
#endif
1:      cmp     #16, r11
        jlo     2f
        mov     r13, r12
        mov     r14, r13
        mov     r15, r14
        clr     r15
        sub     #16, r11
        jmp     1b
2:      tst     r11
        jz      4f
3:      clrc
        rrc     r15
        rrc     r14
        rrc     r13
        rrc     r12
        dec     r11
        jnz     3b
4:      fret

/* Fixed-count entry points (used by msp430-gcc at -Os, not by clang 14):
   entering at _N runs N single-bit steps, then returns. */
        .macro  shift_chain name, step:vararg
        .section .text.__mspabi_\name\()_n,"ax",@progbits
        .p2align 1
        .irp    n, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1
        .global __mspabi_\name\()_\n
        .type   __mspabi_\name\()_\n,@function
__mspabi_\name\()_\n:
        \step
        .endr
        fret
        .endm

        .macro  step_slli
        rla     r12
        .endm
        .macro  step_srai
        rra     r12
        .endm
        .macro  step_srli
        clrc
        rrc     r12
        .endm
        .macro  step_slll
        rla     r12
        rlc     r13
        .endm
        .macro  step_sral
        rra     r13
        rrc     r12
        .endm
        .macro  step_srll
        clrc
        rrc     r13
        rrc     r12
        .endm

        shift_chain slli, step_slli
        shift_chain srai, step_srai
        shift_chain srli, step_srli
        shift_chain slll, step_slll
        shift_chain sral, step_sral
        shift_chain srll, step_srll
