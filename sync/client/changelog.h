#pragma once

#include "database.h"
#include "idset.h"

#include "sync/core/change.h"
#include "sync/core/entities.h"
#include "sync/core/hlc.h"

#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace brugboek::client {

// A page from the server read as records: each record's entity and id once,
// its values after it (PullPage.records, or consecutive changes of one record
// grouped by RemotePage::fromChanges). Text is viewed, not copied: whoever
// fills a page keeps the storage it views (the parsed message, the changes)
// alive until the page is applied.
struct RemoteValue
{
    const sync::FieldDef *field = nullptr; // never null: unknown fields are dropped when read
    std::variant<std::monostate, std::int64_t, double, std::string_view> value;
    sync::Hlc hlc;
    std::uint32_t device = 0; // index into RemotePage::devices
};

struct RemoteRecord
{
    const sync::EntityDef *entity = nullptr; // never null
    std::string_view id;
    // A purge (the record and its dependants go); it has no values.
    bool purge = false;
    sync::Hlc purgeHlc;
    // values[firstValue, firstValue + valueCount) of the page.
    std::uint32_t firstValue = 0;
    std::uint32_t valueCount = 0;
};

struct RemotePage
{
    std::vector<std::string_view> devices;
    std::vector<RemoteRecord> records;
    std::vector<RemoteValue> values;
    // Values and purges dropped while reading: unknown entity or field, no
    // record id, a device index outside the table.
    int invalid = 0;
    // The latest HLC read, dropped values included (the clock follows it).
    sync::Hlc newest;

    // Groups consecutive field changes of one record into one record, in
    // order; a purge is a record of its own. Views into `changes`.
    static RemotePage fromChanges(const std::vector<sync::Change> &changes);
};

// The single write path of the device store. put() and purge() change a
// record and record each changed field in the outbox, stamped with the
// device's hybrid logical clock, in one transaction; the sync engine pushes
// the outbox later. Observers maintain derived, device-local data (search
// tokens, current status) inside that same transaction.
class ChangeLog
{
public:
    struct Observer
    {
        virtual ~Observer() = default;
        // After a record's fields were written (changedFields is never empty).
        virtual void recordChanged(const sync::EntityDef &entity, const QString &id,
                                   const QStringList &changedFields) = 0;
        // Before a record (and, by foreign keys, its dependants) is deleted.
        virtual void recordPurging(const sync::EntityDef &entity, const QString &id) = 0;
        // Around applyRemote(): an observer may keep work for the end of a
        // page (done when `applied`; dropped when the page failed, its
        // transaction then being rolled back by the caller).
        virtual void remoteApplyStarted() { }
        virtual void remoteApplyFinished(bool applied) { (void)applied; }
        // A bulk load (beginBulkLoad()) started: until bulkLoadFinished(),
        // the observer need not keep its derived data up to date record by
        // record (the secondary indexes are gone meanwhile).
        virtual void bulkLoadStarted() { }
        // At the end of a bulk load (or when mending one a process left
        // behind, without bulkLoadStarted()), first, inside a transaction:
        // an observer may read what it needs and start making its derived
        // data on a thread of its own (everything the load wrote is
        // committed by then, so that thread may read it on a connection of
        // its own, Database::openReader()), and name the tables it writes in
        // bulkLoadFinished(). Then bulkLoadFinished() comes after the
        // indexes of the other tables were made (in their own
        // transactions: a change by another connection meanwhile is seen
        // in PRAGMA data_version), and the indexes of the tables it named
        // after it. Without tables named, bulkLoadFinished() follows at
        // once, in the same transaction.
        virtual QStringList bulkLoadEnding() { return {}; }
        // Rebuilds the derived data whole. The secondary indexes of the
        // tables it reads may still be gone, so read whole tables, not by
        // index.
        virtual void bulkLoadFinished() { }
    };

    // The sync tables this class needs; part of the store's first migration.
    // The scope of a household record not linked to a household yet (an
    // encounter with a parent not yet known by name, its follow-up): private
    // to the worker who made it. Never the empty scope, which is the team's.
    static constexpr const char *privateScope = "private";

    // Version 1 of the sync tables, run by the store's first migration. Never
    // edit it: later changes to these tables are new migrations.
    static const char *const schemaSql;

    // Reads the device id and the last HLC from sync_state, creating the
    // device id on first use.
    ChangeLog(Database &db, const sync::Clock &clock);
    ~ChangeLog();
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    // Creates or updates the record `id` with `fields` (column -> value) and
    // returns the fields that changed; nothing is recorded when nothing
    // changed. Unknown fields throw std::invalid_argument; changing an
    // append-only event throws too.
    QStringList put(const sync::EntityDef &entity, const QString &id, const QVariantMap &fields);
    // Deletes the record and its dependants, drops their unsent changes and
    // records a purge for each. Returns false when there was no such record.
    // Append-only events are purged only with what they belong to.
    bool purge(const sync::EntityDef &entity, const QString &id);

