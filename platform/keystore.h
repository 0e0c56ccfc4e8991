#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace brugboek::platform {

// The platform's keystore (Android Keystore, macOS/iOS Keychain, Windows
// Credential Manager, the freedesktop Secret Service on a Linux desktop),
// holding one secret: a second wrap of the database key beside the PIN's.
// Every call may block briefly (the platform asks its service).
class Keystore
{
public:
    virtual ~Keystore() = default;
    // The stored secret; nothing when there is none or no keystore.
    virtual std::optional<QByteArray> read() = 0;
    // False when the platform has no (secure) keystore or refuses.
    virtual bool write(const QByteArray &secret) = 0;
    virtual void remove() = 0;
};

// The keystore through QtKeychain, never with its insecure plaintext
// fallback: where the platform has no keystore (a Linux desktop without a
// Secret Service, a headless machine), read() gives nothing and write()
// false, and the PIN is the only way in. `account` names the entry (one per
// data folder).
std::unique_ptr<Keystore> makePlatformKeystore(const QString &account);

} // namespace brugboek::platform
