#include "curltransport.h"

#include <curl/curl.h>

#include <cstdlib>
#include <mutex>
#include <string_view>

namespace brugboek::client {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Replies larger than this are not read further: a page is limited by the
// server, and a broken or hostile server must not fill the device's memory.
constexpr std::size_t MaxReplyBytes = 64 * 1024 * 1024;

struct Sink
{
    std::string body;
    bool overflow = false;
    int retryAfterS = 0;
    // The blank line after the headers arrived. A connection closed in the
    // middle of the headers leaves libcurl with a status and no body, and it
    // reports success: that is no answer (an empty body is a valid, empty
    // protobuf message, e.g. a pull page with an empty cursor).
    bool headersComplete = false;
};

std::size_t onBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const std::size_t n = size * count;
    if (sink->body.size() + n > MaxReplyBytes) {
        sink->overflow = true;
        return 0; // makes curl fail the transfer
    }
    sink->body.append(data, n);
    return n;
}

std::size_t onHeader(char *data, std::size_t size, std::size_t count, void *user)
{
    auto *sink = static_cast<Sink *>(user);
    const std::size_t n = size * count;
    if (n >= 5 && std::string_view(data, 5) == "HTTP/")
        sink->headersComplete = false; // a new status line (after a 1xx answer)
    else if ((n == 2 && data[0] == '\r' && data[1] == '\n') || (n == 1 && data[0] == '\n'))
        sink->headersComplete = true;
    static constexpr char name[] = "retry-after:";
    constexpr std::size_t nameLen = sizeof name - 1;
    if (n > nameLen) {
        bool match = true;
        for (std::size_t i = 0; i < nameLen && match; ++i)
            match = static_cast<char>(std::tolower(static_cast<unsigned char>(data[i]))) == name[i];
        if (match)
            sink->retryAfterS = std::atoi(std::string(data + nameLen, n - nameLen).c_str());
    }
    return n;
}

} // namespace

struct CurlTransport::Handle
{
    CURL *curl = nullptr;
    ~Handle()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

CurlTransport::CurlTransport(Options options)
    : m_options(std::move(options))
    , m_handle(std::make_unique<Handle>())
{
    globalInit();
    m_handle->curl = curl_easy_init();
}

CurlTransport::~CurlTransport() = default;

HttpResponse CurlTransport::post(const std::string &path, const std::string &body, const std::string &token)
{
    HttpResponse response;
    CURL *curl = m_handle->curl;
    if (!curl) {
        response.transportError = "libcurl could not be initialised";
        return response;
    }
    // A team CA or pinned keys mean TLS was asked for: never fall back to
    // plain HTTP because the address says http://.
    if ((!m_options.caFile.empty() || !m_options.pinnedPublicKeys.empty()) &&
        m_options.baseUrl.rfind("https://", 0) != 0) {
        response.transportError = "a CA file or pinned keys need an https:// server address";
        return response;
    }
    curl_easy_reset(curl);
    const std::string url = m_options.baseUrl + path;
    Sink sink;
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/x-protobuf");
    headers = curl_slist_append(headers, "Accept: application/x-protobuf");
    // No "Expect: 100-continue" round trip for larger pushes.
    headers = curl_slist_append(headers, "Expect:");
    std::string auth;
    if (!token.empty()) {
        auth = "Authorization: Bearer " + token;
        headers = curl_slist_append(headers, auth.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &sink);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_options.connectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_options.totalTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedBytes);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, m_options.lowSpeedTimeS);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl can decode
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    if (!m_options.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caFile.c_str());
    if (!m_options.pinnedPublicKeys.empty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, m_options.pinnedPublicKeys.c_str());

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        response.transportError = sink.overflow ? "the server's reply is too large" : curl_easy_strerror(rc);
        return response;
    }
    if (!sink.headersComplete) {
        response.transportError = "the connection closed in the middle of the server's answer";
        return response;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t up = 0;
    curl_off_t down = 0;
    curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &up);
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &down);
    response.bytesSent = static_cast<std::size_t>(up);
    response.bytesReceived = static_cast<std::size_t>(down);
    response.status = static_cast<int>(status);
    response.body = std::move(sink.body);
    response.retryAfterS = sink.retryAfterS;
    return response;
}

} // namespace brugboek::client
