#pragma once

#include <cstdint>
#include <functional>

namespace brugboek::client {

// When to try again after a failed sync: exponential backoff with full
// jitter (so that a team's tablets coming back online do not all knock at
// once), at least what the server asked for, at most maxDelayMs.
class RetryPolicy
{
public:
    struct Options
    {
        std::int64_t firstDelayMs = 2'000;
        std::int64_t maxDelayMs = 15 * 60'000;
    };
    // `random` returns a number in [0, 1).
    explicit RetryPolicy(Options options, std::function<double()> random = {});

    // The delay before attempt `failures + 1`, after `failures` failures in a row.
    [[nodiscard]] std::int64_t delayMs(int failures, int retryAfterS = 0) const;

private:
    Options m_options;
    std::function<double()> m_random;
};

} // namespace brugboek::client
