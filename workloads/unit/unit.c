/*
 * unit.c - fixed-point CNN inference with UnIT pruning; shared, unchanged, by
 * the MSP430 firmware and the host reference (bit-exact by construction).
 * Paper references: "UnIT: Unstructured Inference-Time Pruning", sections
 * 2.1 (equations 1-3), 2.2 (division approximations), 3.4 (baselines).
 *
 * Intermittence (as in SONIC): all progress lives in `st` (UNIT_NV, FRAM by
 * default). Each stage of an inference is a loop over units of work (conv:
 * one pooled output; linear: one input activation) whose results go to a
 * buffer the stage does not read (layer l reads act[l & 1] and writes
 * act[(l + 1) & 1]; the linear accumulators and the per-layer skip counter
 * alternate by the parity of the unit index), then the unit is committed by
 * one 16-bit write of the stage's own counter st.idx[stage]. Re-running a
 * unit after a power failure rewrites the same values, so the result is the
 * uninterrupted one. Every transition is committed by one 16-bit write too
 * (st.stage, st.image), after preparing what the next step reads, so a
 * failure never redoes more than one unit or one transition: between two
 * commits there are at most 3 checkpoints (host/unit_host --power-fail),
 * and no long stage can be caught re-executing forever.
 */
#include "unit.h"

#include "unit_platform.h"

#if !defined(__MSP430__)
#include <string.h>
void (*unit_host_checkpoint_hook)(void);
#endif

_Static_assert(sizeof(struct unit_config) == UNIT_CONFIG_SIZE, "unit_config layout");
_Static_assert(offsetof(struct unit_config, first_image) == 8, "unit_config layout");
_Static_assert(offsetof(struct unit_config, unit_t) == 12, "unit_config layout");
_Static_assert(offsetof(struct unit_config, fat_t) == 28, "unit_config layout");
_Static_assert(sizeof(struct unit_report) == 156, "unit_report layout");
_Static_assert(offsetof(struct unit_report, macs) == 12, "unit_report layout");
_Static_assert(offsetof(struct unit_report, logits) == 92, "unit_report layout");

#define STAGE_LOAD 0u           /* then 1..n_layers: layer stage-1; then finish */

struct batch_totals {
    uint16_t correct, pad;
    uint32_t skip[UNIT_MAX_LAYERS];
};

struct unit_state {
    uint16_t cfg_sum;           /* checksum of the configuration of the batch */
    uint16_t image;             /* images of the batch completed (commit)     */
    uint16_t owner;             /* image that stage and idx[] belong to       */
    uint8_t stage;              /* STAGE_LOAD, 1..n_layers, then finish       */
    uint8_t label;
    uint16_t idx[UNIT_MAX_LAYERS + 1];  /* next unit of work, per stage      */
    uint32_t lskip[2];          /* current layer's skips, by parity of idx    */
    uint32_t skip[UNIT_MAX_LAYERS];         /* this inference, done layers   */
    struct batch_totals tot[2];             /* by parity of image            */
    int32_t acc[2][UNIT_MAX_OUT];           /* linear layer, by parity of idx */
    int16_t act[2][UNIT_MAX_ACT];           /* layer inputs/outputs          */
};

static UNIT_NV struct unit_state st;
UNIT_FRAM struct unit_report unit_report;   /* fixed symbol, read by the analysis */

/* Derived data, recomputed whenever needed (so it may live in SRAM in every
 * build): thresholds of the current conv output channel, leaf thresholds of
 * the current layer's tree. */
static uint16_t thr_w[UNIT_MAX_KERNEL];
static uint16_t thr_leaf[UNIT_TREE_MAX_LEAVES];

#if !defined(__MSP430__)
void unit_host_power_loss(void)
{
    memset(thr_w, 0xA5, sizeof thr_w);
    memset(thr_leaf, 0xA5, sizeof thr_leaf);
}
#endif

/* Conv inner-loop variants: what a MAC is skipped for. */
enum { K_DENSE = 0, K_SKIPW = 1, K_SKIPX = 2, K_SKIPWX = 3, K_UNIT = 4, K_UNIT_SIGNED = 5 };

/* ---- threshold division (section 2.2) ---------------------------------- */

