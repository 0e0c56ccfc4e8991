#include "entities.h"

#include <stdexcept>
#include <string>

namespace brugboek::sync {

namespace {
constexpr auto T = FieldType::Text;
constexpr auto I = FieldType::Integer;
constexpr auto FreeText = MergeKind::FreeText;
constexpr auto Lww = MergeKind::LastWriterWins;

std::vector<EntityDef> makeEntities()
{
    // Dates are ISO "yyyy-MM-dd" text, instants are UTC milliseconds, lists of
    // codes or ids are comma-separated text.
    return {
        {"household",
         "household",
         Scope::Household,
         "id",
         false,
         {{"display_name", T, Lww},
          {"address", T, Lww},
          {"phone", T, Lww},
          {"email", T, Lww},
          {"reach_note", T, FreeText},
          {"home_languages", T, Lww},
          {"interpreter_needed", I, Lww},
          {"status", T, Lww},
          {"closed_on", T, Lww},
          {"notes", T, FreeText}}},
        {"person",
         "person",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"given_name", T, Lww},
          {"family_name", T, Lww},
          {"role", T, Lww},
          {"birth_year", I, Lww},
          {"school_id", T, Lww},
          {"class_name", T, Lww},
          {"phone", T, Lww},
          {"email", T, Lww},
          {"languages", T, Lww},
          {"notes", T, FreeText}}},
        {"encounter",
         "encounter",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"unknown_parent", T, FreeText},
          {"kind", T, Lww},
          {"occurred_at", I, Lww},
          {"school_id", T, Lww},
          {"place", T, Lww},
          {"people_present", T, Lww},
          {"life_domains", T, Lww},
          {"note", T, FreeText},
          {"agreements", T, FreeText}}},
        {"referral",
         "referral",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"need", T, FreeText},
          {"life_domain", T, Lww},
          {"organisation_id", T, Lww},
          {"warm", I, Lww},
          {"follow_up_on", T, Lww},
          {"note", T, FreeText}}},
        {"referral_event",
         "referral_event",
         Scope::Household,
         "household_id",
         true,
         {{"referral_id", T, Lww},
          {"household_id", T, Lww},
          {"status", T, Lww},
          {"occurred_on", T, Lww},
          {"intake_on", T, Lww},
          {"accompany", I, Lww},
          {"outcome", T, Lww},
          {"note", T, Lww}}},
        {"consent",
         "consent",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"subject", T, Lww},
          {"shared_with", T, Lww},
          {"organisation_id", T, Lww},
          {"colleague_id", T, Lww},
          {"given_by", T, Lww},
          {"method", T, Lww},
          {"given_on", T, Lww},
          {"withdrawn_on", T, Lww},
          {"note", T, FreeText}}},
        {"follow_up",
         "follow_up",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"referral_id", T, Lww},
          {"encounter_id", T, Lww},
          {"title", T, FreeText},
          {"due_on", T, Lww},
          {"done_at", I, Lww}}},
        {"organisation",
         "organisation",
         Scope::Team,
         "",
         false,
         {{"name", T, Lww},
          {"kind", T, Lww},
          {"services", T, Lww},
          {"address", T, Lww},
          {"phone", T, Lww},
          {"email", T, Lww},
          {"website", T, Lww},
          {"intake_procedure", T, FreeText},
          {"opening_hours", T, Lww},
          {"contact_person", T, Lww},
          {"waiting_days", I, Lww},
          {"waiting_note", T, FreeText},
          {"active", I, Lww}}},
        {"school",
         "school",
         Scope::Team,
         "",
         false,
         {{"name", T, Lww},
          {"address", T, Lww},
          {"city", T, Lww},
          {"phone", T, Lww},
          {"contact_person", T, Lww},
          {"active", I, Lww}}},
        // Anonymous by construction: there is no field that could hold a
        // person or a household.
        {"signal",
         "signal",
         Scope::Team,
         "",
         false,
         {{"observed_on", T, Lww},
          {"life_domain", T, Lww},
          {"school_id", T, Lww},
          {"description", T, FreeText},
          {"status", T, Lww}}},
        {"list_item",
         "list_item",
         Scope::Team,
         "",
         false,
         {{"list", T, Lww},
          {"code", T, Lww},
          {"label_nl", T, Lww},
          {"label_fr", T, Lww},
          {"label_en", T, Lww},
          {"sort_order", I, Lww},
          {"active", I, Lww}}},
        // Sync's own records. A worker shares a household with a colleague by
        // a share record; the server grants or withdraws access from it.
        {"household_share",
         "household_share",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww}, {"user_id", T, Lww}, {"consent_id", T, Lww}, {"note", T, FreeText}}},
        // Written by the server only: the text that lost to a concurrent edit
        // of a free-text field, until the worker chooses which text to keep.
        {"conflict",
         "conflict",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"record_entity", T, Lww},
          {"record_id", T, Lww},
          {"field", T, Lww},
          {"lost_value", T, Lww},
          {"lost_device", T, Lww},
          {"lost_hlc", I, Lww},
          {"resolved_at", I, Lww}}},
        // Written by the server only, from its user accounts: the colleagues a
        // household can be shared with. The id is the user's id.
        {"team_member",
         "team_member",
         Scope::Team,
         "",
         false,
         {{"display_name", T, Lww}, {"role", T, Lww}, {"active", I, Lww}}},
        // A conversation booked at a zitdag: for a household, or for a parent
        // not known yet (then only the description says who, and the record
        // is private to its worker until linked). Seen: the contactmoment it
        // became. booked_for is an instant in UTC milliseconds.
        {"zitdag_booking",
         "zitdag_booking",
         Scope::Household,
         "household_id",
         false,
         {{"household_id", T, Lww},
          {"school_id", T, Lww},
          {"booked_for", I, Lww},
          {"description", T, FreeText},
          {"status", T, Lww},
          {"encounter_id", T, Lww}}},
    };
}
} // namespace

const FieldDef *EntityDef::field(std::string_view fieldName) const
{
    for (const auto &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const std::vector<EntityDef> &entities()
{
    static const std::vector<EntityDef> all = makeEntities();
    return all;
}

const EntityDef *findEntity(std::string_view name)
{
    for (const auto &e : entities()) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

const std::vector<Belonging> &belongings()
{
    static const std::vector<Belonging> all {
        {"referral_event", "referral_id", "referral"},
        {"follow_up", "referral_id", "referral"},
        {"follow_up", "encounter_id", "encounter"},
    };
    return all;
}

const EntityDef &entity(std::string_view name)
{
    if (const auto *e = findEntity(name))
        return *e;
    throw std::invalid_argument("unknown entity: " + std::string(name));
}

} // namespace brugboek::sync
