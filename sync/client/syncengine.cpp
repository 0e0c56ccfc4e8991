#include "syncengine.h"

#include "lease.h"
#include "pagereader.h"

#include "sync/core/change.h"

#include <brugboek/v1/sync.pb.h>
#include <google/protobuf/arena.h>

#include <sqlite3.h>

#include <chrono>
#include <future>
#include <optional>
#include <unordered_map>

namespace brugboek::client {

namespace {

constexpr std::uint32_t ProtocolVersion = v1::PROTOCOL_VERSION_1;
// How long an initial pull keeps one transaction open over pages that are
// ready (SyncEngine::pull).
constexpr auto MaxGroupTime = std::chrono::milliseconds(500);

using Outcome = SyncEngine::Outcome;
using Result = SyncEngine::Result;

Result failed(Outcome outcome, std::string detail, int retryAfterS = 0)
{
    Result r;
    r.outcome = outcome;
    r.detail = std::move(detail);
    r.retryAfterS = retryAfterS;
    return r;
}

// The outbox holds values as SQLite does; the wire as sync::Value.
sync::Value toValue(const QVariant &v)
{
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return static_cast<std::int64_t>(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString().toStdString();
    }
}

// Rows whose parent is missing after a page (a server fault: a record without
// its household) would fail the commit and stall sync for ever; they are
// dropped instead and counted.
// A page in the changes form (PullPage.changes) as records: consecutive field
// changes of one record become one record. Views into `page`. The checks of
// decodeChange(), so that the same changes count as invalid.
void readChanges(const v1::PullPage &page, RemotePage &out)
{
    out.records.reserve(static_cast<std::size_t>(page.changes_size() / 4 + 1));
    out.values.reserve(static_cast<std::size_t>(page.changes_size()));
    std::unordered_map<std::string_view, std::uint32_t> devices;
    const v1::FieldChange *open = nullptr; // began the last record, while it may go on
    for (const v1::FieldChange &m : page.changes()) {
        const sync::EntityDef *def = sync::findEntity(m.entity());
        if (!def || m.record_id().empty()) {
            ++out.invalid;
            continue;
        }
        if (m.op() == v1::FieldChange::OP_DELETE) {
            RemoteRecord r;
            r.entity = def;
            r.id = m.record_id();
            r.purge = true;
            r.purgeHlc = sync::Hlc::fromPacked(m.hlc());
            out.records.push_back(r);
            open = nullptr;
            continue;
        }
        const sync::FieldDef *field = def->field(m.field());
        if (!field) {
            ++out.invalid;
            continue;
        }
        if (!open || open->record_id() != m.record_id() || open->entity() != m.entity()) {
            RemoteRecord r;
            r.entity = def;
            r.id = m.record_id();
            r.firstValue = static_cast<std::uint32_t>(out.values.size());
            out.records.push_back(r);
            open = &m;
        }
        RemoteValue v;
        v.field = field;
        v.hlc = sync::Hlc::fromPacked(m.hlc());
        const auto [device, added] =
            devices.emplace(m.device_id(), static_cast<std::uint32_t>(out.devices.size()));
        if (added)
            out.devices.emplace_back(m.device_id());
        v.device = device->second;
        switch (m.value().kind_case()) {
        case v1::Value::kInteger:
            v.value = m.value().integer();
            break;
        case v1::Value::kReal:
            v.value = m.value().real();
            break;
        case v1::Value::kText:
            v.value = std::string_view(m.value().text());
            break;
        case v1::Value::kNull:
        case v1::Value::KIND_NOT_SET:
            break;
        }
        out.values.push_back(v);
        ++out.records.back().valueCount;
    }
}

// A 400 whose Error says the request could not be read. Other 400s (an
// unsupported version, another device's token) are about the device, not the
// batch, and stay failures.
bool isMalformedReply(const HttpResponse &r)
{
    v1::Error error;
    return r.status == 400 && error.ParseFromString(r.body) && error.code() == v1::ERROR_MALFORMED;
}

} // namespace

const char *outcomeName(SyncEngine::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return "ok";
    case Outcome::Offline:
        return "offline";
    case Outcome::NotEnrolled:
        return "not enrolled";
    case Outcome::Unauthenticated:
        return "unauthenticated";
    case Outcome::Revoked:
        return "revoked";
    case Outcome::Unsupported:
        return "unsupported version";
    case Outcome::RateLimited:
        return "rate limited";
    case Outcome::ServerError:
        return "server error";
    case Outcome::StoreError:
        return "store error";
    case Outcome::OtherUser:
        return "another worker's data";
    }
    return "?";
}

