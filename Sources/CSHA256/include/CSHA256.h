// SHA-256 with the CPU's SHA instructions (x86-64's SHA-NI), for the build's fingerprints.
//
// A build takes a digest of every workspace file and of every output's inputs: thousands of
// short messages, where a library call's overhead (OpenSSL 3 looks the algorithm up on each
// one-shot call) costs more than the hashing. Where the CPU lacks the instructions, Core falls
// back to GLib's portable digest.

#ifndef PERSONAFORGE_CSHA256_H
#define PERSONAFORGE_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether `pf_sha256` can run here: an x86-64 CPU with SHA, SSSE3 and SSE4.1.
int pf_sha256_available(void);

/// The SHA-256 digest of `length` bytes at `data` into `digest` (32 bytes). Call only when
/// `pf_sha256_available()`.
void pf_sha256(const uint8_t *data, size_t length, uint8_t *digest);

#endif