    // What applying a page from the server did.
    struct RemoteResult
    {
        int applied = 0; // fields written
        int kept = 0; // fields where this device's unsent, later edit stays
        int purged = 0; // records removed (with their dependants)
        int invalid = 0; // changes this device cannot hold (unknown entity or field)
        int records = 0; // records written
        int inserted = 0; // of which new on this device
    };
    // Applies changes that came from the server, in order, inside the
    // caller's transaction (which also stores the page's cursor). Nothing is
    // recorded in the outbox. A field with an unsent local edit written after
    // the incoming value keeps the local value (the same rule the server
    // applies); a purge removes the record, its dependants and their unsent
    // edits. Observers see every change, as with put().
    // `mostlyNew` (an initial pull) is a hint only: records are then inserted
    // without looking for them first, and looked for when the insert meets
    // an existing one; the outcome is the same either way.
    RemoteResult applyRemote(const RemotePage &page, bool mostlyNew = false);
    // The same for changes (grouped by RemotePage::fromChanges).
    RemoteResult applyRemote(const std::vector<sync::Change> &changes, bool mostlyNew = false);

    // Bulk load, for a pull that brings many records new to this device (a
    // first enrolment): beginBulkLoad() drops the store's secondary indexes
    // (but the sync tables' and unique ones), keeping their SQL in
    // sync_state in the same transaction, and stops this connection's
    // foreign key checks; observers skip their per-record work.
    // finishBulkLoad() deletes the records whose parent is missing (what
    // the foreign keys would have done, purges' dependants included), lets
    // the observers rebuild and creates the indexes again, in one
    // transaction. Both run outside a transaction. A process that dies in
    // between leaves the marker: bulkLoadInterrupted() is then true on the
    // next connection, which mends the store with finishBulkLoad()
    // (Store::open does).
    // beginBulkLoad() is false (nothing done) while something waits in the
    // outbox or another connection of this process is in a bulk load.
    bool beginBulkLoad();
    // The key in sync_state of the bulk load's marker (the CREATE INDEX
    // statements it has still to run): there from beginBulkLoad() until the
    // last index is made again.
    static constexpr const char *bulkLoadStateKey = "bulk_load_indexes";
    // Returns the records deleted because their parent was missing.
    int finishBulkLoad();
    [[nodiscard]] bool bulkLoading() const { return m_bulk; }
    [[nodiscard]] bool bulkLoadInterrupted();
    // Where the last finishBulkLoad() of this connection spent its time
    // (wall milliseconds), for benchmarks and logs.
    struct BulkLoadTimings
    {
        double sweepMs = 0; // orphans swept over the whole store
        std::vector<double> observerMs; // each observer's bulkLoadFinished(), in registration order
        double firstCommitMs = 0; // the commit of the sweep and the derived data
        std::vector<std::pair<QString, double>> indexMs; // each index made again, with its commit
        double totalMs = 0;
    };
    [[nodiscard]] const BulkLoadTimings &lastBulkLoadTimings() const { return m_bulkTimings; }
    // Deletes records whose parent (a foreign key) is missing, in rounds
    // (their own dependants then follow); with `always` false only when
    // this transaction's deferred foreign keys count a violation, and
    // during a bulk load only among the records written since the last
    // call (their parents looked up one by one). Returns how many were
    // deleted.
    int dropOrphans(bool always = false);

    // The server's sequence number up to which this device has seen every
    // change in its scope; stored by the sync engine with each page.
    [[nodiscard]] qint64 watermark();

    void addObserver(Observer *observer) { m_observers.push_back(observer); }

    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] sync::Hlc lastHlc() const { return m_hlc.last(); }
    [[nodiscard]] qint64 pendingCount(); // counts the whole outbox: not per batch
    [[nodiscard]] bool hasPending();