SyncEngine::SyncEngine(Database &db, ChangeLog &changes, Transport &transport)
    : m_db(db)
    , m_changes(changes)
    , m_transport(transport)
{
}

QVariant SyncEngine::state(const char *key)
{
    Query q = m_db.query("SELECT value FROM sync_state WHERE key = ?");
    q.bind(1, QString::fromLatin1(key));
    return q.next() ? q.value(0) : QVariant();
}

void SyncEngine::setState(const char *key, const QVariant &value)
{
    if (value.isNull())
        m_db.query("DELETE FROM sync_state WHERE key = ?").bind(1, QString::fromLatin1(key)).exec();
    else
        m_db.query("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")
            .bind(1, QString::fromLatin1(key))
            .bind(2, value)
            .exec();
}

bool SyncEngine::isEnrolled()
{
    return !enrolmentOf(m_db).serverUrl.isEmpty();
}

SyncEngine::Enrolment SyncEngine::enrolmentOf(Database &db)
{
    auto value = [&db](const char *key) {
        Query q = db.query("SELECT value FROM sync_state WHERE key = ?");
        q.bind(1, QString::fromLatin1(key));
        return q.next() ? q.text(0) : QString();
    };
    if (value("token").isEmpty())
        return {};
    return {value("server_url"), value("user_id"), value("display_name"), value("role"), value("team_name")};
}

void SyncEngine::forgetEnrolment()
{
    Transaction tx(m_db);
    for (const char *key : {"server_url", "token", "user_id", "username", "display_name", "role", "team_name",
                            "cursor", "watermark", "inflight_request", "inflight_max"})
        setState(key, {});
    tx.commit();
    m_token.clear();
}

SyncEngine::Sent SyncEngine::send(const std::string &path, const std::string &body)
{
    Sent sent;
    sent.response = m_transport.post(path, body, m_token);
    const HttpResponse &r = sent.response;
    if (r.status == 200)
        return sent;
    if (r.status == 0) {
        sent.failure = failed(Outcome::Offline, r.transportError);
        return sent;
    }
    v1::Error error;
    const bool parsed = error.ParseFromString(r.body) && error.code() != v1::ERROR_UNSPECIFIED;
    const std::string reason = parsed ? error.reason() : "HTTP " + std::to_string(r.status);
    const int retryAfter =
        parsed && error.retry_after_s() ? static_cast<int>(error.retry_after_s()) : r.retryAfterS;
    if (parsed && error.code() == v1::ERROR_DEVICE_REVOKED)
        sent.failure = failed(Outcome::Revoked, reason);
    else if (parsed && error.code() == v1::ERROR_UNSUPPORTED_VERSION)
        sent.failure = failed(Outcome::Unsupported, reason);
    else if (r.status == 401 || r.status == 403)
        sent.failure = failed(Outcome::Unauthenticated, reason);
    else if (r.status == 429)
        sent.failure = failed(Outcome::RateLimited, reason, retryAfter > 0 ? retryAfter : 60);
    else
        sent.failure = failed(Outcome::ServerError, reason, retryAfter);
    if (sent.failure.outcome == Outcome::Ok)
        sent.failure.outcome = Outcome::ServerError;
    return sent;
}

