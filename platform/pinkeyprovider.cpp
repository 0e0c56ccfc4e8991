#include "pinkeyprovider.h"

#include "keystore.h"
#include "securefile.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

#include <algorithm>

#include <cstring>

namespace brugboek::platform {

PinKeyProvider::PinKeyProvider(QString directory, Keystore *keystore, Options options)
    : m_directory(std::move(directory))
    , m_keystore(keystore)
    , m_options(options)
{
    if (m_options.maxAttempts < 1)
        m_options.maxAttempts = 1;
}

PinKeyProvider::~PinKeyProvider()
{
    forgetInMemory();
}

QString PinKeyProvider::keyFilePath() const
{
    return QDir(m_directory).filePath(QLatin1String(KeyFileName));
}

bool PinKeyProvider::pinSet() const
{
    return QFile::exists(keyFilePath());
}

bool PinKeyProvider::unlocked() const
{
    const QMutexLocker lock(&m_mutex);
    return !m_key.isEmpty();
}

int PinKeyProvider::failedAttempts() const
{
    QFile f(QDir(m_directory).filePath(QLatin1String(AttemptsFileName)));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const int n = f.read(16).trimmed().toInt(&ok);
    // A damaged counter counts as used up rather than as a fresh start.
    return ok && n >= 0 ? n : m_options.maxAttempts;
}

int PinKeyProvider::attemptsLeft() const
{
    return std::max(0, m_options.maxAttempts - failedAttempts());
}

void PinKeyProvider::setFailedAttempts(int n)
{
    const QString path = QDir(m_directory).filePath(QLatin1String(AttemptsFileName));
    if (n == 0)
        QFile::remove(path);
    else
        writeFileAtomically(path, QByteArray::number(n));
}

void PinKeyProvider::setUp(const QString &pin, const QByteArray &existingKey)
{
    if (pinSet())
        throw KeyError("a key already exists and is never replaced");
    if (sodium_init() < 0)
        throw KeyError("the crypto library cannot start");
    if (!QDir().mkpath(m_directory))
        throw KeyError("cannot create the data folder");
    if (!existingKey.isEmpty() && existingKey.size() != wrappedkey::KeySize)
        throw KeyError("the existing key is not 256 bits");
    QByteArray key(wrappedkey::KeySize, Qt::Uninitialized);
    if (existingKey.isEmpty())
        randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    else
        std::memcpy(key.data(), existingKey.constData(), wrappedkey::KeySize);
    writeFileAtomically(keyFilePath(), wrappedkey::wrap(key, pin.toUtf8(), m_options.limits));
    setFailedAttempts(0);
    if (m_keystore)
        m_keystore->write(key); // false: no keystore here, the PIN is the only way
    const QMutexLocker lock(&m_mutex);
    m_key = key;
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
}

bool PinKeyProvider::unlockWithKeystore()
{
    if (!m_keystore || !pinSet())
        return false;
    auto key = m_keystore->read();
    if (!key || key->size() != wrappedkey::KeySize)
        return false;
    const QMutexLocker lock(&m_mutex);
    m_key = *key;
    sodium_memzero(key->data(), static_cast<size_t>(key->size()));
    return true;
}

PinKeyProvider::Attempt PinKeyProvider::tryPin(const QString &pin, QByteArray *key)
{
    QFile f(keyFilePath());
    if (!f.open(QIODevice::ReadOnly))
        throw KeyError("no PIN is set up on this device");
    const QByteArray file = f.read(wrappedkey::FileSize + 1);
    f.close();
    const int failed = failedAttempts();
    if (failed >= m_options.maxAttempts) {
        destroyKey();
        return Attempt::LimitReached;
    }
    setFailedAttempts(failed + 1);
    auto unwrapped = wrappedkey::unwrap(file, pin.toUtf8());
    if (!unwrapped) {
        if (failed + 1 >= m_options.maxAttempts) {
            destroyKey();
            return Attempt::LimitReached;
        }
        return Attempt::WrongPin;
    }
    setFailedAttempts(0);
    *key = *unwrapped;
    sodium_memzero(unwrapped->data(), static_cast<size_t>(unwrapped->size()));
    return Attempt::Unlocked;
}

PinKeyProvider::Attempt PinKeyProvider::unlock(const QString &pin)
{
    QByteArray key;
    const Attempt a = tryPin(pin, &key);
    if (a == Attempt::Unlocked) {
        const QMutexLocker lock(&m_mutex);
        m_key = key;
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    }
    return a;
}

PinKeyProvider::Attempt PinKeyProvider::changePin(const QString &oldPin, const QString &newPin)
{
    QByteArray key;
    const Attempt a = tryPin(oldPin, &key);
    if (a != Attempt::Unlocked)
        return a;
    writeFileAtomically(keyFilePath(), wrappedkey::wrap(key, newPin.toUtf8(), m_options.limits));
    const QMutexLocker lock(&m_mutex);
    m_key = key;
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    return a;
}

void PinKeyProvider::lock()
{
    forgetInMemory();
}

void PinKeyProvider::forgetInMemory()
{
    const QMutexLocker lock(&m_mutex);
    if (!m_key.isEmpty()) {
        m_key.detach();
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
    }
    m_key.clear();
}

std::optional<QByteArray> PinKeyProvider::loadKey()
{
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_key.isEmpty())
            return m_key;
    }
    if (pinSet())
        throw KeyError("the data is locked: the PIN is needed");
    return std::nullopt;
}

QByteArray PinKeyProvider::createKey()
{
    throw KeyError("no PIN is set up on this device");
}

void PinKeyProvider::destroyKey()
{
    forgetInMemory();
    if (m_keystore)
        m_keystore->remove();
    const QByteArray native = QFile::encodeName(keyFilePath());
    // The wrapped key is small: overwrite it in place before unlinking.
    if (QFile f(keyFilePath()); f.open(QIODevice::ReadWrite)) {
        f.write(QByteArray(static_cast<int>(f.size()), '\0'));
        f.flush();
        f.close();
    }
    QFile::remove(keyFilePath());
    QFile::remove(QDir(m_directory).filePath(QLatin1String(AttemptsFileName)));
}

} // namespace brugboek::platform