static uint16_t sat_thr(uint32_t v)
{
    return v >= UNIT_THR_MAX ? (uint16_t)UNIT_THR_MAX : (uint16_t)v;
}

/* floor(T / c): |z| <= floor(T/|c|) exactly when |z * c| <= T (equation 1),
 * since |z| is an integer. On the MSP430 this is the EABI helper
 * __mspabi_divul (32-bit unsigned division). */
uint16_t unit_thr_exact(uint32_t t, uint16_t c)
{
    if (c == 0)
        return UNIT_THR_MAX;
    return sat_thr(t / c);
}

/* Bit shifting (equation 4, Fig. 3): shift c right until it is 1, shifting T
 * along, i.e. T / 2^n with 2^n <= c < 2^(n+1): at most 15 iterations of two
 * shifts, no division. Rounds the divisor down, so the threshold is between
 * 1x and 2x the exact one. */
uint16_t unit_thr_shift(uint32_t t, uint16_t c)
{
    if (c == 0)
        return UNIT_THR_MAX;
    while (c > 1) {
        c >>= 1;
        t >>= 1;
    }
    return sat_thr(t);
}

/* Binary tree search (Fig. 4): the leaf (exponent bucket) of c, by comparing
 * against the tree's pivots; the caller looks up T / rep[leaf] computed once
 * per layer. c must be nonzero. */
uint8_t unit_tree_leaf(const struct unit_tree *tree, uint16_t c)
{
    int8_t n = 0;

    if (tree->n_nodes == 0)
        return 0;
    for (;;) {
        int8_t next = tree->child[n][c >= tree->pivot[n]];
        if (next < 0)
            return (uint8_t)~next;
        n = next;
    }
}

/* Bit masking (equations 5-6): |T / c| ~ 2^(E_T - E_c) from the IEEE-754
 * exponent fields alone. For floating-point hardware (the paper's MAX78000);
 * the FR5994 has none, so this is compiled for the host reference only. */
uint16_t unit_thr_mask(uint32_t t, uint16_t c)
{
#if defined(__MSP430__)
    return unit_thr_exact(t, c);        /* unreachable: rejected by the check */
#else
    float ft = (float)t, fc = (float)c, r;
    uint32_t bt, bc, br;
    int e;

    if (c == 0)
        return UNIT_THR_MAX;
    if (t == 0)
        return 0;
    memcpy(&bt, &ft, sizeof bt);
    memcpy(&bc, &fc, sizeof bc);
    e = (int)((bt >> 23) & 0xFF) - (int)((bc >> 23) & 0xFF);   /* E_T - E_c */
    br = (uint32_t)(e + 127) << 23;     /* 2^e, re-biased; e in [-15, 31]    */
    memcpy(&r, &br, sizeof r);
    return r >= 65535.0f ? (uint16_t)UNIT_THR_MAX : (uint16_t)r;
#endif
}

/* Leaf thresholds of a tree for threshold t: one exact division per leaf and
 * layer, so the per-control-term cost is only the tree walk. */
static void tree_prepare(const struct unit_tree *tree, uint32_t t)
{
    for (uint8_t i = 0; i < tree->n_leaves; i++)
        thr_leaf[i] = unit_thr_exact(t, tree->rep[i]);
}

static uint16_t thr_control(uint8_t div, const struct unit_tree *tree, uint32_t t, uint16_t c)
{
    switch (div) {
    case UNIT_DIV_SHIFT:
        return unit_thr_shift(t, c);
    case UNIT_DIV_TREE:
        return c == 0 ? (uint16_t)UNIT_THR_MAX : thr_leaf[unit_tree_leaf(tree, c)];
    case UNIT_DIV_MASK:
        return unit_thr_mask(t, c);
    default:
        return unit_thr_exact(t, c);
    }
}

/* ---- kernels ------------------------------------------------------------ */

static uint16_t mag16(int16_t v)
{
    return v < 0 ? (uint16_t)-(int32_t)v : (uint16_t)v;
}

