// bench_load: the server under many devices. Starts one real brugboek-server
// process (SQLite store, or PostgreSQL with --postgres), adds workers, enrols
// simulated devices (several per worker) and lets them do incremental syncs:
// each sync pushes one changed field and pulls until the device is up to date
// (its colleagues' devices of the same worker bring changes to pull). A few
// client threads drive the devices in turn over keep-alive connections, as a
// reverse proxy would. Measures round trips (push + pull) per second and
// their p99, the server's peak RSS (VmHWM from /proc) and the bytes on the
// wire per changed field. Prints markdown rows; it is not a test.

#include "brugboek/v1/sync.pb.h"
#include "sync/client/curltransport.h"
#include "sync/core/hlc.h"
#include "sync/core/uuid.h"

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace brugboek;
using bench::cpuSeconds;
using bench::msSince;
using bench::percentile;
namespace v1 = brugboek::v1;
using bench::Steady;

namespace {

constexpr std::uint32_t kProtocol = 1;

bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QString text = QString::fromUtf8(p.readAll());
    if (output)
        *output = text;
    if (!ok)
        std::fprintf(stderr, "bench_load: %s %s failed: %s\n", qPrintable(program),
                     qPrintable(args.join(' ')), qPrintable(text.left(400)));
    return ok;
}

double vmHwmMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

struct Device
{
    std::string id;
    std::string token;
    std::string household; // this device's own household, edited on every sync
    std::string cursor;
    std::uint64_t watermark = 0;
    std::uint64_t batchSeq = 1;
    std::int64_t lastHlcMs = 0;
    std::uint16_t counter = 0;
    int edits = 0;

    std::uint64_t nextHlc()
    {
        const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count();
        if (now > lastHlcMs) {
            lastHlcMs = now;
            counter = 0;
        } else {
            ++counter;
        }
        return sync::Hlc(lastHlcMs, counter).packed();
    }
};

struct Totals
{
    std::size_t bytes = 0; // push request + pull replies, as on the wire
    std::size_t pulledChanges = 0;
    int failures = 0;
    std::string firstFailure;
};

std::string post(client::Transport &t, const char *path, const std::string &body, const std::string &token,
                 Totals &totals, bool *ok)
{
    const client::HttpResponse r = t.post(path, body, token);
    totals.bytes += r.bytesSent + r.bytesReceived;
    *ok = r.status == 200;
    if (!*ok) {
        ++totals.failures;
        if (totals.firstFailure.empty())
            totals.firstFailure =
                std::string(path) + ": HTTP " + std::to_string(r.status) + " " + r.transportError;
    }
    return r.body;
}

// Push one field of the device's household.
bool push(client::Transport &t, Device &d, Totals &totals, const std::string &field, const std::string &value)
{
    v1::PushRequest req;
    req.set_protocol_version(kProtocol);
    req.set_device_id(d.id);
    req.set_batch_seq(d.batchSeq);
    auto *pc = req.add_changes();
    pc->set_base_seq(d.watermark);
    auto *c = pc->mutable_change();
    c->set_entity("household");
    c->set_record_id(d.household);
    c->set_scope(d.household);
    c->set_field(field);
    c->mutable_value()->set_text(value);
    c->set_hlc(d.nextHlc());
    c->set_device_id(d.id);
    bool ok = false;
    const std::string body = post(t, "/v1/push", req.SerializeAsString(), d.token, totals, &ok);
    v1::PushReply reply;
    if (!ok || !reply.ParseFromString(body) || reply.accepted() != 1) {
        if (ok) {
            ++totals.failures;
            if (totals.firstFailure.empty())
                totals.firstFailure = "push not accepted";
        }
        return false;
    }
    ++d.batchSeq;
    return true;
}

