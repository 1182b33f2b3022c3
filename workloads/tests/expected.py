#!/usr/bin/env python3
"""Host-side reference values for the firmware tests (independent of the
firmware code: Python integers and binascii). Run it to print every constant
that tests/*.c and demo/demo.c compare against."""
import binascii
import math

M16, M32, M64 = (1 << 16) - 1, (1 << 32) - 1, (1 << 64) - 1


def crc16_ccitt(data, init=0xFFFF):
    return binascii.crc_hqx(data, init)


# ---- crc16.c ---------------------------------------------------------------
CRC_MSG = b"Ferro MSP430FR5994 simulator: CRC-16-CCITT test vector #0123456!"
assert len(CRC_MSG) == 64, len(CRC_MSG)


# ---- sort.c ----------------------------------------------------------------
def xorshift16(x):
    x ^= (x << 7) & M16
    x ^= x >> 9
    x ^= (x << 8) & M16
    return x


def sort_input(n=100, seed=0xACE1):
    out, x = [], seed
    for _ in range(n):
        x = xorshift16(x)
        out.append(x - 0x10000 if x & 0x8000 else x)
    return out


# ---- dotprod.c -------------------------------------------------------------
def q15(v):
    return max(-32768, min(32767, int(round(v * 32768))))


DOT_A = [q15(0.25 * math.sin(2 * math.pi * i / 32)) for i in range(32)]
DOT_B = [q15(0.4 * math.sin(2 * math.pi * i / 32 + 0.3) - 0.03 * (i % 5)) for i in range(32)]


def dot_q15(a, b):
    """Q30 sum of products (must fit int32 at every step: the firmware
    accumulates in int32) and its mean over the 32 terms, rounded to Q15."""
    acc = 0
    for x, y in zip(a, b):
        acc += x * y
        assert -(1 << 31) <= acc < (1 << 31)
    return acc, (acc + (1 << 19)) >> 20


def weighted16(a):
    """sum(i * a[i]) with 16-bit wrap-around (a 16x16->16 multiply)."""
    return sum(i * (x & M16) for i, x in enumerate(a)) & M16


# ---- demo.c ----------------------------------------------------------------
DEMO_MSG = b"Hello from Ferro, an MSP430FR5994 simulator."
DEMO_M = [[q15(v) for v in row] for row in (
    (0.50, -0.25, 0.125, 0.0),
    (0.25, 0.50, -0.125, 0.0625),
    (-0.75, 0.10, 0.20, 0.30),
    (0.0, 0.0, 0.0, 0.99),
)]
DEMO_X = [q15(v) for v in (0.8, -0.6, 0.4, -0.2)]


def matvec_q15(m, x):
    out = []
    for row in m:
        acc = sum(a * b for a, b in zip(row, x))
        out.append(max(-32768, min(32767, (acc + (1 << 14)) >> 15)))
    return out


def c_div(a, b):
    """C division: truncate toward zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def c_rem(a, b):
    return a - b * c_div(a, b)


def main():
    print("crc16: msg len", len(CRC_MSG), "crc 0x%04X" % crc16_ccitt(CRC_MSG),
          "check('123456789') 0x%04X" % crc16_ccitt(b"123456789"))
    s = sort_input()
    srt = sorted(s)
    print("sort: first inputs", s[:4], "min", srt[0], "max", srt[-1], "median(a[50])", srt[50],
          "sum16 0x%04X" % (sum(s) & M16), "xor16 0x%04X" % (eval("^".join(str(v & M16) for v in s))))
    acc, q = dot_q15(DOT_A, DOT_B)
    print("dotprod: A =", DOT_A)
    print("dotprod: B =", DOT_B)
    print("dotprod: acc(Q30) =", acc, "q15 =", q, "weighted16(A) = 0x%04X" % weighted16(DOT_A))
    print("demo: crc 0x%04X" % crc16_ccitt(DEMO_MSG), "len", len(DEMO_MSG))
    print("demo: M =", DEMO_M, "x =", DEMO_X, "y =", matvec_q15(DEMO_M, DEMO_X))


if __name__ == "__main__":
    main()