SyncEngine::Result SyncEngine::enrol(const QString &username, const QString &password,
                                     const QString &deviceName, const QString &serverUrl)
{
    try {
        const QString previousUser = state("username").toString();
        if (!previousUser.isEmpty() && previousUser.compare(username, Qt::CaseInsensitive) != 0)
            return failed(Outcome::OtherUser, "this device holds another worker's data");
        v1::EnrolRequest request;
        request.set_protocol_version(ProtocolVersion);
        request.set_username(username.toStdString());
        request.set_password(password.toStdString());
        request.set_device_id(m_changes.deviceId().toStdString());
        request.set_device_name(deviceName.toStdString());
        m_token.clear();
        Sent sent = send("/v1/enrol", request.SerializeAsString());
        if (sent.response.status != 200)
            return sent.failure;
        v1::EnrolReply reply;
        if (!reply.ParseFromString(sent.response.body) || reply.token().empty())
            return failed(Outcome::ServerError, "the server's enrolment reply is not valid");
        const QString userId = QString::fromStdString(reply.user_id());
        const QString previousId = state("user_id").toString();
        if (!previousId.isEmpty() && previousId != userId)
            return failed(Outcome::OtherUser, "this device holds another worker's data");
        Transaction tx(m_db);
        // Another server or another worker: start reading from the beginning.
        if (state("server_url").toString() != serverUrl || state("user_id").toString() != userId) {
            setState("cursor", {});
            setState("watermark", {});
        }
        setState("server_url", serverUrl);
        setState("token", QString::fromStdString(reply.token()));
        setState("user_id", userId);
        setState("display_name", QString::fromStdString(reply.display_name()));
        setState("role", QString::fromStdString(reply.role()));
        setState("team_name", QString::fromStdString(reply.team_name()));
        setState("username", username);
        if (reply.has_policy())
            lease::storePolicy(m_db, reply.policy());
        lease::recordContact(m_db, m_clock->nowMs());
        tx.commit();
        m_token = reply.token();
        return {};
    } catch (const StoreError &e) {
        return failed(Outcome::StoreError, e.what());
    }
}

SyncEngine::Result SyncEngine::run()
{
    Result ended;
    if (!endBulkLoad(ended))
        return ended;
    Result total = push();
    if (total.outcome != Outcome::Ok)
        return total;
    const Result pulled = pull();
    total.outcome = pulled.outcome;
    if (!pulled.detail.empty())
        total.detail = pulled.detail;
    total.retryAfterS = pulled.retryAfterS;
    total.pulled = pulled.pulled;
    total.applyMs = pulled.applyMs;
    return total;
}

SyncEngine::Result SyncEngine::repeat(Result (SyncEngine::*step)(bool *more))
{
    Result total;
    try {
        if (!isEnrolled())
            return failed(Outcome::NotEnrolled, "this device is not enrolled");
        m_token = state("token").toString().toStdString();
        bool more = true;
        while (more) {
            if (m_stop.load()) {
                total.outcome = Outcome::Offline;
                total.detail = "stopped";
                return total;
            }
            const Result r = (this->*step)(&more);
            total.pushed += r.pushed;
            total.rejected += r.rejected;
            total.conflicts += r.conflicts;
            total.pulled += r.pulled;
            if (!r.detail.empty())
                total.detail = r.detail; // e.g. what could not be applied, for the log
            if (r.outcome != Outcome::Ok) {
                total.outcome = r.outcome;
                total.retryAfterS = r.retryAfterS;
                return total;
            }
        }
    } catch (const StoreError &e) {
        return failed(Outcome::StoreError, e.what());
    }
    return total;
}

SyncEngine::Result SyncEngine::push()
{
    return repeat(&SyncEngine::pushOnce);
}

