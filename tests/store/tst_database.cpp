#include "sync/client/database.h"

#include <sqlcipher/sqlite3.h>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <string>
#include <thread>

using namespace brugboek::client;

class TestDatabase : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> open(const QTemporaryDir &dir)
    {
        auto db = Database::open(dir.filePath(QStringLiteral("t.db")), QByteArray(32, '\x11'),
                                 Database::OpenMode::CreateIfMissing);
        db->execute("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3);");
        return db;
    }

private Q_SLOTS:
    // The same statement text used inside its own loop gets its own statement.
    void nestedUseOfTheSameText()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        const char *sql = "SELECT n FROM t ORDER BY n";
        QList<qint64> outer;
        int inner = 0;
        Query q = db->query(sql);
        while (q.next()) {
            outer << q.int64(0);
            Query again = db->query(sql);
            while (again.next())
                ++inner;
        }
        QCOMPARE(outer, QList<qint64>({1, 2, 3}));
        QCOMPARE(inner, 9);
    }

    // Many different statements: idle ones are dropped, one in use survives.
    void cacheStaysBounded()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        Query held = db->query("SELECT n FROM t ORDER BY n");
        QVERIFY(held.next());
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(db->query(QStringLiteral("SELECT %1").arg(i)).next(), true);
        QCOMPARE(held.int64(0), 1);
        QVERIFY(held.next());
        QCOMPARE(held.int64(0), 2);
    }

    // A second connection for another thread: it reads what was committed,
    // never what is being written, and cannot write.
    void readerSeesCommittedDataOnly()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        auto reader = db->openReader();
        QCOMPARE(reader->scalar("SELECT count(*) FROM t").toInt(), 3);
        {
            Transaction tx(*db);
            db->execute("INSERT INTO t VALUES (4)");
            QCOMPARE(reader->scalar("SELECT count(*) FROM t").toInt(), 3);
            tx.commit();
        }
        // Read on another thread, as the end of a bulk load does.
        int seen = 0;
        std::thread([&] { seen = reader->scalar("SELECT count(*) FROM t").toInt(); }).join();
        QCOMPARE(seen, 4);
        try {
            reader->execute("INSERT INTO t VALUES (5)");
            QFAIL("the reader wrote");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
        }
        QCOMPARE(db->scalar("SELECT count(*) FROM t").toInt(), 4);
    }

    // Checkpoints deferred (a bulk load): the log keeps every page written
    // and the file does not grow. Catching up copies it all, off the
    // writer's thread; then the log starts over and is cut back to 64 MB,
    // and checkpoints are as before.
    void deferredCheckpointsCatchUpAfterwards()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        db->execute("CREATE TABLE blob (b BLOB)");
        const QString file = dir.filePath(QStringLiteral("t.db"));
        const QString log = file + QStringLiteral("-wal");
        const auto size = [](const QString &path) { return QFileInfo(path).size(); };
        constexpr qint64 MB = 1024 * 1024;
        // 1 MB per transaction, 80 of them.
        const auto write = [&db](int megabytes) {
            for (int i = 0; i < megabytes; ++i) {
                Transaction tx(*db);
                db->execute("INSERT INTO blob SELECT randomblob(8000) FROM "
                            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 128) "
                            "SELECT i FROM n)");
                tx.commit();
            }
        };
        const qint64 fileBefore = size(file);
        db->setCheckpoints(Database::Checkpoints::Deferred);
        write(80);
        QVERIFY2(size(log) > 80 * MB, qPrintable(QString::number(size(log))));
        QCOMPARE(size(file), fileBefore);

        db->setCheckpoints(Database::Checkpoints::CatchUp);
        QTRY_VERIFY_WITH_TIMEOUT(db->checkpoints() == Database::Checkpoints::Normal, 20000);
        QVERIFY(size(file) > 80 * MB);
        // The next transaction starts the log over; its commit cuts the file.
        write(1);
        QVERIFY2(size(log) <= 64 * MB, qPrintable(QString::number(size(log))));
        // Back to the usual bound of a few thousand pages.
        write(80);
        QVERIFY2(size(log) <= 64 * MB, qPrintable(QString::number(size(log))));
        QCOMPARE(db->scalar("SELECT count(*) FROM blob").toInt(), 161 * 128);
    }

    // A store another connection holds locked for a moment opens once the
    // lock is gone, as every later statement waits: the first read (the
    // key's probe) used to fail at once with "database is locked" when it
    // met a checkpoint or a closing connection of another thread.
    void openWaitsForABriefLock()
    {
        QTemporaryDir dir;
        open(dir).reset();
        const QByteArray path = dir.filePath(QStringLiteral("t.db")).toUtf8();
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open_v2(path.constData(), &holder, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        const std::string key = "PRAGMA key = \"x'" + std::string(64, '1') + "'\";";
        QCOMPARE(sqlite3_exec(holder, key.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder,
                              "PRAGMA cipher_page_size = 4096; PRAGMA locking_mode = EXCLUSIVE; "
                              "INSERT INTO t VALUES (4);",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        std::thread release([holder] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sqlite3_close_v2(holder);
        });
        std::unique_ptr<Database> second;
        try {
            second = Database::open(QString::fromUtf8(path), QByteArray(32, '\x11'),
                                    Database::OpenMode::MustExist);
        } catch (const StoreError &e) {
            release.join();
            QFAIL(e.what());
        }
        release.join();
        QCOMPARE(second->scalar("SELECT count(*) FROM t").toInt(), 4);
    }

    void errorsNameTheirKind()
    {
        QTemporaryDir dir;
        auto db = open(dir);
        try {
            db->execute("INSERT INTO missing VALUES (1)");
            QFAIL("no error");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::Internal);
            // The statement is named, never a value: values are bound.
            QVERIFY(QByteArray(e.what()).contains("INSERT INTO missing"));
        }
        {
            Transaction tx(*db);
            db->execute("INSERT INTO t VALUES (4)");
        } // not committed: rolled back
        QCOMPARE(db->scalar("SELECT count(*) FROM t").toInt(), 3);
        QVERIFY(!db->inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
