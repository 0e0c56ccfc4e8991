#include "pushcommitter.h"

#include <algorithm>

namespace brugboek::server {

PushCommitter::PushCommitter(ConnectionPool &pool, std::size_t maxBatches, std::size_t maxChanges)
    : m_pool(pool)
    , m_maxBatches(std::max<std::size_t>(1, maxBatches))
    , m_maxChanges(maxChanges)
{
}

PushCommitter::~PushCommitter() = default;

SqlConnection &PushCommitter::connection()
{
    if (m_connection && !(*m_connection)->usable()) {
        m_connection->discard();
        m_connection.reset();
    }
    if (!m_connection)
        m_connection.emplace(m_pool.acquire());
    return **m_connection;
}

PushResult PushCommitter::push(const Identity &who, const v1::PushRequest &request)
{
    Item item {&who, &request, {}, {}, false};
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&item);
    while (!item.done) {
        if (m_leading) {
            m_done.wait(lock);
            continue;
        }
        // Lead the next group: the oldest waiting batches, this one among
        // them unless more are waiting than fit.
        m_leading = true;
        std::vector<Item *> group;
        std::size_t changes = 0;
        while (!m_queue.empty() && group.size() < m_maxBatches) {
            const auto n = static_cast<std::size_t>(m_queue.front()->request->changes_size());
            if (!group.empty() && changes + n > m_maxChanges)
                break;
            changes += n;
            group.push_back(m_queue.front());
            m_queue.pop_front();
        }
        lock.unlock();
        commitGroup(group);
        lock.lock();
        for (Item *i : group)
            i->done = true;
        m_leading = false;
        m_done.notify_all();
    }
    if (item.error)
        std::rethrow_exception(item.error);
    return std::move(item.result);
}

void PushCommitter::commitGroup(const std::vector<Item *> &group)
{
    try {
        SqlConnection &db = connection();
        Transaction tx(db, Transaction::Kind::Write);
        SyncService service(db);
        if (group.size() == 1) {
            group.front()->result = service.pushInTransaction(*group.front()->who, *group.front()->request);
        } else {
            for (Item *item : group) {
                db.exec("SAVEPOINT push_batch");
                try {
                    item->result = service.pushInTransaction(*item->who, *item->request);
                    db.exec("RELEASE SAVEPOINT push_batch");
                } catch (const std::exception &) {
                    // This batch alone; a failure of the rollback itself
                    // (the store dropped the transaction) fails the group.
                    item->error = std::current_exception();
                    item->result = {};
                    db.exec("ROLLBACK TO SAVEPOINT push_batch");
                    db.exec("RELEASE SAVEPOINT push_batch");
                }
            }
        }
        tx.commit();
    } catch (...) {
        // Nothing of the group was committed.
        const std::exception_ptr error = std::current_exception();
        for (Item *item : group) {
            if (!item->error)
                item->error = error;
            item->result = {};
        }
        if (m_connection && !(*m_connection)->usable()) {
            m_connection->discard();
            m_connection.reset();
        }
    }
}

} // namespace brugboek::server
