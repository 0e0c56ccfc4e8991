#include "changelog.h"

#include "sync/core/merge.h"
#include "sync/core/uuid.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <exception>
#include <mutex>
#include <set>
#include <stdexcept>
#include <utility>

namespace brugboek::client {

using sync::EntityDef;
using sync::FieldType;

const char *const ChangeLog::schemaSql = R"sql(
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value
) WITHOUT ROWID;
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    field TEXT NOT NULL,   -- empty for a purge
    value,
    hlc INTEGER NOT NULL,
    op INTEGER NOT NULL DEFAULT 0 -- 0 set, 1 purge
);
CREATE INDEX sync_outbox_record ON sync_outbox(record_id, field);
CREATE INDEX sync_outbox_scope ON sync_outbox(scope);
)sql";

namespace {

// How SQLite would hold a value; Other for what it cannot hold as one value
// (lists, maps, dates that were not mapped to text first).
enum class Category { Null, Integer, Real, Text, Blob, Other };

Category categoryOf(const QVariant &v)
{
    if (v.isNull())
        return Category::Null;
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Category::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Category::Real;
    case QMetaType::QByteArray:
        return Category::Blob;
    case QMetaType::QString:
        return Category::Text;
    default:
        return Category::Other;
    }
}

// The value as the column will hold it: text fields are text (empty text is
// NULL), integer fields integers. Anything else is refused rather than
// stored as something it was not (a list as "", 2011.7 as 2012). Messages
// name the field, never the value: they may end up in a log.
QVariant normalize(const sync::FieldDef &field, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    const std::string name(field.name);
    if (categoryOf(value) == Category::Other)
        throw std::invalid_argument(name + ": not a single value (" + value.typeName() + ")");
    switch (field.type) {
    case FieldType::Text: {
        const QString s = value.toString();
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 i = value.toLongLong(&ok);
        if (!ok || (categoryOf(value) == Category::Real && static_cast<double>(i) != value.toDouble()))
            throw std::invalid_argument(name + ": not a whole number");
        return QVariant(i);
    }
    case FieldType::Real: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok)
            throw std::invalid_argument(name + ": not a number");
        return QVariant(d);
    }
    }
    return value;
}

QString columnList(const EntityDef &def)
{
    QStringList cols;
    for (const auto &f : def.fields)
        cols << QString::fromLatin1(f.name.data(), static_cast<int>(f.name.size()));
    return cols.join(QLatin1String(", "));
}

QString str(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<int>(s.size()));
}

} // namespace

bool sameValue(const QVariant &a, const QVariant &b)
{
    const Category ca = categoryOf(a);
    const Category cb = categoryOf(b);
    if (ca == Category::Null || cb == Category::Null)
        return ca == cb;
    const bool numA = ca == Category::Integer || ca == Category::Real;
    const bool numB = cb == Category::Integer || cb == Category::Real;
    if (numA && numB) {
        if (ca == Category::Integer && cb == Category::Integer)
            return a.toLongLong() == b.toLongLong();
        return a.toDouble() == b.toDouble();
    }
    if (ca != cb)
        return false;
    if (ca == Category::Blob)
        return a.toByteArray() == b.toByteArray();
    if (ca == Category::Other)
        return a == b;
    return a.toString() == b.toString();
}

ChangeLog::ChangeLog(Database &db, const sync::Clock &clock)
    : m_db(db)
    , m_hlc(clock,
            sync::Hlc::fromPacked(static_cast<std::uint64_t>(
                db.scalar("SELECT value FROM sync_state WHERE key = 'hlc'").toLongLong())))
{
    m_deviceId = m_db.scalar("SELECT value FROM sync_state WHERE key = 'device_id'").toString();
    if (m_deviceId.isEmpty()) {
        sync::UuidV7Generator ids(clock);
        m_deviceId = QString::fromStdString(ids.next());
        Transaction tx(m_db);
        m_db.query("INSERT INTO sync_state (key, value) VALUES ('device_id', ?)").bind(1, m_deviceId).exec();
        tx.commit();
    }

    // Learn the ON DELETE CASCADE relations from the schema itself, so that a
    // purge also purges (and reports) every dependant record.
    for (const auto &child : sync::entities()) {
        QSet<QString> withDefault; // columns a new row may get a value of without the page naming it
        {
            Query info = m_db.query(QStringLiteral("PRAGMA table_info(%1)").arg(str(child.table)));
            while (info.next()) {
                if (!info.isNull(4))
                    withDefault.insert(info.text(1));
            }
        }
        Query fk = m_db.query(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(str(child.table)));
        while (fk.next()) {
            const QString parentTable = fk.text(2);
            const QString from = fk.text(3);
            const QString onDelete = fk.text(6);
            ParentKey key;
            key.column = from;
            key.parentTable = parentTable;
            key.parentColumn = fk.text(4);
            const QString parentColumn = key.parentColumn.isEmpty() ? QStringLiteral("id") : key.parentColumn;
            if (parentColumn == QLatin1String("id")) {
                for (const auto &parent : sync::entities()) {
                    if (str(parent.table) == parentTable) {
                        key.parentById = &parent;
                        m_bulkParentTables.insert(&parent);
                    }
                }
            }
            for (std::size_t pos = 0; pos < child.fields.size(); ++pos) {
                if (str(child.fields[pos].name) == from && !withDefault.contains(from))
                    key.field = pos;
            }
            key.orphanSql = QStringLiteral("SELECT 1 FROM %1 c WHERE c.id = ? AND c.%2 IS NOT NULL "
                                           "AND NOT EXISTS (SELECT 1 FROM %3 p WHERE p.%4 = c.%2)")
                                .arg(str(child.table), from, parentTable, parentColumn)
                                .toStdString();
            m_parents[child.name].push_back(std::move(key));
            if (onDelete.compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) != 0)
                continue;
            for (const auto &parent : sync::entities()) {
                if (str(parent.table) == parentTable)
                    m_dependants[parent.name].push_back({&child, from});
            }
        }
    }
}

