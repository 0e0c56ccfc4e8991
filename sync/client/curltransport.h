#pragma once

#include "transport.h"

#include <memory>
#include <string>

namespace brugboek::client {

// Transport over libcurl: one reused connection (keep-alive), connect and
// total timeouts, gzip/deflate answers, TLS with peer and host verification
// always on, and optionally a pinned set of public keys.
class CurlTransport final : public Transport
{
public:
    struct Options
    {
        std::string baseUrl; // "https://sync.example.be" or "http://127.0.0.1:8080"
        long connectTimeoutMs = 10'000;
        long totalTimeoutMs = 120'000;
        // Abort when fewer than this many bytes/s arrive for lowSpeedTimeS.
        long lowSpeedBytes = 1;
        long lowSpeedTimeS = 30;
        std::string caFile; // CA bundle to verify against (a team's own CA); empty: the system's
        // "sha256//<base64>;sha256//<base64>" (current and backup key); empty: no pinning.
        // Either one makes an http:// baseUrl an error rather than a request without TLS.
        std::string pinnedPublicKeys;
    };

    explicit CurlTransport(Options options);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    HttpResponse post(const std::string &path, const std::string &body, const std::string &token) override;

private:
    struct Handle;
    Options m_options;
    std::unique_ptr<Handle> m_handle;
};

} // namespace brugboek::client
