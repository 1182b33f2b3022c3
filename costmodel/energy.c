/* Energy model: parameter file and the formulas of energy.h. */
#include "energy.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *key;
    size_t off;
} keys[] = {
#define K(name, field) {name, offsetof(struct ferro_energy_params, field)}
    K("vcc", vcc),
    K("vref", vref),
    K("e_cycle_nj", e_cycle_nj),
    K("e_fram_hit_nj", e_fram_hit_nj),
    K("e_fram_miss_nj", e_fram_miss_nj),
    K("e_fram_write_nj", e_fram_write_nj),
    K("e_sram_nj", e_sram_nj),
    K("mpy32_ua_per_mhz", mpy32_ua_per_mhz),
    K("mpy32_cycles_per_access", mpy32_cycles_per_access),
    K("lpm0_ua", lpm_ua[0]),
    K("lpm1_ua", lpm_ua[1]),
    K("lpm2_ua", lpm_ua[2]),
    K("lpm3_ua", lpm_ua[3]),
    K("lpm4_ua", lpm_ua[4]),
    K("wake_lpm0_nas", wake_nas[0]),
    K("wake_lpm1_nas", wake_nas[1]),
    K("wake_lpm2_nas", wake_nas[2]),
    K("wake_lpm3_nas", wake_nas[3]),
    K("wake_lpm4_nas", wake_nas[4]),
    K("active_fram100_ua_per_mhz", active_fram100_ua_per_mhz),
    K("active_fram0_ua_per_mhz", active_fram0_ua_per_mhz),
    K("active_sram_ua_per_mhz", active_sram_ua_per_mhz),
#undef K
};
#define NKEYS (sizeof keys / sizeof keys[0])

int ferro_energy_params_parse(struct ferro_energy_params *p, const char *text, const char *name,
                              char *err, size_t errlen)
{
    unsigned char seen[NKEYS] = {0};
    memset(p, 0, sizeof *p);
    int lineno = 0;
    for (const char *s = text; *s;) {
        const char *eol = strchr(s, '\n');
        size_t len = eol ? (size_t)(eol - s) : strlen(s);
        char line[512];
        lineno++;
        if (len >= sizeof line) {
            snprintf(err, errlen, "%s:%d: line too long", name, lineno);
            return -1;
        }
        memcpy(line, s, len);
        line[len] = 0;
        s += len + (eol ? 1 : 0);
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char *k = line + strspn(line, " \t\r");
        if (!*k)
            continue;
        char *eq = strchr(k, '=');
        if (!eq) {
            snprintf(err, errlen, "%s:%d: expected 'key = value'", name, lineno);
            return -1;
        }
        char *kend = eq;
        while (kend > k && (kend[-1] == ' ' || kend[-1] == '\t'))
            kend--;
        *kend = 0;
        char *v = eq + 1 + strspn(eq + 1, " \t");
        char *vend;
        errno = 0;
        double val = strtod(v, &vend);
        vend += strspn(vend, " \t\r");
        if (vend == v || *vend || errno || !isfinite(val) || val < 0) {
            snprintf(err, errlen, "%s:%d: %s needs a non-negative number", name, lineno, k);
            return -1;
        }
        size_t i = 0;
        while (i < NKEYS && strcmp(keys[i].key, k))
            i++;
        if (i == NKEYS) {
            snprintf(err, errlen, "%s:%d: unknown parameter '%s'", name, lineno, k);
            return -1;
        }
        if (seen[i]++) {
            snprintf(err, errlen, "%s:%d: %s given twice", name, lineno, k);
            return -1;
        }
        *(double *)((char *)p + keys[i].off) = val;
    }
    for (size_t i = 0; i < NKEYS; i++)
        if (!seen[i]) {
            snprintf(err, errlen, "%s: parameter %s missing", name, keys[i].key);
            return -1;
        }
    if (p->vcc <= 0 || p->vref <= 0) {
        snprintf(err, errlen, "%s: vcc and vref must be positive", name);
        return -1;
    }
    return 0;
}

int ferro_energy_params_load(struct ferro_energy_params *p, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            char *nb = realloc(buf, cap = cap * 2 + 8192);
            if (!nb) {
                free(buf);
                fclose(f);
                snprintf(err, errlen, "%s: out of memory", path);
                return -1;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, 4096, f);
        n += r;
        if (r < 4096)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    buf[n] = 0;
    if (bad || strlen(buf) != n) {
        free(buf);
        snprintf(err, errlen, "%s: not a text parameter file", path);
        return -1;
    }
    int rc = ferro_energy_params_parse(p, buf, path, err, errlen);
    free(buf);
    return rc;
}

static uint64_t fj(double v)
{
    return v <= 0 ? 0 : (uint64_t)llround(v);
}

void ferro_energy_coef(const struct ferro_energy_params *p, struct ferro_energy_coef *c)
{
    double s = (p->vcc / p->vref) * (p->vcc / p->vref); /* CV^2 */
    c->cycle = fj(p->e_cycle_nj * 1e6 * s);
    c->fram_hit = fj(p->e_fram_hit_nj * 1e6 * s);
    c->fram_miss = fj(p->e_fram_miss_nj * 1e6 * s);
    c->fram_write = fj(p->e_fram_write_nj * 1e6 * s);
    c->sram = fj(p->e_sram_nj * 1e6 * s);
    /* uA/MHz = pC per cycle; pC * V = pJ = 1000 fJ. */
    c->mpy32 = fj(p->mpy32_ua_per_mhz * p->mpy32_cycles_per_access * p->vref * 1e3 * s);
}

uint64_t ferro_energy_active_fj(const struct ferro_energy_coef *c, const struct ferro_energy_counts *n)
{
    return n->cycles * c->cycle + n->cache_hits * c->fram_hit + n->cache_misses * c->fram_miss +
           n->fram_writes * c->fram_write + n->sram_accesses * c->sram + n->mpy32_accesses * c->mpy32;
}

uint64_t ferro_energy_data_fj(const struct ferro_energy_coef *c, uint64_t cache_hits, uint64_t cache_misses,
                              uint64_t fram_writes, uint64_t sram_accesses)
{
    return cache_hits * c->fram_hit + cache_misses * c->fram_miss + fram_writes * c->fram_write +
           sram_accesses * c->sram;
}

uint64_t ferro_energy_sleep_fj(const struct ferro_energy_params *p, int lpm, uint64_t time_ps)
{
    if (lpm < 0 || lpm >= FERRO_LPM_MODES)
        return 0;
    /* uA * V * ps = 1e-18 J = 1e-3 fJ */
    return fj(p->lpm_ua[lpm] * p->vcc * (double)time_ps * 1e-3);
}

uint64_t ferro_energy_wake_fj(const struct ferro_energy_params *p, int lpm, uint64_t wakeups)
{
    if (lpm < 0 || lpm >= FERRO_LPM_MODES)
        return 0;
    /* nAs * V = nJ = 1e6 fJ */
    return fj(p->wake_nas[lpm] * p->vcc * 1e6 * (double)wakeups);
}

double ferro_energy_datasheet_fj(const struct ferro_energy_params *p, uint64_t cycles, double sram_fetch_share,
                                 double hit_ratio)
{
    double fram = hit_ratio * p->active_fram100_ua_per_mhz + (1 - hit_ratio) * p->active_fram0_ua_per_mhz;
    double k = sram_fetch_share * p->active_sram_ua_per_mhz + (1 - sram_fetch_share) * fram;
    return (double)cycles * k * p->vcc * 1e3; /* uA/MHz * V = pJ per cycle */
}
