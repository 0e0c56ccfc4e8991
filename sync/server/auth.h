#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace brugboek::server {

// argon2id (libsodium crypto_pwhash_str, interactive limits).
[[nodiscard]] std::string hashPassword(const std::string &password);
[[nodiscard]] bool verifyPassword(const std::string &hash, const std::string &password);
// Spends the time of one verification, for unknown usernames.
void dummyVerify(const std::string &password);

// A fresh random 256-bit token, 64 hex characters.
[[nodiscard]] std::string newToken();
// What the store keeps of a token: its BLAKE2b hash, hex.
[[nodiscard]] std::string tokenHash(const std::string &token);

// Failed enrolments per username and per client address in a sliding
// window; over the limit, further attempts are refused until the oldest
// failure leaves the window.
class EnrolLimiter
{
public:
    EnrolLimiter(int maxFailures = 5, std::chrono::seconds window = std::chrono::minutes(10));

    // Seconds to wait before trying again; 0 when an attempt is allowed.
    [[nodiscard]] int retryAfter(const std::string &username, const std::string &address);
    void recordFailure(const std::string &username, const std::string &address);

private:
    using Clock = std::chrono::steady_clock;
    int waitFor(std::deque<Clock::time_point> &failures, Clock::time_point now);
    void prune(Clock::time_point now);

    const int m_maxFailures;
    const std::chrono::seconds m_window;
    std::mutex m_mutex;
    std::map<std::string, std::deque<Clock::time_point>> m_byUser;
    std::map<std::string, std::deque<Clock::time_point>> m_byAddress;
    Clock::time_point m_lastPrune;
};

// A token bucket per device for push and pull: `burst` requests at once,
// refilled at `perSecond`. Per device, so that many devices on one server
// are never throttled by each other. perSecond <= 0 turns it off.
class DeviceRateLimiter
{
public:
    DeviceRateLimiter(double perSecond, double burst);

    // Takes a token; returns 0 when the request may go on, else the seconds
    // until the next token.
    [[nodiscard]] int take(const std::string &deviceId);

private:
    using Clock = std::chrono::steady_clock;
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point last;
    };

    const double m_perSecond;
    const double m_burst;
    std::mutex m_mutex;
    std::map<std::string, Bucket> m_buckets;
    Clock::time_point m_lastPrune;
};

} // namespace brugboek::server
