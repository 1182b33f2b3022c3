/* SHA-256 (FIPS 180-4), enough to fingerprint a firmware image in the run
 * database without another dependency. */
#ifndef FERRO_SHA256_H
#define FERRO_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct ferro_sha256 {
    uint32_t h[8];
    uint64_t len;      /* bytes hashed so far */
    uint8_t buf[64];
    size_t fill;
};

void ferro_sha256_init(struct ferro_sha256 *s);
void ferro_sha256_update(struct ferro_sha256 *s, const void *data, size_t n);
void ferro_sha256_final(struct ferro_sha256 *s, uint8_t out[32]);

/* Hex digest of a whole file into hex[65]; -1 (errno set) when it cannot be read. */
int ferro_sha256_file(const char *path, char hex[65]);

#endif
