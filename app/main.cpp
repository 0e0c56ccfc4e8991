// The app's wiring: options, language, store, QML. Nothing else.

#include "app/appcontext.h"
#include "app/appoptions.h"
#include "app/demo/demogenerator.h"
#include "app/language.h"
#include "app/selftest.h"
#include "app/settingscontroller.h"
#include "app/store/queries.h"
#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>

#include <optional>

Q_IMPORT_QML_PLUGIN(Brugboek_AppPlugin)
Q_IMPORT_QML_PLUGIN(Brugboek_UiPlugin)

using namespace brugboek;

namespace {
const QString MainQml = QStringLiteral("qrc:/qt/qml/Brugboek/Ui/Main.qml");
const QString PagesDirectory = QStringLiteral(":/qt/qml/Brugboek/Ui/pages");

void fillDemoIfEmpty(store::Store &store)
{
    if (store::Queries(store.db()).households(1).isEmpty())
        demo::generateDemoData(store, demo::DemoOptions::caseload());
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("brugboek"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Brugboek"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BRUGBOEK_VERSION));
    app::AppOptions options = app::AppOptions::parse(QGuiApplication::arguments());
    if (!options.languageGiven) {
        const QString stored = app::SettingsController::storedLanguage(options.dataDirectory);
        if (!stored.isEmpty())
            options.language = stored;
    }

    std::optional<app::SelfTest> selfTest;
    if (options.selfTest)
        selfTest.emplace(options.screenshotDirectory);

    if (!app::installLanguage(app, options.language))
        qWarning("No translation for \"%s\"", qPrintable(options.language));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // FOR DEVELOPMENT ONLY: the key lies beside the data until the
    // data-protection work brings a PIN-wrapped key.
    platform::DevelopmentKeyProvider keys(
        QDir(options.dataDirectory).filePath(QStringLiteral("database.key")));
    app::AppContext context(options.dataDirectory);
    context.openStore(keys, options.demo ? &fillDemoIfEmpty : std::function<void(store::Store &)>());
    app::AppContext::setInstance(&context);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(MainQml));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        window && options.windowSize.isValid())
        window->resize(options.windowSize);

    if (selfTest)
        return selfTest->run(engine, context, PagesDirectory);
    return QGuiApplication::exec();
}
