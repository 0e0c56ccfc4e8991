// libFuzzer target: what a device does with a pull page from the network.
// The input is the body of the server's answer to /v1/pull, exactly as it
// would arrive, in either form: changes (PullPage.changes) or per record
// (PullPage.records and devices, which the engine asks for). The real SyncEngine parses and applies it, with
// its cursor, into a real encrypted store (SQLCipher, all migrations, the search and referral observers) in a
// temporary folder. Before the page, the device holds an unsent edit of a known household, so merging against
// local edits is on the path too.
//
// Beyond "no crash, no sanitizer report", it checks what the store promises:
// after any page there is no record without what it belongs to (the foreign
// keys hold) and the unsent edit is still in the outbox unless a purge took
// the household.

#include "changemutator.h"

#include "tests/support/recordpage.h"

#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/client/pagereader.h"
#include "sync/client/syncengine.h"
#include "sync/core/clock.h"
#include "sync/core/entities.h"

#include <brugboek/v1/sync.pb.h>

#include <QDir>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

using namespace brugboek;

namespace {

constexpr std::int64_t kNowMs = 1795335300000; // 2026-11-22T08:15:00Z
const QString kHousehold = QStringLiteral("0190f0e0-0000-7000-8000-000000000001");

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_client_page: %s\n", what);
    std::abort();
}

// Answers enrolment once, then hands out the page under test once; anything
// after that finds no network, so the engine stops.
class PageTransport final : public client::Transport
{
public:
    std::string nextPage;
    bool hasPage = false;

    client::HttpResponse post(const std::string &path, const std::string &, const std::string &) override
    {
        client::HttpResponse r;
        if (path == "/v1/enrol") {
            v1::EnrolReply reply;
            reply.set_protocol_version(v1::PROTOCOL_VERSION_1);
            reply.set_token("fuzz-token");
            reply.set_user_id("0190f0e0-0000-7000-8000-0000000000aa");
            reply.set_display_name("Fuzz");
            reply.set_role("worker");
            reply.set_team_id("0190f0e0-0000-7000-8000-0000000000cc");
            reply.set_team_name("Fuzz");
            r.status = 200;
            r.body = reply.SerializeAsString();
        } else if (path == "/v1/pull" && hasPage) {
            hasPage = false;
            r.status = 200;
            r.body = nextPage;
        } else {
            r.transportError = "no network";
        }
        return r;
    }
};

struct Fixture
{
    QTemporaryDir dir;
    sync::ManualClock clock {kNowMs};
    platform::DevelopmentKeyProvider keys {QDir(dir.path()).filePath(QStringLiteral("database.key"))};
    std::unique_ptr<store::Store> store;
    PageTransport transport;
    std::unique_ptr<client::SyncEngine> engine;
};

Fixture &fixture()
{
    static Fixture *f = [] {
        auto *made = new Fixture;
        if (!made->dir.isValid())
            fail("cannot make a temporary folder");
        made->store = store::Store::open(made->dir.path(), made->keys, made->clock);
        made->engine =
            std::make_unique<client::SyncEngine>(made->store->db(), made->store->changes(), made->transport);
        const auto result =
            made->engine->enrol(QStringLiteral("fuzz"), QStringLiteral("fuzz"), QStringLiteral("fuzz"),
                                QStringLiteral("https://fuzz.invalid"));
        if (result.outcome != client::SyncEngine::Outcome::Ok)
            fail("enrolment against the page transport failed");
        return made;
    }();
    return *f;
}

const sync::EntityDef &entity(const char *name)
{
    const sync::EntityDef *def = sync::findEntity(name);
    if (!def)
        fail("entity missing from the registry");
    return *def;
}

qint64 count(client::Database &db, const char *sql)
{
    auto q = db.query(sql);
    q.bind(1, kHousehold);
    return q.next() ? q.int64(0) : 0;
}

} // namespace

