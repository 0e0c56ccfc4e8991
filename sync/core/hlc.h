#pragma once

#include "clock.h"

#include <cstdint>
#include <string>

namespace brugboek::sync {

// A hybrid logical clock timestamp: 48 bits of wall-clock milliseconds and a
// 16-bit counter, packed so that the integer order is the causal order. It
// fits in a signed 64-bit SQLite INTEGER.
class Hlc
{
public:
    constexpr Hlc() = default;
    constexpr Hlc(std::int64_t wallMs, std::uint16_t counter)
        : m_packed((static_cast<std::uint64_t>(wallMs) << 16) | counter)
    {
    }
    static constexpr Hlc fromPacked(std::uint64_t packed)
    {
        Hlc h;
        h.m_packed = packed;
        return h;
    }

    [[nodiscard]] constexpr std::uint64_t packed() const { return m_packed; }
    [[nodiscard]] constexpr std::int64_t wallMs() const { return static_cast<std::int64_t>(m_packed >> 16); }
    [[nodiscard]] constexpr std::uint16_t counter() const
    {
        return static_cast<std::uint16_t>(m_packed & 0xffff);
    }
    [[nodiscard]] constexpr bool isNull() const { return m_packed == 0; }
    // "2026-11-22T08:15:00.123Z/0001", for logs and debugging only.
    [[nodiscard]] std::string toString() const;

    friend constexpr bool operator==(Hlc a, Hlc b) { return a.m_packed == b.m_packed; }
    friend constexpr bool operator!=(Hlc a, Hlc b) { return a.m_packed != b.m_packed; }
    friend constexpr bool operator<(Hlc a, Hlc b) { return a.m_packed < b.m_packed; }
    friend constexpr bool operator>(Hlc a, Hlc b) { return b < a; }
    friend constexpr bool operator<=(Hlc a, Hlc b) { return !(b < a); }
    friend constexpr bool operator>=(Hlc a, Hlc b) { return !(a < b); }

private:
    std::uint64_t m_packed = 0;
};

// The clock of one device (Kulkarni et al., "Logical Physical Clocks").
// now() is strictly increasing even when the wall clock jumps back; the
// owner persists last() so that this also holds across restarts.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &wallClock, Hlc last = {});

    // A timestamp for a local event, greater than every one seen before.
    Hlc now();
    // Merges a timestamp received from elsewhere; returns a local timestamp
    // greater than both it and every one seen before.
    Hlc receive(Hlc remote);
    // Takes note of a timestamp issued elsewhere for this same device (another
    // connection to its store), so that now() stays above it.
    void observe(Hlc issued)
    {
        if (issued > m_last)
            m_last = issued;
    }
    [[nodiscard]] Hlc last() const { return m_last; }

private:
    Hlc advance(std::int64_t wall, std::int64_t seenWall, std::uint32_t seenCounter);

    const Clock &m_wallClock;
    Hlc m_last;
};

} // namespace brugboek::sync
