#include "app/dossiercontroller.h"
#include "app/personeditor.h"
#include "app/referralmodel.h"
#include "app/store/queries.h"
#include "appfixture.h"

#include "sync/core/entities.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
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

    // The phone's empty dossier page, and the tablet's before a household is
    // chosen: nothing of any household, in particular not every open referral.
    void noHouseholdShowsNothing()
    {
        test::AppFixture app;
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        store::Organisation org;
        org.name = QStringLiteral("CAW Oost-Vlaanderen");
        org.kind = QStringLiteral("caw");
        app.repo().save(org);
        store::Referral r;
        r.householdId = h;
        r.organisationId = org.id;
        r.need = QStringLiteral("schulden");
        store::ReferralEvent first;
        first.status = QStringLiteral("aangemeld");
        first.occurredOn = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
        app.repo().createReferral(r, first);

        DossierController dossier;
        dossier.setContext(&app.context);
        dossier.setHouseholdId(QString());
        QVERIFY(!dossier.exists());
        QCOMPARE(dossier.referrals()->rowCount(), 0);
        QCOMPARE(dossier.people()->count(), 0);
        QCOMPARE(dossier.timeline()->count(), 0);
        dossier.setHouseholdId(h);
        QCOMPARE(dossier.referrals()->rowCount(), 1);
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

    void addEditAndRemovePeople()
    {
        test::AppFixture app;
        store::School school;
        school.name = QStringLiteral("Sint-Jozef");
        app.repo().save(school);
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        DossierController dossier;
        QAbstractItemModelTester people(dossier.people(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dossier.setContext(&app.context);
        dossier.setHouseholdId(h);
        QCOMPARE(dossier.people()->count(), 1);

        app::PersonEditor editor;
        QSignalSpy formChanged(&editor, &app::PersonEditor::formChanged);
        editor.setContext(&app.context);
        editor.setHouseholdId(h);
        QVERIFY(editor.isNew());
        QVERIFY(!editor.canSave()); // no name
        QCOMPARE(app::PersonEditor::roleChoices().size(), 4);
        // A child: school, class, languages, birth year.
        editor.setGivenName(QStringLiteral(" Amir "));
        editor.setFamilyName(QStringLiteral("Haddad"));
        editor.setRole(QStringLiteral("child"));
        QVERIFY(editor.isChild());
        editor.setBirthYear(QStringLiteral("2031")); // after this year
        QVERIFY(!editor.canSave());
        QVERIFY(editor.problem().contains(QStringLiteral("1900")));
        editor.setBirthYear(QStringLiteral("twintig"));
        QVERIFY(!editor.canSave());
        editor.setBirthYear(QStringLiteral("2018"));
        QVERIFY2(editor.canSave(), qPrintable(editor.problem()));
        editor.schools()->toggle(school.id);
        editor.setClassName(QStringLiteral("3de leerjaar B"));
        editor.languages()->toggle(QStringLiteral("ar"));
        editor.languages()->toggle(QStringLiteral("nl"));
        editor.setRole(QStringLiteral("nonsense")); // not a role: ignored
        QCOMPARE(editor.role(), QStringLiteral("child"));
        QVERIFY(editor.save());
        QVERIFY(formChanged.count() > 0);
        QVERIFY(editor.isNew()); // ready for the next one

        QCOMPARE(dossier.people()->count(), 2);
        QCOMPARE(dossier.schoolsText(), QStringLiteral("Sint-Jozef"));
        const auto all = store::Queries(app.context.store()->db()).peopleOf(h);
        const auto amir = std::find_if(all.cbegin(), all.cend(), [](const store::Person &p) {
            return p.givenName == QLatin1String("Amir");
        });
        QVERIFY(amir != all.cend());
        QCOMPARE(amir->role, QStringLiteral("child"));
        QCOMPARE(amir->birthYear, 2018);
        QCOMPARE(amir->className, QStringLiteral("3de leerjaar B"));
        QCOMPARE(amir->languages, (QStringList {QStringLiteral("ar"), QStringLiteral("nl")}));
        // Found by the household search as soon as it is written.
        QCOMPARE(store::Queries(app.context.store()->db()).searchHouseholds(QStringLiteral("amir")).size(),
                 1);

        // Edit: the form holds what is stored; only what changed is synced.
        QVERIFY(editor.edit(amir->id));
        QVERIFY(!editor.isNew());
        QCOMPARE(editor.givenName(), QStringLiteral("Amir"));
        QCOMPARE(editor.birthYear(), QStringLiteral("2018"));
        QCOMPARE(editor.schools()->selected(), QStringList {school.id});
        QCOMPARE(editor.languages()->selected().size(), 2);
        const qint64 before =
            app.context.store()->db().scalar("SELECT max(hlc) FROM sync_outbox").toLongLong();
        editor.setClassName(QStringLiteral("4de leerjaar A"));
        QVERIFY(editor.save());
        client::Query written =
            app.context.store()->db().query("SELECT group_concat(field) FROM sync_outbox WHERE hlc > ?");
        written.bind(1, before);
        QVERIFY(written.next());
        QCOMPARE(written.text(0), QStringLiteral("class_name"));
        QCOMPARE(app.repo().load<store::Person>(amir->id)->className, QStringLiteral("4de leerjaar A"));

        // A parent has no school or class, even when the form had them.
        QVERIFY(editor.edit(amir->id));
        editor.setRole(QStringLiteral("guardian"));
        QVERIFY(editor.save());
        const auto guardian = app.repo().load<store::Person>(amir->id);
        QCOMPARE(guardian->role, QStringLiteral("guardian"));
        QVERIFY(guardian->schoolId.isEmpty());
        QVERIFY(guardian->className.isEmpty());
        QVERIFY(dossier.schoolsText().isEmpty());

        // Remove: gone here and purged for the server; no longer found.
        QVERIFY(editor.edit(amir->id));
        QVERIFY(editor.remove());
        QCOMPARE(dossier.people()->count(), 1);
        QVERIFY(!app.repo().load<store::Person>(amir->id));
        QVERIFY(store::Queries(app.context.store()->db()).searchHouseholds(QStringLiteral("amir")).isEmpty());
        QVERIFY(!editor.edit(amir->id));
    }
};

QTEST_GUILESS_MAIN(TestDossierController)
#include "tst_dossiercontroller.moc"
