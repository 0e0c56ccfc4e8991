#include "httpserver.h"

#include "directory.h"
#include "syncservice.h"

#include <httplib.h>

#include <brugboek/v1/sync.pb.h>

#include <chrono>
#include <cstdio>

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

HttpServer::HttpServer(ConnectionPool &pool, HttpOptions options)
    : m_pool(pool)
    , m_options(std::move(options))
    , m_http(std::make_unique<httplib::Server>())
{
    setupRoutes();
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
    http.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            switch (res.status) {
            case 413:
                sendError(res, 413, v1::ERROR_TOO_LARGE, "the body is over the size limit");
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
        res.set_content(m_metrics.render(), "text/plain; version=0.0.4");
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

bool HttpServer::authenticate(SqlConnection &db, const httplib::Request &req, httplib::Response &res,
                              Identity *who)
{
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.compare(0, prefix.size(), prefix) != 0) {
        sendError(res, 401, v1::ERROR_UNAUTHENTICATED, "a bearer token is required");
        return false;
    }
    Directory directory(db);
    switch (directory.identify(tokenHash(header.substr(prefix.size())), who)) {
    case Directory::TokenStatus::Valid:
        return true;
    case Directory::TokenStatus::Revoked:
        sendError(res, 401, v1::ERROR_DEVICE_REVOKED,
                  "this device was revoked by an administrator; enrol again");
        return false;
    case Directory::TokenStatus::Unknown:
        break;
    }
    sendError(res, 401, v1::ERROR_UNAUTHENTICATED, "the token is not valid");
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
    if (wait > 0) {
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
        sendError(res, 401, v1::ERROR_BAD_CREDENTIALS, "wrong username or password");
        return;
    }
    if (user->disabled) {
        sendError(res, 403, v1::ERROR_USER_DISABLED, "the account is disabled");
        return;
    }
    const std::string token = newToken();
    directory.enrolDevice(request.device_id(), user->id, request.device_name(), tokenHash(token));
    v1::EnrolReply reply;
    reply.set_protocol_version(kMaxProtocol);
    reply.set_token(token);
    reply.set_user_id(user->id);
    reply.set_display_name(user->displayName);
    reply.set_role(user->role);
    reply.set_team_id(user->teamId);
    reply.set_team_name(user->teamName);
    res.set_content(reply.SerializeAsString(), kProtobuf);
}

void HttpServer::push(const httplib::Request &req, httplib::Response &res)
{
    auto db = m_pool.acquire();
    Identity who;
    if (!authenticate(*db, req, res, &who))
        return;
    v1::PushRequest request;
    if (!parse(req, res, &request, "PushRequest") || !versionOk(request.protocol_version(), res))
        return;
    if (request.device_id() != who.deviceId) {
        sendError(res, 400, v1::ERROR_DEVICE_MISMATCH, "device_id differs from the token's device");
        return;
    }
    if (request.changes_size() > m_options.maxPushChanges) {
        sendError(res, 413, v1::ERROR_TOO_LARGE,
                  "a push carries at most " + std::to_string(m_options.maxPushChanges) + " changes");
        return;
    }
    SyncService service(*db);
    const PushResult result = service.push(who, request);
    if (!result.replayed)
        m_metrics.pushBatch(static_cast<std::uint32_t>(request.changes_size()), result.rejected,
                            result.conflicts);
    res.set_content(result.replyBytes, kProtobuf);
}

void HttpServer::pull(const httplib::Request &req, httplib::Response &res)
{
    auto db = m_pool.acquire();
    Identity who;
    if (!authenticate(*db, req, res, &who))
        return;
    v1::PullRequest request;
    if (!parse(req, res, &request, "PullRequest") || !versionOk(request.protocol_version(), res))
        return;
    if (request.device_id() != who.deviceId) {
        sendError(res, 400, v1::ERROR_DEVICE_MISMATCH, "device_id differs from the token's device");
        return;
    }
    SyncService service(*db);
    try {
        const v1::PullPage page = service.pull(who, request);
        res.set_content(page.SerializeAsString(), kProtobuf);
    } catch (const BadCursor &e) {
        sendError(res, 400, v1::ERROR_MALFORMED, e.what());
    }
}

int HttpServer::bind()
{
    if (m_options.port == 0)
        return m_http->bind_to_any_port(m_options.host);
    return m_http->bind_to_port(m_options.host, m_options.port) ? m_options.port : -1;
}

bool HttpServer::run()
{
    return m_http->listen_after_bind();
}

void HttpServer::stop()
{
    m_http->stop();
}

} // namespace brugboek::server
