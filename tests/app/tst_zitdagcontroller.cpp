#include "app/encountercontroller.h"
#include "app/store/queries.h"
#include "app/zitdagcontroller.h"
#include "appfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;
using app::ZitdagController;

class TestZitdagController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
        QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
    }

    void expectedFamiliesAreSettledByTheirConversation()
    {
        test::AppFixture app;
        store::School school;
        school.name = QStringLiteral("Sint-Jozef");
        app.repo().save(school);
        const QString h =
            app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")}, {QStringLiteral("Amir")});
        const QString elsewhere = app.addHousehold(QStringLiteral("Peeters"), {QStringLiteral("An")});
        const auto people = store::Queries(app.context.store()->db()).peopleOf(h);
        for (const auto &p : people)
            if (p.role == QLatin1String("child"))
                app.repo().update("person", p.id, {{QStringLiteral("school_id"), school.id}});
        const QDate today = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
        QString expectedId;
        for (const QString &household : {h, elsewhere}) {
            store::FollowUp f;
            f.householdId = household;
            f.title = QStringLiteral("Komt naar de zitdag");
            f.dueOn = today;
            app.repo().save(f);
            if (household == h)
                expectedId = f.id;
        }

        ZitdagController zitdag;
        QAbstractItemModelTester tester(zitdag.expected(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        zitdag.setContext(&app.context);
        QCOMPARE(zitdag.expected()->count(), 0); // no session yet
        zitdag.open(school.id);
        QCOMPARE(zitdag.expected()->count(), 1); // only the family of this school
        QCOMPARE(zitdag.expected()
                     ->data(zitdag.expected()->index(0), app::FollowUpModel::FollowUpIdRole)
                     .toString(),
                 expectedId);

        app::EncounterController talk;
        talk.setContext(&app.context);
        talk.setKind(QStringLiteral("zitdag"));
        talk.setSchoolId(school.id);
        talk.selectHousehold(h, QStringLiteral("Haddad"));
        talk.setSettlesFollowUpId(expectedId);
        QVERIFY(talk.save());
        QCOMPARE(zitdag.expected()->count(), 0);
        QCOMPARE(zitdag.conversationCount(), 1);
        // Undo: expected again.
        QVERIFY(talk.undo());
        QCOMPARE(zitdag.expected()->count(), 1);
        QCOMPARE(zitdag.conversationCount(), 0);

        // Choosing another family forgets the follow-up.
        talk.selectHousehold(h, QStringLiteral("Haddad"));
        talk.setSettlesFollowUpId(expectedId);
        talk.selectHousehold(elsewhere, QStringLiteral("Peeters"));
        QVERIFY(talk.settlesFollowUpId().isEmpty());
    }

    void sessionWithConversationsAndSummary()
    {
        test::AppFixture app;
        store::School school;
        school.name = QStringLiteral("Sint-Jozef");
        app.repo().save(school);
        store::School other;
        other.name = QStringLiteral("De Regenboog");
        app.repo().save(other);
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        store::Organisation caw;
        caw.name = QStringLiteral("CAW");
        app.repo().save(caw);

        ZitdagController zitdag;
        QAbstractItemModelTester schools(zitdag.schools(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester talks(zitdag.conversations(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sessionChanged(&zitdag, &ZitdagController::sessionChanged);
        QSignalSpy summaryChanged(&zitdag, &ZitdagController::summaryChanged);
        zitdag.setContext(&app.context);
        QCOMPARE(zitdag.schools()->count(), 2);
        QVERIFY(!zitdag.sessionOpen());
        zitdag.open(school.id);
        QCOMPARE(sessionChanged.count(), 1);
        QVERIFY(zitdag.sessionOpen());
        QCOMPARE(zitdag.schoolName(), QStringLiteral("Sint-Jozef"));
        QVERIFY(zitdag.title().contains(QStringLiteral("Sint-Jozef")));
        QCOMPARE(zitdag.conversationCount(), 0);

        app::EncounterController talk;
        talk.setContext(&app.context);
        talk.setKind(QStringLiteral("zitdag"));
        talk.setSchoolId(zitdag.schoolId());
        // A booked family, with a referral made on the spot.
        talk.selectHousehold(h, QStringLiteral("Haddad"));
        talk.domains()->toggle(QStringLiteral("inkomen"));
        talk.addReferral(caw.id, caw.name, QStringLiteral("budgetbegeleiding"));
        QVERIFY(talk.save());
        // A walk-in not known yet.
        talk.setUnknownParent(QStringLiteral("papa van Yusuf"));
        talk.domains()->toggle(QStringLiteral("inkomen"));
        talk.domains()->toggle(QStringLiteral("wonen"));
        QVERIFY(talk.save());
        QVERIFY(summaryChanged.count() >= 2);
        QCOMPARE(zitdag.conversationCount(), 2);
        QCOMPARE(zitdag.conversations()
                     ->data(zitdag.conversations()->index(0), app::EncounterListModel::TitleRole)
                     .toString(),
                 QStringLiteral("Haddad"));

        // A zitdag elsewhere is not this session's.
        talk.setSchoolId(other.id);
        talk.setUnknownParent(QStringLiteral("mama van Lina"));
        QVERIFY(talk.save());
        QCOMPARE(zitdag.conversationCount(), 2);

        zitdag.end();
        QVERIFY(zitdag.ended());
        QVERIFY(!zitdag.sessionOpen());
        const QString summary = zitdag.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("2 conversation")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 known household")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 referral")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Inkomen en schulden (2)")), qPrintable(summary));

        zitdag.reset();
        QVERIFY(zitdag.schoolId().isEmpty());
        QCOMPARE(zitdag.conversationCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestZitdagController)
#include "tst_zitdagcontroller.moc"
