/* The FR5994 address space: one direct 1 MB array for memory, a region map at
 * 16-byte granularity, and the peripheral page dispatched to device handlers. */
#ifndef FERRO_MEM_H
#define FERRO_MEM_H

#include <stdint.h>

#include "isa.h"

#define FERRO_ADDR_MASK 0xFFFFFu
#define FERRO_MEM_SIZE 0x100000u
#define FERRO_REGION_SHIFT 4

/* SLASE54 memory organization (see ../shared/reference/fr5994.md). */
#define FR_PERIPH_START 0x00000u
#define FR_PERIPH_END 0x00FFFu
#define FR_BSL_START 0x01000u
#define FR_INFO_START 0x01800u
#define FR_TLV_START 0x01A00u
#define FR_SRAM_START 0x01C00u
#define FR_SRAM_END 0x03BFFu
#define FR_FRAM_START 0x04000u
#define FR_VECTORS_START 0x0FF80u
#define FR_FRAM_END 0x43FFFu
#define FR_RESET_VECTOR 0x0FFFEu
/* A real part reads this from vacant memory (SLAU367P 1.9.1.1). */
#define FR_VACANT_VALUE 0x3FFFu

struct ferro_mem {
    uint8_t bytes[FERRO_MEM_SIZE];
    uint8_t region[FERRO_MEM_SIZE >> FERRO_REGION_SHIFT];
};

void ferro_mem_init_map(struct ferro_mem *mem);

static inline enum ferro_region ferro_region_of(const struct ferro_mem *mem, uint32_t addr)
{
    return (enum ferro_region)mem->region[(addr & FERRO_ADDR_MASK) >> FERRO_REGION_SHIFT];
}

/* Where code may be fetched from: FRAM (main and info), SRAM and tiny RAM. */
static inline int ferro_region_executable(enum ferro_region r)
{
    return r == RG_FRAM || r == RG_SRAM || r == RG_INFO || r == RG_TINYRAM;
}

/* Writable by the CPU (the BSL and TLV are ROM-like). */
static inline int ferro_region_writable(enum ferro_region r)
{
    return r == RG_FRAM || r == RG_SRAM || r == RG_INFO || r == RG_TINYRAM || r == RG_PERIPH;
}

#endif
