#include "syncservice.h"

#include "audit.h"
#include "pagewriter.h"
#include "schema.h"

#include "sync/core/entities.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace brugboek::server {

namespace {

constexpr std::uint32_t kProtocol = v1::PROTOCOL_VERSION_1;
// Replies kept per device for retried batches.
constexpr std::int64_t kDedupKept = 1000;

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

bool hasNul(const std::string &s)
{
    return s.find('\0') != std::string::npos;
}

bool hasNulAnywhere(const sync::Change &c)
{
    if (hasNul(c.entity) || hasNul(c.recordId) || hasNul(c.scope) || hasNul(c.field) || hasNul(c.deviceId))
        return true;
    const auto *text = std::get_if<std::string>(&c.value);
    return text && hasNul(*text);
}

std::string hexEncode(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 0xf];
    }
    return out;
}

std::string hexDecode(const std::string &text)
{
    auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    std::string out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i + 1 < text.size(); i += 2)
        out += static_cast<char>((nibble(text[i]) << 4) | nibble(text[i + 1]));
    return out;
}

// The ISO date `days` before an ISO date (yyyy-MM-dd), by the civil calendar.
std::string isoDaysBefore(const std::string &iso, std::int64_t days)
{
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3)
        throw std::invalid_argument("not an ISO date");
    // Days from civil (Howard Hinnant's algorithm), and back.
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    std::int64_t z = era * 146097 + doe - 719468 - days;
    z += 719468;
    const std::int64_t era2 = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe2 = z - era2 * 146097;
    const std::int64_t yoe2 = (doe2 - doe2 / 1460 + doe2 / 36524 - doe2 / 146096) / 365;
    const std::int64_t doy2 = doe2 - (365 * yoe2 + yoe2 / 4 - yoe2 / 100);
    const std::int64_t mp = (5 * doy2 + 2) / 153;
    const std::int64_t day = doy2 - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yoe2 + era2 * 400 + (month <= 2);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(year), static_cast<int>(month),
                  static_cast<int>(day));
    return buf;
}

} // namespace

struct SyncService::Batch
{
    const Identity &who;
    LogWriter log;
    std::uint32_t conflicts = 0;
    // The text fields every household_share of the batch is given in it,
    // so that a share is judged whole whichever of its fields comes first.
    std::map<std::string, std::map<std::string, std::string>> shares;
};

SyncService::SyncService(SqlConnection &db)
    : m_db(db)
{
}

std::string SyncService::encodeCursor(std::uint64_t seq)
{
    std::string out = "B1";
    for (int shift = 56; shift >= 0; shift -= 8)
        out += static_cast<char>((seq >> shift) & 0xff);
    return out;
}

std::uint64_t SyncService::decodeCursor(const std::string &cursor)
{
    if (cursor.empty())
        return 0;
    if (cursor.size() != 10 || cursor[0] != 'B' || cursor[1] != '1')
        throw BadCursor("the cursor was not made by this server");
    std::uint64_t seq = 0;
    for (std::size_t i = 2; i < 10; ++i)
        seq = (seq << 8) | static_cast<unsigned char>(cursor[i]);
    if (seq > static_cast<std::uint64_t>(INT64_MAX))
        throw BadCursor("the cursor was not made by this server");
    return seq;
}

std::optional<SyncService::Record> SyncService::record(const std::string &recordId)
{
    const auto rows = m_db.query("SELECT entity, scope, purged FROM records WHERE record_id = ?", {recordId});
    if (rows.empty())
        return std::nullopt;
    return Record {asText(rows[0][0]), asText(rows[0][1]), asInt(rows[0][2]) != 0};
}

std::optional<sync::StoredField> SyncService::storedField(const std::string &recordId,
                                                          const std::string &field)
{
    const auto rows = m_db.query("SELECT vtype, vint, vreal, vtext, hlc, device_id, seq FROM field_state"
                                 " WHERE record_id = ? AND field = ? AND op = 0",
                                 {recordId, field});
    if (rows.empty())
        return std::nullopt;
    const auto &row = rows[0];
    sync::StoredField f;
    switch (asInt(row[0])) {
    case 1:
        f.value = asInt(row[1]);
        break;
    case 2:
        f.value = std::holds_alternative<double>(row[2]) ? std::get<double>(row[2])
                                                         : static_cast<double>(asInt(row[2]));
        break;
    case 3:
        f.value = asText(row[3]);
        break;
    default:
        break;
    }
    f.hlc = sync::Hlc::fromPacked(static_cast<std::uint64_t>(asInt(row[4])));
    f.deviceId = asText(row[5]);
    f.seq = static_cast<std::uint64_t>(asInt(row[6]));
    return f;
}

