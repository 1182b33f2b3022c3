/* MPY32, the 32-bit hardware multiplier (SLAU367P chapter 5, "32-Bit Hardware
 * Multiplier (MPY32)").  Firmware writes operand 1 to one of twelve addresses
 * (the address picks the mode: MPY unsigned, MPYS signed, MAC unsigned
 * accumulate, MACS signed accumulate; and the operand width), then operand 2;
 * writing OP2 or OP2H starts the multiplication and the 64-bit result appears
 * in RES0..RES3 (RESLO/RESHI alias RES0/RES1), with SUMEXT and the MPYC bit
 * describing its sign or carry.
 *
 * Register offsets from base 0x04C0 (msp430fr5994.h, TI header files v1.212,
 * __MSP430_BASEADDRESS_MPY32__ 0x04C0; the same layout as the MPY32 register
 * table in SLAU367P 5.3).
 *
 * Timing.  Results are computed at once, on the write that starts the
 * operation, so the CPU's next instruction reads them.  On silicon they take
 * a few MCLK cycles (SLAU367P 5.2 and its "Result Availability" tables): an
 * 8/16 x 8/16 product is ready within 3 cycles of the OP2 write, which the
 * next instruction can read unless it uses indirect addressing (then a NOP is
 * needed); with 24/32-bit operands RES3 and MPYC come last, up to 11 cycles
 * after OP2L or 6 after OP2H in fractional mode (table 5-5).  Firmware waits
 * for them: TI's examples put NOPs between OP2H and the reads ("5 NOPs
 * required" in the guide's 32x24 example) and the *_f5hw helpers rely on
 * their absolute-mode reads taking 3+ cycles each.  Ferro does not model the
 * window in which a too-early read returns a stale word, nor the delayed
 * write (MPYDLYWRTEN/MPYDLY32 are stored and read back, but since every
 * result is ready at once no write is ever held back), nor the DMA trigger.
 * Only the OP2H write starts a 32-bit-OP2 operation here; OP2L just latches
 * the low word (on silicon it starts the partial products).
 *
 * Choices where the guide is silent or ambiguous (each also noted below):
 *  - a 16x16 operation leaves RES3:RES2 as the extension SUMEXT describes
 *    (zero after MPY, sign after MPYS/MACS, the carry in RES2 after MAC);
 *  - saturation (MPYSAT) applies in the signed modes only ("the multiplier
 *    prevents overflow and underflow of signed operations", 5.2.4.2);
 *  - in fractional mode SUMEXT is the sign extension of bits 33:32 (65:64)
 *    of the shifted result, for the unsigned modes too;
 *  - a byte write to OP2L stores the byte zero-extended (its high word follows);
 *  - byte writes to the odd (high-byte) address of an operand register and
 *    writes to SUMEXT (read-only) are ignored with a diagnostic;
 *  - reset clears every register (the guide gives MPY32CTL0 = 0000h only).
 * The operation counters in struct mpy32 are simulation statistics and survive
 * a reset. */
#include "periph.h"

/* Register offsets (msp430fr5994.h). */
enum {
    MPY = 0x00, MPYS = 0x02, MAC = 0x04, MACS = 0x06, OP2 = 0x08,
    RESLO = 0x0A, RESHI = 0x0C, SUMEXT = 0x0E,
    MPY32L = 0x10, MPY32H = 0x12, MPYS32L = 0x14, MPYS32H = 0x16,
    MAC32L = 0x18, MAC32H = 0x1A, MACS32L = 0x1C, MACS32H = 0x1E,
    OP2L = 0x20, OP2H = 0x22, RES0 = 0x24, RES1 = 0x26, RES2 = 0x28, RES3 = 0x2A,
    MPY32CTL0 = 0x2C,
};

/* MPY32CTL0 bits (SLAU367P MPY32CTL0 register description; the header calls
 * the width bits OP1_32/OP2_32).  Bit 1 and bits 15:10 are reserved. */
