#include "developmentkeyprovider.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brugboek::platform {

namespace {
constexpr int KeySize = 32;

[[noreturn]] void fail(const char *what, int err)
{
    throw KeyError(std::string(what) + ": " + std::strerror(err));
}

void writeAll(int fd, const unsigned char *data, std::size_t len)
{
    while (len > 0) {
        const ssize_t n = ::write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("cannot write the key file", errno);
        }
        data += n;
        len -= static_cast<std::size_t>(n);
    }
}
} // namespace

DevelopmentKeyProvider::DevelopmentKeyProvider(QString keyFilePath)
    : m_path(std::move(keyFilePath))
{
}

std::optional<QByteArray> DevelopmentKeyProvider::loadKey()
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        throw KeyError("cannot read the key file: " + file.errorString().toStdString());
    QByteArray key = file.read(KeySize + 1);
    if (key.size() != KeySize)
        throw KeyError("the key file is damaged");
    return key;
}

QByteArray DevelopmentKeyProvider::createKey()
{
    if (sodium_init() < 0)
        throw KeyError("the crypto library cannot start");
    QByteArray key(KeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), KeySize);

    // Write a temporary file and link it into place: the key appears whole or
    // not at all, and an existing key is never overwritten.
    const QByteArray finalPath = QFile::encodeName(m_path);
    const QByteArray tmpPath = finalPath + ".tmp";
    ::unlink(tmpPath.constData());
    const int fd = ::open(tmpPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        fail("cannot create the key file", errno);
    try {
        writeAll(fd, reinterpret_cast<const unsigned char *>(key.constData()), KeySize);
        if (::fsync(fd) != 0)
            fail("cannot write the key file", errno);
    } catch (...) {
        ::close(fd);
        ::unlink(tmpPath.constData());
        throw;
    }
    ::close(fd);
    if (::link(tmpPath.constData(), finalPath.constData()) != 0) {
        const int err = errno;
        ::unlink(tmpPath.constData());
        if (err == EEXIST)
            throw KeyError("a key already exists and is never replaced");
        fail("cannot store the key file", err);
    }
    ::unlink(tmpPath.constData());
    const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return key;
}

void DevelopmentKeyProvider::destroyKey()
{
    QFile::remove(m_path);
}

} // namespace brugboek::platform
