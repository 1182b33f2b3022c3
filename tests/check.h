/* The one assertion of the host unit tests: compare two integers, report the
 * place and both values, count the failure and go on (main returns failures). */
#ifndef FERRO_TEST_CHECK_H
#define FERRO_TEST_CHECK_H

#include <stdio.h>

static int failures;

#define CHECK_EQ(what, got, want)                                                                  \
    do {                                                                                           \
        unsigned long long g_ = (got), w_ = (want);                                                \
        if (g_ != w_) {                                                                            \
            fprintf(stderr, "%s:%d: %s = %llu (0x%llx), expected %llu (0x%llx)\n", __FILE__,       \
                    __LINE__, what, g_, g_, w_, w_);                                               \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

#endif
