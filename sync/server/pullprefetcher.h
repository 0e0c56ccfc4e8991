#pragma once

#include "directory.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace brugboek::server {

class Metrics;

// A pull reply as it goes on the wire, and what the audit log says of it.
struct PullReply
{
    std::string body; // compressed as the request accepts
    std::string encoding; // its Content-Encoding; empty: not compressed
    std::vector<std::string> households; // the households on the page (ids), for the audit log
    std::uint32_t values = 0; // values and purges on the page
    bool hasMore = false;
    std::string nextCursor;
    std::uint64_t storeSeq = 0; // the store's last seq in the page's snapshot
    TeamPolicy policy; // the team's policy on the page (read after the snapshot)
};

// Everything a pull reply's bytes depend on besides the store: who asks (as
// their token says) and what they ask.
struct PullKey
{
    std::string userId;
    std::string deviceId;
    std::string role;
    std::string teamId;
    std::uint32_t protocolVersion = 0;
    std::string cursor;
    std::uint32_t limit = 0;
    bool wantRecords = false;
    bool acceptsZstd = false;
    bool acceptsGzip = false;

    [[nodiscard]] bool operator==(const PullKey &other) const;
};

struct PrefetchOptions
{
    // Speculative pages made at once (background threads); a page that
    // would be one more is not made.
    int making = 1;
    // Pages kept (made or being made) in all, at most one per device.
    std::size_t entries = 16;
    // Bytes of finished pages kept in all.
    std::size_t bytes = 32 * 1024 * 1024;
    // A page not asked for within this time is dropped.
    std::chrono::milliseconds expiry {5000};
    // Tests only: each page waits this long before it is made, so a test
    // can stop the server or ask for the page while it is being made.
    std::chrono::milliseconds delay {0};
};

// The next page of a pull, made ahead. When the server answers a pull page
// that has more after it, the device will most likely ask for the next one
// (its cursor is this page's next_cursor) as soon as it has this one; it
// applies one page while it fetches the next, but the server would only
// start on it when the request arrives. So the server starts making it on
// a background thread right away and keeps the finished reply, compressed
// as that request will want it, for the request to take.
//
// Why a page made ahead is right: a page is made in one read transaction,
// from one snapshot of the store at time t, and is exactly what a request
// arriving at t would have been answered. Serving it later is as if the
// device's request had arrived earlier, which it could have. A write
// committed after t has a higher sequence number than everything the
// snapshot saw, so it lies after the page's next_cursor and reaches the
// device on a later page (or its next sync), as it would if the write had
// come just after the request. That covers a lost access (the revoke is
// such a write: the household's purge follows on a later page) and a
// changed team policy (the next page carries it). What must not be served
// from an old page is decided per request, before the cache is consulted:
// the token, the device's revocation, rate limits and protocol checks run
// for every request as they always do, and the key holds the token's user,
// device, role and team and every field of the request. The device's own
// push drops its page (forget()), so a device never reads a page older than
// its own acknowledged writes.
//
// But "earlier" has a limit: a pull that starts after a write was
// acknowledged (by this server process or another on the same store) must
// end with it, not leave it for the device's next sync. A page that has
// more is fine served old: the device asks on, and a later page is made
// after the request. The last page (has_more false) is not: it tells the
// device it has everything up to the page's snapshot, and a device that
// asked for it after a colleague's push would end its sync without that
// push. So the server serves a last page made ahead only if the store's
// sequence number has not moved since its snapshot and the team's policy,
// which every page carries but which is no part of the log (a `team set`
// moves no seq), is still the one on the page (take()'s `current`), and
// makes it anew otherwise (outcome "stale"). Both are read in one statement
// after the request passed its checks: a write acknowledged before the
// request came is seen by it. The page's policy is read after its snapshot,
// so a policy written between the two is on the page or makes it stale.
//
// The audit log and the request metrics are written by the request that is
// answered, never for a page only made.
//
// Bounded: at most one page per device, `entries` and `bytes` in all,
// `making` being made at once (a pull page that has more is rare outside an
// initial pull, so incremental syncs cost nothing), each kept for `expiry`.
class PullPrefetcher
{
public:
    using Maker = std::function<PullReply()>;

    PullPrefetcher(PrefetchOptions options, Metrics &metrics);
    // Drops the pages not started and waits for those being made.
    ~PullPrefetcher();
    PullPrefetcher(const PullPrefetcher &) = delete;
    PullPrefetcher &operator=(const PullPrefetcher &) = delete;

    // Makes the reply to `key` with `make` on a background thread, unless
    // as many are being made already; it replaces the device's page.
    void start(PullKey key, Maker make);
    // The reply made for exactly `key`, waiting while it is being made, and
    // nothing when there is none (or it failed or expired, or `current`, if
    // given, says it is stale): the caller makes it then. A reply is served
    // once. A request with another key drops the device's page (the device
    // went another way). `current` runs without the prefetcher's lock.
    [[nodiscard]] std::optional<PullReply> take(const PullKey &key,
                                                const std::function<bool(const PullReply &)> &current = {});
    // Drops the device's page (it pushed, enrolled again or was refused).
    void forget(const std::string &deviceId);

private:
    using Clock = std::chrono::steady_clock;
    struct Entry
    {
        enum class State { Queued, Making, Ready, Failed };
        PullKey key;
        Maker make;
        State state = State::Queued;
        bool dropped = false; // no longer kept: not made, or thrown away when made
        PullReply reply;
        Clock::time_point readyAt;
    };
    using Entries = std::map<std::string, std::shared_ptr<Entry>>; // by device

    void work();
    // Each of these with m_mutex held.
    void drop(Entries::iterator it);
    void dropExpired(Clock::time_point now);
    void keepWithinBytes();

    const PrefetchOptions m_options;
    Metrics &m_metrics;
    std::mutex m_mutex;
    std::condition_variable m_work; // a page to make, or stop
    std::condition_variable m_done; // a page made (or failed)
    Entries m_entries;
    std::vector<std::shared_ptr<Entry>> m_queue;
    int m_making = 0; // queued or being made
    std::size_t m_bytes = 0; // bodies of the ready pages kept
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

} // namespace brugboek::server
