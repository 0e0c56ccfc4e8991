#pragma once

#include "sync/client/changelog.h"
#include "sync/client/database.h"
#include "sync/core/clock.h"
#include "sync/core/uuid.h"

#include <QString>

#include <memory>

namespace brugboek::platform {
class KeyProvider;
}

namespace brugboek::store {

class SearchCache;
class SearchIndex;
class ReferralStatusTracker;

// The device's encrypted store: opens (or creates) the database in a folder
// with the key from a KeyProvider, brings its schema up to date and wires the
// single write path (ChangeLog) with the observers of derived data.
class Store
{
public:
    static constexpr const char *fileName = "brugboek.db";

    // Throws client::StoreError (CannotUnlock when the key is missing or
    // wrong; the existing file is never replaced) or platform::KeyError.
    static std::unique_ptr<Store> open(const QString &directory, platform::KeyProvider &keys,
                                       const sync::Clock &clock = sync::SystemClock::instance());
    ~Store();

    [[nodiscard]] client::Database &db() { return *m_db; }
    [[nodiscard]] client::ChangeLog &changes() { return *m_changes; }
    [[nodiscard]] const sync::Clock &clock() const { return m_clock; }
    [[nodiscard]] QString newId();
    // The search data kept in memory for as-you-type search, made at its
    // first use and loaded on a thread of its own.
    [[nodiscard]] SearchCache &searchCache();

private:
    Store(std::unique_ptr<client::Database> db, const sync::Clock &clock);

    std::unique_ptr<client::Database> m_db;
    const sync::Clock &m_clock;
    sync::UuidV7Generator m_ids;
    std::unique_ptr<client::ChangeLog> m_changes;
    std::unique_ptr<SearchIndex> m_searchIndex;
    std::unique_ptr<ReferralStatusTracker> m_referralStatus;
    std::unique_ptr<SearchCache> m_searchCache; // goes first: see ~Store()
};

} // namespace brugboek::store
