#include "serve.h"

#include "syncservice.h"

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <pthread.h>
#include <thread>

namespace brugboek::server {

namespace {

bool writePortFile(const std::string &path, int port)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << port << "\n";
        if (!out.flush())
            return false;
    }
    return std::rename(tmp.c_str(), path.c_str()) == 0;
}

std::string todayUtc()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// Runs the retention purge now and then every `minutes` until stopped.
class RetentionTimer
{
public:
    RetentionTimer(ConnectionPool &pool, int minutes)
    {
        if (minutes <= 0)
            return;
        m_thread = std::thread([this, &pool, minutes] {
            std::unique_lock lock(m_mutex);
            while (!m_stop) {
                lock.unlock();
                try {
                    auto db = pool.acquire();
                    const auto purged = SyncService(*db).purgeExpiredHouseholds(todayUtc());
                    if (!purged.empty())
                        std::printf("brugboek-server: retention purged %zu closed households\n",
                                    purged.size());
                    std::fflush(stdout);
                } catch (const std::exception &e) {
                    std::fprintf(stderr, "brugboek-server: retention failed: %s\n", e.what());
                }
                lock.lock();
                m_wake.wait_for(lock, std::chrono::minutes(minutes), [this] { return m_stop; });
            }
        });
    }
    ~RetentionTimer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    RetentionTimer(const RetentionTimer &) = delete;
    RetentionTimer &operator=(const RetentionTimer &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace

int serve(ConnectionPool &pool, const ServeOptions &options)
{
    // The signals go to one thread that stops the server cleanly.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    HttpServer server(pool, options.http);
    if (!server.valid()) {
        std::fprintf(stderr, "brugboek-server: cannot load the TLS certificate or key\n");
        return 1;
    }
    const int port = server.bind();
    if (port <= 0) {
        std::fprintf(stderr, "brugboek-server: cannot listen on %s:%d\n", options.http.host.c_str(),
                     options.http.port);
        return 1;
    }
    if (!options.portFile.empty() && !writePortFile(options.portFile, port)) {
        std::fprintf(stderr, "brugboek-server: cannot write the port file\n");
        return 1;
    }

    std::thread waiter([&server, signals] {
        int sig = 0;
        sigwait(&signals, &sig);
        server.stop();
    });
    std::printf("brugboek-server: serving %s://%s:%d (%s)\n", server.tls() ? "https" : "http",
                options.http.host.c_str(), port, options.storeLabel.c_str());
    std::fflush(stdout);
    RetentionTimer retention(pool, options.retentionEveryMinutes);
    const bool ok = server.run();
    // Wakes the waiter when the server stopped on its own.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    std::printf("brugboek-server: stopped\n");
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace brugboek::server
