// bench_pull_server: the server's share of an initial pull, alone. Fills a
// server store from one device (a large device's worth of data by default;
// kept in --store DIR for the next run), then pulls the whole store into a
// new device that only parses each page for its cursor and discards it, so
// the figures are the server's: its CPU seconds, the wall time, pages and
// bytes on the wire. Prints figures; it is not a test.

#include "app/demo/demogenerator.h"
#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/client/curltransport.h"
#include "sync/client/syncengine.h"
#include "sync/core/uuid.h"

#include <brugboek/v1/sync.pb.h>

#include <google/protobuf/arena.h>

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

using namespace brugboek;
using bench::cpuSeconds;
using bench::msSince;
using bench::Steady;

namespace {

constexpr const char *kUser = "bench";
constexpr const char *kPassword = "bench-wachtwoord";

// Runs a command to its end (at most timeoutMs; -1: however long it takes).
bool run(const QString &program, const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A line of /proc/PID/status in MB (VmHWM, VmRSS).
double statusMb(qint64 pid, const char *key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(static_cast<int>(qstrlen(key)) + 1).trimmed().split(' ').value(0).toDouble() /
                1024;
    }
    return 0;
}

QString startServer(QProcess &process, const QString &binary, const QStringList &args,
                    const QString &portFile)
{
    QFile::remove(portFile);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary,
                  args +
                      QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"), portFile});
    for (int i = 0; i < 400; ++i) {
        if (process.waitForFinished(50))
            return {};
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly) && f.size() > 0)
            return QStringLiteral("http://127.0.0.1:%1").arg(QString::fromUtf8(f.readAll().trimmed()));
    }
    return {};
}

