#pragma once

#include "change.h"
#include "entities.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace brugboek::sync {

// The one total order of writes to a field: by hybrid logical clock, then by
// device id. Every device and the server decide with it, so any arrival order
// converges on the same value.
[[nodiscard]] bool writtenAfter(Hlc a, std::string_view deviceA, Hlc b, std::string_view deviceB);

// The server's copy of one field: its value, who wrote it when, and the
// position in the server's change log where it was stored.
struct StoredField
{
    Value value;
    Hlc hlc;
    std::string deviceId;
    std::uint64_t seq = 0;
};

struct FieldMerge
{
    // The incoming value replaces the stored one.
    bool apply = false;
    // A free-text value lost to a concurrent edit: keep it as a conflict
    // record (the lost* members) for the worker to resolve.
    bool conflict = false;
    std::string lostValue;
    Hlc lostHlc;
    std::string lostDevice;
};

// Merges one pushed field change into the stored field (null when the field
// has never been written). `baseSeq` is the pushing device's watermark when
// it first edited the field: a stored value written after it by another
// device is concurrent. Last writer wins; for free text a concurrent loser
// with other, non-empty text becomes a conflict.
[[nodiscard]] FieldMerge mergeField(const FieldDef &field, const StoredField *stored, const Change &incoming,
                                    std::uint64_t baseSeq);

// The id of the conflict record for a lost value: the same on every replay of
// the same push, so a retried batch never makes a second one.
[[nodiscard]] std::string conflictId(std::string_view recordId, std::string_view field, Hlc lostHlc,
                                     std::string_view lostDevice);

// Checks a change a device sent: known entity and field, a value of the
// field's type, a record id of sane length and characters, and a field a
// device may write (team_member is the server's; of a conflict a device only
// marks it resolved). Sets *why (English, no values) when it is not valid.
[[nodiscard]] bool validDeviceChange(const Change &change, std::string *why);

// Record ids: UUIDs made on devices, or "list/code" for seeded list items.
[[nodiscard]] bool validRecordId(std::string_view id);

} // namespace brugboek::sync
