#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fram_cache.h"

const struct fram_cache_config fram_cache_default = {2, 2, 8, FRAM_CACHE_LRU};

static int is_pow2(unsigned v) { return v && !(v & (v - 1)); }

int fram_cache_init(struct fram_cache *c, const struct fram_cache_config *cfg, char *err, size_t n)
{
    if (cfg->policy != FRAM_CACHE_OFF &&
        (!is_pow2(cfg->sets) || cfg->sets > FRAM_CACHE_MAX_SETS || !cfg->ways ||
         cfg->ways > FRAM_CACHE_MAX_WAYS || !is_pow2(cfg->line_bytes) || cfg->line_bytes < 2 ||
         cfg->line_bytes > 256)) {
        snprintf(err, n, "FRAM cache %ux%ux%u: sets (power of two, at most %d), ways (1..%d) "
                 "and line bytes (power of two, 2..256) out of range",
                 cfg->sets, cfg->ways, cfg->line_bytes, FRAM_CACHE_MAX_SETS, FRAM_CACHE_MAX_WAYS);
        return -1;
    }
    memset(c, 0, sizeof *c);
    c->cfg = *cfg;
    if (cfg->policy != FRAM_CACHE_OFF) {
        while ((1u << c->line_shift) < cfg->line_bytes)
            c->line_shift++;
        c->set_mask = cfg->sets - 1;
    }
    fram_cache_flush(c);
    return 0;
}

void fram_cache_flush(struct fram_cache *c)
{
    memset(c->tag, 0, sizeof c->tag);
    c->last_key = 0;
    for (unsigned s = 0; s < FRAM_CACHE_MAX_SETS; s++)
        for (unsigned w = 0; w < FRAM_CACHE_MAX_WAYS; w++)
            c->age[s][w] = (uint8_t)w;
}

int fram_cache_parse(const char *s, struct fram_cache_config *cfg)
{
    if (!strcmp(s, "off")) {
        *cfg = fram_cache_default;
        cfg->policy = FRAM_CACHE_OFF;
        return 0;
    }
    unsigned sets, ways, line;
    char policy[8] = "lru";
    int got = sscanf(s, "%ux%ux%u,%7s", &sets, &ways, &line, policy);
    if (got < 3 || sets > 0xFFFF || ways > 0xFFFF || line > 0xFFFF)
        return -1;
    cfg->sets = (uint16_t)sets, cfg->ways = (uint16_t)ways, cfg->line_bytes = (uint16_t)line;
    if (!strcmp(policy, "lru"))
        cfg->policy = FRAM_CACHE_LRU;
    else if (!strcmp(policy, "fifo"))
        cfg->policy = FRAM_CACHE_FIFO;
    else
        return -1;
    return 0;
}

/* Make `way` the newest in its set: every way younger than it ages by one. */
static void touch(struct fram_cache *c, unsigned set, unsigned way)
{
    uint8_t *age = c->age[set];
    for (unsigned w = 0; w < c->cfg.ways; w++)
        if (age[w] < age[way])
            age[w]++;
    age[way] = 0;
}

/* Two ways, the FR5994's geometry: the same policy without the loops. */
static int lookup_2way(struct fram_cache *c, uint32_t key, unsigned set)
{
    uint32_t *tag = c->tag[set];
    uint8_t *age = c->age[set];
    unsigned way;
    int hit = 1;
    if (tag[0] == key) {
        way = 0;
    } else if (tag[1] == key) {
        way = 1;
    } else {
        way = age[0] > age[1] ? 0 : 1; /* the older way is replaced */
        tag[way] = key;
        hit = 0;
    }
    if (!hit || c->cfg.policy == FRAM_CACHE_LRU) {
        age[way] = 0;
        age[way ^ 1] = 1;
        c->last_key = key;
    }
    return hit;
}

int fram_cache_lookup(struct fram_cache *c, uint32_t addr)
{
    if (c->cfg.policy == FRAM_CACHE_OFF)
        return 0;
    uint32_t line = addr >> c->line_shift, key = line + 1;
    unsigned set = line & c->set_mask, oldest = 0;
    if (c->cfg.ways == 2)
        return lookup_2way(c, key, set);
    for (unsigned w = 0; w < c->cfg.ways; w++) {
        if (c->tag[set][w] == key) {
            if (c->cfg.policy == FRAM_CACHE_LRU) { /* FIFO keeps the fill order */
                touch(c, set, w);
                c->last_key = key;
            }
            return 1;
        }
        if (c->age[set][w] > c->age[set][oldest])
            oldest = w;
    }
    c->tag[set][oldest] = key;
    touch(c, set, oldest);
    c->last_key = key; /* newest in its set under both policies */
    return 0;
}

void fram_cache_write(struct fram_cache *c, uint32_t addr)
{
    if (c->cfg.policy == FRAM_CACHE_OFF)
        return;
    uint32_t line = addr >> c->line_shift;
    unsigned set = line & c->set_mask;
    for (unsigned w = 0; w < c->cfg.ways; w++)
        if (c->tag[set][w] == line + 1)
            c->tag[set][w] = 0;
    if (c->last_key == line + 1)
        c->last_key = 0;
}