private:
    sync::Hlc tick();
    void storeClock(sync::Hlc hlc); // sync_state's 'hlc', in the caller's transaction
    QString scopeOf(const sync::EntityDef &entity, const QString &id, const QVariantMap &row) const;
    void record(const sync::EntityDef &entity, const QString &id, const QString &scope, const QString &field,
                const QVariant &value, sync::Hlc hlc, int op, qint64 baseSeq);
    QVariantMap readRow(const sync::EntityDef &entity, const QString &id, bool *exists);
    void writeRow(const sync::EntityDef &entity, const QString &id, bool exists, const QStringList &fields,
                  const QVariantMap &values);
    // The record and its dependants, each once, children first.
    std::vector<std::pair<const sync::EntityDef *, QString>> doomedBy(const sync::EntityDef &entity,
                                                                      const QString &id);
    void applyRemoteFields(const sync::EntityDef &entity, const QString &id, const RemotePage &page,
                           const RemoteRecord &record, RemoteResult &result);
    const std::string &writeSql(const sync::EntityDef &entity, bool exists, const QStringList &fields);
    // An initial pull's record, inserted straight from the changes' values
    // when it is new here and every value has its field's type; false (and
    // nothing written) otherwise.
    bool insertNew(const sync::EntityDef &entity, const RemotePage &page, const RemoteRecord &record,
                   const QString &id, RemoteResult &result);
    // The CREATE INDEX statements a bulk load has still to run.
    QStringList bulkStatements();
    // During a bulk load: remembers a written record that has a parent.
    void noteBulkChild(const sync::EntityDef &entity, const QString &id);
    void collectDependants(const sync::EntityDef &entity, const QString &id,
                           std::vector<std::pair<const sync::EntityDef *, QString>> &out);

    Database &m_db;
    sync::HybridLogicalClock m_hlc;
    QString m_deviceId;
    std::vector<Observer *> m_observers;
    bool m_pendingDuringApply = true; // set by applyRemote()
    bool m_bulk = false; // between beginBulkLoad() and finishBulkLoad()
    // A purge, or a record deleted for want of its parent, during the bulk
    // load: its dependants may be left, so finishBulkLoad() sweeps.
    bool m_bulkSweep = false;
    // What this page wrote that has a parent (checked by dropOrphans()).
    std::vector<std::pair<const sync::EntityDef *, QString>> m_bulkChildren;
    bool m_bulkRegistered = false; // this connection holds its store's entry in the bulk registry
    BulkLoadTimings m_bulkTimings;
    // child entity -> (its column referring to the parent, parent entity),
    // read from the schema's foreign keys.
    struct Dependant
    {
        const sync::EntityDef *child;
        QString column;
    };
    std::unordered_map<std::string_view, std::vector<Dependant>> m_dependants;
    // child entity -> its foreign keys, cascading or not.
    struct ParentKey
    {
        QString column;
        QString parentTable;
        QString parentColumn; // empty: the parent's primary key (id)
        // The parent's entity when the key refers to its id, else null.
        const sync::EntityDef *parentById = nullptr;
        // The column's position in the child entity's fields; npos when it
        // is not one of them or has a default (then a new row's value is
        // not known from the page).
        std::size_t field = std::string::npos;
        // A row of the child (by id) whose key names a parent that is not there.
        std::string orphanSql;
    };
    std::unordered_map<std::string_view, std::vector<ParentKey>> m_parents;
    // During a bulk load: the ids of the records this load inserted into
    // the tables other records refer to (households, referrals,
    // encounters), less what it deleted since. A new record whose parent
    // is among them needs no look-up at the end of its page.
    std::unordered_map<const sync::EntityDef *, IdSet> m_bulkInserted;
    std::unordered_set<const sync::EntityDef *>
        m_bulkParentTables; // the entities other records refer to by id
    // A new record's parent to look for at the end of its page.
    struct ParentCheck
    {
        const sync::EntityDef *child;
        QString childId;
        const ParentKey *key;
        IdSet::Key parent;
    };
    std::vector<ParentCheck> m_bulkParentChecks;
    // PRAGMA data_version when the load began or was last checked: another connection's commit
    // (a local delete) makes m_bulkInserted unreliable.
    qint64 m_bulkDataVersion = -1;
    void forgetBulkInserted(const sync::EntityDef &entity, const QString &id);
    // INSERT/UPDATE text by entity, kind and set of fields.
    std::unordered_map<std::string, std::string> m_writeSql;
    // insertNew's INSERT text by entity and set of field positions (a bit
    // each), with the names of those fields for the observers.
    struct InsertSql
    {
        std::string sql;
        QStringList fields;
    };
    std::map<std::pair<const sync::EntityDef *, std::uint64_t>, InsertSql> m_insertSql;
    // Field names as QString, made once.
    std::unordered_map<const sync::FieldDef *, QString> m_fieldNames;
};

// SQLite's loose typing compares 1 and 1.0 and "1" differently; this is the
// one equality used to decide whether a field changed.
[[nodiscard]] bool sameValue(const QVariant &a, const QVariant &b);

} // namespace brugboek::client
