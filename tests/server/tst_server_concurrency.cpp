// Two server processes on one store, several devices pushing and pulling at
// once: every pushed change reaches a puller exactly once (no cursor skips
// a late commit).
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

using namespace brugboek;
using namespace brugboek::testing;

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TeamServer m_team;
    std::unique_ptr<ServerProcess> m_second;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = m_team.setUp(m_dir.path());
        BRUGBOEK_REQUIRE_STORE(m_team.store());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_second = std::make_unique<ServerProcess>(m_team.store().storeArgs, m_dir.path());
        QVERIFY(m_second->start());
    }

    void everyChangeIsSeenExactlyOnce()
    {
        constexpr int kPushers = 4;
        constexpr int kBatches = 25;
        constexpr int kPerBatch = 8;
        const int ports[2] = {m_team.port(), m_second->port()};

        std::vector<std::unique_ptr<TestDevice>> pushers;
        for (int i = 0; i < kPushers; ++i) {
            pushers.push_back(std::make_unique<TestDevice>(ports[i % 2]));
            QVERIFY(pushers.back()->enrolOk(i % 2 ? "amina" : "bram", kPassword));
        }
        std::vector<std::unique_ptr<TestDevice>> pullers;
        for (int i = 0; i < 2; ++i) {
            pullers.push_back(std::make_unique<TestDevice>(ports[i % 2]));
            QVERIFY(pullers.back()->enrolOk("cora", kPassword));
        }

        std::atomic<int> pushFailures {0};
        std::atomic<bool> pushing {true};
        std::mutex mutex;
        std::vector<std::string> pushed;
        std::vector<std::thread> threads;
        for (int p = 0; p < kPushers; ++p) {
            threads.emplace_back([&, p] {
                TestDevice &d = *pushers[static_cast<std::size_t>(p)];
                for (int b = 0; b < kBatches; ++b) {
                    d.port = ports[(p + b) % 2];
                    std::vector<v1::PushedChange> changes;
                    std::vector<std::string> ids;
                    for (int i = 0; i < kPerBatch; ++i) {
                        ids.push_back(newId());
                        changes.push_back(d.set("organisation", ids.back(), "name", std::string("Dienst")));
                    }
                    int status = 0;
                    const auto reply = d.push(changes, &status);
                    if (status != 200 || reply.accepted() != kPerBatch) {
                        ++pushFailures;
                        continue;
                    }
                    std::lock_guard lock(mutex);
                    pushed.insert(pushed.end(), ids.begin(), ids.end());
                }
            });
        }
        std::vector<std::map<std::string, int>> seen(pullers.size());
        std::atomic<int> pullFailures {0};
        std::vector<std::thread> pullThreads;
        for (std::size_t q = 0; q < pullers.size(); ++q) {
            pullThreads.emplace_back([&, q] {
                TestDevice &d = *pullers[q];
                auto drainOnce = [&](int round) {
                    for (;;) {
                        d.port = ports[static_cast<std::size_t>(round) % 2];
                        int status = 0;
                        const auto page = d.pullPage(37, &status);
                        if (status != 200) {
                            ++pullFailures;
                            return;
                        }
                        for (const auto &c : page.changes()) {
                            if (c.entity() == "organisation")
                                ++seen[q][c.record_id()];
                        }
                        ++round;
                        if (!page.has_more())
                            return;
                    }
                };
                int round = static_cast<int>(q);
                while (pushing.load()) {
                    drainOnce(round++);
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                drainOnce(round);
            });
        }
        for (auto &t : threads)
            t.join();
        pushing = false;
        for (auto &t : pullThreads)
            t.join();

        QCOMPARE(pushFailures.load(), 0);
        QCOMPARE(pullFailures.load(), 0);
        QCOMPARE(pushed.size(), std::size_t(kPushers * kBatches * kPerBatch));
        for (std::size_t q = 0; q < pullers.size(); ++q) {
            QCOMPARE(seen[q].size(), pushed.size());
            for (const auto &id : pushed) {
                auto it = seen[q].find(id);
                QVERIFY2(it != seen[q].end(), ("never pulled: " + id).c_str());
                QVERIFY2(it->second == 1, ("pulled more than once: " + id).c_str());
            }
        }
    }

    void cleanupTestCase()
    {
        if (m_second)
            QCOMPARE(m_second->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