namespace {

// The stores (by file) that a connection of this process is bulk loading or
// mending: the marker such a connection keeps in sync_state is then no
// interrupted load, and no second connection may start one.
std::mutex bulkRegistryMutex;
std::set<QString> &bulkRegistry()
{
    static std::set<QString> stores;
    return stores;
}

bool registerBulk(const QString &path)
{
    const std::lock_guard<std::mutex> lock(bulkRegistryMutex);
    return bulkRegistry().insert(path).second;
}

void unregisterBulk(const QString &path)
{
    const std::lock_guard<std::mutex> lock(bulkRegistryMutex);
    bulkRegistry().erase(path);
}

bool bulkRegistered(const QString &path)
{
    const std::lock_guard<std::mutex> lock(bulkRegistryMutex);
    return bulkRegistry().count(path) > 0;
}

// The CREATE INDEX statements a bulk load dropped, one per entry.
constexpr const char *bulkStateKey = ChangeLog::bulkLoadStateKey;
constexpr const char *bulkStatementSeparator = ";\n";

// The index a CREATE INDEX statement makes and its table
// ("CREATE INDEX name ON table(columns)").
struct IndexStatement
{
    QString name, table;
};
IndexStatement parseIndex(const QString &statement)
{
    const QStringList words = statement.simplified().split(QLatin1Char(' '));
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        if (words.at(i).compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0) {
            const QString table = words.at(i + 1);
            return {words.at(i - 1), table.left(table.indexOf(QLatin1Char('('))).remove(QLatin1Char('"'))};
        }
    }
    return {statement.left(40), {}};
}

} // namespace

ChangeLog::~ChangeLog()
{
    // A bulk load that could not finish keeps its marker: the next
    // connection mends the store.
    if (m_bulkRegistered)
        unregisterBulk(m_db.path());
}

bool ChangeLog::beginBulkLoad()
{
    if (m_bulk)
        return true;
    if (m_db.inTransaction())
        throw std::logic_error("ChangeLog::beginBulkLoad runs outside a transaction");
    if (hasPending() || !registerBulk(m_db.path()))
        return false;
    m_bulkRegistered = true;
    try {
        Transaction tx(m_db);
        // Left by a load a process did not finish: those indexes are gone
        // already, and stay listed.
        QStringList statements = bulkStatements();
        QStringList names;
        {
            // Indexes made by CREATE INDEX (sql not NULL), not the ones that
            // enforce a primary key or UNIQUE, and not the sync tables'
            // (the outbox is looked up while pulling).
            Query q =
                m_db.query("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND substr(tbl_name, 1, 5) <> 'sync_' "
                           "AND upper(substr(sql, 1, 13)) <> 'CREATE UNIQUE'");
            while (q.next()) {
                names << q.text(0);
                statements << q.text(1);
            }
        }
        for (const QString &name : names)
            m_db.execute(QStringLiteral("DROP INDEX \"%1\";").arg(name));
        m_db.query("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")
            .bind(1, QString::fromLatin1(bulkStateKey))
            .bind(2, statements.join(QLatin1String(bulkStatementSeparator)))
            .exec();
        tx.commit();
    } catch (...) {
        m_bulkRegistered = false;
        unregisterBulk(m_db.path());
        throw;
    }
    // Children may come before their parents and purges do not cascade
    // now: finishBulkLoad() deletes what has no parent at the end.
    m_bulk = true;
    m_bulkSweep = false;
    m_bulkChildren.clear();
    m_bulkParentChecks.clear();
    m_bulkInserted = {};
    m_bulkDataVersion = m_db.scalar("PRAGMA data_version").toLongLong();
    m_db.execute("PRAGMA foreign_keys = OFF;");
    // Every page of the store is new: copying the log into the file as it
    // grows would take the loading thread's time (a tenth of it) for what
    // can be done on another core once the store is loaded.
    m_db.setCheckpoints(Database::Checkpoints::Deferred);
    for (auto *o : m_observers)
        o->bulkLoadStarted();
    return true;
}

bool ChangeLog::bulkLoadInterrupted()
{
    if (m_bulk || bulkRegistered(m_db.path()))
        return false;
    return !m_db.scalar(
                    (std::string("SELECT value FROM sync_state WHERE key = '") + bulkStateKey + "'").c_str())
                .isNull();
}

