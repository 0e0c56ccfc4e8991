#include "httpserver.h"

#include "directory.h"
#include "syncservice.h"

#include <httplib.h>
#include <openssl/ssl.h>

#include <brugboek/v1/sync.pb.h>

#include <zlib.h>
#include <zstd.h>

#include <sys/socket.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <set>
#include <thread>

namespace brugboek::server {

namespace {

constexpr const char *kProtobuf = "application/x-protobuf";
constexpr std::uint32_t kMinProtocol = v1::PROTOCOL_VERSION_1;
constexpr std::uint32_t kMaxProtocol = v1::PROTOCOL_VERSION_1;

// Start of the request the current thread is answering, for the logger.
thread_local std::chrono::steady_clock::time_point t_started;
thread_local bool t_timed = false;

void sendError(httplib::Response &res, int status, v1::ErrorCode code, const std::string &reason)
{
    v1::Error e;
    e.set_protocol_version(kMaxProtocol);
    e.set_code(code);
    e.set_reason(reason);
    if (code == v1::ERROR_UNSUPPORTED_VERSION) {
        e.set_min_protocol_version(kMinProtocol);
        e.set_max_protocol_version(kMaxProtocol);
    }
    res.status = status;
    res.set_content(e.SerializeAsString(), kProtobuf);
}

void sendRetryLater(httplib::Response &res, int status, v1::ErrorCode code, const std::string &reason,
                    int seconds)
{
    v1::Error e;
    e.set_protocol_version(kMaxProtocol);
    e.set_code(code);
    e.set_reason(reason);
    e.set_retry_after_s(static_cast<std::uint32_t>(seconds));
    res.status = status;
    res.set_header("Retry-After", std::to_string(seconds));
    res.set_content(e.SerializeAsString(), kProtobuf);
}

// Replies this large or larger go out compressed (zstd or gzip) when the client accepts it: a
// page of field changes repeats entity names, ids and device ids and shrinks
// several times, which matters on a mobile connection. (cpp-httplib only
// compresses text-like content types by itself.)
constexpr std::size_t kCompressFrom = 1024;
// Replies up to this size are compressed into a buffer kept per thread.
constexpr std::size_t kKeptCompressBuffer = 4 * 1024 * 1024;

bool acceptsGzip(const httplib::Request &req)
{
    return req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos;
}

bool acceptsZstd(const httplib::Request &req)
{
    return req.get_header_value("Accept-Encoding").find("zstd") != std::string::npos;
}

// Zstandard at level 1: several times faster than gzip at level 1 on both
// ends, and smaller. libcurl asks for it when it was built with it
// (Debian's is); other clients get gzip.
bool zstd(const std::string &in, std::string *out)
{
    thread_local std::unique_ptr<ZSTD_CCtx, std::size_t (*)(ZSTD_CCtx *)> context(ZSTD_createCCtx(),
                                                                                  ZSTD_freeCCtx);
    thread_local std::unique_ptr<char[]> buffer;
    thread_local std::size_t capacity = 0;
    if (!context)
        return false;
    const std::size_t bound = ZSTD_compressBound(in.size());
    std::unique_ptr<char[]> large;
    char *target = nullptr;
    if (bound > kKeptCompressBuffer) {
        large.reset(new char[bound]);
        target = large.get();
    } else {
        if (capacity < bound) {
            buffer.reset(new char[kKeptCompressBuffer]);
            capacity = kKeptCompressBuffer;
        }
        target = buffer.get();
    }
    const std::size_t n = ZSTD_compressCCtx(context.get(), target, bound, in.data(), in.size(), 1);
    if (ZSTD_isError(n))
        return false;
    out->assign(target, n);
    return true;
}

// One deflate stream per request thread, reset for every reply: setting one
// up allocates and clears about 270 KB (window, hash chains, buffers), which
// for the small replies of incremental syncs cost more than compressing them
// (a sixth of the server's CPU under many devices, by perf), and freeing it
// made glibc hand the pages back and fault them in again on the next reply.
class Deflater
{
public:
    Deflater()
    {
        // Level 1: most of the gain for a fraction of the time of the default.
        m_ok = deflateInit2(&m_zs, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (m_ok)
            deflateEnd(&m_zs);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    bool gzip(const std::string &in, std::string *out)
    {
        if (!m_ok || deflateReset(&m_zs) != Z_OK)
            return false;
        out->resize(deflateBound(&m_zs, static_cast<uLong>(in.size())) + 32);
        m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_zs.avail_in = static_cast<uInt>(in.size());
        m_zs.next_out = reinterpret_cast<Bytef *>(out->data());
        m_zs.avail_out = static_cast<uInt>(out->size());
        const int rc = deflate(&m_zs, Z_FINISH);
        out->resize(m_zs.total_out);
        return rc == Z_STREAM_END;
    }

private:
    z_stream m_zs {};
    bool m_ok = false;
};

bool gzip(const std::string &in, std::string *out)
{
    thread_local Deflater deflater;
    return deflater.gzip(in, out);
}

// The body as it goes on the wire for a client that accepts these
// encodings, and its Content-Encoding (empty: not compressed).
std::string encodeBody(std::string body, bool acceptsZstdBody, bool acceptsGzipBody, std::string *encoding)
{
    encoding->clear();
    if (body.size() < kCompressFrom)
        return body;
    std::string compressed;
    if (acceptsZstdBody && zstd(body, &compressed) && compressed.size() < body.size()) {
        *encoding = "zstd";
        return compressed;
    }
    if (acceptsGzipBody && gzip(body, &compressed) && compressed.size() < body.size()) {
        *encoding = "gzip";
        return compressed;
    }
    return body;
}

void sendEncoded(httplib::Response &res, std::string wire, const std::string &encoding)
{
    res.set_header("Vary", "Accept-Encoding");
    if (!encoding.empty())
        res.set_header("Content-Encoding", encoding);
    res.body = std::move(wire);
    res.set_header("Content-Type", kProtobuf);
}

void sendProtobuf(const httplib::Request &req, httplib::Response &res, const std::string &body)
{
    std::string encoding;
    std::string wire = encodeBody(body, acceptsZstd(req), acceptsGzip(req), &encoding);
    sendEncoded(res, std::move(wire), encoding);
}

template<typename Message>
bool parse(const httplib::Request &req, httplib::Response &res, Message *message, const char *what)
{
    if (!message->ParseFromString(req.body)) {
        sendError(res, 400, v1::ERROR_MALFORMED, std::string("the body is not a valid ") + what + " message");
        return false;
    }
    return true;
}

bool versionOk(std::uint32_t version, httplib::Response &res)
{
    if (version >= kMinProtocol && version <= kMaxProtocol)
        return true;
    sendError(res, 400, v1::ERROR_UNSUPPORTED_VERSION,
              "protocol version " + std::to_string(version) + " is not supported; this server speaks " +
                  std::to_string(kMinProtocol) + " to " + std::to_string(kMaxProtocol));
    return false;
}

bool sane(const std::string &text, std::size_t maxLength)
{
    return !text.empty() && text.size() <= maxLength && text.find('\0') == std::string::npos;
}

const char *endpointOf(const std::string &path)
{
    if (path == "/v1/enrol")
        return "enrol";
    if (path == "/v1/push")
        return "push";
    if (path == "/v1/pull")
        return "pull";
    if (path == "/v1/health")
        return "health";
    if (path == "/metrics")
        return "metrics";
    return "other";
}

const char *codeName(int code)
{
    const auto *descriptor = v1::ErrorCode_descriptor();
    const auto *value = descriptor->FindValueByNumber(code);
    return value ? value->name().c_str() : "ERROR_UNSPECIFIED";
}

} // namespace

namespace {

std::unique_ptr<httplib::Server> makeServer(const HttpOptions &options)
{
    if (options.tlsCertFile.empty())
        return std::make_unique<httplib::Server>();
    auto server =
        std::make_unique<httplib::SSLServer>(options.tlsCertFile.c_str(), options.tlsKeyFile.c_str());
    // TLS 1.2 at least, whatever the system's OpenSSL configuration allows.
    if (server->is_valid())
        SSL_CTX_set_min_proto_version(server->ssl_context(), TLS1_2_VERSION);
    return server;
}

void fillPolicy(const TeamPolicy &from, v1::TeamPolicy *to)
{
    to->set_lease_lock_days(from.leaseLockDays);
    to->set_lease_wipe_days(from.leaseWipeDays);
    to->set_retention_days(from.retentionDays);
}

} // namespace

HttpServer::HttpServer(ConnectionPool &pool, HttpOptions options)
    : m_pool(pool)
    , m_options(std::move(options))
    , m_http(makeServer(m_options))
    , m_rate(m_options.deviceRatePerSecond, m_options.deviceBurst)
    , m_audit(pool)
    , m_pushes(pool)
    , m_visibility(m_options.visibilityLimits)
{
    if (m_options.prefetch)
        m_prefetch = std::make_unique<PullPrefetcher>(m_options.prefetchLimits, m_metrics);
    setupRoutes();
}

bool HttpServer::valid() const
{
    return m_http->is_valid();
}

HttpServer::~HttpServer() = default;

void HttpServer::setupRoutes()
{
    auto &http = *m_http;
    const int threads = m_options.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    http.set_payload_max_length(m_options.maxBodyBytes);
    http.set_read_timeout(30, 0);
    http.set_write_timeout(30, 0);
    http.set_keep_alive_max_count(1000);
    // A reply is written as headers, then body: without this, Nagle holds
    // the body back until the device acknowledges the headers, which its
    // delayed ACK does after 40 ms, on every request.
    http.set_tcp_nodelay(true);

    http.set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
        t_started = std::chrono::steady_clock::now();
        t_timed = true;
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const std::size_t maxBody = m_options.maxBodyBytes;
    http.set_error_handler(
        httplib::Server::HandlerWithResponse([maxBody](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            switch (res.status) {
            case 413:
                sendError(res, 413, v1::ERROR_TOO_LARGE,
                          "the body is over the size limit of " + std::to_string(maxBody) + " bytes");
                break;
            case 404:
                sendError(res, 404, v1::ERROR_UNSPECIFIED, "no such endpoint");
                break;
            case 405:
                sendError(res, 405, v1::ERROR_UNSPECIFIED, "method not allowed");
                break;
            case 400:
                sendError(res, 400, v1::ERROR_MALFORMED, "malformed request");
                break;
            default:
                sendError(res, res.status, v1::ERROR_INTERNAL, "the server failed");
            }
            return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_logger([this](const httplib::Request &req, const httplib::Response &res) {
        double seconds = 0;
        if (t_timed)
            seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_started).count();
        t_timed = false;
        m_metrics.request(endpointOf(req.path), res.status, seconds);
        if (res.status >= 400) {
            v1::Error e;
            if (e.ParseFromString(res.body))
                m_metrics.error(codeName(e.code()));
        }
    });

    http.Get("/v1/health",
             [](const httplib::Request &, httplib::Response &res) { res.set_content("ok\n", "text/plain"); });
    http.Get("/metrics", [this](const httplib::Request &, httplib::Response &res) {
        std::string text = m_metrics.render();
        text += "# HELP brugboek_pull_household_lookups_total Which households are a worker's, as pull pages"
                " found out: answered by the answers kept, or read from the store (one household at a time"
                " on SQLite, all of the worker's on PostgreSQL).\n"
                "# TYPE brugboek_pull_household_lookups_total counter\n"
                "brugboek_pull_household_lookups_total{from=\"cache\"} " +
            std::to_string(m_visibility.hits()) +
            "\n"
            "brugboek_pull_household_lookups_total{from=\"store\"} " +
            std::to_string(m_visibility.lookups()) + "\n";
        res.set_content(text, "text/plain; version=0.0.4");
    });
    http.Post("/v1/enrol", [this](const httplib::Request &req, httplib::Response &res) {
        guarded("enrol", req, res, [&] { enrol(req, res); });
    });
    http.Post("/v1/push", [this](const httplib::Request &req, httplib::Response &res) {
        guarded("push", req, res, [&] { push(req, res); });
    });
    http.Post("/v1/pull", [this](const httplib::Request &req, httplib::Response &res) {
        guarded("pull", req, res, [&] { pull(req, res); });
    });
}

template<typename Handler>
void HttpServer::guarded(const char *endpoint, const httplib::Request &, httplib::Response &res,
                         Handler handler)
{
    try {
        handler();
    } catch (const SqlError &e) {
        // Only the statement's error, never values, reaches the log.
        std::fprintf(stderr, "brugboek-server: %s failed: %s\n", endpoint, e.what());
        sendError(res, 503, v1::ERROR_UNAVAILABLE, "the store is unavailable; nothing was applied");
        res.set_header("Retry-After", "5");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "brugboek-server: %s failed: internal error\n", endpoint);
        sendError(res, 500, v1::ERROR_INTERNAL, "the server failed; nothing was applied");
    }
}

void HttpServer::audit(const Identity &who, const char *action, std::vector<std::string> ids,
                       std::string result)
{
    m_audit.record({nowMs(), who.userId, who.deviceId, action, std::move(ids), std::move(result)});
}

bool HttpServer::authenticate(SqlConnection &db, const httplib::Request &req, httplib::Response &res,
                              Identity *who, const char *endpoint)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    // The audit log names the endpoint and the outcome, never the token.
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0) {
        audit({}, "auth_failed", {}, std::string(endpoint) + ": no bearer token");
        sendError(res, 401, v1::ERROR_UNAUTHENTICATED, "a bearer token is required");
        return false;
    }
    Directory directory(db);
    switch (directory.identify(tokenHash(header.substr(prefix.size())), who)) {
    case Directory::TokenStatus::Valid:
        directory.touch(*who);
        return true;
    case Directory::TokenStatus::Revoked:
        if (m_prefetch)
            m_prefetch->forget(who->deviceId);
        audit(*who, "revoked_request", {}, std::string(endpoint) + ": refused, device revoked");
        sendError(res, 401, v1::ERROR_DEVICE_REVOKED,
                  "this device was revoked by an administrator; enrol again");
        return false;
    case Directory::TokenStatus::Unknown:
        break;
    }
    audit({}, "auth_failed", {}, std::string(endpoint) + ": unknown token");
    sendError(res, 401, v1::ERROR_UNAUTHENTICATED, "the token is not valid");
    return false;
}

bool HttpServer::withinRate(const Identity &who, httplib::Response &res, const char *endpoint)
{
    const int wait = m_rate.take(who.deviceId);
    if (wait == 0)
        return true;
    audit(who, "rate_limited", {},
          std::string(endpoint) + ": refused, retry after " + std::to_string(wait) + " s");
    sendRetryLater(res, 429, v1::ERROR_RATE_LIMITED,
                   "this device sends too many requests; try again in " + std::to_string(wait) + " s", wait);
    return false;
}

void HttpServer::enrol(const httplib::Request &req, httplib::Response &res)
{
    v1::EnrolRequest request;
    if (!parse(req, res, &request, "EnrolRequest") || !versionOk(request.protocol_version(), res))
        return;
    if (!sane(request.username(), 100) || request.password().empty() || request.password().size() > 1024 ||
        !sane(request.device_id(), 64) || !sync::validRecordId(request.device_id()) ||
        request.device_name().size() > 200 || request.device_name().find('\0') != std::string::npos) {
        sendError(res, 400, v1::ERROR_MALFORMED,
                  "username, password and a device id (at most 64 letters, digits or dashes) are required");
        return;
    }
    const int wait = m_limiter.retryAfter(request.username(), req.remote_addr);
    Identity attempt;
    attempt.deviceId = request.device_id();
    if (wait > 0) {
        audit(attempt, "enrol_failed", {}, "refused: too many failed attempts");
        sendRetryLater(res, 429, v1::ERROR_RATE_LIMITED, "too many failed enrolments; try again later", wait);
        return;
    }
    auto db = m_pool.acquire();
    Directory directory(*db);
    const auto user = directory.user(request.username());
    if (!user) {
        dummyVerify(request.password());
    }
    if (!user || !verifyPassword(user->passwordHash, request.password())) {
        m_limiter.recordFailure(request.username(), req.remote_addr);
        // The user's id when the name is known; never the name or password tried.
        attempt.userId = user ? user->id : std::string();
        audit(attempt, "enrol_failed", {}, user ? "wrong password" : "unknown username");
        sendError(res, 401, v1::ERROR_BAD_CREDENTIALS, "wrong username or password");
        return;
    }
    attempt.userId = user->id;
    if (user->disabled) {
        audit(attempt, "enrol_failed", {}, "refused: user disabled");
        sendError(res, 403, v1::ERROR_USER_DISABLED, "the account is disabled");
        return;
    }
    const std::string token = newToken();
    directory.enrolDevice(request.device_id(), user->id, request.device_name(), tokenHash(token));
    if (m_prefetch)
        m_prefetch->forget(request.device_id());
    v1::EnrolReply reply;
    reply.set_protocol_version(kMaxProtocol);
    reply.set_token(token);
    reply.set_user_id(user->id);
    reply.set_display_name(user->displayName);
    reply.set_role(user->role);
    reply.set_team_id(user->teamId);
    reply.set_team_name(user->teamName);
    fillPolicy(directory.teamPolicy(user->teamId), reply.mutable_policy());
    audit(attempt, "enrol", {}, "ok");
    res.set_content(reply.SerializeAsString(), kProtobuf);
}

void HttpServer::push(const httplib::Request &req, httplib::Response &res)
{
    auto db = m_pool.acquire();
    Identity who;
    if (!authenticate(*db, req, res, &who, "push") || !withinRate(who, res, "push"))
        return;
    v1::PushRequest request;
    if (!parse(req, res, &request, "PushRequest") || !versionOk(request.protocol_version(), res))
        return;
    if (request.device_id() != who.deviceId) {
        sendError(res, 400, v1::ERROR_DEVICE_MISMATCH, "device_id differs from the token's device");
        return;
    }
    if (request.changes_size() > m_options.maxPushChanges) {
        audit(who, "push", {},
              "refused: " + std::to_string(request.changes_size()) + " changes, over the limit");
        sendError(res, 413, v1::ERROR_TOO_LARGE,
                  "a push carries at most " + std::to_string(m_options.maxPushChanges) +
                      " changes; this one has " + std::to_string(request.changes_size()));
        return;
    }
    // A page made ahead for this device may be older than this push: the
    // device reads its own writes on its next pull.
    if (m_prefetch)
        m_prefetch->forget(who.deviceId);
    // Applied together with the pushes that arrive meanwhile, in one
    // transaction (group commit; see PushCommitter).
    const PushResult result = m_pushes.push(who, request);
    if (!result.replayed)
        m_metrics.pushBatch(static_cast<std::uint32_t>(request.changes_size()), result.rejected,
                            result.conflicts);
    sendProtobuf(req, res, result.replyBytes);
}

void HttpServer::pull(const httplib::Request &req, httplib::Response &res)
{
    auto db = m_pool.acquire();
    Identity who;
    if (!authenticate(*db, req, res, &who, "pull") || !withinRate(who, res, "pull"))
        return;
    v1::PullRequest request;
    if (!parse(req, res, &request, "PullRequest") || !versionOk(request.protocol_version(), res))
        return;
    if (request.device_id() != who.deviceId) {
        sendError(res, 400, v1::ERROR_DEVICE_MISMATCH, "device_id differs from the token's device");
        return;
    }
    // Everything above runs for every request; only then may a page made
    // ahead answer it (see PullPrefetcher for why that is right).
    PullKey key {who.userId,
                 who.deviceId,
                 who.role,
                 who.teamId,
                 request.protocol_version(),
                 request.cursor(),
                 request.limit(),
                 request.want_records(),
                 acceptsZstd(req),
                 acceptsGzip(req)};
    std::optional<PullReply> reply;
    if (m_prefetch) {
        // A last page made ahead is served only if nothing was written since
        // (see PullPrefetcher).
        reply = m_prefetch->take(key, [&](const PullReply &made) {
            return made.hasMore || Directory(*db).seqAndPolicyAre(made.storeSeq, who.teamId, made.policy);
        });
    }
    if (!reply) {
        try {
            reply = makePull(*db, who, request, key.acceptsZstd, key.acceptsGzip);
        } catch (const BadCursor &e) {
            sendError(res, 400, v1::ERROR_MALFORMED, e.what());
            return;
        }
    }
    // The households this page carried (ids only), so the log answers "who
    // received family X": written for the page served, never for one made
    // ahead and not asked for.
    audit(who, "pull", std::move(reply->households), std::to_string(reply->values) + " changes");
    if (m_prefetch && reply->hasMore) {
        // The device asks for the next page as soon as it has this one.
        request.set_cursor(reply->nextCursor);
        key.cursor = reply->nextCursor;
        const bool withZstd = key.acceptsZstd, withGzip = key.acceptsGzip;
        m_prefetch->start(std::move(key), [this, who, request, withZstd, withGzip] {
            auto conn = m_pool.acquire();
            return makePull(*conn, who, request, withZstd, withGzip);
        });
    }
    sendEncoded(res, std::move(reply->body), reply->encoding);
}

PullReply HttpServer::makePull(SqlConnection &db, const Identity &who, const v1::PullRequest &request,
                               bool acceptsZstdBody, bool acceptsGzipBody)
{
    SyncService service(db);
    service.setMaxPullScan(m_options.pullScanRows);
    service.setVisibilityCache(&m_visibility);
    // The changes form's messages live on an arena: one allocation per
    // block instead of one per change, and no destructor walk.
    google::protobuf::ArenaOptions arenaOptions;
    arenaOptions.start_block_size = 64 * 1024;
    arenaOptions.max_block_size = 1024 * 1024;
    google::protobuf::Arena arena(arenaOptions);
    v1::PullPage &page = *google::protobuf::Arena::CreateMessage<v1::PullPage>(&arena);
    SyncService::PullWire wire;
    service.pull(who, request, &page, &wire);
    // After the page's snapshot: a policy written since is on the page, or
    // makes a last page made ahead stale (PullPrefetcher).
    const TeamPolicy policy = Directory(db).teamPolicy(who.teamId);
    fillPolicy(policy, page.mutable_policy());
    std::set<std::string> households = std::move(wire.households);
    const std::string *last = nullptr; // rows of one household come together
    for (const auto &c : page.changes()) {
        if (c.scope().empty() || c.scope() == "private" || (last && *last == c.scope()))
            continue;
        households.insert(c.scope());
        last = &c.scope();
    }
    PullReply reply;
    reply.households.assign(households.begin(), households.end());
    reply.values = wire.values;
    reply.hasMore = page.has_more();
    reply.nextCursor = page.next_cursor();
    reply.storeSeq = wire.storeSeq;
    reply.policy = policy;
    // The per-record form's bytes follow the rest of the page (protobuf
    // fields may come in any order).
    std::string body;
    body.reserve(page.ByteSizeLong() + wire.records.size());
    page.AppendToString(&body);
    body += wire.records;
    reply.body = encodeBody(std::move(body), acceptsZstdBody, acceptsGzipBody, &reply.encoding);
    return reply;
}

int HttpServer::bind()
{
    // Debian's cpp-httplib (a shared library) listens with a backlog of 5
    // connections: devices (or a proxy's connections) that arrive together
    // overflowed it, and now and then one got a connection that was closed
    // unanswered. listen() again on the bound socket widens it (Linux caps
    // it at net.core.somaxconn).
    m_http->set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        if (m_listenSocket < 0)
            m_listenSocket = sock;
    });
    const int port = m_options.port == 0
        ? m_http->bind_to_any_port(m_options.host)
        : (m_http->bind_to_port(m_options.host, m_options.port) ? m_options.port : -1);
    constexpr int kListenBacklog = 1024;
    if (port > 0 && m_listenSocket >= 0 && ::listen(m_listenSocket, kListenBacklog) != 0)
        std::fprintf(stderr, "brugboek-server: could not widen the listen backlog\n");
    return port;
}

bool HttpServer::run()
{
    {
        const std::lock_guard<std::mutex> lock(m_runMutex);
        if (m_stopRequested)
            return true;
        m_runStarted = true;
    }
    const bool ok = m_http->listen_after_bind();
    m_runReturned = true;
    return ok;
}

void HttpServer::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_runMutex);
        m_stopRequested = true;
        if (!m_runStarted)
            return; // run() returns at once
    }
    // run() is on its way into the accept loop: stop the loop once it is
    // in it (a SIGTERM right after start-up used to be lost there).
    while (!m_runReturned) {
        if (m_http->is_running()) {
            m_http->stop();
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

} // namespace brugboek::server
