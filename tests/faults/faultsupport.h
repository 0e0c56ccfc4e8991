#pragma once

// Shared by the fault tests: a store in a folder another user can traverse,
// file fingerprints, work in a forked child, and the consistency rules every
// store must keep whatever happened to it.

#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/client/changelog.h"
#include "sync/client/database.h"
#include "sync/core/clock.h"
#include "sync/core/entities.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <grp.h>
#include <memory>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace brugboek::test {

constexpr std::int64_t FaultNowMs = 1795335300000; // 2026-11-22T08:15:00Z

inline QString str(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<int>(s.size()));
}

// A temporary root that the unprivileged child of the read-only tests can
// reach: every ancestor must be searchable by others.
inline QString traversableTempRoot()
{
    QString path = QDir::tempPath();
    for (QDir d(path);;) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(d.absolutePath()).constData(), &st) != 0 || (st.st_mode & S_IXOTH) == 0)
            return QStringLiteral("/tmp");
        if (d.isRoot() || !d.cdUp())
            break;
    }
    return path;
}

// Size and SHA-256 of a file: equal fingerprints mean byte-for-byte equal.
struct FileState
{
    qint64 size = -1;
    QByteArray sha256;
    bool operator==(const FileState &o) const { return size == o.size && sha256 == o.sha256; }
    bool operator!=(const FileState &o) const { return !(*this == o); }
};

inline FileState fileState(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return {all.size(), QCryptographicHash::hash(all, QCryptographicHash::Sha256)};
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

// A key held in memory, e.g. read before a child drops its privileges.
class FixedKeyProvider final : public platform::KeyProvider
{
public:
    explicit FixedKeyProvider(QByteArray key)
        : m_key(std::move(key))
    {
    }
    std::optional<QByteArray> loadKey() override { return m_key; }
    QByteArray createKey() override { throw platform::KeyError("fixed key"); }
    void destroyKey() override { }

private:
    QByteArray m_key;
};

// A store in its own temporary folder, with a key file beside the database.
struct FaultStore
{
    QTemporaryDir dir {traversableTempRoot() + QStringLiteral("/brugboek-faults-XXXXXX")};
    sync::ManualClock clock {FaultNowMs};
    platform::DevelopmentKeyProvider keys {QDir(dir.path()).filePath(QStringLiteral("database.key"))};
    std::unique_ptr<store::Store> store;

    void open() { store = store::Store::open(dir.path(), keys, clock); }
    void close() { store.reset(); }
    [[nodiscard]] QString path() const { return dir.path(); }
    [[nodiscard]] QString dbPath() const
    {
        return QDir(dir.path()).filePath(QLatin1String(store::Store::fileName));
    }
    [[nodiscard]] QString walPath() const { return dbPath() + QLatin1String("-wal"); }
    [[nodiscard]] QString shmPath() const { return dbPath() + QLatin1String("-shm"); }
};

// Runs a function on scope exit, also when a QtTest macro returns early.
class OnExit
{
public:
    explicit OnExit(std::function<void()> f)
        : m_f(std::move(f))
    {
    }
    ~OnExit() { m_f(); }
    OnExit(const OnExit &) = delete;
    OnExit &operator=(const OnExit &) = delete;

private:
    std::function<void()> m_f;
};

// What a forked child said (one line per report) and how it ended.
struct ChildOutcome
{
    bool exited = false;
    int exitCode = -1;
    int signal = 0;
    QList<QByteArray> lines;

    [[nodiscard]] QByteArray describe() const
    {
        QByteArray out = exited ? "exit code " + QByteArray::number(exitCode)
                                : "killed by signal " + QByteArray::number(signal);
        for (const auto &l : lines)
            out += "\n  child: " + l;
        return out;
    }
    [[nodiscard]] QList<QByteArray> linesStartingWith(const QByteArray &prefix) const
    {
        QList<QByteArray> out;
        for (const auto &l : lines) {
            if (l.startsWith(prefix))
                out << l;
        }
        return out;
    }
};

// One line from the child to the parent; unbuffered, so nothing is lost
// when the child ends with _exit().
inline void report(int fd, const QByteArray &line)
{
    const QByteArray data = line + '\n';
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        left -= n;
    }
}

// Runs body(fd) in a forked child that ends with _exit(its result), so the
// child never runs the test's destructors or QtTest's reporting. The parent
// must have no database open at this point: SQLite's locks do not survive a
// fork.
inline ChildOutcome runInChild(const std::function<int(int fd)> &body)
{
    ChildOutcome outcome;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return outcome;
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return outcome;
    }
    if (pid == 0) {
        ::close(fds[0]);
        int code = 120;
        try {
            code = body(fds[1]);
        } catch (const std::exception &e) {
            report(fds[1], QByteArray("uncaught exception: ") + e.what());
            code = 121;
        } catch (...) {
            code = 122;
        }
        ::_exit(code);
    }
    ::close(fds[1]);
    QByteArray all;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        all.append(buf, n);
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    outcome.exited = WIFEXITED(status);
    outcome.exitCode = outcome.exited ? WEXITSTATUS(status) : -1;
    outcome.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    outcome.lines = all.split('\n');
    if (!outcome.lines.isEmpty() && outcome.lines.last().isEmpty())
        outcome.lines.removeLast();
    return outcome;
}