// Pull until up to date.
bool pull(client::Transport &t, Device &d, Totals &totals)
{
    for (;;) {
        v1::PullRequest req;
        req.set_protocol_version(kProtocol);
        req.set_device_id(d.id);
        req.set_cursor(d.cursor);
        req.set_limit(2000);
        bool ok = false;
        const std::string body = post(t, "/v1/pull", req.SerializeAsString(), d.token, totals, &ok);
        v1::PullPage page;
        if (!ok || !page.ParseFromString(body))
            return false;
        totals.pulledChanges += static_cast<std::size_t>(page.changes_size());
        d.cursor = page.next_cursor();
        d.watermark = std::max<std::uint64_t>(d.watermark, page.watermark());
        if (!page.has_more())
            return true;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Server load: many devices doing incremental syncs."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server-binary"),
                                    QStringLiteral("brugboek-server to run."), QStringLiteral("path"),
                                    QStringLiteral(BRUGBOEK_SERVER_BINARY));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("Run the server on this (empty) PostgreSQL database."),
                                      QStringLiteral("url"));
    const QCommandLineOption devices(QStringLiteral("devices"), QStringLiteral("Simulated devices (200)."),
                                     QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption perWorker(QStringLiteral("devices-per-worker"),
                                       QStringLiteral("Devices of one worker (4)."), QStringLiteral("n"),
                                       QStringLiteral("4"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Length of the load (20)."),
                                     QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption clients(QStringLiteral("client-threads"),
                                     QStringLiteral("Client threads driving the devices (16)."),
                                     QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption serverThreads(QStringLiteral("server-threads"),
                                           QStringLiteral("--threads of the server (its default if unset)."),
                                           QStringLiteral("n"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Store named in the rows."),
                                   QStringLiteral("text"));
    parser.addOptions({server, postgres, devices, perWorker, seconds, clients, serverThreads, label});
    parser.process(app);

    const QString binary = parser.value(server);
    const int deviceCount = std::max(1, parser.value(devices).toInt());
    const int perW = std::max(1, parser.value(perWorker).toInt());
    const int workers = (deviceCount + perW - 1) / perW;
    const bool pg = parser.isSet(postgres);
    const QString storeName = parser.isSet(label)
        ? parser.value(label)
        : (pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    const QString figure = QStringLiteral("server, %1 simulated devices (%2 workers) doing incremental syncs "
                                          "(push one change + pull), %3 store: round trips/s and p99")
                               .arg(deviceCount)
                               .arg(workers)
                               .arg(storeName);

    QTemporaryDir tmp;
    const QStringList store = pg
        ? QStringList {QStringLiteral("--postgres"), parser.value(postgres)}
        : QStringList {QStringLiteral("--data"), tmp.filePath(QStringLiteral("server"))};
    const QString password = QStringLiteral("bench-wachtwoord");
    std::fprintf(stderr, "bench_load: %d workers, %d devices on %s\n", workers, deviceCount,
                 qPrintable(storeName));
    if (!run(binary,
             store + QStringList {QStringLiteral("init"), QStringLiteral("--team"), QStringLiteral("Bench")}))
        return 1;
    for (int w = 0; w < workers; ++w) {
        if (!run(binary,
                 store +
                     QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("w%1").arg(w),
                                  QStringLiteral("--name"), QStringLiteral("Werker %1").arg(w),
                                  QStringLiteral("--role"), QStringLiteral("worker"),
                                  QStringLiteral("--team"), QStringLiteral("Bench"),
                                  QStringLiteral("--password"), password}))
            return 1;
    }
    QProcess serverProcess;
    serverProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString portFile = tmp.filePath(QStringLiteral("port"));
    QStringList serveArgs = store +
        QStringList {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--port-file"), portFile};
    if (parser.isSet(serverThreads))
        serveArgs << QStringLiteral("--threads") << parser.value(serverThreads);
    serverProcess.start(binary, serveArgs);
    std::string url;
    for (int i = 0; i < 400 && url.empty(); ++i) {
        QThread::msleep(25);
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly) && f.size() > 0)
            url = "http://127.0.0.1:" + f.readAll().trimmed().toStdString();
    }
    if (url.empty()) {
        std::fprintf(stderr, "bench_load: the server did not start\n");
        return 1;
    }
    const qint64 serverPid = serverProcess.processId();

    // Enrol every device and give each a household of its own; then let
    // every device catch up once, so that the load is incremental.
    std::vector<Device> all(static_cast<std::size_t>(deviceCount));
    sync::UuidV7Generator ids;
    Totals setup;
    {
        client::CurlTransport::Options o;
        o.baseUrl = url;
        client::CurlTransport t(o);
        for (int i = 0; i < deviceCount; ++i) {
            Device &d = all[static_cast<std::size_t>(i)];
            d.id = ids.next();
            d.household = ids.next();
            v1::EnrolRequest req;
            req.set_protocol_version(kProtocol);
            req.set_username("w" + std::to_string(i / perW));
            req.set_password(password.toStdString());
            req.set_device_id(d.id);
            req.set_device_name("Tablet " + std::to_string(i));
            bool ok = false;
            v1::EnrolReply reply;
            const std::string body = post(t, "/v1/enrol", req.SerializeAsString(), {}, setup, &ok);
            if (!ok || !reply.ParseFromString(body)) {
                std::fprintf(stderr, "bench_load: enrolment failed: %s\n", setup.firstFailure.c_str());
                return 1;
            }
            d.token = reply.token();
            if (!push(t, d, setup, "display_name", "Gezin " + std::to_string(i))) {
                std::fprintf(stderr, "bench_load: first push failed: %s\n", setup.firstFailure.c_str());
                return 1;
            }
        }
        for (auto &d : all)
            if (!pull(t, d, setup)) {
                std::fprintf(stderr, "bench_load: first pull failed: %s\n", setup.firstFailure.c_str());
                return 1;
            }
    }
    const double setupMb = vmHwmMb(serverPid);

    const int threadCount = std::clamp(parser.value(clients).toInt(), 1, deviceCount);
    const auto duration = std::chrono::duration<double>(parser.value(seconds).toDouble());
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(threadCount));
    std::vector<Totals> totals(static_cast<std::size_t>(threadCount));
    std::vector<int> pushes(static_cast<std::size_t>(threadCount), 0);
    std::vector<std::thread> threads;
    // For a profiler attached to the server (pid) during the load only.
    std::fprintf(stderr, "bench_load: load starts, server pid %lld\n", static_cast<long long>(serverPid));
    const double serverCpu0 = cpuSeconds(serverPid);
    const double clientCpu0 = cpuSeconds();
    const auto start = Steady::now();
    const auto end = start + std::chrono::duration_cast<Steady::duration>(duration);
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            client::CurlTransport::Options o;
            o.baseUrl = url;
            client::CurlTransport transport(o);
            auto &mine = latencies[static_cast<std::size_t>(t)];
            auto &tot = totals[static_cast<std::size_t>(t)];
            for (int round = 0; Steady::now() < end; ++round) {
                for (int i = t; i < deviceCount && Steady::now() < end; i += threadCount) {
                    Device &d = all[static_cast<std::size_t>(i)];
                    const auto t0 = Steady::now();
                    const bool ok = push(transport, d, tot, "phone", "0470 " + std::to_string(++d.edits)) &&
                        pull(transport, d, tot);
                    if (ok) {
                        mine.push_back(msSince(t0));
                        ++pushes[static_cast<std::size_t>(t)];
                    }
                }
            }
        });
    }
    for (auto &th : threads)
        th.join();
    const double elapsedS = msSince(start) / 1000;
    const double serverCpu = cpuSeconds(serverPid) - serverCpu0;
    const double clientCpu = cpuSeconds() - clientCpu0;
    const double peakMb = vmHwmMb(serverPid);
    serverProcess.terminate();
    serverProcess.waitForFinished(10'000);

    std::vector<double> trips;
    Totals sum;
    int pushed = 0;
    for (int t = 0; t < threadCount; ++t) {
        const auto &l = latencies[static_cast<std::size_t>(t)];
        trips.insert(trips.end(), l.begin(), l.end());
        sum.bytes += totals[static_cast<std::size_t>(t)].bytes;
        sum.pulledChanges += totals[static_cast<std::size_t>(t)].pulledChanges;
        sum.failures += totals[static_cast<std::size_t>(t)].failures;
        if (sum.firstFailure.empty())
            sum.firstFailure = totals[static_cast<std::size_t>(t)].firstFailure;
        pushed += pushes[static_cast<std::size_t>(t)];
    }
    if (sum.failures > 0)
        std::fprintf(stderr, "bench_load: %d requests failed, the first: %s\n", sum.failures,
                     sum.firstFailure.c_str());
    const double rate = static_cast<double>(trips.size()) / elapsedS;
    const double p99 = percentile(trips, 0.99);
    const bool met = rate >= 1000 && p99 <= 100 && sum.failures == 0;
    std::printf(
        "| %s | %.0f round trips/s, p50 %.1f ms, p99 %.1f ms (%zu trips in %.0f s, %d client threads, %d "
        "failed; CPU per round trip: server %.2f ms, clients %.2f ms) | %s | %s |\n",
        qPrintable(figure), rate, percentile(trips, 0.5), p99, trips.size(), elapsedS, threadCount,
        sum.failures, 1000 * serverCpu / std::max<std::size_t>(1, trips.size()),
        1000 * clientCpu / std::max<std::size_t>(1, trips.size()),
        pg ? ">= 1,000/s, p99 <= 100 ms (report)" : ">= 1,000/s, p99 <= 100 ms",
        pg ? "report" : (met ? "met" : "**missed**"));
    std::printf("| server memory (peak RSS, VmHWM) under that load, %s | %.0f MB (%.0f MB after enrolment) | "
                "<= 300 MB "
                "| %s |\n",
                qPrintable(storeName), peakMb, setupMb, peakMb <= 300 ? "met" : "**missed**");
    if (!pg)
        std::printf(
            "| bytes on the wire per changed field (an incremental sync: push of one field + pull of the "
            "worker's other devices' changes, HTTP bodies) | %.0f bytes per round trip, %.1f changes "
            "pulled per trip | report | - |\n",
            static_cast<double>(sum.bytes) / std::max<std::size_t>(1, trips.size()),
            static_cast<double>(sum.pulledChanges) / std::max<std::size_t>(1, trips.size()));
    return 0;
}
