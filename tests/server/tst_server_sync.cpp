// Push and pull between devices: sharing, scoping, merge rules, purges.
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

std::string text(const char *s)
{
    return std::string(s);
}

int countRecord(const std::vector<v1::FieldChange> &changes, const std::string &recordId)
{
    int n = 0;
    for (const auto &c : changes)
        n += c.record_id() == recordId;
    return n;
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<TestDevice> m_amina, m_aminaPhone, m_bram, m_cora, m_zeno;

    // A new household of amina with a display name and notes.
    std::string newHousehold(TestDevice &owner, const std::string &notes = "eerste notitie")
    {
        const std::string id = newId();
        const auto reply = owner.push({owner.set("household", id, "display_name", text("Gezin"), id),
                                       owner.set("household", id, "notes", notes, id)});
        if (reply.accepted() != 2)
            qWarning("household push: %u accepted", reply.accepted());
        return id;
    }
    std::string share(TestDevice &owner, const std::string &household, const std::string &userId)
    {
        const std::string id = newId();
        const auto reply = owner.push(owner.shareWith(household, userId, id));
        if (reply.accepted() != kShareChanges)
            qWarning("share push: %u accepted", reply.accepted());
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const int port = m_team.port();
        m_amina = std::make_unique<TestDevice>(port);
        m_aminaPhone = std::make_unique<TestDevice>(port);
        m_bram = std::make_unique<TestDevice>(port);
        m_cora = std::make_unique<TestDevice>(port);
        m_zeno = std::make_unique<TestDevice>(port);
        QVERIFY(m_amina->enrolOk("amina", kPassword));
        QVERIFY(m_aminaPhone->enrolOk("amina", kPassword));
        QVERIFY(m_bram->enrolOk("bram", kPassword));
        QVERIFY(m_cora->enrolOk("cora", kPassword));
        QVERIFY(m_zeno->enrolOk("zeno", kPassword));
    }

    void teamMembersArePulled()
    {
        TestDevice fresh(m_team.port());
        QVERIFY(fresh.enrolOk("bram", kPassword));
        Replica r;
        r.apply(fresh.pullAll());
        QCOMPARE(r.ids("team_member").size(), std::size_t(3)); // Noord only
        QCOMPARE(r.text(m_amina->userId, "display_name"), std::string("Amina"));
    }

    void pushThenPullOnASharedHousehold()
    {
        const std::string h = newHousehold(*m_amina);
        const std::string person = newId();
        auto reply = m_amina->push({m_amina->set("person", person, "household_id", h, h),
                                    m_amina->set("person", person, "given_name", text("Sara"), h)});
        QCOMPARE(reply.accepted(), 2u);
        QCOMPARE(reply.rejected_size(), 0);
        m_bram->pullAll();
        share(*m_amina, h, m_bram->userId);

        Replica bram;
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(h, "display_name"), std::string("Gezin"));
        QCOMPARE(bram.text(person, "given_name"), std::string("Sara"));

        // A later edit reaches bram as an ordinary change.
        reply = m_amina->push({m_amina->set("person", person, "given_name", text("Sarah"), h)});
        QCOMPARE(reply.accepted(), 1u);
        const auto changes = m_bram->pullAll();
        bram.apply(changes);
        QCOMPARE(bram.text(person, "given_name"), std::string("Sarah"));
        QCOMPARE(countRecord(changes, person), 1);

        // And amina's other device gets everything, scope and all.
        Replica phone;
        phone.apply(m_aminaPhone->pullAll());
        QCOMPARE(phone.text(person, "given_name"), std::string("Sarah"));
    }

    void scoping()
    {
        const std::string h = newHousehold(*m_amina, "alleen voor amina");
        const std::string org = newId();
        // bram cannot write into amina's household; the rest of his batch applies.
        auto reply = m_bram->push({m_bram->set("person", newId(), "household_id", h, h),
                                   m_bram->set("organisation", org, "name", text("CAW"))});
        QCOMPARE(reply.accepted(), 1u);
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).index(), 0u);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);
        // Nor into a household that does not exist.
        reply = m_bram->push({m_bram->set("person", newId(), "household_id", newId())});
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);

        // bram never receives it; the organisation is team data for all of Noord.
        Replica bram;
        bram.apply(m_bram->pullAll());
        QVERIFY(!bram.has(h));
        QVERIFY(bram.has(org));

        // The coordinator receives team data only and cannot write households.
        TestDevice cora(m_team.port());
        QVERIFY(cora.enrolOk("cora", kPassword));
        const auto coraChanges = cora.pullAll();
        for (const auto &c : coraChanges)
            QVERIFY2(c.entity() == "team_member" || c.entity() == "organisation" || c.entity() == "signal" ||
                         c.entity() == "school" || c.entity() == "list_item",
                     c.entity().c_str());
        reply = cora.push({cora.set("household", newId(), "display_name", text("x"))});
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);

        // Another team sees neither the household nor Noord's team data.
        Replica zeno;
        zeno.apply(m_zeno->pullAll());
        QVERIFY(!zeno.has(h));
        QVERIFY(!zeno.has(org));
        QVERIFY(!zeno.has(m_amina->userId));
        // ...and cannot change Noord's organisation.
        reply = m_zeno->push({m_zeno->set("organisation", org, "name", text("overgenomen"))});
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);
    }

    void shareThenUnshare()
    {
        const std::string h = newHousehold(*m_amina, "gedeeld");
        m_bram->pullAll();
        const std::string s = share(*m_amina, h, m_bram->userId);
        Replica bram;
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(h, "notes"), std::string("gedeeld"));
        QVERIFY(bram.has(s));

        // bram may now write into it.
        const std::string person = newId();
        auto reply = m_bram->push({m_bram->set("person", person, "household_id", h, h)});
        QCOMPARE(reply.accepted(), 1u);

        // Unshare: the share is purged, bram's next pull purges the household.
        reply = m_amina->push({m_amina->purge("household_share", s, h)});
        QCOMPARE(reply.accepted(), 1u);
        const auto changes = m_bram->pullAll();
        bool purged = false;
        for (const auto &c : changes) {
            if (c.op() == v1::FieldChange::OP_DELETE && c.entity() == "household" && c.record_id() == h) {
                purged = true;
                QVERIFY(c.hlc() != 0);
                QCOMPARE(c.device_id(), std::string("server"));
            }
        }
        QVERIFY(purged);
        bram.apply(changes);
        QVERIFY(!bram.has(h));
        QVERIFY(!bram.has(person));
        reply = m_bram->push({m_bram->set("person", person, "given_name", text("x"), h)});
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);

        // Sharing again grants the whole current state again.
        share(*m_amina, h, m_bram->userId);
        Replica again;
        again.apply(m_bram->pullAll());
        QVERIFY(again.has(h));
        QVERIFY(again.has(person));
        TestDevice bramNew(m_team.port());
        QVERIFY(bramNew.enrolOk("bram", kPassword));
        Replica full;
        full.apply(bramNew.pullAll());
        QVERIFY(full.has(h));
        QVERIFY(full.has(person));
    }

    void concurrentFreeTextEditsKeepAConflict()
    {
        const std::string h = newHousehold(*m_amina, "basis");
        share(*m_amina, h, m_bram->userId);
        m_bram->pullAll();
        m_amina->pullAll();
        // Both edit the notes without having seen the other's edit.
        auto mine = m_amina->set("household", h, "notes", text("versie van amina"), h);
        auto theirs = m_bram->set("household", h, "notes", text("versie van bram"), h);
        theirs.mutable_change()->set_hlc(mine.change().hlc() + 1); // bram's is later: it wins
        auto reply = m_amina->push({mine});
        QCOMPARE(reply.conflicts(), 0u);
        reply = m_bram->push({theirs});
        QCOMPARE(reply.accepted(), 1u);
        QCOMPARE(reply.conflicts(), 1u);

        Replica amina;
        amina.apply(m_amina->pullAll());
        QCOMPARE(amina.text(h, "notes"), std::string("versie van bram"));
        const auto conflicts = amina.ids("conflict");
        bool found = false;
        for (const auto &id : conflicts) {
            if (amina.text(id, "record_id") == h && amina.text(id, "field") == "notes") {
                QCOMPARE(amina.text(id, "lost_value"), std::string("versie van amina"));
                QCOMPARE(amina.text(id, "household_id"), h);
                QCOMPARE(amina.text(id, "lost_device"), m_amina->deviceId);
                found = true;
            }
        }
        QVERIFY(found);

        // An edit made after seeing the stored text is not concurrent.
        reply = m_amina->push({m_amina->set("household", h, "notes", text("samen herschreven"), h)});
        QCOMPARE(reply.conflicts(), 0u);

        // The worker resolves the conflict on a device.
        const std::string conflict = conflicts.front();
        reply = m_amina->push({m_amina->set("conflict", conflict, "resolved_at", std::int64_t(1234), h)});
        QCOMPARE(reply.accepted(), 1u);
        reply = m_amina->push({m_amina->set("conflict", conflict, "lost_value", text("weg"), h)});
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_INVALID_CHANGE);
    }

    void lastWriterWinsByHlcThenDevice()
    {
        const std::string h = newHousehold(*m_amina);
        const std::uint64_t base = m_amina->nextHlc().packed() + 1000;
        auto newer = m_amina->set("household", h, "phone", text("nieuw"), h);
        newer.mutable_change()->set_hlc(base + 10);
        auto older = m_aminaPhone->set("household", h, "phone", text("oud"), h);
        older.mutable_change()->set_hlc(base);
        QCOMPARE(m_amina->push({newer}).accepted(), 1u);
        QCOMPARE(m_aminaPhone->push({older}).accepted(), 1u); // accepted as a no-op
        Replica r;
        TestDevice reader(m_team.port(), m_amina->deviceId); // same token view, fresh cursor
        reader.token = m_amina->token;
        r.apply(reader.pullAll());
        QCOMPARE(r.text(h, "phone"), std::string("nieuw"));

        // Equal timestamps: the greater device id wins, whatever the order.
        TestDevice &low = m_amina->deviceId < m_aminaPhone->deviceId ? *m_amina : *m_aminaPhone;
        TestDevice &high = &low == m_amina.get() ? *m_aminaPhone : *m_amina;
        auto fromHigh = high.set("household", h, "email", text("hoog"), h);
        auto fromLow = low.set("household", h, "email", text("laag"), h);
        fromHigh.mutable_change()->set_hlc(base + 20);
        fromLow.mutable_change()->set_hlc(base + 20);
        QCOMPARE(high.push({fromHigh}).accepted(), 1u);
        QCOMPARE(low.push({fromLow}).accepted(), 1u);
        Replica r2;
        TestDevice reader2(m_team.port(), m_amina->deviceId);
        reader2.token = m_amina->token;
        r2.apply(reader2.pullAll());
        QCOMPARE(r2.text(h, "email"), std::string("hoog"));
    }

    void appendOnlyEvents()
    {
        const std::string h = newHousehold(*m_amina);
        const std::string referral = newId();
        const std::string event = newId();
        auto first = std::vector<v1::PushedChange> {
            m_amina->set("referral_event", event, "household_id", h, h),
            m_amina->set("referral_event", event, "referral_id", referral, h),
            m_amina->set("referral_event", event, "status", text("aangemeld"), h),
        };
        QCOMPARE(m_amina->push(first).accepted(), 3u);
        // The same values again (a retry under a new batch): a no-op.
        auto reply = m_amina->push(first);
        QCOMPARE(reply.accepted(), 3u);
        QCOMPARE(reply.rejected_size(), 0);
        // A different value: rejected, the event does not change.
        reply = m_amina->push({m_amina->set("referral_event", event, "status", text("afgesloten"), h)});
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_APPEND_ONLY);
        Replica r;
        TestDevice reader(m_team.port(), m_amina->deviceId);
        reader.token = m_amina->token;
        r.apply(reader.pullAll());
        QCOMPARE(r.text(event, "status"), std::string("aangemeld"));
    }

    void purgeLeavesATombstone()
    {
        const std::string h = newHousehold(*m_amina);
        const std::string person = newId();
        QCOMPARE(m_amina
                     ->push({m_amina->set("person", person, "household_id", h, h),
                             m_amina->set("person", person, "given_name", text("Ali"), h)})
                     .accepted(),
                 2u);
        share(*m_amina, h, m_bram->userId);
        Replica bram;
        bram.apply(m_bram->pullAll());
        QVERIFY(bram.has(person));

        // Purging one record.
        auto reply = m_amina->push({m_amina->purge("person", person, h)});
        QCOMPARE(reply.accepted(), 1u);
        bram.apply(m_bram->pullAll());
        QVERIFY(!bram.has(person));
        QVERIFY(bram.has(h));
        reply = m_amina->push({m_amina->set("person", person, "given_name", text("terug"), h)});
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_RECORD_PURGED);

        // Purging the household takes everything of it.
        const std::string other = newId();
        QCOMPARE(m_amina->push({m_amina->set("encounter", other, "household_id", h, h)}).accepted(), 1u);
        reply = m_amina->push({m_amina->purge("household", h, h)});
        QCOMPARE(reply.accepted(), 1u);
        bram.apply(m_bram->pullAll());
        QVERIFY(!bram.has(h));
        QVERIFY(!bram.has(other));
        reply = m_amina->push({m_amina->set("household", h, "notes", text("terug"), h),
                               m_amina->set("encounter", other, "note", text("terug"), h),
                               m_amina->set("encounter", newId(), "household_id", h, h)});
        QCOMPARE(reply.accepted(), 0u);
        QCOMPARE(reply.rejected_size(), 3);
        for (const auto &r : reply.rejected())
            QCOMPARE(r.code(), v1::ERROR_RECORD_PURGED);

        // A device enrolled later never sees any of it.
        TestDevice later(m_team.port());
        QVERIFY(later.enrolOk("bram", kPassword));
        Replica fresh;
        fresh.apply(later.pullAll());
        QVERIFY(!fresh.has(h));
        QVERIFY(!fresh.has(other));
    }

    // Purging a referral or an encounter takes exactly its belongings
    // (sync::belongings(): a referral's events and follow-ups, an
    // encounter's follow-ups), found by the parent's id wherever they are
    // (a follow-up linked to a referral of another household goes with it
    // too), and nothing else: not another parent's, not a record that only
    // holds the id in another field, nothing of the other household.
    void purgingARecordTakesExactlyItsBelongings()
    {
        TestDevice &a = *m_amina;
        const std::string hA = newHousehold(a), hB = newHousehold(a);
        const std::string referral = newId(), otherReferral = newId(), referralB = newId();
        const std::string event1 = newId(), event2 = newId(), otherEvent = newId(), eventB = newId();
        const std::string followUp = newId(), otherFollowUp = newId(), followUpInB = newId();
        const std::string encounter = newId(), otherEncounter = newId(), noted = newId();
        const std::string encounterFollowUp = newId(), otherEncounterFollowUp = newId();
        auto event = [&](const std::string &id, const std::string &parent, const std::string &h) {
            return std::vector<v1::PushedChange> {
                a.set("referral_event", id, "household_id", h, h),
                a.set("referral_event", id, "referral_id", parent, h),
                a.set("referral_event", id, "status", text("aangemeld"), h)};
        };
        auto followUpOf = [&](const std::string &id, const char *field, const std::string &parent,
                              const std::string &h) {
            return std::vector<v1::PushedChange> {a.set("follow_up", id, "household_id", h, h),
                                                  a.set("follow_up", id, field, parent, h),
                                                  a.set("follow_up", id, "title", text("Bellen"), h)};
        };
        std::vector<v1::PushedChange> changes {
            a.set("referral", referral, "household_id", hA, hA),
            a.set("referral", referral, "need", text("huiswerkbegeleiding"), hA),
            a.set("referral", otherReferral, "household_id", hA, hA),
            a.set("referral", referralB, "household_id", hB, hB),
            a.set("encounter", encounter, "household_id", hA, hA),
            a.set("encounter", otherEncounter, "household_id", hA, hA),
            a.set("encounter", noted, "household_id", hA, hA),
            a.set("encounter", noted, "note", referral, hA), // the id, in a field that names no parent
        };
        for (const auto &part :
             {event(event1, referral, hA), event(event2, referral, hA), event(otherEvent, otherReferral, hA),
              event(eventB, referralB, hB), followUpOf(followUp, "referral_id", referral, hA),
              followUpOf(otherFollowUp, "referral_id", otherReferral, hA),
              followUpOf(followUpInB, "referral_id", referral, hB),
              followUpOf(encounterFollowUp, "encounter_id", encounter, hA),
              followUpOf(otherEncounterFollowUp, "encounter_id", otherEncounter, hA)})
            changes.insert(changes.end(), part.begin(), part.end());
        QCOMPARE(a.push(changes).accepted(), changes.size());
        std::vector<std::string> all {hA,
                                      hB,
                                      referral,
                                      otherReferral,
                                      referralB,
                                      event1,
                                      event2,
                                      otherEvent,
                                      eventB,
                                      followUp,
                                      otherFollowUp,
                                      followUpInB,
                                      encounter,
                                      otherEncounter,
                                      noted,
                                      encounterFollowUp,
                                      otherEncounterFollowUp};
        auto purgedOnTheServer = [&] {
            std::string in;
            for (const auto &id : all)
                in += (in.empty() ? "'" : ", '") + id + "'";
            const std::string ids =
                queryStore(m_team.store(),
                           "SELECT count(*) FROM records WHERE purged = 1 AND record_id IN (" + in + ")");
            const std::string values =
                queryStore(m_team.store(),
                           "SELECT count(*) FROM field_state f JOIN records r ON r.record_id = f.record_id"
                           " WHERE r.purged = 1 AND f.op = 0 AND f.record_id IN (" +
                               in + ")");
            // Each tombstone names its own record's entity.
            const std::string misnamed =
                queryStore(m_team.store(),
                           "SELECT count(*) FROM field_state f JOIN records r ON r.record_id = f.record_id"
                           " WHERE f.op = 1 AND f.entity <> r.entity AND f.record_id IN (" +
                               in + ")");
            return ids + " purged, " + values + " values left, " + misnamed + " misnamed";
        };
        auto check = [&](const std::set<std::string> &gone) {
            TestDevice fresh(m_team.port());
            QVERIFY(fresh.enrolOk("amina", kPassword));
            Replica r;
            r.apply(fresh.pullAll());
            for (const auto &id : all)
                QVERIFY2(r.has(id) == !gone.count(id), id.c_str());
            QCOMPARE(purgedOnTheServer(), std::to_string(gone.size()) + " purged, 0 values left, 0 misnamed");
        };
        check({});

        QCOMPARE(a.push({a.purge("referral", referral, hA)}).accepted(), 1u);
        std::set<std::string> gone {referral, event1, event2, followUp, followUpInB};
        check(gone);
        QCOMPARE(a.push({a.purge("encounter", encounter, hA)}).accepted(), 1u);
        gone.insert({encounter, encounterFollowUp});
        check(gone);

        // Nothing new comes to belong to a purged record: it goes too.
        const std::string late = newId();
        const auto reply = a.push(event(late, referral, hA));
        QVERIFY(reply.rejected_size() > 0);
        for (const auto &r : reply.rejected())
            QCOMPARE(r.code(), v1::ERROR_RECORD_PURGED);
        all.push_back(late);
        gone.insert(late);
        check(gone);
    }

    void privateRecordMovesIntoAHousehold()
    {
        const std::string h = newHousehold(*m_amina);
        share(*m_amina, h, m_bram->userId);
        m_bram->pullAll();
        const std::string encounter = newId();
        auto reply =
            m_amina->push({m_amina->set("encounter", encounter, "note", text("los gesprek"), "private"),
                           m_amina->set("encounter", encounter, "kind", text("gang"), "private")});
        QCOMPARE(reply.accepted(), 2u);
        QCOMPARE(countRecord(m_bram->pullAll(), encounter), 0);
        // Linked to the shared household, all its fields reach bram.
        reply = m_amina->push({m_amina->set("encounter", encounter, "household_id", h, h)});
        QCOMPARE(reply.accepted(), 1u);
        Replica bram;
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(encounter, "note"), std::string("los gesprek"));
        QCOMPARE(bram.text(encounter, "kind"), std::string("gang"));
    }

    void aRecordLeavingASharedHouseholdIsDropped()
    {
        const std::string shared = newHousehold(*m_amina);
        const std::string own = newHousehold(*m_amina);
        share(*m_amina, shared, m_bram->userId);
        const std::string person = newId();
        QCOMPARE(m_amina
                     ->push({m_amina->set("person", person, "household_id", shared, shared),
                             m_amina->set("person", person, "given_name", text("Yara"), shared)})
                     .accepted(),
                 2u);
        Replica bram;
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(person, "given_name"), std::string("Yara"));
        // Linked to the wrong household by mistake: moved to amina's own one.
        QCOMPARE(m_amina->push({m_amina->set("person", person, "household_id", own, own)}).accepted(), 1u);
        bram.apply(m_bram->pullAll());
        QVERIFY(!bram.has(person));
        QVERIFY(bram.has(shared));
        // And back: bram has it again, whole.
        QCOMPARE(m_amina->push({m_amina->set("person", person, "household_id", shared, shared)}).accepted(),
                 1u);
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(person, "given_name"), std::string("Yara"));
        // Moved out and then the new household shared too, before bram pulls:
        // he ends up with the record.
        QCOMPARE(m_amina->push({m_amina->set("person", person, "household_id", own, own)}).accepted(), 1u);
        share(*m_amina, own, m_bram->userId);
        bram.apply(m_bram->pullAll());
        QCOMPARE(bram.text(person, "given_name"), std::string("Yara"));
        QCOMPARE(m_amina->push({m_amina->set("person", person, "household_id", shared, shared)}).accepted(),
                 1u);
        const std::string third = newHousehold(*m_amina);
        // bram cannot take it out of the shared household into one he cannot see.
        auto reply = m_bram->push({m_bram->set("person", person, "household_id", third, third)});
        QCOMPARE(reply.rejected_size(), 1);
        QCOMPARE(reply.rejected(0).code(), v1::ERROR_NO_ACCESS);
    }

    void invalidChangesAreRejectedOneByOne()
    {
        const std::string h = newHousehold(*m_amina);
        auto forged = m_amina->set("household", h, "notes", text("x"), h);
        forged.mutable_change()->set_device_id("another-device");
        auto noHlc = m_amina->set("household", h, "notes", text("x"), h);
        noHlc.mutable_change()->set_hlc(0);
        auto reply = m_amina->push({
            m_amina->set("nonsense", newId(), "x", text("x")),
            m_amina->set("household", h, "password", text("x"), h),
            m_amina->set("household", h, "interpreter_needed", text("ja"), h),
            m_amina->set("team_member", m_amina->userId, "role", text("admin")),
            forged,
            noHlc,
            m_amina->set("household", h, "status", text("actief"), h),
            m_amina->set("person", h, "given_name", text("x"), h), // the id is a household's
            m_amina->set("household", "bad id!", "notes", text("x")),
            m_amina->set("household", h, "notes", std::string("nul\0byte", 8), h),
        });
        QCOMPARE(reply.accepted(), 1u);
        QCOMPARE(reply.rejected_size(), 9);
        for (const auto &r : reply.rejected()) {
            QCOMPARE(r.code(), v1::ERROR_INVALID_CHANGE);
            QVERIFY(!r.reason().empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
