// HttpServer::stop() from another thread, as serve()'s signal thread calls
// it on SIGTERM: whenever it comes (before run(), while run() goes into its
// accept loop, while it serves) run() returns. cpp-httplib's own stop() does
// nothing until the loop runs, so a SIGTERM right after start-up was lost
// and the server had to be killed.
#include "sync/server/httpserver.h"
#include "sync/server/sqldb.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>

using namespace brugboek::server;

class TestServerHttpStop : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConnectionPool> pool(const QTemporaryDir &dir)
    {
        const std::string path = dir.filePath(QStringLiteral("server.db")).toStdString();
        return std::make_unique<ConnectionPool>([path] { return openSqlite(path); });
    }

    HttpOptions options()
    {
        HttpOptions o;
        o.port = 0;
        o.threads = 2;
        return o;
    }

    // Whether run() returned within 10 s; if not, it is stopped again (now
    // that it serves), so that a failing test ends.
    static bool ended(HttpServer &server, std::future<bool> &running)
    {
        if (running.wait_for(std::chrono::seconds(10)) == std::future_status::ready)
            return true;
        server.stop();
        running.wait();
        return false;
    }

private Q_SLOTS:
    void aStopBeforeRunMakesItReturnAtOnce()
    {
        QTemporaryDir dir;
        auto connections = pool(dir);
        HttpServer server(*connections, options());
        QVERIFY(server.bind() > 0);
        server.stop();
        auto running = std::async(std::launch::async, [&server] { return server.run(); });
        QVERIFY2(ended(server, running), "run() did not return after an earlier stop()");
        QVERIFY(running.get());
    }

    // stop() at once after run() began, many times: some land before the
    // accept loop runs. Each must end it.
    void aStopWhileRunStartsEndsIt()
    {
        QTemporaryDir dir;
        auto connections = pool(dir);
        for (int i = 0; i < 50; ++i) {
            HttpServer server(*connections, options());
            QVERIFY(server.bind() > 0);
            auto running = std::async(std::launch::async, [&server] { return server.run(); });
            if (i % 2 == 1)
                std::this_thread::yield();
            server.stop();
            QVERIFY2(ended(server, running),
                     qPrintable(QStringLiteral("run() still serving after stop(), round %1").arg(i)));
            QVERIFY(running.get());
        }
    }

    // While serving, and a second stop() after run() returned.
    void aStopWhileServingEndsIt()
    {
        QTemporaryDir dir;
        auto connections = pool(dir);
        HttpServer server(*connections, options());
        QVERIFY(server.bind() > 0);
        auto running = std::async(std::launch::async, [&server] { return server.run(); });
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        server.stop();
        QVERIFY(ended(server, running));
        QVERIFY(running.get());
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestServerHttpStop)
#include "tst_server_httpstop.moc"