// In a child: become 'nobody' when running as root, because root ignores
// file permissions. True when the process can no longer regain root.
inline bool dropRootPrivileges()
{
    if (::getuid() != 0 && ::geteuid() != 0)
        return true;
    constexpr uid_t nobody = 65534;
    if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
        return false;
    return ::getuid() == nobody && ::geteuid() == nobody && ::setuid(0) != 0;
}

// Single-column rows of a query, as text.
inline QStringList column(client::Database &db, const QString &sql)
{
    QStringList out;
    client::Query q = db.query(sql);
    while (q.next())
        out << q.text(0);
    return out;
}

// The rules a store keeps whatever happened to it, as a list of violations
// (empty when all hold). The outbox must not have been pushed:
// - PRAGMA integrity_check is "ok" and PRAGMA foreign_key_check is empty;
// - each non-null synced field of each record has its outbox row (op 0) with
//   the current value, at most one per (record, field) as ChangeLog coalesces;
// - every op-0 row refers to an existing record, every purge (op 1) to a
//   record that is gone, and no record has both;
// - device-local search tokens refer only to existing households and people.
// The seeded lists (list_item) have no outbox rows by design and are skipped.
inline QStringList storeProblems(client::Database &db)
{
    QStringList problems;
    const QStringList integrity = column(db, QStringLiteral("PRAGMA integrity_check"));
    if (integrity != QStringList {QStringLiteral("ok")})
        problems << QStringLiteral("integrity_check: ") + integrity.mid(0, 5).join(QLatin1String("; "));
    {
        client::Query fk = db.query("PRAGMA foreign_key_check");
        while (fk.next())
            problems << QStringLiteral("foreign_key_check: %1 row %2 -> %3")
                            .arg(fk.text(0), fk.text(1), fk.text(2));
    }

    QSet<QString> knownEntities;
    for (const auto &entity : sync::entities()) {
        const QString name = str(entity.name);
        knownEntities << name;
        if (entity.name == "list_item")
            continue;

        // (record_id, field) -> value of the op-0 rows; record ids with a purge.
        QHash<QPair<QString, QString>, QVariant> sets;
        QSet<QString> purged;
        {
            client::Query q =
                db.query("SELECT record_id, field, value, op FROM sync_outbox WHERE entity = ?");
            q.bind(1, name);
            while (q.next()) {
                const QString id = q.text(0);
                if (q.int64(3) == 1) {
                    if (!q.text(1).isEmpty())
                        problems
                            << QStringLiteral("%1 %2: purge row names field %3").arg(name, id, q.text(1));
                    purged << id;
                    continue;
                }
                if (q.int64(3) != 0)
                    problems << QStringLiteral("%1 %2: outbox op %3").arg(name, id).arg(q.int64(3));
                const auto key = qMakePair(id, q.text(1));
                if (sets.contains(key))
                    problems
                        << QStringLiteral("%1 %2: two outbox rows for field %3").arg(name, id, key.second);
                sets.insert(key, q.value(2));
            }
        }

        QStringList cols;
        for (const auto &f : entity.fields)
            cols << str(f.name);
        QSet<QString> existing;
        client::Query rows = db.query(
            QStringLiteral("SELECT id, %1 FROM %2").arg(cols.join(QLatin1String(", ")), str(entity.table)));
        while (rows.next()) {
            const QString id = rows.text(0);
            existing << id;
            if (purged.contains(id))
                problems << QStringLiteral("%1 %2: exists but has a purge in the outbox").arg(name, id);
            for (int i = 0; i < cols.size(); ++i) {
                const QVariant value = rows.value(i + 1);
                const auto it = sets.constFind(qMakePair(id, cols[i]));
                if (value.isNull()) {
                    if (it != sets.cend() && !it->isNull())
                        problems << QStringLiteral("%1 %2.%3: NULL but the outbox holds a value")
                                        .arg(name, id, cols[i]);
                } else if (it == sets.cend()) {
                    problems << QStringLiteral("%1 %2.%3: no outbox row").arg(name, id, cols[i]);
                } else if (!client::sameValue(*it, value)) {
                    problems << QStringLiteral("%1 %2.%3: outbox value differs from the record")
                                    .arg(name, id, cols[i]);
                }
            }
        }
        for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
            if (!existing.contains(it.key().first))
                problems << QStringLiteral("%1 %2: outbox row for field %3 but no record")
                                .arg(name, it.key().first, it.key().second);
            if (!cols.contains(it.key().second))
                problems << QStringLiteral("%1 %2: outbox row for unknown field %3")
                                .arg(name, it.key().first, it.key().second);
        }
    }
    for (const QString &entity : column(db, QStringLiteral("SELECT DISTINCT entity FROM sync_outbox"))) {
        if (!knownEntities.contains(entity))
            problems << QStringLiteral("outbox row for unknown entity %1").arg(entity);
    }
    const QStringList orphanTokens = column(
        db,
        QStringLiteral("SELECT token FROM search_token t WHERE NOT EXISTS "
                       "(SELECT 1 FROM household h WHERE h.id = t.household_id) OR (t.person_id <> '' AND "
                       "NOT EXISTS (SELECT 1 FROM person p WHERE p.id = t.person_id)) LIMIT 5"));
    if (!orphanTokens.isEmpty())
        problems << QStringLiteral("search tokens of a record that is gone: ") +
                orphanTokens.join(QLatin1String(", "));
    return problems;
}

} // namespace brugboek::test