bool SyncService::hasAccess(const std::string &householdId, const std::string &userId)
{
    return !m_db.query("SELECT 1 FROM household_access WHERE household_id = ? AND user_id = ?",
                       {householdId, userId})
                .empty();
}

void SyncService::insertAccess(const std::string &householdId, const std::string &userId,
                               const std::string &shareId)
{
    m_db.exec("INSERT INTO household_access (household_id, user_id, share_id) VALUES (?, ?, ?)",
              {householdId, userId, shareId});
    bumpAccessVersion(m_db, userId);
}

void SyncService::deleteAccess(const std::string &householdId, const std::string &userId,
                               const std::string &shareId)
{
    m_db.exec("DELETE FROM household_access WHERE household_id = ? AND user_id = ? AND share_id = ?",
              {householdId, userId, shareId});
    bumpAccessVersion(m_db, userId);
}

PushResult SyncService::push(const Identity &who, const v1::PushRequest &request)
{
    Transaction tx(m_db, Transaction::Kind::Write);
    PushResult result = pushInTransaction(who, request);
    tx.commit();
    return result;
}

PushResult SyncService::pushInTransaction(const Identity &who, const v1::PushRequest &request)
{
    PushResult result;
    const auto batchSeq = static_cast<std::int64_t>(request.batch_seq());
    const auto stored = m_db.query("SELECT reply FROM push_dedup WHERE device_id = ? AND batch_seq = ?",
                                   {who.deviceId, batchSeq});
    if (!stored.empty()) {
        result.replyBytes = hexDecode(asText(stored[0][0]));
        result.replayed = true;
        return result;
    }

    Batch batch {who, LogWriter(m_db), 0, {}};
    for (const auto &pushed : request.changes()) {
        const auto &c = pushed.change();
        if (c.entity() == "household_share" && c.op() == v1::FieldChange::OP_SET && c.value().has_text())
            batch.shares[c.record_id()][c.field()] = c.value().text();
    }
    v1::PushReply reply;
    std::vector<std::string> touched;
    reply.set_protocol_version(kProtocol);
    reply.set_batch_seq(request.batch_seq());
    for (int i = 0; i < request.changes_size(); ++i) {
        const auto &pushed = request.changes(i);
        const auto rejection = apply(batch, sync::changeFromMessage(pushed.change()), pushed.base_seq());
        if (touched.empty() || touched.back() != pushed.change().record_id())
            touched.push_back(pushed.change().record_id());
        if (rejection) {
            auto *r = reply.add_rejected();
            r->set_index(static_cast<std::uint32_t>(i));
            r->set_code(rejection->code);
            r->set_reason(rejection->reason);
        } else {
            reply.set_accepted(reply.accepted() + 1);
        }
    }
    reply.set_conflicts(batch.conflicts);
    batch.log.finish();
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    appendAudit(m_db,
                {nowMs(), who.userId, who.deviceId, "push", std::move(touched),
                 "batch " + std::to_string(request.batch_seq()) + ": " + std::to_string(reply.accepted()) +
                     " accepted, " + std::to_string(reply.rejected_size()) + " rejected"});
    result.replyBytes = reply.SerializeAsString();
    m_db.exec("INSERT INTO push_dedup (device_id, batch_seq, reply, created_at) VALUES (?, ?, ?, ?)",
              {who.deviceId, batchSeq, hexEncode(result.replyBytes), nowMs()});
    // Batches count up per device: one 1,000 behind is never retried.
    if (batchSeq > kDedupKept)
        m_db.exec("DELETE FROM push_dedup WHERE device_id = ? AND batch_seq < ?",
                  {who.deviceId, batchSeq - kDedupKept});
    result.accepted = reply.accepted();
    result.rejected = static_cast<std::uint32_t>(reply.rejected_size());
    result.conflicts = reply.conflicts();
    return result;
}

