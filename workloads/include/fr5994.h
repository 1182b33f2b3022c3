/*
 * fr5994.h - Ferro's own minimal register header for the MSP430FR5994.
 *
 * Written for this project (no TI file copied). Addresses and bit positions
 * are facts taken from: TI SLAU367 (MSP430FR58xx/59xx/68xx/69xx family user's
 * guide), SLASE54 (MSP430FR599x datasheet, peripheral base addresses) and the
 * base-address list of msp430fr5994.h v1.212 (summarized in
 * shared/reference/fr5994.md). Each block names its chapter.
 */
#ifndef FERRO_FR5994_H
#define FERRO_FR5994_H

#include <stdint.h>

#define FR_REG8(addr)  (*(volatile uint8_t  *)(uintptr_t)(addr))
#define FR_REG16(addr) (*(volatile uint16_t *)(uintptr_t)(addr))

/* ---- CPU status register bits (SLAU367 "CPUX" chapter, SR; the one-letter
   flag names C/Z/N/V are left out on purpose: they collide with user code) */
#define GIE             0x0008
#define CPUOFF          0x0010
#define OSCOFF          0x0020
#define SCG0            0x0040
#define SCG1            0x0080

#define LPM0_bits       (CPUOFF)
#define LPM1_bits       (SCG0 | CPUOFF)
#define LPM2_bits       (SCG1 | CPUOFF)
#define LPM3_bits       (SCG1 | SCG0 | CPUOFF)
#define LPM4_bits       (SCG1 | SCG0 | OSCOFF | CPUOFF)

/* ---- intrinsics (clang has no msp430 builtins for these: inline asm) ---- */
#define __no_operation()        __asm__ __volatile__("nop")
/* DINT needs a NOP after it before interrupts are really off; EINT is also
   followed by one (SLAU367 CPUX: "instruction following EINT/DINT"). */
#define __disable_interrupt()   __asm__ __volatile__("dint\n\tnop" ::: "memory")
#define __enable_interrupt()    __asm__ __volatile__("nop\n\teint\n\tnop" ::: "memory")
#define __bis_SR_register(x)    __asm__ __volatile__("bis %0, r2" :: "ri"((uint16_t)(x)) : "memory")
#define __bic_SR_register(x)    __asm__ __volatile__("bic %0, r2" :: "ri"((uint16_t)(x)) : "memory")

static inline uint16_t __get_SR_register(void)
{
    uint16_t sr;
    __asm__ __volatile__("mov r2, %0" : "=r"(sr));
    return sr;
}

/* Interrupt vector numbers for __attribute__((interrupt(N))): slot N is the
   word at 0xFF80 + 2*N (SLASE54 "Interrupt Sources, Flags and Vectors"). */
#define LEA_VECTOR              26
#define PORT8_VECTOR            27
#define PORT7_VECTOR            28
#define EUSCI_B3_VECTOR         29
#define EUSCI_B2_VECTOR         30
#define EUSCI_B1_VECTOR         31
#define EUSCI_A3_VECTOR         32
#define EUSCI_A2_VECTOR         33
#define PORT6_VECTOR            34
#define PORT5_VECTOR            35
#define TIMER4_A1_VECTOR        36
#define TIMER4_A0_VECTOR        37
#define AES256_VECTOR           38
#define RTC_C_VECTOR            39
#define PORT4_VECTOR            40
#define PORT3_VECTOR            41
#define TIMER3_A1_VECTOR        42
#define TIMER3_A0_VECTOR        43
#define PORT2_VECTOR            44
#define TIMER2_A1_VECTOR        45
#define TIMER2_A0_VECTOR        46
#define PORT1_VECTOR            47
#define TIMER1_A1_VECTOR        48
#define TIMER1_A0_VECTOR        49
#define DMA_VECTOR              50
#define EUSCI_A1_VECTOR         51
#define TIMER0_A1_VECTOR        52
#define TIMER0_A0_VECTOR        53
#define ADC12_B_VECTOR          54
#define EUSCI_B0_VECTOR         55
#define EUSCI_A0_VECTOR         56
#define WDT_VECTOR              57
#define TIMER0_B1_VECTOR        58
#define TIMER0_B0_VECTOR        59
#define COMP_E_VECTOR           60
#define UNMI_VECTOR             61
#define SYSNMI_VECTOR           62
#define RESET_VECTOR            63

/* Define an ISR by vector name: FERRO_ISR(TIMER0_A0_VECTOR) { ... }
   clang emits the handler address in section __interrupt_vector_<N>, which
   ld/fr5994.ld maps to slot N. Unused slots go to __ferro_unexpected_isr. */
#define FERRO_ISR(vec) \
    __attribute__((interrupt(vec))) void ferro_isr_##vec(void)

