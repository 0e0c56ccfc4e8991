#pragma once

#include "sqldb.h"

#include <functional>
#include <string>

namespace brugboek::server {

// Creates the server's tables when they are missing (idempotent, safe when
// several server processes start at once).
void createSchema(SqlConnection &db);

// The store's schema version (server_state): 1 as created, 2 once the
// shares from before the consent rule were decided again
// (SyncService::upgradeShares), 3 once SQLite's field_state is keyed by seq
// (nothing changes on PostgreSQL).
inline constexpr int kSchemaVersion = 3;
[[nodiscard]] int schemaVersion(SqlConnection &db);

// Brings a store of version 2 to kSchemaVersion, forward only, in one write
// transaction: on SQLite the change log is rebuilt keyed by seq when it is
// not yet (minutes for a store of millions of rows; `log` is told before and
// after). Run after upgradeShares. True when it rebuilt the table.
bool migrateSchema(SqlConnection &db, const std::function<void(const std::string &)> &log = {});

// True when the store has been initialised.
[[nodiscard]] bool schemaExists(SqlConnection &db);

} // namespace brugboek::server