std::optional<SyncService::Rejection> SyncService::apply(Batch &batch, const sync::Change &change,
                                                         std::uint64_t baseSeq)
{
    using E = v1::ErrorCode;
    if (change.deviceId != batch.who.deviceId)
        return Rejection {E::ERROR_INVALID_CHANGE, "a change must carry the pushing device's id"};
    if (change.hlc.isNull())
        return Rejection {E::ERROR_INVALID_CHANGE, "a change needs a timestamp"};
    if (hasNulAnywhere(change))
        return Rejection {E::ERROR_INVALID_CHANGE, "a text contains a NUL character"};
    std::string why;
    if (!sync::validDeviceChange(change, &why))
        return Rejection {E::ERROR_INVALID_CHANGE, why};

    const sync::EntityDef &def = sync::entity(change.entity);
    const auto rec = record(change.recordId);
    if (rec && rec->entity != change.entity)
        return Rejection {E::ERROR_INVALID_CHANGE, "the record id belongs to a record of another entity"};
    if (rec && rec->purged)
        return Rejection {E::ERROR_RECORD_PURGED, "the record was purged"};
    if (change.entity == "conflict" && !rec)
        return Rejection {E::ERROR_INVALID_CHANGE, "there is no such conflict"};
    batch.log.observe(change.hlc);

    std::string scope;
    if (def.scope == sync::Scope::Team) {
        scope = teamScope(batch.who.teamId);
        if (rec && rec->scope != scope)
            return Rejection {E::ERROR_NO_ACCESS, "the record belongs to another team"};
    } else {
        if (batch.who.role != "worker")
            return Rejection {E::ERROR_NO_ACCESS, "coordinators and admins have no access to households"};
        if (rec) {
            if (auto r = checkAccess(batch, rec->scope, change))
                return r;
        }
        // The scope the record has after this change.
        const bool setsScope = change.op == sync::Change::Op::Set && change.field == def.scopeField &&
            change.entity != "household";
        if (change.entity == "household") {
            scope = change.recordId;
        } else if (setsScope) {
            const auto *text = std::get_if<std::string>(&change.value);
            scope = text && !text->empty() ? *text : privateScope(batch.who.userId);
        } else if (rec) {
            scope = rec->scope;
        } else {
            scope = !change.scope.empty() && change.scope != "private" ? change.scope
                                                                       : privateScope(batch.who.userId);
        }
        if (!rec || scope != rec->scope) {
            if (auto r = checkAccess(batch, scope, change))
                return r;
        }
    }
    if (change.op == sync::Change::Op::Delete)
        return purge(batch, def, change, rec, scope);
    if (change.entity == "household_share" && change.field != "note") {
        if (auto r = checkShare(batch, change, scope))
            return r;
    }
    // A record that belongs to a purged one (an event of a deleted referral,
    // made on a device that had not heard of the deletion) goes with it: it
    // is purged here, also the fields of it already stored (a device pushes
    // a record's fields over several batches), so that no device keeps a
    // part of it.
    const auto *parentId = std::get_if<std::string>(&change.value);
    for (const auto &b : sync::belongings()) {
        if (b.entity != change.entity || b.field != change.field || !parentId || parentId->empty())
            continue;
        const auto parent = record(*parentId);
        if (parent && parent->purged) {
            purgeBelongings(batch, change.entity, change.recordId, change);
            batch.log.writeTombstone(change.entity, change.recordId, scope, change.hlc, change.deviceId);
            return Rejection {E::ERROR_RECORD_PURGED, "the record it belongs to was purged"};
        }
    }
    return setField(batch, def, change, rec, scope, baseSeq);
}

std::optional<SyncService::Rejection> SyncService::checkAccess(Batch &batch, const std::string &scope,
                                                               const sync::Change &change)
{
    using E = v1::ErrorCode;
    if (startsWith(scope, "private:")) {
        if (scope == privateScope(batch.who.userId))
            return std::nullopt;
        return Rejection {E::ERROR_NO_ACCESS, "the record is private to another user"};
    }
    const auto household = record(scope);
    if (household && household->purged)
        return Rejection {E::ERROR_RECORD_PURGED, "the household was purged"};
    if (!household) {
        if (change.entity == "household" && change.recordId == scope)
            return std::nullopt; // creates it
        return Rejection {E::ERROR_NO_ACCESS, "the household does not exist on the server"};
    }
    if (household->entity != "household" || !hasAccess(scope, batch.who.userId))
        return Rejection {E::ERROR_NO_ACCESS, "the household is not in this worker's caseload"};
    return std::nullopt;
}

