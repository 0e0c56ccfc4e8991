#include "pagewriter.h"

#include <algorithm>
#include <cstring>

namespace brugboek::server {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

// Column positions of kLogRowColumns.
enum Column {
    kSeq,
    kTxSeq,
    kEntity,
    kRecordId,
    kScope,
    kField,
    kVtype,
    kVint,
    kVreal,
    kVtext,
    kHlc,
    kDeviceId,
    kOp
};

// Protobuf's wire format, as much of it as the per-record form needs.
namespace wire {

void raw(std::string &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

void tag(std::string &out, int field, int type)
{
    raw(out, (static_cast<std::uint64_t>(field) << 3) | static_cast<std::uint64_t>(type));
}

void varint(std::string &out, int field, std::uint64_t v)
{
    tag(out, field, 0);
    raw(out, v);
}

void sint64(std::string &out, int field, std::int64_t v)
{
    varint(out, field, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

void fixed64(std::string &out, int field, std::uint64_t v)
{
    tag(out, field, 1);
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out.append(bytes, 8);
}

void real(std::string &out, int field, double v)
{
    std::uint64_t bits = 0;
    static_assert(sizeof bits == sizeof v);
    std::memcpy(&bits, &v, sizeof bits);
    fixed64(out, field, bits);
}

void string(std::string &out, int field, std::string_view s)
{
    tag(out, field, 2);
    raw(out, s.size());
    out.append(s.data(), s.size());
}

} // namespace wire

template<typename Message>
void setEntityIdScope(Message *m, std::string_view entity, std::string_view recordId, std::string_view scope)
{
    m->set_entity(entity.data(), entity.size());
    m->set_record_id(recordId.data(), recordId.size());
    m->set_scope(scope.data(), scope.size());
}

} // namespace

std::string_view deviceScope(std::string_view scope)
{
    if (startsWith(scope, "team:"))
        return {};
    if (startsWith(scope, "private:"))
        return "private";
    return scope;
}

PageWriter::PageWriter(v1::PullPage &page, bool records, std::uint32_t expected)
    : m_page(page)
    , m_records(records)
{
    // About 60 bytes per value on the large benchmark store; growing the
    // buffer by doubling cost more than the encoding.
    if (m_records)
        m_wire.reserve(std::min<std::size_t>(expected, 20000) * 80 + 4096);
}

void PageWriter::value(const SqlRowView &row)
{
    const std::string_view entity = row.text(kEntity);
    const std::string_view recordId = row.text(kRecordId);
    const std::string_view scope = deviceScope(row.text(kScope));
    const auto hlc = static_cast<std::uint64_t>(row.integer(kHlc));
    const std::string_view device = row.text(kDeviceId);
    const bool tombstone = row.integer(kOp) == 1;
    const std::string_view field = row.text(kField);
    const std::int64_t vtype = row.integer(kVtype);
    ++m_size;

    if (!m_records) {
        auto *c = m_page.add_changes();
        setEntityIdScope(c, entity, recordId, scope);
        c->set_field(field.data(), field.size());
        auto *value = c->mutable_value();
        switch (vtype) {
        case 1:
            value->set_integer(row.integer(kVint));
            break;
        case 2:
            value->set_real(row.real(kVreal));
            break;
        case 3: {
            const std::string_view text = row.text(kVtext);
            value->set_text(text.data(), text.size());
            break;
        }
        default:
            value->set_null(true);
        }
        c->set_hlc(hlc);
        c->set_device_id(device.data(), device.size());
        c->set_op(tombstone ? v1::FieldChange::OP_DELETE : v1::FieldChange::OP_SET);
        return;
    }

    if (tombstone) {
        --m_size; // purge() counts it
        purge(entity, recordId, scope, hlc, device);
        return;
    }
    if (!m_open || recordId != m_recordId || entity != m_entity || scope != m_scope) {
        flushRecord();
        m_open = true;
        m_entity.assign(entity);
        m_recordId.assign(recordId);
        m_scope.assign(scope);
        noteHousehold(scope);
        wire::string(m_recordHead, 1, entity);
        wire::string(m_recordHead, 2, recordId);
        if (!scope.empty())
            wire::string(m_recordHead, 3, scope);
    }
    // PulledValue: field 1, kind 2/3/4 (none: NULL), hlc 5, device 6.
    m_value.clear();
    if (!field.empty())
        wire::string(m_value, 1, field);
    switch (vtype) {
    case 1:
        wire::sint64(m_value, 2, row.integer(kVint));
        break;
    case 2:
        wire::real(m_value, 3, row.real(kVreal));
        break;
    case 3:
        wire::string(m_value, 4, row.text(kVtext));
        break;
    default:
        break; // NULL: no kind set
    }
    if (hlc != 0)
        wire::fixed64(m_value, 5, hlc);
    if (const std::uint32_t index = deviceIndex(device); index != 0)
        wire::varint(m_value, 6, index);
    wire::string(m_recordValues, 7, m_value);
}

void PageWriter::flushRecord()
{
    if (!m_open)
        return;
    // PullPage.records (20): the record's own fields, then its values.
    wire::tag(m_wire, 20, 2);
    wire::raw(m_wire, m_recordHead.size() + m_recordValues.size());
    m_wire += m_recordHead;
    m_wire += m_recordValues;
    m_recordHead.clear();
    m_recordValues.clear();
    m_open = false;
}

void PageWriter::purge(std::string_view entity, std::string_view recordId, std::string_view scope,
                       std::uint64_t hlc, std::string_view deviceId)
{
    ++m_size;
    if (!m_records) {
        auto *c = m_page.add_changes();
        setEntityIdScope(c, entity, recordId, scope);
        c->set_hlc(hlc);
        c->set_device_id(deviceId.data(), deviceId.size());
        c->set_op(v1::FieldChange::OP_DELETE);
        return;
    }
    // Values after a purge start a record of their own.
    flushRecord();
    noteHousehold(scope);
    m_recordHead.clear();
    wire::string(m_recordHead, 1, entity);
    wire::string(m_recordHead, 2, recordId);
    if (!scope.empty())
        wire::string(m_recordHead, 3, scope);
    wire::varint(m_recordHead, 4, 1);
    if (hlc != 0)
        wire::fixed64(m_recordHead, 5, hlc);
    if (const std::uint32_t index = deviceIndex(deviceId); index != 0)
        wire::varint(m_recordHead, 6, index);
    m_open = true;
    flushRecord();
}

void PageWriter::noteHousehold(std::string_view scope)
{
    if (scope.empty() || scope == "private" || scope == m_lastHousehold)
        return;
    m_lastHousehold.assign(scope);
    m_households.insert(m_lastHousehold);
}

std::string PageWriter::finishRecords()
{
    flushRecord();
    for (const auto &device : m_deviceTable)
        wire::string(m_wire, 21, device);
    m_deviceTable.clear();
    return std::move(m_wire);
}

std::uint32_t PageWriter::deviceIndex(std::string_view deviceId)
{
    if (m_hasLastDevice && deviceId == m_lastDevice)
        return m_lastDeviceIndex;
    std::string key(deviceId);
    auto it = m_devices.find(key);
    if (it == m_devices.end()) {
        const auto index = static_cast<std::uint32_t>(m_deviceTable.size());
        m_deviceTable.push_back(key);
        it = m_devices.emplace(key, index).first;
    }
    m_lastDevice = std::move(key);
    m_lastDeviceIndex = it->second;
    m_hasLastDevice = true;
    return m_lastDeviceIndex;
}

ScopeFilter::ScopeFilter(SqlConnection &db, std::string userId, std::string teamScope,
                         std::string privateScope, bool worker, VisibilityCache *cache)
    : m_db(db)
    , m_userId(std::move(userId))
    , m_team(std::move(teamScope))
    , m_private(std::move(privateScope))
    , m_worker(worker)
    , m_cache(worker ? cache : nullptr)
{
    if (!m_worker)
        return;
    m_lookupParams = {SqlValue {std::string()}, SqlValue {m_userId}};
    // In the page's read transaction: the answers kept for the version this
    // snapshot shows are this snapshot's answers (see VisibilityCache).
    if (m_cache)
        m_entry = m_cache->entry(m_userId, accessVersion(m_db, m_userId));
    // On PostgreSQL every lookup is a round trip to another process: an
    // incremental pull on a busy server meets the households of many other
    // workers, one round trip each. The user's households are read at once
    // instead (a caseload is hundreds, a large one thousands of ids), once
    // per access version when they are kept.
    if (m_db.dialect() == Dialect::Postgres) {
        if (m_entry && m_entry->complete())
            return;
        std::vector<std::string> households;
        m_db.each("SELECT household_id FROM household_access WHERE user_id = ?", {m_userId},
                  [&households](const SqlRowView &row) {
                      households.emplace_back(row.text(0));
                      return true;
                  });
        if (m_cache)
            m_cache->countLookup();
        if (m_entry && m_entry->setComplete(households))
            return;
        m_entry.reset(); // more than it keeps: this page's own memo holds them
        m_memo.reserve(households.size());
        for (const auto &h : households)
            m_memo.insert(h, true);
        m_complete = true;
    }
}

bool ScopeFilter::visible(std::string_view scope)
{
    if (m_hasLast && scope == m_last)
        return m_lastVisible;
    bool visible = false;
    if (scope == m_team)
        visible = true;
    else if (!m_worker)
        visible = false;
    else if (scope == m_private)
        visible = true;
    else
        visible = lookUp(scope);
    m_last.assign(scope.data(), scope.size());
    m_lastVisible = visible;
    m_hasLast = true;
    return visible;
}

bool ScopeFilter::lookUp(std::string_view household)
{
    if (!m_memo.empty()) {
        if (const auto visible = m_memo.find(household))
            return *visible;
    }
    if (m_complete)
        return false;
    if (m_entry) {
        const auto answer = m_entry->find(household);
        if (answer != VisibilityCache::Entry::Answer::Unknown) {
            m_cache->countHit();
            return answer == VisibilityCache::Entry::Answer::Visible;
        }
    }
    // A statement prepared once per connection, its row read in place.
    static const std::string sql = "SELECT 1 FROM household_access WHERE household_id = ? AND user_id = ?";
    std::get<std::string>(m_lookupParams[0]).assign(household.data(), household.size());
    bool found = false;
    m_db.each(sql, m_lookupParams, [&found](const SqlRowView &) {
        found = true;
        return false;
    });
    if (m_cache)
        m_cache->countLookup();
    remember(household, found);
    return found;
}

void ScopeFilter::remember(std::string_view household, bool visible)
{
    if (m_entry && m_entry->add(household, visible))
        return;
    m_memo.insert(household, visible);
}

} // namespace brugboek::server
