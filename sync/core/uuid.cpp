#include "uuid.h"

#include <cerrno>
#include <stdexcept>
#include <sys/random.h>

namespace brugboek::sync {

void systemRandomBytes(std::uint8_t *out, std::size_t len)
{
    while (len > 0) {
        const ssize_t n = getrandom(out, len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throw std::runtime_error("the system random generator is unavailable");
        }
        out += n;
        len -= static_cast<std::size_t>(n);
    }
}

UuidV7Generator::UuidV7Generator(const Clock &clock, RandomSource random)
    : m_clock(clock)
    , m_random(random ? std::move(random) : RandomSource(systemRandomBytes))
{
}

std::string UuidV7Generator::next()
{
    std::array<std::uint8_t, 16> b {};
    m_random(b.data(), b.size());

    std::int64_t ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        // Same millisecond, or the clock went back: stay on the last
        // timestamp and count up so that order is kept.
        ms = m_lastMs;
        if (++m_counter > 0x0fff) {
            ms += 1;
            m_counter = static_cast<std::uint16_t>(b[6] & 0x07) << 8 | b[7];
        }
    } else {
        // Seed the counter in the lower half of its range to leave room.
        m_counter = static_cast<std::uint16_t>((b[6] & 0x07) << 8 | b[7]);
    }
    m_lastMs = ms;

    const auto ums = static_cast<std::uint64_t>(ms);
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ums >> (40 - 8 * i));
    b[6] = static_cast<std::uint8_t>(0x70 | ((m_counter >> 8) & 0x0f));
    b[7] = static_cast<std::uint8_t>(m_counter & 0xff);
    b[8] = static_cast<std::uint8_t>(0x80 | (b[8] & 0x3f));

    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 0x0f]);
    }
    return out;
}

bool UuidV7Generator::isValid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    const char variant = text[19];
    return text[14] == '7' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

std::int64_t UuidV7Generator::timestampMs(std::string_view uuid)
{
    if (!isValid(uuid))
        return -1;
    std::int64_t ms = 0;
    for (std::size_t i = 0; i < 13; ++i) {
        if (i == 8)
            continue;
        const char c = uuid[i];
        ms = ms * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
    }
    return ms;
}

} // namespace brugboek::sync
