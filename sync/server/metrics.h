#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace brugboek::server {

// Counters and histograms in the Prometheus text format. Labels are fixed
// words (endpoint names, status codes, error codes), never request data.
class Metrics
{
public:
    void request(const std::string &endpoint, int status, double seconds);
    void pushBatch(std::uint32_t changes, std::uint32_t rejected, std::uint32_t conflicts);
    void error(const std::string &code);
    // A pull page made ahead (PullPrefetcher): made, served, dropped (made
    // and never served), skipped (not made: enough being made), failed.
    void prefetch(const std::string &outcome);

    [[nodiscard]] std::string render();

private:
    static constexpr std::array<double, 10> kDurationBounds {0.005, 0.01, 0.025, 0.05, 0.1,
                                                             0.25,  0.5,  1,     2.5,  10};
    static constexpr std::array<double, 8> kBatchBounds {1, 10, 50, 100, 500, 1000, 2500, 5000};

    struct Histogram
    {
        std::array<std::uint64_t, 11> buckets {};
        std::uint64_t count = 0;
        double sum = 0;
    };

    std::mutex m_mutex;
    std::map<std::pair<std::string, int>, std::uint64_t> m_requests;
    std::map<std::string, Histogram> m_durations;
    Histogram m_batchSizes;
    std::map<std::string, std::uint64_t> m_errors;
    std::map<std::string, std::uint64_t> m_prefetch;
    std::uint64_t m_conflicts = 0;
    std::uint64_t m_rejected = 0;
};

} // namespace brugboek::server
