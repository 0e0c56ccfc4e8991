// libFuzzer target: what the server does with a request body from the
// network. The first byte picks the endpoint (push or pull), the rest is the
// body exactly as it would arrive. It goes through the same parse and checks
// as HttpServer and then the real SyncService, on a real SQLite store in a
// temporary folder with two workers of one team: the fuzzed device's worker
// and a colleague whose household the fuzzed device must never reach.
//
// Beyond "no crash, no sanitizer report", it checks what a device relies on:
// every pushed change is either accepted or rejected with its index, a replay
// of the same batch gets the same bytes, and a pull never hands out a
// household the worker has no access to.

#include "changemutator.h"

#include "sync/server/auth.h"
#include "sync/server/directory.h"
#include "sync/server/schema.h"
#include "sync/server/sqldb.h"
#include "sync/server/syncservice.h"

#include <brugboek/v1/sync.pb.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace brugboek;
using namespace brugboek::server;

namespace {

// The colleague's household: the fuzzed worker has no share of it.
constexpr const char *kForeignHousehold = "0190f0e0-0000-7000-8000-00000000f00d";

// How deep the inputs got, printed at exit (scripts/fuzz reports it).
struct Depth
{
    std::uint64_t accepted = 0;
    std::uint64_t rejected = 0;
    std::uint64_t pulled = 0;
    std::uint64_t pulledRecords = 0;
    ~Depth()
    {
        std::fprintf(
            stderr,
            "fuzz_server_request depth: %llu changes accepted, %llu rejected, %llu pulled, %llu records "
            "pulled in the per-record form\n",
            static_cast<unsigned long long>(accepted), static_cast<unsigned long long>(rejected),
            static_cast<unsigned long long>(pulled), static_cast<unsigned long long>(pulledRecords));
    }
} depth;

struct Fixture
{
    std::string dir;
    std::unique_ptr<SqlConnection> db;
    Identity worker;
};

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_server_request: %s\n", what);
    std::abort();
}

Identity enrol(Directory &directory, const User &user, const std::string &deviceId)
{
    const std::string token = "token-" + deviceId;
    directory.enrolDevice(deviceId, user.id, "fuzz", tokenHash(token));
    Identity who;
    if (directory.identify(tokenHash(token), &who) != Directory::TokenStatus::Valid)
        fail("enrolled device not identified");
    return who;
}

Fixture &fixture()
{
    static Fixture *f = [] {
        auto *made = new Fixture;
        char dirTemplate[] = "/tmp/brugboek-fuzz-server-XXXXXX";
        if (!mkdtemp(dirTemplate))
            fail("cannot make a temporary folder");
        made->dir = dirTemplate;
        made->db = openSqlite(made->dir + "/server.db");
        createSchema(*made->db);
        Directory directory(*made->db);
        directory.addTeam("Fuzz");
        // Password hashing is slow on purpose; one hash serves both users.
        const std::string hash = hashPassword("fuzz-password");
        const User worker = directory.addUser("worker", "Worker", "worker", "Fuzz", hash);
        const User colleague = directory.addUser("colleague", "Colleague", "worker", "Fuzz", hash);
        made->worker = enrol(directory, worker, "0190f0e0-0000-7000-8000-0000000000aa");
        const Identity other = enrol(directory, colleague, "0190f0e0-0000-7000-8000-0000000000bb");

        // The colleague's household, which the fuzzed worker must never see.
        v1::PushRequest push;
        push.set_protocol_version(v1::PROTOCOL_VERSION_1);
        push.set_device_id(other.deviceId);
        push.set_batch_seq(1);
        auto *change = push.add_changes()->mutable_change();
        change->set_entity("household");
        change->set_record_id(kForeignHousehold);
        change->set_scope(kForeignHousehold);
        change->set_field("display_name");
        change->mutable_value()->set_text("Foreign family");
        change->set_hlc(std::uint64_t {1} << 30);
        change->set_device_id(other.deviceId);
        SyncService(*made->db).push(other, push);
        return made;
    }();
    return *f;
}

