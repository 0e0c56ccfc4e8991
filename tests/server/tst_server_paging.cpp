// Pull pages: small limits, whole transactions per page, resumable cursors.
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>
#include <set>

using namespace brugboek;
using namespace brugboek::testing;

class TestServerPaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<TestDevice> m_amina;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_amina = std::make_unique<TestDevice>(m_team.port());
        QVERIFY(m_amina->enrolOk("amina", kPassword));
    }

    void pagesNeverSplitATransaction()
    {
        // Three batches of seven organisations (team data: bram sees them).
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
        TestDevice bram(m_team.port());
        QVERIFY(bram.enrolOk("bram", kPassword));
        std::map<std::string, int> seen;
        int pages = 0;
        std::uint64_t lastWatermark = 0;
        for (;;) {
            int status = 0;
            const auto page = bram.pullPage(5, &status);
            QCOMPARE(status, 200);
            ++pages;
            QVERIFY(page.watermark() >= lastWatermark);
            lastWatermark = page.watermark();
            std::map<int, int> perBatch;
            for (const auto &c : page.changes()) {
                auto it = batchOf.find(c.record_id());
                if (it != batchOf.end()) {
                    ++perBatch[it->second];
                    ++seen[c.record_id()];
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
        for (const auto &[id, n] : seen)
            QCOMPARE(n, 1);
        // At the end, nothing more and the same watermark.
        const auto empty = bram.pullPage(5);
        QCOMPARE(empty.changes_size(), 0);
        QVERIFY(!empty.has_more());
        QCOMPARE(empty.watermark(), lastWatermark);
    }

    void aCursorResumes()
    {
        for (int b = 0; b < 4; ++b) {
            std::vector<v1::PushedChange> changes;
            for (int i = 0; i < 3; ++i)
                changes.push_back(m_amina->set("school", newId(), "name", std::string("School")));
            QCOMPARE(m_amina->push(changes).accepted(), 3u);
        }
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("bram", kPassword));
        d.pullPage(3);
        const std::string saved = d.cursor;
        const auto second = d.pullPage(3);
        QVERIFY(second.changes_size() > 0);
        // The connection was cut before the page was stored: pull again.
        d.cursor = saved;
        const auto again = d.pullPage(3);
        QCOMPARE(again.SerializeAsString(), second.SerializeAsString());
        // And on to the end, every change once.
        std::set<std::string> keys;
        for (const auto &c : d.pullAll(3)) {
            const std::string key = c.record_id() + "/" + c.field();
            QVERIFY2(keys.insert(key).second, key.c_str());
        }
    }

    void aLargeGrantArrivesWhole()
    {
        const std::string h = newId();
        std::vector<v1::PushedChange> changes {
            m_amina->set("household", h, "display_name", std::string("G"), h)};
        std::set<std::string> people;
        for (int i = 0; i < 40; ++i) {
            const std::string p = newId();
            people.insert(p);
            changes.push_back(m_amina->set("person", p, "household_id", h, h));
            changes.push_back(m_amina->set("person", p, "given_name", std::string("Kind"), h));
        }
        QCOMPARE(m_amina->push(changes).accepted(), 81u);
        TestDevice bram(m_team.port());
        QVERIFY(bram.enrolOk("bram", kPassword));
        bram.pullAll(7);
        const std::string share = newId();
        QCOMPARE(m_amina->push(m_amina->shareWith(h, bram.userId, share)).accepted(), kShareChanges);
        Replica r;
        r.apply(bram.pullAll(7));
        QVERIFY(r.has(h));
        for (const auto &p : people)
            QCOMPARE(r.text(p, "given_name"), std::string("Kind"));
    }

    void grantsAndRevokesOnTinyPages()
    {
        TestDevice bram(m_team.port());
        QVERIFY(bram.enrolOk("bram", kPassword));
        auto shareWithBram = [&](const std::string &h) {
            const std::string s = newId();
            const auto reply = m_amina->push(m_amina->shareWith(h, bram.userId, s));
            return reply.accepted() == kShareChanges ? s : std::string();
        };
        const std::string kept = newId();
        const std::string person = newId();
        QCOMPARE(m_amina
                     ->push({m_amina->set("household", kept, "display_name", std::string("Blijft"), kept),
                             m_amina->set("person", person, "household_id", kept, kept),
                             m_amina->set("person", person, "given_name", std::string("Noor"), kept)})
                     .accepted(),
                 3u);
        const std::string gone = newId();
        QCOMPARE(m_amina->push({m_amina->set("household", gone, "display_name", std::string("Weg"), gone)})
                     .accepted(),
                 1u);
        for (int i = 0; i < 3; ++i) {
            const std::string s = shareWithBram(kept);
            QVERIFY(!s.empty());
            // An edit while shared, then the share goes again.
            QCOMPARE(
                m_amina
                    ->push({m_amina->set("person", person, "given_name", "Noor " + std::to_string(i), kept)})
                    .accepted(),
                1u);
            QCOMPARE(m_amina->push({m_amina->purge("household_share", s, kept)}).accepted(), 1u);
            const std::string t = shareWithBram(gone);
            QVERIFY(!t.empty());
            QCOMPARE(m_amina->push({m_amina->purge("household_share", t, gone)}).accepted(), 1u);
        }
        QVERIFY(!shareWithBram(kept).empty());

        for (std::uint32_t limit : {1u, 2u, 3u, 5u, 1000u}) {
            bram.cursor.clear();
            bram.watermark = 0;
            Replica r;
            r.apply(bram.pullAll(limit));
            QVERIFY2(r.has(kept), qPrintable(QString("limit %1").arg(limit)));
            QCOMPARE(r.text(person, "given_name"), std::string("Noor 2"));
            QVERIFY2(!r.has(gone), qPrintable(QString("limit %1").arg(limit)));
        }
    }

    // Random histories of edits, shares, unshares and purges, pulled in
    // pages of random sizes along the way, end in the same state as one
    // fresh pull.
    void randomHistoriesConverge()
    {
        std::mt19937 random(20261123);
        auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
        TestDevice bram(m_team.port());
        QVERIFY(bram.enrolOk("bram", kPassword));
        std::vector<std::string> households;
        for (int i = 0; i < 3; ++i) {
            const std::string h = newId();
            households.push_back(h);
            QCOMPARE(
                m_amina->push({m_amina->set("household", h, "display_name", std::string("G"), h)}).accepted(),
                1u);
        }
        std::map<std::string, std::string> shareOf; // household -> live share
        std::map<std::string, std::vector<std::string>> people;
        Replica incremental;
        for (int step = 0; step < 160; ++step) {
            const std::string &h = households[pick(households.size())];
            switch (pick(7)) {
            case 0:
                QCOMPARE(m_amina->push({m_amina->set("household", h, "notes", "n" + std::to_string(step), h)})
                             .accepted(),
                         1u);
                break;
            case 1: {
                const std::string p = newId();
                people[h].push_back(p);
                QCOMPARE(m_amina
                             ->push({m_amina->set("person", p, "household_id", h, h),
                                     m_amina->set("person", p, "given_name", "p" + std::to_string(step), h)})
                             .accepted(),
                         2u);
                break;
            }
            case 2:
                if (shareOf.count(h)) {
                    QCOMPARE(m_amina->push({m_amina->purge("household_share", shareOf[h], h)}).accepted(),
                             1u);
                    shareOf.erase(h);
                } else {
                    const std::string s = newId();
                    QCOMPARE(m_amina->push(m_amina->shareWith(h, bram.userId, s)).accepted(), kShareChanges);
                    shareOf[h] = s;
                }
                break;
            case 3:
                QCOMPARE(m_amina->push({m_amina->set("organisation", newId(), "name", std::string("O"))})
                             .accepted(),
                         1u);
                break;
            case 4:
                if (!people[h].empty()) {
                    const std::size_t k = pick(people[h].size());
                    const std::string p = people[h][k];
                    if (pick(2) == 0) {
                        QCOMPARE(m_amina->push({m_amina->purge("person", p, h)}).accepted(), 1u);
                        people[h].erase(people[h].begin() + static_cast<std::ptrdiff_t>(k));
                    } else {
                        // Moved to another household.
                        const std::string &to = households[pick(households.size())];
                        QCOMPARE(
                            m_amina->push({m_amina->set("person", p, "household_id", to, to)}).accepted(),
                            1u);
                        people[h].erase(people[h].begin() + static_cast<std::ptrdiff_t>(k));
                        people[to].push_back(p);
                    }
                }
                break;
            default:
                for (int n = pick(3) + 1; n > 0; --n) {
                    const auto page = bram.pullPage(static_cast<std::uint32_t>(pick(7) + 1));
                    incremental.apply({page.changes().begin(), page.changes().end()});
                }
            }
        }
        incremental.apply(bram.pullAll(static_cast<std::uint32_t>(pick(7) + 1)));
        for (std::uint32_t limit : {1000u, 1u, 4u}) {
            TestDevice fresh(m_team.port(), bram.deviceId);
            fresh.token = bram.token;
            Replica r;
            r.apply(fresh.pullAll(limit));
            QCOMPARE(QString::fromStdString(incremental.dump()), QString::fromStdString(r.dump()));
        }
        for (const auto &h : households)
            QCOMPARE(incremental.has(h), shareOf.count(h) > 0);
    }

    void limitsAreCapped()
    {
        TestDevice d(m_team.port());
        QVERIFY(d.enrolOk("bram", kPassword));
        int status = 0;
        const auto page = d.pullPage(1000000, &status);
        QCOMPARE(status, 200);
        QVERIFY(page.changes_size() > 0);
        QVERIFY(!page.has_more());
    }
};

QTEST_GUILESS_MAIN(TestServerPaging)
#include "tst_server_paging.moc"
