#include "database.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QFileInfo>

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

namespace brugboek::client {

namespace {

StoreError::Kind kindOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return StoreError::Kind::CannotUnlock;
    case SQLITE_READONLY:
        return StoreError::Kind::ReadOnly;
    case SQLITE_FULL:
        return StoreError::Kind::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL:
        return StoreError::Kind::Io;
    case SQLITE_CORRUPT:
        return StoreError::Kind::Corrupt;
    case SQLITE_BUSY:
        return StoreError::Kind::Busy;
    case SQLITE_CONSTRAINT:
        return StoreError::Kind::Constraint;
    default:
        return StoreError::Kind::Internal;
    }
}

// Raw key: x'<64 hex digits>', so SQLCipher skips its passphrase KDF.
int applyKey(sqlite3 *db, const QByteArray &rawKey)
{
    char keySpec[2 + 64 + 1 + 1];
    keySpec[0] = 'x';
    keySpec[1] = '\'';
    sodium_bin2hex(keySpec + 2, 65, reinterpret_cast<const unsigned char *>(rawKey.constData()), 32);
    keySpec[66] = '\'';
    keySpec[67] = '\0';
    const int rc = sqlite3_key(db, keySpec, 67);
    sodium_memzero(keySpec, sizeof keySpec);
    return rc;
}

} // namespace

// SQLite's automatic checkpoint runs inside the commit that takes the log past
// 1000 pages: that commit waits until the whole log (megabytes) is flushed and
// copied, with two fsyncs. One save in ~75 took 4-5 ms instead of 0.4 ms on a
// desktop disk, and far longer on a tablet's flash. Here a thread with its own
// connection does the copying; a writer never waits for it.
class Checkpointer
{
public:
    static constexpr int Frames = 1000; // SQLite's own threshold
    // A bulk write that never pauses (sync, demo data) keeps the thread from
    // catching up; at this length (~16 MB) the writer checkpoints itself.
    static constexpr int InlineFrames = 4 * Frames;

    explicit Checkpointer(sqlite3 *connection)
        : m_db(connection)
        , m_thread([this] { run(); })
    {
    }
    ~Checkpointer()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        sqlite3_close_v2(m_db);
    }
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Past this length (1 GB) the writer checkpoints itself whatever the
    // policy: a log is never left to grow without bound.
    static constexpr int MaxFrames = 1 << 18;

    // Called by SQLite after every commit with the log's length in pages.
    static int walHook(void *self, sqlite3 *db, const char *name, int frames)
    {
        auto *me = static_cast<Checkpointer *>(self);
        const auto policy = me->m_policy.load(std::memory_order_relaxed);
        const int inlineFrames = policy == Database::Checkpoints::Normal ? InlineFrames : MaxFrames;
        if (frames >= inlineFrames)
            sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        else if (frames >= Frames && policy != Database::Checkpoints::Deferred)
            me->request();
        return SQLITE_OK;
    }

    Database::Checkpoints policy() const { return m_policy.load(std::memory_order_relaxed); }
    void setPolicy(Database::Checkpoints policy)
    {
        m_policy.store(policy, std::memory_order_relaxed);
        if (policy == Database::Checkpoints::CatchUp)
            request();
    }

private:
    void request()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_pending = true;
        }
        m_wake.notify_one();
    }

    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop)
                return;
            m_pending = false;
            lock.unlock();
            // PASSIVE never blocks the writer; a failure is retried on the
            // next request, and the writer's fallback bounds the log.
            int logFrames = 0;
            int copied = 0;
            const int rc =
                sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
            // Caught up: the writer may checkpoint itself again.
            auto catchingUp = Database::Checkpoints::CatchUp;
            if (rc == SQLITE_OK && copied >= logFrames)
                m_policy.compare_exchange_strong(catchingUp, Database::Checkpoints::Normal);
            lock.lock();
        }
    }

    sqlite3 *m_db;
    std::atomic<Database::Checkpoints> m_policy {Database::Checkpoints::Normal};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

StoreError::StoreError(Kind kind, int sqliteCode, const std::string &detail)
    : std::runtime_error(std::string(describe(kind)) + (detail.empty() ? "" : " (" + detail + ")"))
    , m_kind(kind)
    , m_sqliteCode(sqliteCode)
{
}

