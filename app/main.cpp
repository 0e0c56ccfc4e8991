// The app's wiring: options, language, store, QML. Nothing else.

#include "app/appcontext.h"
#include "app/appoptions.h"
#include "app/demo/demogenerator.h"
#include "app/language.h"
#include "app/selftest.h"
#include "app/settingscontroller.h"
#include "app/store/queries.h"
#include "app/store/store.h"
#include "app/storesession.h"
#include "app/syncstatus.h"
#include "platform/developmentkeyprovider.h"
#include "platform/reachability.h"
#include "sync/client/curltransport.h"
#include "sync/client/syncengine.h"
#include "sync/client/syncservice.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>

#include <chrono>
#include <cstdio>
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

std::unique_ptr<client::SyncService> makeSyncService(const QString &dataDirectory,
                                                     platform::KeyProvider &keys)
{
    auto sessions = [dataDirectory, &keys] {
        return std::make_unique<app::StoreSession>(store::Store::open(dataDirectory, keys));
    };
    auto transports = [](const QString &url) -> std::unique_ptr<client::Transport> {
        client::CurlTransport::Options options;
        options.baseUrl = url.toStdString();
        return std::make_unique<client::CurlTransport>(options);
    };
    return std::make_unique<client::SyncService>(sessions, transports, client::SyncService::Options {});
}

QString readPassword(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("Cannot read the password file %s", qPrintable(path));
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

// For tests/bench/bench_app only: with BRUGBOEK_BENCH_FIRST_FRAME set, prints
// the steady clock (ns) at the first frame and the peak RSS, then quits.
void reportFirstFrame(QQuickWindow *window)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                std::chrono::steady_clock::now().time_since_epoch())
                                .count();
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray hwm;
            if (status.open(QIODevice::ReadOnly))
                for (const QByteArray &line : status.readAll().split('\n'))
                    if (line.startsWith("VmHWM:"))
                        hwm = line.mid(6).trimmed();
            std::printf("first-frame-steady-ns %lld\nvmhwm %s\n", static_cast<long long>(ns),
                        hwm.constData());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
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

    // Sync runs on its own thread with its own connection; not in the self-test.
    std::unique_ptr<client::SyncService> sync;
    platform::Reachability reachability;
    if (context.storeOpen() && !options.selfTest) {
        sync = makeSyncService(options.dataDirectory, keys);
        // Pages re-read after a sync brought records or sent changes; a local
        // write asks for a sync soon. The sync's own refresh is no local write.
        static bool refreshingFromSync = false;
        auto refresh = [&context] {
            refreshingFromSync = true;
            context.notifyRecordsChanged();
            refreshingFromSync = false;
        };
        QObject::connect(sync.get(), &client::SyncService::recordsChanged, &context, refresh);
        QObject::connect(sync.get(), &client::SyncService::pendingChangesChanged, &context, refresh);
        QObject::connect(&context, &app::AppContext::recordsChanged, sync.get(), [s = sync.get()] {
            if (!refreshingFromSync)
                s->localChangesMade();
        });
        QObject::connect(&reachability, &platform::Reachability::online, sync.get(),
                         &client::SyncService::networkAvailable);
        const bool enrolled = !client::SyncEngine::enrolmentOf(context.store()->db()).serverUrl.isEmpty();
        sync->start();
        if (!enrolled && !options.serverUrl.isEmpty())
            sync->enrol(options.serverUrl, options.username, readPassword(options.passwordFile),
                        QStringLiteral("Brugboek demo"));
    }
    app::SyncStatus syncStatus(sync.get());
    app::SyncStatus::setInstance(&syncStatus);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(MainQml));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        window && options.windowSize.isValid())
        window->resize(options.windowSize);
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        window && qEnvironmentVariableIsSet("BRUGBOEK_BENCH_FIRST_FRAME"))
        reportFirstFrame(window);

    if (selfTest)
        return selfTest->run(engine, context, PagesDirectory);
    return QGuiApplication::exec();
}
