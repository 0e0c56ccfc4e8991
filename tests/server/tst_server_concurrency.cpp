// Two server processes on one store, several devices pushing and pulling at
// once: every pushed change reaches a puller exactly once (no cursor skips
// a late commit). And many devices pushing at once to one server, which
// queues its writers and commits pushes in groups (PushCommitter): every
// batch is applied exactly once, a retry racing its original gets the same
// reply, a change rejected in one batch leaves the others of its group
// alone, and no push fails for a busy store.
#include "serverharness.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <set>
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

    void manyPushersOnOneServerEachBatchOnce()
    {
        // Device pairs: both threads of a pair send the same batches (the
        // same device, batch_seq and changes) at about the same time, as a
        // device that retries while its first try still waits in the server.
        constexpr int kDevices = 8;
        constexpr int kBatches = 15;
        constexpr int kPerBatch = 3;
        const int port = m_team.port();
        std::vector<std::unique_ptr<TestDevice>> devices;
        for (int i = 0; i < kDevices; ++i) {
            devices.push_back(std::make_unique<TestDevice>(port));
            QVERIFY(devices.back()->enrolOk(i % 2 ? "amina" : "bram", kPassword));
        }
        // The requests, made up front so that both threads of a pair send the same bytes.
        struct Batch
        {
            v1::PushRequest request;
            std::vector<std::string> ids;
            bool withInvalid = false;
        };
        std::vector<std::vector<Batch>> batches(kDevices);
        for (int d = 0; d < kDevices; ++d) {
            TestDevice &device = *devices[static_cast<std::size_t>(d)];
            for (int b = 0; b < kBatches; ++b) {
                Batch batch;
                std::vector<v1::PushedChange> changes;
                for (int i = 0; i < kPerBatch; ++i) {
                    batch.ids.push_back(newId());
                    changes.push_back(
                        device.set("organisation", batch.ids.back(), "name", std::string("Dienst")));
                }
                // Every third batch carries a change the server rejects
                // (another device's id): the batch's others are kept.
                if (b % 3 == 1) {
                    auto bad = device.set("organisation", newId(), "name", std::string("Vreemd"));
                    bad.mutable_change()->set_device_id(newId());
                    changes.push_back(bad);
                    batch.withInvalid = true;
                }
                batch.request = device.request(changes, static_cast<std::uint64_t>(b + 1));
                batches[static_cast<std::size_t>(d)].push_back(std::move(batch));
            }
        }

        std::mutex mutex;
        std::vector<std::string> problems;
        // replies[d][b][twin]
        std::vector<std::vector<std::array<std::string, 2>>> replies(
            kDevices, std::vector<std::array<std::string, 2>>(kBatches));
        std::vector<std::thread> threads;
        for (int d = 0; d < kDevices; ++d) {
            for (int twin = 0; twin < 2; ++twin) {
                threads.emplace_back([&, d, twin] {
                    TestDevice &device = *devices[static_cast<std::size_t>(d)];
                    for (int b = 0; b < kBatches; ++b) {
                        const auto &batch = batches[static_cast<std::size_t>(d)][static_cast<std::size_t>(b)];
                        const HttpResult res =
                            httpPost(port, "/v1/push", batch.request.SerializeAsString(), device.token);
                        std::lock_guard lock(mutex);
                        if (res.status != 200) {
                            problems.push_back("push answered " + std::to_string(res.status) + ": " +
                                               (res.status ? parseError(res).reason() : res.error));
                            continue;
                        }
                        replies[static_cast<std::size_t>(d)][static_cast<std::size_t>(b)]
                               [static_cast<std::size_t>(twin)] = res.body;
                    }
                });
            }
        }
        for (auto &t : threads)
            t.join();
        for (const auto &p : problems)
            qWarning("%s", p.c_str());
        QCOMPARE(problems.size(), std::size_t(0));

        std::set<std::string> expected;
        for (int d = 0; d < kDevices; ++d) {
            for (int b = 0; b < kBatches; ++b) {
                const auto &batch = batches[static_cast<std::size_t>(d)][static_cast<std::size_t>(b)];
                const auto &twins = replies[static_cast<std::size_t>(d)][static_cast<std::size_t>(b)];
                QCOMPARE(twins[0], twins[1]);
                v1::PushReply reply;
                QVERIFY(reply.ParseFromString(twins[0]));
                QCOMPARE(reply.batch_seq(), static_cast<std::uint64_t>(b + 1));
                QCOMPARE(reply.accepted(), static_cast<std::uint32_t>(kPerBatch));
                QCOMPARE(reply.rejected_size(), batch.withInvalid ? 1 : 0);
                if (batch.withInvalid)
                    QCOMPARE(reply.rejected(0).code(), v1::ERROR_INVALID_CHANGE);
                expected.insert(batch.ids.begin(), batch.ids.end());
            }
        }

        // Each batch once in the log: one audit entry per batch, each of its
        // records once on a colleague's device.
        std::string devicesIn;
        for (const auto &d : devices)
            devicesIn += (devicesIn.empty() ? "'" : ", '") + d->deviceId + "'";
        QCOMPARE(queryStore(m_team.store(),
                            "SELECT count(*) FROM audit_log WHERE action = 'push' AND device_id IN (" +
                                devicesIn + ")"),
                 std::to_string(kDevices * kBatches));
        TestDevice reader(port);
        QVERIFY(reader.enrolOk("cora", kPassword));
        std::map<std::string, int> seen;
        for (const auto &c : reader.pullAll(1000)) {
            if (c.entity() == "organisation" && expected.count(c.record_id()))
                ++seen[c.record_id()];
        }
        QCOMPARE(seen.size(), expected.size());
        for (const auto &[id, n] : seen)
            QVERIFY2(n == 1, ("pulled more than once: " + id).c_str());
    }

    void cleanupTestCase()
    {
        if (m_second)
            QCOMPARE(m_second->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