std::optional<SyncService::Rejection> SyncService::purge(Batch &batch, const sync::EntityDef &def,
                                                         const sync::Change &change,
                                                         const std::optional<Record> &rec,
                                                         const std::string &scope)
{
    (void)def;
    if (change.entity == "household") {
        // Every record of the household goes with it; access rows stay so
        // that the tombstones reach everyone who had the household.
        const auto members = m_db.query("SELECT record_id, entity FROM records WHERE scope = ? AND purged = 0"
                                        " AND record_id <> ? ORDER BY record_id",
                                        {scope, change.recordId});
        for (const auto &row : members)
            batch.log.writeTombstone(asText(row[1]), asText(row[0]), scope, change.hlc, change.deviceId);
    } else if (change.entity == "household_share" && rec) {
        syncShare(batch, change.recordId, true);
    } else {
        purgeBelongings(batch, change.entity, change.recordId, change);
    }
    batch.log.writeTombstone(change.entity, change.recordId, scope, change.hlc, change.deviceId);
    if (change.entity == "consent")
        syncSharesOfConsent(batch, change.recordId, scope);
    return std::nullopt;
}

// The records that belong to a purged one go with it, also those the purging
// device had not received (made elsewhere meanwhile): the device purging a
// referral sends purges only for the events it knows.
void SyncService::purgeBelongings(Batch &batch, const std::string &entity, const std::string &recordId,
                                  const sync::Change &change)
{
    for (const auto &b : sync::belongings()) {
        if (b.parent != entity)
            continue;
        // By field_state_parent (schema.h): the rows that name this record,
        // whatever their scope (a device may link a record to a parent of
        // another household); no walk through the log.
        const auto rows = m_db.query(kBelongingsSql, {recordId, std::string(b.field), std::string(b.entity)});
        for (const auto &row : rows) {
            const std::string id = asText(row[0]);
            purgeBelongings(batch, std::string(b.entity), id, change);
            batch.log.writeTombstone(std::string(b.entity), id, asText(row[1]), change.hlc, change.deviceId);
        }
    }
}

std::optional<SyncService::Rejection> SyncService::setField(Batch &batch, const sync::EntityDef &def,
                                                            const sync::Change &change,
                                                            const std::optional<Record> &rec,
                                                            const std::string &scope, std::uint64_t baseSeq)
{
    const auto stored = storedField(change.recordId, change.field);
    if (def.appendOnly && stored) {
        if (stored->value == change.value)
            return std::nullopt;
        return Rejection {v1::ErrorCode::ERROR_APPEND_ONLY, "an event is written once and cannot change"};
    }
    const sync::FieldDef *field = def.field(change.field);
    const auto merge = sync::mergeField(*field, stored ? &*stored : nullptr, change, baseSeq);

    if (!rec) {
        m_db.exec("INSERT INTO records (record_id, entity, scope, purged) VALUES (?, ?, ?, 0)",
                  {change.recordId, change.entity, scope});
        if (change.entity == "household")
            insertAccess(change.recordId, batch.who.userId, std::string());
    }
    const std::string current = rec ? rec->scope : scope;
    if (merge.conflict && def.scope == sync::Scope::Household)
        writeConflict(batch, change, current, merge);
    if (!merge.apply)
        return std::nullopt;
    batch.log.writeField(change, scope);
    if (rec && scope != rec->scope) {
        batch.log.moveRecord(change.recordId, scope);
        dropFromOldScope(batch, change, rec->scope, scope);
    }
    if (change.entity == "household_share")
        syncShare(batch, change.recordId, false);
    // Only these fields of a consent decide whether it covers a share.
    if (change.entity == "consent" &&
        (change.field == "withdrawn_on" || change.field == "colleague_id" ||
         change.field == "household_id")) {
        syncSharesOfConsent(batch, change.recordId, scope);
        if (rec && rec->scope != scope)
            syncSharesOfConsent(batch, change.recordId, rec->scope);
    }
    return std::nullopt;
}

std::string SyncService::storedText(const std::string &recordId, const std::string &field)
{
    const auto stored = storedField(recordId, field);
    const auto *text = stored ? std::get_if<std::string>(&stored->value) : nullptr;
    return text ? *text : std::string();
}

std::optional<SyncService::Rejection> SyncService::consentProblem(const std::string &household,
                                                                  const std::string &userId,
                                                                  const std::string &consentId)
{
    using E = v1::ErrorCode;
    if (userId.empty())
        return Rejection {E::ERROR_CONSENT_REQUIRED, "a share must name the colleague (user_id)"};
    if (consentId.empty())
        return Rejection {
            E::ERROR_CONSENT_REQUIRED,
            "sharing a household needs the parents' consent: the share must name it (consent_id)"};
    const auto consent = record(consentId);
    if (!consent || consent->entity != "consent" || consent->purged || consent->scope != household)
        return Rejection {E::ERROR_CONSENT_REQUIRED,
                          "the consent the share names is not a consent of this household"};
    if (!storedText(consentId, "withdrawn_on").empty())
        return Rejection {E::ERROR_CONSENT_REQUIRED, "the consent the share names was withdrawn"};
    if (storedText(consentId, "colleague_id") != userId)
        return Rejection {E::ERROR_CONSENT_REQUIRED,
                          "the consent the share names does not cover sharing with this colleague"};
    return std::nullopt;
}