const char *StoreError::describe(Kind kind)
{
    switch (kind) {
    case Kind::CannotUnlock:
        return "the database cannot be unlocked";
    case Kind::ReadOnly:
        return "the database is read-only: nothing can be saved";
    case Kind::DiskFull:
        return "the disk is full: the last change was not saved";
    case Kind::Io:
        return "the database file cannot be read or written";
    case Kind::Corrupt:
        return "the database file is damaged";
    case Kind::Busy:
        return "the database is in use by another process";
    case Kind::Constraint:
        return "the change does not fit the data it refers to";
    case Kind::Schema:
        return "the database was made by a newer version of Brugboek";
    case Kind::Internal:
        break;
    }
    return "internal database error";
}

// --- Query

Query::Query(Database &db, sqlite3_stmt *stmt, bool *inUse)
    : m_db(&db)
    , m_stmt(stmt)
    , m_inUse(inUse)
{
}

Query::Query(Query &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_inUse(other.m_inUse)
{
    other.m_stmt = nullptr;
    other.m_inUse = nullptr;
}

Query::~Query()
{
    if (!m_stmt)
        return;
    if (!m_inUse) {
        sqlite3_finalize(m_stmt);
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    *m_inUse = false;
}

void Query::check(int rc) const
{
    if (rc != SQLITE_OK)
        m_db->raise(rc, sqlite3_sql(m_stmt));
}

Query &Query::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Query &Query::bindText(int index, const char *utf8, int length)
{
    check(sqlite3_bind_text(m_stmt, index, utf8, length, SQLITE_TRANSIENT));
    return *this;
}

Query &Query::bindStaticText(int index, const char *utf8, int length)
{
    check(sqlite3_bind_text(m_stmt, index, utf8, length, SQLITE_STATIC));
    return *this;
}

Query &Query::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Query &Query::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Query &Query::bind(int index, const QByteArray &blob)
{
    check(
        sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Query &Query::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Query &Query::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

bool Query::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // sqlite3_step's own code is generic; the connection has the real one.
    m_db->raise(sqlite3_extended_errcode(m_db->handle()), sqlite3_sql(m_stmt));
}

void Query::exec()
{
    while (next()) { }
}

bool Query::execUnlessDuplicate()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    const int code = sqlite3_extended_errcode(m_db->handle());
    if (code == SQLITE_CONSTRAINT_PRIMARYKEY) {
        sqlite3_reset(m_stmt);
        return false;
    }
    m_db->raise(code, sqlite3_sql(m_stmt));
}

qint64 Query::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Query::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Query::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

QByteArray Query::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant Query::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return {};
    }
}

int Query::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Query::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

// --- Database