int ChangeLog::finishBulkLoad()
{
    if (m_db.inTransaction())
        throw std::logic_error("ChangeLog::finishBulkLoad runs outside a transaction");
    const bool recovering = !m_bulkRegistered;
    if (recovering) {
        // Mending a store another connection left: unless one of this
        // process is at it.
        if (!registerBulk(m_db.path()))
            return 0;
        m_bulkRegistered = true;
        m_bulk = true;
    }
    int dropped = 0;
    using Clock = std::chrono::steady_clock;
    const auto msSince = [](Clock::time_point t) {
        return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
    };
    const auto started = Clock::now();
    m_bulkTimings = {};
    try {
        // Observers whose bulkLoadFinished() comes after the other tables' indexes.
        std::vector<bool> late(m_observers.size(), false);
        QSet<QString> lateTables;
        m_bulkTimings.observerMs.assign(m_observers.size(), 0);
        auto finishObservers = [&](bool lateOnes) {
            for (std::size_t i = 0; i < m_observers.size(); ++i) {
                if (late[i] != lateOnes)
                    continue;
                const auto step = Clock::now();
                m_observers[i]->bulkLoadFinished();
                m_bulkTimings.observerMs[i] += msSince(step);
            }
        };
        // Without a purge or an orphan during the load, every record's
        // parent was there at the end of its page and still is. A load a
        // process did not finish is swept whole. Committed before the
        // observers begin: they may read on another connection.
        if (m_bulkSweep || recovering) {
            const auto step = Clock::now();
            Transaction tx(m_db);
            dropped = dropOrphans(true);
            if (dropped > 0)
                m_db.requestTruncatingCheckpoint(); // what was swept leaves the log too
            tx.commit();
            m_bulkTimings.sweepMs = msSince(step);
        }
        {
            Transaction tx(m_db);
            auto step = Clock::now();
            // The derived data before the indexes: rows written before an
            // index exists go into it in one sorted pass. An observer that
            // makes its data on a thread of its own meanwhile writes it
            // after the other tables' indexes are made.
            for (std::size_t i = 0; i < m_observers.size(); ++i) {
                step = Clock::now();
                const QStringList tables = m_observers[i]->bulkLoadEnding();
                m_bulkTimings.observerMs[i] += msSince(step);
                late[i] = !tables.isEmpty();
                for (const QString &t : tables)
                    lateTables.insert(t);
            }
            finishObservers(false);
            step = Clock::now();
            tx.commit();
            m_bulkTimings.firstCommitMs = msSince(step);
        }
        // One index per transaction, taken off the marker with it: the
        // write lock (which the app's own saves wait for) is held for one
        // index at a time, and a crash in between leaves the rest listed.
        // First the indexes of the tables no late observer writes.
        auto makeIndexes = [&](bool ofLateTables) {
            for (;;) {
                const auto step = Clock::now();
                Transaction tx(m_db);
                QStringList statements = bulkStatements();
                const auto it = std::find_if(statements.begin(), statements.end(), [&](const QString &st) {
                    return lateTables.contains(parseIndex(st).table) == ofLateTables;
                });
                if (it == statements.end()) {
                    if (statements.isEmpty())
                        m_db.query("DELETE FROM sync_state WHERE key = ?")
                            .bind(1, QString::fromLatin1(bulkStateKey))
                            .exec();
                    tx.commit();
                    return;
                }
                QString statement = *it;
                statements.erase(it);
                const QString made = parseIndex(statement).name;
                // A migration may have made it again meanwhile.
                static const QLatin1String plain("CREATE INDEX ");
                if (statement.startsWith(plain, Qt::CaseInsensitive))
                    statement = QLatin1String("CREATE INDEX IF NOT EXISTS ") + statement.mid(plain.size());
                m_db.execute(statement + QLatin1Char(';'));
                if (statements.isEmpty())
                    m_db.query("DELETE FROM sync_state WHERE key = ?")
                        .bind(1, QString::fromLatin1(bulkStateKey))
                        .exec();
                else
                    m_db.query("UPDATE sync_state SET value = ? WHERE key = ?")
                        .bind(1, statements.join(QLatin1String(bulkStatementSeparator)))
                        .bind(2, QString::fromLatin1(bulkStateKey))
                        .exec();
                tx.commit();
                m_bulkTimings.indexMs.emplace_back(made, msSince(step));
            }
        };
        // An index that cannot be made (a full disk) does not keep the
        // derived data from being written: the store is then whole but for
        // its indexes (slower, not wrong) until the next try.
        std::exception_ptr indexFailure;
        try {
            makeIndexes(false);
        } catch (...) {
            indexFailure = std::current_exception();
        }
        const bool anyLate = std::find(late.begin(), late.end(), true) != late.end();
        if (anyLate) {
            Transaction tx(m_db);
            finishObservers(true);
            const auto step = Clock::now();
            tx.commit();
            m_bulkTimings.firstCommitMs += msSince(step);
        }
        if (indexFailure)
            std::rethrow_exception(indexFailure);
        if (anyLate)
            makeIndexes(true);
    } catch (...) {
        m_db.setCheckpoints(Database::Checkpoints::CatchUp);
        if (recovering) {
            // The store opens without its indexes (slower, not wrong); the
            // next connection tries again.
            m_bulk = false;
            m_bulkRegistered = false;
            unregisterBulk(m_db.path());
        } else {
            // Still loading in bulk: the next pull finishes it. What this
            // load inserted is looked up again from now on: a page that
            // failed before this rolled its rows back.
            m_bulkInserted = {};
            m_bulkDataVersion = -1;
            m_bulkParentChecks.clear();
            m_bulkChildren.clear();
            for (auto *o : m_observers)
                o->bulkLoadStarted();
        }
        throw;
    }
    m_db.execute("PRAGMA foreign_keys = ON;");
    // The log is copied into the file now, on the checkpointer's thread,
    // while the store is already in use.
    m_db.setCheckpoints(Database::Checkpoints::CatchUp);
    m_bulkTimings.totalMs = msSince(started);
    m_bulk = false;
    m_bulkSweep = false;
    m_bulkChildren.clear();
    m_bulkParentChecks.clear();
    m_bulkInserted = {};
    m_bulkRegistered = false;
    unregisterBulk(m_db.path());
    return dropped;
}

