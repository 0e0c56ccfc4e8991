#include "app/todaycontroller.h"
#include "appfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;
using app::TodayController;

namespace {
// FixedNowMs is 2026-11-22 08:15 UTC; the controller reads local time.
QDate fixedToday()
{
    return QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
}
} // namespace

class TestTodayController : public QObject
{
    Q_OBJECT

    static void addFollowUp(test::AppFixture &app, const QString &householdId, const QDate &due,
                            bool done = false)
    {
        auto repo = app.repo();
        store::FollowUp f;
        f.householdId = householdId;
        f.title = QStringLiteral("Bel CAW of de intake doorging");
        f.dueOn = due;
        repo.save(f);
        if (done)
            repo.completeFollowUp(f.id, QDateTime::fromMSecsSinceEpoch(test::FixedNowMs));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The Flemish day, whatever the machine's zone.
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
    }

    void figures()
    {
        test::AppFixture app;
        const QDate today = fixedToday();
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        addFollowUp(app, h, today);
        addFollowUp(app, h, today);
        addFollowUp(app, h, today.addDays(-3));
        addFollowUp(app, h, today.addDays(-1), true); // done: not counted
        addFollowUp(app, h, today.addDays(1)); // not due yet

        store::Organisation caw;
        caw.name = QStringLiteral("CAW Oost-Vlaanderen");
        app.repo().save(caw);
        store::Referral open;
        open.householdId = h;
        open.organisationId = caw.id;
        open.need = QStringLiteral("schuldbemiddeling");
        store::ReferralEvent discussed;
        discussed.status = store::ReferralStatus::Discussed;
        discussed.occurredOn = today.addDays(-10);
        app.repo().createReferral(open, discussed);

        TodayController controller;
        QSignalSpy figuresChanged(&controller, &TodayController::figuresChanged);
        controller.setContext(&app.context);
        QCOMPARE(figuresChanged.count(), 1);
        QCOMPARE(controller.today(), today);
        QCOMPARE(controller.dueTodayCount(), 2);
        QCOMPARE(controller.overdueCount(), 1);
        QCOMPARE(controller.openReferralCount(), 1);
        QCOMPARE(qint64(controller.pendingChangeCount()), app.context.store()->changes().pendingCount());
        QVERIFY(controller.pendingChangeCount() > 0);
        QCOMPARE(controller.zitdagTodayCount(), 0);

        // Nothing changed: no signal.
        controller.refresh();
        QCOMPARE(figuresChanged.count(), 1);

        // A zitdag conversation today.
        store::Encounter talk;
        talk.householdId = h;
        talk.kind = QStringLiteral("zitdag");
        app.repo().saveEncounter(talk);
        app.context.notifyRecordsChanged();
        QCOMPARE(figuresChanged.count(), 2);
        QCOMPARE(controller.zitdagTodayCount(), 1);

        // The next morning yesterday's two are overdue.
        app.clock.advance(24 * 3600 * 1000);
        app.context.notifyRecordsChanged();
        QCOMPARE(figuresChanged.count(), 3);
        QCOMPARE(controller.dueTodayCount(), 1);
        QCOMPARE(controller.overdueCount(), 3);
    }

    void todayTextFollowsTheLanguage()
    {
        test::AppFixture app;
        TodayController controller;
        controller.setContext(&app.context);
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
        QCOMPARE(controller.todayText(), QStringLiteral("zondag 22 november"));
        QLocale::setDefault(QLocale(QStringLiteral("fr_BE")));
        QCOMPARE(controller.todayText(), QStringLiteral("dimanche 22 novembre"));
        QLocale::setDefault(before);
    }

    void withoutStore()
    {
        TodayController controller;
        QCOMPARE(controller.dueTodayCount(), 0);
        controller.refresh();
        QCOMPARE(controller.pendingChangeCount(), 0);
        QVERIFY(controller.today().isValid());
    }
};

QTEST_GUILESS_MAIN(TestTodayController)
#include "tst_todaycontroller.moc"
