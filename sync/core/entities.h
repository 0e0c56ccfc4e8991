#pragma once

#include <string_view>
#include <vector>

namespace brugboek::sync {

enum class FieldType { Text, Integer, Real };

enum class MergeKind {
    // Per-field last writer wins by (HLC, device id).
    LastWriterWins,
    // Free text: as LastWriterWins, but a value overwritten by a concurrent
    // edit is kept as a conflict the user can see and resolve.
    FreeText,
};

// Who may see a record: the household it belongs to (the worker's caseload
// and colleagues it is shared with), or the team's reference data.
enum class Scope { Household, Team };

struct FieldDef
{
    std::string_view name; // also the column name on the device
    FieldType type;
    MergeKind merge = MergeKind::LastWriterWins;
};

struct EntityDef
{
    std::string_view name;
    std::string_view table;
    Scope scope;
    // The field holding the household id for Scope::Household entities
    // ("id" for the household itself).
    std::string_view scopeField;
    // Append-only events are written once and never change or conflict.
    bool appendOnly = false;
    std::vector<FieldDef> fields;

    [[nodiscard]] const FieldDef *field(std::string_view name) const;
};

// The records that sync, shared by the app and the server. Columns not listed
// here (derived values, search tokens) are device-local.
[[nodiscard]] const std::vector<EntityDef> &entities();
[[nodiscard]] const EntityDef *findEntity(std::string_view name);
[[nodiscard]] const EntityDef &entity(std::string_view name); // throws if unknown

// A record that belongs to another one besides its household: it goes when
// that one is purged (on the device, ON DELETE CASCADE of the same column).
struct Belonging
{
    std::string_view entity; // the dependant, e.g. "referral_event"
    std::string_view field; // its field holding the other record's id, e.g. "referral_id"
    std::string_view parent; // the entity of that record, e.g. "referral"
};
[[nodiscard]] const std::vector<Belonging> &belongings();

} // namespace brugboek::sync
