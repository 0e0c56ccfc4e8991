#pragma once

// A pull page in the changes form (PullPage.changes) rewritten in the
// per-record form (PullPage.records and devices), as a server that knows
// PullRequest.want_records answers: consecutive changes of one record become
// one PulledRecord, a purge a record of its own, each value names its device
// by an index into the page's device table. For tests and fuzzing of the
// device's reader before the server speaks that form.

#include <brugboek/v1/sync.pb.h>

#include <cstdint>
#include <map>
#include <string>

namespace brugboek::test {

inline void toRecordsForm(v1::PullPage &page)
{
    std::map<std::string, std::uint32_t> devices;
    auto device = [&](const std::string &id) {
        const auto [it, added] = devices.emplace(id, static_cast<std::uint32_t>(page.devices_size()));
        if (added)
            page.add_devices(id);
        return it->second;
    };
    v1::PulledRecord *open = nullptr;
    for (const v1::FieldChange &c : page.changes()) {
        if (c.op() == v1::FieldChange::OP_DELETE) {
            auto *r = page.add_records();
            r->set_entity(c.entity());
            r->set_record_id(c.record_id());
            r->set_scope(c.scope());
            r->set_purge(true);
            r->set_purge_hlc(c.hlc());
            r->set_purge_device(device(c.device_id()));
            open = nullptr;
            continue;
        }
        if (!open || open->entity() != c.entity() || open->record_id() != c.record_id()) {
            open = page.add_records();
            open->set_entity(c.entity());
            open->set_record_id(c.record_id());
            open->set_scope(c.scope());
        }
        auto *v = open->add_values();
        v->set_field(c.field());
        v->set_hlc(c.hlc());
        v->set_device(device(c.device_id()));
        switch (c.value().kind_case()) {
        case v1::Value::kInteger:
            v->set_integer(c.value().integer());
            break;
        case v1::Value::kReal:
            v->set_real(c.value().real());
            break;
        case v1::Value::kText:
            v->set_text(c.value().text());
            break;
        default:
            break;
        }
    }
    page.clear_changes();
}

} // namespace brugboek::test