QStringList ChangeLog::bulkStatements()
{
    return m_db
        .scalar((std::string("SELECT value FROM sync_state WHERE key = '") + bulkStateKey + "'").c_str())
        .toString()
        .split(QLatin1String(bulkStatementSeparator), Qt::SkipEmptyParts);
}

int ChangeLog::dropOrphans(bool always)
{
    if (m_bulk && !always) {
        // Foreign keys are not checked now: look up the parents of what this
        // page wrote, as the check at commit would have. A record deleted
        // here may have dependants of its own: finishBulkLoad() sweeps.
        int dropped = 0;
        // Another connection committed since (the app deleted something):
        // what this load inserted may be gone.
        const qint64 version = m_db.scalar("PRAGMA data_version").toLongLong();
        if (version != m_bulkDataVersion) {
            m_bulkInserted = {};
            m_bulkDataVersion = version;
        }
        QSet<QString> deleted;
        auto orphaned = [&](const QString &id, const ParentKey &key) {
            Query q = m_db.query(key.orphanSql);
            q.bind(1, id);
            return q.next();
        };
        auto drop = [&](const EntityDef &entity, const QString &id) {
            m_db.query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(str(entity.table)))
                .bind(1, id)
                .exec();
            forgetBulkInserted(entity, id);
            deleted.insert(id);
            ++dropped;
            m_bulkSweep = true;
        };
        // New records, their parents known from the page: looked up only
        // when this load did not insert them (then as the row is now: a
        // later record of the page may have changed the key).
        for (const ParentCheck &c : std::exchange(m_bulkParentChecks, {})) {
            if (c.key->parentById) {
                const auto known = m_bulkInserted.find(c.key->parentById);
                if (known != m_bulkInserted.end() && known->second.contains(c.parent))
                    continue;
            }
            if (!deleted.contains(c.childId) && orphaned(c.childId, *c.key))
                drop(*c.child, c.childId);
        }
        for (const auto &[entity, id] : std::exchange(m_bulkChildren, {})) {
            if (deleted.contains(id))
                continue;
            for (const ParentKey &key : m_parents[entity->name]) {
                if (orphaned(id, key)) {
                    drop(*entity, id);
                    break;
                }
            }
        }
        return dropped;
    }
    if (!always) {
        int current = 0;
        int high = 0;
        sqlite3_db_status(m_db.handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &high, 0);
        if (current == 0)
            return 0;
    }
    int dropped = 0;
    // A round's deletions may leave their own children without a parent
    // (when foreign keys do not cascade): the next round takes those.
    for (int round = 0; round < 8; ++round) {
        std::vector<std::pair<QString, qint64>> orphans;
        {
            Query q = m_db.query("PRAGMA foreign_key_check");
            while (q.next())
                orphans.emplace_back(q.text(0), q.int64(1));
        }
        if (orphans.empty())
            break;
        for (const auto &[table, rowid] : orphans) {
            // Observers drop what they derived from it (a person's search
            // tokens); its own dependants go by cascade (or in the next round).
            const auto entity =
                std::find_if(sync::entities().begin(), sync::entities().end(),
                             [&table = table](const EntityDef &e) { return str(e.table) == table; });
            if (entity != sync::entities().end() && !m_bulk) {
                Query q = m_db.query(QStringLiteral("SELECT id FROM %1 WHERE rowid = ?").arg(table));
                q.bind(1, rowid);
                if (q.next()) {
                    const QString id = q.text(0);
                    for (auto *o : m_observers)
                        o->recordPurging(*entity, id);
                }
            }
            m_db.query(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(table)).bind(1, rowid).exec();
            ++dropped;
        }
    }
    return dropped;
}

sync::Hlc ChangeLog::tick()
{
    // The sync engine writes through a second connection and advances the
    // clock there when it receives changes: what is persisted counts too. We
    // hold the write lock here, so nobody moves it in between.
    m_hlc.observe(sync::Hlc::fromPacked(static_cast<std::uint64_t>(
        m_db.scalar("SELECT value FROM sync_state WHERE key = 'hlc'").toLongLong())));
    const sync::Hlc hlc = m_hlc.now();
    storeClock(hlc);
    return hlc;
}

void ChangeLog::storeClock(sync::Hlc hlc)
{
    // In the caller's write transaction: the clock commits, or rolls back,
    // with the changes it stamped. The row is updated in place and inserted
    // only when it is missing (a new store): INSERT OR REPLACE deleted and
    // inserted it on every write, several times the cost.
    const auto packed = static_cast<qint64>(hlc.packed());
    m_db.query("UPDATE sync_state SET value = ? WHERE key = 'hlc'").bind(1, packed).exec();
    if (m_db.changes() == 0)
        m_db.query("INSERT INTO sync_state (key, value) VALUES ('hlc', ?)").bind(1, packed).exec();
}

QString ChangeLog::scopeOf(const EntityDef &entity, const QString &id, const QVariantMap &row) const
{
    if (entity.scope == sync::Scope::Team)
        return {};
    if (entity.scopeField == "id")
        return id;
    const QString household = row.value(str(entity.scopeField)).toString();
    return household.isEmpty() ? QString::fromLatin1(privateScope) : household;
}