/* ---- SFR (SLAU367 "SFR and SYS" chapter, base 0x0100) ------------------- */
#define SFRIE1          FR_REG16(0x0100)
#define SFRIFG1         FR_REG16(0x0102)
#define SFRRPCR         FR_REG16(0x0104)
#define WDTIE           0x0001
#define OFIE            0x0002
#define VMAIE           0x0008
#define NMIIE           0x0010
#define WDTIFG          0x0001          /* kept across a PUC: "reset by WDT?" */
#define OFIFG           0x0002
#define VMAIFG          0x0008
#define NMIIFG          0x0010
#define JMBINIFG        0x0040
#define JMBOUTIFG       0x0080

/* ---- PMM (SLAU367 "Power Management Module", base 0x0120) --------------- */
#define PMMCTL0         FR_REG16(0x0120)
#define PMMCTL0_L       FR_REG8(0x0120)
#define PMMCTL0_H       FR_REG8(0x0121)  /* PMMPW_H unlocks, other values lock */
#define PMMIFG          FR_REG16(0x012A)
#define PM5CTL0         FR_REG16(0x0130)
#define PMMPW           0xA500
#define PMMPW_H         0xA5
#define PMMSWBOR        0x0004
#define PMMSWPOR        0x0008
#define LOCKLPM5        0x0001          /* PM5CTL0: I/O locked after power-up */

/* ---- FRAM controller FRCTL_A (SLAU367 "FRAM Controller", base 0x0140) --- */
#define FRCTL0          FR_REG16(0x0140)
#define FRCTL0_H        FR_REG8(0x0141)
#define GCCTL0          FR_REG16(0x0144)
#define GCCTL1          FR_REG16(0x0146)
#define FRCTLPW         0xA500
#define NWAITS_0        0x0000          /* NWAITS bits 6:4 */
#define NWAITS_1        0x0010
#define NWAITS_2        0x0020

/* ---- WDT_A (SLAU367 "Watchdog Timer", base 0x015C) ---------------------- */
#define WDTCTL          FR_REG16(0x015C)
#define WDTPW           0x5A00
#define WDTHOLD         0x0080
#define WDTSSEL__SMCLK  0x0000
#define WDTSSEL__ACLK   0x0020
#define WDTSSEL__VLO    0x0040
#define WDTSSEL__X_CLK  0x0060          /* VLOCLK on the FR5994 */
#define WDTTMSEL        0x0010          /* interval-timer mode */
#define WDTCNTCL        0x0008
#define WDTIS__2G       0x0000          /* interval = 2^31 clocks */
#define WDTIS__128M     0x0001
#define WDTIS__8192K    0x0002
#define WDTIS__512K     0x0003
#define WDTIS__32K      0x0004
#define WDTIS__8192     0x0005
#define WDTIS__512      0x0006
#define WDTIS__64       0x0007

/* ---- CS clock system (SLAU367 "Clock System (CS)", base 0x0160) -------- */
#define CSCTL0          FR_REG16(0x0160)
#define CSCTL0_H        FR_REG8(0x0161)
#define CSCTL1          FR_REG16(0x0162)
#define CSCTL2          FR_REG16(0x0164)
#define CSCTL3          FR_REG16(0x0166)
#define CSCTL4          FR_REG16(0x0168)
#define CSCTL5          FR_REG16(0x016A)
#define CSCTL6          FR_REG16(0x016C)
#define CSKEY           0xA500
#define CSKEY_H         0xA5
/* CSCTL1: DCORSEL bit 6, DCOFSEL bits 3:1. DCO frequency (SLASE54 DCO
   table): RSEL=0: 1, 2.67, 3.33, 4, 5.33, 6.67, 8 MHz for DCOFSEL 0..6;
   RSEL=1: 1, 5.33, 6.67, 8, 16, 21, 24 MHz (the FR5994 runs at most 16). */
#define DCORSEL         0x0040
#define DCOFSEL_0       0x0000
#define DCOFSEL_1       0x0002
#define DCOFSEL_2       0x0004
#define DCOFSEL_3       0x0006
#define DCOFSEL_4       0x0008
#define DCOFSEL_5       0x000A
#define DCOFSEL_6       0x000C
/* CSCTL2: SELA bits 10:8, SELS bits 6:4, SELM bits 2:0. */
#define SELA__LFXTCLK   0x0000
#define SELA__VLOCLK    0x0100
#define SELA__LFMODCLK  0x0200
#define SELS__LFXTCLK   0x0000
#define SELS__VLOCLK    0x0010
#define SELS__LFMODCLK  0x0020
#define SELS__DCOCLK    0x0030
#define SELS__MODCLK    0x0040
#define SELS__HFXTCLK   0x0050
#define SELM__LFXTCLK   0x0000
#define SELM__VLOCLK    0x0001
#define SELM__LFMODCLK  0x0002
#define SELM__DCOCLK    0x0003
#define SELM__MODCLK    0x0004
#define SELM__HFXTCLK   0x0005
/* CSCTL3: DIVA bits 10:8, DIVS bits 6:4, DIVM bits 2:0 (1,2,4,8,16,32). */
#define DIVA__1         0x0000
#define DIVA__2         0x0100
#define DIVA__4         0x0200
#define DIVA__8         0x0300
#define DIVA__16        0x0400
#define DIVA__32        0x0500
#define DIVS__1         0x0000
#define DIVS__2         0x0010
#define DIVS__4         0x0020
#define DIVS__8         0x0030
#define DIVS__16        0x0040
#define DIVS__32        0x0050
#define DIVM__1         0x0000
#define DIVM__2         0x0001
#define DIVM__4         0x0002
#define DIVM__8         0x0003
#define DIVM__16        0x0004
#define DIVM__32        0x0005
/* CSCTL4 / CSCTL5 */
#define LFXTOFF         0x0001
#define SMCLKOFF        0x0002
#define VLOOFF          0x0008
#define HFXTOFF         0x0100
#define LFXTOFFG        0x0001
#define HFXTOFFG        0x0002

