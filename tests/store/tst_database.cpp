#include "sync/client/database.h"

#include <QTemporaryDir>
#include <QTest>

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