void SyncEngine::prepareBatch()
{
    if (!state("inflight_request").isNull())
        return; // a batch sent before and not answered: the same bytes again
    Transaction tx(m_db);
    v1::PushRequest request;
    request.set_protocol_version(ProtocolVersion);
    request.set_device_id(m_changes.deviceId().toStdString());
    const qint64 batchSeq = std::max<qint64>(1, state("batch_seq").toLongLong());
    request.set_batch_seq(static_cast<std::uint64_t>(batchSeq));
    qint64 maxSeq = 0;
    {
        // A record's fields written together (same record, same stamp, next
        // to each other in the outbox) go in one batch, even past the limit:
        // the server stores them in one transaction and a page never splits
        // one, so no device ever holds a part of a new record (without its
        // household or referral, which a purge of those would not reach).
        Query q = m_db.query("SELECT seq, entity, record_id, scope, field, value, hlc, op, base_seq "
                             "FROM sync_outbox ORDER BY seq LIMIT ?");
        q.bind(1, m_limits.pushBatch + 1000);
        const std::string device = m_changes.deviceId().toStdString();
        int taken = 0;
        QString lastRecord;
        qint64 lastHlc = 0;
        while (q.next()) {
            if (taken >= m_limits.pushBatch && (q.text(2) != lastRecord || q.int64(6) != lastHlc))
                break;
            ++taken;
            lastRecord = q.text(2);
            lastHlc = q.int64(6);
            maxSeq = q.int64(0);
            sync::Change c;
            c.entity = q.text(1).toStdString();
            c.recordId = q.text(2).toStdString();
            c.scope = q.text(3).toStdString();
            c.field = q.text(4).toStdString();
            c.value = toValue(q.value(5));
            c.hlc = sync::Hlc::fromPacked(static_cast<std::uint64_t>(q.int64(6)));
            c.deviceId = device;
            c.op = q.int64(7) == 1 ? sync::Change::Op::Delete : sync::Change::Op::Set;
            auto *pushed = request.add_changes();
            sync::encodeChange(c, pushed->mutable_change());
            pushed->set_base_seq(static_cast<std::uint64_t>(std::max<qint64>(0, q.int64(8))));
        }
    }
    if (request.changes_size() == 0) {
        tx.commit();
        return;
    }
    setState("inflight_request", QByteArray::fromStdString(request.SerializeAsString()));
    setState("inflight_max", maxSeq);
    tx.commit();
}

SyncEngine::Result SyncEngine::pushOnce(bool *more)
{
    *more = false;
    prepareBatch();
    const QByteArray bytes = state("inflight_request").toByteArray();
    if (bytes.isEmpty())
        return {};
    Sent sent = send("/v1/push", bytes.toStdString());
    // A batch refused as a whole, before any of it was applied: too large
    // (413), or unreadable for the server (400 malformed: a change it cannot
    // take at all). Sending the same bytes again would be refused for ever
    // and stall every later edit, so make smaller batches. When the batch is
    // already as small as it gets (one record's fields, which always travel
    // together), that record is reported and set aside (sync_rejected, still
    // on the device), so that it does not block the rest.
    const bool tooLarge = sent.response.status == 413;
    if (tooLarge || isMalformedReply(sent.response)) {
        v1::PushRequest request;
        request.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()));
        Transaction tx(m_db);
        if (m_limits.pushBatch > 1 && request.changes_size() > 1) {
            m_limits.pushBatch = std::max(1, std::min(m_limits.pushBatch, request.changes_size()) / 2);
            setState("inflight_request", {});
            setState("inflight_max", {});
            tx.commit();
            *more = true;
            return {};
        }
        v1::PushReply reply;
        reply.set_batch_seq(request.batch_seq());
        for (int i = 0; i < request.changes_size(); ++i) {
            auto *rej = reply.add_rejected();
            rej->set_index(static_cast<std::uint32_t>(i));
            rej->set_code(tooLarge ? v1::ERROR_TOO_LARGE : v1::ERROR_MALFORMED);
            rej->set_reason(tooLarge ? "the record is larger than the server accepts"
                                     : "the server cannot read this record");
        }
        Result r;
        settleBatch(reply.SerializeAsString(), r);
        tx.commit();
        *more = m_changes.hasPending();
        return r;
    }
    if (sent.response.status != 200)
        return sent.failure;
    Result r;
    Transaction tx(m_db);
    settleBatch(sent.response.body, r);
    lease::recordContact(m_db, m_clock->nowMs());
    tx.commit();
    if (r.outcome == Outcome::Ok)
        *more = m_changes.hasPending();
    return r;
}