/* One convolution output: the dot product of the k x k x cin window at `in`
 * with the kernel `w`, skipping MACs as `kind` says; adds the skipped count
 * to *skipped. Conv layers reuse each weight at every position, so UnIT's
 * control term is the weight (equation 3): thr_w[j] = T / |w_j| was computed
 * once per output channel and each activation is compared against it. */
/* The window loop, with BODY deciding per MAC (x: activation, wv: weight,
 * tp: its threshold); one copy per variant keeps the mode test out of the
 * inner loop. Pointer increments only: no multiply may run while the MPY32
 * accumulates (unit_platform.h). */
#define CONV_WINDOW(BODY)                                              \
    for (uint8_t ci = 0; ci < cin; ci++, in += plane) {                \
        const int16_t *row = in;                                       \
        for (uint8_t ky = 0; ky < k; ky++, row += iw) {                \
            for (uint8_t kx = 0; kx < k; kx++, w++, tp++) {            \
                int16_t x = row[kx];                                   \
                int8_t wv = *w;                                        \
                BODY;                                                  \
            }                                                          \
        }                                                              \
    }

static int32_t conv_dot(uint8_t kind, const int16_t *in, const int8_t *w, uint8_t cin, uint8_t k,
                        uint16_t plane, uint16_t iw, uint16_t *skipped)
{
    const uint16_t *tp = thr_w;
    uint16_t sk = 0;
    UNIT_DOT_DECL;

    UNIT_DOT_BEGIN();
    switch (kind) {
    case K_DENSE:
        CONV_WINDOW(UNIT_DOT_MAC(x, wv))
        break;
    case K_SKIPW:
        CONV_WINDOW(if (wv == 0) sk++; else UNIT_DOT_MAC(x, wv))
        break;
    case K_SKIPX:
        CONV_WINDOW(if (x == 0) sk++; else UNIT_DOT_MAC(x, wv))
        break;
    case K_SKIPWX:
        CONV_WINDOW(if (x == 0 || wv == 0) sk++; else UNIT_DOT_MAC(x, wv))
        break;
    case K_UNIT:                /* equation 3: skip |x| <= T/|w|, x >= 0 */
        CONV_WINDOW(if ((uint16_t)x <= *tp) sk++; else UNIT_DOT_MAC(x, wv))
        break;
    default:                    /* K_UNIT_SIGNED: the same for any sign */
        CONV_WINDOW(if (mag16(x) <= *tp) sk++; else UNIT_DOT_MAC(x, wv))
        break;
    }
    *skipped += sk;
    return UNIT_DOT_END();
}

/* Rounded right shift of a positive accumulator to int16, then the
 * (FAT)ReLU: values <= fat become 0 (fat = 0 is the plain ReLU). */
static int16_t requant_relu(int32_t v, uint8_t shift, int16_t fat)
{
    int32_t q;

    if (v <= 0)
        return 0;
    q = (v + ((int32_t)1 << (shift - 1))) >> shift;
    if (q > 32767)
        q = 32767;
    return (int16_t)q > fat ? (int16_t)q : 0;
}

/* Commit unit u of the current layer: skip counter (by parity), then idx. */
static void commit_unit(uint16_t u, uint16_t skipped)
{
    uint32_t base = u == 0 ? 0 : st.lskip[u & 1];

    UNIT_CHECKPOINT();
    st.lskip[(u + 1) & 1] = base + skipped;
    UNIT_CHECKPOINT();
    st.idx[st.stage] = u + 1;
}

/* Convolution + 2x2 max-pool + (FAT)ReLU; unit = one pooled output, in
 * [channel][y][x] order, so the thresholds of a channel are computed once
 * and reused for all its positions. */
