#include "schema.h"

#include <chrono>
#include <cstdio>
#include <iterator>
#include <stdexcept>

namespace brugboek::server {

namespace {

// Types both dialects understand: BIGINT and DOUBLE PRECISION get integer
// and real affinity in SQLite.
const char *const kTables[] = {
    "CREATE TABLE IF NOT EXISTS server_state (key TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS teams (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at BIGINT NOT "
    "NULL)",
    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL, role TEXT NOT NULL, team_id TEXT NOT NULL, password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS devices (device_id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
    " name TEXT NOT NULL, token_hash TEXT UNIQUE, enrolled_at BIGINT NOT NULL, last_seen BIGINT,"
    " revoked_at BIGINT)",
    "CREATE INDEX IF NOT EXISTS devices_user ON devices (user_id)",
    // Every record the server has seen: its entity, current scope and
    // whether it was purged (then it is a tombstone and never comes back).
    "CREATE TABLE IF NOT EXISTS records (record_id TEXT PRIMARY KEY, entity TEXT NOT NULL,"
    " scope TEXT NOT NULL, purged INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS records_scope ON records (scope)",
    // Who may see a household: its owner (share_id '') and the users named
    // by live household_share records.
    "CREATE TABLE IF NOT EXISTS household_access (household_id TEXT NOT NULL, user_id TEXT NOT NULL,"
    " share_id TEXT NOT NULL, PRIMARY KEY (household_id, user_id, share_id))",
    "CREATE INDEX IF NOT EXISTS household_access_user ON household_access (user_id)",
    // Per user: goes up in every transaction that changes their rows of
    // household_access (no row: 0), so that answers kept about those rows
    // know when they are no longer right (visibilitycache.h).
    "CREATE TABLE IF NOT EXISTS access_version (user_id TEXT PRIMARY KEY, version BIGINT NOT NULL)",
    // Per-user grants and revokes of households, and drops of single records
    // that moved out of a household the user keeps, in the log's sequence.
    "CREATE TABLE IF NOT EXISTS access_log (seq BIGINT PRIMARY KEY, tx_seq BIGINT NOT NULL,"
    " user_id TEXT NOT NULL, household_id TEXT NOT NULL, kind TEXT NOT NULL, hlc BIGINT NOT NULL,"
    " entity TEXT, record_id TEXT)",
    "CREATE INDEX IF NOT EXISTS access_log_user ON access_log (user_id, seq)",
    // Replies of applied batches, written in the batch's transaction.
    "CREATE TABLE IF NOT EXISTS push_dedup (device_id TEXT NOT NULL, batch_seq BIGINT NOT NULL,"
    " reply TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (device_id, batch_seq))",
    // A team's data-protection settings (TeamPolicy in sync.proto); 0 is "not set".
    "CREATE TABLE IF NOT EXISTS team_policy (team_id TEXT PRIMARY KEY, lease_lock_days BIGINT NOT NULL,"
    " lease_wipe_days BIGINT NOT NULL, retention_days BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
};

// The change log: one row per current field value, field '' with op 1 for a
// tombstone. seq is the log position, tx_seq the first seq of the
// transaction that wrote it (pages never split a transaction); (record_id,
// field) is unique.
//
// On SQLite seq is the table's key (INTEGER PRIMARY KEY, the rowid; schema
// version 3): a pull walks the log in seq order, and with the rows stored in
// that order the walk reads the table itself, front to back, instead of an
// index on seq and then each row by its rowid (a B-tree search per row).
// An index on a rowid table ends with the rowid, so (scope) and (tx_seq)
// are ordered by seq within a scope or transaction too. A store from before
// is rebuilt on the first serve (migrateSchema).
const char *const kSqliteFieldState[] = {
    "CREATE TABLE IF NOT EXISTS field_state (record_id TEXT NOT NULL, field TEXT NOT NULL,"
    " entity TEXT NOT NULL, scope TEXT NOT NULL, vtype INTEGER NOT NULL, vint BIGINT,"
    " vreal DOUBLE PRECISION, vtext TEXT, hlc BIGINT NOT NULL, device_id TEXT NOT NULL,"
    " op INTEGER NOT NULL, seq INTEGER PRIMARY KEY, tx_seq BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS field_state_record ON field_state (record_id, field)",
    "CREATE INDEX IF NOT EXISTS field_state_scope ON field_state (scope)",
    "CREATE INDEX IF NOT EXISTS field_state_tx ON field_state (tx_seq)",
};
// On PostgreSQL the table is a heap whatever its key, so a key on seq would
// not store the rows in seq order: it keeps the key (record_id, field) and
// an index on seq.
const char *const kPostgresFieldState[] = {
    "CREATE TABLE IF NOT EXISTS field_state (record_id TEXT NOT NULL, field TEXT NOT NULL,"
    " entity TEXT NOT NULL, scope TEXT NOT NULL, vtype INTEGER NOT NULL, vint BIGINT,"
    " vreal DOUBLE PRECISION, vtext TEXT, hlc BIGINT NOT NULL, device_id TEXT NOT NULL,"
    " op INTEGER NOT NULL, seq BIGINT NOT NULL, tx_seq BIGINT NOT NULL,"
    " PRIMARY KEY (record_id, field))",
    "CREATE UNIQUE INDEX IF NOT EXISTS field_state_seq ON field_state (seq)",
    "CREATE INDEX IF NOT EXISTS field_state_scope ON field_state (scope, seq)",
    "CREATE INDEX IF NOT EXISTS field_state_tx ON field_state (tx_seq)",
};
constexpr const char *kFieldStateColumns =
    "record_id, field, entity, scope, vtype, vint, vreal, vtext, hlc, device_id, op, seq, tx_seq";

bool sqliteTableExists(SqlConnection &db, const char *name)
{
    const auto rows =
        db.query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", {std::string(name)});
    return !rows.empty() && asInt(rows[0][0]) > 0;
}

// The audit log: who did what with which record ids, never content. Rows are
// only ever inserted; triggers refuse UPDATE and DELETE (and TRUNCATE on
// PostgreSQL) to anyone going around the server.
const char *const kSqliteAudit[] = {
    "CREATE TABLE IF NOT EXISTS audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT NOT NULL,"
    " user_id TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, record_ids TEXT NOT NULL,"
    " result TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};
const char *const kPostgresAudit[] = {
    "CREATE TABLE IF NOT EXISTS audit_log (id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL,"
    " user_id TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL, record_ids TEXT NOT NULL,"
    " result TEXT NOT NULL)",
    "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS"
    " $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE OR REPLACE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log"
    " FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
    "CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()",
};

// "12.3": the seconds since `started`, for the migration's log.
std::string secondsSince(std::chrono::steady_clock::time_point started)
{
    char took[32];
    std::snprintf(took, sizeof took, "%.1f",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return took;
}

} // namespace

bool schemaExists(SqlConnection &db)
{
    const char *sql = db.dialect() == Dialect::Sqlite
        ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'server_state'"
        : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
          " AND table_name = 'server_state'";
    const auto rows = db.query(sql);
    return !rows.empty() && asInt(rows[0][0]) > 0;
}

void createSchema(SqlConnection &db)
{
    Transaction tx(db, Transaction::Kind::Write);
    for (const char *sql : kTables)
        db.exec(sql);
    if (db.dialect() == Dialect::Sqlite) {
        // An existing field_state, of either form, is left to migrateSchema:
        // the new form's indexes on the old table would be built for nothing.
        if (!sqliteTableExists(db, "field_state")) {
            for (const char *sql : kSqliteFieldState)
                db.exec(sql);
        }
        for (const char *sql : kSqliteAudit)
            db.exec(sql);
    } else {
        for (const char *sql : kPostgresFieldState)
            db.exec(sql);
        for (const char *sql : kPostgresAudit)
            db.exec(sql);
    }
    for (const char *key : {"seq", "hlc", "schema_version"}) {
        if (db.query("SELECT value FROM server_state WHERE key = ?", {std::string(key)}).empty())
            db.exec("INSERT INTO server_state (key, value) VALUES (?, ?)",
                    {std::string(key), std::int64_t(std::string(key) == "schema_version" ? 1 : 0)});
    }
    tx.commit();
}

int schemaVersion(SqlConnection &db)
{
    const auto rows = db.query("SELECT value FROM server_state WHERE key = 'schema_version'");
    return rows.empty() ? 0 : static_cast<int>(asInt(rows[0][0]));
}

bool migrateSchema(SqlConnection &db, const std::function<void(const std::string &)> &log)
{
    Transaction tx(db, Transaction::Kind::Write);
    const int version = schemaVersion(db);
    if (version >= kSchemaVersion)
        return false;
    if (version < 2)
        throw std::logic_error("migrateSchema before SyncService::upgradeShares");
    bool rebuilt = false;
    // Version 3: SQLite's field_state keyed by seq. Decided by the table's
    // form, not the version: a store made by this server has it already.
    if (db.dialect() == Dialect::Sqlite &&
        asInt(db.query("SELECT count(*) FROM pragma_table_info('field_state')"
                       " WHERE name = 'seq' AND pk = 1 AND upper(type) = 'INTEGER'")[0][0]) == 0) {
        const auto started = std::chrono::steady_clock::now();
        const auto rows = asInt(db.query("SELECT count(*) FROM field_state").at(0).at(0));
        if (log)
            log("rebuilding the change log (field_state, " + std::to_string(rows) +
                " rows) keyed by seq, schema version 3; a large store takes a while");
        // The old table's indexes go with it, before the new ones take
        // their names.
        db.exec("ALTER TABLE field_state RENAME TO field_state_before_v3");
        db.exec(kSqliteFieldState[0]);
        db.exec(std::string("INSERT INTO field_state (") + kFieldStateColumns + ") SELECT " +
                kFieldStateColumns + " FROM field_state_before_v3 ORDER BY seq");
        db.exec("DROP TABLE field_state_before_v3");
        for (std::size_t i = 1; i < std::size(kSqliteFieldState); ++i)
            db.exec(kSqliteFieldState[i]);
        rebuilt = true;
        if (log)
            log("change log rebuilt in " + secondsSince(started) + " s, committing");
    }
    // Version 4: the index that finds a purged record's belongings. Made
    // here, not by createSchema: the administrative commands do not migrate.
    bool indexed = false;
    if (version < 4) {
        indexed = true;
        const auto started = std::chrono::steady_clock::now();
        if (log)
            log("making field_state_parent (the log's rows by the record they belong to), schema version 4");
        db.exec(kParentIndexSql);
        if (log)
            log("field_state_parent made in " + secondsSince(started) + " s");
    }
    db.exec("UPDATE server_state SET value = ? WHERE key = 'schema_version'", {std::int64_t(kSchemaVersion)});
    tx.commit();
    // The rebuild went through the write-ahead log (the whole table and its
    // indexes), the new index too: copy it into the store now and give its
    // space back.
    if (rebuilt || (indexed && db.dialect() == Dialect::Sqlite))
        db.query("PRAGMA wal_checkpoint(TRUNCATE)");
    return rebuilt;
}

} // namespace brugboek::server