/* ---- SYS (SLAU367 "SYS" registers, base 0x0180) -------------------------
 * The vector generators return the highest-priority pending source and clear
 * it on read; SYSRSTIV accumulates reset causes (read until 0). */
#define SYSCTL          FR_REG16(0x0180)
#define SYSUNIV         FR_REG16(0x019A)
#define SYSSNIV         FR_REG16(0x019C)
#define SYSRSTIV        FR_REG16(0x019E)
#define SYSRSTIV_NONE   0x0000
#define SYSRSTIV_BOR    0x0002          /* power-up                          */
#define SYSRSTIV_RSTNMI 0x0004
#define SYSRSTIV_DOBOR  0x0006          /* PMMSWBOR software BOR             */
#define SYSRSTIV_DOPOR  0x0014          /* PMMSWPOR software POR             */
#define SYSRSTIV_WDTTO  0x0016          /* watchdog timeout (PUC)            */
#define SYSRSTIV_WDTKEY 0x0018          /* WDTCTL password violation (PUC)   */
#define SYSRSTIV_FRCTLPW 0x001A         /* FRCTL0 password violation (PUC)   */
#define SYSRSTIV_PMMPW  0x0020          /* PMMCTL0 password violation (PUC)  */
#define SYSSNIV_VMAIFG  0x0012          /* vacant memory access              */
#define SYSUNIV_NMIIFG  0x0002
#define SYSUNIV_OFIFG   0x0004

/* ---- Digital I/O (SLAU367 "Digital I/O", ports P1..P8 and PJ) -----------
 * Port pairs share a 16-bit block: PA = P1/P2 at 0x0200, PB = P3/P4 at
 * 0x0220, PC = P5/P6 at 0x0240, PD = P7/P8 at 0x0260, PJ at 0x0320.
 * Offsets in a pair block (odd port = low byte, even port = high byte):
 * IN 0x00, OUT 0x02, DIR 0x04, REN 0x06, SEL0 0x0A, SEL1 0x0C,
 * IV(odd) 0x0E, SELC 0x16, IES 0x18, IE 0x1A, IFG 0x1C, IV(even) 0x1E.
 */
#define FR_PORT_ODD(base, off)   FR_REG8((base) + (off))
#define FR_PORT_EVEN(base, off)  FR_REG8((base) + (off) + 1)
#define FR_PORT_PAIR(base, off)  FR_REG16((base) + (off))   /* PA, PB, PC, PD */
/* PxIV: 2 * (n + 1) for the lowest pending enabled pin n, 0 when none; any
   access clears that pin's PxIFG. */

/* Region markers (Ferro convention, ferro_regions.h): the marker port (P7 in
 * `ferro run`; the simulator's config field marker_port) carries a region id
 * on its 8 pins.  With P7DIR = 0xFF, P7SEL0 = P7SEL1 = 0 and LOCKLPM5 cleared, every
 * write of v != 0 to P7OUT begins region v and every write of 0 ends the
 * innermost open region; regions nest.  Writes made while the port is not so
 * configured (or before LOCKLPM5 is cleared) are not markers. */


#define P1IN    FR_PORT_ODD(0x0200, 0x00)
#define P1OUT   FR_PORT_ODD(0x0200, 0x02)
#define P1DIR   FR_PORT_ODD(0x0200, 0x04)
#define P1REN   FR_PORT_ODD(0x0200, 0x06)
#define P1SEL0  FR_PORT_ODD(0x0200, 0x0A)
#define P1SEL1  FR_PORT_ODD(0x0200, 0x0C)
#define P1IV    FR_REG16(0x020E)
#define P1SELC  FR_PORT_ODD(0x0200, 0x16)
#define P1IES   FR_PORT_ODD(0x0200, 0x18)
#define P1IE    FR_PORT_ODD(0x0200, 0x1A)
#define P1IFG   FR_PORT_ODD(0x0200, 0x1C)

