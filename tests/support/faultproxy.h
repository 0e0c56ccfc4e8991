#pragma once

// A TCP proxy on loopback for sync tests: devices talk to it instead of the
// server, and it breaks their connections on purpose. Each accepted
// connection draws a fault plan from a seeded generator: pass through, cut
// the request stream after N bytes, cut the reply stream after N bytes (with
// N below the reply's size: the server committed, the device never hears
// so), delay every chunk, send the connection's first request a second time
// on a connection of its own (the server receives the same push twice, at
// about the same time), or replay an earlier request captured from another
// connection (an old push arriving late). The upstream port can change (a
// restarted server); devices keep the proxy's address.
//
// Plain POSIX sockets, poll() and a thread per connection. Only 127.0.0.1.

#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace brugboek::test {

class FaultProxy
{
public:
    // Chances per connection, in percent; the rest passes untouched.
    struct Odds
    {
        int cutRequest = 8;
        int cutReply = 10;
        int delay = 10;
        int duplicate = 10;
        int replayOld = 5;
    };

    struct Stats
    {
        int connections = 0;
        int cutRequest = 0;
        int cutReply = 0;
        int delayed = 0;
        int duplicated = 0;
        int replayed = 0;
    };

    FaultProxy();
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1 on a free port.
    bool start();
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

    void setUpstreamPort(int port) { m_upstream = port; }
    // The plan of each later connection comes from this seed, in accept order.
    void reseed(std::uint64_t seed);
    // Off: every later connection passes untouched (quiescence).
    void setFaults(bool on) { m_faults = on; }
    void setOdds(Odds odds);
    // Closes every open connection (both sides), e.g. before a server restart.
    void dropAll();
    [[nodiscard]] Stats stats();

private:
    struct Plan
    {
        std::int64_t cutUpAt = -1; // bytes client -> server before the cut; -1: none
        std::int64_t cutDownAt = -1; // bytes server -> client before the cut
        int delayMs = 0; // before each forwarded chunk
        bool duplicate = false;
        int replay = -1; // index of a captured request to send once more
    };
    struct Conn
    {
        int client = -1;
        int server = -1;
        std::atomic<bool> done {false};
        std::thread thread;
    };

    void acceptLoop();
    void relay(Conn *conn, Plan plan);
    Plan drawPlan();
    void sideSend(std::string bytes);
    void reap(bool all);

    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    int m_port = 0;
    std::atomic<int> m_upstream {0};
    std::atomic<bool> m_faults {true};
    std::atomic<bool> m_stop {false};
    std::atomic<std::uint64_t> m_generation {0}; // dropAll() moves it on
    std::thread m_acceptor;

    std::mutex m_mutex; // everything below
    std::mt19937_64 m_rng;
    Odds m_odds;
    Stats m_stats;
    std::vector<std::string> m_captured; // complete requests seen, for late replays
    std::vector<Conn *> m_conns;
    std::vector<std::thread> m_sides;
};

} // namespace brugboek::test
