#pragma once

#include "clock.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace brugboek::sync {

// UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits.
// Ids are made on the device and never remapped by the server.
class UuidV7Generator
{
public:
    using RandomSource = std::function<void(std::uint8_t *out, std::size_t len)>;

    // The default random source is the operating system's CSPRNG.
    explicit UuidV7Generator(const Clock &clock = SystemClock::instance(), RandomSource random = {});

    // Canonical lower-case text form, e.g. "019a4f3e-8c2d-7b1a-9f00-3c5e8d2a1b4c".
    // Ids from one generator sort in creation order, also within one
    // millisecond (12-bit counter seeded randomly, RFC 9562 method 1) and when
    // the wall clock goes back.
    std::string next();

    [[nodiscard]] static bool isValid(std::string_view text);
    [[nodiscard]] static std::int64_t timestampMs(std::string_view uuid);

private:
    const Clock &m_clock;
    RandomSource m_random;
    std::int64_t m_lastMs = -1;
    std::uint16_t m_counter = 0;
};

void systemRandomBytes(std::uint8_t *out, std::size_t len);

} // namespace brugboek::sync
