#pragma once

#include <cstddef>
#include <string>

namespace brugboek::client {

// The answer to one HTTP request, or why there was none.
struct HttpResponse
{
    // 0 when no HTTP answer arrived (no network, refused, timed out, TLS).
    int status = 0;
    std::string body;
    // For status 0: what went wrong, in English, without the request's content.
    std::string transportError;
    // Seconds from a Retry-After header, 0 when absent.
    int retryAfterS = 0;
    // Body bytes as they crossed the network (compressed), where known.
    std::size_t bytesSent = 0;
    std::size_t bytesReceived = 0;
};

// POSTs a protobuf body to the team's server. The sync engine depends on
// this interface only, so tests can put a faulty network in between.
class Transport
{
public:
    virtual ~Transport() = default;
    // `path` is e.g. "/v1/push"; `token` empty for enrolment.
    virtual HttpResponse post(const std::string &path, const std::string &body, const std::string &token) = 0;
};

} // namespace brugboek::client
