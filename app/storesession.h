#pragma once

#include "app/store/store.h"
#include "sync/client/syncservice.h"

#include <memory>

namespace brugboek::app {

// The sync thread's own connection to the device's store, with the same
// observers (search tokens, referral status) as the UI's.
class StoreSession final : public client::SyncService::Session
{
public:
    explicit StoreSession(std::unique_ptr<store::Store> store)
        : m_store(std::move(store))
    {
    }
    client::Database &db() override { return m_store->db(); }
    client::ChangeLog &changes() override { return m_store->changes(); }

private:
    std::unique_ptr<store::Store> m_store;
};

} // namespace brugboek::app
