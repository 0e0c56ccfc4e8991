// The answers of which households are a worker's, kept from one pull page to
// the next (VisibilityCache): with the answers warm from earlier pages of the
// same pull, a revoke, a grant and a household the user creates between two
// pages are seen on the next page, two users never share answers, and an
// incremental pull after the user's own new household carries it.
//
// The server runs without pages made ahead (--no-prefetch), so that every
// page is made when it is asked for, after the writes the test made before.
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

std::string text(const char *s)
{
    return std::string(s);
}

} // namespace

class TestServerVisibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    int m_teams = 0;

    int port() { return m_team.port(); }

    // The server's count of households answered from the answers kept
    // ("cache") or read from the store ("store").
    long long lookups(const std::string &from)
    {
        const HttpResult r = httpGet(port(), "/metrics");
        const std::string key = "brugboek_pull_household_lookups_total{from=\"" + from + "\"} ";
        const auto at = r.body.find(key);
        if (at == std::string::npos)
            return -1;
        return std::stoll(r.body.substr(at + key.size()));
    }

    // A team of its own with these workers, each with an enrolled device:
    // the team's data (team members) of other tests is not theirs.
    bool newTeam(const std::vector<std::string> &names, std::vector<std::unique_ptr<TestDevice>> *devices)
    {
        const QString team = QStringLiteral("Team%1").arg(++m_teams);
        if (m_team.server().admin({"team", "add", team}) != 0)
            return false;
        for (const auto &name : names) {
            const QString user = QString::fromStdString(name) + QString::number(m_teams);
            if (m_team.server().admin({"user", "add", user, "--name", user, "--role", "worker", "--team",
                                       team, "--password", QString::fromStdString(kPassword)}) != 0)
                return false;
            devices->push_back(std::make_unique<TestDevice>(port()));
            if (!devices->back()->enrolOk(user.toStdString(), kPassword))
                return false;
        }
        return true;
    }

    // A household of `owner` with `people` people (2 + 2 * people values).
    std::string newHousehold(TestDevice &owner, int people, std::vector<std::string> *persons = nullptr)
    {
        const std::string h = newId();
        std::vector<v1::PushedChange> changes {owner.set("household", h, "display_name", text("Gezin"), h),
                                               owner.set("household", h, "notes", text("notitie"), h)};
        for (int i = 0; i < people; ++i) {
            const std::string p = newId();
            changes.push_back(owner.set("person", p, "household_id", h, h));
            changes.push_back(owner.set("person", p, "given_name", "Naam " + std::to_string(i), h));
            if (persons)
                persons->push_back(p);
        }
        const auto reply = owner.push(changes);
        if (reply.accepted() != changes.size())
            qWarning("household push: %u of %zu accepted", reply.accepted(), changes.size());
        return h;
    }

    // Team data after everything so far, one batch (one transaction: a page
    // never splits one) each: a page that holds some of it has passed every
    // row written before.
    std::vector<std::string> newOrganisations(TestDevice &d, int n)
    {
        std::vector<std::string> ids;
        for (int i = 0; i < n; ++i) {
            ids.push_back(newId());
            if (d.push({d.set("organisation", ids.back(), "name", "Dienst " + std::to_string(i))})
                    .accepted() != 1)
                qWarning("organisation push refused");
        }
        return ids;
    }

    // One page into `replica`; false when the pull failed.
    static bool pullOne(TestDevice &d, std::uint32_t limit, Replica &replica, bool *hasMore)
    {
        int status = 0;
        const auto page = d.pullPage(limit, &status);
        if (status != 200)
            return false;
        replica.apply({page.changes().begin(), page.changes().end()});
        *hasMore = page.has_more();
        return true;
    }

    static bool pullToTheEnd(TestDevice &d, std::uint32_t limit, Replica &replica)
    {
        for (int pages = 0; pages < 10000; ++pages) {
            bool more = false;
            if (!pullOne(d, limit, replica, &more))
                return false;
            if (!more)
                return true;
        }
        return false;
    }

    // Everything the user sees now, pulled by a new device of theirs.
    std::string freshDump(const std::string &username)
    {
        TestDevice fresh(port());
        if (!fresh.enrolOk(username, kPassword))
            return "<enrolment failed>";
        Replica all;
        if (!pullToTheEnd(fresh, 1000, all))
            return "<pull failed>";
        return all.dump();
    }

    std::string username(const std::string &name) const { return name + std::to_string(m_teams); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path(), {QStringLiteral("--no-prefetch")});
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { QCOMPARE(m_team.server().terminate(), 0); }

    // The owner withdraws the share between two pages of the colleague's
    // pull, then writes to the household: the colleague's later pages carry
    // the household's purge and none of its later rows.
    void aRevokeBetweenPagesHidesTheHouseholdsLaterRows()
    {
        std::vector<std::unique_ptr<TestDevice>> d;
        QVERIFY(newTeam({"ans", "bob"}, &d));
        TestDevice &owner = *d[0], &colleague = *d[1];
        const std::string h = newHousehold(owner, 6);
        const std::string shareId = newId();
        QCOMPARE(owner.push(owner.shareWith(h, colleague.userId, shareId)).accepted(), kShareChanges);
        newOrganisations(owner, 6);

        // Pages of three until one held rows of the household; the next
        // page holds more of them, answered from what the first looked up.
        Replica replica;
        bool more = true;
        while (!replica.has(h)) {
            QVERIFY(more);
            QVERIFY(pullOne(colleague, 3, replica, &more));
        }
        QVERIFY(more);
        const long long hits = lookups("cache");
        QVERIFY(pullOne(colleague, 3, replica, &more));
        QVERIFY(more);
        QVERIFY2(lookups("cache") > hits, "the page used the answers an earlier page looked up");

        QCOMPARE(owner.push({owner.purge("household_share", shareId, h)}).accepted(), 1u);
        const std::string later = newId();
        QCOMPARE(owner
                     .push({owner.set("household", h, "notes", text("na de intrekking"), h),
                            owner.set("person", later, "household_id", h, h),
                            owner.set("person", later, "given_name", text("Later"), h)})
                     .accepted(),
                 3u);
        QVERIFY(pullToTheEnd(colleague, 3, replica));
        QVERIFY(!replica.has(h));
        QVERIFY(!replica.has(later));
        QCOMPARE(replica.dump(), freshDump(username("bob")));
    }

    // The owner shares the household between two pages of the colleague's
    // pull, after those pages passed its rows (answered: not theirs), then
    // writes to it: the grant and the later rows reach the colleague.
    void aGrantBetweenPagesSendsTheHouseholdsRows()
    {
        std::vector<std::unique_ptr<TestDevice>> d;
        QVERIFY(newTeam({"ans", "bob"}, &d));
        TestDevice &owner = *d[0], &colleague = *d[1];
        const std::string h = newHousehold(owner, 6);
        const auto organisations = newOrganisations(owner, 9);

        // Until a page held team data written after the household: the pull
        // passed the household's rows and found them not the colleague's.
        Replica replica;
        bool more = true;
        while (!replica.has(organisations.front())) {
            QVERIFY(more);
            QVERIFY(pullOne(colleague, 3, replica, &more));
        }
        QVERIFY(more);
        QVERIFY(!replica.has(h));
        // A page that meets the household's rows again (a later value of
        // the owner's, before the grant) answers from what was looked up.
        QCOMPARE(owner.push({owner.set("household", h, "notes", text("voor het delen"), h)}).accepted(), 1u);
        const auto after = newOrganisations(owner, 5);
        const long long hits = lookups("cache");
        while (!replica.has(after.front())) {
            QVERIFY(more);
            QVERIFY(pullOne(colleague, 3, replica, &more));
        }
        QVERIFY(more);
        QVERIFY2(lookups("cache") > hits, "a page used the answers an earlier page looked up");
        QVERIFY(!replica.has(h));

        QCOMPARE(owner.push(owner.shareWith(h, colleague.userId, newId())).accepted(), kShareChanges);
        const std::string later = newId();
        QCOMPARE(owner
                     .push({owner.set("household", h, "notes", text("na het delen"), h),
                            owner.set("person", later, "household_id", h, h),
                            owner.set("person", later, "given_name", text("Later"), h)})
                     .accepted(),
                 3u);
        QVERIFY(pullToTheEnd(colleague, 3, replica));
        QVERIFY(replica.has(h));
        QCOMPARE(replica.text(h, "notes"), text("na het delen"));
        QCOMPARE(replica.text(later, "given_name"), text("Later"));
        QCOMPARE(replica.dump(), freshDump(username("bob")));
    }

    // A worker creates a household whose scope their pull had met before,
    // on a record of a colleague, and answered "not theirs". The server
    // refuses a record of a household that does not exist, so the record is
    // put into the store directly, as a store could hold it.
    void aHouseholdTheUserCreatesAfterItsScopeWasSeenIsTheirs()
    {
        std::vector<std::unique_ptr<TestDevice>> d;
        QVERIFY(newTeam({"ans", "bob"}, &d));
        TestDevice &other = *d[0], &creator = *d[1];
        const std::string h = newId();
        const std::string child = newId();
        int status = 0;
        const auto refused = other.push({other.set("person", child, "household_id", h, h)}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(refused.rejected_size(), 1);
        QCOMPARE(refused.rejected(0).code(), v1::ERROR_NO_ACCESS);

        const std::string hlc = std::to_string(other.nextHlc().packed());
        std::string error;
        QVERIFY2(runStoreSql(
                     m_team.store(),
                     "BEGIN; UPDATE server_state SET value = value + 1 WHERE key = 'seq';"
                     " INSERT INTO records (record_id, entity, scope, purged) VALUES ('" +
                         child + "', 'person', '" + h +
                         "', 0);"
                         " INSERT INTO field_state (record_id, field, entity, scope, vtype, vtext, hlc,"
                         " device_id, op, seq, tx_seq) SELECT '" +
                         child + "', 'household_id', 'person', '" + h + "', 3, '" + h + "', " + hlc + ", '" +
                         other.deviceId + "', 0, value, value FROM server_state WHERE key = 'seq'; COMMIT;",
                     &error),
                 error.c_str());
        const auto organisations = newOrganisations(other, 9);

        // The creator's pull passes the record (not theirs) and goes on.
        Replica replica;
        bool more = true;
        const long long looked = lookups("store");
        while (!replica.has(organisations.front())) {
            QVERIFY(more);
            QVERIFY(pullOne(creator, 3, replica, &more));
        }
        QVERIFY(more);
        QVERIFY(!replica.has(child));
        QVERIFY(lookups("store") > looked);

        // The creator makes the household (the record of it does not exist
        // yet), then the pull goes on: it is theirs now.
        const auto reply = creator.push({creator.set("household", h, "display_name", text("Nieuw gezin"), h),
                                         creator.set("household", h, "notes", text("zelf gemaakt"), h)});
        QCOMPARE(reply.accepted(), 2u);
        QVERIFY(pullToTheEnd(creator, 3, replica));
        QVERIFY(replica.has(h));
        QCOMPARE(replica.text(h, "notes"), text("zelf gemaakt"));
        // The record the pull passed before lies before the device's cursor
        // (a household's creation sends nothing of before it); a new device
        // has it.
        TestDevice fresh(port());
        QVERIFY(fresh.enrolOk(username("bob"), kPassword));
        Replica all;
        QVERIFY(pullToTheEnd(fresh, 1000, all));
        QVERIFY(all.has(h));
        QVERIFY(all.has(child));
    }

    // Two workers whose access versions are the same number: each gets only
    // their own household, whoever pulled first.
    void twoUsersDoNotShareAnswers()
    {
        // A server with no answers kept yet, so that nothing but the user
        // tells the two users' answers apart (not a newer version of some
        // other user's).
        QCOMPARE(m_team.server().terminate(), 0);
        QVERIFY(m_team.server().start());
        std::vector<std::unique_ptr<TestDevice>> d;
        QVERIFY(newTeam({"ans", "bob"}, &d));
        TestDevice &a = *d[0], &b = *d[1];
        const std::string ha = newHousehold(a, 3);
        const std::string hb = newHousehold(b, 3);
        newOrganisations(a, 3);
        const std::string versions =
            "SELECT count(DISTINCT version) FROM access_version WHERE user_id IN ('" + a.userId + "', '" +
            b.userId + "')";
        QCOMPARE(queryStore(m_team.store(), versions), text("1"));

        for (int round = 0; round < 2; ++round) {
            TestDevice a2(port()), b2(port());
            QVERIFY(a2.enrolOk(username("ans"), kPassword));
            QVERIFY(b2.enrolOk(username("bob"), kPassword));
            Replica ra, rb;
            struct Puller
            {
                TestDevice *device;
                Replica *replica;
                bool more = true;
            };
            Puller turns[2] = {{&a2, &ra}, {&b2, &rb}};
            if (round == 1)
                std::swap(turns[0], turns[1]);
            // Page by page, in turns: each page of one follows one of the other.
            while (turns[0].more || turns[1].more) {
                for (auto &t : turns) {
                    if (t.more)
                        QVERIFY(pullOne(*t.device, 3, *t.replica, &t.more));
                }
            }
            QVERIFY(ra.has(ha));
            QVERIFY(!ra.has(hb));
            QVERIFY(rb.has(hb));
            QVERIFY(!rb.has(ha));
        }
    }

    // After a full pull, the user's push that creates a household: their
    // next (incremental) pull carries it.
    void anIncrementalPullAfterTheUsersNewHousehold()
    {
        std::vector<std::unique_ptr<TestDevice>> d;
        QVERIFY(newTeam({"ans"}, &d));
        TestDevice &a = *d[0];
        const std::string first = newHousehold(a, 2);
        TestDevice tablet(port());
        QVERIFY(tablet.enrolOk(username("ans"), kPassword));
        Replica replica;
        QVERIFY(pullToTheEnd(tablet, 1000, replica));
        QVERIFY(replica.has(first));
        // Answers kept: the next incremental pull answers from them.
        const long long hits = lookups("cache");
        QCOMPARE(a.push({a.set("household", first, "notes", text("bijgewerkt"), first)}).accepted(), 1u);
        QVERIFY(pullToTheEnd(tablet, 1000, replica));
        QCOMPARE(replica.text(first, "notes"), text("bijgewerkt"));
        QVERIFY(lookups("cache") > hits);

        for (TestDevice *creator : {&a, &tablet}) {
            const std::string second = newHousehold(*creator, 2);
            QVERIFY(pullToTheEnd(tablet, 1000, replica));
            QVERIFY(replica.has(second));
            QCOMPARE(replica.text(second, "notes"), text("notitie"));
        }
        QCOMPARE(replica.dump(), freshDump(username("ans")));
    }
};

QTEST_GUILESS_MAIN(TestServerVisibility)
#include "tst_server_visibility.moc"
