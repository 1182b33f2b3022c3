#include "mem.h"

#include <string.h>

static void mark(struct ferro_mem *mem, uint32_t start, uint32_t end_incl, enum ferro_region r)
{
    for (uint32_t a = start >> FERRO_REGION_SHIFT; a <= end_incl >> FERRO_REGION_SHIFT; a++)
        mem->region[a] = (uint8_t)r;
}

void ferro_mem_init_map(struct ferro_mem *mem)
{
    memset(mem->region, RG_VACANT, sizeof mem->region);
    /* 0x0000-0x0FFF: SFRs and peripherals; the tiny RAM (0x000A-0x001F) shares its
     * first 16-byte block with the SFRs, so it is mapped as memory from 0x0010 and the
     * six bytes 0x000A-0x000F go through the peripheral page, which stores them too. */
    mark(mem, FR_PERIPH_START, FR_PERIPH_END, RG_PERIPH);
    mark(mem, 0x00010, 0x0001F, RG_TINYRAM);
    mark(mem, FR_BSL_START, FR_INFO_START - 1, RG_BSL);
    mark(mem, FR_INFO_START, FR_TLV_START - 1, RG_INFO);
    mark(mem, FR_TLV_START, 0x01AFF, RG_TLV);
    mark(mem, FR_SRAM_START, FR_SRAM_END, RG_SRAM);
    mark(mem, FR_FRAM_START, FR_FRAM_END, RG_FRAM);
    memset(mem->bytes, 0, sizeof mem->bytes);
}