void ChangeLog::record(const EntityDef &entity, const QString &id, const QString &scope, const QString &field,
                       const QVariant &value, sync::Hlc hlc, int op, qint64 baseSeq)
{
    m_db.query("INSERT INTO sync_outbox (entity, record_id, scope, field, value, hlc, op, base_seq) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, str(entity.name))
        .bind(2, id)
        .bind(3, scope.isNull() ? QStringLiteral("") : scope)
        .bind(4, field.isNull() ? QStringLiteral("") : field)
        .bind(5, value)
        .bind(6, static_cast<qint64>(hlc.packed()))
        .bind(7, op)
        .bind(8, baseSeq)
        .exec();
}

qint64 ChangeLog::watermark()
{
    return m_db.scalar("SELECT value FROM sync_state WHERE key = 'watermark'").toLongLong();
}

QVariantMap ChangeLog::readRow(const EntityDef &entity, const QString &id, bool *exists)
{
    QVariantMap row;
    Query q = m_db.query(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columnList(entity), str(entity.table)));
    q.bind(1, id);
    *exists = q.next();
    if (*exists) {
        int i = 0;
        for (const auto &f : entity.fields)
            row.insert(str(f.name), q.value(i++));
    }
    return row;
}

const std::string &ChangeLog::writeSql(const EntityDef &entity, bool exists, const QStringList &fields)
{
    std::string key(entity.table);
    key += exists ? '~' : '+';
    for (const auto &f : fields) {
        key += f.toStdString();
        key += ',';
    }
    auto it = m_writeSql.find(key);
    if (it != m_writeSql.end())
        return it->second;
    QString sql;
    if (exists) {
        QStringList sets;
        for (const auto &f : fields)
            sets << f + QLatin1String(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                  .arg(str(entity.table), sets.join(QLatin1String(", ")));
    } else {
        sql = QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3?)")
                  .arg(str(entity.table), fields.join(QLatin1String(", ")),
                       QStringLiteral("?, ").repeated(fields.size()));
    }
    return m_writeSql.emplace(std::move(key), sql.toStdString()).first->second;
}

void ChangeLog::writeRow(const EntityDef &entity, const QString &id, bool exists, const QStringList &fields,
                         const QVariantMap &values)
{
    Query write = m_db.query(QString::fromStdString(writeSql(entity, exists, fields)));
    int i = 1;
    for (const auto &f : fields)
        write.bind(i++, values.value(f));
    write.bind(i, id).exec();
}

QStringList ChangeLog::put(const EntityDef &entity, const QString &id, const QVariantMap &fields)
{
    if (id.isEmpty())
        throw std::invalid_argument("a record needs an id");
    QVariantMap values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const auto *def = entity.field(it.key().toStdString());
        if (!def)
            throw std::invalid_argument("unknown field " + it.key().toStdString() + " of " +
                                        std::string(entity.name));
        values.insert(it.key(), normalize(*def, it.value()));
    }

    Transaction tx(m_db);
    bool exists = false;
    QVariantMap row = readRow(entity, id, &exists);

    QStringList changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (exists ? !sameValue(row.value(it.key()), it.value()) : !it.value().isNull())
            changed << it.key();
    }
    if (!exists && changed.isEmpty())
        throw std::invalid_argument("a new " + std::string(entity.name) + " needs at least one value");
    if (changed.isEmpty()) {
        tx.commit();
        return {};
    }
    if (exists && entity.appendOnly)
        throw std::invalid_argument(std::string(entity.name) + " is an event and cannot be changed");

    writeRow(entity, id, exists, changed, values);
    if (!exists) {
        // Columns the schema filled with a DEFAULT are values of the new
        // record too: send them, so every device holds the same record.
        bool written = false;
        const QVariantMap stored = readRow(entity, id, &written);
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (!it.value().isNull() && !changed.contains(it.key())) {
                changed << it.key();
                values.insert(it.key(), it.value());
            }
        }
    }

    for (const auto &f : changed)
        row.insert(f, values.value(f));
    const QString scope = scopeOf(entity, id, row);
    const sync::Hlc hlc = tick();
    const qint64 seen = watermark();
    for (const auto &f : changed) {
        // Only the latest value of a field waits to be sent: fewer bytes on
        // the wire and no stale copies of a note left behind. The edit stays
        // based on what the device had seen when it first changed the field
        // after its last push, so that the server still recognises an edit
        // made elsewhere meanwhile as concurrent.
        qint64 base = seen;
        if (exists) {
            Query earlier = m_db.query(
                "SELECT min(base_seq) FROM sync_outbox WHERE record_id = ? AND field = ? AND entity = ?");
            earlier.bind(1, id).bind(2, f).bind(3, str(entity.name));
            if (earlier.next() && !earlier.isNull(0))
                base = std::min(base, earlier.int64(0));
            m_db.query("DELETE FROM sync_outbox WHERE record_id = ? AND field = ? AND entity = ?")
                .bind(1, id)
                .bind(2, f)
                .bind(3, str(entity.name))
                .exec();
        }
        record(entity, id, scope, f, values.value(f), hlc, 0, base);
    }
    for (auto *o : m_observers)
        o->recordChanged(entity, id, changed);
    tx.commit();
    return changed;
}

