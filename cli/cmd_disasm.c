/* ferro disasm FW.elf: the loaded image, with symbols, in address order. */
#include <stdio.h>
#include <string.h>

#include "../sim/disasm.h"
#include "cli.h"

int cmd_disasm(int argc, char **argv)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help")) {
            printf("usage: ferro disasm FW.elf\n");
            return 0;
        }
        if (argv[i][0] == '-' || path)
            return cli_error(EXIT_USAGE, "disasm: unexpected argument '%s'", argv[i]);
        path = argv[i];
    }
    if (!path)
        return cli_error(EXIT_USAGE, "disasm: no firmware given (usage: ferro disasm FW.elf)");
    struct ferro_config cfg = {0};
    struct ferro_machine *m = ferro_new(&cfg);
    if (!m)
        return cli_error(1, "out of memory");
    struct ferro_image img;
    char err[512];
    if (ferro_load_elf(m, path, &img, err, sizeof err) != 0) {
        ferro_image_free(&img);
        ferro_free(m);
        return cli_error(EXIT_BAD_INPUT, "%s", err);
    }
    for (size_t s = 0; s < img.nsegs; s++) {
        const struct ferro_segment *seg = &img.segs[s];
        if (!seg->exec)
            continue;
        size_t next_sym = 0;
        for (uint32_t a = seg->paddr; a < seg->paddr + seg->filesz;) {
            while (next_sym < img.nsyms && img.syms[next_sym].addr < a)
                next_sym++;
            for (; next_sym < img.nsyms && img.syms[next_sym].addr == a; next_sym++)
                printf("\n%05x <%s>:\n", a, img.syms[next_sym].name);
            char text[160];
            int len = ferro_disasm(m, &img, a, text, sizeof text);
            printf("%7x:", a);
            for (int i = 0; i < 6; i += 2)
                if (i < len)
                    printf(" %02x %02x", m->mem.bytes[a + i], m->mem.bytes[a + i + 1]);
                else
                    printf("      ");
            printf("  %s\n", text);
            a += (uint32_t)len;
        }
    }
    ferro_image_free(&img);
    ferro_free(m);
    return 0;
}
