#include "sync/client/retrypolicy.h"

#include <QTest>

using brugboek::client::RetryPolicy;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsExponentiallyUpToTheCap()
    {
        // With the jitter at its top, the ceiling itself shows.
        RetryPolicy p({1'000, 60'000}, [] { return 0.999999; });
        QVERIFY(qAbs(p.delayMs(1) - 1'000) <= 1);
        QVERIFY(qAbs(p.delayMs(2) - 2'000) <= 1);
        QVERIFY(qAbs(p.delayMs(4) - 8'000) <= 1);
        QVERIFY(qAbs(p.delayMs(7) - 60'000) <= 1);
        QVERIFY(qAbs(p.delayMs(1000) - 60'000) <= 1); // no overflow however many failures
    }

    void jitterSpreadsButNeverBelowAFloor()
    {
        RetryPolicy low({1'000, 60'000}, [] { return 0.0; });
        QCOMPARE(low.delayMs(5), 500); // half the first delay
        RetryPolicy mid({1'000, 60'000}, [] { return 0.5; });
        QCOMPARE(mid.delayMs(5), 8'000);
        // The real random source stays inside the bounds.
        RetryPolicy real({1'000, 60'000});
        for (int i = 0; i < 1000; ++i) {
            const auto d = real.delayMs(3);
            QVERIFY(d >= 500 && d <= 4'000);
        }
    }

    void theServersRetryAfterIsRespected()
    {
        RetryPolicy p({1'000, 60'000}, [] { return 0.1; });
        QCOMPARE(p.delayMs(1, 30), 30'000);
        QVERIFY(p.delayMs(1, 0) < 30'000);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