void SyncEngine::settleBatch(const std::string &replyBytes, Result &result)
{
    const QByteArray bytes = state("inflight_request").toByteArray();
    v1::PushRequest request;
    request.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()));
    v1::PushReply reply;
    if (!reply.ParseFromString(replyBytes) || reply.batch_seq() != request.batch_seq()) {
        result = failed(Outcome::ServerError, "the server's push reply is not valid");
        return;
    }
    for (const auto &rej : reply.rejected()) {
        if (rej.index() >= static_cast<std::uint32_t>(request.changes_size()))
            continue;
        const auto &c = request.changes(static_cast<int>(rej.index())).change();
        m_db.query("INSERT INTO sync_rejected (entity, record_id, field, code, reason, rejected_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, QString::fromStdString(c.entity()))
            .bind(2, QString::fromStdString(c.record_id()))
            .bind(3, QString::fromStdString(c.field()))
            .bind(4, static_cast<int>(rej.code()))
            .bind(5, QString::fromStdString(rej.reason()))
            .bind(6, static_cast<qint64>(sync::Hlc::fromPacked(c.hlc()).wallMs()))
            .exec();
    }
    // The batch was the lowest rows of the outbox; rows edited again since
    // were replaced by new rows with higher numbers and stay.
    m_db.query("DELETE FROM sync_outbox WHERE seq <= ?").bind(1, state("inflight_max").toLongLong()).exec();
    setState("inflight_request", {});
    setState("inflight_max", {});
    setState("batch_seq", static_cast<qint64>(request.batch_seq() + 1));
    result.rejected += reply.rejected_size();
    result.pushed += static_cast<int>(reply.accepted());
    result.conflicts += static_cast<int>(reply.conflicts());
}

struct SyncEngine::Fetched
{
    Sent sent;
    std::string cursor; // the cursor the page was asked with
    google::protobuf::Arena arena; // a page holds thousands of small messages and strings
    v1::PullPage *page = nullptr; // on the arena; null when there is no valid page
    std::string body; // the page's bytes, when `records` views them (readPullPage)
    RemotePage records; // views into *page or body
    int received = 0; // changes, or values and purges, on the page
    Result failure; // outcome Ok when the page can be applied
};

std::string SyncEngine::pullRequest(const std::string &cursor, bool expectNew)
{
    v1::PullRequest request;
    request.set_protocol_version(ProtocolVersion);
    request.set_device_id(m_changes.deviceId().toStdString());
    request.set_cursor(cursor);
    request.set_limit(static_cast<std::uint32_t>(
        expectNew ? std::max(m_limits.pullPage, m_limits.initialPullPage) : m_limits.pullPage));
    request.set_want_records(true);
    return request.SerializeAsString();
}

