#include "pullprefetcher.h"

#include "metrics.h"
#include "sqldb.h"

#include <algorithm>
#include <cstdio>
#include <exception>

namespace brugboek::server {

bool PullKey::operator==(const PullKey &o) const
{
    return userId == o.userId && deviceId == o.deviceId && role == o.role && teamId == o.teamId &&
        protocolVersion == o.protocolVersion && cursor == o.cursor && limit == o.limit &&
        wantRecords == o.wantRecords && acceptsZstd == o.acceptsZstd && acceptsGzip == o.acceptsGzip;
}

PullPrefetcher::PullPrefetcher(PrefetchOptions options, Metrics &metrics)
    : m_options(options)
    , m_metrics(metrics)
{
    for (int i = 0; i < std::max(1, m_options.making); ++i)
        m_threads.emplace_back([this] { work(); });
}

PullPrefetcher::~PullPrefetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        // Pages not started are not made; their waiters (none once the
        // request threads are gone) make their own.
        for (auto &e : m_queue) {
            e->state = Entry::State::Failed;
            e->dropped = true;
        }
        m_queue.clear();
        for (auto &[device, e] : m_entries)
            e->dropped = true;
        m_entries.clear();
    }
    m_work.notify_all();
    m_done.notify_all();
    for (auto &t : m_threads)
        t.join();
}

void PullPrefetcher::start(PullKey key, Maker make)
{
    std::lock_guard lock(m_mutex);
    if (m_stop)
        return;
    dropExpired(Clock::now());
    if (auto it = m_entries.find(key.deviceId); it != m_entries.end())
        drop(it);
    if (m_making >= m_options.making) {
        m_metrics.prefetch("skipped");
        return;
    }
    if (m_entries.size() >= m_options.entries) {
        // Room for it: drop the oldest finished page (none being made is
        // dropped: it is about to be asked for).
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second->state == Entry::State::Ready &&
                (oldest == m_entries.end() || it->second->readyAt < oldest->second->readyAt))
                oldest = it;
        }
        if (oldest == m_entries.end()) {
            m_metrics.prefetch("skipped");
            return;
        }
        drop(oldest);
    }
    auto entry = std::make_shared<Entry>();
    entry->key = std::move(key);
    entry->make = std::move(make);
    m_entries[entry->key.deviceId] = entry;
    m_queue.push_back(std::move(entry));
    ++m_making;
    m_work.notify_one();
}

std::optional<PullReply> PullPrefetcher::take(const PullKey &key,
                                              const std::function<bool(const PullReply &)> &current)
{
    std::unique_lock lock(m_mutex);
    auto it = m_entries.find(key.deviceId);
    if (it == m_entries.end())
        return std::nullopt;
    if (!(it->second->key == key)) {
        drop(it);
        return std::nullopt;
    }
    const std::shared_ptr<Entry> entry = it->second;
    m_done.wait(lock, [&] {
        return entry->state == Entry::State::Ready || entry->state == Entry::State::Failed || m_stop;
    });
    if (entry->state != Entry::State::Ready || entry->dropped)
        return std::nullopt;
    it = m_entries.find(key.deviceId);
    if (it == m_entries.end() || it->second != entry)
        return std::nullopt;
    if (Clock::now() - entry->readyAt > m_options.expiry) {
        drop(it);
        return std::nullopt;
    }
    PullReply reply = std::move(entry->reply);
    m_bytes -= reply.body.size();
    entry->dropped = true;
    m_entries.erase(it);
    lock.unlock();
    if (current && !current(reply)) {
        m_metrics.prefetch("stale");
        return std::nullopt;
    }
    m_metrics.prefetch("served");
    return reply;
}

void PullPrefetcher::forget(const std::string &deviceId)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(deviceId); it != m_entries.end())
        drop(it);
}

void PullPrefetcher::drop(Entries::iterator it)
{
    Entry &e = *it->second;
    e.dropped = true;
    if (e.state == Entry::State::Ready) {
        m_bytes -= e.reply.body.size();
        e.reply = {};
        m_metrics.prefetch("dropped");
    }
    // A page queued is not made; one being made is counted when it is done.
    m_entries.erase(it);
}

void PullPrefetcher::dropExpired(Clock::time_point now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        auto next = std::next(it);
        if (it->second->state == Entry::State::Ready && now - it->second->readyAt > m_options.expiry)
            drop(it);
        it = next;
    }
}

void PullPrefetcher::keepWithinBytes()
{
    while (m_bytes > m_options.bytes) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second->state == Entry::State::Ready &&
                (oldest == m_entries.end() || it->second->readyAt < oldest->second->readyAt))
                oldest = it;
        }
        if (oldest == m_entries.end())
            return;
        drop(oldest);
    }
}

void PullPrefetcher::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Wakes now and then to let expired pages go.
        m_work.wait_for(lock, m_options.expiry, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        dropExpired(Clock::now());
        if (m_queue.empty())
            continue;
        const std::shared_ptr<Entry> entry = m_queue.front();
        m_queue.erase(m_queue.begin());
        if (entry->dropped) {
            // Dropped before it was started: not made at all.
            entry->state = Entry::State::Failed;
            --m_making;
            m_done.notify_all();
            continue;
        }
        entry->state = Entry::State::Making;
        Maker make = std::move(entry->make);
        lock.unlock();
        if (m_options.delay.count() > 0)
            std::this_thread::sleep_for(m_options.delay);
        std::optional<PullReply> reply;
        try {
            reply = make();
        } catch (const SqlError &e) {
            // Only the statement's error, never values (as for a request).
            std::fprintf(stderr, "brugboek-server: pull made ahead failed: %s\n", e.what());
        } catch (const std::exception &) {
            // A cursor the server did not make (cannot happen: it made it),
            // or anything else: the request makes its page itself.
        }
        make = nullptr; // its lease and copies go before the lock is taken
        lock.lock();
        --m_making;
        if (!reply || entry->dropped) {
            entry->state = Entry::State::Failed;
            m_metrics.prefetch(reply ? "dropped" : "failed");
            if (!entry->dropped) {
                auto it = m_entries.find(entry->key.deviceId);
                if (it != m_entries.end() && it->second == entry)
                    m_entries.erase(it);
                entry->dropped = true;
            }
        } else {
            entry->reply = std::move(*reply);
            entry->readyAt = Clock::now();
            entry->state = Entry::State::Ready;
            m_bytes += entry->reply.body.size();
            m_metrics.prefetch("made");
            keepWithinBytes();
        }
        m_done.notify_all();
    }
}

} // namespace brugboek::server
