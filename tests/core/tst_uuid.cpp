#include "sync/core/uuid.h"

#include <QTest>

#include <set>

using namespace brugboek::sync;

namespace {
constexpr std::int64_t Now = 1795335300000;
}

class TestUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatAndTimestamp()
    {
        ManualClock clock(Now);
        UuidV7Generator ids(clock);
        const std::string id = ids.next();
        QVERIFY2(UuidV7Generator::isValid(id), id.c_str());
        QCOMPARE(id.size(), std::size_t(36));
        QCOMPARE(id[14], '7');
        QCOMPARE(UuidV7Generator::timestampMs(id), Now);
    }

    void sortedAndUniqueWithinOneMillisecond()
    {
        ManualClock clock(Now);
        UuidV7Generator ids(clock);
        std::string previous = ids.next();
        std::set<std::string> seen {previous};
        // More than the 12-bit counter holds: it moves on to the next millisecond.
        for (int i = 0; i < 10000; ++i) {
            const std::string next = ids.next();
            QVERIFY2(next > previous, (previous + " !< " + next).c_str());
            QVERIFY(UuidV7Generator::isValid(next));
            seen.insert(next);
            previous = next;
        }
        QCOMPARE(seen.size(), std::size_t(10001));
    }

    void sortedWhenTheClockGoesBack()
    {
        ManualClock clock(Now);
        UuidV7Generator ids(clock);
        const std::string before = ids.next();
        clock.set(Now - 3LL * 24 * 3600 * 1000);
        const std::string after = ids.next();
        QVERIFY(after > before);
    }

    void randomPartDiffersBetweenGenerators()
    {
        ManualClock clock(Now);
        UuidV7Generator a(clock);
        UuidV7Generator b(clock);
        QVERIFY(a.next() != b.next());
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("v4") << QStringLiteral("0190f3a2-8c2d-4b1a-9f00-3c5e8d2a1b4c");
        QTest::newRow("upper case") << QStringLiteral("0190F3A2-8C2D-7B1A-9F00-3C5E8D2A1B4C");
        QTest::newRow("bad variant") << QStringLiteral("0190f3a2-8c2d-7b1a-cf00-3c5e8d2a1b4c");
        QTest::newRow("no dashes") << QStringLiteral("0190f3a28c2d7b1a9f003c5e8d2a1b4c0000");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE household; --xxxxxxxxxx");
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!UuidV7Generator::isValid(text.toStdString()));
        QCOMPARE(UuidV7Generator::timestampMs(text.toStdString()), std::int64_t(-1));
    }
};

QTEST_APPLESS_MAIN(TestUuid)
#include "tst_uuid.moc"