// Touches only the transport and the token (not the store): runs on a
// thread of its own while the page before is applied.
std::unique_ptr<SyncEngine::Fetched> SyncEngine::fetchPage(const std::string &requestBytes,
                                                           std::string cursor)
{
    auto f = std::make_unique<Fetched>();
    f->cursor = std::move(cursor);
    f->sent = send("/v1/pull", requestBytes);
    if (f->sent.response.status != 200) {
        f->failure = f->sent.failure;
        return f;
    }
    v1::PullPage *page = google::protobuf::Arena::CreateMessage<v1::PullPage>(&f->arena);
    // The records straight from the bytes, kept for the views into them
    // (moved before they are read: a short string's bytes move with it);
    // a page the reader leaves to protobuf is parsed whole.
    f->body = std::move(f->sent.response.body);
    std::string().swap(f->sent.response.body);
    int recordCount = 0;
    if (readPullPage(f->body, page, &f->records, &f->received, &recordCount) != PageRead::Ok) {
        page->Clear();
        f->records = {};
        f->received = 0;
        const bool parsed = page->ParseFromString(f->body);
        std::string().swap(f->body); // the page holds its own copies
        if (!parsed) {
            f->failure = failed(Outcome::ServerError, "the server's page is not valid");
            return f;
        }
        recordCount = page->records_size();
        if (recordCount > 0) {
            readParsedRecords(*page, f->records);
            for (const auto &r : page->records())
                f->received += r.purge() ? 1 : r.values_size();
        }
    }
    if (page->changes_size() > 0 && recordCount > 0) {
        f->failure = failed(Outcome::ServerError, "the server's page holds both changes and records");
        return f;
    }
    if (recordCount == 0) {
        f->records = {};
        readChanges(*page, f->records);
        f->received = page->changes_size();
    }
    if (page->has_more() && page->next_cursor() == f->cursor && f->received == 0) {
        f->failure = failed(Outcome::ServerError, "the server sent an empty page that does not move on");
        return f;
    }
    f->page = page;
    return f;
}

SyncEngine::Result SyncEngine::applyPage(Fetched &fetched, bool expectNew)
{
    const auto started = std::chrono::steady_clock::now();
    const v1::PullPage &page = *fetched.page;
    Transaction tx(m_db);
    const ChangeLog::RemoteResult applied = m_changes.applyRemote(fetched.records, expectNew);
    const int orphans = m_changes.dropOrphans();
    setState("cursor", QByteArray::fromStdString(page.next_cursor()));
    // The watermark only grows: a page can repeat what was seen.
    setState("watermark", std::max<qint64>(m_changes.watermark(), static_cast<qint64>(page.watermark())));
    if (page.has_policy())
        lease::storePolicy(m_db, page.policy());
    lease::recordContact(m_db, m_clock->nowMs());
    tx.commit();
    m_lastPageMostlyNew = applied.records > 0 && applied.inserted * 2 > applied.records;

    Result r;
    r.pulled = fetched.received;
    r.applyMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (applied.invalid + orphans > 0)
        r.detail = std::to_string(applied.invalid) + " changes could not be read, " +
            std::to_string(orphans) + " records arrived without what they belong to";
    return r;
}

// Pulls until the server has no more. While a page is applied, the next one
// is already asked for (its cursor is the page's next_cursor) and read on a
// thread of its own: at most one page ahead. A page is applied only after
// the one before it was committed with its cursor, so a failure of the page
// ahead (no answer, an error, a page that cannot be read) ends the pull with
// everything before it applied and the cursor pointing at it: the next pull
// asks for it again.
SyncEngine::Result SyncEngine::pull()
{
    Result r = pullPages();
    endBulkLoad(r);
    return r;
}

// However the pull ended: the indexes and derived data come back now. Also
// the end of a bulk load that failed before (a full disk), at the next run.
bool SyncEngine::endBulkLoad(Result &r)
{
    if (!m_changes.bulkLoading())
        return true;
    try {
        const auto started = std::chrono::steady_clock::now();
        const int orphans = m_changes.finishBulkLoad();
        r.applyMs +=
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        if (orphans > 0)
            r.detail = (r.detail.empty() ? "" : r.detail + "; ") + std::to_string(orphans) +
                " records arrived without what they belong to";
    } catch (const StoreError &e) {
        Result failure = failed(Outcome::StoreError, e.what());
        failure.pulled = r.pulled;
        r = failure;
        return false;
    }
    return true;
}

