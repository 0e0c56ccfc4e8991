#include "pagewriter.h"

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

PageWriter::PageWriter(v1::PullPage &page, bool records)
    : m_page(page)
    , m_records(records)
{
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
    if (!m_current || m_current->record_id() != recordId || m_current->entity() != entity ||
        m_current->scope() != scope) {
        m_current = m_page.add_records();
        setEntityIdScope(m_current, entity, recordId, scope);
    }
    auto *v = m_current->add_values();
    v->set_field(field.data(), field.size());
    switch (vtype) {
    case 1:
        v->set_integer(row.integer(kVint));
        break;
    case 2:
        v->set_real(row.real(kVreal));
        break;
    case 3: {
        const std::string_view text = row.text(kVtext);
        v->set_text(text.data(), text.size());
        break;
    }
    default:
        break; // NULL: no kind set
    }
    v->set_hlc(hlc);
    v->set_device(deviceIndex(device));
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
    auto *r = m_page.add_records();
    setEntityIdScope(r, entity, recordId, scope);
    r->set_purge(true);
    r->set_purge_hlc(hlc);
    r->set_purge_device(deviceIndex(deviceId));
    m_current = nullptr; // values after a purge start a record of their own
}

std::uint32_t PageWriter::deviceIndex(std::string_view deviceId)
{
    if (m_hasLastDevice && deviceId == m_lastDevice)
        return m_lastDeviceIndex;
    std::string key(deviceId);
    auto it = m_devices.find(key);
    if (it == m_devices.end()) {
        const auto index = static_cast<std::uint32_t>(m_page.devices_size());
        m_page.add_devices(key);
        it = m_devices.emplace(key, index).first;
    }
    m_lastDevice = std::move(key);
    m_lastDeviceIndex = it->second;
    m_hasLastDevice = true;
    return m_lastDeviceIndex;
}

ScopeFilter::ScopeFilter(SqlConnection &db, std::string userId, std::string teamScope,
                         std::string privateScope, bool worker)
    : m_db(db)
    , m_userId(std::move(userId))
    , m_team(std::move(teamScope))
    , m_private(std::move(privateScope))
    , m_worker(worker)
{
}

bool ScopeFilter::visible(std::string_view scope)
{
    if (m_hasLast && scope == m_last)
        return m_lastVisible;
    bool visible = false;
    if (scope == m_team) {
        visible = true;
    } else if (!m_worker) {
        visible = false;
    } else if (scope == m_private) {
        visible = true;
    } else if (const auto it = m_memo.find(scope); it != m_memo.end()) {
        visible = it->second;
    } else {
        visible = !m_db.query("SELECT 1 FROM household_access WHERE household_id = ? AND user_id = ?",
                              {std::string(scope), m_userId})
                       .empty();
        m_keys.emplace_back(scope);
        m_memo.emplace(m_keys.back(), visible);
    }
    m_last.assign(scope.data(), scope.size());
    m_lastVisible = visible;
    m_hasLast = true;
    return visible;
}

} // namespace brugboek::server