#define P2IN    FR_PORT_EVEN(0x0200, 0x00)
#define P2OUT   FR_PORT_EVEN(0x0200, 0x02)
#define P2DIR   FR_PORT_EVEN(0x0200, 0x04)
#define P2REN   FR_PORT_EVEN(0x0200, 0x06)
#define P2SEL0  FR_PORT_EVEN(0x0200, 0x0A)
#define P2SEL1  FR_PORT_EVEN(0x0200, 0x0C)
#define P2SELC  FR_PORT_EVEN(0x0200, 0x16)
#define P2IES   FR_PORT_EVEN(0x0200, 0x18)
#define P2IE    FR_PORT_EVEN(0x0200, 0x1A)
#define P2IFG   FR_PORT_EVEN(0x0200, 0x1C)
#define P2IV    FR_REG16(0x021E)

#define P3IN    FR_PORT_ODD(0x0220, 0x00)
#define P3OUT   FR_PORT_ODD(0x0220, 0x02)
#define P3DIR   FR_PORT_ODD(0x0220, 0x04)
#define P3REN   FR_PORT_ODD(0x0220, 0x06)
#define P3SEL0  FR_PORT_ODD(0x0220, 0x0A)
#define P3SEL1  FR_PORT_ODD(0x0220, 0x0C)
#define P3IV    FR_REG16(0x022E)
#define P3SELC  FR_PORT_ODD(0x0220, 0x16)
#define P3IES   FR_PORT_ODD(0x0220, 0x18)
#define P3IE    FR_PORT_ODD(0x0220, 0x1A)
#define P3IFG   FR_PORT_ODD(0x0220, 0x1C)

#define P4IN    FR_PORT_EVEN(0x0220, 0x00)
#define P4OUT   FR_PORT_EVEN(0x0220, 0x02)
#define P4DIR   FR_PORT_EVEN(0x0220, 0x04)
#define P4REN   FR_PORT_EVEN(0x0220, 0x06)
#define P4SEL0  FR_PORT_EVEN(0x0220, 0x0A)
#define P4SEL1  FR_PORT_EVEN(0x0220, 0x0C)
#define P4SELC  FR_PORT_EVEN(0x0220, 0x16)
#define P4IES   FR_PORT_EVEN(0x0220, 0x18)
#define P4IE    FR_PORT_EVEN(0x0220, 0x1A)
#define P4IFG   FR_PORT_EVEN(0x0220, 0x1C)
#define P4IV    FR_REG16(0x023E)

#define P5IN    FR_PORT_ODD(0x0240, 0x00)
#define P5OUT   FR_PORT_ODD(0x0240, 0x02)
#define P5DIR   FR_PORT_ODD(0x0240, 0x04)
#define P5REN   FR_PORT_ODD(0x0240, 0x06)
#define P5SEL0  FR_PORT_ODD(0x0240, 0x0A)
#define P5SEL1  FR_PORT_ODD(0x0240, 0x0C)
#define P5IV    FR_REG16(0x024E)
#define P5SELC  FR_PORT_ODD(0x0240, 0x16)
#define P5IES   FR_PORT_ODD(0x0240, 0x18)
#define P5IE    FR_PORT_ODD(0x0240, 0x1A)
#define P5IFG   FR_PORT_ODD(0x0240, 0x1C)

#define P6IN    FR_PORT_EVEN(0x0240, 0x00)
#define P6OUT   FR_PORT_EVEN(0x0240, 0x02)
#define P6DIR   FR_PORT_EVEN(0x0240, 0x04)
#define P6REN   FR_PORT_EVEN(0x0240, 0x06)
#define P6SEL0  FR_PORT_EVEN(0x0240, 0x0A)
#define P6SEL1  FR_PORT_EVEN(0x0240, 0x0C)
#define P6SELC  FR_PORT_EVEN(0x0240, 0x16)
#define P6IES   FR_PORT_EVEN(0x0240, 0x18)
#define P6IE    FR_PORT_EVEN(0x0240, 0x1A)
#define P6IFG   FR_PORT_EVEN(0x0240, 0x1C)
#define P6IV    FR_REG16(0x025E)

#define P7IN    FR_PORT_ODD(0x0260, 0x00)
#define P7OUT   FR_PORT_ODD(0x0260, 0x02)
#define P7DIR   FR_PORT_ODD(0x0260, 0x04)
#define P7REN   FR_PORT_ODD(0x0260, 0x06)
#define P7SEL0  FR_PORT_ODD(0x0260, 0x0A)
#define P7SEL1  FR_PORT_ODD(0x0260, 0x0C)
#define P7IV    FR_REG16(0x026E)
#define P7SELC  FR_PORT_ODD(0x0260, 0x16)
#define P7IES   FR_PORT_ODD(0x0260, 0x18)
#define P7IE    FR_PORT_ODD(0x0260, 0x1A)
#define P7IFG   FR_PORT_ODD(0x0260, 0x1C)

