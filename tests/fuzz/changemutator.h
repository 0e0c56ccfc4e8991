#pragma once

// A structure-aware mutation for the fuzz targets: most inputs that byte
// mutations make no longer parse as protobuf, or name no entity the server
// knows, so they stop at the first check. This one parses the input, changes
// one FieldChange the way a buggy or hostile peer might (another entity,
// field, record, household, value, clock, device or operation, a duplicate,
// a removal) and serialises it again. Ids come from a small pool so that
// records meet: the same household edited, purged and edited again.

#include "sync/core/entities.h"

#include <brugboek/v1/change.pb.h>

#include <google/protobuf/repeated_field.h>

#include <cstdint>
#include <random>
#include <string>

namespace brugboek::fuzz {

inline const char *const kIdPool[] = {
    "0190f0e0-0000-7000-8000-000000000001",
    "0190f0e0-0000-7000-8000-000000000002",
    "0190f0e0-0000-7000-8000-000000000003",
    "0190f0e0-0000-7000-8000-000000000004",
    "0190f0e0-0000-7000-8000-000000000005",
    "0190f0e0-0000-7000-8000-00000000f00d",
    "0190f0e0-0000-7000-8000-0000000000aa",
    "0190f0e0-0000-7000-8000-0000000000bb",
    "",
    "not-a-uuid",
};

inline const std::string kTexts[] = {
    "",
    "Familie Öztürk",
    "L'Hôpital d'Anvers",
    std::string(70000, 'x'),
    std::string("nul\0byte", 8),
    "\xff\xfe not utf-8",
    "2026-11-23",
    "schoolpoort",
    "colleague",
    "aangemeld",
};

template<typename Pick> void mutateChange(v1::FieldChange *c, Pick &&pick)
{
    const auto &all = sync::entities();
    switch (pick(10)) {
    case 0: {
        const auto &def = all[pick(all.size())];
        c->set_entity(std::string(def.name));
        if (!def.fields.empty())
            c->set_field(std::string(def.fields[pick(def.fields.size())].name));
        break;
    }
    case 1: {
        const sync::EntityDef *def = sync::findEntity(c->entity());
        if (def && !def->fields.empty() && pick(4) != 0)
            c->set_field(std::string(def->fields[pick(def->fields.size())].name));
        else
            c->set_field(pick(2) ? "" : "no_such_field");
        break;
    }
    case 2:
        c->set_record_id(kIdPool[pick(std::size(kIdPool))]);
        break;
    case 3:
        c->set_scope(kIdPool[pick(std::size(kIdPool))]);
        break;
    case 4:
        switch (pick(4)) {
        case 0:
            c->mutable_value()->set_text(kTexts[pick(std::size(kTexts))]);
            break;
        case 1:
            c->mutable_value()->set_integer(static_cast<std::int64_t>(pick(5)) - 2);
            break;
        case 2:
            c->mutable_value()->set_null(true);
            break;
        default:
            c->clear_value();
        }
        break;
    case 5: {
        const std::uint64_t deltas[] = {0, 1, 1u << 16, std::uint64_t {86400000} << 16, ~std::uint64_t {0}};
        c->set_hlc(pick(2) ? c->hlc() + deltas[pick(std::size(deltas))] : deltas[pick(std::size(deltas))]);
        break;
    }
    case 6:
        c->set_device_id(kIdPool[pick(std::size(kIdPool))]);
        break;
    case 7:
        c->set_op(c->op() == v1::FieldChange::OP_SET ? v1::FieldChange::OP_DELETE : v1::FieldChange::OP_SET);
        if (c->op() == v1::FieldChange::OP_DELETE && pick(2))
            c->clear_field();
        break;
    default: {
        // Make it a field of the household in the pool, a common real shape.
        const std::string household = kIdPool[pick(5)];
        const sync::EntityDef *def = sync::findEntity(c->entity());
        c->set_scope(household);
        if (def && !def->scopeField.empty() && def->scopeField != "id") {
            c->set_field(std::string(def->scopeField));
            c->mutable_value()->set_text(household);
        }
    }
    }
}

// Mutates one change of `changes` (or adds, duplicates or removes one).
// `at(i)` gives the FieldChange of element i.
template<typename Repeated, typename At, typename Add>
void mutateChanges(Repeated *changes, std::mt19937_64 &rng, At at, Add add)
{
    auto pick = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % (n ? n : 1)); };
    const int size = changes->size();
    const std::size_t what = pick(10);
    if (size == 0 || what == 0) {
        v1::FieldChange *c = add(changes);
        c->set_entity("household");
        c->set_record_id(kIdPool[pick(5)]);
        c->set_scope(c->record_id());
        c->set_field("notes");
        c->mutable_value()->set_text("fuzz");
        c->set_hlc(std::uint64_t {1795335300000} << 16);
        c->set_device_id(kIdPool[6]);
        mutateChange(c, pick);
    } else if (what == 1 && size > 1) {
        changes->SwapElements(static_cast<int>(pick(size)), size - 1);
        changes->RemoveLast();
    } else if (what == 2) {
        *add(changes) = *at(changes, static_cast<int>(pick(size)));
    } else if (what == 3 && size > 1) {
        changes->SwapElements(static_cast<int>(pick(size)), static_cast<int>(pick(size)));
    } else {
        mutateChange(at(changes, static_cast<int>(pick(size))), pick);
    }
}

} // namespace brugboek::fuzz
