// Opening the encrypted store when things are not as they should be: the
// file is unreadable without the key, a wrong or missing key, a read-only
// file or folder, a full disk, a newer schema, a damaged page. Each case ends
// in a StoreError with plain words and leaves the data as it was.

#include "faultsupport.h"

#include "app/store/migrations.h"
#include "app/store/repository.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <csignal>
#include <optional>
#include <sys/resource.h>

using namespace brugboek;
using namespace brugboek::test;
using client::Database;
using client::StoreError;
using store::Household;
using store::Repository;
using store::Store;
using Kind = StoreError::Kind;

namespace {

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::CannotUnlock:
        return "CannotUnlock";
    case Kind::ReadOnly:
        return "ReadOnly";
    case Kind::DiskFull:
        return "DiskFull";
    case Kind::Io:
        return "Io";
    case Kind::Corrupt:
        return "Corrupt";
    case Kind::Busy:
        return "Busy";
    case Kind::Constraint:
        return "Constraint";
    case Kind::Schema:
        return "Schema";
    case Kind::Internal:
        break;
    }
    return "Internal";
}

// The StoreError that f throws, if any; other exceptions pass through.
template<class F> std::optional<StoreError> storeErrorOf(F &&f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e;
    }
    return std::nullopt;
}

QByteArray describe(const std::optional<StoreError> &e)
{
    if (!e)
        return "no error";
    return QByteArray(kindName(e->kind())) + ": " + e->what();
}

QString addHousehold(Store &store, const QString &name, const QString &notes = {})
{
    Repository repo(store);
    Household h;
    h.displayName = name;
    h.notes = notes;
    h.homeLanguages = QStringList {QStringLiteral("nl"), QStringLiteral("ar")};
    return repo.save(h);
}

qint64 outboxRowsOf(Database &db, const QString &recordId)
{
    client::Query q = db.query("SELECT count(*) FROM sync_outbox WHERE record_id = ?");
    q.bind(1, recordId);
    return q.next() ? q.int64(0) : -1;
}

