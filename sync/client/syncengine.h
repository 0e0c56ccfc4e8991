#pragma once

#include "changelog.h"
#include "database.h"
#include "transport.h"

#include "sync/core/clock.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace brugboek::client {

// One device's side of the sync protocol (docs/SYNC.md): enrolment, pushing
// the outbox in deduplicated batches, pulling pages and applying each page
// with its cursor in one transaction. Synchronous and single-threaded: the
// SyncService runs it on a worker thread with its own connection to the store.
class SyncEngine
{
public:
    // What a run came to, most serious first where several apply.
    enum class Outcome {
        Ok,
        Offline, // no answer: no network, server down, timed out, TLS refused
        NotEnrolled, // no server and token yet
        Unauthenticated, // the server does not know the token (enrol again)
        Revoked, // an administrator revoked this device
        Unsupported, // this app is too old (or too new) for the server
        RateLimited, // the server asked to wait (retryAfterS)
        ServerError, // the server failed or answered nonsense; retry later
        StoreError, // the local store failed (disk full, ...); nothing lost
        OtherUser, // enrolment as another worker than the one whose data this device holds: wipe first
    };

    struct Result
    {
        Outcome outcome = Outcome::Ok;
        std::string detail; // English, no personal data: for logs and support
        int retryAfterS = 0;
        int pushed = 0; // changes accepted by the server
        int rejected = 0; // changes the server refused (kept in sync_rejected)
        int pulled = 0; // changes received
        int conflicts = 0;
        // Wall time spent applying pulled pages (store and derived data,
        // commits), not counting the network or reading the pages, which
        // overlap with it: for benchmarks and logs.
        double applyMs = 0;
    };

    struct Enrolment
    {
        QString serverUrl;
        QString userId;
        QString displayName;
        QString role;
        QString teamName;
    };

    struct Limits
    {
        int pushBatch = 1000; // changes per push
        int pullPage = 2000; // changes asked per page
        int initialPullPage = 20000; // the same while a pull brings mostly new records
    };

    SyncEngine(Database &db, ChangeLog &changes, Transport &transport);

    // Enrols this device with username and password; on success the token,
    // who we are, the team's policy and the time of contact go into the store
    // (encrypted), nothing else changes. A device that holds another
    // worker's data (enrolled before as someone else) refuses with OtherUser
    // and keeps its enrolment: the app wipes it first.
    Result enrol(const QString &username, const QString &password, const QString &deviceName,
                 const QString &serverUrl);
    // Pushes everything pending, then pulls until the server has no more.
    Result run();
    Result push();
    Result pull();

    [[nodiscard]] bool isEnrolled();
    [[nodiscard]] Enrolment enrolment() { return enrolmentOf(m_db); }
    // Who the store is enrolled as (empty when not), without an engine.
    [[nodiscard]] static Enrolment enrolmentOf(Database &db);
    [[nodiscard]] qint64 pendingCount() { return m_changes.pendingCount(); }
    // Forgets the server, token and cursor (not the data): after a revoked
    // device was wiped, or to enrol with another server.
    void forgetEnrolment();

    void setLimits(Limits limits) { m_limits = limits; }
    // From any thread: the run under way stops at the next page or batch
    // boundary (what was applied stays, with its cursor) and says Offline
    // with the detail "stopped"; so do later runs until clearStop().
    void requestStop() { m_stop.store(true); }
    void clearStop() { m_stop.store(false); }
    // The clock of the last-contact time (the offline lease); the system's by default.
    void setClock(const sync::Clock &clock) { m_clock = &clock; }

private:
    struct Sent
    {
        HttpResponse response;
        Result failure; // outcome Ok when the answer is a 200
    };
    Sent send(const std::string &path, const std::string &body);
    // Runs `step` until it has no more to do or fails, adding up its results.
    Result repeat(Result (SyncEngine::*step)(bool *more));
    Result pushOnce(bool *more);
    // A pull page fetched and read, possibly on another thread while the
    // page before it is applied.
    struct Fetched;
    // pull() but for finishing a bulk load.
    Result pullPages();
    // Finishes the change log's bulk load, if one is under way; false (and
    // `r` a StoreError) when that failed.
    bool endBulkLoad(Result &r);
    std::unique_ptr<Fetched> fetchPage(const std::string &requestBytes, std::string cursor);
    std::string pullRequest(const std::string &cursor, bool expectNew);
    Result applyPage(Fetched &fetched, bool expectNew);
    void prepareBatch();
    void settleBatch(const std::string &replyBytes, Result &result);

    QVariant state(const char *key);
    void setState(const char *key, const QVariant &value);

    Database &m_db;
    ChangeLog &m_changes;
    Transport &m_transport;
    Limits m_limits;
    // The last page applied brought mostly records new to this device (an
    // initial pull under way): the next one is asked larger and inserted
    // without looking first.
    bool m_lastPageMostlyNew = false;
    std::string m_token;
    std::atomic<bool> m_stop {false};
    const sync::Clock *m_clock = &sync::SystemClock::instance();
};

[[nodiscard]] const char *outcomeName(SyncEngine::Outcome outcome);

} // namespace brugboek::client