#define P8IN    FR_PORT_EVEN(0x0260, 0x00)
#define P8OUT   FR_PORT_EVEN(0x0260, 0x02)
#define P8DIR   FR_PORT_EVEN(0x0260, 0x04)
#define P8REN   FR_PORT_EVEN(0x0260, 0x06)
#define P8SEL0  FR_PORT_EVEN(0x0260, 0x0A)
#define P8SEL1  FR_PORT_EVEN(0x0260, 0x0C)
#define P8SELC  FR_PORT_EVEN(0x0260, 0x16)
#define P8IES   FR_PORT_EVEN(0x0260, 0x18)
#define P8IE    FR_PORT_EVEN(0x0260, 0x1A)
#define P8IFG   FR_PORT_EVEN(0x0260, 0x1C)
#define P8IV    FR_REG16(0x027E)

#define PAIN    FR_PORT_PAIR(0x0200, 0x00)
#define PAOUT   FR_PORT_PAIR(0x0200, 0x02)
#define PADIR   FR_PORT_PAIR(0x0200, 0x04)
#define PAREN   FR_PORT_PAIR(0x0200, 0x06)
#define PAIES   FR_PORT_PAIR(0x0200, 0x18)
#define PAIE    FR_PORT_PAIR(0x0200, 0x1A)
#define PAIFG   FR_PORT_PAIR(0x0200, 0x1C)

/* PJ: no interrupt registers. */
#define PJIN    FR_REG16(0x0320)
#define PJOUT   FR_REG16(0x0322)
#define PJDIR   FR_REG16(0x0324)
#define PJREN   FR_REG16(0x0326)
#define PJSEL0  FR_REG16(0x032A)
#define PJSEL1  FR_REG16(0x032C)
#define PJSELC  FR_REG16(0x0336)

#define BIT0    0x0001
#define BIT1    0x0002
#define BIT2    0x0004
#define BIT3    0x0008
#define BIT4    0x0010
#define BIT5    0x0020
#define BIT6    0x0040
#define BIT7    0x0080
#define BIT8    0x0100
#define BIT9    0x0200
#define BITA    0x0400
#define BITB    0x0800
#define BITC    0x1000
#define BITD    0x2000
#define BITE    0x4000
#define BITF    0x8000

/* ---- Timer_A0 (SLAU367 "Timer_A", base 0x0340; TA0 has 3 CCRs) --------- */
#define TA0CTL          FR_REG16(0x0340)
#define TA0CCTL0        FR_REG16(0x0342)
#define TA0CCTL1        FR_REG16(0x0344)
#define TA0CCTL2        FR_REG16(0x0346)
#define TA0R            FR_REG16(0x0350)
#define TA0CCR0         FR_REG16(0x0352)
#define TA0CCR1         FR_REG16(0x0354)
#define TA0CCR2         FR_REG16(0x0356)
#define TA0EX0          FR_REG16(0x0360)
#define TA0IV           FR_REG16(0x036E)
/* TAxCTL */
#define TASSEL__TACLK   0x0000          /* TASSEL bits 9:8 */
#define TASSEL__ACLK    0x0100
#define TASSEL__SMCLK   0x0200
#define TASSEL__INCLK   0x0300
#define TASSEL_0        0x0000
#define TASSEL_1        0x0100
#define TASSEL_2        0x0200
#define TASSEL_3        0x0300
#define ID__1           0x0000          /* ID bits 7:6 */
#define ID__2           0x0040
#define ID__4           0x0080
#define ID__8           0x00C0
#define ID_0            0x0000
#define ID_1            0x0040
#define ID_2            0x0080
#define ID_3            0x00C0
#define MC__STOP        0x0000          /* MC bits 5:4 */
#define MC__UP          0x0010
#define MC__CONTINUOUS  0x0020
#define MC__UPDOWN      0x0030
#define MC_0            0x0000
#define MC_1            0x0010
#define MC_2            0x0020
#define MC_3            0x0030
#define TACLR           0x0004
#define TAIE            0x0002
#define TAIFG           0x0001
/* TAxCCTLn */
#define CM_0            0x0000          /* capture mode bits 15:14 */
#define CM_1            0x4000
#define CM_2            0x8000
#define CM_3            0xC000
#define CCIS_0          0x0000          /* bits 13:12 */
#define CCIS_1          0x1000
#define CCIS_2          0x2000
#define CCIS_3          0x3000
#define SCS             0x0800
#define SCCI            0x0400
#define CAP             0x0100
#define OUTMOD_0        0x0000          /* bits 7:5 */
#define OUTMOD_1        0x0020
#define OUTMOD_2        0x0040
#define OUTMOD_3        0x0060
#define OUTMOD_4        0x0080
#define OUTMOD_5        0x00A0
#define OUTMOD_6        0x00C0
#define OUTMOD_7        0x00E0
#define CCIE            0x0010
#define CCI             0x0008
#define OUT             0x0004
#define COV             0x0002
#define CCIFG           0x0001
/* TAxEX0: TAIDEX bits 2:0, input divider /1../8 */
#define TAIDEX_0        0x0000
#define TAIDEX_1        0x0001
#define TAIDEX_2        0x0002
#define TAIDEX_3        0x0003
#define TAIDEX_4        0x0004
#define TAIDEX_5        0x0005
#define TAIDEX_6        0x0006
#define TAIDEX_7        0x0007
/* TAxIV / TBxIV values (SLAU367 Timer_A/Timer_B "IV" registers) */
#define TAIV__NONE      0x0000
#define TAIV__TACCR1    0x0002
#define TAIV__TACCR2    0x0004
#define TAIV__TAIFG     0x000E

