#pragma once

#include "directory.h"
#include "logwriter.h"
#include "sqldb.h"
#include "visibilitycache.h"

#include "sync/core/merge.h"

#include <brugboek/v1/sync.pb.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace brugboek::server {

// A pull cursor the server did not make.
class BadCursor : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct PushResult
{
    std::string replyBytes; // the serialized PushReply, identical on every retry
    bool replayed = false; // the batch had been applied before
    std::uint32_t accepted = 0;
    std::uint32_t rejected = 0;
    std::uint32_t conflicts = 0;
};

// The sync rules of docs/SYNC.md over one SQL connection: merging a pushed
// batch in one write transaction, and reading a user's pages of the log.
class SyncService
{
public:
    static constexpr std::uint32_t kMaxPullLimit = 20000;
    static constexpr std::uint32_t kDefaultPullLimit = 1000;
    // Log rows a worker's page reads at most by default (see pull()).
    static constexpr std::int64_t kMaxPullScan = 100000;
    void setMaxPullScan(std::int64_t rows) { m_maxPullScan = std::max<std::int64_t>(1, rows); }
    // Keeps a worker's answers of which households are theirs from one pull
    // page to the next (none: looked up per page).
    void setVisibilityCache(VisibilityCache *cache) { m_visibility = cache; }

    explicit SyncService(SqlConnection &db);

    // Applies a pushed batch in a write transaction of its own.
    PushResult push(const Identity &who, const v1::PushRequest &request);
    // The same inside the caller's open write transaction (PushCommitter
    // applies several batches in one, each in a savepoint).
    PushResult pushInTransaction(const Identity &who, const v1::PushRequest &request);
    v1::PullPage pull(const Identity &who, const v1::PullRequest &request);
    // The same into *page (empty). With `wire`, the per-record form's
    // records and devices are not put into *page but left in wire->records
    // (PullPage fields 20 and 21 in protobuf's wire format), to be appended
    // to the serialised page; wire->households are the households they name.
    struct PullWire
    {
        std::string records;
        std::set<std::string> households;
        std::uint32_t values = 0; // values and purges on the page, in either form
        std::uint64_t storeSeq = 0; // the store's last seq in the page's snapshot
    };
    void pull(const Identity &who, const v1::PullRequest &request, v1::PullPage *page,
              PullWire *wire = nullptr);

    // Purges every household whose status is "closed" and whose closed_on
    // date lies more than its team's retention_days before `todayIso`
    // (yyyy-MM-dd, UTC), with all it holds, in one transaction; the purges
    // reach every device that had the household. Returns the purged ids.
    std::vector<std::string> purgeExpiredHouseholds(const std::string &todayIso);

    // Once per store (schema version 1 -> 2): decides every live share again
    // under the consent rule, withdrawing access granted before it existed.
    void upgradeShares();

    [[nodiscard]] static std::string encodeCursor(std::uint64_t seq);
    [[nodiscard]] static std::uint64_t decodeCursor(const std::string &cursor);

private:
    struct Record
    {
        std::string entity;
        std::string scope;
        bool purged = false;
    };
    struct Rejection
    {
        v1::ErrorCode code;
        std::string reason;
    };
    struct Batch; // the state of one push

    std::optional<Rejection> apply(Batch &batch, const sync::Change &change, std::uint64_t baseSeq);
    std::optional<Rejection> checkAccess(Batch &batch, const std::string &scope, const sync::Change &change);
    std::optional<Rejection> purge(Batch &batch, const sync::EntityDef &def, const sync::Change &change,
                                   const std::optional<Record> &record, const std::string &scope);
    std::optional<Rejection> setField(Batch &batch, const sync::EntityDef &def, const sync::Change &change,
                                      const std::optional<Record> &record, const std::string &scope,
                                      std::uint64_t baseSeq);
    void dropFromOldScope(Batch &batch, const sync::Change &change, const std::string &oldScope,
                          const std::string &newScope);
    void writeConflict(Batch &batch, const sync::Change &change, const std::string &scope,
                       const sync::FieldMerge &merge);
    void syncShare(Batch &batch, const std::string &shareId, bool purged);
    // Re-decides the access of every share of the household that names this consent.
    void syncSharesOfConsent(Batch &batch, const std::string &consentId, const std::string &household);
    // Why a share of `household` with `userId` under `consentId` is not
    // allowed, or nothing when a live consent of the household covers it.
    std::optional<Rejection> consentProblem(const std::string &household, const std::string &userId,
                                            const std::string &consentId);
    std::optional<Rejection> checkShare(Batch &batch, const sync::Change &change, const std::string &scope);
    std::string storedText(const std::string &recordId, const std::string &field);
    void purgeBelongings(Batch &batch, const std::string &entity, const std::string &recordId,
                         const sync::Change &change);

    std::optional<Record> record(const std::string &recordId);
    std::optional<sync::StoredField> storedField(const std::string &recordId, const std::string &field);
    bool hasAccess(const std::string &householdId, const std::string &userId);
    // The only writers of household_access: each also raises the user's
    // access version in the same transaction (see VisibilityCache).
    void insertAccess(const std::string &householdId, const std::string &userId, const std::string &shareId);
    void deleteAccess(const std::string &householdId, const std::string &userId, const std::string &shareId);

    SqlConnection &m_db;
    std::int64_t m_maxPullScan = kMaxPullScan;
    VisibilityCache *m_visibility = nullptr;
};

} // namespace brugboek::server
