// The next pull page made ahead (PullPrefetcher): the same pages as without
// it, byte for byte; writes, revokes and device revocations between two
// pages of a pull are seen as if the request had come when the page was
// made; a page is served only to exactly the request it was made for.
#include "serverharness.h"

#include <httplib.h>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace brugboek;
using namespace brugboek::testing;

namespace {

std::string text(const char *s)
{
    return std::string(s);
}

// The server's count of pages made ahead with this outcome (made, served,
// dropped, skipped, failed).
int prefetchCount(int port, const std::string &outcome)
{
    const HttpResult r = httpGet(port, "/metrics");
    const std::string key = "brugboek_pull_prefetch_total{outcome=\"" + outcome + "\"} ";
    const auto at = r.body.find(key);
    if (at == std::string::npos)
        return 0;
    return std::stoi(r.body.substr(at + key.size()));
}

// Waits until the server made `count` pages ahead in all.
bool madeAtLeast(int port, int count)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        if (prefetchCount(port, "made") >= count)
            return true;
        QThread::msleep(5);
    }
    return false;
}

// One pull page as the bytes of the reply (decompressed); advances the
// device's cursor.
HttpResult pullRaw(TestDevice &d, std::uint32_t limit, bool records, v1::PullPage *page)
{
    v1::PullRequest r;
    r.set_protocol_version(v1::PROTOCOL_VERSION_1);
    r.set_device_id(d.deviceId);
    r.set_cursor(d.cursor);
    r.set_limit(limit);
    r.set_want_records(records);
    HttpResult res = httpPost(d.port, "/v1/pull", r.SerializeAsString(), d.token);
    page->Clear();
    if (res.status == 200 && page->ParseFromString(res.body)) {
        d.cursor = page->next_cursor();
        d.watermark = page->watermark();
    }
    return res;
}

} // namespace

class TestServerPrefetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    // A second server on the same store that makes every page when asked.
    std::unique_ptr<ServerProcess> m_plain;
    std::unique_ptr<TestDevice> m_amina, m_aminaPhone, m_bram;

    int port() { return m_team.port(); }

    std::string newHousehold(TestDevice &owner, int people, int encounters)
    {
        const std::string h = newId();
        std::vector<v1::PushedChange> changes {owner.set("household", h, "display_name", text("Gezin"), h),
                                               owner.set("household", h, "notes", text("notitie"), h)};
        for (int i = 0; i < people; ++i) {
            const std::string p = newId();
            changes.push_back(owner.set("person", p, "household_id", h, h));
            changes.push_back(owner.set("person", p, "given_name", "Naam " + std::to_string(i), h));
        }
        for (int i = 0; i < encounters; ++i) {
            const std::string e = newId();
            changes.push_back(owner.set("encounter", e, "household_id", h, h));
            changes.push_back(owner.set("encounter", e, "note", text("Één gesprek"), h));
        }
        const auto reply = owner.push(changes);
        if (reply.accepted() != changes.size())
            qWarning("household push: %u of %zu accepted", reply.accepted(), changes.size());
        return h;
    }

    // Pulls to the end (has_more false) into `replica`; returns the pages,
    // -1 when a pull failed.
    int pullToTheEnd(TestDevice &d, std::uint32_t limit, Replica &replica)
    {
        int pages = 0;
        for (;;) {
            int status = 0;
            const auto page = d.pullPage(limit, &status);
            if (status != 200)
                return -1;
            ++pages;
            replica.apply({page.changes().begin(), page.changes().end()});
            if (!page.has_more() || pages > 1000)
                return pages;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_plain = std::make_unique<ServerProcess>(m_team.store().storeArgs, m_dir.path());
        m_plain->setServeArgs({QStringLiteral("--no-prefetch")});
        QVERIFY(m_plain->start());
        m_amina = std::make_unique<TestDevice>(port());
        m_aminaPhone = std::make_unique<TestDevice>(port());
        m_bram = std::make_unique<TestDevice>(port());
        QVERIFY(m_amina->enrolOk("amina", kPassword));
        QVERIFY(m_aminaPhone->enrolOk("amina", kPassword));
        QVERIFY(m_bram->enrolOk("bram", kPassword));
        // Several pages of amina's (and a share for bram).
        for (int i = 0; i < 6; ++i)
            newHousehold(i % 2 ? *m_aminaPhone : *m_amina, 3, 2);
        std::vector<v1::PushedChange> team;
        for (int i = 0; i < 8; ++i)
            team.push_back(m_amina->set("organisation", newId(), "name", "Dienst " + std::to_string(i)));
        QCOMPARE(m_amina->push(team).accepted(), 8u);
    }

    void cleanupTestCase()
    {
        if (m_plain)
            QCOMPARE(m_plain->terminate(), 0);
    }

    void theSamePagesWithAndWithout()
    {
        for (bool records : {false, true}) {
            for (std::uint32_t limit : {3u, 10u, 1000u}) {
                // One device of the same user on each server, page by page.
                TestDevice ahead(port()), plain(m_plain->port());
                QVERIFY(ahead.enrolOk("amina", kPassword));
                QVERIFY(plain.enrolOk("amina", kPassword));
                const int served = prefetchCount(port(), "served");
                int made = prefetchCount(port(), "made");
                int pages = 0;
                for (;;) {
                    if (pages > 0) {
                        // The page asked for next was made ahead.
                        QVERIFY(madeAtLeast(port(), ++made));
                    }
                    v1::PullPage a, b;
                    const HttpResult ra = pullRaw(ahead, limit, records, &a);
                    const HttpResult rb = pullRaw(plain, limit, records, &b);
                    QCOMPARE(ra.status, 200);
                    QCOMPARE(rb.status, 200);
                    ++pages;
                    QVERIFY2(ra.body == rb.body,
                             qPrintable(QStringLiteral("records %1, limit %2, page %3 differs")
                                            .arg(records)
                                            .arg(limit)
                                            .arg(pages)));
                    if (!a.has_more())
                        break;
                    QVERIFY(pages < 1000);
                }
                if (limit < 1000)
                    QVERIFY(pages > 3);
                // Every page after the first came from the pages made ahead,
                // and nothing was made after the last one.
                QCOMPARE(prefetchCount(port(), "served") - served, pages - 1);
                QTest::qWait(100);
                QCOMPARE(prefetchCount(port(), "made"), made);
            }
        }
    }

    void aWriteBetweenPagesComesLater()
    {
        TestDevice d(port());
        QVERIFY(d.enrolOk("amina", kPassword));
        const std::string h = newHousehold(*m_amina, 2, 1);
        Replica replica;
        const int made = prefetchCount(port(), "made");
        const int taken = prefetchCount(port(), "served") + prefetchCount(port(), "stale");
        const auto first = d.pullPage(5);
        QVERIFY(first.has_more());
        replica.apply({first.changes().begin(), first.changes().end()});
        QVERIFY(madeAtLeast(port(), made + 1));
        // Written after the second page was made (by another device).
        QCOMPARE(m_aminaPhone->push({m_aminaPhone->set("household", h, "notes", text("later geschreven"), h)})
                     .accepted(),
                 1u);
        const std::string person = newId();
        QCOMPARE(m_aminaPhone->push({m_aminaPhone->set("person", person, "household_id", h, h)}).accepted(),
                 1u);
        QVERIFY(pullToTheEnd(d, 5, replica) > 0);
        QVERIFY(prefetchCount(port(), "served") + prefetchCount(port(), "stale") > taken);
        // The writes are there by the end of the pull (a last page made
        // before them is made anew).
        QCOMPARE(replica.text(h, "notes"), std::string("later geschreven"));
        QVERIFY(replica.has(person));
        // The same as a device that pulls everything now.
        TestDevice fresh(m_plain->port());
        QVERIFY(fresh.enrolOk("amina", kPassword));
        Replica all;
        QVERIFY(pullToTheEnd(fresh, 1000, all) > 0);
        QCOMPARE(replica.dump(), all.dump());
    }

    // A pull that starts after a write was acknowledged ends with it, also
    // when its last page was made ahead before the write: by this server, or
    // by another server process on the same store.
    void aLastPageMadeBeforeAWriteIsMadeAnew_data()
    {
        QTest::addColumn<bool>("elsewhere");
        QTest::newRow("written through this server") << false;
        QTest::newRow("written through another server") << true;
    }

    void aLastPageMadeBeforeAWriteIsMadeAnew()
    {
        QFETCH(bool, elsewhere);
        TestDevice d(port());
        QVERIFY(d.enrolOk("amina", kPassword));
        Replica replica;
        QVERIFY(pullToTheEnd(d, 1000, replica) > 0);
        m_aminaPhone->port = elsewhere ? m_plain->port() : port();
        auto organisations = [&](int n) {
            std::vector<std::string> ids;
            std::vector<v1::PushedChange> changes;
            for (int i = 0; i < n; ++i) {
                ids.push_back(newId());
                changes.push_back(m_aminaPhone->set("organisation", ids.back(), "name", text("Dienst")));
            }
            if (m_aminaPhone->push(changes).accepted() != static_cast<std::uint32_t>(n))
                ids.clear();
            return ids;
        };
        // Two transactions of three rows: at three a page, the first page has
        // more and the second, made ahead, is the last.
        const auto first = organisations(3);
        const auto second = organisations(3);
        QCOMPARE(second.size(), std::size_t(3));
        const int made = prefetchCount(port(), "made");
        const int stale = prefetchCount(port(), "stale");
        const auto page = d.pullPage(3);
        QVERIFY(page.has_more());
        QCOMPARE(page.changes_size(), 3);
        replica.apply({page.changes().begin(), page.changes().end()});
        QVERIFY(madeAtLeast(port(), made + 1));
        // Acknowledged after the last page was made, before it is asked for.
        const auto later = organisations(1);
        QCOMPARE(later.size(), std::size_t(1));
        m_aminaPhone->port = port();
        QVERIFY(pullToTheEnd(d, 3, replica) > 0);
        for (const auto &id : first)
            QVERIFY(replica.has(id));
        for (const auto &id : second)
            QVERIFY(replica.has(id));
        QVERIFY2(replica.has(later.front()), "the pull ended without a write acknowledged before it");
        QCOMPARE(prefetchCount(port(), "stale"), stale + 1);
    }

    // The team's policy comes on every page but is no part of the log: a
    // `team set` does not move the store's seq. A last page made ahead
    // before it is made anew, so a pull that starts after the change ends
    // with the new policy.
    void aLastPageMadeBeforeAPolicyChangeIsMadeAnew()
    {
        TestDevice d(port());
        QVERIFY(d.enrolOk("amina", kPassword));
        Replica replica;
        QVERIFY(pullToTheEnd(d, 1000, replica) > 0);
        // Two transactions of three rows: at three a page, the first page
        // has more and the second, made ahead, is the last.
        for (int t = 0; t < 2; ++t) {
            std::vector<v1::PushedChange> changes;
            for (int i = 0; i < 3; ++i)
                changes.push_back(m_aminaPhone->set("organisation", newId(), "name", text("Dienst")));
            QCOMPARE(m_aminaPhone->push(changes).accepted(), 3u);
        }
        const int made = prefetchCount(port(), "made");
        const int served = prefetchCount(port(), "served");
        const int stale = prefetchCount(port(), "stale");
        const auto first = d.pullPage(3);
        QVERIFY(first.has_more());
        const std::uint32_t before = first.policy().lease_lock_days();
        QVERIFY(madeAtLeast(port(), made + 1));
        // Changed after the last page was made, before it is asked for.
        const std::uint32_t changed = before + 3;
        QByteArray out;
        QCOMPARE(m_team.server().admin(
                     {"team", "set", "Noord", "--lease-lock-days", QString::number(changed)}, &out),
                 0);
        int status = 0;
        const auto last = d.pullPage(3, &status);
        QCOMPARE(status, 200);
        QVERIFY(!last.has_more());
        QCOMPARE(last.changes_size(), 3);
        QCOMPARE(last.policy().lease_lock_days(), changed);
        QCOMPARE(prefetchCount(port(), "stale"), stale + 1);
        QCOMPARE(prefetchCount(port(), "served"), served);

        // With nothing changed since, a last page made ahead is served.
        for (int t = 0; t < 2; ++t) {
            std::vector<v1::PushedChange> changes;
            for (int i = 0; i < 3; ++i)
                changes.push_back(m_aminaPhone->set("organisation", newId(), "name", text("Dienst")));
            QCOMPARE(m_aminaPhone->push(changes).accepted(), 3u);
        }
        const int madeAgain = prefetchCount(port(), "made");
        QVERIFY(d.pullPage(3).has_more());
        QVERIFY(madeAtLeast(port(), madeAgain + 1));
        const auto again = d.pullPage(3);
        QVERIFY(!again.has_more());
        QCOMPARE(again.policy().lease_lock_days(), changed);
        QCOMPARE(prefetchCount(port(), "served"), served + 1);
        QCOMPARE(prefetchCount(port(), "stale"), stale + 1);
    }

    void aRevokeBetweenPages()
    {
        const std::string h = newHousehold(*m_amina, 4, 3);
        const std::string shareId = newId();
        QCOMPARE(m_amina->push(m_amina->shareWith(h, m_bram->userId, shareId)).accepted(), kShareChanges);
        TestDevice d(port());
        QVERIFY(d.enrolOk("bram", kPassword));
        Replica replica;
        const int made = prefetchCount(port(), "made");
        const int served = prefetchCount(port(), "served");
        const auto first = d.pullPage(3);
        QVERIFY(first.has_more());
        replica.apply({first.changes().begin(), first.changes().end()});
        QVERIFY(madeAtLeast(port(), made + 1));
        // The share is withdrawn between two pages of bram's pull.
        QCOMPARE(m_amina->push({m_amina->purge("household_share", shareId, h)}).accepted(), 1u);
        QVERIFY(pullToTheEnd(d, 3, replica) > 0);
        QVERIFY(prefetchCount(port(), "served") > served);
        if (replica.has(h))
            QVERIFY(pullToTheEnd(d, 3, replica) > 0);
        // The revoke's purge followed: nothing of the household is left.
        QVERIFY(!replica.has(h));
        TestDevice fresh(m_plain->port());
        QVERIFY(fresh.enrolOk("bram", kPassword));
        Replica all;
        QVERIFY(pullToTheEnd(fresh, 1000, all) > 0);
        QCOMPARE(replica.dump(), all.dump());
    }

    void aRevokedDeviceGetsNoPageMadeAhead()
    {
        TestDevice d(port());
        QVERIFY(d.enrolOk("amina", kPassword));
        const int made = prefetchCount(port(), "made");
        const int served = prefetchCount(port(), "served");
        const auto first = d.pullPage(5);
        QVERIFY(first.has_more());
        QVERIFY(madeAtLeast(port(), made + 1));
        QCOMPARE(m_team.server().admin({"device", "revoke", QString::fromStdString(d.deviceId)}), 0);
        int status = 0;
        const auto page = d.pullPage(5, &status);
        QCOMPARE(status, 401);
        QCOMPARE(page.changes_size(), 0);
        QCOMPARE(prefetchCount(port(), "served"), served);
        // Only the page served is in the audit log (pull entries are
        // written within a second).
        QTest::qWait(1500);
        QByteArray out;
        QCOMPARE(
            m_team.server().admin({"audit", "list", "--device", QString::fromStdString(d.deviceId)}, &out),
            0);
        int pulls = 0, refused = 0;
        for (const QByteArray &line : out.split('\n')) {
            const auto cells = line.split('\t');
            pulls += cells.contains("pull");
            refused += cells.contains("revoked_request");
        }
        QCOMPARE(pulls, 1);
        QCOMPARE(refused, 1);
    }

    void onlyTheSameRequestIsAnswered()
    {
        TestDevice d(port());
        QVERIFY(d.enrolOk("amina", kPassword));
        int made = prefetchCount(port(), "made");
        const int served = prefetchCount(port(), "served");
        // Waits for the page made ahead after `page`, when it has more.
        auto settle = [&](const v1::PullPage &page) {
            return !page.has_more() || madeAtLeast(port(), ++made);
        };
        v1::PullPage first, again, page;
        QCOMPARE(pullRaw(d, 4, true, &first).status, 200);
        QVERIFY(first.has_more());
        QVERIFY(settle(first));

        // Rewound: the first page again, made anew.
        const std::string second = d.cursor;
        d.cursor.clear();
        QCOMPARE(pullRaw(d, 4, true, &again).status, 200);
        QCOMPARE(again.SerializeAsString(), first.SerializeAsString());
        QCOMPARE(prefetchCount(port(), "served"), served);
        QVERIFY(settle(again));

        // Another limit, another form, another device of the same user,
        // another user, another encoding: each made anew.
        QCOMPARE(pullRaw(d, 5, true, &page).status, 200);
        QCOMPARE(prefetchCount(port(), "served"), served);
        QVERIFY(settle(page));
        d.cursor = second;
        QCOMPARE(pullRaw(d, 4, false, &page).status, 200);
        QCOMPARE(prefetchCount(port(), "served"), served);
        QVERIFY(settle(page));
        TestDevice other(port());
        QVERIFY(other.enrolOk("amina", kPassword));
        other.cursor = d.cursor;
        QCOMPARE(pullRaw(other, 4, false, &page).status, 200);
        QCOMPARE(prefetchCount(port(), "served"), served);
        QVERIFY(settle(page));
        TestDevice bram(port());
        QVERIFY(bram.enrolOk("bram", kPassword));
        bram.cursor = other.cursor;
        QCOMPARE(pullRaw(bram, 4, false, &page).status, 200);
        QCOMPARE(prefetchCount(port(), "served"), served);
        QVERIFY(settle(page));
        {
            // Accepting gzip (the harness's client asks for no encoding).
            v1::PullRequest r;
            r.set_protocol_version(v1::PROTOCOL_VERSION_1);
            r.set_device_id(other.deviceId);
            r.set_cursor(other.cursor);
            r.set_limit(4);
            httplib::Client client("127.0.0.1", port());
            httplib::Headers headers {{"Authorization", "Bearer " + other.token},
                                      {"Accept-Encoding", "gzip"}};
            auto res = client.Post("/v1/pull", headers, r.SerializeAsString(), "application/x-protobuf");
            QVERIFY(res);
            QCOMPARE(res->status, 200);
            QVERIFY(page.ParseFromString(res->body)); // decompressed by the client
            QCOMPARE(prefetchCount(port(), "served"), served);
            other.cursor = page.next_cursor();
            QVERIFY(settle(page));
        }

        // The device's own push drops its page: it reads its own write.
        QVERIFY(page.has_more());
        const int dropped = prefetchCount(port(), "dropped");
        newHousehold(other, 1, 0);
        QCOMPARE(pullRaw(other, 4, false, &page).status, 200);
        QCOMPARE(prefetchCount(port(), "served"), served);
        QVERIFY(prefetchCount(port(), "dropped") > dropped);
        QVERIFY(settle(page));

        // And the same request is answered from it.
        QVERIFY(page.has_more());
        QCOMPARE(pullRaw(other, 4, false, &page).status, 200);
        QCOMPARE(prefetchCount(port(), "served"), served + 1);
    }

    void noPageAheadAfterTheLastPage()
    {
        TestDevice d(port());
        QVERIFY(d.enrolOk("amina", kPassword));
        Replica replica;
        QVERIFY(pullToTheEnd(d, 1000, replica) > 0);
        QTest::qWait(100);
        const int made = prefetchCount(port(), "made");
        const int skipped = prefetchCount(port(), "skipped");
        // Incremental pulls (nothing more after the page) make nothing ahead.
        for (int i = 0; i < 20; ++i) {
            const auto page = d.pullPage(1000);
            QVERIFY(!page.has_more());
        }
        QTest::qWait(100);
        QCOMPARE(prefetchCount(port(), "made"), made);
        QCOMPARE(prefetchCount(port(), "skipped"), skipped);
    }

    void aPageBeingMadeIsWaitedFor_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::newRow("asked for") << false;
        QTest::newRow("server stopped") << true;
    }
    void aPageBeingMadeIsWaitedFor()
    {
        QFETCH(bool, stop);
        // A server of its own whose pages made ahead take 700 ms each.
        QTemporaryDir dir;
        TeamServer own;
        qputenv("BRUGBOEK_TEST_PREFETCH_DELAY_MS", "700");
        const QString problem = own.setUp(dir.path());
        qunsetenv("BRUGBOEK_TEST_PREFETCH_DELAY_MS");
        BRUGBOEK_REQUIRE_STORE(own.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        TestDevice amina(own.port());
        QVERIFY(amina.enrolOk("amina", kPassword));
        for (int i = 0; i < 3; ++i)
            newHousehold(amina, 5, 5);
        TestDevice d(own.port());
        QVERIFY(d.enrolOk("amina", kPassword));
        QVERIFY(d.pullPage(10).has_more());
        QElapsedTimer t;
        t.start();
        if (stop) {
            // SIGTERM while the next page is being made: a clean stop.
            QCOMPARE(own.server().terminate(), 0);
            QVERIFY2(own.server().output().contains("stopped"), qPrintable(own.server().output()));
            QVERIFY(t.elapsed() < 10000);
            return;
        }
        // Asked for at once: the request waits for the page being made.
        int status = 0;
        const auto second = d.pullPage(10, &status);
        QCOMPARE(status, 200);
        QVERIFY(second.changes_size() > 0);
        QCOMPARE(prefetchCount(own.port(), "served"), 1);
        QVERIFY(t.elapsed() >= 500);
        QCOMPARE(own.server().terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerPrefetch)
#include "tst_server_prefetch.moc"
