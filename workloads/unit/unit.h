/*
 * unit.h - fixed-point CNN inference with UnIT inference-time pruning
 * (Neth et al., "UnIT: Unstructured Inference-Time Pruning", sections 2-3).
 *
 * One C11 source (unit.c) runs on the MSP430FR5994 (clang --target=msp430)
 * and on the host (the bit-exact reference, workloads/unit/host/). No floats,
 * no libc beyond <stdint.h>/<stddef.h>.
 *
 * Format (workloads/unit/README.md): int8 weights with a per-layer power-of-
 * two scale, int16 activations in per-layer Q formats, int32 accumulators.
 * Convolutions are "valid" (no padding, stride 1) and always followed by a
 * 2x2 max-pool and a (FAT)ReLU, computed in one pass (UNIT_CONV_POOL): the
 * pre-pool feature map is never stored, which is what lets the SRAM build fit
 * in 8 KB. Max-pool and a thresholded ReLU commute (both are monotone), so
 * pool-then-ReLU equals the textbook ReLU-then-pool.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stddef.h>
#include <stdint.h>

#define UNIT_MAX_LAYERS 4
#define UNIT_MAX_KERNEL 150     /* cin * k * k of the largest convolution   */
#define UNIT_MAX_ACT    864     /* int16 elements of the largest activation */
#define UNIT_MAX_OUT    16      /* outputs of the last (linear) layer       */
#define UNIT_TREE_MAX_LEAVES 16
#define UNIT_TREE_MAX_NODES  (UNIT_TREE_MAX_LEAVES - 1)
#define UNIT_THR_MAX 0xFFFFu    /* "skip everything": above any |x| or |w|  */

/* ---- model description (generated headers, e.g. model_mnist.h) ---------- */

enum unit_layer_kind { UNIT_CONV_POOL = 0, UNIT_LINEAR = 1 };

/* Binary search tree for the threshold division (section 2.2, Fig. 4): an
 * internal node compares the control term c with pivot (a power of two) and
 * goes to child[0] if c < pivot, else child[1]; child < 0 is leaf ~child.
 * Leaf i covers 2^i <= c < 2^(i+1) and divides T by rep[i], a calibrated
 * representative of that bucket. */
struct unit_tree {
    uint8_t n_nodes, n_leaves;
    uint16_t pivot[UNIT_TREE_MAX_NODES];
    int8_t child[UNIT_TREE_MAX_NODES][2];
    uint16_t rep[UNIT_TREE_MAX_LEAVES];
};

struct unit_layer {
    uint8_t kind;               /* enum unit_layer_kind                      */
    uint8_t cin, cout, k;       /* conv: channels and kernel size            */
    uint16_t ih, iw;            /* conv: input height and width              */
    uint16_t n_in, n_out;       /* activations in and out (linear: features) */
    uint8_t shift;              /* conv: requantization right shift          */
    uint8_t x_signed;           /* inputs may be negative (0: pixels or ReLU */
                                /* outputs, so UnIT compares x, not |x|)     */
    uint32_t macs;              /* MACs of a dense inference                 */
    const int8_t *w[2];         /* [0] dense, [1] train-time pruned weights: */
    const int32_t *b[2];        /*   conv [cout][cin][k][k]; linear [in][out] */
    const struct unit_tree *tree;
};

struct unit_model {
    const char *name;
    uint8_t n_layers, in_c, in_h, in_w, n_classes;
    const struct unit_layer *layers;
};

/* ---- configuration: FRAM block `unit_config` (section .persistent) ------ */

/* flags: what to skip. Presets are the paper's baselines (section 3.4). */
#define UNIT_F_PRUNED   0x01u   /* train-time pruned weights; skip w == 0    */
#define UNIT_F_UNIT     0x02u   /* UnIT: skip |x*w| <= T via T/|c| (eq. 1-3) */
#define UNIT_F_FATRELU  0x04u   /* ReLU -> FATReLU with threshold fat_t[l]   */
#define UNIT_F_SKIPX0   0x08u   /* skip MACs of zero activations             */

#define UNIT_MODE_DENSE        0x00u
#define UNIT_MODE_PRUNED       (UNIT_F_PRUNED)
#define UNIT_MODE_UNIT         (UNIT_F_UNIT)
#define UNIT_MODE_FATRELU      (UNIT_F_FATRELU | UNIT_F_SKIPX0)
#define UNIT_MODE_UNIT_FATRELU (UNIT_F_UNIT | UNIT_F_FATRELU)
#define UNIT_MODE_PRUNED_UNIT  (UNIT_F_PRUNED | UNIT_F_UNIT)

/* How T/|c| is computed (section 2.2). */
enum unit_div {
    UNIT_DIV_EXACT = 0,         /* integer division (EABI __mspabi_divul)    */
    UNIT_DIV_SHIFT = 1,         /* T >> floor(log2 |c|), by shifting         */
    UNIT_DIV_TREE  = 2,         /* binary tree over calibrated pivots        */
    UNIT_DIV_MASK  = 3,         /* IEEE-754 exponent masking: host only (the */
                                /* FR5994 has no floating-point hardware)    */
    UNIT_DIV_COUNT
};

#define UNIT_CONFIG_MAGIC   0x4E55u     /* "UN" */
#define UNIT_CONFIG_VERSION 1u

