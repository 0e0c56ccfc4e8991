#pragma once

#include "sync/core/change.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace brugboek::server {

// One SQL value: NULL, integer, real or text (the same kinds a field has).
using SqlValue = sync::Value;
using SqlRow = std::vector<SqlValue>;
using SqlRows = std::vector<SqlRow>;

enum class Dialect { Sqlite, Postgres };

// One row of a streamed query (SqlConnection::each), read in place: no copy
// of the row is made. Text is valid only while the callback runs.
class SqlRowView
{
public:
    virtual ~SqlRowView() = default;
    [[nodiscard]] virtual bool null(int column) const = 0;
    [[nodiscard]] virtual std::int64_t integer(int column) const = 0;
    [[nodiscard]] virtual double real(int column) const = 0;
    [[nodiscard]] virtual std::string_view text(int column) const = 0;
};
// Called per row; returning false stops the query (the rest is not read).
using SqlRowCallback = std::function<bool(const SqlRowView &)>;

// A failure of the store. The message names the statement's error, never a
// parameter value.
class SqlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A small SQL connection: transactions and statements with positional `?`
// parameters (translated to $1.. for PostgreSQL). Not thread-safe: one
// connection serves one request at a time (see ConnectionPool).
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    [[nodiscard]] virtual Dialect dialect() const = 0;
    // False once the connection is broken; the pool then drops it.
    [[nodiscard]] virtual bool usable() const { return true; }

    // A write transaction holds the store's write lock from its start to its
    // commit (SQLite: the process's first-come-first-served queue of writers
    // of that file, then BEGIN IMMEDIATE; PostgreSQL pg_advisory_xact_lock),
    // so writers commit in the order they allocate sequence numbers. Every
    // write goes through one (no autocommit writes). A read transaction sees
    // one consistent snapshot.
    virtual void beginWrite() = 0;
    virtual void beginRead() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    virtual SqlRows query(const std::string &sql, const std::vector<SqlValue> &params = {}) = 0;
    void exec(const std::string &sql, const std::vector<SqlValue> &params = {}) { query(sql, params); }
    // Streams the rows to `row` (for large results: a pull page). The
    // callback may run other statements on this connection, but not `sql`
    // itself. The default goes through query().
    virtual void each(const std::string &sql, const std::vector<SqlValue> &params, const SqlRowCallback &row);
};

// Rolls back on scope exit unless committed.
class Transaction
{
public:
    enum class Kind { Read, Write };
    Transaction(SqlConnection &db, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    SqlConnection &m_db;
    bool m_open = true;
};

using ConnectionFactory = std::function<std::unique_ptr<SqlConnection>()>;

// Hands out connections to request threads and takes them back.
class ConnectionPool
{
public:
    explicit ConnectionPool(ConnectionFactory factory);

    class Lease
    {
    public:
        Lease(ConnectionPool &pool, std::unique_ptr<SqlConnection> conn);
        ~Lease();
        Lease(Lease &&) = default;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Lease &operator=(Lease &&) = delete;
        SqlConnection &operator*() { return *m_conn; }
        SqlConnection *operator->() { return m_conn.get(); }
        // Drops a connection that failed instead of returning it to the pool.
        void discard() { m_conn.reset(); }

    private:
        ConnectionPool &m_pool;
        std::unique_ptr<SqlConnection> m_conn;
    };

    Lease acquire();

private:
    void release(std::unique_ptr<SqlConnection> conn);

    ConnectionFactory m_factory;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<SqlConnection>> m_idle;
};

std::unique_ptr<SqlConnection> openSqlite(const std::string &path);
std::unique_ptr<SqlConnection> openPostgres(const std::string &url);

// Helpers for reading result cells.
[[nodiscard]] std::int64_t asInt(const SqlValue &v);
[[nodiscard]] std::string asText(const SqlValue &v);
[[nodiscard]] bool isNull(const SqlValue &v);

} // namespace brugboek::server
