/*
 * unit_host.c - host reference of the UnIT firmware: the same kernel source
 * (../unit.c), the same model and test batch headers, the same console lines.
 *
 *   unit_host [config options] [--data DIR] [--power-fail K]
 *
 * Prints, exactly as the firmware does,
 *   img I label L pred P exec E0 E1 E2 skip S0 S1 S2      (per image)
 *   batch images N correct C exec E0 E1 E2 skip S0 S1 S2
 * then a "host:" line with the accuracy and the share of MACs skipped.
 * --data DIR runs the whole Fashion-MNIST test set instead of the committed
 * batch (DIR/test-images.u8, DIR/test-labels.u8 from train/regen.sh).
 * --power-fail K also runs the batch with a power failure injected at every
 * K-th persistent-write boundary (unit_platform.h: UNIT_CHECKPOINT) and
 * checks that every inference ends exactly as without failures.
 * Exit status: 0; 1 predictions of the dense/pruned modes differ from
 * train.py's integer reference; 2 a resumed run differs; 64 bad usage;
 * 66 data files unreadable.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UNIT_DEFINE_TEST_IMAGES
#include "model_mnist.h"
#include "model_mnist_test.h"
#include "unit.h"
#include "unit_opts.h"
#include "unit_platform.h"

struct source {
    const uint8_t *images;      /* n * 784 pixels */
    const uint8_t *labels;
    uint16_t n;
};

/* Per image results kept for comparisons (indexed by position in batch). */
struct result {
    uint8_t pred, seen;
    uint32_t exec[UNIT_MAX_LAYERS], skip[UNIT_MAX_LAYERS];
    int32_t logits[UNIT_MAX_OUT];
};

struct run {
    const struct unit_config *cfg;
    const struct source *src;
    struct result *res;
    int print;
    unsigned mismatches;        /* vs train.py's integer reference */
};

static uint8_t get_image(uint16_t index, uint8_t *dst, void *ctx)
{
    const struct run *r = ctx;
    memcpy(dst, r->src->images + (size_t)index * 784u, 784);
    return r->src->labels[index];
}

static void print_counts(const char *tag, const uint32_t *v, uint8_t n)
{
    printf("%s", tag);
    for (uint8_t l = 0; l < n; l++)
        printf(" %" PRIu32, v[l]);
}

static void done(const struct unit_report *rep, void *ctx)
{
    struct run *r = ctx;
    struct result *res = &r->res[rep->image - r->cfg->first_image];

    if (r->src->images == &unit_mnist_test_images[0][0]) {
        if (r->cfg->flags == UNIT_MODE_DENSE && rep->pred != unit_mnist_test_pred_dense[rep->image])
            r->mismatches++;
        if (r->cfg->flags == UNIT_MODE_PRUNED && rep->pred != unit_mnist_test_pred_pruned[rep->image])
            r->mismatches++;
    }
    res->pred = rep->pred;
    res->seen = 1;
    memcpy(res->exec, rep->exec, sizeof res->exec);
    memcpy(res->skip, rep->skip, sizeof res->skip);
    memcpy(res->logits, rep->logits, sizeof res->logits);
    if (!r->print || !r->cfg->verbose)
        return;
    printf("img %u label %u pred %u", rep->image, rep->label, rep->pred);
    print_counts(" exec", rep->exec, rep->n_layers);
    print_counts(" skip", rep->skip, rep->n_layers);
    printf("\n");
}

/* ---- power-failure injection ------------------------------------------- */

static jmp_buf power_jmp;
static unsigned long fail_every, since_boot, failures;

static void checkpoint(void)
{
    if (++since_boot >= fail_every) {
        since_boot = 0;
        failures++;
        longjmp(power_jmp, 1);
    }
}

/* Run the batch from scratch, failing every k checkpoints; returns the
 * number of failures. setjmp lives here, with nothing local to clobber. */
static const struct unit_batch *pf_batch;

static unsigned long run_with_failures(void)
{
    unit_reset_state();
    since_boot = 0;
    failures = 0;
    unit_host_checkpoint_hook = checkpoint;
    if (setjmp(power_jmp))
        unit_host_power_loss();         /* reboot: SRAM is gone, FRAM kept */
    unit_run_batch(pf_batch);
    unit_host_checkpoint_hook = NULL;
    return failures;
}

static uint8_t *read_file(const char *dir, const char *name, size_t *len)
{
    char path[4096];
    FILE *f;
    uint8_t *buf;
    long n;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "rb");
    if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET)) {
        fprintf(stderr, "%s: cannot read\n", path);
        if (f)
            fclose(f);
        return NULL;
    }
    buf = malloc((size_t)n);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "%s: cannot read\n", path);
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: unit_host [options]\n%s"
               "  --data DIR    whole test set from DIR/test-images.u8, test-labels.u8\n"
               "  --power-fail K  also run with a power failure every K checkpoints\n",
            unit_opts_usage);
}

