#pragma once

#include <functional>
#include <vector>

namespace brugboek::client {
class Database;
}

namespace brugboek::store {

// Forward-only schema migrations. The schema version is PRAGMA user_version;
// each step runs in its own transaction together with the new version number,
// so a crash leaves the database at the old or the new version, never between.
struct Migration
{
    int version;
    const char *description;
    std::function<void(client::Database &)> apply;
};

[[nodiscard]] const std::vector<Migration> &migrations();
[[nodiscard]] int latestSchemaVersion();

// Brings the database to `target` (default: latest). Throws StoreError of
// kind Schema for a database made by a newer version of the app.
void migrate(client::Database &db, int target = -1);

} // namespace brugboek::store