SyncEngine::Result SyncEngine::pullPages()
{
    Result total;
    std::future<std::unique_ptr<Fetched>> ahead; // waited for before leaving, whatever happens
    auto merge = [&total](const Result &r) {
        total.pulled += r.pulled;
        total.applyMs += r.applyMs;
        if (!r.detail.empty())
            total.detail = r.detail; // e.g. what could not be applied, for the log
        if (r.outcome != Outcome::Ok) {
            total.outcome = r.outcome;
            total.retryAfterS = r.retryAfterS;
        }
    };
    try {
        if (!isEnrolled())
            return failed(Outcome::NotEnrolled, "this device is not enrolled");
        m_token = state("token").toString().toStdString();
        if (m_stop.load())
            return failed(Outcome::Offline, "stopped");
        std::string cursor = state("cursor").toByteArray().toStdString();
        bool expectNew = cursor.empty() || m_lastPageMostlyNew;
        std::unique_ptr<Fetched> current = fetchPage(pullRequest(cursor, expectNew), cursor);
        std::unique_ptr<Fetched> consumed; // a page applied: freed on the fetching thread
        // An initial pull applies the pages that are already there when one
        // is done in the same transaction (each page in a savepoint of its
        // own, with its cursor): every commit writes and encrypts each page
        // of the store it changed, and consecutive pages of new records
        // change the same index pages. Bounded in time, so that the app's
        // own writes (another connection) wait no longer than that; a crash
        // loses at most that group, which the stored cursor asks for again.
        std::optional<Transaction> group;
        bool bulkRefused = false; // something waits in the outbox, or another connection loads
        auto groupStarted = std::chrono::steady_clock::now();
        auto commitGroup = [&] {
            if (!group)
                return;
            const auto started = std::chrono::steady_clock::now();
            group->commit();
            group.reset();
            total.applyMs +=
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        };
        for (;;) {
            if (current->failure.outcome != Outcome::Ok) {
                commitGroup();
                merge(current->failure);
                return total;
            }
            if (m_stop.load()) {
                commitGroup();
                merge(failed(Outcome::Offline, "stopped"));
                return total;
            }
            const v1::PullPage &page = *current->page;
            if (page.has_more()) {
                // Asked as large as this page was unless it turns out not to
                // be mostly new; the page after it follows what this one did.
                std::string next = page.next_cursor();
                std::string bytes = pullRequest(next, expectNew);
                ahead = std::async(std::launch::async,
                                   [this, bytes = std::move(bytes), next = std::move(next),
                                    done = std::move(consumed)]() mutable {
                                       done.reset();
                                       return fetchPage(bytes, next);
                                   });
            }
            if (!group && m_lastPageMostlyNew && page.has_more() && !m_changes.bulkLoading() &&
                current->received >= m_limits.initialPullPage / 2) {
                // After a page of mostly new records, a full one and more to
                // come (a first enrolment): load in bulk, the indexes built
                // once at the end.
                bulkRefused = !m_changes.beginBulkLoad();
            }
            if (!group) {
                group.emplace(m_db);
                groupStarted = std::chrono::steady_clock::now();
            }
            merge(applyPage(*current, expectNew));
            const bool more = page.has_more();
            consumed = std::move(current);
            // A bulk load begins between two transactions: the first mostly
            // new page is committed at once, unless a bulk load was refused.
            const bool keepOpen = more && expectNew && m_lastPageMostlyNew &&
                (m_changes.bulkLoading() || bulkRefused) &&
                std::chrono::steady_clock::now() - groupStarted < MaxGroupTime &&
                ahead.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
            if (!keepOpen)
                commitGroup();
            if (!more)
                return total;
            current = ahead.get();
            expectNew = m_lastPageMostlyNew;
        }
    } catch (const StoreError &e) {
        if (ahead.valid())
            ahead.wait();
        Result r = failed(Outcome::StoreError, e.what());
        r.pulled = total.pulled;
        return r;
    }
}

} // namespace brugboek::client