void ChangeLog::collectDependants(const EntityDef &entity, const QString &id,
                                  std::vector<std::pair<const EntityDef *, QString>> &out)
{
    const auto it = m_dependants.find(entity.name);
    if (it != m_dependants.end()) {
        for (const auto &dep : it->second) {
            QStringList ids;
            {
                Query q = m_db.query(
                    QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(str(dep.child->table), dep.column));
                q.bind(1, id);
                while (q.next())
                    ids << q.text(0);
            }
            for (const auto &childId : ids)
                collectDependants(*dep.child, childId, out);
        }
    }
    out.emplace_back(&entity, id);
}

std::vector<std::pair<const EntityDef *, QString>> ChangeLog::doomedBy(const EntityDef &entity,
                                                                       const QString &id)
{
    std::vector<std::pair<const EntityDef *, QString>> doomed;
    collectDependants(entity, id, doomed);
    // A follow-up hangs from its household and from its referral: once is enough.
    QSet<QString> seen;
    doomed.erase(std::remove_if(doomed.begin(), doomed.end(),
                                [&seen](const auto &d) {
                                    if (seen.contains(d.second))
                                        return true;
                                    seen.insert(d.second);
                                    return false;
                                }),
                 doomed.end());
    for (const auto &[def, rid] : doomed) {
        for (auto *o : m_observers)
            o->recordPurging(*def, rid);
    }
    return doomed;
}

bool ChangeLog::purge(const EntityDef &entity, const QString &id)
{
    // An event is corrected by a later event; it goes only with its parent.
    if (entity.appendOnly)
        throw std::invalid_argument(std::string(entity.name) + " is an event: purge what it belongs to");
    Transaction tx(m_db);
    bool exists = false;
    const QVariantMap row = readRow(entity, id, &exists);
    if (!exists) {
        tx.commit();
        return false;
    }
    const QString scope = scopeOf(entity, id, row);
    const auto doomed = doomedBy(entity, id);
    const sync::Hlc hlc = tick();
    for (const auto &[def, rid] : doomed) {
        m_db.query("DELETE FROM sync_outbox WHERE record_id = ? AND entity = ?")
            .bind(1, rid)
            .bind(2, str(def->name))
            .exec();
        record(*def, rid, scope, QString(), QVariant(), hlc, 1, 0);
        forgetBulkInserted(*def, rid);
    }
    m_db.query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(str(entity.table))).bind(1, id).exec();
    forgetBulkInserted(entity, id);
    // secure_delete zeroes the freed pages in the file; the log still holds
    // their earlier versions until a checkpoint empties it.
    m_db.requestTruncatingCheckpoint();
    tx.commit();
    return true;
}

RemotePage RemotePage::fromChanges(const std::vector<sync::Change> &changes)
{
    RemotePage page;
    page.records.reserve(changes.size() / 4 + 1);
    page.values.reserve(changes.size());
    std::unordered_map<std::string_view, std::uint32_t> deviceIndex;
    auto device = [&](const std::string &id) {
        const auto [it, added] = deviceIndex.emplace(id, static_cast<std::uint32_t>(page.devices.size()));
        if (added)
            page.devices.emplace_back(id);
        return it->second;
    };
    const sync::Change *open = nullptr; // the change that began the last record, while it may go on
    for (const sync::Change &c : changes) {
        page.newest = std::max(page.newest, c.hlc);
        const EntityDef *def = sync::findEntity(c.entity);
        if (!def || c.recordId.empty()) {
            ++page.invalid;
            open = nullptr;
            continue;
        }
        if (c.op == sync::Change::Op::Delete) {
            RemoteRecord r;
            r.entity = def;
            r.id = c.recordId;
            r.purge = true;
            r.purgeHlc = c.hlc;
            page.records.push_back(r);
            open = nullptr;
            continue;
        }
        const sync::FieldDef *field = def->field(c.field);
        if (!field) {
            ++page.invalid;
            continue;
        }
        if (!open || open->entity != c.entity || open->recordId != c.recordId) {
            RemoteRecord r;
            r.entity = def;
            r.id = c.recordId;
            r.firstValue = static_cast<std::uint32_t>(page.values.size());
            page.records.push_back(r);
            open = &c;
        }
        RemoteValue v;
        v.field = field;
        v.hlc = c.hlc;
        v.device = device(c.deviceId);
        if (const auto *text = std::get_if<std::string>(&c.value))
            v.value = std::string_view(*text);
        else if (const auto *i = std::get_if<std::int64_t>(&c.value))
            v.value = *i;
        else if (const auto *d = std::get_if<double>(&c.value))
            v.value = *d;
        page.values.push_back(v);
        ++page.records.back().valueCount;
    }
    return page;
}

ChangeLog::RemoteResult ChangeLog::applyRemote(const std::vector<sync::Change> &changes, bool mostlyNew)
{
    return applyRemote(RemotePage::fromChanges(changes), mostlyNew);
}