int main(int argc, char **argv)
{
    struct unit_config cfg =
        UNIT_CONFIG_INIT(UNIT_MODE_UNIT, UNIT_DIV_SHIFT, UNIT_MNIST_UNIT_T, UNIT_MNIST_FAT_T);
    struct source src = { &unit_mnist_test_images[0][0], unit_mnist_test_labels, UNIT_MNIST_TEST_N };
    const char *data = NULL, *err;
    uint8_t *img_buf = NULL, *lab_buf = NULL;
    unsigned long power_fail = 0;
    struct run run = { &cfg, &src, NULL, 1, 0 };
    struct unit_batch b;
    const struct unit_report *rep = unit_last_report();
    uint32_t exec = 0, skip = 0;
    int status = 0;

    for (int i = 1; i < argc; i++) {
        int r = unit_opt_apply(&cfg, argc, argv, &i);
        if (r < 0)
            return 64;
        if (r)
            continue;
        if (!strcmp(argv[i], "--data") && i + 1 < argc) {
            data = argv[++i];
        } else if (!strcmp(argv[i], "--power-fail") && i + 1 < argc) {
            char *end;
            power_fail = strtoul(argv[++i], &end, 10);
            if (*end || power_fail < 4) {
                fprintf(stderr, "--power-fail needs a number >= 4\n");
                return 64;
            }
        } else if (!strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 64;
        }
    }
    if (data) {
        size_t ni, nl;
        img_buf = read_file(data, "test-images.u8", &ni);
        lab_buf = img_buf ? read_file(data, "test-labels.u8", &nl) : NULL;
        if (!img_buf || !lab_buf)
            return 66;
        if (ni != nl * 784u || nl > 0xFFFF) {
            fprintf(stderr, "%s: %zu image bytes for %zu labels\n", data, ni, nl);
            return 66;
        }
        src.images = img_buf;
        src.labels = lab_buf;
        src.n = (uint16_t)nl;
    }
    err = unit_config_check(&cfg, &unit_mnist_model, 1);
    if (err) {
        fprintf(stderr, "bad configuration: %s\n", err);
        return 64;
    }
    run.res = calloc(src.n, sizeof *run.res);
    if (!run.res)
        return 70;
    b = (struct unit_batch){ &unit_mnist_model, &cfg, src.n, get_image, done, &run };

    unit_reset_state();
    if (unit_run_batch(&b) != 0) {
        fprintf(stderr, "first image %u out of range (%u images)\n", cfg.first_image, src.n);
        return 64;
    }
    printf("batch images %u correct %u", rep->images_done, rep->correct);
    print_counts(" exec", rep->sum_exec, rep->n_layers);
    print_counts(" skip", rep->sum_skip, rep->n_layers);
    printf("\n");
    for (uint8_t l = 0; l < rep->n_layers; l++) {
        exec += rep->sum_exec[l];
        skip += rep->sum_skip[l];
    }
    printf("host: mode %s div %s accuracy %.4f macs skipped %.2f%%", unit_mode_name(cfg.flags),
           unit_div_name(cfg.div), (double)rep->correct / rep->images_done,
           100.0 * skip / (double)(exec + skip));
    for (uint8_t l = 0; l < rep->n_layers; l++)
        printf(" L%u %.2f%%", l,
               100.0 * rep->sum_skip[l] / (double)(rep->sum_exec[l] + rep->sum_skip[l]));
    printf("\n");
    if (run.mismatches) {
        fprintf(stderr, "%u predictions differ from train.py's integer reference\n", run.mismatches);
        status = 1;
    }

    if (power_fail) {
        /* Same batch, failing every K persistent-write boundaries. */
        struct result *clean = run.res;
        uint16_t images = rep->images_done;
        uint16_t correct = rep->correct;
        unsigned bad = 0;

        run.res = calloc(src.n, sizeof *run.res);
        run.print = 0;
        if (!run.res)
            return 70;
        fail_every = power_fail;
        pf_batch = &b;
        run_with_failures();
        for (uint16_t k = 0; k < images; k++)
            if (!run.res[k].seen || memcmp(&run.res[k].exec, &clean[k].exec,
                                           sizeof clean[k] - offsetof(struct result, exec)) ||
                run.res[k].pred != clean[k].pred)
                bad++;
        if (rep->images_done != images || rep->correct != correct)
            bad++;
        printf("host: power failure every %lu checkpoints: %lu failures, %u inferences differ\n",
               power_fail, failures, bad);
        if (bad)
            status = 2;
        free(clean);
    }
    free(run.res);
    free(img_buf);
    free(lab_buf);
    return status;
}