static void conv_pool_layer(const struct unit_config *cfg, uint8_t l, const struct unit_layer *L,
                            uint8_t kind, uint8_t set, int16_t fat)
{
    const int16_t *in = st.act[l & 1];
    int16_t *out = st.act[(l + 1) & 1];
    const int8_t *W = L->w[set];
    const int32_t *B = L->b[set];
    uint16_t kk = (uint16_t)L->cin * L->k * L->k;
    uint16_t oh = L->ih - L->k + 1, ow = L->iw - L->k + 1;
    uint16_t ph = oh / 2, pw = ow / 2, per = ph * pw;
    uint16_t plane = L->ih * L->iw;
    uint16_t u = st.idx[st.stage];
    uint16_t c = u / per, r = u % per;
    uint16_t py = r / pw, px = r % pw;
    uint8_t variant = (kind == K_UNIT && L->x_signed) ? K_UNIT_SIGNED : kind;

    if (u >= L->n_out)
        return;
    if (kind == K_UNIT && cfg->div == UNIT_DIV_TREE) {
        UNIT_REGION_BEGIN(UNIT_REGION_THRESH(l));
        tree_prepare(L->tree, cfg->unit_t[l]);
        UNIT_REGION_END();
    }
    for (; c < L->cout; c++, py = 0, px = 0) {
        const int8_t *wc = W + c * kk;
        if (kind == K_UNIT) {
            /* Equation 3: T / |w| once per weight of this output channel. */
            UNIT_REGION_BEGIN(UNIT_REGION_THRESH(l));
            for (uint16_t j = 0; j < kk; j++)
                thr_w[j] = thr_control(cfg->div, L->tree, cfg->unit_t[l], mag16(wc[j]));
            UNIT_REGION_END();
        }
        for (; py < ph; py++, px = 0) {
            for (; px < pw; px++) {
                uint16_t skipped = 0;
                const int16_t *base = in + (2 * py) * L->iw + 2 * px;
                int32_t best = conv_dot(variant, base, wc, L->cin, L->k, plane, L->iw, &skipped);
                int32_t v = conv_dot(variant, base + 1, wc, L->cin, L->k, plane, L->iw, &skipped);
                if (v > best)
                    best = v;
                v = conv_dot(variant, base + L->iw, wc, L->cin, L->k, plane, L->iw, &skipped);
                if (v > best)
                    best = v;
                v = conv_dot(variant, base + L->iw + 1, wc, L->cin, L->k, plane, L->iw, &skipped);
                if (v > best)
                    best = v;
                /* The bias is common to the 4 pooled values: add it once. */
                out[u] = requant_relu(best + B[c], L->shift, fat);
                commit_unit(u, skipped);
                u++;
            }
        }
    }
}

/* Linear layer, input-stationary (Fig. 1, equation 2): for each input x_i,
 * one threshold T / |x_i| is compared with the |w| of its whole row of
 * weights ([n_in][n_out] layout). The accumulators alternate between
 * st.acc[0] and st.acc[1] by the parity of i (the bias seeds i = 0). */
static void linear_layer(const struct unit_config *cfg, uint8_t l, const struct unit_layer *L,
                         uint8_t flags, uint8_t set)
{
    const int16_t *in = st.act[l & 1];
    const int8_t *W = L->w[set];
    const int32_t *B = L->b[set];
    uint8_t n_out = (uint8_t)L->n_out;
    uint32_t t = cfg->unit_t[l];

    if (st.idx[st.stage] >= L->n_in)
        return;
    if ((flags & UNIT_F_UNIT) && cfg->div == UNIT_DIV_TREE) {
        UNIT_REGION_BEGIN(UNIT_REGION_THRESH(l));
        tree_prepare(L->tree, t);
        UNIT_REGION_END();
    }
    for (uint16_t i = st.idx[st.stage]; i < L->n_in; i++) {
        const int32_t *prev = i == 0 ? B : st.acc[i & 1];
        int32_t *next = st.acc[(i + 1) & 1];
        const int8_t *wr = W + i * n_out;
        int16_t x = in[i];
        uint16_t skipped = 0;

        if (flags & UNIT_F_UNIT) {
            uint16_t thr;
            UNIT_REGION_BEGIN(UNIT_REGION_THRESH(l));
            thr = thr_control(cfg->div, L->tree, t, L->x_signed ? mag16(x) : (uint16_t)x); /* eq. 2 */
            UNIT_REGION_END();
            for (uint8_t j = 0; j < n_out; j++) {
                int8_t w = wr[j];
                if ((uint16_t)(w < 0 ? -w : w) <= thr) {
                    skipped++;
                    next[j] = prev[j];
                } else {
                    next[j] = prev[j] + UNIT_MUL(x, w);
                }
            }
        } else if ((flags & UNIT_F_SKIPX0) && x == 0) {
            skipped = n_out;
            for (uint8_t j = 0; j < n_out; j++)
                next[j] = prev[j];
        } else if (flags & UNIT_F_PRUNED) {
            for (uint8_t j = 0; j < n_out; j++) {
                int8_t w = wr[j];
                if (w == 0) {
                    skipped++;
                    next[j] = prev[j];
                } else {
                    next[j] = prev[j] + UNIT_MUL(x, w);
                }
            }
        } else {
            for (uint8_t j = 0; j < n_out; j++)
                next[j] = prev[j] + UNIT_MUL(x, wr[j]);
        }
        commit_unit(i, skipped);
    }
}

