#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>

namespace brugboek::platform {

class KeyError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Hands out the raw 256-bit key of the local database. Implementations must
// fail closed: when the key cannot be had, they say so and never invent one
// for an existing database.
class KeyProvider
{
public:
    virtual ~KeyProvider() = default;

    // The key, or nothing when no key was ever made. Throws KeyError when a
    // key exists but cannot be read.
    virtual std::optional<QByteArray> loadKey() = 0;
    // Makes, keeps and returns a new random key. Throws KeyError when a key
    // already exists (it is never replaced) or cannot be stored.
    virtual QByteArray createKey() = 0;
    // Forgets the key, e.g. when the local data is wiped.
    virtual void destroyKey() = 0;
};

} // namespace brugboek::platform
