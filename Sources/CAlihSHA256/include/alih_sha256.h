#ifndef ALIH_SHA256_H
#define ALIH_SHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256's compression function over `blocks` whole 64-byte blocks at `data`, updating the
/// eight state words in place. Uses the CPU's SHA extensions (x86-64 SHA-NI) when it has them,
/// portable C otherwise; both give the same result.
void alih_sha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same, always in portable C (for tests that compare the two paths).
void alih_sha256_compress_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 1 when `alih_sha256_compress` uses the CPU's SHA instructions, 0 when it runs portable C.
int alih_sha256_uses_hardware(void);

#endif
