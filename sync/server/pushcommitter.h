#pragma once

#include "sqldb.h"
#include "syncservice.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>

namespace brugboek::server {

// Group commit of pushes. Every push needs the store's single write lock and,
// for durability, one fsync at its commit (SQLite synchronous=FULL; the
// device deletes its outbox on the reply, so an acknowledged push must
// survive a power loss). Under many devices the lock and the fsync, not the
// work of a push, bound the rate. Here the pushes that arrive while one
// transaction commits wait together; the first of them then applies them all
// in one write transaction, each batch in a savepoint of its own (a batch
// that fails is rolled back alone, the others are kept), commits once and
// answers every one. A push that finds no other waits for nothing: it is a
// group of one.
//
// All groups use one connection of their own: as the store's only regular
// writer its page cache stays valid from one transaction to the next (an
// SQLite connection drops its whole cache when another one wrote).
class PushCommitter
{
public:
    // At most `maxBatches` batches, and at most `maxChanges` changes (but
    // always at least one batch), go into one transaction.
    explicit PushCommitter(ConnectionPool &pool, std::size_t maxBatches = 64, std::size_t maxChanges = 5000);
    ~PushCommitter();
    PushCommitter(const PushCommitter &) = delete;
    PushCommitter &operator=(const PushCommitter &) = delete;

    // Applies the batch and returns when it is committed. Throws what
    // SyncService::push throws (SqlError when the store failed); then
    // nothing of the batch was applied.
    PushResult push(const Identity &who, const v1::PushRequest &request);

private:
    struct Item
    {
        const Identity *who;
        const v1::PushRequest *request;
        PushResult result;
        std::exception_ptr error;
        bool done = false;
    };
    void commitGroup(const std::vector<Item *> &group);
    SqlConnection &connection();

    ConnectionPool &m_pool;
    const std::size_t m_maxBatches;
    const std::size_t m_maxChanges;
    std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<Item *> m_queue;
    bool m_leading = false;
    // Used only by the thread that leads a group.
    std::optional<ConnectionPool::Lease> m_connection;
};

} // namespace brugboek::server
