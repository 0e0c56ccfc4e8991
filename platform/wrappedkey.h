#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace brugboek::platform {

// The database key wrapped by a key derived from the worker's PIN or
// passphrase. File format, version 1 (all integers little-endian):
//
//   offset  size  what
//        0     1  version (1)
//        1     8  argon2id opslimit
//        9     8  argon2id memlimit (bytes)
//       17    16  salt (random)
//       33    24  nonce (random)
//       57    48  XChaCha20-Poly1305 of the 32-byte key, with bytes 0..56 as
//                 associated data (so the limits and salt cannot be changed)
//
// 105 bytes in all. The key-encryption key is crypto_pwhash(argon2id13).
namespace wrappedkey {

struct KdfLimits
{
    std::uint64_t ops = 0;
    std::uint64_t mem = 0;

    // libsodium's INTERACTIVE limits (64 MiB, 2 passes): well under a second
    // on a tablet. What the app uses.
    static KdfLimits interactive();
    // The smallest limits libsodium allows: for tests only (fast, weak).
    static KdfLimits minimal();
};

constexpr int Version = 1;
constexpr int FileSize = 105;
constexpr int KeySize = 32;

// Wraps `key` (32 bytes) under `secret`. Throws KeyError when the crypto
// library fails (e.g. out of memory for the limits).
QByteArray wrap(const QByteArray &key, const QByteArray &secret, KdfLimits limits);
// The key, or nothing when `secret` is wrong. Throws KeyError when the file
// is not a wrapped key of a known version or asks for absurd limits.
std::optional<QByteArray> unwrap(const QByteArray &file, const QByteArray &secret);

} // namespace wrappedkey
} // namespace brugboek::platform
