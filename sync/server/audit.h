#pragma once

#include "sqldb.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace brugboek::server {

// One line of the audit log: who (user, device), when, what, on which record
// ids (ids only, never content) and how it ended.
struct AuditEntry
{
    std::int64_t at = 0; // UTC milliseconds
    std::string userId;
    std::string deviceId;
    // enrol, enrol_failed, push, pull, share, unshare, auth_failed,
    // revoked_request, rate_limited, retention, admin:<command>
    std::string action;
    std::vector<std::string> recordIds;
    std::string result;
};

// Appends one entry in the caller's transaction (or on its own). There is
// no other statement on audit_log than this INSERT and the reads below.
void appendAudit(SqlConnection &db, const AuditEntry &entry);

struct AuditFilter
{
    std::int64_t sinceMs = 0;
    std::string userId;
    std::string deviceId;
    int limit = 1000;
};
// The newest `limit` entries matching the filter, oldest first.
[[nodiscard]] std::vector<AuditEntry> readAudit(SqlConnection &db, const AuditFilter &filter);

// Entries of requests that write nothing else (pulls, failed
// authentication), collected and appended in one transaction every half
// second by a thread of their own, so that a pull stays a read. Pushes,
// shares and retention write their entries in their own transaction.
class AuditWriter
{
public:
    explicit AuditWriter(ConnectionPool &pool);
    ~AuditWriter();
    AuditWriter(const AuditWriter &) = delete;
    AuditWriter &operator=(const AuditWriter &) = delete;

    void record(AuditEntry entry);
    // Writes what is queued now; called by the thread, on stop and by tests.
    void flush();
    void stop();

private:
    void loop();

    ConnectionPool &m_pool;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<AuditEntry> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace brugboek::server
