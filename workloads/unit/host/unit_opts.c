/* unit_opts.c - configuration options shared by unit_host and unit_patch. */
#include "unit_opts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *name;
    uint8_t flags;
} modes[] = {
    { "dense", UNIT_MODE_DENSE },
    { "pruned", UNIT_MODE_PRUNED },
    { "unit", UNIT_MODE_UNIT },
    { "fatrelu", UNIT_MODE_FATRELU },
    { "unit+fatrelu", UNIT_MODE_UNIT_FATRELU },
    { "pruned+unit", UNIT_MODE_PRUNED_UNIT },
};
static const char *const divs[UNIT_DIV_COUNT] = { "exact", "shift", "tree", "mask" };

const char unit_opts_usage[] =
    "  --mode M      dense | pruned | unit | fatrelu | unit+fatrelu | pruned+unit\n"
    "  --flags N     raw flags: 1 pruned weights, 2 UnIT, 4 FATReLU, 8 skip zero x\n"
    "  --div D       threshold division: exact | shift | tree | mask (host only)\n"
    "  --t L=T       UnIT threshold of layer L, product units\n"
    "  --fat L=F     FATReLU threshold after layer L, output Q units\n"
    "  --first N     first test image of the batch\n"
    "  --images N    number of images (0: to the end)\n"
    "  --mclk MHZ    firmware clock: 1, 8 or 16\n"
    "  --quiet       no per-image lines, only the batch line\n";

const char *unit_mode_name(uint8_t flags)
{
    for (size_t k = 0; k < sizeof modes / sizeof modes[0]; k++)
        if (modes[k].flags == flags)
            return modes[k].name;
    return "custom";
}

const char *unit_div_name(uint8_t div)
{
    return div < UNIT_DIV_COUNT ? divs[div] : "?";
}

/* Parse an unsigned number in [0, max]; 0 on success. */
static int number(const char *s, unsigned long max, unsigned long *out)
{
    char *end;

    if (!*s || *s == '-')
        return -1;
    errno = 0;
    *out = strtoul(s, &end, 0);
    return (errno || *end || *out > max) ? -1 : 0;
}

/* "L=V": layer index and value. */
static int layer_value(const char *s, unsigned long max, unsigned *layer, unsigned long *v)
{
    const char *eq = strchr(s, '=');
    char lbuf[8];
    unsigned long l;

    if (!eq || eq == s || (size_t)(eq - s) >= sizeof lbuf)
        return -1;
    memcpy(lbuf, s, (size_t)(eq - s));
    lbuf[eq - s] = 0;
    if (number(lbuf, UNIT_MAX_LAYERS - 1, &l) || number(eq + 1, max, v))
        return -1;
    *layer = (unsigned)l;
    return 0;
}

int unit_opt_apply(struct unit_config *cfg, int argc, char **argv, int *i)
{
    const char *opt = argv[*i], *val;
    unsigned long v;
    unsigned l;

    if (!strcmp(opt, "--quiet")) {
        cfg->verbose = 0;
        return 1;
    }
    if (strcmp(opt, "--mode") && strcmp(opt, "--flags") && strcmp(opt, "--div") &&
        strcmp(opt, "--t") && strcmp(opt, "--fat") && strcmp(opt, "--first") &&
        strcmp(opt, "--images") && strcmp(opt, "--mclk"))
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "%s needs a value\n", opt);
        return -1;
    }
    val = argv[++*i];
    if (!strcmp(opt, "--mode")) {
        for (size_t k = 0; k < sizeof modes / sizeof modes[0]; k++)
            if (!strcmp(val, modes[k].name)) {
                cfg->flags = modes[k].flags;
                return 1;
            }
        fprintf(stderr, "--mode: unknown mode '%s'\n", val);
        return -1;
    }
    if (!strcmp(opt, "--div")) {
        for (int k = 0; k < UNIT_DIV_COUNT; k++)
            if (!strcmp(val, divs[k])) {
                cfg->div = (uint8_t)k;
                return 1;
            }
        fprintf(stderr, "--div: unknown method '%s'\n", val);
        return -1;
    }
    if (!strcmp(opt, "--t")) {
        if (layer_value(val, 0xFFFFFFFFul, &l, &v)) {
            fprintf(stderr, "--t needs LAYER=THRESHOLD, not '%s'\n", val);
            return -1;
        }
        cfg->unit_t[l] = (uint32_t)v;
        return 1;
    }
    if (!strcmp(opt, "--fat")) {
        if (layer_value(val, 32767, &l, &v)) {
            fprintf(stderr, "--fat needs LAYER=THRESHOLD (0..32767), not '%s'\n", val);
            return -1;
        }
        cfg->fat_t[l] = (int16_t)v;
        return 1;
    }
    if (!strcmp(opt, "--mclk")) {
        if (number(val, 16, &v) || (v != 1 && v != 8 && v != 16)) {
            fprintf(stderr, "--mclk must be 1, 8 or 16, not '%s'\n", val);
            return -1;
        }
        cfg->mclk_mhz = (uint8_t)v;
        return 1;
    }
    if (number(val, !strcmp(opt, "--flags") ? 0x0F : 0xFFFF, &v)) {
        fprintf(stderr, "%s: bad number '%s'\n", opt, val);
        return -1;
    }
    if (!strcmp(opt, "--flags"))
        cfg->flags = (uint8_t)v;
    else if (!strcmp(opt, "--first"))
        cfg->first_image = (uint16_t)v;
    else
        cfg->n_images = (uint16_t)v;
    return 1;
}
