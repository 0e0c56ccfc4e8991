#pragma once

#include "sqldb.h"

#include "sync/core/change.h"
#include "sync/core/hlc.h"

#include <cstdint>
#include <string>

namespace brugboek::server {

// The server's own device id on the changes it writes (conflicts, team members).
inline constexpr const char *kServerDevice = "server";

// Scope names as the server stores them.
[[nodiscard]] std::string teamScope(const std::string &teamId);
[[nodiscard]] std::string privateScope(const std::string &userId);

// Writes the change log inside one write transaction: hands out sequence
// numbers (the transaction holds the write lock, so they commit in order),
// keeps the server's hybrid logical clock, and stores field rows,
// tombstones and access grants/revokes. finish() saves the counters.
class LogWriter
{
public:
    explicit LogWriter(SqlConnection &db);

    [[nodiscard]] std::uint64_t txSeq() const { return m_txSeq; }
    // A server timestamp after every one seen (observe() the pushed ones).
    sync::Hlc serverNow();
    void observe(sync::Hlc remote);

    // Stores a field value (replacing the row of the same record and field).
    void writeField(const sync::Change &change, const std::string &scope);
    // Removes every field of a record and leaves its tombstone.
    void writeTombstone(const std::string &entity, const std::string &recordId, const std::string &scope,
                        sync::Hlc hlc, const std::string &deviceId);
    // Logs every current field of a record again under a new scope.
    void moveRecord(const std::string &recordId, const std::string &newScope);
    void logAccess(const std::string &userId, const std::string &householdId, bool grant);
    // A record left a household the user can still see: their devices drop it.
    void logDrop(const std::string &userId, const std::string &householdId, const std::string &entity,
                 const std::string &recordId);

    void finish();

private:
    std::uint64_t nextSeq();

    SqlConnection &m_db;
    std::uint64_t m_seq = 0;
    std::uint64_t m_txSeq = 0;
    sync::HybridLogicalClock m_clock;
};

} // namespace brugboek::server