std::unique_ptr<Database> Database::open(const QString &path, const QByteArray &rawKey, OpenMode mode)
{
    if (rawKey.size() != 32)
        throw StoreError(StoreError::Kind::CannotUnlock, 0, "the key must be 256 bits");

    // SQLite counts every allocation in a global, under a mutex of its own:
    // a lock and unlock per malloc and free (a few per cent of a bulk pull).
    // Nothing here reads the counts. Only possible before SQLite is first
    // initialised; later it refuses (SQLITE_MISUSE) and nothing changes.
    static const bool noMemoryStatistics = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)noMemoryStatistics;

    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == OpenMode::MustExist)
        throw StoreError(StoreError::Kind::Io, SQLITE_CANTOPEN, "no database file");

    // Without SQLITE_OPEN_CREATE an existing file is never replaced, whatever
    // happens after this point.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (!exists)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *raw = nullptr;
    const QByteArray nativePath = path.toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        db->raise(rc, "open");
    sqlite3_extended_result_codes(raw, 1);
    if (sqlite3_db_readonly(raw, "main") == 1)
        throw StoreError(StoreError::Kind::ReadOnly, SQLITE_READONLY, "the file is not writable");

    // Before the first read: the key's probe below may meet a lock for a
    // moment (another connection's checkpoint, or one closing) and must wait
    // for it like every later statement, not fail as if the store were taken.
    sqlite3_busy_timeout(raw, 5000);
    const int keyRc = applyKey(raw, rawKey);
    if (keyRc != SQLITE_OK)
        db->raise(keyRc, "key");

    // 4096-byte pages as SQLCipher 4 uses them; must precede the first read.
    db->execute("PRAGMA cipher_page_size = 4096;");
    // The first read decrypts page 1: a wrong key fails here with NOTADB.
    const int probe = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (probe != SQLITE_OK) {
        if ((probe & 0xff) == SQLITE_NOTADB)
            throw StoreError(StoreError::Kind::CannotUnlock, probe, "wrong key or not a Brugboek database");
        // The write-ahead log and its index are made beside the file; in a
        // folder that is not writable that fails as CANTOPEN.
        if ((probe & 0xff) == SQLITE_CANTOPEN && !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
            throw StoreError(StoreError::Kind::ReadOnly, probe, "the folder is not writable");
        db->raise(probe, "unlock");
    }

    {
        Query q = db->query("PRAGMA journal_mode = WAL;");
        if (!q.next() || q.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError(StoreError::Kind::Io, 0, "write-ahead logging is not available");
    }
    // NORMAL in WAL mode: a killed process loses nothing committed; a power
    // cut may lose the last transactions but never corrupts the file.
    db->execute("PRAGMA synchronous = NORMAL;"
                "PRAGMA foreign_keys = ON;"
                "PRAGMA secure_delete = ON;"
                "PRAGMA temp_store = MEMORY;");
    // Every page missing from SQLite's cache is read and decrypted again; the
    // default 2 MB made as-you-type search on a large caseload (search tokens
    // and households alone ~20 MB) several times slower. Pages are allocated
    // as used, so a small database stays small in memory.
    db->execute("PRAGMA cache_size = -32768;");
    // After a bulk load the log may have grown to the size of the store (its
    // checkpoints were deferred): when it starts over, the file is cut back.
    db->execute("PRAGMA journal_size_limit = 67108864;");

    // Kept for openReader(), in memory that is locked and never swapped out.
    if (sodium_init() >= 0) {
        db->m_key.reset(static_cast<unsigned char *>(sodium_malloc(32)));
        if (db->m_key)
            std::memcpy(db->m_key.get(), rawKey.constData(), 32);
    }

    // The checkpointer's connection must have read the file once to know
    // its log. Without it, SQLite checkpoints in the commit as before.
    sqlite3 *second = nullptr;
    if (sqlite3_open_v2(nativePath.constData(), &second, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) == SQLITE_OK &&
        sqlite3_busy_timeout(second, 5000) == SQLITE_OK && applyKey(second, rawKey) == SQLITE_OK &&
        sqlite3_exec(second, "PRAGMA cipher_page_size = 4096; SELECT count(*) FROM sqlite_master;", nullptr,
                     nullptr, nullptr) == SQLITE_OK) {
        db->m_checkpointer = std::make_unique<Checkpointer>(second);
        sqlite3_wal_hook(raw, &Checkpointer::walHook, db->m_checkpointer.get());
    } else {
        sqlite3_close_v2(second);
    }
    return db;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

void Database::KeyFree::operator()(unsigned char *key) const
{
    sodium_free(key);
}

std::unique_ptr<Database> Database::openReader() const
{
    if (!m_key)
        throw StoreError(StoreError::Kind::Internal, 0, "no key for a second connection");
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(raw, m_path));
    if (rc != SQLITE_OK)
        db->raise(rc, "open");
    sqlite3_extended_result_codes(raw, 1);
    const int keyRc = applyKey(raw, QByteArray::fromRawData(reinterpret_cast<const char *>(m_key.get()), 32));
    if (keyRc != SQLITE_OK)
        db->raise(keyRc, "key");
    sqlite3_busy_timeout(raw, 5000);
    db->execute("PRAGMA cipher_page_size = 4096;"
                "PRAGMA query_only = 1;"
                "PRAGMA temp_store = MEMORY;"
                "PRAGMA cache_size = -32768;");
    return db;
}

void Database::setCheckpoints(Checkpoints how)
{
    if (m_checkpointer)
        m_checkpointer->setPolicy(how);
}

Database::Checkpoints Database::checkpoints() const
{
    return m_checkpointer ? m_checkpointer->policy() : Checkpoints::Normal;
}

Database::~Database()
{
    if (m_checkpointer) {
        sqlite3_wal_hook(m_db, nullptr, nullptr);
        m_checkpointer.reset();
    }
    for (auto &entry : m_cache)
        sqlite3_finalize(entry.second.stmt);
    sqlite3_close_v2(m_db);
}

void Database::raise(int rc, const char *context) const
{
    std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    StoreError::Kind kind = kindOf(rc);
    // SQLCipher 3 reports a page that fails its HMAC check (a damaged file) as
    // a bare SQLITE_ERROR without a message of its own; SQL errors have one.
    if (rc == SQLITE_ERROR && m_db && detail == sqlite3_errstr(SQLITE_ERROR)) {
        kind = StoreError::Kind::Corrupt;
        detail = "a page failed its integrity check";
    }
    if (context) {
        // Statement text never holds values (they are bound), so it is safe to
        // show; keep it short.
        std::string where(context);
        if (where.size() > 80)
            where = where.substr(0, 77) + "...";
        detail += "; in: " + where;
    }
    throw StoreError(kind, rc, detail);
}

void Database::execute(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        raise(sqlite3_extended_errcode(m_db), sql);
    }
}

