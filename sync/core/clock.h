#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace brugboek::sync {

// Wall-clock time in milliseconds since the Unix epoch, behind an interface so
// that tests can run devices whose clocks are days off or jump back.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::int64_t nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] std::int64_t nowMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t ms = 0)
        : m_ms(ms)
    {
    }
    [[nodiscard]] std::int64_t nowMs() const override { return m_ms.load(); }
    void set(std::int64_t ms) { m_ms.store(ms); }
    void advance(std::int64_t ms) { m_ms.fetch_add(ms); }

private:
    std::atomic<std::int64_t> m_ms;
};

} // namespace brugboek::sync
