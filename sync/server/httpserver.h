#pragma once

#include "audit.h"
#include "auth.h"
#include "metrics.h"
#include "pullprefetcher.h"
#include "pushcommitter.h"
#include "sqldb.h"
#include "visibilitycache.h"

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>

namespace httplib {
class Server;
class Request;
class Response;
} // namespace httplib

namespace brugboek::v1 {
class PullRequest;
} // namespace brugboek::v1

namespace brugboek::server {

struct Identity;

struct HttpOptions
{
    std::string host = "127.0.0.1";
    int port = 8443;
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    int maxPushChanges = 5000;
    // Log rows a worker's pull page reads at most (SyncService::kMaxPullScan).
    std::int64_t pullScanRows = 100000;
    // cpp-httplib (0.11) serves a keep-alive connection on one thread for
    // its whole life (up to 1,000 requests, or until it is idle for 5 s), so
    // there must be more threads than connections held open at once: the
    // reverse proxy's pool of upstream keep-alive connections, or the
    // devices that talk to the server directly. With too few, the other
    // connections wait for a thread for seconds. An idle thread costs little
    // memory; the store's write lock, not the thread count, bounds
    // concurrent pushes. See README.md, "Threads and connections".
    int threads = 32;
    // Push and pull requests per device: a burst, refilled per second (<= 0: no limit).
    double deviceRatePerSecond = 100;
    double deviceBurst = 3000;
    // A pull page that has more makes the next one ahead (PullPrefetcher).
    bool prefetch = true;
    PrefetchOptions prefetchLimits;
    // A worker's answers of which households are theirs, kept from one
    // pull page to the next (VisibilityCache).
    VisibilityLimits visibilityLimits;
    // HTTPS when both are set (PEM files); plain HTTP otherwise.
    std::string tlsCertFile;
    std::string tlsKeyFile;
};

// The HTTP front: limits, protobuf parsing, authentication, error replies
// and metrics around SyncService and Directory.
class HttpServer
{
public:
    HttpServer(ConnectionPool &pool, HttpOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // False when the TLS certificate or key could not be loaded.
    [[nodiscard]] bool valid() const;
    [[nodiscard]] bool tls() const { return !m_options.tlsCertFile.empty(); }
    // Binds the listening socket; returns the port (a free one for port 0),
    // or -1 when binding failed.
    int bind();
    // Serves until stop(); returns false when the server failed.
    bool run();
    // Makes run() return, from any thread, whether it is serving already,
    // about to, or not called yet (it then returns at once); after run()
    // returned it does nothing.
    void stop();

private:
    void setupRoutes();
    void enrol(const httplib::Request &req, httplib::Response &res);
    void push(const httplib::Request &req, httplib::Response &res);
    void pull(const httplib::Request &req, httplib::Response &res);
    // The reply to a pull, as it goes on the wire. Throws BadCursor.
    PullReply makePull(SqlConnection &db, const Identity &who, const v1::PullRequest &request,
                       bool acceptsZstd, bool acceptsGzip);
    // Checks the bearer token; answers 401 and returns false when it fails.
    bool authenticate(SqlConnection &db, const httplib::Request &req, httplib::Response &res, Identity *who,
                      const char *endpoint);
    // Takes one of the device's tokens; answers 429 and returns false when none is left.
    bool withinRate(const Identity &who, httplib::Response &res, const char *endpoint);
    void audit(const Identity &who, const char *action, std::vector<std::string> ids, std::string result);
    template<typename Handler>
    void guarded(const char *endpoint, const httplib::Request &req, httplib::Response &res, Handler handler);

    ConnectionPool &m_pool;
    HttpOptions m_options;
    std::unique_ptr<httplib::Server> m_http;
    int m_listenSocket = -1; // the listening socket, to widen its backlog
    // stop() and run(): cpp-httplib's own stop() does nothing until its
    // accept loop runs, so a stop that came just before would be lost.
    std::mutex m_runMutex;
    bool m_stopRequested = false; // under m_runMutex
    bool m_runStarted = false; // under m_runMutex
    std::atomic<bool> m_runReturned {false};
    Metrics m_metrics;
    EnrolLimiter m_limiter;
    DeviceRateLimiter m_rate;
    AuditWriter m_audit;
    PushCommitter m_pushes;
    VisibilityCache m_visibility;
    // Last: stopped first, while what its pages are made with is still there.
    std::unique_ptr<PullPrefetcher> m_prefetch; // null when turned off
};

} // namespace brugboek::server
