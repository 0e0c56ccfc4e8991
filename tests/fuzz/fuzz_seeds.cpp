// Writes the starting corpora of the fuzz targets: well-formed requests and
// pages the fuzzer then mutates, so it starts past the protobuf parser.
//   fuzz_seeds SERVER_DIR CLIENT_DIR

#include "tests/support/recordpage.h"

#include <brugboek/v1/sync.pb.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

using namespace brugboek;

namespace {

constexpr const char *kDevice = "0190f0e0-0000-7000-8000-0000000000aa";
constexpr const char *kOtherDevice = "0190f0e0-0000-7000-8000-0000000000bb";
constexpr const char *kHousehold = "0190f0e0-0000-7000-8000-000000000001";
constexpr const char *kPerson = "0190f0e0-0000-7000-8000-000000000002";
constexpr const char *kEncounter = "0190f0e0-0000-7000-8000-000000000003";
constexpr const char *kReferral = "0190f0e0-0000-7000-8000-000000000004";
constexpr const char *kOrganisation = "0190f0e0-0000-7000-8000-000000000005";
constexpr std::uint64_t kHlc = std::uint64_t {1795335300000} << 16;

bool write(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    return static_cast<bool>(out);
}

void set(v1::FieldChange *c, const char *entity, const char *id, const char *scope, const char *field,
         const std::string &text, std::uint64_t hlc, const char *device)
{
    c->set_entity(entity);
    c->set_record_id(id);
    c->set_scope(scope);
    c->set_field(field);
    c->mutable_value()->set_text(text);
    c->set_hlc(hlc);
    c->set_device_id(device);
}

// One household with a person, an encounter and a referral, field by field.
void family(google::protobuf::RepeatedPtrField<v1::FieldChange> *out, const char *device)
{
    std::uint64_t hlc = kHlc;
    set(out->Add(), "household", kHousehold, kHousehold, "display_name", "Familie El Idrissi", ++hlc, device);
    set(out->Add(), "household", kHousehold, kHousehold, "notes", "Vraagt naar studietoelage.", ++hlc,
        device);
    set(out->Add(), "person", kPerson, kHousehold, "household_id", kHousehold, ++hlc, device);
    set(out->Add(), "person", kPerson, kHousehold, "given_name", "Aïcha", ++hlc, device);
    set(out->Add(), "encounter", kEncounter, kHousehold, "household_id", kHousehold, ++hlc, device);
    set(out->Add(), "encounter", kEncounter, kHousehold, "kind", "schoolpoort", ++hlc, device);
    set(out->Add(), "referral", kReferral, kHousehold, "household_id", kHousehold, ++hlc, device);
    set(out->Add(), "referral", kReferral, kHousehold, "organisation_id", kOrganisation, ++hlc, device);
    set(out->Add(), "organisation", kOrganisation, "", "name", "CAW Oost-Vlaanderen", ++hlc, device);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds SERVER_CORPUS_DIR CLIENT_CORPUS_DIR\n");
        return 2;
    }
    const std::string server = argv[1];
    const std::string client = argv[2];
    bool ok = true;

    // Server: first byte 0 = push, 1 = pull (see fuzz_server_request.cpp).
    {
        v1::PushRequest push;
        push.set_protocol_version(v1::PROTOCOL_VERSION_1);
        push.set_device_id(kDevice);
        push.set_batch_seq(1);
        google::protobuf::RepeatedPtrField<v1::FieldChange> changes;
        family(&changes, kDevice);
        for (auto &c : changes) {
            auto *pushed = push.add_changes();
            *pushed->mutable_change() = c;
            pushed->set_base_seq(0);
        }
        ok &= write(server + "/push-family", std::string(1, '\0') + push.SerializeAsString());

        v1::PushRequest purge;
        purge.set_protocol_version(v1::PROTOCOL_VERSION_1);
        purge.set_device_id(kDevice);
        purge.set_batch_seq(2);
        auto *p = purge.add_changes()->mutable_change();
        p->set_entity("household");
        p->set_record_id(kHousehold);
        p->set_scope(kHousehold);
        p->set_hlc(kHlc + 100);
        p->set_device_id(kDevice);
        p->set_op(v1::FieldChange::OP_DELETE);
        ok &= write(server + "/push-purge", std::string(1, '\0') + purge.SerializeAsString());

        v1::PullRequest pull;
        pull.set_protocol_version(v1::PROTOCOL_VERSION_1);
        pull.set_device_id(kDevice);
        pull.set_limit(100);
        ok &= write(server + "/pull-first", std::string(1, '\1') + pull.SerializeAsString());
        pull.set_cursor(std::string("B1\0\0\0\0\0\0\0\3", 10)); // the server's cursor format
        ok &= write(server + "/pull-cursor", std::string(1, '\1') + pull.SerializeAsString());
        pull.set_want_records(true);
        pull.set_limit(7);
        ok &= write(server + "/pull-records", std::string(1, '\1') + pull.SerializeAsString());
    }

    // Client: a page from the server.
    {
        v1::PullPage page;
        page.set_protocol_version(v1::PROTOCOL_VERSION_1);
        family(page.mutable_changes(), kOtherDevice);
        page.set_next_cursor("0000000000000009");
        page.set_watermark(9);
        ok &= write(client + "/page-family", page.SerializeAsString());
        v1::PullPage records = page;
        test::toRecordsForm(records);
        ok &= write(client + "/page-family-records", records.SerializeAsString());

        v1::PullPage purge;
        purge.set_protocol_version(v1::PROTOCOL_VERSION_1);
        auto *p = purge.add_changes();
        p->set_entity("household");
        p->set_record_id(kHousehold);
        p->set_scope(kHousehold);
        p->set_hlc(kHlc + 100);
        p->set_device_id(kOtherDevice);
        p->set_op(v1::FieldChange::OP_DELETE);
        purge.set_next_cursor("000000000000000a");
        purge.set_has_more(true);
        ok &= write(client + "/page-purge", purge.SerializeAsString());
    }
    if (!ok) {
        std::fprintf(stderr, "fuzz_seeds: cannot write the corpus\n");
        return 1;
    }
    return 0;
}
