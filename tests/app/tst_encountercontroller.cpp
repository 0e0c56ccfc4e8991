#include "app/encountercontroller.h"
#include "app/store/queries.h"
#include "appfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;
using app::EncounterController;

class TestEncounterController : public QObject
{
    Q_OBJECT

    static int count(test::AppFixture &app, const char *sql)
    {
        return static_cast<int>(app.context.store()->db().scalar(sql).toLongLong());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
    }

    void schoolpoortCaptureWithFollowUp()
    {
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        EncounterController c;
        QAbstractItemModelTester domainsTester(c.domains(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy formChanged(&c, &EncounterController::formChanged);
        QSignalSpy savedChanged(&c, &EncounterController::savedChanged);
        c.setContext(&app.context);
        QCOMPARE(c.domains()->count(), 11); // the seeded levensdomeinen
        QVERIFY(!c.canSave());
        QVERIFY(!c.save());

        c.selectHousehold(h, QStringLiteral("Haddad"));
        QVERIFY(c.canSave());
        QVERIFY(formChanged.count() >= 1);
        c.domains()->toggle(QStringLiteral("inkomen"));
        c.domains()->toggle(QStringLiteral("school"));
        c.domains()->toggle(QStringLiteral("school")); // off again
        QCOMPARE(c.domains()->selected(), QStringList {QStringLiteral("inkomen")});
        c.setNote(QStringLiteral("Brief van de deurwaarder"));
        c.setFollowUp(QStringLiteral("tomorrow"));
        const QDate today = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
        QCOMPARE(c.followUpDate(), today.addDays(1));

        QVERIFY(c.save());
        QCOMPARE(savedChanged.count(), 1);
        QVERIFY(c.canUndo());
        QVERIFY(!c.lastSavedId().isEmpty());
        // The form is empty again for the next parent.
        QVERIFY(c.householdId().isEmpty());
        QVERIFY(c.domains()->selected().isEmpty());
        QVERIFY(c.followUp().isEmpty());

        auto e = app.repo().load<store::Encounter>(c.lastSavedId());
        QVERIFY(e);
        QCOMPARE(e->householdId, h);
        QCOMPARE(e->kind, QStringLiteral("schoolpoort"));
        QCOMPARE(e->lifeDomains, QStringList {QStringLiteral("inkomen")});
        QCOMPARE(e->note, QStringLiteral("Brief van de deurwaarder"));
        QCOMPARE(count(app, "SELECT count(*) FROM follow_up"), 1);
        const auto due = store::Queries(app.context.store()->db()).followUpsDue(today.addDays(1));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().followUp.title, QStringLiteral("Brief van de deurwaarder"));

        // Undo takes back the contact and its follow-up.
        QVERIFY(c.undo());
        QCOMPARE(savedChanged.count(), 2);
        QVERIFY(!c.canUndo());
        QCOMPARE(count(app, "SELECT count(*) FROM encounter"), 0);
        QCOMPARE(count(app, "SELECT count(*) FROM follow_up"), 0);
        QVERIFY(!c.undo());
    }

    void undoExpires()
    {
        test::AppFixture app;
        EncounterController c;
        c.setContext(&app.context);
        c.setUnknownParent(QStringLiteral("mama van Amir, 2de lj"));
        QVERIFY(c.save());
        QVERIFY(c.canUndo());
        QSignalSpy savedChanged(&c, &EncounterController::savedChanged);
        QVERIFY(savedChanged.wait(EncounterController::UndoMs + 2000));
        QVERIFY(!c.canUndo());
        QVERIFY(!c.undo());
        QCOMPARE(count(app, "SELECT count(*) FROM encounter WHERE unknown_parent = 'mama van Amir, 2de lj'"),
                 1);
    }

    void unknownParentCannotGetAReferral()
    {
        test::AppFixture app;
        EncounterController c;
        c.setContext(&app.context);
        c.setUnknownParent(QStringLiteral("papa met de rode fiets"));
        c.addReferral({}, QStringLiteral("CAW"), QStringLiteral("schulden"));
        QVERIFY(!c.canSave());
        QVERIFY(!c.problem().isEmpty());
        c.removeReferral(0);
        QVERIFY(c.canSave());
    }

    void homeVisitWithConsentAndReferral()
    {
        test::AppFixture app;
        const QString h =
            app.addHousehold(QStringLiteral("Yilmaz"), {QStringLiteral("Ayse"), QStringLiteral("Mehmet")},
                             {QStringLiteral("Elif")});
        store::Organisation caw;
        caw.name = QStringLiteral("CAW Oost-Vlaanderen");
        app.repo().save(caw);

        EncounterController c;
        QAbstractItemModelTester peopleTester(c.people(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setContext(&app.context);
        c.setKind(QStringLiteral("huisbezoek"));
        c.selectHousehold(h, QStringLiteral("Yilmaz"));
        QCOMPARE(c.people()->count(), 3);
        const QString ayse = c.people()->data(c.people()->index(0), app::OptionModel::CodeRole).toString();
        c.people()->toggle(ayse);
        c.setAgreements(QStringLiteral("Samen naar het CAW"));
        c.setConsentGiven(true);
        QVERIFY(!c.canSave()); // what and with whom first
        c.setConsentSubject(QStringLiteral("de schuldsituatie"));
        c.setConsentWith(QStringLiteral("CAW"));
        c.consentMethods()->toggle(QStringLiteral("mondeling"));
        c.addReferral(caw.id, caw.name, QStringLiteral("schuldbemiddeling"));
        QCOMPARE(c.referralTexts(), QStringList {QStringLiteral("CAW Oost-Vlaanderen: schuldbemiddeling")});
        QVERIFY(c.canSave());
        QVERIFY(c.save());

        const auto e = app.repo().load<store::Encounter>(c.lastSavedId());
        QCOMPARE(e->peoplePresent, QStringList {ayse});
        QCOMPARE(e->agreements, QStringLiteral("Samen naar het CAW"));
        QCOMPARE(
            count(app, "SELECT count(*) FROM consent WHERE method = 'mondeling' AND shared_with = 'CAW'"), 1);
        QCOMPARE(count(app, "SELECT count(*) FROM referral WHERE status = 'besproken'"), 1);

        // Undo takes all of it back.
        QVERIFY(c.undo());
        QCOMPARE(count(app, "SELECT count(*) FROM consent"), 0);
        QCOMPARE(count(app, "SELECT count(*) FROM referral"), 0);
    }

    void pickedDay()
    {
        test::AppFixture app;
        EncounterController c;
        c.setContext(&app.context);
        c.setFollowUpDate(QDate(2026, 12, 3));
        QCOMPARE(c.followUp(), QStringLiteral("date"));
        QCOMPARE(c.followUpDate(), QDate(2026, 12, 3));
        c.setFollowUp(QStringLiteral("nextWeek"));
        QCOMPARE(c.followUpDate(), QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date().addDays(7));
    }
};

QTEST_GUILESS_MAIN(TestEncounterController)
#include "tst_encountercontroller.moc"
