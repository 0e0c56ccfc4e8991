// The per-record form of a pull page (PullRequest.want_records): for the
// same store and cursor it carries exactly what the changes form carries,
// in the same order, with the same page boundaries and cursors; an old
// request still gets the changes form.
#include "serverharness.h"

#include <google/protobuf/util/message_differencer.h>

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

std::string text(const char *s)
{
    return std::string(s);
}

// A change as both forms can say it: a purge carries no value (the changes
// form gives a tombstone a NULL value, an access purge none at all).
v1::FieldChange normalised(v1::FieldChange c)
{
    if (c.op() == v1::FieldChange::OP_DELETE)
        c.clear_value();
    return c;
}

// The changes a per-record page stands for, in its order; empty with *error
// when the page breaks a rule of the form.
std::vector<v1::FieldChange> changesOfRecords(const v1::PullPage &page, std::string *error)
{
    std::vector<v1::FieldChange> out;
    auto deviceName = [&](std::uint32_t index) -> std::string {
        if (index >= static_cast<std::uint32_t>(page.devices_size())) {
            *error = "device index " + std::to_string(index) + " outside the device table";
            return {};
        }
        return page.devices(static_cast<int>(index));
    };
    std::set<std::string> devices(page.devices().begin(), page.devices().end());
    if (devices.size() != static_cast<std::size_t>(page.devices_size()))
        *error = "a device appears twice in the device table";
    const v1::PulledRecord *previous = nullptr;
    for (const auto &r : page.records()) {
        if (previous && !previous->purge() && !r.purge() && previous->entity() == r.entity() &&
            previous->record_id() == r.record_id() && previous->scope() == r.scope())
            *error = "consecutive values of record " + r.record_id() + " not grouped";
        previous = &r;
        if (r.purge()) {
            if (r.values_size() != 0)
                *error = "a purge with values";
            v1::FieldChange c;
            c.set_entity(r.entity());
            c.set_record_id(r.record_id());
            c.set_scope(r.scope());
            c.set_hlc(r.purge_hlc());
            c.set_device_id(deviceName(r.purge_device()));
            c.set_op(v1::FieldChange::OP_DELETE);
            out.push_back(c);
            continue;
        }
        if (r.values_size() == 0)
            *error = "a record without values that is not a purge";
        for (const auto &v : r.values()) {
            v1::FieldChange c;
            c.set_entity(r.entity());
            c.set_record_id(r.record_id());
            c.set_scope(r.scope());
            c.set_field(v.field());
            switch (v.kind_case()) {
            case v1::PulledValue::kInteger:
                c.mutable_value()->set_integer(v.integer());
                break;
            case v1::PulledValue::kReal:
                c.mutable_value()->set_real(v.real());
                break;
            case v1::PulledValue::kText:
                c.mutable_value()->set_text(v.text());
                break;
            default:
                c.mutable_value()->set_null(true);
            }
            c.set_hlc(v.hlc());
            c.set_device_id(deviceName(v.device()));
            c.set_op(v1::FieldChange::OP_SET);
            out.push_back(c);
        }
    }
    return out;
}

} // namespace

class TestServerPullRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<TestDevice> m_amina, m_aminaPhone, m_bram, m_cora, m_zeno;

    std::string newHousehold(TestDevice &owner, int people, int encounters)
    {
        const std::string h = newId();
        std::vector<v1::PushedChange> changes {
            owner.set("household", h, "display_name", text("Gezin"), h),
            owner.set("household", h, "notes", text("notitie"), h),
            owner.set("household", h, "interpreter_needed", std::int64_t(1), h),
            owner.set("household", h, "phone", sync::Value {}, h)};
        for (int i = 0; i < people; ++i) {
            const std::string p = newId();
            changes.push_back(owner.set("person", p, "household_id", h, h));
            changes.push_back(owner.set("person", p, "given_name", "Naam " + std::to_string(i), h));
            changes.push_back(owner.set("person", p, "birth_year", std::int64_t(2010 + i), h));
        }
        for (int i = 0; i < encounters; ++i) {
            const std::string e = newId();
            changes.push_back(owner.set("encounter", e, "household_id", h, h));
            changes.push_back(owner.set("encounter", e, "kind", text("huisbezoek"), h));
            changes.push_back(owner.set("encounter", e, "note", text("Één gesprek, l'école"), h));
        }
        const auto reply = owner.push(changes);
        if (reply.accepted() != changes.size())
            qWarning("household push: %u of %zu accepted", reply.accepted(), changes.size());
        return h;
    }
    std::string share(TestDevice &owner, const std::string &household, const std::string &userId)
    {
        const std::string id = newId();
        const auto reply = owner.push(owner.shareWith(household, userId, id));
        if (reply.accepted() != kShareChanges)
            qWarning("share push: %u accepted", reply.accepted());
        return id;
    }

    // Pulls the whole log with two devices of the same user in step, one
    // asking for changes and one for records, and compares every page.
    void compareForms(const char *user, std::uint32_t limit, int *pagesOut = nullptr,
                      std::size_t *changesOut = nullptr)
    {
        TestDevice changes(m_team.port()), records(m_team.port());
        QVERIFY(changes.enrolOk(user, kPassword));
        QVERIFY(records.enrolOk(user, kPassword));
        int pages = 0;
        std::size_t total = 0;
        for (;;) {
            int statusChanges = 0, statusRecords = 0;
            const auto a = changes.pullPage(limit, &statusChanges, false);
            const auto b = records.pullPage(limit, &statusRecords, true);
            QCOMPARE(statusChanges, 200);
            QCOMPARE(statusRecords, 200);
            ++pages;
            QCOMPARE(a.records_size(), 0);
            QCOMPARE(a.devices_size(), 0);
            QCOMPARE(b.changes_size(), 0);
            QCOMPARE(b.next_cursor(), a.next_cursor());
            QCOMPARE(b.has_more(), a.has_more());
            QCOMPARE(b.watermark(), a.watermark());
            std::string error;
            const auto fromRecords = changesOfRecords(b, &error);
            QVERIFY2(error.empty(), error.c_str());
            QCOMPARE(fromRecords.size(), static_cast<std::size_t>(a.changes_size()));
            for (int i = 0; i < a.changes_size(); ++i) {
                const auto expected = normalised(a.changes(i));
                const auto actual = normalised(fromRecords[static_cast<std::size_t>(i)]);
                QVERIFY2(google::protobuf::util::MessageDifferencer::Equals(expected, actual),
                         qPrintable(QStringLiteral("%1, limit %2, page %3, change %4: expected %5, got %6")
                                        .arg(user)
                                        .arg(limit)
                                        .arg(pages)
                                        .arg(i)
                                        .arg(QString::fromStdString(expected.ShortDebugString()),
                                             QString::fromStdString(actual.ShortDebugString()))));
            }
            total += fromRecords.size();
            if (!a.has_more())
                break;
            QVERIFY(pages < 5000);
        }
        if (pagesOut)
            *pagesOut = pages;
        if (changesOut)
            *changesOut = total;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_amina = std::make_unique<TestDevice>(m_team.port());
        m_aminaPhone = std::make_unique<TestDevice>(m_team.port());
        m_bram = std::make_unique<TestDevice>(m_team.port());
        m_cora = std::make_unique<TestDevice>(m_team.port());
        m_zeno = std::make_unique<TestDevice>(m_team.port());
        QVERIFY(m_amina->enrolOk("amina", kPassword));
        QVERIFY(m_aminaPhone->enrolOk("amina", kPassword));
        QVERIFY(m_bram->enrolOk("bram", kPassword));
        QVERIFY(m_cora->enrolOk("cora", kPassword));
        QVERIFY(m_zeno->enrolOk("zeno", kPassword));
    }

    void anOldRequestGetsChanges()
    {
        const std::string h = newHousehold(*m_amina, 1, 1);
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("amina", kPassword));
        int status = 0;
        const auto page = d.pullPage(1000, &status);
        QCOMPARE(status, 200);
        QVERIFY(page.changes_size() >= 10);
        QCOMPARE(page.records_size(), 0);
        QCOMPARE(page.devices_size(), 0);
        bool seen = false;
        for (const auto &c : page.changes())
            seen = seen || (c.record_id() == h && c.field() == "display_name");
        QVERIFY(seen);
    }

    void valuesOfARecordShareOneEntry()
    {
        const std::string h = newHousehold(*m_amina, 2, 0);
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("amina", kPassword));
        const auto page = d.pullPage(1000, nullptr, true);
        QCOMPARE(page.changes_size(), 0);
        int entries = 0;
        for (const auto &r : page.records()) {
            if (r.record_id() != h)
                continue;
            ++entries;
            QCOMPARE(r.entity(), std::string("household"));
            QCOMPARE(r.scope(), h);
            QVERIFY(!r.purge());
            std::map<std::string, const v1::PulledValue *> values;
            for (const auto &v : r.values())
                values[v.field()] = &v;
            QCOMPARE(values.size(), std::size_t(4));
            QCOMPARE(values["display_name"]->text(), std::string("Gezin"));
            QCOMPARE(values["interpreter_needed"]->integer(), std::int64_t(1));
            QCOMPARE(values["phone"]->kind_case(), v1::PulledValue::KIND_NOT_SET);
            for (const auto &v : r.values()) {
                QVERIFY(v.hlc() != 0);
                QCOMPARE(page.devices(static_cast<int>(v.device())), m_amina->deviceId);
            }
        }
        QCOMPARE(entries, 1);
    }

    void pagesNeverSplitATransaction()
    {
        std::map<std::string, int> batchOf;
        for (int b = 0; b < 3; ++b) {
            std::vector<v1::PushedChange> changes;
            for (int i = 0; i < 7; ++i) {
                const std::string id = newId();
                batchOf[id] = b;
                changes.push_back(m_amina->set("organisation", id, "name", "Dienst " + std::to_string(i)));
            }
            QCOMPARE(m_amina->push(changes).accepted(), 7u);
        }
        TestDevice cora(m_team.port());
        QVERIFY(cora.enrolOk("cora", kPassword));
        std::map<std::string, int> seen;
        int pages = 0;
        for (;;) {
            int status = 0;
            const auto page = cora.pullPage(5, &status, true);
            QCOMPARE(status, 200);
            ++pages;
            std::map<int, int> perBatch;
            for (const auto &r : page.records()) {
                auto it = batchOf.find(r.record_id());
                if (it != batchOf.end()) {
                    perBatch[it->second] += r.values_size();
                    ++seen[r.record_id()];
                }
            }
            for (const auto &[batch, n] : perBatch)
                QVERIFY2(n == 7,
                         qPrintable(QString("batch %1 split: %2 of 7 in one page").arg(batch).arg(n)));
            if (!page.has_more())
                break;
            QVERIFY(pages < 100);
        }
        QVERIFY(pages >= 3);
        QCOMPARE(seen.size(), batchOf.size());
    }

    void bothFormsCarryTheSame()
    {
        // Households of amina from two devices, team data, private records,
        // shares, an unshare, a share again, records moving between
        // households, purges of single records and of a whole household.
        std::vector<std::string> households;
        for (int i = 0; i < 6; ++i)
            households.push_back(newHousehold(i % 2 ? *m_aminaPhone : *m_amina, 2 + i % 3, 1 + i % 2));
        std::vector<v1::PushedChange> team;
        for (int i = 0; i < 12; ++i)
            team.push_back(m_cora->set("organisation", newId(), "name", "Organisatie " + std::to_string(i)));
        QCOMPARE(m_cora->push(team).accepted(), 12u);
        const std::string privateEncounter = newId();
        QCOMPARE(m_amina
                     ->push({m_amina->set("encounter", privateEncounter, "note", text("los"), "private"),
                             m_amina->set("encounter", privateEncounter, "kind", text("gang"), "private")})
                     .accepted(),
                 2u);
        share(*m_amina, households[0], m_bram->userId);
        const std::string second = share(*m_amina, households[1], m_bram->userId);
        share(*m_amina, households[2], m_bram->userId);
        // bram writes into a shared household.
        const std::string bramsPerson = newId();
        QCOMPARE(m_bram
                     ->push({m_bram->set("person", bramsPerson, "household_id", households[0], households[0]),
                             m_bram->set("person", bramsPerson, "given_name", text("Yara"), households[0])})
                     .accepted(),
                 2u);
        // A person moves from a shared household to one bram cannot see (a drop).
        QCOMPARE(
            m_amina->push({m_amina->set("person", bramsPerson, "household_id", households[3], households[3])})
                .accepted(),
            1u);
        // Unshare one (a revoke) and share it again (a grant after it).
        QCOMPARE(m_amina->push({m_amina->purge("household_share", second, households[1])}).accepted(), 1u);
        QCOMPARE(
            m_amina->push({m_amina->set("household", households[1], "notes", text("later"), households[1])})
                .accepted(),
            1u);
        share(*m_amina, households[1], m_bram->userId);
        // A private record moves into a shared household.
        QCOMPARE(m_amina
                     ->push({m_amina->set("encounter", privateEncounter, "household_id", households[2],
                                          households[2])})
                     .accepted(),
                 1u);
        // Purges: a person, a whole household (shared with bram).
        const std::string anyone = newId();
        QCOMPARE(m_amina->push({m_amina->set("person", anyone, "household_id", households[4], households[4])})
                     .accepted(),
                 1u);
        QCOMPARE(m_amina->push({m_amina->purge("person", anyone, households[4])}).accepted(), 1u);
        QCOMPARE(m_amina->push({m_amina->purge("household", households[2], households[2])}).accepted(), 1u);
        // Edits that make a record appear again further down the log.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_aminaPhone
                         ->push({m_aminaPhone->set("household", households[5], "notes",
                                                   "versie " + std::to_string(i), households[5]),
                                 m_aminaPhone->set("household", households[0], "address",
                                                   "Straat " + std::to_string(i), households[0])})
                         .accepted(),
                     2u);
        }
        // Zeno's team.
        newHousehold(*m_zeno, 2, 2);

        for (const char *user : {"amina", "bram", "cora", "zeno"}) {
            for (std::uint32_t limit : {1u, 4u, 17u, 1000u}) {
                int pages = 0;
                std::size_t total = 0;
                compareForms(user, limit, &pages, &total);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(total > 0, user);
                if (limit == 1)
                    QVERIFY2(pages > 1, user);
            }
        }
    }

    void aShortScanStillDeliversEverything()
    {
        // A server whose pages read at most 5 log rows: bram's rows are a
        // few among many of amina's he cannot see, so most pages end early.
        QTemporaryDir dir;
        TeamServer small;
        const QString problem =
            small.setUp(dir.path(), {QStringLiteral("--pull-scan-rows"), QStringLiteral("5")});
        BRUGBOEK_REQUIRE_STORE(small.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        TestDevice amina(small.port()), bram(small.port());
        QVERIFY(amina.enrolOk("amina", kPassword));
        QVERIFY(bram.enrolOk("bram", kPassword));
        std::set<std::string> expected; // record ids bram must end up with
        std::vector<std::string> households;
        for (int i = 0; i < 8; ++i) {
            const std::string h = newId();
            households.push_back(h);
            std::vector<v1::PushedChange> changes {
                amina.set("household", h, "display_name", text("Gezin"), h)};
            for (int p = 0; p < 4; ++p) {
                const std::string person = newId();
                changes.push_back(amina.set("person", person, "household_id", h, h));
                changes.push_back(amina.set("person", person, "given_name", text("Naam"), h));
                if (i % 4 == 1)
                    expected.insert(person);
            }
            QCOMPARE(amina.push(changes).accepted(), static_cast<unsigned>(changes.size()));
            if (i % 4 == 1)
                expected.insert(h);
        }
        for (std::size_t i = 1; i < households.size(); i += 4) {
            const std::string share = newId();
            QCOMPARE(amina.push(amina.shareWith(households[i], bram.userId, share)).accepted(),
                     kShareChanges);
        }
        // More invisible rows after the shares, then one visible edit.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(amina
                         .push({amina.set("household", households[0], "notes", "n" + std::to_string(i),
                                          households[0])})
                         .accepted(),
                     1u);
        QCOMPARE(amina.push({amina.set("household", households[1], "notes", text("laatste"), households[1])})
                     .accepted(),
                 1u);

        for (bool records : {false, true}) {
            for (std::uint32_t limit : {1u, 3u}) {
                bram.cursor.clear();
                Replica r;
                int pages = 0, empty = 0;
                for (;;) {
                    int status = 0;
                    const auto page = bram.pullPage(limit, &status, records);
                    QCOMPARE(status, 200);
                    ++pages;
                    std::string error;
                    const auto changes = records
                        ? changesOfRecords(page, &error)
                        : std::vector<v1::FieldChange>(page.changes().begin(), page.changes().end());
                    QVERIFY2(error.empty(), error.c_str());
                    empty += changes.empty();
                    r.apply(changes);
                    if (!page.has_more())
                        break;
                    QVERIFY(pages < 2000);
                }
                QVERIFY2(empty > 0, "no page ended early: the scan limit was not reached");
                for (const auto &id : expected)
                    QVERIFY2(r.has(id), id.c_str());
                for (const auto &id : r.ids("household"))
                    QVERIFY2(id == households[1] || id == households[5], id.c_str());
                QCOMPARE(r.text(households[1], "notes"), std::string("laatste"));
            }
        }
        // Both forms still agree page by page under the short scan.
        TestDevice changes(small.port()), recordsDevice(small.port());
        QVERIFY(changes.enrolOk("bram", kPassword));
        QVERIFY(recordsDevice.enrolOk("bram", kPassword));
        for (;;) {
            const auto a = changes.pullPage(2, nullptr, false);
            const auto b = recordsDevice.pullPage(2, nullptr, true);
            QCOMPARE(b.next_cursor(), a.next_cursor());
            QCOMPARE(b.has_more(), a.has_more());
            std::string error;
            const auto fromRecords = changesOfRecords(b, &error);
            QVERIFY2(error.empty(), error.c_str());
            QCOMPARE(fromRecords.size(), static_cast<std::size_t>(a.changes_size()));
            for (int i = 0; i < a.changes_size(); ++i)
                QVERIFY(google::protobuf::util::MessageDifferencer::Equals(
                    normalised(a.changes(i)), normalised(fromRecords[static_cast<std::size_t>(i)])));
            if (!a.has_more())
                break;
        }
    }

    void aResumedCursorGivesTheSamePage()
    {
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("amina", kPassword));
        d.pullPage(9, nullptr, true);
        const std::string saved = d.cursor;
        const auto second = d.pullPage(9, nullptr, true);
        QVERIFY(second.records_size() > 0);
        d.cursor = saved;
        const auto again = d.pullPage(9, nullptr, true);
        QCOMPARE(again.SerializeAsString(), second.SerializeAsString());
    }
};

QTEST_GUILESS_MAIN(TestServerPullRecords)
#include "tst_server_pullrecords.moc"