/* ---- Timer_A1..A4, Timer_B0: the same block at other bases -------------
 * TA1 0x0380 (3 CCRs), TB0 0x03C0 (7), TA2 0x0400 (2), TA3 0x0440 (2),
 * TA4 0x07C0 (2) (CCR counts from the SLASE54 timer descriptions).
 * Offsets: CTL 0x00, CCTLn 0x02+2n, R 0x10, CCRn 0x12+2n, EX0 0x20, IV 0x2E. */
#define TIMER_CTL(base)         FR_REG16((base) + 0x00)
#define TIMER_CCTL(base, n)     FR_REG16((base) + 0x02 + 2 * (n))
#define TIMER_R(base)           FR_REG16((base) + 0x10)
#define TIMER_CCR(base, n)      FR_REG16((base) + 0x12 + 2 * (n))
#define TIMER_EX0(base)         FR_REG16((base) + 0x20)
#define TIMER_IV(base)          FR_REG16((base) + 0x2E)
#define TA0_BASE        0x0340
#define TA1_BASE        0x0380
#define TB0_BASE        0x03C0
#define TA2_BASE        0x0400
#define TA3_BASE        0x0440
#define TA4_BASE        0x07C0
#define TA1CTL          TIMER_CTL(TA1_BASE)
#define TA1CCTL0        TIMER_CCTL(TA1_BASE, 0)
#define TA1CCTL1        TIMER_CCTL(TA1_BASE, 1)
#define TA1CCTL2        TIMER_CCTL(TA1_BASE, 2)
#define TA1R            TIMER_R(TA1_BASE)
#define TA1CCR0         TIMER_CCR(TA1_BASE, 0)
#define TA1CCR1         TIMER_CCR(TA1_BASE, 1)
#define TA1CCR2         TIMER_CCR(TA1_BASE, 2)
#define TA1EX0          TIMER_EX0(TA1_BASE)
#define TA1IV           TIMER_IV(TA1_BASE)
#define TB0CTL          TIMER_CTL(TB0_BASE)
#define TB0CCTL0        TIMER_CCTL(TB0_BASE, 0)
#define TB0CCTL1        TIMER_CCTL(TB0_BASE, 1)
#define TB0CCTL2        TIMER_CCTL(TB0_BASE, 2)
#define TB0CCTL6        TIMER_CCTL(TB0_BASE, 6)
#define TB0R            TIMER_R(TB0_BASE)
#define TB0CCR0         TIMER_CCR(TB0_BASE, 0)
#define TB0CCR1         TIMER_CCR(TB0_BASE, 1)
#define TB0CCR2         TIMER_CCR(TB0_BASE, 2)
#define TB0CCR6         TIMER_CCR(TB0_BASE, 6)
#define TB0EX0          TIMER_EX0(TB0_BASE)
#define TB0IV           TIMER_IV(TB0_BASE)
/* TBxCTL: TBSSEL, ID, MC as in TAxCTL; TBCLR 0x0004, TBIE 0x0002, TBIFG 0x0001 */
#define TBCLR           0x0004
#define TBIE            0x0002
#define TBIFG           0x0001
#define CNTL__16        0x0000          /* counter length, bits 12:11 */
#define CNTL__12        0x0800
#define CNTL__10        0x1000
#define CNTL__8         0x1800
#define TBCLGRP_0       0x0000          /* bits 14:13 */
/* TBxCCTLn: CLLD bits 10:9 (compare latch load) */
#define CLLD_0          0x0000          /* at the TBxCCRn write             */
#define CLLD_1          0x0200          /* when TBxR counts to 0            */
#define CLLD_2          0x0400          /* to 0, or TBxCL0 in up/down mode  */
#define CLLD_3          0x0600          /* when TBxR counts to TBxCLn       */
#define TBIV__TBCCR6    0x000C
#define TBIV__TBIFG     0x000E