bool exists(Database &db, const QString &table, const QString &id)
{
    client::Query q = db.query(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.bind(1, id);
    return q.next();
}

QString bigNote(int i, int bytes)
{
    const QString unit = QStringLiteral("notitie %1: gesprek aan de schoolpoort over de factuur. ").arg(i);
    return unit.repeated(bytes / static_cast<int>(unit.size()) + 1).left(bytes);
}

// Every row of every table as text, in a stable order: what a damaged file
// must either fail to give or give unchanged.
QStringList dumpAll(Database &db)
{
    QStringList out;
    const QStringList tables =
        column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    for (const QString &table : tables) {
        client::Query q = db.query(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        while (q.next()) {
            QString row = table;
            for (int i = 0; i < q.columnCount(); ++i)
                row += QLatin1Char('|') + q.value(i).toString();
            out << row;
        }
    }
    return out;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
};

CliRun runCli(const QString &cli, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cli, args);
    if (!p.waitForFinished(60000))
        return {-1, "did not finish"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

// A VFS over the default one that behaves like a full disk while `full` is
// set: a write that would make a file bigger fails with SQLITE_FULL, as the
// unix VFS reports ENOSPC. Everything else is passed through.
namespace fulldisk {

std::atomic<bool> full {false};
std::atomic<int> refused {0};
sqlite3_vfs *base = nullptr;
sqlite3_vfs vfs {};

struct File
{
    sqlite3_file file; // first: SQLite sees a File as an sqlite3_file
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 ofst)
{
    return real(f)->pMethods->xRead(real(f), buf, amt, ofst);
}
int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 ofst)
{
    if (full) {
        sqlite3_int64 size = 0;
        if (real(f)->pMethods->xFileSize(real(f), &size) == SQLITE_OK && ofst + amt > size) {
            ++refused;
            return SQLITE_FULL;
        }
    }
    return real(f)->pMethods->xWrite(real(f), buf, amt, ofst);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 ofst, int amt, void **out)
{
    return real(f)->pMethods->xFetch(real(f), ofst, amt, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 ofst, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), ofst, p);
}

const sqlite3_io_methods methods = {3,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    xFetch,
                                    xUnfetch};

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = base->xOpen(base, name, file->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set.
    file->file.pMethods = file->real->pMethods ? &methods : nullptr;
    return rc;
}

// Makes this VFS the default for the lifetime of the object.
struct Installed
{
    Installed()
    {
        base = sqlite3_vfs_find(nullptr);
        vfs = *base;
        vfs.zName = "brugboek-fulldisk";
        vfs.szOsFile = static_cast<int>(sizeof(File)) + base->szOsFile;
        vfs.xOpen = xOpen;
        vfs.pNext = nullptr;
        sqlite3_vfs_register(&vfs, 1);
    }
    ~Installed()
    {
        full = false;
        sqlite3_vfs_unregister(&vfs);
        sqlite3_vfs_register(base, 1);
    }
    Installed(const Installed &) = delete;
    Installed &operator=(const Installed &) = delete;
};

} // namespace fulldisk

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // (a) Nothing of the content is readable in any file of the store.
    void noPlaintextOnDisk()
    {
        FaultStore fs;
        fs.open();
        const QByteArray unique = QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
            QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        const QString marker = QStringLiteral("Zuurstofmarker") + QString::fromLatin1(unique);
        const QString id =
            addHousehold(*fs.store, QStringLiteral("Gezin ") + marker, marker + QStringLiteral(" schulden"));
        Repository repo(*fs.store);
        // Control: the marker is really stored, and sits in the write-ahead
        // log right now (the log is checkpointed into the file only later).
        QCOMPARE(repo.load<Household>(id)->notes, marker + QStringLiteral(" schulden"));
        QVERIFY2(QFileInfo(fs.walPath()).size() > 0, "no write-ahead log to look into");

        const auto check = [&](const QString &when) {
            for (const QString &name : listing(fs.path())) {
                const QByteArray bytes = readBytes(QDir(fs.path()).filePath(name));
                // The random part alone also catches the folded search tokens.
                QVERIFY2(!bytes.contains(unique), qPrintable(when + QLatin1String(": plaintext in ") + name));
                QVERIFY2(!bytes.contains("schulden"),
                         qPrintable(when + QLatin1String(": plaintext in ") + name));
                QVERIFY2(!bytes.contains("CREATE TABLE"),
                         qPrintable(when + QLatin1String(": schema in ") + name));
            }
        };
        check(QStringLiteral("while open"));
        fs.close();
        check(QStringLiteral("after closing"));

        const QByteArray file = readBytes(fs.dbPath());
        QVERIFY(file.size() >= 4096);
        QVERIFY2(!file.startsWith(QByteArray("SQLite format 3\0", 16)), "the file has a plain SQLite header");
    }

    // (a) The plain sqlite3 tool cannot read the file, and does it no harm.
    void sqliteCliCannotRead()
    {
        const QString cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (cli.isEmpty())
            QFAIL("the sqlite3 command-line tool is missing: scripts/install-deps installs it (Debian "
                  "package sqlite3)");

        // Control: the same checks pass on a plain SQLite file.
        QTemporaryDir plainDir;
        const QString plain = plainDir.filePath(QStringLiteral("plain.db"));
        QCOMPARE(runCli(cli, {plain, QStringLiteral("CREATE TABLE household (id TEXT);")}).exitCode, 0);
        const CliRun control = runCli(cli, {plain, QStringLiteral(".tables")});
        QCOMPARE(control.exitCode, 0);
        QVERIFY(control.out.contains("household"));

        FaultStore fs;
        fs.open();
        addHousehold(*fs.store, QStringLiteral("Gezin Janssens"));
        fs.close();
        const FileState before = fileState(fs.dbPath());
        const QStringList names = listing(fs.path());
        for (const QString &command :
             {QStringLiteral(".tables"), QStringLiteral("SELECT count(*) FROM sqlite_master;"),
              QStringLiteral("SELECT * FROM household;")}) {
            const CliRun run = runCli(cli, {fs.dbPath(), command});
            QVERIFY2(run.exitCode != 0,
                     qPrintable(command + QLatin1String(": ") + QString::fromUtf8(run.out)));
            QVERIFY2(run.out.contains("not a database"), run.out.constData());
            QVERIFY(!run.out.contains("household"));
        }
        QCOMPARE(fileState(fs.dbPath()), before);
        QCOMPARE(listing(fs.path()), names);
    }

    // (b) A wrong key: CannotUnlock, the file untouched, the right key still works.
    void wrongKey()
    {
        FaultStore fs;
        fs.open();
        const QString id = addHousehold(*fs.store, QStringLiteral("Gezin Peeters"));
        fs.close();
        const FileState before = fileState(fs.dbPath());
        const QStringList names = listing(fs.path());

        QTemporaryDir elsewhere;
        platform::DevelopmentKeyProvider wrong(elsewhere.filePath(QStringLiteral("wrong.key")));
        wrong.createKey();
        FixedKeyProvider shortKey(QByteArray(16, '\x01'));
        for (platform::KeyProvider *keys : {static_cast<platform::KeyProvider *>(&wrong),
                                            static_cast<platform::KeyProvider *>(&shortKey)}) {
            const auto err = storeErrorOf([&] { Store::open(fs.path(), *keys, fs.clock); });
            QVERIFY2(err && err->kind() == Kind::CannotUnlock, describe(err));
            QVERIFY2(QByteArray(err->what()).contains("cannot be unlocked"), err->what());
            QCOMPARE(fileState(fs.dbPath()), before);
            QCOMPARE(listing(fs.path()), names);
        }

        fs.open();
        Repository repo(*fs.store);
        QCOMPARE(repo.load<Household>(id)->displayName, QStringLiteral("Gezin Peeters"));
        QCOMPARE(storeProblems(fs.store->db()), QStringList());
    }

    // (b) A wrong key meets a write-ahead log left by a crashed process: the
    // committed changes in it survive.
    void wrongKeyWithUncheckpointedLog()
    {
        FaultStore fs;
        fs.open();
        const QString first = addHousehold(*fs.store, QStringLiteral("Gezin Maes"));
        fs.close();

        const ChildOutcome child = runInChild([&](int fd) {
            fs.open();
            report(fd, "id " + addHousehold(*fs.store, QStringLiteral("Gezin Claes")).toLatin1());
            return 0; // _exit without closing: the log stays as a crash leaves it
        });
        QVERIFY2(child.exited && child.exitCode == 0, child.describe());
        QCOMPARE(child.lines.size(), 1);
        const QString second = QString::fromLatin1(child.lines[0].mid(3));
        QVERIFY2(QFileInfo(fs.walPath()).size() > 0, "the crash left no write-ahead log");

        QTemporaryDir elsewhere;
        platform::DevelopmentKeyProvider wrong(elsewhere.filePath(QStringLiteral("wrong.key")));
        wrong.createKey();
        const auto err = storeErrorOf([&] { Store::open(fs.path(), wrong, fs.clock); });
        QVERIFY2(err && err->kind() == Kind::CannotUnlock, describe(err));

        fs.open();
        Repository repo(*fs.store);
        QVERIFY(repo.load<Household>(first).has_value());
        QVERIFY2(repo.load<Household>(second).has_value(), "a change committed before the crash is gone");
        QCOMPARE(storeProblems(fs.store->db()), QStringList());
    }

    // (c) The key file is gone: CannotUnlock, and no new key or database.
    void missingKey()
    {
        FaultStore fs;
        fs.open();
        const QString id = addHousehold(*fs.store, QStringLiteral("Gezin Wouters"));
        fs.close();
        QTemporaryDir elsewhere;
        const QString keyPath = fs.keys.keyFilePath();
        const QString moved = elsewhere.filePath(QStringLiteral("moved.key"));
        QVERIFY(QFile::rename(keyPath, moved));
        const FileState before = fileState(fs.dbPath());
        const QStringList names = listing(fs.path());

        const auto err = storeErrorOf([&] { Store::open(fs.path(), fs.keys, fs.clock); });
        QVERIFY2(err && err->kind() == Kind::CannotUnlock, describe(err));
        QVERIFY2(QByteArray(err->what()).contains("cannot be unlocked"), err->what());
        QVERIFY2(!QFile::exists(keyPath), "a new key was made for an existing database");
        QCOMPARE(fileState(fs.dbPath()), before);
        QCOMPARE(listing(fs.path()), names);

        // A damaged key file is an error of its own, and changes nothing either.
        {
            QFile damaged(keyPath);
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray(20, '\x42'));
        }
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, Store::open(fs.path(), fs.keys, fs.clock));
        QCOMPARE(fileState(fs.dbPath()), before);
        QCOMPARE(fileState(keyPath).size, 20);

        QVERIFY(QFile::remove(keyPath));
        QVERIFY(QFile::rename(moved, keyPath));
        fs.open();
        QVERIFY(Repository(*fs.store).load<Household>(id).has_value());
    }

    // (d) A read-only file or folder: ReadOnly in plain words, data intact.
    // Root ignores permissions, so the attempt runs in a child as 'nobody'.
    void readOnly_data()
    {
        QTest::addColumn<int>("fileMode");
        QTest::addColumn<int>("dirMode");
        QTest::newRow("read-only file and folder") << 0444 << 0555;
        QTest::newRow("read-only file") << 0444 << 0777;
        QTest::newRow("read-only folder") << 0666 << 0555;
    }

    void readOnly()
    {
        QFETCH(int, fileMode);
        QFETCH(int, dirMode);
        FaultStore fs;
        fs.open();
        const QString id =
            addHousehold(*fs.store, QStringLiteral("Gezin Dubois"), QStringLiteral("eerste gesprek"));
        fs.close();
        const QByteArray key = *fs.keys.loadKey();
        const FileState before = fileState(fs.dbPath());
        const QStringList names = listing(fs.path());

        const QByteArray dir = QFile::encodeName(fs.path());
        const QByteArray db = QFile::encodeName(fs.dbPath());
        const auto restore = [&] {
            ::chmod(dir.constData(), 0700);
            ::chmod(db.constData(), 0600);
        };
        OnExit restoreOnExit(restore);
        QCOMPARE(::chmod(db.constData(), static_cast<mode_t>(fileMode)), 0);
        QCOMPARE(::chmod(dir.constData(), static_cast<mode_t>(dirMode)), 0);

        const ChildOutcome child = runInChild([&](int fd) {
            if (!dropRootPrivileges()) {
                report(fd, "cannot drop root privileges");
                return 10;
            }
            FixedKeyProvider keys(key);
            try {
                auto store = Store::open(fs.path(), keys, fs.clock);
                report(fd, "opened a read-only store for writing");
                return 2;
            } catch (const StoreError &e) {
                report(fd, QByteArray(kindName(e.kind())) + ": " + e.what());
                return e.kind() == Kind::ReadOnly ? 0 : 1;
            }
        });
        restore();
        QVERIFY2(child.exited && child.exitCode == 0, child.describe());
        QVERIFY2(child.lines.value(0).contains("read-only"), child.describe());

        QCOMPARE(fileState(fs.dbPath()), before);
        QCOMPARE(listing(fs.path()), names);
        fs.open();
        QCOMPARE(Repository(*fs.store).load<Household>(id)->notes, QStringLiteral("eerste gesprek"));
        QCOMPARE(storeProblems(fs.store->db()), QStringList());
    }

    // (d) Writes refused by a read-only connection lose nothing committed,
    // and the connection writes again once it may.
    void writeOnReadOnlyConnection()
    {
        FaultStore fs;
        fs.open();
        Repository repo(*fs.store);
        const QString kept =
            addHousehold(*fs.store, QStringLiteral("Gezin Mertens"), QStringLiteral("bewaard"));
        Database &db = fs.store->db();
        const qint64 outboxBefore = db.scalar("SELECT count(*) FROM sync_outbox").toLongLong();
        db.execute("PRAGMA query_only = ON;");

        Household refused;
        refused.displayName = QStringLiteral("Gezin Geweigerd");
        auto err = storeErrorOf([&] { repo.save(refused); });
        QVERIFY2(err && err->kind() == Kind::ReadOnly, describe(err));
        QVERIFY2(QByteArray(err->what()).contains("read-only"), err->what());
        QVERIFY(!db.inTransaction());

        // Nested transactions (referral + first event) unwind as well.
        store::Referral referral;
        referral.householdId = kept;
        referral.need = QStringLiteral("huurachterstand");
        err = storeErrorOf([&] { repo.createReferral(referral); });
        QVERIFY2(err && err->kind() == Kind::ReadOnly, describe(err));
        QVERIFY(!db.inTransaction());
        err = storeErrorOf([&] {
            repo.update("household", kept, {{QStringLiteral("notes"), QStringLiteral("overschreven")}});
        });
        QVERIFY2(err && err->kind() == Kind::ReadOnly, describe(err));

        QCOMPARE(repo.load<Household>(kept)->notes, QStringLiteral("bewaard"));
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_outbox").toLongLong(), outboxBefore);

        db.execute("PRAGMA query_only = OFF;");
        const QString later = addHousehold(*fs.store, QStringLiteral("Gezin Later"));
        fs.close();
        fs.open();
        Repository reopened(*fs.store);
        QCOMPARE(reopened.load<Household>(kept)->notes, QStringLiteral("bewaard"));
        QVERIFY(reopened.load<Household>(later).has_value());
        QVERIFY(!reopened.load<Household>(refused.id).has_value());
        QVERIFY(!reopened.load<store::Referral>(referral.id).has_value());
        QCOMPARE(outboxRowsOf(fs.store->db(), refused.id), 0);
        QCOMPARE(outboxRowsOf(fs.store->db(), referral.id), 0);
        QCOMPARE(storeProblems(fs.store->db()), QStringList());
    }

    // (e) The file may not grow (RLIMIT_FSIZE, as a full disk): the failing
    // write is a StoreError and leaves no trace; everything committed before
    // it stays, with its outbox rows; the same connection writes again later.
    void diskFull_data()
    {
        QTest::addColumn<int>("room"); // bytes the files may grow by
        QTest::addColumn<bool>("writeAgain"); // else the app dies right after the failure
        QTest::newRow("then writes again") << 256 * 1024 << true;
        QTest::newRow("then dies") << 200 * 1024 << false;
        QTest::newRow("no room at all") << 1024 << true;
    }

    void diskFull()
    {
        QFETCH(int, room);
        QFETCH(bool, writeAgain);
        FaultStore fs;
        fs.open();
        const QString base = addHousehold(*fs.store, QStringLiteral("Gezin Basis"));
        fs.close();
        constexpr int noteBytes = 40 * 1024;

        const ChildOutcome child = runInChild([&](int fd) {
            // Without this the kernel kills the process instead of failing the write.
            std::signal(SIGXFSZ, SIG_IGN);
            fs.open();
            Repository repo(*fs.store);
            Database &db = fs.store->db();
            db.execute("PRAGMA wal_checkpoint(TRUNCATE);");
            const qint64 limit =
                std::max(QFileInfo(fs.dbPath()).size(), QFileInfo(fs.walPath()).size()) + room;
            rlimit old {};
            ::getrlimit(RLIMIT_FSIZE, &old);
            rlimit tight = old;
            tight.rlim_cur = static_cast<rlim_t>(limit);
            if (::setrlimit(RLIMIT_FSIZE, &tight) != 0)
                return 10;
            bool failed = false;
            for (int i = 0; i < 400 && !failed; ++i) {
                const QString id = fs.store->newId();
                const QByteArray entity = i % 2 ? "referral" : "household";
                try {
                    if (i % 2) {
                        store::Referral r;
                        r.id = id;
                        r.householdId = base;
                        r.need = QStringLiteral("need %1").arg(i);
                        r.note = bigNote(i, noteBytes);
                        repo.createReferral(r);
                    } else {
                        Household h;
                        h.id = id;
                        h.displayName = QStringLiteral("Gezin %1").arg(i);
                        h.notes = bigNote(i, noteBytes);
                        repo.save(h);
                    }
                    report(fd, "ok " + entity + ' ' + id.toLatin1() + ' ' + QByteArray::number(i));
                } catch (const StoreError &e) {
                    report(fd, "fail " + entity + ' ' + id.toLatin1() + ' ' + kindName(e.kind()));
                    report(fd, QByteArray("message ") + e.what());
                    failed = true;
                }
            }
            if (!failed)
                return 2;
            report(fd, QByteArray("in-transaction ") + (db.inTransaction() ? "yes" : "no"));
            if (!writeAgain)
                return 0; // _exit: no rollback, no close, the log as the failure left it
            ::setrlimit(RLIMIT_FSIZE, &old);
            Household after;
            after.displayName = QStringLiteral("Gezin Nadien");
            after.notes = bigNote(-1, noteBytes);
            repo.save(after);
            report(fd, "ok household " + after.id.toLatin1() + " -1");
            fs.close();
            return 0;
        });
        QVERIFY2(child.exited && child.exitCode == 0, child.describe());
        const auto fails = child.linesStartingWith("fail ");
        QCOMPARE(fails.size(), 1);
        const QList<QByteArray> fail = fails[0].split(' ');
        QVERIFY2(fail[3] == "DiskFull" || fail[3] == "Io", child.describe());
        const QByteArray message = child.linesStartingWith("message ").value(0);
        QVERIFY2(message.contains("disk is full") || message.contains("cannot be read or written"), message);
        qInfo("%s", message.constData());
        QVERIFY2(child.linesStartingWith("in-transaction no").size() == 1, child.describe());
        const auto oks = child.linesStartingWith("ok ");
        // Writes fitted before the limit when there was room, and one after
        // lifting it.
        QVERIFY2(oks.size() >= (room > 100 * 1024 ? 1 : 0) + (writeAgain ? 1 : 0), child.describe());

        fs.open();
        Database &db = fs.store->db();
        QCOMPARE(storeProblems(db), QStringList());
        for (const QByteArray &line : oks) {
            const QList<QByteArray> parts = line.split(' ');
            const QString id = QString::fromLatin1(parts[2]);
            const int i = parts[3].toInt();
            const bool household = parts[1] == "household";
            client::Query q = db.query(household ? "SELECT notes FROM household WHERE id = ?"
                                                 : "SELECT note FROM referral WHERE id = ?");
            q.bind(1, id);
            QVERIFY2(q.next(), line.constData());
            QCOMPARE(q.text(0), bigNote(i, noteBytes));
            QVERIFY(outboxRowsOf(db, id) > 0);
        }
        const QString failedId = QString::fromLatin1(fail[2]);
        QVERIFY(!exists(db, QString::fromLatin1(fail[1]), failedId));
        QCOMPARE(outboxRowsOf(db, failedId), 0);
        client::Query events = db.query("SELECT count(*) FROM referral_event WHERE referral_id = ?");
        events.bind(1, failedId);
        QVERIFY(events.next());
        QCOMPARE(events.int64(0), 0);
    }

    // (e) The database may not grow beyond max_page_count: SQLITE_FULL, which
    // fails inside the transaction rather than at COMMIT.
    void pageLimit()
    {
        FaultStore fs;
        fs.open();
        Repository repo(*fs.store);
        Database &db = fs.store->db();
        const QString base = addHousehold(*fs.store, QStringLiteral("Gezin Basis"));
        const qint64 pages = db.scalar("PRAGMA page_count").toLongLong();
        db.execute(QStringLiteral("PRAGMA max_page_count = %1;").arg(pages + 60));

        QStringList committed;
        std::optional<StoreError> err;
        QString failedId;
        for (int i = 0; i < 400 && !err; ++i) {
            failedId = fs.store->newId();
            err = storeErrorOf([&] {
                if (i % 2) {
                    store::Referral r;
                    r.id = failedId;
                    r.householdId = base;
                    r.note = bigNote(i, 20000);
                    repo.createReferral(r);
                } else {
                    Household h;
                    h.id = failedId;
                    h.displayName = QStringLiteral("Gezin %1").arg(i);
                    h.notes = bigNote(i, 20000);
                    repo.save(h);
                }
            });
            if (!err)
                committed << failedId;
        }
        QVERIFY2(err && err->kind() == Kind::DiskFull, describe(err));
        QVERIFY2(QByteArray(err->what()).contains("disk is full"), err->what());
        QVERIFY(!committed.isEmpty());
        QVERIFY(!db.inTransaction());

        db.execute("PRAGMA max_page_count = 1073741823;");
        const QString later = addHousehold(*fs.store, QStringLiteral("Gezin Later"), bigNote(0, 20000));
        fs.close();
        fs.open();
        Database &reopened = fs.store->db();
        QCOMPARE(storeProblems(reopened), QStringList());
        for (const QString &id : committed + QStringList {later}) {
            QVERIFY(exists(reopened, QStringLiteral("household"), id) ||
                    exists(reopened, QStringLiteral("referral"), id));
            QVERIFY(outboxRowsOf(reopened, id) > 0);
        }
        QVERIFY(!exists(reopened, QStringLiteral("household"), failedId));
        QVERIFY(!exists(reopened, QStringLiteral("referral"), failedId));
        QCOMPARE(outboxRowsOf(reopened, failedId), 0);
    }

    // (e) A disk that is really full (ENOSPC, here from a VFS that refuses to
    // grow any file): COMMIT fails with SQLITE_FULL; DiskFull, nothing of the
    // failed write, and writes work again once there is space.
    void diskFullAtCommit()
    {
        fulldisk::Installed vfs;
        FaultStore fs;
        fs.open();
        Repository repo(*fs.store);
        Database &db = fs.store->db();
        const QString before = addHousehold(*fs.store, QStringLiteral("Gezin Voor"), bigNote(1, 3000));
        // Writes from here on must grow the log.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE);");

        fulldisk::full = true;
        Household refused;
        refused.displayName = QStringLiteral("Gezin Vol");
        refused.notes = bigNote(2, 3000);
        auto err = storeErrorOf([&] { repo.save(refused); });
        QVERIFY2(err && err->kind() == Kind::DiskFull, describe(err));
        QVERIFY2(QByteArray(err->what()).contains("disk is full"), err->what());
        qInfo("%s", err->what());
        QVERIFY(fulldisk::refused > 0);
        QVERIFY(!db.inTransaction());
        store::Referral referral;
        referral.householdId = before;
        referral.note = bigNote(3, 3000);
        err = storeErrorOf([&] { repo.createReferral(referral); });
        QVERIFY2(err && err->kind() == Kind::DiskFull, describe(err));
        QVERIFY(!db.inTransaction());
        // Reading still works.
        QCOMPARE(repo.load<Household>(before)->notes, bigNote(1, 3000));
        QVERIFY(!repo.load<Household>(refused.id).has_value());

        fulldisk::full = false;
        const QString after = addHousehold(*fs.store, QStringLiteral("Gezin Na"), bigNote(4, 3000));
        fs.close();
        fs.open();
        Database &reopened = fs.store->db();
        QCOMPARE(storeProblems(reopened), QStringList());
        for (const QString &id : {before, after}) {
            QVERIFY(exists(reopened, QStringLiteral("household"), id));
            QVERIFY(outboxRowsOf(reopened, id) > 0);
        }
        for (const QString &id : {refused.id, referral.id}) {
            QVERIFY(!exists(reopened, QStringLiteral("household"), id));
            QVERIFY(!exists(reopened, QStringLiteral("referral"), id));
            QCOMPARE(outboxRowsOf(reopened, id), 0);
        }
    }

    // (f) A database from a newer app: Schema, and left as it is.
    void newerSchema()
    {
        FaultStore fs;
        fs.open();
        addHousehold(*fs.store, QStringLiteral("Gezin Jacobs"));
        fs.close();
        const QByteArray key = *fs.keys.loadKey();
        const int newer = store::latestSchemaVersion() + 1;
        Database::open(fs.dbPath(), key, Database::OpenMode::MustExist)
            ->execute(QStringLiteral("PRAGMA user_version = %1;").arg(newer));
        const FileState before = fileState(fs.dbPath());
        const QStringList names = listing(fs.path());

        const auto err = storeErrorOf([&] { fs.open(); });
        QVERIFY2(err && err->kind() == Kind::Schema, describe(err));
        QVERIFY2(QByteArray(err->what()).contains("newer version"), err->what());
        QCOMPARE(fileState(fs.dbPath()), before);
        QCOMPARE(listing(fs.path()), names);
        QCOMPARE(Database::open(fs.dbPath(), key, Database::OpenMode::MustExist)->userVersion(), newer);
    }

    // (g) One flipped byte: an error on opening or reading, never wrong data.
    void flippedByte_data()
    {
        QTest::addColumn<int>("page"); // 0-based; -1: the middle page, -2: the last
        QTest::addColumn<int>("offsetInPage");
        QTest::addColumn<bool>("harmless");
        QTest::newRow("salt") << 0 << 3 << false;
        QTest::newRow("first page") << 0 << 1000 << false;
        QTest::newRow("second page") << 1 << 2000 << false;
        QTest::newRow("a third into the file") << -3 << 100 << false;
        QTest::newRow("middle page") << -1 << 2048 << false;
        QTest::newRow("middle page, its IV") << -1 << 4096 - 48 + 3 << false;
        QTest::newRow("middle page, its HMAC") << -1 << 4096 - 48 + 16 + 5 << false;
        QTest::newRow("last page") << -2 << 17 << false;
        // SQLCipher 3 reserves 48 bytes per page: a 16-byte IV, a 20-byte HMAC
        // over data and IV, and 12 bytes of padding that nothing reads.
        QTest::newRow("middle page, padding") << -1 << 4095 << true;
    }

    void flippedByte()
    {
        QFETCH(int, page);
        QFETCH(int, offsetInPage);
        QFETCH(bool, harmless);
        FaultStore fs;
        fs.open();
        for (int i = 0; i < 60; ++i)
            addHousehold(*fs.store, QStringLiteral("Gezin %1").arg(i), bigNote(i, 1500));
        Database &db = fs.store->db();
        db.execute("PRAGMA wal_checkpoint(TRUNCATE);");
        // Every page is in use, so whatever page is hit, integrity_check reads it.
        QCOMPARE(db.scalar("PRAGMA freelist_count").toLongLong(), 0);
        const QStringList original = dumpAll(db);
        fs.close();

        const qint64 size = QFileInfo(fs.dbPath()).size();
        const qint64 pages = size / 4096;
        QVERIFY(pages > 20);
        const qint64 target = page == -1 ? pages / 2 : page == -2 ? pages - 1 : page == -3 ? pages / 3 : page;
        const qint64 offset = target * 4096 + offsetInPage;
        {
            QFile f(fs.dbPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(offset));
            char byte = 0;
            QVERIFY(f.getChar(&byte));
            QVERIFY(f.seek(offset));
            QVERIFY(f.putChar(static_cast<char>(byte ^ 0x04)));
        }

        // Either a StoreError, or exactly the original data; and a damaged
        // page that plain reads do not meet (an index) fails integrity_check.
        std::optional<StoreError> err;
        QStringList integrity;
        try {
            fs.open();
            const QStringList after = dumpAll(fs.store->db());
            QVERIFY2(after == original, "a damaged file gave different data without an error");
            integrity = column(fs.store->db(), QStringLiteral("PRAGMA integrity_check"));
        } catch (const StoreError &e) {
            err = e;
        }
        fs.close();
        if (harmless) {
            QVERIFY2(!err, describe(err));
            QCOMPARE(integrity, QStringList {QStringLiteral("ok")});
            return;
        }
        QVERIFY2(err || integrity != QStringList {QStringLiteral("ok")}, "the damage went unnoticed");
        if (err) {
            QVERIFY2(err->kind() == Kind::Corrupt || err->kind() == Kind::CannotUnlock, describe(err));
            qInfo("%s", describe(err).constData());
        } else {
            qInfo("integrity_check: %s", qPrintable(integrity.value(0)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