enum {
    MPYC = 0x0001, MPYFRAC = 0x0004, MPYSAT = 0x0008, MPYM = 0x0030, MPYM_SHIFT = 4,
    MPYOP1_32 = 0x0040, MPYOP2_32 = 0x0080, MPYDLYWRTEN = 0x0100, MPYDLY32 = 0x0200,
    CTL_BITS = 0x03FD,
};

/* MPYM values: bit 0 = signed, bit 1 = accumulate. */
enum { MODE_MPY, MODE_MPYS, MODE_MAC, MODE_MACS };

static unsigned mode_of(const struct mpy32 *d) { return (d->ctl & MPYM) >> MPYM_SHIFT; }
static int is_signed(const struct mpy32 *d) { return mode_of(d) & 1; }

/* "If all operands are 16 bits wide or less, the 32-bit result is used to
 * determine sign and carry.  If one of the operands is larger than 16 bits,
 * the 64-bit result is used." (SLAU367P 5.2.2) */
static int wide_result(const struct mpy32 *d) { return (d->ctl & (MPYOP1_32 | MPYOP2_32)) != 0; }

/* Two's-complement sign extension without implementation-defined casts. */
static uint64_t sext16(uint64_t v) { return ((v & 0xFFFFu) ^ 0x8000u) - 0x8000u; }
static uint64_t sext32(uint64_t v) { return ((v & 0xFFFFFFFFu) ^ 0x80000000u) - 0x80000000u; }

/* An operand as the multiplier uses it, extended to 64 bits. */
static uint64_t operand(uint16_t lo, uint16_t hi, int is32, int sgn)
{
    uint64_t v = is32 ? (uint64_t)hi << 16 | lo : lo;
    if (!sgn)
        return v;
    return is32 ? sext32(v) : sext16(v);
}

/* Byte writes: "Accessing the multiplier with a byte instruction during a
 * signed operation automatically causes a sign extension of the byte within
 * the multiplier module" (SLAU367P 5.2.3); unsigned ones zero-extend.  This
 * gives the 8-bit operands (byte to a low-word address) and the 24-bit ones
 * (byte to a high-word address: MPY32H_B..MACS32H_B, OP2H_B). */
static uint16_t byte_operand(uint16_t v, int sgn)
{
    return sgn ? (uint16_t)(((v & 0xFFu) ^ 0x80u) - 0x80u) : (uint16_t)(v & 0xFFu);
}

/* Saturation test on the stored result (SLAU367P 5.2.4.2 and its examples):
 * MPYC acts as bit 32 (or 64) of the result; when it differs from the MSB the
 * value overflowed (MPYC = 0) or underflowed (MPYC = 1).  In fractional mode
 * the read is shifted left once, so the bit below the MSB must agree too
 * (-1.0 x -1.0 = +1.0 saturates). */
static int out_of_range(const struct mpy32 *d, unsigned msb, int frac)
{
    unsigned c = d->ctl & MPYC;
    if (((d->res >> msb) & 1) != c)
        return 1;
    return frac && ((d->res >> (msb - 1)) & 1) != c;
}

static uint64_t saturated(const struct mpy32 *d, int wide)
{
    int neg = d->ctl & MPYC;
    if (wide)
        return neg ? 0x8000000000000000u : 0x7FFFFFFFFFFFFFFFu;
    return neg ? 0x80000000u : 0x7FFFFFFFu;
}

/* RES0..RES3 as software reads them.  "The actual content of the result
 * registers is not modified" by MPYFRAC or MPYSAT: fractional mode shifts the
 * value left by one on read; saturation replaces an out-of-range value by the
 * most positive or most negative one, for 16x16 operations in RES0/RES1 only
 * ("With 16x16 operations, the saturation mode only applies to the least
 * significant 32 bits").  Saturation is applied in the signed modes only. */
static uint16_t result_word(const struct mpy32 *d, unsigned idx)
{
    int frac = (d->ctl & MPYFRAC) != 0, wide = wide_result(d);
    uint64_t v = frac ? d->res << 1 : d->res;
    if ((d->ctl & MPYSAT) && is_signed(d)) {
        if (wide && out_of_range(d, 63, frac))
            v = saturated(d, 1);
        else if (!wide && idx < 2 && out_of_range(d, 31, frac))
            v = saturated(d, 0);
    }
    return (uint16_t)(v >> (16 * idx));
}