/* ---- batch driver ------------------------------------------------------- */

static uint16_t config_sum(const struct unit_config *cfg)
{
    const uint8_t *p = (const uint8_t *)cfg;
    uint16_t s = 0x5A5A;

    for (uint16_t i = 0; i < sizeof *cfg; i++)
        s = (uint16_t)((s << 1 | s >> 15) ^ p[i]);
    return s;
}

const char *unit_config_check(const struct unit_config *cfg, const struct unit_model *m, int host)
{
    if (cfg->magic != UNIT_CONFIG_MAGIC || cfg->version != UNIT_CONFIG_VERSION)
        return "bad magic or version";
    if (cfg->flags & ~(UNIT_F_PRUNED | UNIT_F_UNIT | UNIT_F_FATRELU | UNIT_F_SKIPX0))
        return "unknown flags";
    if (cfg->div >= UNIT_DIV_COUNT || (cfg->div == UNIT_DIV_MASK && !host))
        return "division method not available here (mask is host only)";
    if (m->n_layers == 0 || m->n_layers > UNIT_MAX_LAYERS ||
        m->layers[m->n_layers - 1].kind != UNIT_LINEAR)
        return "model must end with a linear layer";
    for (uint8_t l = 0; l < m->n_layers; l++) {
        const struct unit_layer *L = &m->layers[l];
        if (L->n_in > UNIT_MAX_ACT || (L->kind == UNIT_CONV_POOL && L->n_out > UNIT_MAX_ACT) ||
            (L->kind == UNIT_CONV_POOL && (uint16_t)L->cin * L->k * L->k > UNIT_MAX_KERNEL) ||
            (L->kind == UNIT_LINEAR && L->n_out > UNIT_MAX_OUT) ||
            (L->kind == UNIT_CONV_POOL && L->shift == 0))
            return "model exceeds the runtime's buffers";
    }
    if ((uint16_t)m->in_c * m->in_h * m->in_w > UNIT_MAX_ACT)
        return "input exceeds the activation buffer";
    return 0;
}

void unit_reset_state(void)
{
    st.owner = 0xFFFF;          /* stage and idx[] describe no image */
    UNIT_CHECKPOINT();
    st.image = 0;
}

const struct unit_report *unit_last_report(void)
{
    return &unit_report;
}

/* Stage 0: fetch the image as uint8 into the upper half of act[0] and widen
 * it in place to int16 (pixel = Q8, the input format); reading byte i before
 * writing element i never overwrites an unread byte. Re-run from scratch
 * after a failure (the source is constant). */
static void load_input(const struct unit_batch *b, uint16_t index)
{
    uint16_t n = (uint16_t)b->model->in_c * b->model->in_h * b->model->in_w;
    int16_t *a = st.act[0];
    uint8_t *bytes = (uint8_t *)a + n;
    uint8_t label = b->image(index, bytes, b->ctx);

    for (uint16_t i = 0; i < n; i++)
        a[i] = bytes[i];
    st.label = label;
}

