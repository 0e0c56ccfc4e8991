#include "metrics.h"

#include <sstream>

namespace brugboek::server {

namespace {

template<std::size_t N>
void observe(const std::array<double, N> &bounds, std::array<std::uint64_t, 11> &buckets, double value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value <= bounds[i])
            ++buckets[i];
    }
}

template<std::size_t N>
void renderHistogram(std::ostringstream &out, const std::string &name, const std::string &labels,
                     const std::array<double, N> &bounds, const std::array<std::uint64_t, 11> &buckets,
                     std::uint64_t count, double sum)
{
    const std::string sep = labels.empty() ? "" : ",";
    for (std::size_t i = 0; i < N; ++i)
        out << name << "_bucket{" << labels << sep << "le=\"" << bounds[i] << "\"} " << buckets[i] << "\n";
    out << name << "_bucket{" << labels << sep << "le=\"+Inf\"} " << count << "\n";
    const std::string braces = labels.empty() ? "" : "{" + labels + "}";
    out << name << "_sum" << braces << " " << sum << "\n";
    out << name << "_count" << braces << " " << count << "\n";
}

} // namespace

void Metrics::request(const std::string &endpoint, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{endpoint, status}];
    auto &h = m_durations[endpoint];
    observe(kDurationBounds, h.buckets, seconds);
    ++h.count;
    h.sum += seconds;
}

void Metrics::pushBatch(std::uint32_t changes, std::uint32_t rejected, std::uint32_t conflicts)
{
    std::lock_guard lock(m_mutex);
    observe(kBatchBounds, m_batchSizes.buckets, changes);
    ++m_batchSizes.count;
    m_batchSizes.sum += changes;
    m_rejected += rejected;
    m_conflicts += conflicts;
}

void Metrics::error(const std::string &code)
{
    std::lock_guard lock(m_mutex);
    ++m_errors[code];
}

void Metrics::prefetch(const std::string &outcome)
{
    std::lock_guard lock(m_mutex);
    ++m_prefetch[outcome];
}

std::string Metrics::render()
{
    std::lock_guard lock(m_mutex);
    std::ostringstream out;
    out << "# HELP brugboek_requests_total HTTP requests by endpoint and status.\n"
        << "# TYPE brugboek_requests_total counter\n";
    for (const auto &[key, n] : m_requests)
        out << "brugboek_requests_total{endpoint=\"" << key.first << "\",status=\"" << key.second << "\"} "
            << n << "\n";
    out << "# HELP brugboek_request_duration_seconds Time to answer a request.\n"
        << "# TYPE brugboek_request_duration_seconds histogram\n";
    for (const auto &[endpoint, h] : m_durations)
        renderHistogram(out, "brugboek_request_duration_seconds", "endpoint=\"" + endpoint + "\"",
                        kDurationBounds, h.buckets, h.count, h.sum);
    out << "# HELP brugboek_push_batch_changes Changes per applied push batch.\n"
        << "# TYPE brugboek_push_batch_changes histogram\n";
    renderHistogram(out, "brugboek_push_batch_changes", "", kBatchBounds, m_batchSizes.buckets,
                    m_batchSizes.count, m_batchSizes.sum);
    out << "# HELP brugboek_errors_total Error replies by code.\n"
        << "# TYPE brugboek_errors_total counter\n";
    for (const auto &[code, n] : m_errors)
        out << "brugboek_errors_total{code=\"" << code << "\"} " << n << "\n";
    out << "# HELP brugboek_push_rejected_changes_total Pushed changes rejected one by one.\n"
        << "# TYPE brugboek_push_rejected_changes_total counter\n"
        << "brugboek_push_rejected_changes_total " << m_rejected << "\n";
    out << "# HELP brugboek_conflicts_total Concurrent free-text edits kept as conflict records.\n"
        << "# TYPE brugboek_conflicts_total counter\n"
        << "brugboek_conflicts_total " << m_conflicts << "\n";
    out << "# HELP brugboek_pull_prefetch_total Pull pages made ahead, by outcome.\n"
        << "# TYPE brugboek_pull_prefetch_total counter\n";
    for (const auto &[outcome, n] : m_prefetch)
        out << "brugboek_pull_prefetch_total{outcome=\"" << outcome << "\"} " << n << "\n";
    return out.str();
}

} // namespace brugboek::server
