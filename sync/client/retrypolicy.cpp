#include "retrypolicy.h"

#include <algorithm>
#include <random>

namespace brugboek::client {

RetryPolicy::RetryPolicy(Options options, std::function<double()> random)
    : m_options(options)
    , m_random(std::move(random))
{
    if (!m_random) {
        m_random = [] {
            thread_local std::mt19937_64 engine {std::random_device {}()};
            return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
        };
    }
}

std::int64_t RetryPolicy::delayMs(int failures, int retryAfterS) const
{
    const int exponent = std::clamp(failures - 1, 0, 30);
    const std::int64_t ceiling =
        std::min(m_options.maxDelayMs, m_options.firstDelayMs << std::min(exponent, 20));
    // Full jitter, but never sooner than half the first delay.
    const auto jittered = static_cast<std::int64_t>(static_cast<double>(ceiling) * m_random());
    const std::int64_t delay = std::max(m_options.firstDelayMs / 2, jittered);
    return std::max<std::int64_t>(delay, static_cast<std::int64_t>(retryAfterS) * 1000);
}

} // namespace brugboek::client