// The engine reads a page's records straight from the bytes
// (client::readPullPage) and leaves to protobuf what that reader does not
// read: whatever it reads must be what protobuf's parse gives.
void checkPageReader(const std::uint8_t *data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    v1::PullPage rest;
    client::RemotePage fast;
    int received = 0, recordCount = 0;
    if (client::readPullPage(body, &rest, &fast, &received, &recordCount) != client::PageRead::Ok)
        return;
    v1::PullPage parsed;
    if (!parsed.ParseFromArray(data, static_cast<int>(size)))
        fail("the page reader read a page protobuf refuses");
    parsed.clear_records();
    parsed.clear_devices();
    if (rest.SerializeAsString() != parsed.SerializeAsString())
        fail("the page reader's other fields differ from protobuf's");
    parsed.ParseFromArray(data, static_cast<int>(size));
    client::RemotePage slow;
    client::readParsedRecords(parsed, slow);
    int slowReceived = 0;
    for (const auto &r : parsed.records())
        slowReceived += r.purge() ? 1 : r.values_size();
    if (recordCount != parsed.records_size() || received != slowReceived || fast.invalid != slow.invalid ||
        fast.devices != slow.devices || fast.records.size() != slow.records.size() ||
        fast.values.size() != slow.values.size())
        fail("the page reader counts otherwise than protobuf");
    for (std::size_t i = 0; i < fast.records.size(); ++i) {
        const auto &a = fast.records[i];
        const auto &b = slow.records[i];
        if (a.entity != b.entity || a.id != b.id || a.purge != b.purge || a.purgeHlc != b.purgeHlc ||
            a.firstValue != b.firstValue || a.valueCount != b.valueCount)
            fail("the page reader read a record otherwise than protobuf");
    }
    for (std::size_t i = 0; i < fast.values.size(); ++i) {
        const auto &a = fast.values[i];
        const auto &b = slow.values[i];
        const bool sameValue = a.value.index() == b.value.index() &&
            (a.value.index() != 2 ||
             std::memcmp(&std::get<2>(a.value), &std::get<2>(b.value), sizeof(double)) == 0) &&
            (a.value.index() == 2 || a.value == b.value);
        if (a.field != b.field || a.hlc != b.hlc || a.device != b.device || !sameValue)
            fail("the page reader read a value otherwise than protobuf");
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    checkPageReader(data, size);
    Fixture &f = fixture();
    client::Database &db = f.store->db();
    f.clock.advance(1000);

    // An unsent local edit of a known household before the page arrives.
    f.store->changes().put(entity("household"), kHousehold,
                           {{QStringLiteral("display_name"), QStringLiteral("Familie Lokaal")},
                            {QStringLiteral("notes"), QStringLiteral("lokale notitie")}});

    f.transport.nextPage.assign(reinterpret_cast<const char *>(data), size);
    f.transport.hasPage = true;
    f.engine->pull();

    if (db.query("PRAGMA foreign_key_check").next())
        fail("a page left a record without what it belongs to");
    // Only a purge of the household itself may take its unsent edits.
    v1::PullPage page;
    bool purgesHousehold = false;
    if (page.ParseFromArray(data, static_cast<int>(size))) {
        for (const auto &c : page.changes())
            purgesHousehold |= c.op() == v1::FieldChange::OP_DELETE && c.entity() == "household" &&
                c.record_id() == kHousehold.toStdString();
        for (const auto &r : page.records())
            purgesHousehold |=
                r.purge() && r.entity() == "household" && r.record_id() == kHousehold.toStdString();
    }
    if (!purgesHousehold && count(db, "SELECT count(*) FROM household WHERE id = ?1") > 0 &&
        count(db, "SELECT count(*) FROM sync_outbox WHERE record_id = ?1") == 0)
        fail("a page dropped an unsent local edit");
    return 0;
}

namespace {
// One record of a per-record page changed the way a buggy or hostile
// server might: another entity, id, purge flag, field, device index or value.
void mutateRecord(v1::PullPage &page, std::mt19937_64 &rng)
{
    auto pick = [&rng](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    v1::PulledRecord *r =
        page.mutable_records(static_cast<int>(pick(static_cast<std::size_t>(page.records_size()))));
    const auto &all = sync::entities();
    switch (pick(8)) {
    case 0:
        r->set_entity(std::string(all[pick(all.size())].name));
        break;
    case 1:
        r->set_record_id(fuzz::kIdPool[pick(std::size(fuzz::kIdPool))]);
        break;
    case 2:
        r->set_purge(!r->purge());
        break;
    case 3:
        page.add_devices(fuzz::kIdPool[pick(std::size(fuzz::kIdPool))]);
        break;
    case 4:
        *page.add_records() = *r; // the record again, further down
        break;
    default: {
        if (r->values_size() == 0) {
            r->add_values()->set_field("display_name");
            break;
        }
        v1::PulledValue *v =
            r->mutable_values(static_cast<int>(pick(static_cast<std::size_t>(r->values_size()))));
        const sync::EntityDef *def = sync::findEntity(r->entity());
        switch (pick(5)) {
        case 0:
            if (def && !def->fields.empty())
                v->set_field(std::string(def->fields[pick(def->fields.size())].name));
            else
                v->set_field("no_such_field");
            break;
        case 1:
            v->set_device(static_cast<std::uint32_t>(pick(4)));
            break;
        case 2:
            v->set_text(fuzz::kTexts[pick(std::size(fuzz::kTexts))]);
            break;
        case 3:
            v->set_integer(static_cast<std::int64_t>(pick(5)) - 2);
            break;
        default:
            v->set_hlc(rng());
        }
    }
    }
}
} // namespace

// Half of the mutations are structural (changemutator.h), half libFuzzer's
// own byte mutations, which also test the parser.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    std::mt19937_64 rng(seed);
    v1::PullPage page;
    if (rng() % 2 == 0 || !page.ParseFromArray(data, static_cast<int>(size)))
        return LLVMFuzzerMutate(data, size, maxSize);
    switch (rng() % 10) {
    case 8:
        // The per-record form of the same page (both forms at once when it
        // has records already: the engine refuses that page).
        if (page.records_size() == 0 || rng() % 4 == 0)
            test::toRecordsForm(page);
        else
            page.add_changes()->set_entity("household");
        break;
    case 9:
        if (page.records_size() > 0)
            mutateRecord(page, rng);
        break;
    case 0:
        page.set_has_more(!page.has_more());
        break;
    case 1:
        page.set_watermark(rng() % 2 ? page.watermark() + 1 : ~std::uint64_t {0});
        break;
    case 2:
        page.set_next_cursor(rng() % 2 ? std::string() : std::to_string(rng() % 100));
        break;
    default:
        fuzz::mutateChanges(
            page.mutable_changes(), rng, [](auto *changes, int i) { return changes->Mutable(i); },
            [](auto *changes) { return changes->Add(); });
    }
    const std::string out = page.SerializeAsString();
    if (out.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}
