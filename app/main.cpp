// The app's wiring: options, language, store, QML. Nothing else.

#include "app/appcontext.h"
#include "app/applock.h"
#include "app/appoptions.h"
#include "app/demo/demogenerator.h"
#include "app/language.h"
#include "app/selftest.h"
#include "app/settingscontroller.h"
#include "app/store/queries.h"
#include "app/store/store.h"
#include "app/storesession.h"
#include "app/syncstatus.h"
#include "platform/keystore.h"
#include "platform/pinkeyprovider.h"
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
#include <QStandardPaths>

#include <chrono>
#include <cstdio>
#include <optional>
#include <utility>

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

QString readSecret(const QString &path, const char *what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("Cannot read the %s file %s", what, qPrintable(path));
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

// For tests/bench/bench_app only: with BRUGBOEK_BENCH_FIRST_FRAME set, prints
// the steady clock (ns) at the first frame that shows a page (unlocked, the
// page stack holding its first page; not a lock page) and the peak RSS, then
// quits.
void reportFirstFrame(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window] {
        const QObject *stack = window->findChild<QObject *>(QStringLiteral("pageStack"));
        if (!window->property("unlocked").toBool() || !stack ||
            !stack->property("currentItem").value<QObject *>())
            return; // a lock page: not the first page yet
        static bool reported = false;
        if (std::exchange(reported, true))
            return;
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray hwm;
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray &line : status.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    hwm = line.mid(6).trimmed();
        std::printf("first-frame-steady-ns %lld\nvmhwm %s\n", static_cast<long long>(ns), hwm.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
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

    // The database key, wrapped by the worker's PIN and, where the platform
    // has one, kept in its keystore too (not in the self-test: no keyring
    // of the person running it is touched).
    std::unique_ptr<platform::Keystore> keystore;
    if (!options.noKeystore && !options.selfTest)
        keystore = platform::makePlatformKeystore(QDir(options.dataDirectory).absolutePath());
    platform::PinKeyProvider::Options keyOptions;
    keyOptions.maxAttempts = options.maxPinAttempts;
    platform::PinKeyProvider keys(options.dataDirectory, keystore.get(), keyOptions);
    app::AppContext context(options.dataDirectory);
    app::AppContext::setInstance(&context);
    app::SyncStatus syncStatus(nullptr);
    app::SyncStatus::setInstance(&syncStatus);
    // Its texts in the new language when Instellingen switches it.
    QObject::connect(&context, &app::AppContext::languageChanged, &syncStatus, &app::SyncStatus::changed);

    // Sync runs on its own thread with its own connection; not in the
    // self-test. Made when the store opens (after the PIN), dropped before
    // a wipe.
    std::unique_ptr<client::SyncService> sync;
    platform::Reachability reachability;
    app::AppLock *lockPtr = nullptr;
    static bool refreshingFromSync = false;
    app::AppLock::Hooks hooks;
    hooks.openData = [&]() -> bool {
        if (!context.storeOpen() &&
            !context.openStore(keys, options.demo ? &fillDemoIfEmpty : std::function<void(store::Store &)>()))
            return false;
        if (sync || options.selfTest)
            return true;
        sync = makeSyncService(options.dataDirectory, keys);
        // Pages re-read after a sync brought records or sent changes; a local
        // write asks for a sync soon. The sync's own refresh is no local write.
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
        syncStatus.setService(sync.get());
        lockPtr->setSyncService(sync.get());
        const bool enrolled = !client::SyncEngine::enrolmentOf(context.store()->db()).serverUrl.isEmpty();
        sync->start();
        if (!enrolled && !options.serverUrl.isEmpty())
            sync->enrol(options.serverUrl, options.username, readSecret(options.passwordFile, "password"),
                        QStringLiteral("Brugboek demo"));
        return true;
    };
    hooks.closeData = [&] {
        syncStatus.setService(nullptr);
        lockPtr->setSyncService(nullptr);
        sync.reset();
        context.closeStore();
    };
    app::AppLock lock(options.dataDirectory, QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                      keys, context, hooks);
    lockPtr = &lock;
    lock.setIdleTimeoutMs(options.idleLockSeconds * 1000);
    app::AppLock::setInstance(&lock);
    lock.start();
    if (!options.pinFile.isEmpty()) {
        const QString pin = readSecret(options.pinFile, "PIN");
        if (lock.state() == app::AppLock::Setup)
            lock.setUpPin(pin, pin);
        else if (lock.state() == app::AppLock::Locked)
            lock.unlock(pin);
        if (lock.state() == app::AppLock::Setup || lock.state() == app::AppLock::Locked)
            qWarning("The PIN file did not unlock the app: %s", qPrintable(lock.message()));
    }

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
