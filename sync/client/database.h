#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace brugboek::client {

// Every failure of the local store, with a kind the app can turn into plain
// words. Thrown by Database and everything built on it; a Transaction that
// unwinds because of one rolls back, so nothing is ever half-written.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        CannotUnlock, // wrong key, or not a Brugboek database
        ReadOnly, // file or folder not writable
        DiskFull, // no space left, or the file may not grow
        Io, // any other read/write failure of the file system
        Corrupt, // the file is damaged
        Busy, // another process holds the lock
        Constraint, // a write violates the schema (a bug, or hostile input)
        Schema, // created by a newer version of the app
        Internal, // misuse of SQLite: a bug
    };

    StoreError(Kind kind, int sqliteCode, const std::string &detail);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] int sqliteCode() const { return m_sqliteCode; }
    // One sentence for a person, in English; the UI translates by kind().
    [[nodiscard]] static const char *describe(Kind kind);

private:
    Kind m_kind;
    int m_sqliteCode;
};

class Database;
class Checkpointer;

// A prepared statement from the connection's cache, reset when it goes out of
// scope so that the cache can hand it out again. While one Query holds a
// cached statement, another Query of the same text gets a statement of its
// own. A Query must not outlive its Database.
class Query
{
public:
    Query(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;
    ~Query();

    // Binds by 1-based position.
    Query &bind(int index, const QString &value);
    Query &bind(int index, qint64 value);
    Query &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Query &bind(int index, double value);
    Query &bind(int index, const QByteArray &blob);
    Query &bind(int index, const QVariant &value);
    Query &bindNull(int index);
    Query &bindText(int index, const char *utf8, int length = -1);
    // Without a copy: the text must stay until this Query is gone (it resets
    // the statement) or is bound again.
    Query &bindStaticText(int index, const char *utf8, int length);

    // Steps once; true while there is a row to read.
    bool next();
    // Steps to the end; for statements without result rows.
    void exec();
    // exec() for an INSERT that may meet an existing primary key: false (and
    // nothing written) when it does; any other error throws as exec() does.
    bool execUnlessDuplicate();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    // The text as UTF-8, without a copy: valid until the next step.
    [[nodiscard]] std::string_view utf8(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    // Integer as qint64, real as double, text as QString, NULL as a null QVariant.
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;

private:
    friend class Database;
    // `inUse` is the cache entry's flag, or null for a statement this Query
    // owns and finalizes.
    Query(Database &db, sqlite3_stmt *stmt, bool *inUse);
    void check(int rc) const;

    Database *m_db;
    sqlite3_stmt *m_stmt;
    bool *m_inUse;
};

// One connection to an encrypted SQLCipher database. Not thread-safe: use it
// from one thread.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // Opens `path` with a raw 256-bit key. A wrong key throws CannotUnlock and
    // never replaces the existing file.
    static std::unique_ptr<Database> open(const QString &path, const QByteArray &rawKey, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements without result rows.
    void execute(const char *sql);
    void execute(const QString &sql) { execute(sql.toUtf8().constData()); }
    // A cached prepared statement.
    Query query(const char *sql);
    Query query(const QString &sql);
    Query query(const std::string &sql) { return cachedQuery(sql); }
    // Shorthand for single-value queries; a null QVariant when there is no row.
    QVariant scalar(const char *sql);

    [[nodiscard]] qint64 changes() const;
    // Rows written by this connection since it was opened (rolled back or not).
    [[nodiscard]] qint64 totalChanges() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] int userVersion();
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    // After the outermost transaction that is open (or the next one) commits,
    // copy the write-ahead log into the file and truncate it to zero bytes,
    // so that no earlier version of a deleted page stays in the log: called
    // by purges. (secure_delete already zeroes freed pages in the file.)
    void requestTruncatingCheckpoint() { m_truncateAfterCommit = true; }
    // Runs that checkpoint now; false when a reader kept it from finishing
    // (it is tried again after the next commit).
    bool checkpointTruncate();

    // When the write-ahead log is copied into the file after a commit.
    enum class Checkpoints {
        // Past 1000 pages on a thread of its own; past 4000 by the writer.
        Normal,
        // Not at all until the log reaches 1 GB: a bulk load, whose pages
        // are all copied once at its end.
        Deferred,
        // Now, on the checkpointer's thread, and only there (up to 1 GB)
        // until it has copied the whole log; then Normal again.
        CatchUp,
    };
    void setCheckpoints(Checkpoints how);
    [[nodiscard]] Checkpoints checkpoints() const;

    // Another connection to the same file, to read on another thread while
    // this one writes (PRAGMA query_only). It sees what was committed when
    // its read transaction began. Throws as open() does.
    [[nodiscard]] std::unique_ptr<Database> openReader() const;

    // Throws the StoreError matching rc, with SQLite's message.
    [[noreturn]] void raise(int rc, const char *context = nullptr) const;

private:
    friend class Query;
    friend class Transaction;
    Database(sqlite3 *db, QString path);
    Query cachedQuery(const std::string &sql);
    sqlite3_stmt *prepare(const std::string &sql);

    struct CachedStatement
    {
        sqlite3_stmt *stmt;
        bool inUse;
    };
    // Statements with varying text (an UPDATE per set of changed fields) must
    // not pile up for ever: past this many, idle ones are finalized.
    static constexpr std::size_t MaxCachedStatements = 256;

    sqlite3 *m_db;
    QString m_path;
    // Node-based: a cached entry's address (its inUse flag) stays valid.
    std::unordered_map<std::string, CachedStatement> m_cache;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
    bool m_truncateAfterCommit = false;
    // Copies the write-ahead log into the file off the commit path.
    std::unique_ptr<Checkpointer> m_checkpointer;
    struct KeyFree
    {
        void operator()(unsigned char *key) const;
    };
    std::unique_ptr<unsigned char, KeyFree> m_key; // sodium_malloc'ed, for openReader()
};

// BEGIN IMMEDIATE at the outermost level, a SAVEPOINT inside another one.
// Rolls back on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void rollback() noexcept;

    Database &m_db;
    std::string m_savepoint; // empty at the outermost level
    bool m_done = false;
};

} // namespace brugboek::client