ChangeLog::RemoteResult ChangeLog::applyRemote(const RemotePage &page, bool mostlyNew)
{
    if (!m_db.inTransaction())
        throw std::logic_error("ChangeLog::applyRemote runs inside the caller's transaction");
    RemoteResult result;
    result.invalid = page.invalid;
    sync::Hlc newest = page.newest;
    struct Batch
    {
        std::vector<Observer *> &observers;
        bool applied = false;
        explicit Batch(std::vector<Observer *> &o)
            : observers(o)
        {
            for (auto *x : observers)
                x->remoteApplyStarted();
        }
        ~Batch()
        {
            if (!applied)
                for (auto *x : observers)
                    x->remoteApplyFinished(false);
        }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
    } batch(m_observers);
    // Usually nothing waits to be sent (always on an initial pull): then no
    // field needs the look-up of a local edit.
    m_pendingDuringApply = hasPending();
    // With nothing waiting to be sent, a record new to this device needs no
    // look-up at all: insert it, and look only when it turns out to exist.
    const bool insertFirst = mostlyNew && !m_pendingDuringApply;
    // A record's values are written as one row insert or update.
    for (const RemoteRecord &r : page.records) {
        const EntityDef *def = r.entity;
        if (!def)
            continue;
        const QString id = QString::fromUtf8(r.id.data(), static_cast<qsizetype>(r.id.size()));
        if (r.purge) {
            newest = std::max(newest, r.purgeHlc);
            bool exists = false;
            readRow(*def, id, &exists);
            if (exists) {
                // The record and its dependants, children first, each with
                // its unsent edits. Deleted one by one rather than by the
                // foreign keys' cascade, which a bulk load turns off.
                const auto doomed = doomedBy(*def, id);
                for (const auto &[d, rid] : doomed) {
                    m_db.query("DELETE FROM sync_outbox WHERE record_id = ? AND entity = ?")
                        .bind(1, rid)
                        .bind(2, str(d->name))
                        .exec();
                    m_db.query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(str(d->table)))
                        .bind(1, rid)
                        .exec();
                    forgetBulkInserted(*d, rid);
                }
                result.purged += static_cast<int>(doomed.size());
                if (m_bulk)
                    m_bulkSweep = true; // whatever a key that does not cascade left
            }
            continue;
        }
        for (std::uint32_t v = r.firstValue; v < r.firstValue + r.valueCount; ++v)
            newest = std::max(newest, page.values[v].hlc);
        // insertNew() having failed, the record exists or needs the general
        // conversions: look it up.
        if (r.valueCount > 0 && !(insertFirst && insertNew(*def, page, r, id, result)))
            applyRemoteFields(*def, id, page, r, result);
    }
    for (auto *o : m_observers)
        o->remoteApplyFinished(true);
    batch.applied = true;
    if (!newest.isNull()) {
        // Every later local edit is stamped after what this device has seen:
        // causality holds however far the device clocks are apart.
        m_hlc.observe(sync::Hlc::fromPacked(static_cast<std::uint64_t>(
            m_db.scalar("SELECT value FROM sync_state WHERE key = 'hlc'").toLongLong())));
        storeClock(m_hlc.receive(newest));
    }
    if (result.purged > 0)
        m_db.requestTruncatingCheckpoint();
    return result;
}

namespace {
QVariant toVariant(const RemoteValue &v)
{
    return std::visit(
        [](const auto &x) -> QVariant {
            using X = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<X, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<X, std::string_view>)
                return QString::fromUtf8(x.data(), static_cast<qsizetype>(x.size()));
            else
                return QVariant::fromValue(x);
        },
        v.value);
}
} // namespace

bool ChangeLog::insertNew(const EntityDef &entity, const RemotePage &page, const RemoteRecord &record,
                          const QString &id, RemoteResult &result)
{
    if (entity.fields.size() > 64)
        return false;
    // Per position in entity.fields: the value to insert, in the field's type.
    std::uint64_t present = 0; // positions named by the values
    std::uint64_t written = 0; // of which not NULL
    std::array<const RemoteValue *, 64> at {};
    for (std::uint32_t i = record.firstValue; i < record.firstValue + record.valueCount; ++i) {
        const RemoteValue &c = page.values[i];
        const sync::FieldDef *f = c.field;
        const auto pos = static_cast<std::size_t>(f - entity.fields.data());
        if (pos >= entity.fields.size())
            return false; // not a field of this entity (cannot happen when read by fromChanges/the engine)
        const std::uint64_t bit = std::uint64_t {1} << pos;
        if (present & bit)
            return false; // the same field twice: the general path keeps the last
        present |= bit;
        at[pos] = &c;
        const auto &v = c.value;
        if (std::holds_alternative<std::monostate>(v))
            continue;
        switch (f->type) {
        case FieldType::Text:
            if (!std::holds_alternative<std::string_view>(v))
                return false;
            if (std::get<std::string_view>(v).empty())
                continue; // empty text is NULL
            break;
        case FieldType::Integer:
            if (!std::holds_alternative<std::int64_t>(v))
                return false;
            break;
        case FieldType::Real:
            if (!std::holds_alternative<double>(v) && !std::holds_alternative<std::int64_t>(v))
                return false;
            break;
        }
        written |= bit;
    }
    if (written == 0)
        return false;

    auto sqlIt = m_insertSql.find({&entity, written});
    if (sqlIt == m_insertSql.end()) {
        std::string columns, marks;
        QStringList names;
        for (std::size_t pos = 0; pos < entity.fields.size(); ++pos) {
            if (!(written & (std::uint64_t {1} << pos)))
                continue;
            columns += entity.fields[pos].name;
            columns += ", ";
            marks += "?, ";
            names << str(entity.fields[pos].name);
        }
        sqlIt = m_insertSql
                    .emplace(std::make_pair(&entity, written),
                             InsertSql {"INSERT INTO " + std::string(entity.table) + " (" + columns +
                                            "id) VALUES (" + marks + "?)",
                                        names})
                    .first;
    }
    Query insert = m_db.query(sqlIt->second.sql);
    const QStringList &changed = sqlIt->second.fields;
    int index = 1;
    for (std::size_t pos = 0; pos < entity.fields.size(); ++pos) {
        if (!(written & (std::uint64_t {1} << pos)))
            continue;
        const sync::FieldDef &f = entity.fields[pos];
        const auto &v = at[pos]->value;
        if (const auto *text = std::get_if<std::string_view>(&v))
            insert.bindStaticText(index, text->data(),
                                  static_cast<int>(text->size())); // the page outlives `insert`
        else if (const auto *i = std::get_if<std::int64_t>(&v))
            f.type == FieldType::Real ? insert.bind(index, static_cast<double>(*i))
                                      : insert.bind(index, static_cast<qint64>(*i));
        else
            insert.bind(index, std::get<double>(v));
        ++index;
    }
    insert.bindStaticText(index, record.id.data(), static_cast<int>(record.id.size()));
    if (!insert.execUnlessDuplicate())
        return false;
    result.applied += static_cast<int>(record.valueCount);
    ++result.records;
    ++result.inserted;
    if (m_bulk) {
        // The new row's keys are the page's values (or NULL): their parents
        // are checked at the end of the page without reading the row.
        if (m_bulkParentTables.count(&entity) > 0)
            m_bulkInserted[&entity].insert(IdSet::key(record.id));
        bool unknown = false;
        if (const auto keys = m_parents.find(entity.name); keys != m_parents.end()) {
            for (const ParentKey &key : keys->second) {
                if (key.field == std::string::npos) {
                    unknown = true;
                    continue;
                }
                if (!(written & (std::uint64_t {1} << key.field)))
                    continue; // NULL: no parent
                const auto *text = std::get_if<std::string_view>(&at[key.field]->value);
                if (!text) {
                    unknown = true;
                    continue;
                }
                m_bulkParentChecks.push_back({&entity, id, &key, IdSet::key(*text)});
            }
        }
        if (unknown)
            noteBulkChild(entity, id);
    }
    for (auto *o : m_observers)
        o->recordChanged(entity, id, changed);
    return true;
}

