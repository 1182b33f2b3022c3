/*
 * mnist_main.c - UnIT firmware: the MNIST-architecture model (paper Table 1)
 * on a batch of Fashion-MNIST test images, with the pruning mode and the
 * division method read from the FRAM block `unit_config` (patch it in the
 * ELF with host/unit_patch to sweep without recompiling).
 *
 * Console (LF line ends):
 *   unit mnist: flags 0x02 (unit) div shift state fram mclk 16 MHz
 *   img 0 label 9 pred 9 exec E0 E1 E2 skip S0 S1 S2      (per image, verbose)
 *   batch images 64 correct 57 exec E0 E1 E2 skip S0 S1 S2
 *   unit mnist: done
 * E/S: MACs executed/skipped per layer (conv1, conv2, fc). The `img` and
 * `batch` lines are exactly what the host reference prints.
 * Exit code: 0; 1 bad configuration; 2 dense/pruned predictions differ from
 * the training pipeline's integer reference (model_mnist_test.h).
 */
#include <stdint.h>

#include "ferro_board.h"
#include "ferro_console.h"
#include "ferro_regions.h"
#include "model_mnist.h"
#include "model_mnist_test.h"
#include "unit.h"
#include "unit_platform.h"

/* The configuration block: fixed symbol, fixed layout (unit.h). */
UNIT_FRAM struct unit_config unit_config =
    UNIT_CONFIG_INIT(UNIT_MODE_UNIT, UNIT_DIV_SHIFT, UNIT_MNIST_UNIT_T, UNIT_MNIST_FAT_T);

/* 20-bit address of unit_mnist_test_images (mnist_images.c). */
extern const uint32_t unit_mnist_test_far;

static uint8_t mismatches;

static uint8_t get_image(uint16_t index, uint8_t *dst, void *ctx)
{
    (void)ctx;
    unit_far_copy(unit_mnist_test_far + (uint32_t)index * 784u, dst, 784);
    return unit_mnist_test_labels[index];
}

static void put_counts(const char *tag, const uint32_t *v, uint8_t n)
{
    console_puts(tag);
    for (uint8_t l = 0; l < n; l++) {
        console_putc(' ');
        console_put_u32(v[l]);
    }
}

static void done(const struct unit_report *r, void *ctx)
{
    const struct unit_config *cfg = ctx;

    /* The dense and pruned modes must reproduce train.py's integer model. */
    if (cfg->flags == UNIT_MODE_DENSE && r->pred != unit_mnist_test_pred_dense[r->image])
        mismatches++;
    if (cfg->flags == UNIT_MODE_PRUNED && r->pred != unit_mnist_test_pred_pruned[r->image])
        mismatches++;
    if (!cfg->verbose)
        return;
    console_puts("img ");
    console_put_u16(r->image);
    console_puts(" label ");
    console_put_u16(r->label);
    console_puts(" pred ");
    console_put_u16(r->pred);
    put_counts(" exec", r->exec, r->n_layers);
    put_counts(" skip", r->skip, r->n_layers);
    console_putc('\n');
}

static const char *const div_names[] = { "exact", "shift", "tree", "mask" };

int main(void)
{
    const struct unit_config *cfg = &unit_config;
    const char *err = unit_config_check(cfg, &unit_mnist_model, 0);
    struct unit_batch b = {
        .model = &unit_mnist_model,
        .cfg = cfg,
        .n_available = UNIT_MNIST_TEST_N,
        .image = get_image,
        .done = done,
        .ctx = (void *)cfg,
    };
    const struct unit_report *r = &unit_report;

    board_init((uint32_t)(err ? 16 : cfg->mclk_mhz) * 1000000UL);
    console_init();
    regions_init();
    if (err) {
        console_puts("unit mnist: bad unit_config: ");
        console_puts(err);
        console_putc('\n');
        console_flush();
        return 1;
    }
    console_puts("unit mnist: flags ");
    console_put_hex(cfg->flags, 2);
    console_puts(" div ");
    console_puts(div_names[cfg->div]);
#ifdef UNIT_SRAM_STATE
    console_puts(" state sram");
#else
    console_puts(" state fram");
#endif
    console_puts(" mclk ");
    console_put_u16(cfg->mclk_mhz);
    console_puts(" MHz\n");

    if (unit_run_batch(&b) != 0) {
        console_puts("unit mnist: first_image out of range\n");
        console_flush();
        return 1;
    }
    console_puts("batch images ");
    console_put_u16(r->images_done);
    console_puts(" correct ");
    console_put_u16(r->correct);
    put_counts(" exec", r->sum_exec, r->n_layers);
    put_counts(" skip", r->sum_skip, r->n_layers);
    console_putc('\n');
    if (mismatches) {
        console_puts("unit mnist: predictions differ from the integer reference of train.py\n");
        console_flush();
        return 2;
    }
    console_puts("unit mnist: done\n");
    console_flush();
    return 0;
}