sqlite3_stmt *Database::prepare(const std::string &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size() + 1), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        raise(rc, sql.c_str());
    }
    return stmt;
}

Query Database::cachedQuery(const std::string &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        if (it->second.inUse)
            return Query(*this, prepare(sql), nullptr); // nested use of the same text
        it->second.inUse = true;
        return Query(*this, it->second.stmt, &it->second.inUse);
    }
    if (m_cache.size() >= MaxCachedStatements) {
        for (auto entry = m_cache.begin(); entry != m_cache.end();) {
            if (entry->second.inUse) {
                ++entry;
            } else {
                sqlite3_finalize(entry->second.stmt);
                entry = m_cache.erase(entry);
            }
        }
    }
    sqlite3_stmt *stmt = prepare(sql);
    auto &entry = m_cache.emplace(sql, CachedStatement {stmt, true}).first->second;
    return Query(*this, stmt, &entry.inUse);
}

Query Database::query(const char *sql)
{
    return cachedQuery(sql);
}

Query Database::query(const QString &sql)
{
    return cachedQuery(sql.toStdString());
}

QVariant Database::scalar(const char *sql)
{
    Query q = query(sql);
    return q.next() ? q.value(0) : QVariant();
}

qint64 Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    return static_cast<int>(scalar("PRAGMA user_version;").toLongLong());
}

bool Database::checkpointTruncate()
{
    if (inTransaction())
        return false;
    // Readers and writers are waited for by the busy handler; the checkpoint
    // lock is not: while the checkpointer's thread copies the log (a few
    // milliseconds), SQLite answers BUSY at once. A purge must not leave
    // the old page versions in the log until some later commit, so that is
    // tried again for up to a second.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    int rc = SQLITE_OK;
    for (;;) {
        rc = sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        if ((rc & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    m_truncateAfterCommit = rc != SQLITE_OK;
    return rc == SQLITE_OK;
}

// --- Transaction

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_transactionDepth == 0) {
        m_db.execute("BEGIN IMMEDIATE;");
    } else {
        m_savepoint = "sp" + std::to_string(++m_db.m_savepointCounter);
        m_db.execute(("SAVEPOINT " + m_savepoint + ";").c_str());
    }
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (m_savepoint.empty())
        m_db.execute("COMMIT;");
    else
        m_db.execute(("RELEASE " + m_savepoint + ";").c_str());
    m_done = true;
    --m_db.m_transactionDepth;
    if (m_db.m_transactionDepth == 0 && m_db.m_truncateAfterCommit)
        m_db.checkpointTruncate();
}

void Transaction::rollback() noexcept
{
    m_done = true;
    --m_db.m_transactionDepth;
    // A failed COMMIT (disk full, I/O error) may already have rolled back.
    if (!m_db.inTransaction())
        return;
    const std::string sql = m_savepoint.empty()
        ? std::string("ROLLBACK;")
        : "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint + ";";
    sqlite3_exec(m_db.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

} // namespace brugboek::client
