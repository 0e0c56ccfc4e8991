// The embedded store: the system SQLite (never SQLCipher) in WAL mode.
#include "sqldb.h"

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace brugboek::server {

namespace {

// The writers of one store file in this process queue here, first come first
// served, before they take SQLite's own write lock (BEGIN IMMEDIATE), and
// leave at COMMIT or ROLLBACK. SQLite's busy handler would make a waiting
// writer sleep and poll in steps of up to 100 ms, so under many concurrent
// pushes a few unlucky ones waited hundreds of milliseconds while the lock
// was free most of the time; here a waiter wakes as soon as the writer before
// it is done. Other processes on the same file (the administrative commands)
// still meet SQLite's lock and its busy timeout.
class WriterQueue
{
public:
    void lock()
    {
        std::unique_lock lock(m_mutex);
        const std::uint64_t ticket = m_next++;
        m_turn.wait(lock, [&] { return m_serving == ticket; });
    }
    void unlock()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_serving;
        }
        m_turn.notify_all();
    }

    // The queue of the store file at `path` (as SQLite names it: absolute).
    static std::shared_ptr<WriterQueue> of(const std::string &path)
    {
        static std::mutex registryMutex;
        static std::map<std::string, std::weak_ptr<WriterQueue>> registry;
        std::lock_guard lock(registryMutex);
        auto &slot = registry[path];
        auto queue = slot.lock();
        if (!queue) {
            queue = std::make_shared<WriterQueue>();
            slot = queue;
        }
        return queue;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_turn;
    std::uint64_t m_next = 0;
    std::uint64_t m_serving = 0;
};

class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(const std::string &path)
    {
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
            const std::string why = m_db ? sqlite3_errmsg(m_db) : "out of memory";
            sqlite3_close(m_db);
            m_db = nullptr;
            throw SqlError("cannot open the SQLite store: " + why);
        }
        sqlite3_busy_timeout(m_db, 30000);
        run("PRAGMA journal_mode=WAL");
        run("PRAGMA synchronous=FULL");
        // 32 MB of page cache per connection (SQLite's default is 2 MB): with
        // a store of a region's worth of records the indexes of the change
        // log no longer fit in 2 MB, and every push then reads from disk.
        // Pages are allocated as they are used.
        run("PRAGMA cache_size=-32768");
        run("PRAGMA foreign_keys=OFF");
        // An in-memory or temporary store (no file name) is this
        // connection's alone, and so is its queue.
        const char *file = sqlite3_db_filename(m_db, "main");
        m_writers = file && *file ? WriterQueue::of(file) : std::make_shared<WriterQueue>();
    }
    ~SqliteConnection() override
    {
        leaveQueue();
        for (auto &[sql, stmt] : m_cache)
            sqlite3_finalize(stmt);
        sqlite3_close(m_db);
    }
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }
    void beginWrite() override
    {
        m_writers->lock();
        try {
            run("BEGIN IMMEDIATE");
        } catch (...) {
            m_writers->unlock();
            throw;
        }
        m_writing = true;
    }
    void beginRead() override { run("BEGIN DEFERRED"); }
    // A failed COMMIT keeps the queue until the rollback that follows it.
    void commit() override
    {
        run("COMMIT");
        leaveQueue();
    }
    void rollback() override
    {
        struct Leave
        {
            SqliteConnection *self;
            ~Leave() { self->leaveQueue(); }
        } leave {this};
        if (!sqlite3_get_autocommit(m_db))
            run("ROLLBACK");
    }

    SqlRows query(const std::string &sql, const std::vector<SqlValue> &params) override
    {
        sqlite3_stmt *stmt = prepare(sql);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        for (std::size_t i = 0; i < params.size(); ++i)
            bind(stmt, static_cast<int>(i + 1), params[i]);
        SqlRows rows;
        for (;;) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_ROW) {
                const std::string why = sqlite3_errmsg(m_db);
                sqlite3_reset(stmt);
                throw SqlError("SQLite: " + why);
            }
            const int n = sqlite3_column_count(stmt);
            SqlRow row;
            row.reserve(static_cast<std::size_t>(n));
            for (int c = 0; c < n; ++c)
                row.push_back(column(stmt, c));
            rows.push_back(std::move(row));
        }
        sqlite3_reset(stmt);
        return rows;
    }

    void each(const std::string &sql, const std::vector<SqlValue> &params, const SqlRowCallback &row) override
    {
        sqlite3_stmt *stmt = prepare(sql);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        for (std::size_t i = 0; i < params.size(); ++i)
            bind(stmt, static_cast<int>(i + 1), params[i]);
        // Resets the statement however the walk ends (a callback may throw).
        struct Reset
        {
            sqlite3_stmt *stmt;
            ~Reset() { sqlite3_reset(stmt); }
        } reset {stmt};
        RowView view(stmt);
        for (;;) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE)
                return;
            if (rc != SQLITE_ROW)
                throw SqlError(std::string("SQLite: ") + sqlite3_errmsg(m_db));
            view.next();
            if (!row(view))
                return;
        }
    }

