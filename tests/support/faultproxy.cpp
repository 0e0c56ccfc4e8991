#include "faultproxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

namespace brugboek::test {

namespace {

int connectLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

bool writeAll(int fd, const char *data, std::size_t n)
{
    while (n > 0) {
        const ssize_t w = ::send(fd, data, n, MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        data += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

// The length of the first complete HTTP request in `buf` (headers and a
// Content-Length body), or 0 while it is not complete yet.
std::size_t completeRequest(const std::string &buf)
{
    const auto end = buf.find("\r\n\r\n");
    if (end == std::string::npos)
        return 0;
    std::size_t length = 0;
    std::string headers = buf.substr(0, end);
    std::transform(headers.begin(), headers.end(), headers.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto at = headers.find("\r\ncontent-length:");
    if (at != std::string::npos)
        length = static_cast<std::size_t>(std::strtoull(headers.c_str() + at + 17, nullptr, 10));
    const std::size_t total = end + 4 + length;
    return buf.size() >= total ? total : 0;
}

} // namespace

FaultProxy::FaultProxy()
    : m_rng(1)
{
}

FaultProxy::~FaultProxy()
{
    m_stop = true;
    if (m_wake[1] >= 0) {
        const char c = 'x';
        [[maybe_unused]] const auto w = ::write(m_wake[1], &c, 1);
    }
    if (m_acceptor.joinable())
        m_acceptor.join();
    dropAll();
    reap(true);
    for (int fd : {m_listen, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool FaultProxy::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listen < 0 || ::pipe2(m_wake, O_CLOEXEC) != 0)
        return false;
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listen, 64) != 0)
        return false;
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void FaultProxy::reseed(std::uint64_t seed)
{
    std::lock_guard lock(m_mutex);
    m_rng.seed(seed);
    m_captured.clear();
}

void FaultProxy::setOdds(Odds odds)
{
    std::lock_guard lock(m_mutex);
    m_odds = odds;
}

FaultProxy::Stats FaultProxy::stats()
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void FaultProxy::dropAll()
{
    std::lock_guard lock(m_mutex);
    for (Conn *c : m_conns) {
        if (c->done)
            continue;
        if (c->client >= 0)
            ::shutdown(c->client, SHUT_RDWR);
        if (c->server >= 0)
            ::shutdown(c->server, SHUT_RDWR);
    }
}

void FaultProxy::reap(bool all)
{
    std::vector<Conn *> finished;
    std::vector<std::thread> sides;
    {
        std::lock_guard lock(m_mutex);
        auto keep =
            std::partition(m_conns.begin(), m_conns.end(), [all](Conn *c) { return !all && !c->done; });
        finished.assign(keep, m_conns.end());
        m_conns.erase(keep, m_conns.end());
        if (all)
            sides.swap(m_sides);
    }
    for (Conn *c : finished) {
        c->thread.join();
        delete c;
    }
    for (auto &t : sides)
        t.join();
}

FaultProxy::Plan FaultProxy::drawPlan()
{
    std::lock_guard lock(m_mutex);
    ++m_stats.connections;
    Plan plan;
    if (!m_faults)
        return plan;
    std::uniform_int_distribution<int> percent(0, 99);
    // Small offsets hit the first request or reply, where pushes are; large
    // ones land anywhere in a kept-alive connection.
    auto offset = [this, &percent]() -> std::int64_t {
        if (percent(m_rng) < 60)
            return std::uniform_int_distribution<std::int64_t>(0, 400)(m_rng);
        return std::uniform_int_distribution<std::int64_t>(0, 20'000)(m_rng);
    };
    if (percent(m_rng) < m_odds.cutRequest) {
        plan.cutUpAt = offset();
        ++m_stats.cutRequest;
    }
    if (percent(m_rng) < m_odds.cutReply) {
        plan.cutDownAt = offset();
        ++m_stats.cutReply;
    }
    if (percent(m_rng) < m_odds.delay) {
        plan.delayMs = std::uniform_int_distribution<int>(1, 40)(m_rng);
        ++m_stats.delayed;
    }
    if (percent(m_rng) < m_odds.duplicate) {
        plan.duplicate = true;
        ++m_stats.duplicated;
    }
    if (percent(m_rng) < m_odds.replayOld && !m_captured.empty()) {
        plan.replay = std::uniform_int_distribution<int>(0, int(m_captured.size()) - 1)(m_rng);
        ++m_stats.replayed;
    }
    return plan;
}

void FaultProxy::acceptLoop()
{
    while (!m_stop) {
        pollfd fds[2] = {{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(fds, 2, 500) < 0 && errno != EINTR)
            return;
        reap(false);
        if (m_stop)
            return;
        if (!(fds[0].revents & POLLIN))
            continue;
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        const int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto *conn = new Conn;
        conn->client = client;
        const Plan plan = drawPlan();
        std::lock_guard lock(m_mutex);
        m_conns.push_back(conn);
        conn->thread = std::thread([this, conn, plan] { relay(conn, plan); });
    }
}

void FaultProxy::sideSend(std::string bytes)
{
    std::lock_guard lock(m_mutex);
    if (m_stop)
        return;
    const int port = m_upstream;
    m_sides.emplace_back([port, bytes = std::move(bytes)] {
        const int fd = connectLoopback(port);
        if (fd < 0)
            return;
        if (writeAll(fd, bytes.data(), bytes.size())) {
            // Read the reply and throw it away; stop when the server goes
            // quiet (it keeps the connection alive).
            char buf[4096];
            int wait = 3000;
            for (;;) {
                pollfd p {fd, POLLIN, 0};
                if (::poll(&p, 1, wait) <= 0)
                    break;
                if (::recv(fd, buf, sizeof buf, 0) <= 0)
                    break;
                wait = 200;
            }
        }
        ::close(fd);
    });
}

void FaultProxy::relay(Conn *conn, Plan plan)
{
    conn->server = connectLoopback(m_upstream);
    if (plan.replay >= 0) {
        std::string old;
        {
            std::lock_guard lock(m_mutex);
            if (plan.replay < int(m_captured.size()))
                old = m_captured[std::size_t(plan.replay)];
        }
        if (!old.empty())
            sideSend(std::move(old));
    }
    std::int64_t up = 0, down = 0;
    std::string firstRequest;
    bool parsed = false;
    int chunks = 0;
    bool alive = conn->server >= 0;
    char buf[16384];
    while (alive && !m_stop) {
        pollfd fds[2] = {{conn->client, POLLIN, 0}, {conn->server, POLLIN, 0}};
        const int n = ::poll(fds, 2, 200);
        if (n < 0 && errno != EINTR)
            break;
        if (n <= 0)
            continue;
        for (int side = 0; side < 2 && alive; ++side) {
            if (!(fds[side].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int from = side == 0 ? conn->client : conn->server;
            const int to = side == 0 ? conn->server : conn->client;
            const ssize_t got = ::recv(from, buf, sizeof buf, 0);
            if (got <= 0) {
                alive = false;
                break;
            }
            std::int64_t forward = got;
            std::int64_t &count = side == 0 ? up : down;
            const std::int64_t cutAt = side == 0 ? plan.cutUpAt : plan.cutDownAt;
            bool cut = false;
            if (cutAt >= 0 && count + forward >= cutAt) {
                forward = std::max<std::int64_t>(0, cutAt - count);
                cut = true;
            }
            if (side == 0 && !parsed) {
                firstRequest.append(buf, std::size_t(got));
                if (const std::size_t len = completeRequest(firstRequest)) {
                    parsed = true;
                    firstRequest.resize(len);
                    if (firstRequest.rfind("POST /v1/push", 0) == 0) {
                        {
                            std::lock_guard lock(m_mutex);
                            if (m_captured.size() < 200)
                                m_captured.push_back(firstRequest);
                        }
                        if (plan.duplicate)
                            sideSend(firstRequest);
                    }
                }
            }
            // Slow at first, then normal: a connection lives on (keep-alive).
            if (plan.delayMs > 0 && chunks++ < 8)
                std::this_thread::sleep_for(std::chrono::milliseconds(plan.delayMs));
            if (forward > 0 && !writeAll(to, buf, std::size_t(forward)))
                alive = false;
            count += forward;
            if (cut)
                alive = false;
        }
    }
    std::lock_guard lock(m_mutex);
    for (int *fd : {&conn->client, &conn->server}) {
        if (*fd >= 0) {
            ::shutdown(*fd, SHUT_RDWR);
            ::close(*fd);
            *fd = -1;
        }
    }
    conn->done = true;
}

} // namespace brugboek::test