void fuzzPush(Fixture &f, const std::string &body)
{
    v1::PushRequest request;
    if (!request.ParseFromString(body) || request.protocol_version() != v1::PROTOCOL_VERSION_1)
        return; // HttpServer answers 400
    if (request.changes_size() > 5000)
        return; // HttpServer answers 413
    request.set_device_id(f.worker.deviceId); // HttpServer refuses any other
    // A device numbers its batches; a number seen before is a replay, which
    // the server answers from its dedup table without reading the changes.
    // Most inputs get a new number so that their changes are applied.
    static std::uint64_t batchSeq = 0;
    if (request.batch_seq() % 16 != 0)
        request.set_batch_seq(++batchSeq);
    SyncService service(*f.db);
    const PushResult first = service.push(f.worker, request);
    v1::PushReply reply;
    if (!reply.ParseFromString(first.replyBytes))
        fail("push reply does not parse");
    if (!first.replayed) {
        if (reply.accepted() + static_cast<std::uint32_t>(reply.rejected_size()) !=
            static_cast<std::uint32_t>(request.changes_size()))
            fail("push reply does not account for every change");
        depth.accepted += reply.accepted();
        depth.rejected += static_cast<std::uint64_t>(reply.rejected_size());
        std::set<std::uint32_t> seen;
        for (const auto &r : reply.rejected()) {
            if (r.index() >= static_cast<std::uint32_t>(request.changes_size()) ||
                !seen.insert(r.index()).second)
                fail("rejection index out of range or repeated");
        }
    }
    // A retried batch gets the same answer and applies nothing again.
    const PushResult again = service.push(f.worker, request);
    if (!again.replayed || again.replyBytes != first.replyBytes)
        fail("a replayed batch got a different answer");
}

// The changes a page of the per-record form stands for, in its order, as
// the changes form says them (a purge without a value).
std::vector<v1::FieldChange> changesOfRecords(const v1::PullPage &page)
{
    auto device = [&](std::uint32_t index) {
        if (index >= static_cast<std::uint32_t>(page.devices_size()))
            fail("a device index outside the page's device table");
        return page.devices(static_cast<int>(index));
    };
    std::vector<v1::FieldChange> out;
    const v1::PulledRecord *previous = nullptr;
    for (const auto &r : page.records()) {
        if (previous && !previous->purge() && !r.purge() && previous->record_id() == r.record_id() &&
            previous->entity() == r.entity() && previous->scope() == r.scope())
            fail("consecutive values of one record not grouped");
        previous = &r;
        v1::FieldChange c;
        c.set_entity(r.entity());
        c.set_record_id(r.record_id());
        c.set_scope(r.scope());
        if (r.purge()) {
            if (r.values_size() != 0)
                fail("a purge with values");
            c.set_hlc(r.purge_hlc());
            c.set_device_id(device(r.purge_device()));
            c.set_op(v1::FieldChange::OP_DELETE);
            out.push_back(c);
            continue;
        }
        if (r.values_size() == 0)
            fail("a record without values that is not a purge");
        for (const auto &v : r.values()) {
            v1::FieldChange value = c;
            value.set_field(v.field());
            switch (v.kind_case()) {
            case v1::PulledValue::kInteger:
                value.mutable_value()->set_integer(v.integer());
                break;
            case v1::PulledValue::kReal:
                value.mutable_value()->set_real(v.real());
                break;
            case v1::PulledValue::kText:
                value.mutable_value()->set_text(v.text());
                break;
            default:
                value.mutable_value()->set_null(true);
            }
            value.set_hlc(v.hlc());
            value.set_device_id(device(v.device()));
            out.push_back(value);
        }
    }
    return out;
}