static void finish(const struct unit_batch *b, uint16_t pos)
{
    const struct unit_model *m = b->model;
    const struct unit_layer *last = &m->layers[m->n_layers - 1];
    const int32_t *logits = st.acc[last->n_in & 1];
    const struct batch_totals *prev = &st.tot[pos & 1];
    struct batch_totals *next = &st.tot[(pos + 1) & 1];
    uint8_t pred = 0;

    UNIT_REGION_BEGIN(UNIT_REGION_ARGMAX);
    for (uint8_t j = 1; j < last->n_out; j++)           /* first maximum wins */
        if (logits[j] > logits[pred])
            pred = j;
    UNIT_REGION_END();

    unit_report.magic = UNIT_CONFIG_MAGIC;
    unit_report.image = b->cfg->first_image + pos;
    unit_report.label = st.label;
    unit_report.pred = pred;
    unit_report.n_layers = m->n_layers;
    for (uint8_t j = 0; j < last->n_out; j++)
        unit_report.logits[j] = logits[j];
    next->correct = (pos ? prev->correct : 0) + (pred == st.label);
    for (uint8_t l = 0; l < m->n_layers; l++) {
        uint32_t macs = m->layers[l].macs;
        next->skip[l] = (pos ? prev->skip[l] : 0) + st.skip[l];
        unit_report.macs[l] = macs;
        unit_report.skip[l] = st.skip[l];
        unit_report.exec[l] = macs - st.skip[l];
        unit_report.sum_skip[l] = next->skip[l];
        unit_report.sum_exec[l] = macs * (uint32_t)(pos + 1) - next->skip[l];
    }
    unit_report.correct = next->correct;
    unit_report.images_done = pos + 1;
}

int unit_run_batch(const struct unit_batch *b)
{
    const struct unit_config *cfg = b->cfg;
    const struct unit_model *m = b->model;
    uint8_t flags = cfg->flags;
    uint8_t set = (flags & UNIT_F_PRUNED) ? 1 : 0;
    uint8_t kind;
    uint16_t n_img = cfg->n_images;
    uint16_t sum = config_sum(cfg);

    if (cfg->first_image >= b->n_available)
        return -1;
    if (n_img == 0 || n_img > b->n_available - cfg->first_image)
        n_img = b->n_available - cfg->first_image;

    if (flags & UNIT_F_UNIT)
        kind = K_UNIT;
    else
        kind = (uint8_t)(((flags & UNIT_F_PRUNED) ? K_SKIPW : 0) |
                         ((flags & UNIT_F_SKIPX0) ? K_SKIPX : 0));

    /* A finished batch, or one run with another configuration, starts over. */
    if (st.cfg_sum != sum || st.image >= n_img) {
        unit_reset_state();
        UNIT_CHECKPOINT();
        st.cfg_sum = sum;
    }

    while (st.image < n_img) {
        uint16_t pos = st.image;

        if (st.owner != pos) {                  /* a new image: start it */
            st.stage = STAGE_LOAD;
            UNIT_CHECKPOINT();
            st.owner = pos;
        }
        if (st.stage == STAGE_LOAD) {
            UNIT_REGION_BEGIN(UNIT_REGION_INFER);
            UNIT_REGION_BEGIN(UNIT_REGION_INPUT);
            load_input(b, cfg->first_image + pos);
            UNIT_REGION_END();
            UNIT_CHECKPOINT();
            st.idx[1] = 0;
            UNIT_CHECKPOINT();
            st.stage = 1;
        }
        while (st.stage >= 1 && st.stage <= m->n_layers) {
            uint8_t l = st.stage - 1;
            const struct unit_layer *L = &m->layers[l];
            uint16_t done_units;

            UNIT_REGION_BEGIN(UNIT_REGION_LAYER(l));
            if (L->kind == UNIT_CONV_POOL)
                conv_pool_layer(cfg, l, L, kind, set,
                                (flags & UNIT_F_FATRELU) ? cfg->fat_t[l] : 0);
            else
                linear_layer(cfg, l, L, flags, set);
            UNIT_REGION_END();
            done_units = st.idx[st.stage];
            UNIT_CHECKPOINT();
            st.skip[l] = done_units == 0 ? 0 : st.lskip[done_units & 1];
            UNIT_CHECKPOINT();
            if (l + 1 < m->n_layers)
                st.idx[l + 2] = 0;
            UNIT_CHECKPOINT();
            st.stage = l + 2;
        }
        finish(b, pos);
        UNIT_REGION_END();                      /* UNIT_REGION_INFER */
        if (b->done)
            b->done(&unit_report, b->ctx);
        UNIT_CHECKPOINT();
        st.image = pos + 1;
    }
    return 0;
}
