; Branches into vacant memory (0x3C00-0x3FFF lies between SRAM and FRAM).
        .text
        .global _start
_start:
        br      #0x3e00