void ChangeLog::forgetBulkInserted(const EntityDef &entity, const QString &id)
{
    if (!m_bulk)
        return;
    if (const auto it = m_bulkInserted.find(&entity); it != m_bulkInserted.end())
        it->second.erase(IdSet::key(id.toStdString()));
}

void ChangeLog::noteBulkChild(const EntityDef &entity, const QString &id)
{
    if (m_bulk && m_parents.count(entity.name) > 0)
        m_bulkChildren.emplace_back(&entity, id);
}

void ChangeLog::applyRemoteFields(const EntityDef &entity, const QString &id, const RemotePage &page,
                                  const RemoteRecord &record, RemoteResult &result)
{
    QStringList incoming; // in order, each field once
    QVariantMap values;
    for (std::uint32_t i = record.firstValue; i < record.firstValue + record.valueCount; ++i) {
        const RemoteValue &c = page.values[i];
        auto name = m_fieldNames.find(c.field);
        if (name == m_fieldNames.end())
            name = m_fieldNames.emplace(c.field, str(c.field->name)).first;
        const QString &field = name->second;
        if (m_pendingDuringApply) {
            Query pending = m_db.query("SELECT hlc, op FROM sync_outbox WHERE record_id = ? AND entity = ? "
                                       "AND (field = ? OR op = 1) ORDER BY op DESC LIMIT 1");
            pending.bind(1, id).bind(2, str(entity.name)).bind(3, field);
            if (pending.next()) {
                // A purge waiting to be sent wins over anything; so does a later
                // edit of the same field.
                const bool purgePending = pending.int64(1) == 1;
                const auto localHlc = sync::Hlc::fromPacked(static_cast<std::uint64_t>(pending.int64(0)));
                const std::string_view device =
                    c.device < page.devices.size() ? page.devices[c.device] : std::string_view();
                if (purgePending || sync::writtenAfter(localHlc, m_deviceId.toStdString(), c.hlc, device)) {
                    ++result.kept;
                    continue;
                }
            }
        }
        QVariant value;
        try {
            value = normalize(*c.field, toVariant(c));
        } catch (const std::invalid_argument &) {
            ++result.invalid;
            continue;
        }
        if (!values.contains(field))
            incoming << field;
        values.insert(field, value);
        ++result.applied;
    }
    if (incoming.isEmpty())
        return;

    QStringList changed;
    bool exists = false;
    const QVariantMap row = readRow(entity, id, &exists);
    for (const auto &f : incoming) {
        const QVariant &value = values[f];
        if (exists ? !sameValue(row.value(f), value) : !value.isNull())
            changed << f;
    }
    if (changed.isEmpty())
        return;
    writeRow(entity, id, exists, changed, values);
    ++result.records;
    if (!exists)
        ++result.inserted;
    noteBulkChild(entity, id);
    for (auto *o : m_observers)
        o->recordChanged(entity, id, changed);
}

bool ChangeLog::hasPending()
{
    return m_db.scalar("SELECT EXISTS (SELECT 1 FROM sync_outbox)").toLongLong() != 0;
}

qint64 ChangeLog::pendingCount()
{
    return m_db.scalar("SELECT count(*) FROM sync_outbox").toLongLong();
}

} // namespace brugboek::client