// A share is judged as it will stand after this batch: its stored fields
// with the batch's values over them.
std::optional<SyncService::Rejection> SyncService::checkShare(Batch &batch, const sync::Change &change,
                                                              const std::string &scope)
{
    std::string user = storedText(change.recordId, "user_id");
    std::string consent = storedText(change.recordId, "consent_id");
    if (auto it = batch.shares.find(change.recordId); it != batch.shares.end()) {
        if (auto f = it->second.find("user_id"); f != it->second.end())
            user = f->second;
        if (auto f = it->second.find("consent_id"); f != it->second.end())
            consent = f->second;
    }
    if (const auto *text = std::get_if<std::string>(&change.value)) {
        if (change.field == "user_id")
            user = *text;
        else if (change.field == "consent_id")
            consent = *text;
    }
    return consentProblem(scope, user, consent);
}

void SyncService::syncSharesOfConsent(Batch &batch, const std::string &consentId,
                                      const std::string &household)
{
    // A share counts only under a consent of its own household: the shares
    // to decide again are in that household (the scope index finds them).
    const auto shares =
        m_db.query("SELECT record_id FROM field_state WHERE scope = ? AND entity = 'household_share'"
                   " AND field = 'consent_id' AND op = 0 AND vtext = ? ORDER BY record_id",
                   {household, consentId});
    for (const auto &row : shares)
        syncShare(batch, asText(row[0]), false);
}

void SyncService::dropFromOldScope(Batch &batch, const sync::Change &change, const std::string &oldScope,
                                   const std::string &newScope)
{
    if (startsWith(oldScope, "private:"))
        return; // only its owner had it, and they moved it
    const auto users = m_db.query(
        "SELECT DISTINCT user_id FROM household_access WHERE household_id = ? ORDER BY user_id", {oldScope});
    for (const auto &row : users) {
        const std::string user = asText(row[0]);
        const bool keeps = newScope == privateScope(user) || hasAccess(newScope, user);
        if (!keeps)
            batch.log.logDrop(user, oldScope, change.entity, change.recordId);
    }
}

void SyncService::writeConflict(Batch &batch, const sync::Change &change, const std::string &scope,
                                const sync::FieldMerge &merge)
{
    const std::string id = sync::conflictId(change.recordId, change.field, merge.lostHlc, merge.lostDevice);
    if (record(id))
        return; // kept already (a replay of the same edits)
    m_db.exec("INSERT INTO records (record_id, entity, scope, purged) VALUES (?, 'conflict', ?, 0)",
              {id, scope});
    const bool inHousehold = !startsWith(scope, "private:");
    const std::pair<const char *, sync::Value> fields[] = {
        {"household_id", inHousehold ? sync::Value {scope} : sync::Value {}},
        {"record_entity", sync::Value {change.entity}},
        {"record_id", sync::Value {change.recordId}},
        {"field", sync::Value {change.field}},
        {"lost_value", sync::Value {merge.lostValue}},
        {"lost_device", sync::Value {merge.lostDevice}},
        {"lost_hlc", sync::Value {static_cast<std::int64_t>(merge.lostHlc.packed())}},
    };
    sync::Change c;
    c.entity = "conflict";
    c.recordId = id;
    c.deviceId = kServerDevice;
    for (const auto &[name, value] : fields) {
        c.field = name;
        c.value = value;
        c.hlc = batch.log.serverNow();
        batch.log.writeField(c, scope);
    }
    ++batch.conflicts;
}