/* "In fractional mode the SUMEXT register contains the sign extended bits 32
 * and 33 of the shifted result for 16x16-bit operations and bits 64 and 65 for
 * 32x32-bit operations."  Bit 33 (65) of the shifted result is the extension
 * SUMEXT holds in normal mode, bit 32 (64) is the stored MSB. */
static uint16_t sumext_read(const struct mpy32 *d)
{
    if (!(d->ctl & MPYFRAC))
        return d->sumext;
    unsigned top = (unsigned)(d->res >> (wide_result(d) ? 63 : 31)) & 1;
    return (d->sumext & 1) ? (uint16_t)(0xFFFEu | top) : (uint16_t)top;
}

/* The accumulator a MAC/MACS adds to: the stored result, saturated first when
 * MPYSAT is set ("The adjusted result is also used for successive multiply-
 * and-accumulate operations"), as if MPYFRAC = 0 and at the width of the new
 * operation (the guide's "Mixing 32x24 multiplication with 16x16 MACS"
 * example). */
static uint64_t accumulator(const struct mpy32 *d, int wide)
{
    if ((d->ctl & MPYSAT) && is_signed(d) && out_of_range(d, wide ? 63 : 31, 0))
        return saturated(d, wide);
    return wide ? d->res : d->res & 0xFFFFFFFFu;
}

static void set_carry(struct mpy32 *d, unsigned c)
{
    d->ctl = (uint16_t)((d->ctl & ~MPYC) | (c & 1));
}

/* Start (and, here, finish) the operation selected by MPY32CTL0 on the latched
 * operands.  SUMEXT and MPYC per the SLAU367P 5.2.2 table "SUMEXT and MPYC
 * Contents":
 *   MPY   SUMEXT 0000h                 MPYC 0
 *   MPYS  SUMEXT sign (0000h/FFFFh)    MPYC sign
 *   MAC   SUMEXT carry (0000h/0001h)   MPYC carry
 *   MACS  SUMEXT sign (0000h/FFFFh)    MPYC carry
 * MPYC is "the 33rd or 65th bit of the result": for MACS that is bit 32 (64)
 * of the sum of the sign-extended accumulator and product, i.e. the true sign,
 * which is what the overflow test of 5.2.2.1 (MPYC differs from SUMEXT) and
 * the saturation logic need.  The accumulator itself is not extended by MPYC
 * ("not taken into account for successive MAC and MACS operations"). */
static void start(struct mpy32 *d)
{
    unsigned mode = mode_of(d);
    int sgn = mode & 1, acc = (mode & 2) != 0, wide = wide_result(d);
    uint64_t a = operand(d->op1_lo, d->op1_hi, (d->ctl & MPYOP1_32) != 0, sgn);
    uint64_t b = operand(d->op2_lo, d->op2_hi, (d->ctl & MPYOP2_32) != 0, sgn);
    /* The exact product fits in 64 bits (unsigned 32x32 < 2^64, signed 32x32
     * within +-2^62), so the wrapping product is exact; in 16x16 it fits in 32. */
    uint64_t p = a * b;
    uint64_t acc_in = acc ? accumulator(d, wide) : 0;

    if (wide) {
        d->mul32++;
        uint64_t sum = acc_in + p;
        unsigned carry = sum < acc_in;
        unsigned sign = (unsigned)(sum >> 63);
        d->res = sum;
        switch (mode) {
        case MODE_MPY: d->sumext = 0; set_carry(d, 0); break;
        case MODE_MPYS: d->sumext = sign ? 0xFFFF : 0; set_carry(d, sign); break;
        case MODE_MAC: d->sumext = (uint16_t)carry; set_carry(d, carry); break;
        default: /* MACS: bit 64 of the 65-bit signed sum */
            d->sumext = sign ? 0xFFFF : 0;
            set_carry(d, (unsigned)(acc_in >> 63) ^ (unsigned)(p >> 63) ^ carry);
            break;
        }
    } else {
        d->mul16++;
        /* 32-bit arithmetic held in 64 bits: bit 32 is the carry or the sign. */
        uint64_t sum = sgn ? sext32(acc_in) + sext32(p) : acc_in + (p & 0xFFFFFFFFu);
        uint32_t lo = (uint32_t)sum;
        unsigned bit32 = (unsigned)(sum >> 32) & 1, sign = lo >> 31;
        /* RES3:RES2 of a 16x16 operation: not stated by the guide; Ferro stores
         * the extension SUMEXT reports (see the file comment). */
        switch (mode) {
        case MODE_MPY: d->res = lo; d->sumext = 0; set_carry(d, 0); break;
        case MODE_MPYS:
            d->res = sext32(lo);
            d->sumext = sign ? 0xFFFF : 0;
            set_carry(d, sign);
            break;
        case MODE_MAC:
            d->res = (uint64_t)bit32 << 32 | lo;
            d->sumext = (uint16_t)bit32;
            set_carry(d, bit32);
            break;
        default: /* MACS */
            d->res = sext32(lo);
            d->sumext = sign ? 0xFFFF : 0;
            set_carry(d, bit32);
            break;
        }
    }
    if (acc)
        d->mac++;
}

