#include "merge.h"

#include <cstdio>

namespace brugboek::sync {

bool writtenAfter(Hlc a, std::string_view deviceA, Hlc b, std::string_view deviceB)
{
    if (a != b)
        return a > b;
    return deviceA > deviceB;
}

namespace {

std::string textOf(const Value &v)
{
    if (const auto *s = std::get_if<std::string>(&v))
        return *s;
    return {};
}

// FNV-1a, 64 bits: enough to make distinct, stable ids; not a security measure.
std::uint64_t fnv1a(std::string_view data, std::uint64_t h)
{
    for (unsigned char c : data) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

FieldMerge mergeField(const FieldDef &field, const StoredField *stored, const Change &incoming,
                      std::uint64_t baseSeq)
{
    FieldMerge m;
    if (!stored) {
        m.apply = true;
        return m;
    }
    const bool incomingWins = writtenAfter(incoming.hlc, incoming.deviceId, stored->hlc, stored->deviceId);
    m.apply = incomingWins;
    if (field.merge != MergeKind::FreeText)
        return m;
    // The pushing device had seen the stored value (or wrote it itself): a
    // later edit, not a concurrent one.
    const bool concurrent = stored->deviceId != incoming.deviceId && stored->seq > baseSeq;
    if (!concurrent)
        return m;
    const std::string storedText = textOf(stored->value);
    const std::string incomingText = textOf(incoming.value);
    const std::string &lost = incomingWins ? storedText : incomingText;
    const std::string &kept = incomingWins ? incomingText : storedText;
    if (lost.empty() || lost == kept)
        return m;
    m.conflict = true;
    m.lostValue = lost;
    m.lostHlc = incomingWins ? stored->hlc : incoming.hlc;
    m.lostDevice = incomingWins ? stored->deviceId : incoming.deviceId;
    return m;
}

std::string conflictId(std::string_view recordId, std::string_view field, Hlc lostHlc,
                       std::string_view lostDevice)
{
    std::uint64_t h1 = 0xcbf29ce484222325ULL;
    std::uint64_t h2 = 0x84222325cbf29ce4ULL;
    const std::string hlc = std::to_string(lostHlc.packed());
    for (std::string_view part : {recordId, field, std::string_view(hlc), lostDevice}) {
        h1 = fnv1a(part, h1);
        h1 = fnv1a(std::string_view("\x1f", 1), h1);
        h2 = fnv1a(part, h2 ^ h1);
    }
    // Shaped as a UUID of version 8 (custom), variant 10.
    h1 = (h1 & ~0xf000ULL) | 0x8000ULL;
    h2 = (h2 & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    char buf[37];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(h1 >> 32),
                  static_cast<unsigned>((h1 >> 16) & 0xffff), static_cast<unsigned>(h1 & 0xffff),
                  static_cast<unsigned>(h2 >> 48), static_cast<unsigned long long>(h2 & 0xffffffffffffULL));
    return buf;
}

bool validRecordId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '/' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

bool validDeviceChange(const Change &change, std::string *why)
{
    auto fail = [why](const char *text) {
        if (why)
            *why = text;
        return false;
    };
    const EntityDef *def = findEntity(change.entity);
    if (!def)
        return fail("unknown entity");
    if (!validRecordId(change.recordId))
        return fail("record id missing, too long or with characters an id cannot have");
    if (change.entity == "team_member")
        return fail("team members are written by the server only");
    if (change.op == Change::Op::Delete)
        return change.field.empty() ? true : fail("a purge names no field");
    const FieldDef *field = def->field(change.field);
    if (!field)
        return fail("unknown field");
    if (change.entity == "conflict" && change.field != "resolved_at")
        return fail("a device only marks a conflict resolved");
    if (std::holds_alternative<std::monostate>(change.value))
        return true;
    switch (field->type) {
    case FieldType::Text:
        if (!std::holds_alternative<std::string>(change.value))
            return fail("a text field got another kind of value");
        if (std::get<std::string>(change.value).size() > 64 * 1024)
            return fail("a text value over 64 KiB");
        return true;
    case FieldType::Integer:
        return std::holds_alternative<std::int64_t>(change.value)
            ? true
            : fail("an integer field got another kind of value");
    case FieldType::Real:
        return std::holds_alternative<double>(change.value) ||
                std::holds_alternative<std::int64_t>(change.value)
            ? true
            : fail("a number field got another kind of value");
    }
    return fail("unknown field type");
}

} // namespace brugboek::sync