void SyncService::syncShare(Batch &batch, const std::string &shareId, bool purged)
{
    const auto current =
        m_db.query("SELECT household_id, user_id FROM household_access WHERE share_id = ?", {shareId});
    std::string household, user;
    if (!purged) {
        const auto rec = record(shareId);
        const auto named = storedField(shareId, "user_id");
        const auto *text = named ? std::get_if<std::string>(&named->value) : nullptr;
        if (rec && !rec->purged && !startsWith(rec->scope, "private:") && text && !text->empty() &&
            !consentProblem(rec->scope, *text, storedText(shareId, "consent_id"))) {
            // Only a worker of the sharing worker's own team can be granted.
            const auto found =
                m_db.query("SELECT id FROM users WHERE id = ? AND team_id = ? AND role = 'worker'",
                           {*text, batch.who.teamId});
            if (!found.empty()) {
                household = rec->scope;
                user = *text;
            }
        }
    }
    if (!current.empty() && asText(current[0][0]) == household && asText(current[0][1]) == user)
        return;
    for (const auto &row : current) {
        const std::string oldHousehold = asText(row[0]), oldUser = asText(row[1]);
        deleteAccess(oldHousehold, oldUser, shareId);
        if (!hasAccess(oldHousehold, oldUser))
            batch.log.logAccess(oldUser, oldHousehold, false);
        appendAudit(m_db,
                    {nowMs(),
                     batch.who.userId,
                     batch.who.deviceId,
                     "unshare",
                     {shareId, oldHousehold, oldUser},
                     "access withdrawn"});
    }
    if (user.empty())
        return;
    const bool had = hasAccess(household, user);
    insertAccess(household, user, shareId);
    if (!had)
        batch.log.logAccess(user, household, true);
    appendAudit(m_db,
                {nowMs(),
                 batch.who.userId,
                 batch.who.deviceId,
                 "share",
                 {shareId, household, user},
                 "access granted"});
}

void SyncService::upgradeShares()
{
    Transaction tx(m_db, Transaction::Kind::Write);
    const auto version = m_db.query("SELECT value FROM server_state WHERE key = 'schema_version'");
    if (!version.empty() && asInt(version[0][0]) >= 2)
        return;
    const Identity server {"", "admin", "", kServerDevice, 0};
    Batch batch {server, LogWriter(m_db), 0, {}};
    const auto shares =
        m_db.query("SELECT DISTINCT share_id FROM household_access WHERE share_id <> '' ORDER BY share_id");
    for (const auto &row : shares)
        syncShare(batch, asText(row[0]), false);
    batch.log.finish();
    m_db.exec("UPDATE server_state SET value = 2 WHERE key = 'schema_version'");
    tx.commit();
}

std::vector<std::string> SyncService::purgeExpiredHouseholds(const std::string &todayIso)
{
    Transaction tx(m_db, Transaction::Kind::Write);
    const Identity server {"", "admin", "", kServerDevice, 0};
    Batch batch {server, LogWriter(m_db), 0, {}};
    std::vector<std::string> purged;
    const auto teams = m_db.query(
        "SELECT team_id, retention_days FROM team_policy WHERE retention_days > 0 ORDER BY team_id");
    for (const auto &team : teams) {
        const std::string cutoff = isoDaysBefore(todayIso, asInt(team[1]));
        // Owned by a user of the team (share_id '' is the creator's access).
        const auto expired = m_db.query(
            "SELECT s.record_id FROM field_state s"
            " JOIN field_state c ON c.record_id = s.record_id AND c.field = 'closed_on' AND c.op = 0"
            " JOIN household_access a ON a.household_id = s.record_id AND a.share_id = ''"
            " JOIN users u ON u.id = a.user_id"
            " JOIN records r ON r.record_id = s.record_id AND r.purged = 0"
            " WHERE s.entity = 'household' AND s.field = 'status' AND s.op = 0 AND s.vtext = 'closed'"
            " AND c.vtext IS NOT NULL AND c.vtext <> '' AND c.vtext < ? AND u.team_id = ? ORDER BY "
            "s.record_id",
            {cutoff, asText(team[0])});
        for (const auto &row : expired) {
            const std::string id = asText(row[0]);
            sync::Change c;
            c.entity = "household";
            c.recordId = id;
            c.op = sync::Change::Op::Delete;
            c.hlc = batch.log.serverNow();
            c.deviceId = kServerDevice;
            purge(batch, sync::entity("household"), c, record(id), id);
            purged.push_back(id);
        }
    }
    batch.log.finish();
    if (!purged.empty())
        appendAudit(m_db,
                    {nowMs(), "", kServerDevice, "retention", purged,
                     std::to_string(purged.size()) + " closed households purged"});
    tx.commit();
    return purged;
}

v1::PullPage SyncService::pull(const Identity &who, const v1::PullRequest &request)
{
    v1::PullPage page;
    pull(who, request, &page);
    return page;
}

