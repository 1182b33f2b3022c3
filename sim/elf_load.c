#include "elf_load.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EM_MSP430
#define EM_MSP430 105
#endif

static int fail(char *err, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, n, fmt, ap);
    va_end(ap);
    return -1;
}

static int sym_cmp(const void *a, const void *b)
{
    const struct ferro_symbol *x = a, *y = b;
    if (x->addr != y->addr)
        return x->addr < y->addr ? -1 : 1;
    /* functions and objects before plain labels at the same address */
    return (x->kind == 'N') - (y->kind == 'N');
}

static int read_symbols(Elf *elf, struct ferro_image *img)
{
    Elf_Scn *scn = NULL;
    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
            continue;
        Elf_Data *data = elf_getdata(scn, NULL);
        if (!data)
            return -1;
        size_t count = sh.sh_size / sh.sh_entsize;
        img->syms = calloc(count ? count : 1, sizeof *img->syms);
        if (!img->syms)
            return -1;
        for (size_t i = 0; i < count; i++) {
            GElf_Sym s;
            if (!gelf_getsym(data, (int)i, &s))
                return -1;
            int type = GELF_ST_TYPE(s.st_info);
            const char *name = elf_strptr(elf, sh.sh_link, s.st_name);
            if (!name || !*name || s.st_shndx == SHN_UNDEF || type == STT_SECTION || type == STT_FILE)
                continue;
            /* assembler-local labels ($x, .Ltmp) are noise in a disassembly */
            if (name[0] == '$' || (name[0] == '.' && name[1] == 'L'))
                continue;
            struct ferro_symbol *d = &img->syms[img->nsyms];
            d->name = strdup(name);
            if (!d->name)
                return -1;
            d->addr = (uint32_t)s.st_value;
            d->size = (uint32_t)s.st_size;
            d->kind = type == STT_FUNC ? 'F' : type == STT_OBJECT ? 'O' : 'N';
            img->nsyms++;
        }
        qsort(img->syms, img->nsyms, sizeof *img->syms, sym_cmp);
        break;
    }
    return 0;
}

/* A segment may only land in memory a programmer can write: FRAM (main, info,
 * vectors) or SRAM (loaded by a debugger). */
static const char *check_range(const struct ferro_machine *m, uint32_t start, uint32_t len)
{
    if (start > FERRO_ADDR_MASK || len > FERRO_MEM_SIZE - start)
        return "lies outside the 1 MB address space";
    for (uint32_t a = start; a < start + len; a++) {
        switch (ferro_region_of(&m->mem, a)) {
        case RG_FRAM: case RG_INFO: case RG_SRAM: continue;
        case RG_VACANT: return "lies in vacant memory";
        case RG_PERIPH: return "lies in the peripheral page";
        default: return "lies in ROM (BSL or TLV)";
        }
    }
    return NULL;
}

