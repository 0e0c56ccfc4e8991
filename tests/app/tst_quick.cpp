// The Qt Quick Tests of the pages (tests/app/qml/tst_*.qml), run on an
// AppContext with a small caseload, as main() would set it up.

#include "appfixture.h"

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
        app.addHousehold(QStringLiteral("El Amrani"), {QStringLiteral("Fatima")}, {QStringLiteral("Amir")});
        store::Referral r;
        r.householdId = haddad;
        r.organisationId = caw.id;
        r.need = QStringLiteral("schuldbemiddeling");
        store::ReferralEvent registered;
        registered.status = store::ReferralStatus::Registered;
        registered.occurredOn = QDate(2026, 11, 2);
        repo.createReferral(r, registered);
    }

    std::unique_ptr<test::AppFixture> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(brugboek_pages, Setup)

#include "tst_quick.moc"
