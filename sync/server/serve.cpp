#include "serve.h"

#include <csignal>
#include <cstdio>
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
    std::printf("brugboek-server: serving http://%s:%d (%s)\n", options.http.host.c_str(), port,
                options.storeLabel.c_str());
    std::fflush(stdout);
    const bool ok = server.run();
    // Wakes the waiter when the server stopped on its own.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    std::printf("brugboek-server: stopped\n");
    std::fflush(stdout);
    return ok ? 0 : 1;
}

} // namespace brugboek::server
