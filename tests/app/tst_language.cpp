// The language switches while the app runs: Instellingen sets it, the QML
// engine retranslates its bindings, the C++ models make their texts again
// and dates follow the new locale. English has its plural forms.

#include "app/householdmodels.h"
#include "app/language.h"
#include "app/optionmodel.h"
#include "app/settingscontroller.h"
#include "app/todaycontroller.h"
#include "appfixture.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <ctime>
#include <memory>

Q_IMPORT_QML_PLUGIN(Brugboek_AppPlugin)
Q_IMPORT_QML_PLUGIN(Brugboek_UiPlugin)

using namespace brugboek;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TZ", "Europe/Brussels");
        ::tzset();
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(app::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
    }

    void switchesWhileRunning()
    {
        test::AppFixture app;
        app::AppContext::setInstance(&app.context);
        const QString h = app.addHousehold(QStringLiteral("Haddad"), {QStringLiteral("Samira")});

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent pageComponent(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Brugboek/Ui/pages/GezinsdossierPage.qml")));
        std::unique_ptr<QObject> page(pageComponent.create());
        QVERIFY2(page, qPrintable(pageComponent.errorString()));
        QCOMPARE(page->property("title").toString(), QStringLiteral("Gezin"));

        QQmlComponent settingsComponent(&engine);
        settingsComponent.setData("import Brugboek.App\nSettingsController { context: AppContext }", {});
        std::unique_ptr<QObject> settings(settingsComponent.create());
        QVERIFY2(settings, qPrintable(settingsComponent.errorString()));
        QCOMPARE(settings->property("language").toString(), QStringLiteral("nl"));

        app::PersonModel people;
        people.setContext(&app.context);
        people.setKey(h);
        QCOMPARE(people.get(0, QStringLiteral("roleLabel")).toString(), QStringLiteral("Ouder"));
        app::OptionModel domains;
        domains.setList(QStringLiteral("levensdomein"));
        domains.setContext(&app.context);
        QCOMPARE(domains.labelOf(QStringLiteral("wonen")), QStringLiteral("Wonen"));
        app::TodayController today;
        today.setContext(&app.context);
        QCOMPARE(today.todayText(), QStringLiteral("zondag 22 november"));
        QSignalSpy figures(&today, &app::TodayController::figuresChanged);
        QSignalSpy languageChanged(&app.context, &app::AppContext::languageChanged);

        // Instellingen -> Français: no restart.
        QVERIFY(settings->setProperty("language", QStringLiteral("fr")));
        QCOMPARE(languageChanged.count(), 1);
        QCOMPARE(page->property("title").toString(), QStringLiteral("Famille"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(figures.count(), 1);
        QCOMPARE(today.todayText(), QStringLiteral("dimanche 22 novembre"));
        QCOMPARE(people.get(0, QStringLiteral("roleLabel")).toString(), QStringLiteral("Parent"));
        QCOMPARE(domains.labelOf(QStringLiteral("wonen")), QStringLiteral("Logement"));
        // Kept for the next start.
        QCOMPARE(app::SettingsController::storedLanguage(app.dir.path()), QStringLiteral("fr"));
        // A refusal of the store, in French.
        app.context.reportError(store::ValidationError("A follow-up needs a date."));
        QCOMPARE(app.context.errorText(), QStringLiteral("Un suivi a besoin d'une date."));

        // English: the source texts, with real plurals.
        QVERIFY(settings->setProperty("language", QStringLiteral("en")));
        QCOMPARE(page->property("title").toString(), QStringLiteral("Household"));
        QCOMPARE(people.get(0, QStringLiteral("roleLabel")).toString(), QStringLiteral("Parent"));
        QCOMPARE(today.todayText(), QStringLiteral("Sunday 22 November"));
        QCOMPARE(domains.labelOf(QStringLiteral("wonen")), QStringLiteral("Housing"));
        QCOMPARE(QCoreApplication::translate("brugboek::app::ZitdagController", "%n conversation(s)", "", 1),
                 QStringLiteral("1 conversation"));
        QCOMPARE(QCoreApplication::translate("brugboek::app::ZitdagController", "%n conversation(s)", "", 3),
                 QStringLiteral("3 conversations"));

        // And back.
        QVERIFY(settings->setProperty("language", QStringLiteral("nl")));
        QCOMPARE(page->property("title").toString(), QStringLiteral("Gezin"));
        QCOMPARE(people.get(0, QStringLiteral("roleLabel")).toString(), QStringLiteral("Ouder"));
        QCOMPARE(QCoreApplication::translate("brugboek::app::ZitdagController", "%n conversation(s)", "", 3),
                 QStringLiteral("3 gesprekken"));
        page.reset();
        settings.reset();
        app::AppContext::setInstance(nullptr);
    }

    // Every plural text of the sources has real singular and plural forms in
    // every language: no "(s)" left on screen.
    void pluralsHaveNoParentheses_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void pluralsHaveNoParentheses()
    {
        QFETCH(QString, language);
        QVERIFY(app::installLanguage(*QCoreApplication::instance(), language));
        const struct
        {
            const char *context;
            const char *source;
            const char *comment;
        } plurals[] = {
            {"brugboek::app::ZitdagController", "%n conversation(s)", ""},
            {"brugboek::app::ZitdagController", "%n walk-in(s)", ""},
            {"brugboek::app::ZitdagController", "%n known household(s)", ""},
            {"brugboek::app::ZitdagController", "%n booking(s) without a conversation", ""},
            {"brugboek::app::OrganisationModel", "Waiting time about %n day(s)", ""},
            {"brugboek::app::SyncStatus", "%n change(s) not sent yet", ""},
        };
        for (const auto &p : plurals)
            for (int n : {1, 2}) {
                const QString text = QCoreApplication::translate(p.context, p.source, p.comment, n);
                QVERIFY2(!text.contains(QLatin1String("(s)")) && text.contains(QString::number(n)),
                         qPrintable(language + QLatin1String(": ") + text));
            }
        QVERIFY(app::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
