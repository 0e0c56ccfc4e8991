#include "hlc.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace brugboek::sync {

std::string Hlc::toString() const
{
    const std::int64_t ms = wallMs();
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm {};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ/%04x", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000),
                  counter());
    return buf;
}

HybridLogicalClock::HybridLogicalClock(const Clock &wallClock, Hlc last)
    : m_wallClock(wallClock)
    , m_last(last)
{
}

Hlc HybridLogicalClock::now()
{
    return advance(m_wallClock.nowMs(), m_last.wallMs(), m_last.counter());
}

Hlc HybridLogicalClock::receive(Hlc remote)
{
    const Hlc seen = std::max(remote, m_last);
    return advance(m_wallClock.nowMs(), seen.wallMs(), seen.counter());
}

Hlc HybridLogicalClock::advance(std::int64_t wall, std::int64_t seenWall, std::uint32_t seenCounter)
{
    std::int64_t wallMs = std::max<std::int64_t>(wall, 0);
    std::uint32_t counter = 0;
    if (wallMs <= seenWall) {
        // The wall clock has not moved past what we have seen (or went back):
        // keep the seen wall time and count on.
        wallMs = seenWall;
        counter = seenCounter + 1;
        if (counter > 0xffff) {
            // Counter exhausted within one millisecond: borrow the next one.
            wallMs += 1;
            counter = 0;
        }
    }
    m_last = Hlc(wallMs, static_cast<std::uint16_t>(counter));
    return m_last;
}

} // namespace brugboek::sync
