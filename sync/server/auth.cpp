#include "auth.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace brugboek::server {

namespace {

std::string hex(const unsigned char *data, std::size_t len)
{
    std::string out(len * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, len);
    out.resize(len * 2);
    return out;
}

void ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw std::runtime_error("libsodium failed to initialise");
}

} // namespace

std::string hashPassword(const std::string &password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verifyPassword(const std::string &hash, const std::string &password)
{
    ensureSodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void dummyVerify(const std::string &password)
{
    static const std::string hash = hashPassword("brugboek-dummy-password");
    (void)verifyPassword(hash, password);
}

std::string newToken()
{
    ensureSodium();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return hex(bytes, sizeof bytes);
}

std::string tokenHash(const std::string &token)
{
    ensureSodium();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(token.data()), token.size(),
                       nullptr, 0);
    return hex(out, sizeof out);
}

EnrolLimiter::EnrolLimiter(int maxFailures, std::chrono::seconds window)
    : m_maxFailures(maxFailures)
    , m_window(window)
{
}

int EnrolLimiter::waitFor(std::deque<Clock::time_point> &failures, Clock::time_point now)
{
    while (!failures.empty() && now - failures.front() >= m_window)
        failures.pop_front();
    if (static_cast<int>(failures.size()) < m_maxFailures)
        return 0;
    const auto until = failures.front() + m_window;
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(until - now).count() + 1;
    return static_cast<int>(secs);
}

void EnrolLimiter::prune(Clock::time_point now)
{
    if (now - m_lastPrune < std::chrono::minutes(1))
        return;
    m_lastPrune = now;
    for (auto *map : {&m_byUser, &m_byAddress}) {
        for (auto it = map->begin(); it != map->end();) {
            while (!it->second.empty() && now - it->second.front() >= m_window)
                it->second.pop_front();
            it = it->second.empty() ? map->erase(it) : std::next(it);
        }
    }
}

int EnrolLimiter::retryAfter(const std::string &username, const std::string &address)
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    prune(now);
    int wait = 0;
    if (auto it = m_byUser.find(username); it != m_byUser.end())
        wait = std::max(wait, waitFor(it->second, now));
    if (auto it = m_byAddress.find(address); it != m_byAddress.end())
        wait = std::max(wait, waitFor(it->second, now));
    return wait;
}

void EnrolLimiter::recordFailure(const std::string &username, const std::string &address)
{
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    m_byUser[username].push_back(now);
    m_byAddress[address].push_back(now);
}

DeviceRateLimiter::DeviceRateLimiter(double perSecond, double burst)
    : m_perSecond(perSecond)
    , m_burst(std::max(1.0, burst))
{
}

int DeviceRateLimiter::take(const std::string &deviceId)
{
    if (m_perSecond <= 0)
        return 0;
    std::lock_guard lock(m_mutex);
    const auto now = Clock::now();
    // Buckets that have filled up again are the same as no bucket.
    if (now - m_lastPrune > std::chrono::minutes(1)) {
        m_lastPrune = now;
        const auto full = std::chrono::duration<double>(m_burst / m_perSecond);
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = now - it->second.last > full ? m_buckets.erase(it) : std::next(it);
    }
    auto [it, fresh] = m_buckets.try_emplace(deviceId);
    Bucket &b = it->second;
    if (fresh) {
        b.tokens = m_burst;
    } else {
        const double elapsed = std::chrono::duration<double>(now - b.last).count();
        b.tokens = std::min(m_burst, b.tokens + elapsed * m_perSecond);
    }
    b.last = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return static_cast<int>(std::ceil((1 - b.tokens) / m_perSecond));
}

} // namespace brugboek::server
