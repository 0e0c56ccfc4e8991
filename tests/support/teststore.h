#pragma once

// Shared by the store tests: a fresh encrypted store in a temporary folder,
// with a manual clock.

#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/core/clock.h"

#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace brugboek::test {

// 2026-11-22T08:15:00Z: a Sunday, but the store does not mind.
constexpr std::int64_t FixedNowMs = 1795335300000;

struct TestStore
{
    QTemporaryDir dir;
    sync::ManualClock clock {FixedNowMs};
    platform::DevelopmentKeyProvider keys {QDir(dir.path()).filePath(QStringLiteral("database.key"))};
    std::unique_ptr<store::Store> store;

    TestStore() { reopen(); }
    void reopen()
    {
        store.reset();
        store = store::Store::open(dir.path(), keys, clock);
    }
    [[nodiscard]] QString dbPath() const
    {
        return QDir(dir.path()).filePath(QLatin1String(store::Store::fileName));
    }
};

} // namespace brugboek::test
