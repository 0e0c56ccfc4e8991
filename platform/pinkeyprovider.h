#pragma once

#include "keyprovider.h"
#include "wrappedkey.h"

#include <QMutex>
#include <QString>

namespace brugboek::platform {

class Keystore;

// The device's key provider: a random 256-bit database key, stored only
// wrapped, in the data folder by a key derived from the worker's PIN or
// passphrase (argon2id, `wrappedkey`), and where the platform has a keystore
// also there. The key is in memory only between unlock() and lock(); while
// locked, loadKey() throws (fail closed), and without a keystore and without
// the PIN the data cannot be opened.
//
// Wrong PINs are counted in a small file beside the key, raised before the
// PIN is tried (killing the app mid-try does not give a free guess) and
// cleared by a right one. At `maxAttempts` the key is destroyed, file and
// keystore entry: the caller then wipes the data folder.
//
// Thread-safe: the sync thread's store connection asks for the key too.
class PinKeyProvider final : public KeyProvider
{
public:
    static constexpr const char *KeyFileName = "database.key.wrapped";
    static constexpr const char *AttemptsFileName = "pin.attempts";

    struct Options
    {
        int maxAttempts = 10;
        wrappedkey::KdfLimits limits = wrappedkey::KdfLimits::interactive();
    };

    enum class Attempt {
        Unlocked,
        WrongPin, // attemptsLeft() says how many are left
        LimitReached, // the key is destroyed: wipe the data
    };

    // `keystore` may be null (no keystore on this platform); not owned.
    PinKeyProvider(QString directory, Keystore *keystore, Options options);
    ~PinKeyProvider() override;

    // A PIN was set up (the wrapped key exists).
    [[nodiscard]] bool pinSet() const;
    [[nodiscard]] bool unlocked() const;
    [[nodiscard]] int failedAttempts() const;
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] int maxAttempts() const { return m_options.maxAttempts; }

    // First start: makes a new random key (or takes `existingKey`, the key
    // of a data folder made by an earlier version), wraps it under `pin` (and
    // in the keystore when there is one) and keeps it unlocked. Throws
    // KeyError when a key exists already (it is never replaced) or cannot be
    // stored.
    void setUp(const QString &pin, const QByteArray &existingKey = {});
    // Takes the key from the keystore when it holds the one the PIN wraps;
    // false otherwise (no keystore, no entry). Does not count as an attempt.
    bool unlockWithKeystore();
    Attempt unlock(const QString &pin);
    // Wraps the same key under `newPin`. A wrong `oldPin` counts as a wrong
    // attempt, like unlock().
    Attempt changePin(const QString &oldPin, const QString &newPin);
    // Forgets the key in memory.
    void lock();

    std::optional<QByteArray> loadKey() override;
    // Never: a key is made only by setUp(), with a PIN.
    QByteArray createKey() override;
    // Forgets the key everywhere: memory, the wrapped file, the attempt
    // counter, the keystore entry.
    void destroyKey() override;

    [[nodiscard]] QString keyFilePath() const;

private:
    Attempt tryPin(const QString &pin, QByteArray *key);
    void setFailedAttempts(int n);
    void forgetInMemory();

    QString m_directory;
    Keystore *m_keystore;
    Options m_options;
    mutable QMutex m_mutex;
    QByteArray m_key; // empty while locked
};

} // namespace brugboek::platform
