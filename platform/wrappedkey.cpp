#include "wrappedkey.h"

#include "keyprovider.h"

#include <sodium.h>

#include <cstring>

namespace brugboek::platform::wrappedkey {

namespace {
constexpr int HeaderSize = 1 + 8 + 8 + crypto_pwhash_SALTBYTES;
constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int SealedSize = KeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(HeaderSize + NonceSize + SealedSize == FileSize);
// Beyond these a file asks for more than a device can give: damaged or hostile.
constexpr std::uint64_t MaxOps = 64;
constexpr std::uint64_t MaxMem = std::uint64_t(1) << 30;

void init()
{
    if (sodium_init() < 0)
        throw KeyError("the crypto library cannot start");
}

void putU64(unsigned char *out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(v >> (8 * i));
}

std::uint64_t getU64(const unsigned char *in)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v |= std::uint64_t(in[i]) << (8 * i);
    return v;
}

// The key-encryption key, in guarded memory freed by the caller.
unsigned char *deriveKek(const QByteArray &secret, const unsigned char *salt, std::uint64_t ops,
                         std::uint64_t mem)
{
    auto *kek = static_cast<unsigned char *>(sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES));
    if (!kek)
        throw KeyError("out of memory");
    if (crypto_pwhash(kek, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, secret.constData(),
                      static_cast<unsigned long long>(secret.size()), salt, ops, static_cast<size_t>(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        sodium_free(kek);
        throw KeyError("cannot derive the key-encryption key (out of memory?)");
    }
    return kek;
}
} // namespace

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfLimits KdfLimits::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QByteArray wrap(const QByteArray &key, const QByteArray &secret, KdfLimits limits)
{
    init();
    if (key.size() != KeySize)
        throw KeyError("the key must be 256 bits");
    QByteArray file(FileSize, '\0');
    auto *out = reinterpret_cast<unsigned char *>(file.data());
    out[0] = Version;
    putU64(out + 1, limits.ops);
    putU64(out + 9, limits.mem);
    randombytes_buf(out + 17, crypto_pwhash_SALTBYTES);
    randombytes_buf(out + HeaderSize, NonceSize);
    unsigned char *kek = deriveKek(secret, out + 17, limits.ops, limits.mem);
    unsigned long long sealed = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + HeaderSize + NonceSize, &sealed,
                                               reinterpret_cast<const unsigned char *>(key.constData()),
                                               KeySize, out, HeaderSize, nullptr, out + HeaderSize, kek);
    sodium_free(kek);
    return file;
}

std::optional<QByteArray> unwrap(const QByteArray &file, const QByteArray &secret)
{
    init();
    if (file.size() != FileSize)
        throw KeyError("the key file is damaged (wrong size)");
    const auto *in = reinterpret_cast<const unsigned char *>(file.constData());
    if (in[0] != Version)
        throw KeyError("the key file has an unknown version");
    const std::uint64_t ops = getU64(in + 1);
    const std::uint64_t mem = getU64(in + 9);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MaxOps || mem < crypto_pwhash_MEMLIMIT_MIN || mem > MaxMem)
        throw KeyError("the key file is damaged (limits)");
    unsigned char *kek = deriveKek(secret, in + 17, ops, mem);
    QByteArray key(KeySize, Qt::Uninitialized);
    unsigned long long opened = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(key.data()), &opened, nullptr, in + HeaderSize + NonceSize,
        SealedSize, in, HeaderSize, in + HeaderSize, kek);
    sodium_free(kek);
    if (rc != 0 || opened != KeySize) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        return std::nullopt;
    }
    return key;
}

} // namespace brugboek::platform::wrappedkey
