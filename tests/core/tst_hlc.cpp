#include "sync/core/hlc.h"

#include <QTest>

using namespace brugboek::sync;

namespace {
constexpr std::int64_t Day = 24 * 3600 * 1000;
constexpr std::int64_t Now = 1795335300000; // 2026-11-22T08:15:00Z
} // namespace

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packingKeepsOrder_data()
    {
        QTest::addColumn<qint64>("wallA");
        QTest::addColumn<int>("counterA");
        QTest::addColumn<qint64>("wallB");
        QTest::addColumn<int>("counterB");
        QTest::newRow("wall decides") << qint64(Now) << 0xffff << qint64(Now + 1) << 0;
        QTest::newRow("counter decides") << qint64(Now) << 1 << qint64(Now) << 2;
        QTest::newRow("epoch") << qint64(0) << 0 << qint64(0) << 1;
        QTest::newRow("far future") << qint64(Now + 3650 * Day) << 7 << qint64(Now + 3650 * Day) << 8;
    }
    void packingKeepsOrder()
    {
        QFETCH(qint64, wallA);
        QFETCH(int, counterA);
        QFETCH(qint64, wallB);
        QFETCH(int, counterB);
        const Hlc a(wallA, static_cast<std::uint16_t>(counterA));
        const Hlc b(wallB, static_cast<std::uint16_t>(counterB));
        QVERIFY(a < b);
        QCOMPARE(a.wallMs(), wallA);
        QCOMPARE(int(a.counter()), counterA);
        QCOMPARE(Hlc::fromPacked(b.packed()), b);
        // Fits a signed SQLite INTEGER.
        QVERIFY(static_cast<std::int64_t>(b.packed()) > 0);
    }

    void followsTheWallClock()
    {
        ManualClock clock(Now);
        HybridLogicalClock hlc(clock);
        const Hlc first = hlc.now();
        QCOMPARE(first, Hlc(Now, 0));
        clock.advance(5);
        QCOMPARE(hlc.now(), Hlc(Now + 5, 0));
    }

    void strictlyIncreasingOnAStoppedClock()
    {
        ManualClock clock(Now);
        HybridLogicalClock hlc(clock);
        Hlc previous = hlc.now();
        // More than the 16-bit counter holds: it borrows the next millisecond.
        for (int i = 0; i < 70000; ++i) {
            const Hlc next = hlc.now();
            QVERIFY2(next > previous, next.toString().c_str());
            previous = next;
        }
        QCOMPARE(previous.wallMs(), Now + 1);
    }

    void wallClockJumpsBackThreeDays()
    {
        ManualClock clock(Now);
        HybridLogicalClock hlc(clock);
        const Hlc before = hlc.now();
        clock.set(Now - 3 * Day);
        const Hlc after = hlc.now();
        QVERIFY(after > before);
        QCOMPARE(after.wallMs(), Now);
        // Once the wall clock passes the remembered time again, it leads.
        clock.set(Now + 10);
        QCOMPARE(hlc.now(), Hlc(Now + 10, 0));
    }

    void restartsFromThePersistedValue()
    {
        ManualClock clock(Now - Day); // the device's clock was reset after a restart
        const Hlc persisted(Now, 41);
        HybridLogicalClock hlc(clock, persisted);
        QVERIFY(hlc.now() > persisted);
    }

    void receiveMovesPastRemote()
    {
        ManualClock clock(Now);
        HybridLogicalClock hlc(clock);
        hlc.now();
        const Hlc remote(Now + 3 * Day, 9); // a device whose clock runs three days ahead
        const Hlc merged = hlc.receive(remote);
        QVERIFY(merged > remote);
        QVERIFY(hlc.now() > merged);
        const Hlc old(Now - Day, 0);
        const Hlc last = hlc.last();
        QVERIFY(hlc.receive(old) > last);
    }

    void readableForm()
    {
        QCOMPARE(QString::fromStdString(Hlc(Now + 123, 0x2a).toString()),
                 QStringLiteral("2026-11-22T08:15:00.123Z/002a"));
    }
};

QTEST_APPLESS_MAIN(TestHlc)
#include "tst_hlc.moc"