/* ---- MPY32 (SLAU367 "32-Bit Hardware Multiplier", base 0x04C0) --------- */
#define MPY             FR_REG16(0x04C0)  /* operand 1, unsigned multiply   */
#define MPYS            FR_REG16(0x04C2)  /* operand 1, signed multiply     */
#define MAC             FR_REG16(0x04C4)  /* operand 1, unsigned MAC        */
#define MACS            FR_REG16(0x04C6)  /* operand 1, signed MAC          */
#define OP2             FR_REG16(0x04C8)  /* operand 2 (starts 16x16)       */
#define RESLO           FR_REG16(0x04CA)
#define RESHI           FR_REG16(0x04CC)
#define SUMEXT          FR_REG16(0x04CE)
#define MPY32L          FR_REG16(0x04D0)
#define MPY32H          FR_REG16(0x04D2)
#define MPYS32L         FR_REG16(0x04D4)
#define MPYS32H         FR_REG16(0x04D6)
#define MAC32L          FR_REG16(0x04D8)
#define MAC32H          FR_REG16(0x04DA)
#define MACS32L         FR_REG16(0x04DC)
#define MACS32H         FR_REG16(0x04DE)
#define OP2L            FR_REG16(0x04E0)
#define OP2H            FR_REG16(0x04E2)  /* writing it starts 32-bit op    */
#define RES0            FR_REG16(0x04E4)
#define RES1            FR_REG16(0x04E6)
#define RES2            FR_REG16(0x04E8)
#define RES3            FR_REG16(0x04EA)
#define MPY32CTL0       FR_REG16(0x04EC)
#define MPYC            0x0001
#define MPYFRAC         0x0004
#define MPYSAT          0x0008
#define MPYM_0          0x0000            /* MPYM bits 5:4 */
#define MPYM_1          0x0010
#define MPYM_2          0x0020
#define MPYM_3          0x0030
#define MPYOP1_32       0x0040
#define MPYOP2_32       0x0080
#define MPYDLYWRTEN     0x0100
#define MPYDLY32        0x0200

/* ---- DMA (SLAU367 "DMA Controller", base 0x0500; 6 channels on FR5994) --
 * Channel n registers at 0x0510 + 0x10*n: CTL +0, SA +2, DA +6, SZ +0xA.
 * SA and DA are 20-bit address registers occupying a word pair (+2/+4 and
 * +6/+8). DMAxSA/DMAxDA below are the low words: a word write there loads
 * bits 15:0 and clears bits 19:16 (SLAU367 DMA registers). 16-bit code
 * (clang 14 emits no MOVA/MOVX.A) reaches upper FRAM by writing the low word
 * and then bits 19:16 to the high word (DMAxSAH/DMAxDAH): dma_set_sa20().
 */
#define DMACTL0         FR_REG16(0x0500)  /* DMA0TSEL 4:0, DMA1TSEL 12:8    */
#define DMACTL1         FR_REG16(0x0502)  /* DMA2TSEL, DMA3TSEL             */
#define DMACTL2         FR_REG16(0x0504)  /* DMA4TSEL, DMA5TSEL             */
#define DMACTL3         FR_REG16(0x0506)
#define DMACTL4         FR_REG16(0x0508)
#define DMAIV           FR_REG16(0x050E)

#define DMAxCTL(n)      FR_REG16(0x0510 + 0x10 * (n))
#define DMAxSA(n)       FR_REG16(0x0512 + 0x10 * (n))
#define DMAxDA(n)       FR_REG16(0x0516 + 0x10 * (n))
#define DMAxSZ(n)       FR_REG16(0x051A + 0x10 * (n))
#define DMAxSAH(n)      FR_REG16(0x0514 + 0x10 * (n))  /* DMAxSA bits 19:16 */
#define DMAxDAH(n)      FR_REG16(0x0518 + 0x10 * (n))  /* DMAxDA bits 19:16 */
/* DMACTL0..2 word holding channel n's DMAxTSEL, and the TSEL value placed in
   it (bits 4:0 for even n, 12:8 for odd n). */
#define DMA_TSEL_REG(n)     FR_REG16(0x0500 + 2 * ((n) / 2))
#define DMA_TSEL(n, trig)   ((uint16_t)(trig) << ((n) & 1 ? 8 : 0))
#define DMA_TSEL_MASK(n)    DMA_TSEL(n, 0x1F)