/* Byte layout fixed for the MSP430 and the host alike (little-endian, every
 * field at a multiple of its size; asserted in unit.c), so a sweep can patch
 * the ELF (host/unit_patch) without recompiling:
 *   0 magic  2 version  3 flags  4 div  5 mclk_mhz  6 verbose  7 reserved
 *   8 first_image  10 n_images  12 unit_t[4] (uint32)  28 fat_t[4] (int16) */
struct unit_config {
    uint16_t magic;
    uint8_t version;
    uint8_t flags;              /* UNIT_F_*                                  */
    uint8_t div;                /* enum unit_div                             */
    uint8_t mclk_mhz;           /* firmware clock: 1, 8 or 16                */
    uint8_t verbose;            /* 1: one console line per image             */
    uint8_t reserved;
    uint16_t first_image;       /* batch: images first .. first+n_images-1   */
    uint16_t n_images;          /*   (0: to the end of the test set)         */
    uint32_t unit_t[UNIT_MAX_LAYERS]; /* UnIT threshold per layer, product   */
                                      /* units 2^-(SA_in + SW)               */
    int16_t fat_t[UNIT_MAX_LAYERS];   /* FATReLU threshold per conv layer,   */
                                      /* output Q units                      */
};
#define UNIT_CONFIG_SIZE 36u

/* Initializer of a configuration: all images, 16 MHz, one line per image. */
#define UNIT_CONFIG_INIT(flags_, div_, unit_t_, fat_t_)                          \
    {                                                                            \
        .magic = UNIT_CONFIG_MAGIC, .version = UNIT_CONFIG_VERSION,              \
        .flags = (flags_), .div = (div_), .mclk_mhz = 16, .verbose = 1,          \
        .first_image = 0, .n_images = 0, .unit_t = unit_t_, .fat_t = fat_t_,     \
    }

/* ---- results: FRAM block `unit_report` (section .persistent) ----------- */

/* Written after every inference (all fields plain assignments, so a power
 * failure while writing it just rewrites it after the reboot). */
struct unit_report {
    uint16_t magic;             /* UNIT_CONFIG_MAGIC once anything ran       */
    uint16_t images_done;       /* inferences completed in this batch        */
    uint16_t correct;           /* ... whose prediction equals the label     */
    uint16_t image;             /* index (in the test set) of the last one   */
    uint8_t label, pred;        /* its label and predicted class             */
    uint8_t n_layers, reserved;
    uint32_t macs[UNIT_MAX_LAYERS];      /* dense MACs per layer (constant)  */
    uint32_t exec[UNIT_MAX_LAYERS];      /* last inference: MACs executed    */
    uint32_t skip[UNIT_MAX_LAYERS];      /*                 MACs skipped     */
    uint32_t sum_exec[UNIT_MAX_LAYERS];  /* batch totals                     */
    uint32_t sum_skip[UNIT_MAX_LAYERS];
    int32_t logits[UNIT_MAX_OUT];        /* last inference                   */
};

/* The report of the last inference (FRAM, symbol `unit_report`). */
extern struct unit_report unit_report;

/* ---- region markers (P7OUT ids; workloads/include/ferro_regions.h) ------ */
#define UNIT_REGION_INPUT      1        /* copy the image into the buffer   */
#define UNIT_REGION_LAYER(l)   (10 + (l))  /* whole layer l                 */
#define UNIT_REGION_THRESH(l)  (20 + (l))  /* threshold computation, layer l */
#define UNIT_REGION_ARGMAX     30
#define UNIT_REGION_INFER      40       /* one whole inference              */

/* ---- API ---------------------------------------------------------------- */

/* Source of input images: fills dst (in_c*in_h*in_w uint8 pixels) with test
 * image `index`; gives its label. */
typedef uint8_t (*unit_image_fn)(uint16_t index, uint8_t *dst, void *ctx);
/* Called after each completed inference with the report. */
typedef void (*unit_done_fn)(const struct unit_report *r, void *ctx);

struct unit_batch {
    const struct unit_model *model;
    const struct unit_config *cfg;
    uint16_t n_available;       /* images the source can provide            */
    unit_image_fn image;
    unit_done_fn done;
    void *ctx;
};

/* Check a configuration against a model: 0 if usable, else a short reason. */
const char *unit_config_check(const struct unit_config *cfg, const struct unit_model *m,
                              int host);

/* Run (or, in the FRAM build, resume after a reset) the batch described by b.
 * Returns 0 when the whole batch has completed, -1 if cfg->first_image is
 * beyond the images available. The configuration must pass
 * unit_config_check() first. */
int unit_run_batch(const struct unit_batch *b);

/* Forget any batch in progress (the next unit_run_batch starts over). */
void unit_reset_state(void);

const struct unit_report *unit_last_report(void);

/* Threshold divisions, exposed for tests: the value t such that a MAC with
 * control term |c| and other operand |z| is skipped when |z| <= t.
 * c == 0 gives UNIT_THR_MAX (a zero product is always below T). */
uint16_t unit_thr_exact(uint32_t t, uint16_t c);
uint16_t unit_thr_shift(uint32_t t, uint16_t c);
uint8_t unit_tree_leaf(const struct unit_tree *tree, uint16_t c);
uint16_t unit_thr_mask(uint32_t t, uint16_t c);     /* host only */

#endif /* UNIT_H */
