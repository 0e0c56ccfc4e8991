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
// (nothing changes on PostgreSQL), 4 once field_state_parent is there (both).
inline constexpr int kSchemaVersion = 4;
[[nodiscard]] int schemaVersion(SqlConnection &db);

// The change log's rows that name the record they belong to: the fields of
// sync::belongings() (a referral's events and follow-ups, an encounter's
// follow-ups), the parent's id in vtext. A new belonging's field needs a new
// schema version that makes the index again with it.
#define BRUGBOEK_PARENT_ROWS "op = 0 AND field IN ('encounter_id', 'referral_id')"
// A partial index on those rows (schema version 4): a purged record's
// belongings are found by its id instead of a walk through the whole log.
inline constexpr const char *kParentIndexSql =
    "CREATE INDEX IF NOT EXISTS field_state_parent ON field_state (vtext, field) WHERE " BRUGBOEK_PARENT_ROWS;
// The live records that belong to a record (?: its id, the belonging's
// field and entity), with their scope. It repeats the index's condition word
// for word: SQLite uses a partial index only for a query whose WHERE holds
// every term of the index's.
inline constexpr const char *kBelongingsSql =
    "SELECT f.record_id, f.scope FROM field_state f JOIN records r ON r.record_id = f.record_id"
    " WHERE f.vtext = ? AND f.field = ? AND f.entity = ? AND r.purged = 0 AND " BRUGBOEK_PARENT_ROWS
    " ORDER BY f.record_id";
#undef BRUGBOEK_PARENT_ROWS

// Brings a store of version 2 to kSchemaVersion, forward only, in one write
// transaction: on SQLite the change log is rebuilt keyed by seq when it is
// not yet (minutes for a store of millions of rows; `log` is told before and
// after), and field_state_parent is made (either store; `log` is told
// before and after). Run after upgradeShares. True when it rebuilt the table.
bool migrateSchema(SqlConnection &db, const std::function<void(const std::string &)> &log = {});

// True when the store has been initialised.
[[nodiscard]] bool schemaExists(SqlConnection &db);

} // namespace brugboek::server
