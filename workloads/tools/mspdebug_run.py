#!/usr/bin/env python3
"""Run a Ferro firmware ELF on Debian's mspdebug `sim` driver (a functional
simulator of the classic MSP430 ISA, no peripherals) and report how it ended:
R12 (the exit code), all registers, optionally the bytes written to the UART
transmit buffer and memory dumps. Meant as an independent oracle for
differential tests against Ferro.

How the run is made to stop: the sim never halts by itself when the CPU
enters a low-power mode (it idles, waiting for a simulated interrupt), so a
breakpoint is set on crt0's __ferro_halt, which every exit path (main's
return, __ferro_unexpected_isr) passes through with the exit code in R12.
At that point DINT and the final BIS #0xF0,SR have not run yet, so SR and PC
differ from a simulator that stops at the LPM4 entry; R4-R15 and memory
compare directly.

Memory the sim does not model: it erases to 0xFF, so UCA0STATW.UCBUSY would
read 1 and console_flush() would spin; the script writes 0 to UCA0STATW
(0x05CA) before running. UCA0IFG reads 0xFFFF, so UCTXIFG is always set.
There is no MPY32, no port and no timer logic: *_hw and isr programs fail.

The exit code alone needs no interaction:
    mspdebug -q -n sim "prog X.elf" "mw 0x05ca 0 0" \
             "setbreak __ferro_halt" "run" "regs"
For the console this script drives mspdebug's command prompt over a pipe: a
write watchpoint on UCA0TXBUF (0x05CE) stops the sim after every byte, which
`md` reads back, until the stop is at __ferro_halt. (A `run` given after that
stop would step over the breakpoint into LPM4 and never return, so the number
of `run`s cannot be fixed in advance on the command line.)

Usage: mspdebug_run.py [--console] [--dump ADDR:LEN] [--expect N] ELF
Exit status: 0 if R12 == --expect (default 0), 1 otherwise, 2 on error.
"""
import argparse
import json
import os
import re
import select
import subprocess
import sys
import time

UCA0STATW = 0x05CA
UCA0TXBUF = 0x05CE
HALT_SYMBOL = "__ferro_halt"
PROMPT = "(mspdebug) "

REG_RE = re.compile(r"\(\s*(PC|SP|SR|R\d+):\s*([0-9a-fA-F]+)\)")
MD_RE = re.compile(r"^\s+([0-9a-fA-F]{5}):((?: [0-9a-fA-F]{2})+)")


class Timeout(Exception):
    pass


class MspDebug:
    """mspdebug's interactive prompt over a pipe."""

    def __init__(self, exe, deadline):
        self.deadline = deadline
        self.proc = subprocess.Popen([exe, "-q", "-n", "sim"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self._read_to_prompt()

    def _read_to_prompt(self):
        buf = b""
        fd = self.proc.stdout.fileno()
        while not buf.endswith(PROMPT.encode()):
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise Timeout()
            ready, _, _ = select.select([fd], [], [], min(left, 1.0))
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise RuntimeError("mspdebug exited:\n" + buf.decode(errors="replace"))
                buf += chunk
        return buf[:-len(PROMPT)].decode(errors="replace")

    def cmd(self, line):
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()
        return self._read_to_prompt()

    def close(self):
        self.proc.kill()
        self.proc.wait()


def parse_regs(text):
    return {name: int(val, 16) for name, val in REG_RE.findall(text)}


def halted_at_exit(text):
    # After a stop mspdebug prints the registers, then the PC's symbol.
    labels = [l.strip() for l in text.splitlines()
              if l.strip().endswith(":") and not l.startswith(" ")]
    return bool(labels) and labels[0] == HALT_SYMBOL + ":"


def read_mem(dbg, addr, length):
    data = bytearray()
    for line in dbg.cmd(f"md 0x{addr:04x} {length}").splitlines():
        m = MD_RE.match(line)
        if m:
            data += bytes(int(x, 16) for x in m.group(2).split())
    return bytes(data[:length])


def run(args, dumps):
    dbg = MspDebug(args.mspdebug, time.monotonic() + args.timeout)
    try:
        out = dbg.cmd(f"prog {args.elf}")
        if "Done," not in out:
            raise RuntimeError(out)
        dbg.cmd(f"mw 0x{UCA0STATW:04x} 0 0")
        dbg.cmd(f"setbreak {HALT_SYMBOL}")
        console = bytearray()
        if args.console:
            dbg.cmd(f"setwatch_w 0x{UCA0TXBUF:04x}")
        while True:
            if not halted_at_exit(dbg.cmd("run")):
                if not args.console:
                    raise RuntimeError("stopped away from " + HALT_SYMBOL)
                console += read_mem(dbg, UCA0TXBUF, 1)
                continue
            break
        regs = parse_regs(dbg.cmd("regs"))
        mem = {f"0x{a:04x}": read_mem(dbg, a, n).hex() for a, n in dumps}
        return regs, console, mem
    finally:
        dbg.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("elf")
    ap.add_argument("--console", action="store_true", help="capture UART output")
    ap.add_argument("--dump", action="append", default=[], metavar="ADDR:LEN",
                    help="memory to dump at the end, e.g. 0x1c00:0x2000")
    ap.add_argument("--expect", type=lambda s: int(s, 0), default=0)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--mspdebug", default="mspdebug")
    args = ap.parse_args()

    dumps = []
    for d in args.dump:
        a, _, n = d.partition(":")
        dumps.append((int(a, 0), int(n, 0)))

    try:
        regs, console, mem = run(args, dumps)
    except Timeout:
        print(f"{args.elf}: timeout after {args.timeout} s (never reached {HALT_SYMBOL})")
        return 2
    except RuntimeError as e:
        print(f"{args.elf}: {e}")
        return 2

    code = regs["R12"]
    result = {"elf": args.elf, "exit": code, "regs": regs}
    if args.console:
        result["console"] = console.decode("latin-1")
    if mem:
        result["memory"] = mem
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.elf}: exit {code} (R12=0x{code:04x})")
        print("  " + " ".join(f"{k}=0x{v:04x}" for k, v in regs.items()))
        if args.console:
            for line in result["console"].splitlines():
                print("  | " + line)
        for k, v in mem.items():
            print(f"  memory {k}: {v}")
    return 0 if code == args.expect else 1


if __name__ == "__main__":
    sys.exit(main())
