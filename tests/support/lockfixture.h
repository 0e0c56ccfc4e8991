#pragma once

// The app lock as main() wires it: a PinKeyProvider (fast test limits, no
// keystore) in a temporary data folder, an AppContext, an AppLock whose
// hooks open the store and (when the test gives a factory) start a
// SyncService, and close both before a wipe.

#include "app/appcontext.h"
#include "app/applock.h"
#include "app/store/store.h"
#include "platform/keystore.h"
#include "platform/pinkeyprovider.h"
#include "support/testkeys.h"
#include "support/teststore.h"
#include "sync/client/syncservice.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace brugboek::test {

struct LockFixture
{
    QTemporaryDir dir;
    sync::ManualClock clock {FixedNowMs};
    platform::PinKeyProvider keys;
    app::AppContext context;
    std::function<std::unique_ptr<client::SyncService>()> makeService;
    std::unique_ptr<client::SyncService> service;
    std::unique_ptr<app::AppLock> lock;

    // `keystore` (optional, not owned) stands in for the platform's.
    explicit LockFixture(int maxAttempts = 5, platform::Keystore *keystore = nullptr)
        : keys(dir.path(), keystore, fastKeyOptions(maxAttempts))
        , context(dir.path())
    {
        restartLock();
    }

    // A new AppLock on the same folder, as after a restart of the app.
    void restartLock()
    {
        if (lock)
            lock->setSyncService(nullptr);
        service.reset();
        lock.reset();
        context.closeStore();
        keys.lock();
        app::AppLock::Hooks hooks;
        hooks.openData = [this] {
            if (!context.storeOpen())
                context.openStore(keys, {}, clock);
            if (context.storeOpen() && makeService && !service) {
                service = makeService();
                lock->setSyncService(service.get());
                service->start();
            }
            return context.storeOpen();
        };
        hooks.closeData = [this] {
            lock->setSyncService(nullptr);
            service.reset();
            context.closeStore();
        };
        lock = std::make_unique<app::AppLock>(dir.path(), QString(), keys, context, hooks, clock);
        lock->start();
    }

    [[nodiscard]] QString path(const char *name) const
    {
        return QDir(dir.path()).filePath(QLatin1String(name));
    }
    [[nodiscard]] QString dbPath() const { return path(store::Store::fileName); }
    // A keystore in memory, standing in for the platform's.
    struct MemoryKeystore final : platform::Keystore
    {
        std::optional<QByteArray> read() override
        {
            return secret.isEmpty() ? std::nullopt : std::optional<QByteArray>(secret);
        }
        bool write(const QByteArray &s) override
        {
            secret = s;
            return true;
        }
        void remove() override { secret.clear(); }
        QByteArray secret;
    };

    // Every file left in the data folder.
    [[nodiscard]] QStringList files() const
    {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
};

} // namespace brugboek::test
