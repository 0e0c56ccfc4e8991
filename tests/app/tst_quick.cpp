// The Qt Quick Tests of the pages (tests/app/qml/tst_*.qml), run on an
// AppContext with a small caseload, as main() would set it up.

#include "appfixture.h"

#include "sync/core/entities.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

#include <ctime>
#include <memory>

Q_IMPORT_QML_PLUGIN(Brugboek_AppPlugin)
Q_IMPORT_QML_PLUGIN(Brugboek_UiPlugin)

using namespace brugboek;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
        QLocale::setDefault(QLocale(QStringLiteral("nl_BE")));
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_app = std::make_unique<test::AppFixture>();
        fill(*m_app);
        app::AppContext::setInstance(&m_app->context);
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }

    void cleanupTestCase() { m_app.reset(); }

private:
    static void fill(test::AppFixture &app)
    {
        auto repo = app.repo();
        store::School school;
        school.name = QStringLiteral("Sint-Jozef");
        repo.save(school);
        store::Organisation caw;
        caw.name = QStringLiteral("CAW Oost-Vlaanderen");
        caw.kind = QStringLiteral("caw");
        caw.services = QStringLiteral("schuldbemiddeling");
        repo.save(caw);
        const QString haddad = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});
        const QString elAmrani = app.addHousehold(QStringLiteral("El Amrani"), {QStringLiteral("Fatima")},
                                                  {QStringLiteral("Amir")});
        // A note edited on two devices, as sync leaves it.
        store::Encounter e;
        e.householdId = elAmrani;
        e.kind = QStringLiteral("huisbezoek");
        e.note = QStringLiteral("Mama zoekt werk als poetshulp");
        repo.saveEncounter(e);
        app.context.store()->changes().put(
            sync::entity("conflict"), app.context.store()->newId(),
            {{QStringLiteral("household_id"), elAmrani},
             {QStringLiteral("record_entity"), QStringLiteral("encounter")},
             {QStringLiteral("record_id"), e.id},
             {QStringLiteral("field"), QStringLiteral("note")},
             {QStringLiteral("lost_value"), QStringLiteral("Mama zoekt werk; VDAB-afspraak")},
             {QStringLiteral("lost_device"), QStringLiteral("tablet-2")},
             {QStringLiteral("lost_hlc"), qint64(1)}});
        store::Referral r;
        r.householdId = haddad;
        r.organisationId = caw.id;
        r.need = QStringLiteral("schuldbemiddeling");
        store::ReferralEvent registered;
        registered.status = store::ReferralStatus::Registered;
        registered.occurredOn = QDate(2026, 11, 2);
        repo.createReferral(r, registered);
        // A conversation booked for today's zitdag.
        store::ZitdagBooking b;
        b.householdId = haddad;
        b.schoolId = school.id;
        b.description = QStringLiteral("schooltoeslag");
        b.bookedFor = QDateTime(QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date(), QTime(10, 0));
        repo.save(b);
        // More follow-ups due than Vandaag shows (8): the rest is on Opvolgingen.
        const QString kowalski = app.addHousehold(QStringLiteral("Kowalski"), {QStringLiteral("Agnieszka")});
        const QDate today = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs).date();
        for (int i = 0; i < 12; ++i) {
            store::FollowUp f;
            f.householdId = kowalski;
            f.title = QStringLiteral("Bellen over de aanvraag %1").arg(i + 1);
            f.dueOn = today.addDays(-i);
            repo.save(f);
        }
        // Colleagues, as the server sends them.
        app.context.store()->db().execute(
            "INSERT INTO team_member (id, display_name, role, active) VALUES "
            "('u-karim', 'Karim Haddou', 'worker', 1), ('u-lotte', 'Lotte Verbeke', 'worker', 1);");
    }

    std::unique_ptr<test::AppFixture> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(brugboek_pages, Setup)

#include "tst_quick.moc"
