#include "securefile.h"

#include "keyprovider.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace brugboek::platform {

namespace {
[[noreturn]] void fail(const char *what, int err)
{
    throw KeyError(std::string(what) + ": " + std::strerror(err));
}

void syncDirectory(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}
} // namespace

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QByteArray finalPath = QFile::encodeName(path);
    const QByteArray tmpPath = finalPath + ".tmp";
    ::unlink(tmpPath.constData());
    const int fd = ::open(tmpPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        fail("cannot create a file", errno);
    const char *data = bytes.constData();
    std::size_t left = static_cast<std::size_t>(bytes.size());
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmpPath.constData());
            fail("cannot write a file", err);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmpPath.constData());
        fail("cannot write a file", err);
    }
    ::close(fd);
    if (::rename(tmpPath.constData(), finalPath.constData()) != 0) {
        const int err = errno;
        ::unlink(tmpPath.constData());
        fail("cannot store a file", err);
    }
    syncDirectory(path);
}

QStringList wipeDirectory(const QString &directory, const QStringList &prefixes)
{
    QStringList failed;
    const QDir dir(directory);
    if (!dir.exists())
        return failed;
    const auto entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (!prefixes.isEmpty() &&
            std::none_of(prefixes.begin(), prefixes.end(),
                         [&name](const QString &prefix) { return name.startsWith(prefix); }))
            continue;
        if (entry.isDir() && !entry.isSymLink()) {
            if (!QDir(entry.absoluteFilePath()).removeRecursively())
                failed << entry.fileName();
            continue;
        }
        const QByteArray native = QFile::encodeName(entry.absoluteFilePath());
        if (entry.isFile() && !entry.isSymLink())
            ::truncate(native.constData(), 0);
        if (::unlink(native.constData()) != 0 && errno != ENOENT)
            failed << entry.fileName();
    }
    syncDirectory(dir.filePath(QStringLiteral(".")));
    return failed;
}

} // namespace brugboek::platform