private:
    // The current row of a stepping statement. Each column is looked up
    // once per row (sqlite3_column_value) and then read through the value
    // API: every sqlite3_column_* call checks the column, takes and leaves
    // the connection's mutex and checks for an allocation failure, and a
    // text column took two of them (text and bytes); a pull page reads a
    // dozen columns of 20,000 rows. The values stay valid until the next
    // step, which is as long as a RowView's row lives. (SQLite calls reading
    // such an unprotected value "not threadsafe": it takes no mutex, and
    // this connection is used by one thread at a time anyway.)
    class RowView final : public SqlRowView
    {
    public:
        explicit RowView(sqlite3_stmt *stmt)
            : m_stmt(stmt)
            , m_values(static_cast<std::size_t>(sqlite3_column_count(stmt)), nullptr)
        {
        }
        // Before each row: forget the previous row's values.
        void next() { std::fill(m_values.begin(), m_values.end(), nullptr); }
        bool null(int c) const override { return sqlite3_value_type(value(c)) == SQLITE_NULL; }
        std::int64_t integer(int c) const override { return sqlite3_value_int64(value(c)); }
        double real(int c) const override { return sqlite3_value_double(value(c)); }
        std::string_view text(int c) const override
        {
            sqlite3_value *v = value(c);
            const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(v));
            if (!text)
                return {};
            return {text, static_cast<std::size_t>(sqlite3_value_bytes(v))};
        }

    private:
        sqlite3_value *value(int c) const
        {
            auto &slot = m_values[static_cast<std::size_t>(c)];
            if (!slot)
                slot = sqlite3_column_value(m_stmt, c);
            return slot;
        }

        sqlite3_stmt *m_stmt;
        mutable std::vector<sqlite3_value *> m_values;
    };

    void leaveQueue()
    {
        if (m_writing) {
            m_writing = false;
            m_writers->unlock();
        }
    }

    void run(const char *sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            const std::string why = err ? err : "unknown error";
            sqlite3_free(err);
            throw SqlError("SQLite: " + why);
        }
    }

    sqlite3_stmt *prepare(const std::string &sql)
    {
        if (auto it = m_cache.find(sql); it != m_cache.end())
            return it->second;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
            throw SqlError(std::string("SQLite: ") + sqlite3_errmsg(m_db));
        m_cache.emplace(sql, stmt);
        return stmt;
    }

    static void bind(sqlite3_stmt *stmt, int index, const SqlValue &v)
    {
        if (const auto *i = std::get_if<std::int64_t>(&v))
            sqlite3_bind_int64(stmt, index, *i);
        else if (const auto *d = std::get_if<double>(&v))
            sqlite3_bind_double(stmt, index, *d);
        else if (const auto *s = std::get_if<std::string>(&v))
            sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(stmt, index);
    }

    static SqlValue column(sqlite3_stmt *stmt, int c)
    {
        switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER:
            return SqlValue {static_cast<std::int64_t>(sqlite3_column_int64(stmt, c))};
        case SQLITE_FLOAT:
            return SqlValue {sqlite3_column_double(stmt, c)};
        case SQLITE_NULL:
            return SqlValue {};
        default: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            const int len = sqlite3_column_bytes(stmt, c);
            return SqlValue {std::string(text ? text : "", static_cast<std::size_t>(len))};
        }
        }
    }

    sqlite3 *m_db = nullptr;
    std::shared_ptr<WriterQueue> m_writers;
    bool m_writing = false;
    std::unordered_map<std::string, sqlite3_stmt *> m_cache;
};

} // namespace

std::unique_ptr<SqlConnection> openSqlite(const std::string &path)
{
    return std::make_unique<SqliteConnection>(path);
}

} // namespace brugboek::server
