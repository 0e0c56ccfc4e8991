#pragma once

#include "hlc.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace brugboek::v1 {
class FieldChange;
}

namespace brugboek::sync {

// A field value as SQLite stores it: NULL, integer, real or text.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// One changed field of one record, or the purge of a whole record.
struct Change
{
    enum class Op { Set, Delete };

    std::string entity;
    std::string recordId;
    std::string scope;
    std::string field;
    Value value;
    Hlc hlc;
    std::string deviceId;
    Op op = Op::Set;

    friend bool operator==(const Change &a, const Change &b)
    {
        return a.entity == b.entity && a.recordId == b.recordId && a.scope == b.scope && a.field == b.field &&
            a.value == b.value && a.hlc == b.hlc && a.deviceId == b.deviceId && a.op == b.op;
    }
};

// Protocol Buffers wire form (brugboek.v1.FieldChange).
[[nodiscard]] std::string encodeChange(const Change &change);
void encodeChange(const Change &change, v1::FieldChange *out);
// Returns nothing and sets *error for bytes that are not a valid change.
[[nodiscard]] std::optional<Change> decodeChange(std::string_view bytes, std::string *error = nullptr);
[[nodiscard]] std::optional<Change> decodeChange(const v1::FieldChange &message,
                                                 std::string *error = nullptr);
// The message as a Change, checking nothing: for a receiver that validates
// itself and wants to say why (the server, with validDeviceChange).
[[nodiscard]] Change changeFromMessage(const v1::FieldChange &message);

} // namespace brugboek::sync
