/*
 * mnist_images.c - the committed Fashion-MNIST test batch, in upper FRAM.
 * Compiled without debug information (-g0, see CMakeLists.txt): DWARF
 * addresses are 16-bit on this target and the array lies above 64 KB.
 */
#define UNIT_DEFINE_TEST_IMAGES
#include "model_mnist_test.h"

/* Its 20-bit address, as data for unit_far_copy(): a 16-bit C pointer cannot
 * hold it (ld.lld resolves .long with R_MSP430_32). */
__asm__(".section .rodata.unit_mnist_test_far,\"a\",@progbits\n"
        ".balign 2\n"
        ".globl unit_mnist_test_far\n"
        "unit_mnist_test_far:\n"
        ".long unit_mnist_test_images\n"
        ".previous\n");
