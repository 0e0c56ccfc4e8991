#include "app/householdmodels.h"
#include "app/referralmodel.h"
#include "appfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;
using app::ReferralModel;

namespace {
QDate fixedToday()
{
    return QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
}
} // namespace

class TestReferralModel : public QObject
{
    Q_OBJECT

    QString m_household;
    QString m_org;

    QString addReferral(test::AppFixture &app, const QString &need, const QString &status, int daysAgo,
                        int followUpIn)
    {
        store::Referral r;
        r.householdId = m_household;
        r.organisationId = m_org;
        r.need = need;
        r.followUpOn = fixedToday().addDays(followUpIn);
        store::ReferralEvent first;
        first.status = status;
        first.occurredOn = fixedToday().addDays(-daysAgo);
        if (status == store::ReferralStatus::IntakePlanned)
            first.intakeOn = fixedToday().addDays(3);
        return app.repo().createReferral(r, first);
    }

    void fill(test::AppFixture &app)
    {
        m_household = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        store::Organisation caw;
        caw.name = QStringLiteral("CAW");
        m_org = app.repo().save(caw);
        addReferral(app, QStringLiteral("huisvesting"), QStringLiteral("wachtlijst"), 40, -2); // overdue call
        addReferral(app, QStringLiteral("schulden"), QStringLiteral("aangemeld"), 5, 4);
        addReferral(app, QStringLiteral("opvoeding"), QStringLiteral("lopend"), 60, 0); // call today
        addReferral(app, QStringLiteral("taal"), QStringLiteral("wachtlijst"), 10, 10);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
    }

    void groupedByStatus()
    {
        test::AppFixture app;
        fill(app);
        ReferralModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(&app.context);
        QCOMPARE(model.count(), 4);
        QStringList order;
        for (int i = 0; i < model.rowCount(); ++i)
            order << model.data(model.index(i), ReferralModel::NeedRole).toString();
        // aangemeld, wachtlijst (longest waiting first), lopend.
        QCOMPARE(order,
                 (QStringList {QStringLiteral("schulden"), QStringLiteral("huisvesting"),
                               QStringLiteral("taal"), QStringLiteral("opvoeding")}));
        QCOMPARE(model.overdueCount(), 1);
        QVERIFY(model.data(model.index(1), ReferralModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(1), ReferralModel::StatusLabelRole).toString(),
                 QStringLiteral("Waiting list"));
        QCOMPARE(model.data(model.index(0), ReferralModel::OrganisationNameRole).toString(),
                 QStringLiteral("CAW"));
    }

    void needsCall()
    {
        test::AppFixture app;
        fill(app);
        ReferralModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNeedsCallOnly(true);
        model.setContext(&app.context);
        QCOMPARE(model.count(), 2); // the overdue one and today's
    }

    // Vandaag reads at most `limit` calls, in SQL, the longest due first,
    // and counts the rest; a large caseload has thousands due.
    void needsCallIsBounded()
    {
        test::AppFixture app;
        fill(app);
        for (int i = 0; i < 30; ++i)
            addReferral(app, QStringLiteral("extra %1").arg(i), QStringLiteral("aangemeld"), 20, -3 - i);
        addReferral(app, QStringLiteral("later"), QStringLiteral("aangemeld"), 20, 5); // not due yet
        ReferralModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNeedsCallOnly(true);
        model.setLimit(8);
        model.setContext(&app.context);
        QCOMPARE(model.count(), 8);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.totalCount(), 32); // 30 extra, the overdue one and today's
        QCOMPARE(model.data(model.index(0), ReferralModel::NeedRole).toString(), QStringLiteral("extra 29"));
        QCOMPARE(model.data(model.index(7), ReferralModel::NeedRole).toString(), QStringLiteral("extra 22"));

        model.setLimit(0); // the full list
        QCOMPARE(model.count(), 32);
        QCOMPARE(model.totalCount(), 32);
        model.setLimit(50); // fewer than the limit: no count query needed, same figure
        QCOMPARE(model.count(), 32);
        QCOMPARE(model.totalCount(), 32);
    }

    void statusChangeKeepsHistory()
    {
        test::AppFixture app;
        fill(app);
        ReferralModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(&app.context);
        const QString id = model.data(model.index(0), ReferralModel::ReferralIdRole).toString();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.changeStatus(id, QStringLiteral("intake_gepland"), fixedToday().addDays(6)));
        QVERIFY(reset.count() >= 1);
        auto referral = app.repo().load<store::Referral>(id);
        QCOMPARE(referral->status, QStringLiteral("intake_gepland"));
        QCOMPARE(referral->statusOn, fixedToday());

        app::ReferralHistoryModel history;
        QAbstractItemModelTester historyTester(&history,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setContext(&app.context);
        history.setKey(id);
        QCOMPARE(history.count(), 2);
        QCOMPARE(history.get(0, QStringLiteral("status")).toString(), QStringLiteral("aangemeld"));
        QCOMPARE(history.get(1, QStringLiteral("status")).toString(), QStringLiteral("intake_gepland"));
        QVERIFY(history.get(1, QStringLiteral("detail")).toString().contains(QStringLiteral("intake")));

        // Completed needs an outcome; refused without, with the reason shown.
        QVERIFY(!model.changeStatus(id, QStringLiteral("afgerond")));
        QVERIFY(!app.context.errorText().isEmpty());
        app.context.clearError();
        QVERIFY(model.close(id, QStringLiteral("geholpen")));
        QCOMPARE(history.count(), 3);
        QCOMPARE(model.count(), 3); // no longer open
    }

    void create()
    {
        test::AppFixture app;
        fill(app);
        ReferralModel model;
        model.setContext(&app.context);
        QSignalSpy countChanged(&model, &ReferralModel::countChanged);
        QVERIFY(model.create(m_household, m_org, QStringLiteral("schoolkosten")));
        QCOMPARE(model.count(), 5);
        QVERIFY(countChanged.count() >= 1);
        QVERIFY(!model.create({}, m_org, QStringLiteral("zonder gezin")));
    }

    void choices()
    {
        QCOMPARE(ReferralModel::statusChoices().size(), 6);
        QCOMPARE(ReferralModel::outcomeChoices().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestReferralModel)
#include "tst_referralmodel.moc"
