/*
 * unit_patch.c - read or change the `unit_config` block of a UnIT firmware
 * ELF without recompiling (the sweep tool's primitive).
 *
 *   unit_patch IN.elf                     print the configuration
 *   unit_patch IN.elf OUT.elf [options]   copy IN to OUT with the options
 *                                         applied (unit_opts.h), print it
 *
 * The block's address comes from the symbol table; its bytes from the
 * section holding it (.persistent). The layout is the one in unit.h, the
 * same on the MSP430 and here (asserted in unit.c).
 * Exit status: 0; 64 bad usage; 65 no usable unit_config in the ELF;
 * 66 cannot read IN or write OUT.
 */
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "unit_opts.h"

/* File offset of symbol `name` (size must be `size`), or -1 with a message. */
static long symbol_offset(const char *path, const char *name, size_t size)
{
    int fd = open(path, O_RDONLY);
    Elf *e;
    Elf_Scn *scn = NULL;
    long off = -1;

    if (fd < 0) {
        perror(path);
        return -2;
    }
    elf_version(EV_CURRENT);
    e = elf_begin(fd, ELF_C_READ, NULL);
    if (!e || elf_kind(e) != ELF_K_ELF) {
        fprintf(stderr, "%s: not an ELF file\n", path);
        goto out;
    }
    while ((scn = elf_nextscn(e, scn)) != NULL) {
        GElf_Shdr sh;
        Elf_Data *d;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB)
            continue;
        d = elf_getdata(scn, NULL);
        for (size_t k = 0; d && sh.sh_entsize && k < sh.sh_size / sh.sh_entsize; k++) {
            GElf_Sym sym;
            GElf_Shdr home;
            const char *nm;
            if (!gelf_getsym(d, (int)k, &sym))
                continue;
            nm = elf_strptr(e, sh.sh_link, sym.st_name);
            if (!nm || strcmp(nm, name))
                continue;
            if (sym.st_size != size) {
                fprintf(stderr, "%s: %s is %lu bytes, expected %zu (version mismatch?)\n", path,
                        name, (unsigned long)sym.st_size, size);
                goto out;
            }
            if (!gelf_getshdr(elf_getscn(e, sym.st_shndx), &home) || home.sh_type != SHT_PROGBITS ||
                sym.st_value < home.sh_addr || sym.st_value + size > home.sh_addr + home.sh_size) {
                fprintf(stderr, "%s: %s is not in a section with file contents\n", path, name);
                goto out;
            }
            off = (long)(home.sh_offset + (sym.st_value - home.sh_addr));
            goto out;
        }
    }
    fprintf(stderr, "%s: no symbol %s (not a UnIT firmware?)\n", path, name);
out:
    if (e)
        elf_end(e);
    close(fd);
    return off;
}

static void show(const struct unit_config *c)
{
    printf("unit_config: flags 0x%02x (%s) div %s mclk %u MHz verbose %u first %u images %u\n",
           c->flags, unit_mode_name(c->flags), unit_div_name(c->div), c->mclk_mhz, c->verbose,
           c->first_image, c->n_images);
    printf("unit_config: unit_t");
    for (int l = 0; l < UNIT_MAX_LAYERS; l++)
        printf(" %lu", (unsigned long)c->unit_t[l]);
    printf(" fat_t");
    for (int l = 0; l < UNIT_MAX_LAYERS; l++)
        printf(" %d", c->fat_t[l]);
    printf("\n");
}

/* Check the block read from `in` and apply the options; 0 or an exit status. */
static int patch(struct unit_config *cfg, const char *in, const char *out, int argc, char **argv,
                 int first_opt)
{
    if (cfg->magic != UNIT_CONFIG_MAGIC || cfg->version != UNIT_CONFIG_VERSION) {
        fprintf(stderr, "%s: unit_config has magic 0x%04x version %u, expected 0x%04x version %u\n",
                in, cfg->magic, cfg->version, UNIT_CONFIG_MAGIC, UNIT_CONFIG_VERSION);
        return 65;
    }
    if (!out && argc > first_opt) {
        fprintf(stderr, "options need an output file: unit_patch IN.elf OUT.elf [options]\n");
        return 64;
    }
    for (int i = first_opt; i < argc; i++) {
        int r = unit_opt_apply(cfg, argc, argv, &i);
        if (r <= 0) {
            if (r == 0)
                fprintf(stderr, "unknown option '%s'\n", argv[i]);
            return 64;
        }
    }
    if (cfg->div == UNIT_DIV_MASK) {
        fprintf(stderr, "--div mask: the FR5994 has no floating-point hardware (host only)\n");
        return 64;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *in, *out = NULL;
    struct unit_config cfg;
    unsigned char *image;
    long off, len;
    FILE *f;
    int first_opt = 2, status;

    if (argc < 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: unit_patch IN.elf [OUT.elf [options]]\n%s", unit_opts_usage);
        return 64;
    }
    in = argv[1];
    if (argc >= 3 && argv[2][0] != '-') {
        out = argv[2];
        first_opt = 3;
    }
    off = symbol_offset(in, "unit_config", sizeof cfg);
    if (off < 0)
        return off == -2 ? 66 : 65;

    f = fopen(in, "rb");
    if (!f || fseek(f, 0, SEEK_END) || (len = ftell(f)) < off + (long)sizeof cfg ||
        fseek(f, 0, SEEK_SET)) {
        fprintf(stderr, "%s: cannot read\n", in);
        if (f)
            fclose(f);
        return 66;
    }
    image = malloc((size_t)len);
    if (!image || fread(image, 1, (size_t)len, f) != (size_t)len) {
        fprintf(stderr, "%s: cannot read\n", in);
        fclose(f);
        free(image);
        return 66;
    }
    fclose(f);
    memcpy(&cfg, image + off, sizeof cfg);      /* little-endian on both sides */
    status = patch(&cfg, in, out, argc, argv, first_opt);
    if (status == 0 && out) {
        memcpy(image + off, &cfg, sizeof cfg);
        int bad;
        f = fopen(out, "wb");
        bad = !f || fwrite(image, 1, (size_t)len, f) != (size_t)len;
        if ((f && fclose(f)) || bad) {
            fprintf(stderr, "%s: cannot write\n", out);
            status = 66;
        }
    }
    free(image);
    if (status == 0)
        show(&cfg);
    return status;
}
