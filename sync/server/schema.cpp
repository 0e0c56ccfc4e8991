#include "schema.h"

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
    // The change log: one row per current field value, field '' with op 1
    // for a tombstone. seq is the log position, tx_seq the first seq of the
    // transaction that wrote it (pages never split a transaction).
    "CREATE TABLE IF NOT EXISTS field_state (record_id TEXT NOT NULL, field TEXT NOT NULL,"
    " entity TEXT NOT NULL, scope TEXT NOT NULL, vtype INTEGER NOT NULL, vint BIGINT,"
    " vreal DOUBLE PRECISION, vtext TEXT, hlc BIGINT NOT NULL, device_id TEXT NOT NULL,"
    " op INTEGER NOT NULL, seq BIGINT NOT NULL, tx_seq BIGINT NOT NULL,"
    " PRIMARY KEY (record_id, field))",
    "CREATE UNIQUE INDEX IF NOT EXISTS field_state_seq ON field_state (seq)",
    "CREATE INDEX IF NOT EXISTS field_state_scope ON field_state (scope, seq)",
    "CREATE INDEX IF NOT EXISTS field_state_tx ON field_state (tx_seq)",
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
        for (const char *sql : kSqliteAudit)
            db.exec(sql);
    } else {
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

} // namespace brugboek::server