void SyncService::pull(const Identity &who, const v1::PullRequest &request, v1::PullPage *pagePtr,
                       PullWire *wire)
{
    v1::PullPage &page = *pagePtr;
    const std::uint64_t cursor = decodeCursor(request.cursor());
    std::uint32_t limit = request.limit() == 0 ? kDefaultPullLimit : request.limit();
    limit = std::min(limit, kMaxPullLimit);
    const auto fetch = static_cast<std::int64_t>(limit) + 1;
    const bool worker = who.role == "worker";
    const std::string team = teamScope(who.teamId);
    const std::string mine = privateScope(who.userId);
    const std::string columns = std::string("SELECT ") + kLogRowColumns + " FROM field_state WHERE ";

    Transaction tx(m_db, Transaction::Kind::Read);
    SqlRows access;
    if (worker)
        access = m_db.query("SELECT seq, tx_seq, household_id, kind, hlc, entity, record_id FROM access_log "
                            "WHERE user_id = ? AND seq > ?"
                            " ORDER BY seq LIMIT " +
                                std::to_string(fetch),
                            {who.userId, static_cast<std::int64_t>(cursor)});
    const auto maxRows = m_db.query("SELECT value FROM server_state WHERE key = 'seq'");
    const std::uint64_t maxSeq = maxRows.empty() ? 0 : static_cast<std::uint64_t>(asInt(maxRows[0][0]));

    page.set_protocol_version(kProtocol);
    PageWriter out(page, request.want_records(), limit);
    // Which rows the user receives is decided here, not in SQL: a test per
    // row in the statement (a correlated EXISTS) cost an index lookup for
    // every row of the log.
    ScopeFilter filter(m_db, who.userId, team, mine, worker, m_visibility);
    std::uint64_t lastSeq = cursor;
    std::int64_t lastTx = -1;
    // Revokes sent on this page: a later grant of the same household resends
    // what the revoke's purge removed from the device.
    std::map<std::string, std::int64_t> revokedOnPage;

    auto emitAccess = [&](const SqlRow &row) {
        const std::string household = asText(row[2]);
        const std::int64_t seq = asInt(row[0]);
        if (asText(row[3]) == "drop") {
            // Moved back (or shared) since: its rows reach the user anyway.
            const auto now = record(asText(row[6]));
            if (now && !now->purged && (now->scope == mine || (worker && hasAccess(now->scope, who.userId))))
                return;
            out.purge(asText(row[5]), asText(row[6]), household, static_cast<std::uint64_t>(asInt(row[4])),
                      kServerDevice);
            return;
        }
        if (asText(row[3]) == "revoke") {
            revokedOnPage[household] = seq;
            out.purge("household", household, household, static_cast<std::uint64_t>(asInt(row[4])),
                      kServerDevice);
            return;
        }
        if (!hasAccess(household, who.userId))
            return; // revoked again later; that revoke follows
        // The household's rows after the cursor are visible now and were sent
        // on this page before the grant (unless a revoke purged them since):
        // the grant sends the rest of its current state.
        std::int64_t bound = static_cast<std::int64_t>(cursor);
        if (auto it = revokedOnPage.find(household); it != revokedOnPage.end())
            bound = std::max(bound, it->second);
        m_db.each(columns + "scope = ? AND seq <= ? ORDER BY seq", {household, bound},
                  [&](const SqlRowView &r) {
                      out.value(r);
                      return true;
                  });
    };
    auto emitAccessItem = [&](const SqlRow &item) {
        emitAccess(item);
        lastSeq = static_cast<std::uint64_t>(asInt(item[0]));
        lastTx = asInt(item[1]);
    };
    // The page is full before an item of another transaction than the last.
    auto pageFull = [&](std::int64_t txSeq) { return out.size() >= limit && txSeq != lastTx; };

    // Two lists merged by seq: the log rows the user sees and their access
    // items. A list that filled its fetch may have more after its last item:
    // nothing past the first such item (the horizon) is complete, so the page
    // stops there. The rows are streamed from the statement into the page.
    const bool accessFull = static_cast<std::int64_t>(access.size()) == fetch;
    const std::int64_t accessHorizon = accessFull ? asInt(access.back()[0]) : INT64_MAX;
    std::size_t ib = 0;
    bool stopped = false; // the page is full: the next item is left for the next page
    bool pastHorizon = false; // an item after the horizon is left for the next page
    bool rowsFull = false; // the walk ended before the end of the log ...
    std::int64_t rowsHorizon = INT64_MAX; // ... after this row
    // A worker's rows may be a small part of the log (a region's server):
    // the walk reads at most this many rows per page and then ends the page
    // where it got, so every request stays short.
    const std::int64_t scanBudget = std::max<std::int64_t>(fetch, m_maxPullScan);
    std::int64_t scanned = 0;
    std::int64_t visibleRows = 0;
    std::int64_t scanFrom = static_cast<std::int64_t>(cursor);
    const std::string walk = columns + (worker ? "seq > ?" : "seq > ? AND scope = ?") +
        " ORDER BY seq LIMIT " + std::to_string(fetch);
    auto rowVisitor = [&](const SqlRowView &row) {
        ++scanned;
        const std::int64_t seq = row.integer(0);
        scanFrom = seq;
        if (filter.visible(row.text(4))) {
            while (ib < access.size() && asInt(access[ib][0]) < seq) {
                if (pageFull(asInt(access[ib][1]))) {
                    stopped = true;
                    return false;
                }
                emitAccessItem(access[ib++]);
            }
            if (seq > accessHorizon) {
                pastHorizon = true;
                return false;
            }
            const std::int64_t txSeq = row.integer(1);
            if (pageFull(txSeq)) {
                stopped = true;
                return false;
            }
            out.value(row);
            lastSeq = static_cast<std::uint64_t>(seq);
            lastTx = txSeq;
            if (++visibleRows == fetch) {
                rowsFull = true;
                rowsHorizon = seq;
                return false;
            }
        }
        if (scanned >= scanBudget) {
            rowsFull = true;
            rowsHorizon = seq;
            return false;
        }
        return true;
    };
    for (;;) {
        const std::int64_t before = scanned;
        std::vector<SqlValue> params {scanFrom};
        if (!worker)
            params.emplace_back(team);
        m_db.each(walk, params, rowVisitor);
        if (stopped || pastHorizon || rowsFull || scanned - before < fetch)
            break; // the page is full, or the log has no more rows
    }
    const std::int64_t horizon = std::min(rowsHorizon, accessHorizon);
    while (!stopped && !pastHorizon && ib < access.size()) {
        if (asInt(access[ib][0]) > horizon) {
            pastHorizon = true;
            break;
        }
        if (pageFull(asInt(access[ib][1]))) {
            stopped = true;
            break;
        }
        emitAccessItem(access[ib++]);
    }

    const bool hasMore = stopped || pastHorizon || rowsFull || accessFull;
    if (hasMore && lastTx >= 0) {
        // The page ends on a transaction boundary: the rest of the last one.
        SqlRows restAccess;
        if (worker)
            restAccess = m_db.query("SELECT seq, tx_seq, household_id, kind, hlc, entity, record_id FROM "
                                    "access_log WHERE user_id = ?"
                                    " AND tx_seq = ? AND seq > ? ORDER BY seq",
                                    {who.userId, lastTx, static_cast<std::int64_t>(lastSeq)});
        std::vector<SqlValue> params {lastTx, static_cast<std::int64_t>(lastSeq)};
        if (!worker)
            params.emplace_back(team);
        const std::int64_t restTx = lastTx;
        std::size_t rb = 0;
        m_db.each(columns + (worker ? "tx_seq = ? AND seq > ?" : "tx_seq = ? AND seq > ? AND scope = ?") +
                      " ORDER BY seq",
                  params, [&](const SqlRowView &row) {
                      if (!filter.visible(row.text(4)))
                          return true;
                      const std::int64_t seq = row.integer(0);
                      while (rb < restAccess.size() && asInt(restAccess[rb][0]) < seq)
                          emitAccessItem(restAccess[rb++]);
                      out.value(row);
                      lastSeq = static_cast<std::uint64_t>(seq);
                      lastTx = restTx;
                      return true;
                  });
        while (rb < restAccess.size())
            emitAccessItem(restAccess[rb++]);
    }
    // Unless the page filled up, everything up to the horizon was looked at
    // (the walk may have read past the last row it sent).
    std::uint64_t seen = lastSeq;
    if (!hasMore)
        seen = std::max(lastSeq, maxSeq);
    else if (!stopped)
        seen = std::max(lastSeq, static_cast<std::uint64_t>(horizon));
    page.set_has_more(hasMore);
    page.set_watermark(seen);
    page.set_next_cursor(encodeCursor(seen));
    tx.commit();
    if (wire) {
        wire->values = out.size();
        wire->storeSeq = maxSeq;
    }
    if (out.records()) {
        if (wire) {
            wire->records = out.finishRecords();
            wire->households = out.takeHouseholds();
        } else if (!page.MergeFromString(out.finishRecords())) {
            throw std::logic_error("the per-record form of a page does not parse");
        }
    }
}

} // namespace brugboek::server
