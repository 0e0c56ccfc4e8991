#include "app/dossiercontroller.h"
#include "appfixture.h"

#include "sync/core/entities.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

using namespace brugboek;
using app::DossierController;

class TestDossierController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
        // List labels come in the user's language.
        QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
    }

    void householdPeopleAndTimeline()
    {
        test::AppFixture app;
        const QString h =
            app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")}, {QStringLiteral("Amir")});
        app.repo().update(
            "household", h,
            {{QStringLiteral("home_languages"), QStringList {QStringLiteral("ar"), QStringLiteral("fr")}},
             {QStringLiteral("interpreter_needed"), true}});
        store::Encounter e;
        e.householdId = h;
        e.kind = QStringLiteral("huisbezoek");
        e.note = QStringLiteral("Huur achterstallig");
        app.repo().saveEncounter(e);

        DossierController dossier;
        QAbstractItemModelTester people(dossier.people(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timeline(dossier.timeline(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy detailsChanged(&dossier, &DossierController::detailsChanged);
        dossier.setContext(&app.context);
        QVERIFY(!dossier.exists());
        dossier.setHouseholdId(h);
        QVERIFY(detailsChanged.count() >= 1);
        QVERIFY(dossier.exists());
        QCOMPARE(dossier.displayName(), QStringLiteral("Haddad"));
        QCOMPARE(dossier.languagesText(), QStringLiteral("Arabisch, Frans"));
        QVERIFY(dossier.interpreterNeeded());
        QCOMPARE(dossier.people()->count(), 2);
        QCOMPARE(dossier.people()->get(0, QStringLiteral("name")).toString(),
                 QStringLiteral("Samira Haddad"));
        QCOMPARE(dossier.timeline()->count(), 1);
        QCOMPARE(dossier.timeline()->get(0, QStringLiteral("title")).toString(),
                 QStringLiteral("Huisbezoek"));
        QCOMPARE(dossier.timeline()->get(0, QStringLiteral("detail")).toString(),
                 QStringLiteral("Huur achterstallig"));
    }

    void withdrawConsent()
    {
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        store::Consent c;
        c.householdId = h;
        c.subject = QStringLiteral("schuldsituatie");
        c.sharedWith = QStringLiteral("CAW");
        c.givenOn = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date().addDays(-30);
        app.repo().save(c);

        DossierController dossier;
        QAbstractItemModelTester tester(dossier.timeline(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dossier.setContext(&app.context);
        dossier.setHouseholdId(h);
        auto *timeline = dossier.timeline();
        QCOMPARE(timeline->count(), 1);
        QVERIFY(timeline->get(0, QStringLiteral("canWithdraw")).toBool());
        QSignalSpy countChanged(timeline, &app::TimelineModel::countChanged);
        QVERIFY(timeline->withdrawConsent(c.id));
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(timeline->count(), 2); // given, and withdrawn today
        QCOMPARE(timeline->get(0, QStringLiteral("kind")).toString(), QStringLiteral("consent_withdrawn"));
        QVERIFY(!timeline->get(1, QStringLiteral("canWithdraw")).toBool());
        QVERIFY(app.repo().load<store::Consent>(c.id)->withdrawnOn.isValid());
    }

    void editDetails()
    {
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        DossierController dossier;
        dossier.setContext(&app.context);
        dossier.setHouseholdId(h);
        QSignalSpy detailsChanged(&dossier, &DossierController::detailsChanged);
        QVERIFY(dossier.saveDetails(QStringLiteral("Haddad-El Amrani"), QStringLiteral("0470 12 34 56"), {},
                                    {}, QStringLiteral("na 16u"), {}, true));
        QVERIFY(detailsChanged.count() >= 1);
        QCOMPARE(dossier.displayName(), QStringLiteral("Haddad-El Amrani"));
        QCOMPARE(dossier.phone(), QStringLiteral("0470 12 34 56"));
        QVERIFY(dossier.interpreterNeeded());
        QVERIFY(!dossier.saveDetails(QStringLiteral("  "), {}, {}, {}, {}, {}, false)); // a name is needed
    }

    void conflictKeepsEitherText_data()
    {
        QTest::addColumn<bool>("keepLost");
        QTest::newRow("keep the current text") << false;
        QTest::newRow("keep the lost text") << true;
    }

    void conflictKeepsEitherText()
    {
        QFETCH(bool, keepLost);
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        store::Encounter e;
        e.householdId = h;
        e.kind = QStringLiteral("zitdag");
        e.note = QStringLiteral("Tekst van dit toestel");
        app.repo().saveEncounter(e);
        // What sync leaves behind when another device's edit lost.
        const QString conflictId = app.context.store()->newId();
        app.context.store()->changes().put(
            sync::entity("conflict"), conflictId,
            {{QStringLiteral("household_id"), h},
             {QStringLiteral("record_entity"), QStringLiteral("encounter")},
             {QStringLiteral("record_id"), e.id},
             {QStringLiteral("field"), QStringLiteral("note")},
             {QStringLiteral("lost_value"), QStringLiteral("Tekst van het andere toestel")},
             {QStringLiteral("lost_device"), QStringLiteral("device-b")},
             {QStringLiteral("lost_hlc"), qint64(42)}});

        DossierController dossier;
        QAbstractItemModelTester tester(dossier.conflicts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dossier.setContext(&app.context);
        dossier.setHouseholdId(h);
        auto *conflicts = dossier.conflicts();
        QCOMPARE(conflicts->count(), 1);
        QCOMPARE(conflicts->get(0, QStringLiteral("currentValue")).toString(),
                 QStringLiteral("Tekst van dit toestel"));
        QCOMPARE(conflicts->get(0, QStringLiteral("lostValue")).toString(),
                 QStringLiteral("Tekst van het andere toestel"));
        QSignalSpy countChanged(conflicts, &app::ConflictModel::countChanged);

        QVERIFY(conflicts->keep(conflictId, keepLost));
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(conflicts->count(), 0);
        QCOMPARE(app.repo().load<store::Encounter>(e.id)->note,
                 keepLost ? QStringLiteral("Tekst van het andere toestel")
                          : QStringLiteral("Tekst van dit toestel"));
        const qint64 resolvedAt =
            app.context.store()->db().scalar("SELECT resolved_at FROM conflict").toLongLong();
        QCOMPARE(resolvedAt, qint64(test::FixedNowMs));
        // Resolved once only.
        QVERIFY(!conflicts->keep(conflictId, keepLost));
    }
};

QTEST_GUILESS_MAIN(TestDossierController)
#include "tst_dossiercontroller.moc"
