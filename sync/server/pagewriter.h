#pragma once

#include "sqldb.h"

#include <brugboek/v1/sync.pb.h>

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

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
class PageWriter
{
public:
    PageWriter(v1::PullPage &page, bool records);

    // A log row (kLogRowColumns): a field value, or a tombstone (op 1).
    void value(const SqlRowView &row);
    // A purge the server sends on its own (an access drop or revoke).
    void purge(std::string_view entity, std::string_view recordId, std::string_view scope, std::uint64_t hlc,
               std::string_view deviceId);

    [[nodiscard]] std::uint32_t size() const { return m_size; }

private:
    std::uint32_t deviceIndex(std::string_view deviceId);

    v1::PullPage &m_page;
    const bool m_records;
    std::uint32_t m_size = 0;
    v1::PulledRecord *m_current = nullptr; // the record the next value may join
    std::unordered_map<std::string, std::uint32_t> m_devices;
    std::string m_lastDevice;
    std::uint32_t m_lastDeviceIndex = 0;
    bool m_hasLastDevice = false;
};

// Which scopes a user's devices receive, decided in memory for a page's
// rows: the team's scope, and for a worker their private scope and the
// households of household_access (looked up once per household a page
// meets, and the last answer kept: rows of one record come together).
class ScopeFilter
{
public:
    ScopeFilter(SqlConnection &db, std::string userId, std::string teamScope, std::string privateScope,
                bool worker);
    [[nodiscard]] bool visible(std::string_view scope);

private:
    SqlConnection &m_db;
    const std::string m_userId;
    const std::string m_team;
    const std::string m_private;
    const bool m_worker;
    std::deque<std::string> m_keys; // owns the memo's keys
    std::unordered_map<std::string_view, bool> m_memo;
    std::string m_last;
    bool m_lastVisible = false;
    bool m_hasLast = false;
};

} // namespace brugboek::server