static const char *reg_name(unsigned off)
{
    static const char *const names[] = {
        "MPY", "MPYS", "MAC", "MACS", "OP2", "RESLO", "RESHI", "SUMEXT",
        "MPY32L", "MPY32H", "MPYS32L", "MPYS32H", "MAC32L", "MAC32H", "MACS32L", "MACS32H",
        "OP2L", "OP2H", "RES0", "RES1", "RES2", "RES3", "MPY32CTL0", "reserved",
    };
    return names[(off / 2) % 24];
}

static void mpy32_reset(struct ferro_machine *m, void *dev)
{
    (void)m;
    struct mpy32 *d = dev;
    d->op1_lo = d->op1_hi = d->op2_lo = d->op2_hi = 0;
    d->ctl = 0;
    d->sumext = 0;
    d->res = 0;
}

static uint16_t read_word(const struct mpy32 *d, unsigned reg)
{
    switch (reg) {
    case MPY: case MPYS: case MAC: case MACS:
    case MPY32L: case MPYS32L: case MAC32L: case MACS32L:
        return d->op1_lo;
    case MPY32H: case MPYS32H: case MAC32H: case MACS32H:
        return d->op1_hi;
    case OP2: case OP2L: return d->op2_lo;
    case OP2H: return d->op2_hi;
    case RESLO: case RES0: return result_word(d, 0);
    case RESHI: case RES1: return result_word(d, 1);
    case RES2: return result_word(d, 2);
    case RES3: return result_word(d, 3);
    case SUMEXT: return sumext_read(d);
    case MPY32CTL0: return d->ctl;
    default: return 0;
    }
}

/* The block is 0x30 bytes at 0x04C0, a multiple of 64, so addr & 0x3F is the
 * offset. */
static uint16_t mpy32_read(struct ferro_machine *m, void *dev, uint32_t addr, int byte)
{
    (void)m;
    unsigned off = addr & 0x3F;
    uint16_t w = read_word(dev, off & ~1u);
    return ferro_reg_view(w, off, byte);
}

static void store_result_word(struct mpy32 *d, unsigned idx, uint16_t v)
{
    unsigned sh = 16 * idx;
    d->res = (d->res & ~((uint64_t)0xFFFF << sh)) | (uint64_t)v << sh;
}

/* Which of RES0..RES3 a result register address names (RESLO/RESHI alias
 * RES0/RES1), or -1. */
static int res_index(unsigned reg)
{
    switch (reg) {
    case RESLO: case RES0: return 0;
    case RESHI: case RES1: return 1;
    case RES2: return 2;
    case RES3: return 3;
    default: return -1;
    }
}