#define DMA0CTL         DMAxCTL(0)
#define DMA0SA          DMAxSA(0)
#define DMA0DA          DMAxDA(0)
#define DMA0SZ          DMAxSZ(0)
#define DMA1CTL         DMAxCTL(1)
#define DMA1SA          DMAxSA(1)
#define DMA1DA          DMAxDA(1)
#define DMA1SZ          DMAxSZ(1)
#define DMA2CTL         DMAxCTL(2)
#define DMA2SA          DMAxSA(2)
#define DMA2DA          DMAxDA(2)
#define DMA2SZ          DMAxSZ(2)
#define DMA3CTL         DMAxCTL(3)
#define DMA3SA          DMAxSA(3)
#define DMA3DA          DMAxDA(3)
#define DMA3SZ          DMAxSZ(3)
#define DMA4CTL         DMAxCTL(4)
#define DMA4SA          DMAxSA(4)
#define DMA4DA          DMAxDA(4)
#define DMA4SZ          DMAxSZ(4)
#define DMA5CTL         DMAxCTL(5)
#define DMA5SA          DMAxSA(5)
#define DMA5DA          DMAxDA(5)
#define DMA5SZ          DMAxSZ(5)
/* DMACTL4 */
#define ENNMI           0x0001
#define ROUNDROBIN      0x0002
#define DMARMWDIS       0x0004
/* DMAxCTL */
#define DMAREQ          0x0001
#define DMAABORT        0x0002
#define DMAIE           0x0004
#define DMAIFG          0x0008
#define DMAEN           0x0010
#define DMALEVEL        0x0020
#define DMASRCBYTE      0x0040
#define DMADSTBYTE      0x0080
#define DMASRCINCR_0    0x0000            /* bits 9:8: unchanged          */
#define DMASRCINCR_2    0x0200            /* decrement                    */
#define DMASRCINCR_3    0x0300            /* increment                    */
#define DMADSTINCR_0    0x0000            /* bits 11:10                   */
#define DMADSTINCR_2    0x0800
#define DMADSTINCR_3    0x0C00
#define DMADT_0         0x0000            /* bits 14:12: single transfer  */
#define DMADT_1         0x1000            /* block                        */
#define DMADT_2         0x2000            /* burst-block                  */
#define DMADT_4         0x4000            /* repeated single              */
#define DMADT_5         0x5000            /* repeated block               */
#define DMADT_6         0x6000            /* repeated burst-block         */
#define DMA0TSEL__DMAREQ 0x0000           /* trigger 0: software DMAREQ   */
/* DMAxTSEL trigger numbers (SLASE54 "DMA Trigger Assignments", same for
   all channels; 30 = the previous channel's DMAIFG, channel 0 after 5) */
#define DMA_TRIG_DMAREQ     0
#define DMA_TRIG_TA0CCR0    1
#define DMA_TRIG_TA0CCR2    2
#define DMA_TRIG_TA1CCR0    3
#define DMA_TRIG_TA1CCR2    4
#define DMA_TRIG_TA2CCR0    5
#define DMA_TRIG_TA3CCR0    6
#define DMA_TRIG_TB0CCR0    7
#define DMA_TRIG_TB0CCR2    8
#define DMA_TRIG_PREV_IFG   30
/* DMAIV: 2 * (channel + 1) for the highest-priority enabled flag */
#define DMAIV_NONE      0x0000
#define DMAIV_DMA0IFG   0x0002
#define DMAIV_DMA5IFG   0x000C

/* Load a 20-bit address into DMAxSA / DMAxDA from 16-bit code: low word
   first (it clears bits 19:16), then bits 19:16 into the high word. */
static inline void dma_set_sa20(unsigned n, uint32_t a)
{
    DMAxSA(n) = (uint16_t)a;
    DMAxSAH(n) = (uint16_t)(a >> 16);
}

static inline void dma_set_da20(unsigned n, uint32_t a)
{
    DMAxDA(n) = (uint16_t)a;
    DMAxDAH(n) = (uint16_t)(a >> 16);
}

/* ---- eUSCI_A0 (SLAU367 "eUSCI - UART Mode", base 0x05C0) --------------- */
#define UCA0CTLW0       FR_REG16(0x05C0)
#define UCA0CTLW1       FR_REG16(0x05C2)
#define UCA0BRW         FR_REG16(0x05C6)
#define UCA0MCTLW       FR_REG16(0x05C8)
#define UCA0STATW       FR_REG16(0x05CA)
#define UCA0RXBUF       FR_REG16(0x05CC)
#define UCA0TXBUF       FR_REG16(0x05CE)
#define UCA0ABCTL       FR_REG16(0x05D0)
#define UCA0IRCTL       FR_REG16(0x05D2)
#define UCA0IE          FR_REG16(0x05DA)
#define UCA0IFG         FR_REG16(0x05DC)
#define UCA0IV          FR_REG16(0x05DE)
/* UCAxCTLW0 */
#define UCSWRST         0x0001
#define UCTXBRK         0x0002
#define UCTXADDR        0x0004
#define UCDORM          0x0008
#define UCBRKIE         0x0010
#define UCRXEIE         0x0020
#define UCSSEL__UCLK    0x0000            /* UCSSEL bits 7:6              */
#define UCSSEL__ACLK    0x0040
#define UCSSEL__SMCLK   0x0080
#define UCSYNC          0x0100
#define UCMODE_0        0x0000            /* UART                         */
#define UCSPB           0x0800
#define UC7BIT          0x1000
#define UCMSB           0x2000
#define UCPAR           0x4000
#define UCPEN           0x8000
/* UCAxMCTLW: UCOS16 bit 0, UCBRF bits 7:4, UCBRS bits 15:8 */
#define UCOS16          0x0001
#define UCBRF_SHIFT     4
#define UCBRS_SHIFT     8
/* UCAxSTATW */
#define UCBUSY          0x0001
/* UCAxIE / UCAxIFG */
#define UCRXIE          0x0001
#define UCTXIE          0x0002
#define UCSTTIE         0x0004
#define UCTXCPTIE       0x0008
#define UCRXIFG         0x0001
#define UCTXIFG         0x0002
#define UCSTTIFG        0x0004
#define UCTXCPTIFG      0x0008

#endif /* FERRO_FR5994_H */
