#pragma once

#include "sqldb.h"
#include "visibilitycache.h"

#include <brugboek/v1/sync.pb.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace brugboek::server {

// The columns of a log row (field_state), in the order PageWriter::value
// reads them.
inline constexpr const char *kLogRowColumns =
    "seq, tx_seq, entity, record_id, scope, field, vtype, vint, vreal, vtext, hlc, device_id, op";

// A scope as a device knows it: team data has none, the user's private
// records "private", a household's records the household id.
[[nodiscard]] std::string_view deviceScope(std::string_view scope);

// Fills a pull page in either form (sync.proto): one FieldChange per value
// and purge, or, for a request with want_records, the per-record form where
// consecutive values of one record share a PulledRecord and devices are
// named by an index into PullPage.devices. Both carry the same values in the
// same order; size() counts values and purges alike.
//
// The per-record form is written straight in protobuf's wire format
// (PullPage fields 20 and 21) instead of as messages: a page is tens of
// thousands of values, and building, serialising and freeing a message per
// value was most of the page's cost. The bytes are appended to the rest of
// the page's serialised message (fields may come in any order), or merged
// into the page for callers that want the message.
class PageWriter
{
public:
    // `expected`: the values the page may hold (reserves the wire buffer).
    PageWriter(v1::PullPage &page, bool records, std::uint32_t expected = 0);

    // A log row (kLogRowColumns): a field value, or a tombstone (op 1).
    void value(const SqlRowView &row);
    // A purge the server sends on its own (an access drop or revoke).
    void purge(std::string_view entity, std::string_view recordId, std::string_view scope, std::uint64_t hlc,
               std::string_view deviceId);

    [[nodiscard]] std::uint32_t size() const { return m_size; }
    [[nodiscard]] bool records() const { return m_records; }
    // The per-record form's bytes (records, then the device table); call once
    // at the end of the page.
    std::string finishRecords();
    // The households the per-record form's records belong to (for the audit log).
    [[nodiscard]] std::set<std::string> takeHouseholds() { return std::move(m_households); }

private:
    std::uint32_t deviceIndex(std::string_view deviceId);
    void flushRecord();
    void noteHousehold(std::string_view scope);

    v1::PullPage &m_page;
    const bool m_records;
    std::uint32_t m_size = 0;
    // The per-record form: the finished records, the open record's fields
    // without its values, its values, and what identifies it.
    std::string m_wire;
    std::string m_recordHead;
    std::string m_recordValues;
    std::string m_value;
    bool m_open = false;
    std::string m_entity, m_recordId, m_scope;
    std::vector<std::string> m_deviceTable;
    std::set<std::string> m_households;
    std::string m_lastHousehold;
    std::unordered_map<std::string, std::uint32_t> m_devices;
    std::string m_lastDevice;
    std::uint32_t m_lastDeviceIndex = 0;
    bool m_hasLastDevice = false;
};

// Which scopes a user's devices receive, decided in memory for a page's
// rows: the team's scope, and for a worker their private scope and the
// households of household_access (looked up once per household, and the
// last answer kept: rows of one record come together; on PostgreSQL read
// all at once). With a VisibilityCache the answers are kept from one
// request to the next under the user's access version, which the filter
// reads when it is made: make it inside the page's read transaction.
class ScopeFilter
{
public:
    ScopeFilter(SqlConnection &db, std::string userId, std::string teamScope, std::string privateScope,
                bool worker, VisibilityCache *cache = nullptr);
    [[nodiscard]] bool visible(std::string_view scope);

private:
    bool lookUp(std::string_view household);
    void remember(std::string_view household, bool visible);

    SqlConnection &m_db;
    const std::string m_userId;
    const std::string m_team;
    const std::string m_private;
    const bool m_worker;
    VisibilityCache *m_cache = nullptr;
    std::shared_ptr<VisibilityCache::Entry> m_entry; // the user's answers under the version read
    // Answers the entry does not keep (it is full, or there is no cache).
    HouseholdAnswers m_memo;
    bool m_complete = false; // m_memo holds every household of the user
    std::vector<SqlValue> m_lookupParams; // household, user
    std::string m_last;
    bool m_lastVisible = false;
    bool m_hasLast = false;
};

} // namespace brugboek::server