static int load(struct ferro_machine *m, Elf *elf, const char *raw, size_t rawsize,
                struct ferro_image *img, char *err, size_t n)
{
    const char *path = img->path;
    if (elf_kind(elf) != ELF_K_ELF)
        return fail(err, n, "%s: not an ELF file", path);
    GElf_Ehdr eh;
    if (!gelf_getehdr(elf, &eh))
        return fail(err, n, "%s: truncated or corrupt ELF header", path);
    if (eh.e_ident[EI_CLASS] != ELFCLASS32 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return fail(err, n, "%s: not a 32-bit little-endian ELF (MSP430 images are)", path);
    if (eh.e_machine != EM_MSP430)
        return fail(err, n, "%s: ELF for machine %u, not MSP430 (%u)", path, eh.e_machine, EM_MSP430);
    if (eh.e_type != ET_EXEC)
        return fail(err, n, "%s: not an executable (ELF type %u); link it first", path, eh.e_type);
    size_t phnum;
    if (elf_getphdrnum(elf, &phnum) != 0)
        return fail(err, n, "%s: corrupt program header table", path);
    img->entry = (uint32_t)eh.e_entry;
    img->segs = calloc(phnum ? phnum : 1, sizeof *img->segs);
    if (!img->segs)
        return fail(err, n, "%s: out of memory", path);
    int reset_vector_loaded = 0;
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr ph;
        if (!gelf_getphdr(elf, (int)i, &ph))
            return fail(err, n, "%s: corrupt program header %zu", path, i);
        if (ph.p_type != PT_LOAD || ph.p_filesz == 0)
            continue;
        if (ph.p_offset > rawsize || ph.p_filesz > rawsize - ph.p_offset)
            return fail(err, n, "%s: truncated: segment %zu extends past the end of the file", path, i);
        const char *bad = check_range(m, (uint32_t)ph.p_paddr, (uint32_t)ph.p_filesz);
        if (bad)
            return fail(err, n, "%s: segment %zu at 0x%05llx..0x%05llx %s, not in FR5994 FRAM or SRAM",
                        path, i, (unsigned long long)ph.p_paddr,
                        (unsigned long long)(ph.p_paddr + ph.p_filesz - 1), bad);
        for (size_t j = 0; j < img->nsegs; j++) {
            const struct ferro_segment *o = &img->segs[j];
            if (ph.p_paddr < o->paddr + o->filesz && o->paddr < ph.p_paddr + ph.p_filesz)
                return fail(err, n, "%s: segments %zu and %zu overlap at 0x%05llx", path, j, i,
                            (unsigned long long)ph.p_paddr);
        }
        img->segs[img->nsegs++] = (struct ferro_segment){(uint32_t)ph.p_paddr, (uint32_t)ph.p_vaddr,
                                                         (uint32_t)ph.p_filesz, (uint32_t)ph.p_memsz,
                                                         (ph.p_flags & PF_X) != 0};
        ferro_poke(m, (uint32_t)ph.p_paddr, raw + ph.p_offset, ph.p_filesz);
        if (ph.p_paddr <= FR_RESET_VECTOR && FR_RESET_VECTOR + 2 <= ph.p_paddr + ph.p_filesz)
            reset_vector_loaded = 1;
    }
    if (!img->nsegs)
        return fail(err, n, "%s: no loadable segments", path);
    uint16_t reset = ferro_peek16(m, FR_RESET_VECTOR);
    if (!reset_vector_loaded || reset == 0xFFFF || reset == 0)
        return fail(err, n, "%s: no reset vector at 0xFFFE (empty vector table)", path);
    if (read_symbols(elf, img) != 0)
        return fail(err, n, "%s: corrupt symbol table", path);
    return 0;
}

int ferro_load_elf(struct ferro_machine *m, const char *path, struct ferro_image *img, char *err,
                   size_t errlen)
{
    memset(img, 0, sizeof *img);
    img->path = strdup(path);
    if (!img->path)
        return fail(err, errlen, "%s: out of memory", path);
    if (elf_version(EV_CURRENT) == EV_NONE)
        return fail(err, errlen, "libelf initialisation failed");
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return fail(err, errlen, "%s: cannot open: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return fail(err, errlen, "%s: not a regular file", path);
    }
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    if (!elf) {
        close(fd);
        return fail(err, errlen, "%s: not an ELF file (%s)", path, elf_errmsg(-1));
    }
    size_t rawsize = 0;
    const char *raw = elf_rawfile(elf, &rawsize);
    int rc = raw ? load(m, elf, raw, rawsize, img, err, errlen)
                 : fail(err, errlen, "%s: unreadable ELF (%s)", path, elf_errmsg(-1));
    elf_end(elf);
    close(fd);
    return rc;
}

void ferro_image_free(struct ferro_image *img)
{
    for (size_t i = 0; i < img->nsyms; i++)
        free(img->syms[i].name);
    free(img->syms);
    free(img->segs);
    free(img->path);
    memset(img, 0, sizeof *img);
}

const struct ferro_symbol *ferro_symbol_at(const struct ferro_image *img, uint32_t addr)
{
    /* last symbol with addr <= target (binary search) */
    size_t lo = 0, hi = img->nsyms;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (img->syms[mid].addr <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i-- > 0;) {
        const struct ferro_symbol *s = &img->syms[i];
        if (s->kind != 'N' && s->size && addr < s->addr + s->size)
            return s;
        if (s->kind == 'N' || !s->size)
            return addr - s->addr < 0x10000 ? s : NULL;
        if (addr - s->addr > 0x10000)
            break;
    }
    return NULL;
}

const struct ferro_symbol *ferro_symbol_named(const struct ferro_image *img, const char *name)
{
    for (size_t i = 0; i < img->nsyms; i++)
        if (strcmp(img->syms[i].name, name) == 0)
            return &img->syms[i];
    return NULL;
}
