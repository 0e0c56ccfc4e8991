// The SQLite store's writer queue (sqlitedb.cpp), below the HTTP server:
// several connections on one store file write from several threads at once;
// every transaction is applied exactly once, none fails for a busy store,
// and a writer that rolls back (or whose statement fails) hands the lock on
// (a lock that was not handed on hangs this test).
#include "sync/server/sqldb.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace brugboek::server;

class TestServerWriterQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentWritersOnOneFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath(QStringLiteral("server.db")).toStdString();
        {
            auto db = openSqlite(path);
            Transaction tx(*db, Transaction::Kind::Write);
            db->exec("CREATE TABLE t (writer INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (writer, n))");
            db->exec("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)");
            db->exec("INSERT INTO counter (id, value) VALUES (1, 0)");
            tx.commit();
        }
        constexpr int kWriters = 12;
        constexpr int kRounds = 40;
        std::atomic<int> errors {0};
        std::vector<std::string> firstError(kWriters);
        std::vector<std::thread> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back([&, w] {
                try {
                    auto db = openSqlite(path);
                    for (int n = 0; n < kRounds; ++n) {
                        if (n % 5 == 4) {
                            // Rolled back by the Transaction's destructor.
                            Transaction tx(*db, Transaction::Kind::Write);
                            db->exec("INSERT INTO t (writer, n) VALUES (?, ?)",
                                     {std::int64_t(w), std::int64_t(-1 - n)});
                            continue;
                        }
                        if (n % 7 == 6) {
                            // A failing statement (duplicate key) and the rollback after it.
                            bool failed = false;
                            try {
                                Transaction tx(*db, Transaction::Kind::Write);
                                db->exec("INSERT INTO counter (id, value) VALUES (1, 0)");
                                tx.commit();
                            } catch (const SqlError &) {
                                failed = true;
                            }
                            if (!failed)
                                throw std::runtime_error("a duplicate key was accepted");
                            continue;
                        }
                        // A read-modify-write: lost updates would show in the counter.
                        Transaction tx(*db, Transaction::Kind::Write);
                        const auto rows = db->query("SELECT value FROM counter WHERE id = 1");
                        db->exec("UPDATE counter SET value = ? WHERE id = 1", {asInt(rows.at(0).at(0)) + 1});
                        db->exec("INSERT INTO t (writer, n) VALUES (?, ?)",
                                 {std::int64_t(w), std::int64_t(n)});
                        tx.commit();
                    }
                } catch (const std::exception &e) {
                    ++errors;
                    firstError[static_cast<std::size_t>(w)] = e.what();
                }
            });
        }
        for (auto &t : threads)
            t.join();
        for (const auto &e : firstError)
            QVERIFY2(e.empty(), e.c_str());
        QCOMPARE(errors.load(), 0);

        auto db = openSqlite(path);
        Transaction tx(*db, Transaction::Kind::Read);
        int expected = 0;
        for (int n = 0; n < kRounds; ++n)
            expected += (n % 5 == 4 || n % 7 == 6) ? 0 : 1;
        QCOMPARE(asInt(db->query("SELECT count(*) FROM t").at(0).at(0)), std::int64_t(kWriters * expected));
        QCOMPARE(asInt(db->query("SELECT value FROM counter WHERE id = 1").at(0).at(0)),
                 std::int64_t(kWriters * expected));
        QCOMPARE(asInt(db->query("SELECT count(*) FROM t WHERE n < 0").at(0).at(0)), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestServerWriterQueue)
#include "tst_server_writerqueue.moc"
