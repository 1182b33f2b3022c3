/*
 * unit_test_div.c - the threshold divisions of unit.c (paper section 2.2)
 * against their definitions, and the calibrated trees of the MNIST model.
 * Prints the number of checks; exit status 1 at the first failure.
 */
#include <stdio.h>

#include "model_mnist.h"
#include "unit.h"

static unsigned long checks;

#define CHECK(cond, ...)                              \
    do {                                              \
        checks++;                                     \
        if (!(cond)) {                                \
            printf("FAIL %s:%d: ", __FILE__, __LINE__); \
            printf(__VA_ARGS__);                      \
            printf("\n");                             \
            return 1;                                 \
        }                                             \
    } while (0)

static unsigned floor_log2(uint32_t v)
{
    unsigned n = 0;
    while (v >>= 1)
        n++;
    return n;
}

static uint32_t sat(uint64_t v)
{
    return v >= UNIT_THR_MAX ? UNIT_THR_MAX : (uint32_t)v;
}

int main(void)
{
    static const uint32_t ts[] = { 0, 1, 2, 3, 100, 810, 2078, 2964, 65535, 65536,
                                   1000003, 4161409, 0x7FFFFFFFu, 0xFFFFFFFFu };
    const struct unit_model *m = &unit_mnist_model;

    for (size_t k = 0; k < sizeof ts / sizeof ts[0]; k++) {
        uint32_t t = ts[k];
        CHECK(unit_thr_exact(t, 0) == UNIT_THR_MAX, "exact c=0");
        CHECK(unit_thr_shift(t, 0) == UNIT_THR_MAX, "shift c=0");
        CHECK(unit_thr_mask(t, 0) == UNIT_THR_MAX, "mask c=0");
        for (uint32_t c = 1; c <= 32768; c++) {
            uint32_t e = unit_thr_exact(t, (uint16_t)c);
            uint32_t s = unit_thr_shift(t, (uint16_t)c);
            uint32_t mk = unit_thr_mask(t, (uint16_t)c);
            unsigned n = floor_log2(c);
            CHECK(e == sat(t / c), "exact t=%u c=%u", t, c);
            /* Equation 1: |z| <= T/|c| exactly when |z*c| <= T (unsaturated). */
            if (e < UNIT_THR_MAX) {
                CHECK((uint64_t)e * c <= t && (uint64_t)(e + 1) * c > t, "eq. 1 t=%u c=%u", t, c);
            }
            /* Equation 4: T / 2^floor(log2 c), between 1x and 2x exact. */
            CHECK(s == sat(t >> n), "shift t=%u c=%u: %u", t, c, s);
            CHECK(s >= e && (s == UNIT_THR_MAX || s <= 2 * e + 1), "shift bound t=%u c=%u", t, c);
            /* Equation 6: 2^(E_T - E_c), truncated to an integer. */
            if (t && t < (1u << 24)) {     /* exact as a float */
                int d = (int)floor_log2(t) - (int)n;
                uint64_t want = d < 0 ? 0 : (uint64_t)1 << d;
                CHECK(mk == sat(want), "mask t=%u c=%u: %u", t, c, mk);
            } else if (!t) {
                CHECK(mk == 0, "mask t=0");
            }
        }
    }

    /* Trees: leaf i holds exactly the c with floor(log2 c) = i (the last leaf
     * also everything above), each rep inside its bucket; every node is
     * reachable exactly once. */
    for (uint8_t l = 0; l < m->n_layers; l++) {
        const struct unit_tree *tr = m->layers[l].tree;
        unsigned last = tr->n_leaves - 1u;
        CHECK(tr->n_leaves >= 1 && tr->n_leaves <= UNIT_TREE_MAX_LEAVES, "layer %u leaves", l);
        CHECK(tr->n_nodes == tr->n_leaves - 1u, "layer %u nodes", l);
        for (uint32_t c = 1; c <= 65535; c++) {
            unsigned want = floor_log2(c) < last ? floor_log2(c) : last;
            CHECK(unit_tree_leaf(tr, (uint16_t)c) == want, "layer %u c=%u", l, c);
        }
        for (unsigned i = 0; i < tr->n_leaves; i++)
            CHECK(tr->rep[i] >= (1u << i) && (i == last || tr->rep[i] < (2u << i)),
                  "layer %u rep[%u]=%u", l, i, tr->rep[i]);
    }
    printf("unit_test_div: %lu checks PASS\n", checks);
    return 0;
}