static void mpy32_write(struct ferro_machine *m, void *dev, uint32_t addr, uint16_t v, int byte)
{
    struct mpy32 *d = dev;
    unsigned off = addr & 0x3F, reg = off & ~1u;
    int res = res_index(reg);

    /* Result and control registers take byte writes to either half (merged
     * with the stored word); operand registers give a byte write a meaning
     * only at their even address. */
    if (byte && (res >= 0 || reg == MPY32CTL0)) {
        uint16_t old = res >= 0 ? (uint16_t)(d->res >> (16 * res)) : d->ctl;
        v = ferro_reg_merge(old, v, off, 1);
        byte = 0;
    } else if (byte && (off & 1)) {
        ferro_diag(m, "MPY32: byte write to the high byte of %s (0x%03x) has no defined effect; "
                   "ignored (pc 0x%05x)", reg_name(reg), addr, m->cur->pc);
        return;
    }

    switch (reg) {
    case MPY: case MPYS: case MAC: case MACS:
    case MPY32L: case MPYS32L: case MAC32L: case MACS32L:
    case MPY32H: case MPYS32H: case MAC32H: case MACS32H: {
        /* Operand 1: the address selects the mode; the last word written
         * before OP2 sets the width: a high word (...32H) makes it 32 bits,
         * a low word 16 ("If MPY32H is written first followed by MPY32L, the
         * multiplication ignores MPY32H", SLAU367P 5.2.1). */
        unsigned mode = reg < OP2 ? reg / 2 : (reg - MPY32L) / 4;
        d->ctl = (uint16_t)((d->ctl & ~MPYM) | mode << MPYM_SHIFT);
        if (byte)
            v = byte_operand(v, mode & 1);
        if (reg >= MPY32L && (reg & 2)) {
            d->op1_hi = v;
            d->ctl |= MPYOP1_32;
        } else {
            d->op1_lo = v;
            d->ctl &= (uint16_t)~MPYOP1_32;
        }
        break;
    }
    case OP2: /* 8/16-bit operand 2: starts the operation */
        d->op2_lo = byte ? byte_operand(v, is_signed(d)) : v;
        d->ctl &= (uint16_t)~MPYOP2_32;
        start(d);
        break;
    case OP2L: /* low word of a 32-bit operand 2; the byte form is taken as
                  zero-extended since the high word supplies the sign */
        d->op2_lo = byte ? (uint16_t)(v & 0xFF) : v;
        d->ctl |= MPYOP2_32;
        break;
    case OP2H: /* high word (byte: 24-bit operand); starts the operation */
        d->op2_hi = byte ? byte_operand(v, is_signed(d)) : v;
        d->ctl |= MPYOP2_32;
        start(d);
        break;
    case RESLO: case RES0: case RESHI: case RES1: case RES2: case RES3:
        /* Stored as written: MPYFRAC and MPYSAT act on reads only. */
        store_result_word(d, (unsigned)res, v);
        break;
    case MPY32CTL0:
        /* All bits but the reserved ones are writable, MPYC included: the
         * guide has software preload it with the sign of a preloaded result
         * (5.2.4.2), and an interrupt routine restore mode and widths from a
         * saved copy (SLAU367P 5.2, "Using Interrupts"). */
        d->ctl = v & CTL_BITS;
        break;
    default: /* SUMEXT (read-only) and the reserved word at 0x2E */
        ferro_diag(m, "MPY32: write to read-only %s (0x%03x) ignored (pc 0x%05x)", reg_name(reg),
                   addr, m->cur->pc);
        break;
    }
}

const struct ferro_device_ops mpy32_ops = {
    .name = "MPY32",
    .reset = mpy32_reset,
    .read = mpy32_read,
    .write = mpy32_write,
};

int mpy32_stats(const struct ferro_machine *m, struct mpy32_stats *out)
{
    for (int i = 0; i < m->ndevices; i++)
        if (m->devices[i].ops == &mpy32_ops) {
            const struct mpy32 *d = m->devices[i].state;
            out->mul16 = d->mul16;
            out->mul32 = d->mul32;
            out->mac = d->mac;
            return 0;
        }
    return -1;
}
