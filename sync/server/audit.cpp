#include "audit.h"

#include <chrono>
#include <cstdio>

namespace brugboek::server {

namespace {

std::string joinIds(const std::vector<std::string> &ids)
{
    std::string out;
    for (const auto &id : ids) {
        if (!out.empty())
            out += ',';
        out += id;
    }
    return out;
}

std::vector<std::string> splitIds(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto comma = text.find(',', start);
        const auto end = comma == std::string::npos ? text.size() : comma;
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

} // namespace

void appendAudit(SqlConnection &db, const AuditEntry &entry)
{
    db.exec("INSERT INTO audit_log (at, user_id, device_id, action, record_ids, result) VALUES (?, ?, ?, ?, "
            "?, ?)",
            {entry.at, entry.userId, entry.deviceId, entry.action, joinIds(entry.recordIds), entry.result});
}

std::vector<AuditEntry> readAudit(SqlConnection &db, const AuditFilter &filter)
{
    std::string sql =
        "SELECT at, user_id, device_id, action, record_ids, result FROM audit_log WHERE at >= ?";
    std::vector<SqlValue> params {filter.sinceMs};
    if (!filter.userId.empty()) {
        sql += " AND user_id = ?";
        params.emplace_back(filter.userId);
    }
    if (!filter.deviceId.empty()) {
        sql += " AND device_id = ?";
        params.emplace_back(filter.deviceId);
    }
    sql += " ORDER BY id DESC LIMIT " + std::to_string(filter.limit);
    std::vector<AuditEntry> out;
    for (const auto &row : db.query(sql, params))
        out.push_back({asInt(row[0]), asText(row[1]), asText(row[2]), asText(row[3]),
                       splitIds(asText(row[4])), asText(row[5])});
    return {out.rbegin(), out.rend()};
}

AuditWriter::AuditWriter(ConnectionPool &pool)
    : m_pool(pool)
    , m_thread([this] { loop(); })
{
}

AuditWriter::~AuditWriter()
{
    stop();
}

void AuditWriter::record(AuditEntry entry)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(entry));
}

void AuditWriter::flush()
{
    std::vector<AuditEntry> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_queue);
    }
    if (batch.empty())
        return;
    try {
        auto db = m_pool.acquire();
        Transaction tx(*db, Transaction::Kind::Write);
        for (const auto &e : batch)
            appendAudit(*db, e);
        tx.commit();
    } catch (const std::exception &e) {
        // Put them back for the next round; only the statement's error is logged.
        std::fprintf(stderr, "brugboek-server: writing the audit log failed: %s\n", e.what());
        std::lock_guard lock(m_mutex);
        m_queue.insert(m_queue.begin(), batch.begin(), batch.end());
        // A store that stays away must not take the server's memory with it.
        constexpr std::size_t kMaxQueued = 100000;
        if (m_queue.size() > kMaxQueued) {
            std::fprintf(stderr, "brugboek-server: %zu audit entries dropped, the store is unavailable\n",
                         m_queue.size() - kMaxQueued);
            m_queue.erase(m_queue.begin(), m_queue.end() - kMaxQueued);
        }
    }
}

void AuditWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    flush();
}

void AuditWriter::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(500));
        if (m_stopping)
            break;
        lock.unlock();
        flush();
        lock.lock();
    }
}

} // namespace brugboek::server