void fuzzPull(Fixture &f, const std::string &body)
{
    v1::PullRequest request;
    if (!request.ParseFromString(body) || request.protocol_version() != v1::PROTOCOL_VERSION_1)
        return;
    request.set_device_id(f.worker.deviceId);
    const bool wantRecords = request.want_records();
    request.set_want_records(false);
    SyncService service(*f.db);
    v1::PullPage page;
    try {
        page = service.pull(f.worker, request);
    } catch (const BadCursor &) {
        return; // HttpServer answers 400
    }
    if (page.records_size() != 0 || page.devices_size() != 0)
        fail("a pull without want_records got records");
    depth.pulled += static_cast<std::uint64_t>(page.changes_size());
    for (const auto &c : page.changes()) {
        if (c.scope() == kForeignHousehold || c.record_id() == kForeignHousehold)
            fail("a pull handed out a household the worker has no access to");
    }
    if (!wantRecords)
        return;
    // The per-record form of the same cursor (on an arena, as HttpServer
    // makes it) carries the same changes, page boundary and cursor.
    request.set_want_records(true);
    google::protobuf::Arena arena;
    auto *records = google::protobuf::Arena::CreateMessage<v1::PullPage>(&arena);
    service.pull(f.worker, request, records);
    if (records->changes_size() != 0)
        fail("a pull with want_records got changes");
    if (records->next_cursor() != page.next_cursor() || records->has_more() != page.has_more() ||
        records->watermark() != page.watermark())
        fail("the two forms of a page end differently");
    const auto fromRecords = changesOfRecords(*records);
    if (fromRecords.size() != static_cast<std::size_t>(page.changes_size()))
        fail("the two forms of a page carry a different number of changes");
    for (std::size_t i = 0; i < fromRecords.size(); ++i) {
        v1::FieldChange expected = page.changes(static_cast<int>(i));
        if (expected.op() == v1::FieldChange::OP_DELETE)
            expected.clear_value();
        if (expected.SerializeAsString() != fromRecords[i].SerializeAsString())
            fail("the two forms of a page carry different changes");
    }
    depth.pulledRecords += static_cast<std::uint64_t>(records->records_size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    Fixture &f = fixture();
    const std::string body(reinterpret_cast<const char *>(data + 1), size - 1);
    if (data[0] & 1)
        fuzzPull(f, body);
    else
        fuzzPush(f, body);
    return 0;
}

// Half of the mutations are structural (changemutator.h), half libFuzzer's
// own byte mutations, which also test the parser and the limits.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed)
{
    std::mt19937_64 rng(seed);
    if (size < 1 || rng() % 2 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    const std::string body(reinterpret_cast<const char *>(data + 1), size - 1);
    std::string out;
    if (data[0] & 1) {
        v1::PullRequest pull;
        if (!pull.ParseFromString(body))
            return LLVMFuzzerMutate(data, size, maxSize);
        switch (rng() % 4) {
        case 0:
            pull.set_limit(static_cast<std::uint32_t>(rng() % 7000));
            break;
        case 1:
            pull.set_cursor(SyncService::encodeCursor(rng() % 64));
            break;
        case 2:
            pull.set_want_records(!pull.want_records());
            break;
        default:
            pull.clear_cursor();
        }
        out = pull.SerializeAsString();
    } else {
        v1::PushRequest push;
        if (!push.ParseFromString(body))
            return LLVMFuzzerMutate(data, size, maxSize);
        if (rng() % 8 == 0)
            push.set_batch_seq(push.batch_seq() + 1 + rng() % 3);
        fuzz::mutateChanges(
            push.mutable_changes(), rng,
            [](auto *changes, int i) { return changes->Mutable(i)->mutable_change(); },
            [](auto *changes) { return changes->Add()->mutable_change(); });
        if (rng() % 4 == 0 && push.changes_size() > 0)
            push.mutable_changes(static_cast<int>(rng() % push.changes_size()))->set_base_seq(rng() % 64);
        out = push.SerializeAsString();
    }
    if (out.size() + 1 > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data + 1, out.data(), out.size());
    return out.size() + 1;
}