void stopServer(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(30'000))
        process.kill();
}

[[noreturn]] void fail(const char *what, const std::string &detail = {})
{
    std::fprintf(stderr, "bench_pull_server: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
    std::exit(1);
}

// Makes the store: a team, the worker, and a source device's data pushed.
void fill(const QString &binary, const QStringList &store, const QString &work,
          const demo::DemoOptions &options)
{
    if (!run(binary,
             store +
                 QStringList {QStringLiteral("init"), QStringLiteral("--team"), QStringLiteral("Bench")}) ||
        !run(binary,
             store +
                 QStringList {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(kUser),
                              QStringLiteral("--name"), QStringLiteral("Bench"), QStringLiteral("--role"),
                              QStringLiteral("worker"), QStringLiteral("--team"), QStringLiteral("Bench"),
                              QStringLiteral("--password"), QString::fromLatin1(kPassword)}))
        fail("could not set up the server");
    QProcess server;
    const QString url = startServer(server, binary, store, QDir(work).filePath(QStringLiteral("port")));
    if (url.isEmpty())
        fail("the server did not start");
    const QString dir = QDir(work).filePath(QStringLiteral("source"));
    platform::DevelopmentKeyProvider keys(QDir(dir).filePath(QStringLiteral("database.key")));
    auto source = store::Store::open(dir, keys);
    client::CurlTransport::Options o;
    o.baseUrl = url.toStdString();
    client::CurlTransport transport(o);
    client::SyncEngine engine(source->db(), source->changes(), transport);
    std::fprintf(stderr, "bench_pull_server: filling the store: %d households, %d encounters, %d referrals\n",
                 options.households, options.encounters, options.referrals);
    demo::generateDemoData(*source, options);
    const auto enrolled = engine.enrol(QString::fromLatin1(kUser), QString::fromLatin1(kPassword),
                                       QStringLiteral("source"), url);
    if (enrolled.outcome != client::SyncEngine::Outcome::Ok)
        fail("enrolment of the source failed", enrolled.detail);
    const auto t0 = Steady::now();
    const auto pushed = engine.push();
    if (pushed.outcome != client::SyncEngine::Outcome::Ok)
        fail("the push failed", pushed.detail);
    std::fprintf(stderr, "bench_pull_server: pushed in %.1f s\n", msSince(t0) / 1000);
    stopServer(server);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The server's share of an initial pull: pages made and sent, read and discarded."));
    parser.addHelpOption();
    const QCommandLineOption serverBinary(QStringLiteral("server-binary"),
                                          QStringLiteral("brugboek-server to run."), QStringLiteral("path"),
                                          QStringLiteral(BRUGBOEK_SERVER_BINARY));
    const QCommandLineOption storeDir(
        QStringLiteral("store"),
        QStringLiteral("Server data folder; filled when it has no store yet, reused as it is otherwise."),
        QStringLiteral("dir"));
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A tenth of a large device."));
    const QCommandLineOption changes(QStringLiteral("changes"),
                                     QStringLiteral("Ask for the changes form (no want_records)."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Values per page asked (5000)."),
                                   QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption perfOut(
        QStringLiteral("perf"),
        QStringLiteral("Profile the server during the pull: perf record -e cpu-clock "
                       "-g into this file."),
        QStringLiteral("file"));
    parser.addOptions({serverBinary, storeDir, quick, changes, limit, perfOut});
    parser.process(app);

    QTemporaryDir tmp;
    const QString binary = parser.value(serverBinary);
    const QString data =
        parser.isSet(storeDir) ? parser.value(storeDir) : QDir(tmp.path()).filePath(QStringLiteral("server"));
    const QStringList store {QStringLiteral("--data"), data};
    if (!QFile::exists(QDir(data).filePath(QStringLiteral("server.db")))) {
        QDir().mkpath(data);
        const int divisor = parser.isSet(quick) ? 10 : 1;
        demo::DemoOptions options;
        options.households = 10000 / divisor;
        options.encounters = 200000 / divisor;
        options.referrals = 30000 / divisor;
        fill(binary, store, tmp.path(), options);
    } else if (!run(binary, store + QStringList {QStringLiteral("migrate")}, -1)) {
        // A store of an older server is brought up to date before the
        // server starts (a rebuilt change log takes a minute at the full size).
        fail("the store could not be migrated");
    }

    QProcess server;
    const QString url = startServer(server, binary, store, QDir(tmp.path()).filePath(QStringLiteral("port")));
    if (url.isEmpty())
        fail("the server did not start");
    client::CurlTransport::Options o;
    o.baseUrl = url.toStdString();
    client::CurlTransport transport(o);

    v1::EnrolRequest enrol;
    enrol.set_protocol_version(v1::PROTOCOL_VERSION_1);
    enrol.set_username(kUser);
    enrol.set_password(kPassword);
    enrol.set_device_id(sync::UuidV7Generator().next());
    enrol.set_device_name("bench_pull_server");
    const auto enrolled = transport.post("/v1/enrol", enrol.SerializeAsString(), {});
    v1::EnrolReply reply;
    if (enrolled.status != 200 || !reply.ParseFromString(enrolled.body))
        fail("enrolment failed", std::to_string(enrolled.status));

    const double hwmBefore = statusMb(server.processId(), "VmHWM:");
    std::unique_ptr<QProcess> perf;
    if (parser.isSet(perfOut)) {
        perf = std::make_unique<QProcess>();
        perf->setProcessChannelMode(QProcess::ForwardedChannels);
        perf->start(QStringLiteral("perf"),
                    {QStringLiteral("record"), QStringLiteral("-e"), QStringLiteral("cpu-clock"),
                     QStringLiteral("--call-graph"), QStringLiteral("dwarf,16384"), QStringLiteral("-p"),
                     QString::number(server.processId()), QStringLiteral("-o"), parser.value(perfOut)});
        if (!perf->waitForStarted())
            fail("perf did not start");
        QThread::msleep(500); // perf attaches
    }

    const bool records = !parser.isSet(changes);
    std::string cursor;
    int pages = 0;
    std::size_t wire = 0, body = 0;
    long long values = 0, recordCount = 0;
    double waitedMs = 0;
    const double cpu0 = cpuSeconds(server.processId());
    const auto t0 = Steady::now();
    for (;;) {
        v1::PullRequest request;
        request.set_protocol_version(v1::PROTOCOL_VERSION_1);
        request.set_device_id(enrol.device_id());
        request.set_cursor(cursor);
        request.set_limit(parser.value(limit).toUInt());
        request.set_want_records(records);
        const auto start = Steady::now();
        const auto r = transport.post("/v1/pull", request.SerializeAsString(), reply.token());
        waitedMs += msSince(start);
        if (r.status != 200)
            fail("a pull failed", std::to_string(r.status) + " " + r.transportError);
        google::protobuf::Arena arena;
        auto *page = google::protobuf::Arena::CreateMessage<v1::PullPage>(&arena);
        if (!page->ParseFromString(r.body))
            fail("a page did not parse");
        ++pages;
        wire += r.bytesReceived;
        body += r.body.size();
        values += page->changes_size();
        recordCount += page->records_size();
        for (const auto &rec : page->records())
            values += rec.purge() ? 1 : rec.values_size();
        cursor = page->next_cursor();
        if (!page->has_more())
            break;
    }
    const double wallMs = msSince(t0);
    const double cpu = cpuSeconds(server.processId()) - cpu0;
    if (perf) {
        ::kill(static_cast<pid_t>(perf->processId()), SIGINT);
        perf->waitForFinished(60'000);
    }
    const double hwm = statusMb(server.processId(), "VmHWM:");
    stopServer(server);

    std::printf(
        "| server's share of an initial pull (%s form, limit %s) | %lld values%s in %d pages: wall %.2f s "
        "(%.2f s waiting for the server), server CPU %.2f s; %.1f MB on the wire (%.1f MB of protobuf); "
        "server VmHWM %.0f MB (%.0f MB before) |\n",
        records ? "records" : "changes", qPrintable(parser.value(limit)), values,
        records ? qPrintable(QStringLiteral(" / %1 records").arg(recordCount)) : "", pages, wallMs / 1000,
        waitedMs / 1000, cpu, static_cast<double>(wire) / 1e6, static_cast<double>(body) / 1e6, hwm,
        hwmBefore);
    return 0;
}
