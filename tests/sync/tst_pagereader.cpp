// client::readPullPage, the reader of a pull page's per-record form straight
// from the bytes, against protobuf's parse of the same bytes
// (client::readParsedRecords): pages as the server writes them, and the
// same pages cut short, with bytes flipped, with fields in another order or
// of another wire type. Whatever the reader reads must be what protobuf
// gives; what it leaves (Unusual) protobuf decides. tests/fuzz/fuzz_client_page
// makes the same check on every input it tries.
#include "sync/client/pagereader.h"

#include <brugboek/v1/sync.pb.h>

#include <QTest>

#include <cstring>
#include <random>
#include <string>

using namespace brugboek;

namespace {

v1::PullPage samplePage()
{
    v1::PullPage page;
    page.set_protocol_version(1);
    page.set_next_cursor("cursor-7");
    page.set_has_more(true);
    page.set_watermark(42);
    page.add_devices("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a0d01");
    page.add_devices("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a0d02");
    auto *h = page.add_records();
    h->set_entity("household");
    h->set_record_id("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c01");
    h->set_scope("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c01");
    auto *v = h->add_values();
    v->set_field("display_name");
    v->set_text("El Amrani-D'Hondt é");
    v->set_hlc(1795335300000ULL << 16);
    v->set_device(1);
    v = h->add_values();
    v->set_field("interpreter_needed");
    v->set_integer(-3);
    v = h->add_values();
    v->set_field("no_such_field");
    v->set_integer(1);
    auto *e = page.add_records();
    e->set_entity("encounter");
    e->set_record_id("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c02");
    v = e->add_values();
    v->set_field("kind");
    v->set_real(12.5);
    v->set_device(7); // no such device
    v = e->add_values();
    v->set_field("place"); // NULL
    auto *p = page.add_records();
    p->set_entity("person");
    p->set_record_id("0190f3a2-8c2d-7b1a-9f00-3c5e8d2a1c03");
    p->set_purge(true);
    p->set_purge_hlc(99);
    auto *u = page.add_records();
    u->set_entity("no_such_entity");
    u->set_record_id("x");
    u->add_values()->set_field("a");
    return page;
}

// Fails the test when the reader read `bytes` otherwise than protobuf.
// Returns whether the reader read it (Ok).
bool compare(const std::string &bytes)
{
    v1::PullPage rest;
    client::RemotePage fast;
    int received = 0, recordCount = 0;
    if (client::readPullPage(bytes, &rest, &fast, &received, &recordCount) != client::PageRead::Ok)
        return false;
    v1::PullPage parsed;
    if (!parsed.ParseFromString(bytes)) {
        qWarning("the reader read a page protobuf refuses");
        return false;
    }
    client::RemotePage slow;
    client::readParsedRecords(parsed, slow);
    int slowReceived = 0;
    for (const auto &r : parsed.records())
        slowReceived += r.purge() ? 1 : r.values_size();
    v1::PullPage others = parsed; // the page's own fields
    others.clear_records();
    others.clear_devices();
    [&] {
        QCOMPARE(rest.SerializeAsString(), others.SerializeAsString());
        QCOMPARE(recordCount, parsed.records_size());
        QCOMPARE(received, slowReceived);
        QCOMPARE(fast.invalid, slow.invalid);
        QVERIFY(fast.devices == slow.devices);
        QCOMPARE(fast.records.size(), slow.records.size());
        QCOMPARE(fast.values.size(), slow.values.size());
        for (std::size_t i = 0; i < fast.records.size(); ++i) {
            QVERIFY(fast.records[i].entity == slow.records[i].entity);
            QVERIFY(fast.records[i].id == slow.records[i].id);
            QCOMPARE(fast.records[i].purge, slow.records[i].purge);
            QVERIFY(fast.records[i].purgeHlc == slow.records[i].purgeHlc);
            QCOMPARE(fast.records[i].firstValue, slow.records[i].firstValue);
            QCOMPARE(fast.records[i].valueCount, slow.records[i].valueCount);
        }
        for (std::size_t i = 0; i < fast.values.size(); ++i) {
            QVERIFY(fast.values[i].field == slow.values[i].field);
            QVERIFY(fast.values[i].hlc == slow.values[i].hlc);
            QCOMPARE(fast.values[i].device, slow.values[i].device);
            QVERIFY(fast.values[i].value == slow.values[i].value);
        }
    }();
    return true;
}

} // namespace

class TestPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheServerWrites()
    {
        const std::string bytes = samplePage().SerializeAsString();
        v1::PullPage rest;
        client::RemotePage page;
        int received = 0, recordCount = 0;
        QVERIFY(client::readPullPage(bytes, &rest, &page, &received, &recordCount) == client::PageRead::Ok);
        QCOMPARE(recordCount, 4);
        QCOMPARE(received, 3 + 2 + 1 + 1);
        QCOMPARE(rest.next_cursor(), std::string("cursor-7"));
        QVERIFY(rest.has_more());
        QCOMPARE(page.records.size(), std::size_t(3)); // household, encounter, the purge
        QCOMPARE(page.values.size(), std::size_t(3)); // display_name, interpreter_needed, place
        QCOMPARE(page.invalid, 3); // an unknown field, an unknown device, an unknown entity
        QVERIFY(std::get<std::string_view>(page.values[0].value) == "El Amrani-D'Hondt é");
        QCOMPARE(std::get<std::int64_t>(page.values[1].value), std::int64_t(-3));
        QVERIFY(page.records[2].purge);
        QVERIFY(compare(bytes));
    }

    // Fields in another order (the device table last, the page's own
    // fields between records): protobuf takes any order, so does the reader.
    void anyOrderOfFields()
    {
        const v1::PullPage page = samplePage();
        v1::PullPage records, devices, own = page;
        *records.mutable_records() = page.records();
        *devices.mutable_devices() = page.devices();
        own.clear_records();
        own.clear_devices();
        const std::string bytes =
            records.SerializeAsString() + own.SerializeAsString() + devices.SerializeAsString();
        QVERIFY(compare(bytes));
    }

    void unusualPagesAreLeftToProtobuf()
    {
        v1::PullPage rest;
        client::RemotePage page;
        int received = 0, recordCount = 0;
        // A group (wire type 3) at the top, text that is not UTF-8.
        const std::string group = std::string("\xa3\x01", 2) + std::string("\xa4\x01", 2);
        QVERIFY(client::readPullPage(group, &rest, &page, &received, &recordCount) ==
                client::PageRead::Unusual);
        v1::PullPage bad = samplePage();
        bad.mutable_records(0)->mutable_values(0)->set_text(std::string("\xff\xfe", 2));
        QVERIFY(client::readPullPage(bad.SerializeAsString(), &rest, &page, &received, &recordCount) ==
                client::PageRead::Unusual);
    }

    // The sample page cut at every length, and with bytes changed at
    // random (10,000 variants, seeded).
    void damagedPagesReadAsProtobufReadsThem()
    {
        const std::string bytes = samplePage().SerializeAsString();
        int read = 0;
        for (std::size_t n = 0; n <= bytes.size(); ++n)
            read += compare(bytes.substr(0, n));
        QVERIFY(!QTest::currentTestFailed());
        std::mt19937_64 rng(20261203);
        for (int i = 0; i < 10000 && !QTest::currentTestFailed(); ++i) {
            std::string damaged = bytes;
            const int changes = 1 + static_cast<int>(rng() % 4);
            for (int c = 0; c < changes; ++c)
                damaged[rng() % damaged.size()] = static_cast<char>(rng() & 0xff);
            read += compare(damaged);
        }
        QVERIFY(read > 100); // most damaged pages are still read here, not left to protobuf
    }
};

QTEST_GUILESS_MAIN(TestPageReader)
#include "tst_pagereader.moc"
