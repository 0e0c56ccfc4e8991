// bench_sync: what sync costs. Starts the real brugboek-server on loopback,
// fills it from one device (a large device's worth of data by default),
// then times an initial pull into an empty device (records/s, bytes on the
// wire, seconds) and the round trip of one change from device A to device B
// (push on A, pull on B: median, p99). Prints figures; it is not a test.

#include "app/demo/demogenerator.h"
#include "app/store/repository.h"
#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "sync/client/curltransport.h"
#include "sync/client/syncengine.h"

#include "benchutil.h"
#include "rawinserts.h"

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
#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

using namespace brugboek;
using bench::cpuSeconds;
using bench::msSince;
using bench::percentile;
using bench::Steady;
using bench::threadCpuSeconds;

namespace {

// Counts what crosses the wire, around the real libcurl transport.
class CountingTransport final : public client::Transport
{
public:
    explicit CountingTransport(const QString &url, const QString &caFile = {})
        : m_inner([&url, &caFile] {
            client::CurlTransport::Options o;
            o.baseUrl = url.toStdString();
            o.caFile = caFile.toStdString();
            return o;
        }())
    {
    }
    client::HttpResponse post(const std::string &path, const std::string &body,
                              const std::string &token) override
    {
        const auto start = Steady::now();
        auto r = m_inner.post(path, body, token);
        waitedMs += msSince(start);
        if (recording && path == "/v1/pull" && r.status == 200)
            recording->push_back(r.body);
        sent += r.bytesSent;
        received += r.bytesReceived;
        ++requests;
        return r;
    }
    std::size_t sent = 0;
    std::size_t received = 0;
    int requests = 0;
    double waitedMs = 0; // in requests: the server's work and the network
    std::vector<std::string> *recording = nullptr; // pull replies, when set

private:
    client::CurlTransport m_inner;
};

// The pull replies of a pull recorded before, in order, with no server
// and no network: what the device alone costs (--replay). Anything else
// goes to the server.
class ReplayTransport final : public client::Transport
{
public:
    ReplayTransport(const std::vector<std::string> &pages, client::Transport &other)
        : m_pages(pages)
        , m_other(other)
    {
    }
    client::HttpResponse post(const std::string &path, const std::string &body,
                              const std::string &token) override
    {
        if (path != "/v1/pull")
            return m_other.post(path, body, token);
        client::HttpResponse r;
        if (m_next < m_pages.size()) {
            r.status = 200;
            r.body = m_pages[m_next++];
        }
        return r;
    }
    void rewind() { m_next = 0; }

private:
    const std::vector<std::string> &m_pages;
    client::Transport &m_other;
    std::size_t m_next = 0;
};

struct Device
{
    QString dir;
    platform::DevelopmentKeyProvider keys;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<CountingTransport> transport;
    std::unique_ptr<client::SyncEngine> engine;

    Device(const QString &directory, const QString &url, const QString &caFile = {})
        : dir(directory)
        , keys(QDir(directory).filePath(QStringLiteral("database.key")))
        , store(store::Store::open(directory, keys))
        , transport(std::make_unique<CountingTransport>(url, caFile))
        , engine(std::make_unique<client::SyncEngine>(store->db(), store->changes(), *transport))
    {
    }
};

// Where a pull's applying went: the pages (with their commits) and the end
// of the bulk load, step by step (stderr).
void printApplyBreakdown(const char *what, const client::SyncEngine::Result &r, const client::ChangeLog &log)
{
    const auto &t = log.lastBulkLoadTimings();
    std::fprintf(stderr,
                 "bench_sync: %s: device applying %.0f ms = pages %.0f ms + end of the bulk load %.0f ms",
                 what, r.applyMs, r.applyMs - t.totalMs, t.totalMs);
    std::fprintf(stderr, " (sweep %.0f ms, observers", t.sweepMs);
    for (const double ms : t.observerMs)
        std::fprintf(stderr, " %.0f", ms);
    std::fprintf(stderr, " ms, commit %.0f ms, indexes", t.firstCommitMs);
    double indexes = 0;
    for (const auto &[name, ms] : t.indexMs) {
        std::fprintf(stderr, " %s %.0f", qPrintable(name), ms);
        indexes += ms;
    }
    std::fprintf(stderr, " = %.0f ms)\n", indexes);
}

// Runs a command to its end (at most timeoutMs; -1: however long it takes).
bool run(const QString &program, const QStringList &args, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void check(const client::SyncEngine::Result &r, const char *what)
{
    if (r.outcome != client::SyncEngine::Outcome::Ok) {
        std::fprintf(stderr, "bench_sync: %s failed: %s (%s)\n", what, client::outcomeName(r.outcome),
                     r.detail.c_str());
        std::exit(1);
    }
}

qint64 count(store::Store &s, const char *sql)
{
    return s.db().scalar(sql).toLongLong();
}

// Records of the synced entities; team_member comes from the server only.
qint64 records(store::Store &s, bool withTeam = true)
{
    qint64 n = 0;
    for (const auto &e : sync::entities()) {
        if (e.name == "list_item" || (!withTeam && e.name == "team_member"))
            continue;
        n += count(s,
                   QStringLiteral("SELECT count(*) FROM %1")
                       .arg(QString::fromLatin1(e.table.data(), int(e.table.size())))
                       .toUtf8()
                       .constData());
    }
    return n;
}

// Starts `binary serve` on a free loopback port; returns its base URL, or an
// empty string when the process ended (e.g. it refused an option) or did not
// listen within 10 s.
QString startServer(QProcess &process, const QString &binary, const QStringList &args,
                    const QString &portFile, const QString &scheme)
{
    QFile::remove(portFile);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary,
                  args +
                      QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("--port-file"), portFile});
    for (int i = 0; i < 200; ++i) {
        if (process.waitForFinished(50))
            return {};
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly) && f.size() > 0)
            return QStringLiteral("%1://127.0.0.1:%2").arg(scheme, QString::fromUtf8(f.readAll().trimmed()));
    }
    return {};
}

// Copies a stopped server's SQLite store (and its WAL, when a kill left one).
bool copyStore(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : {QStringLiteral("server.db"), QStringLiteral("server.db-wal")}) {
        const QString source = QDir(from).filePath(name);
        const QString target = QDir(to).filePath(name);
        QFile::remove(target);
        if (QFile::exists(source) && !QFile::copy(source, target))
            return false;
        // On disk before the pull starts: otherwise the kernel writes the
        // copy (1.2 GB at the full size) back during the pull, and the
        // device's own writes wait for that.
        QFile copied(target);
        if (copied.exists() && (!copied.open(QIODevice::ReadWrite) || ::fsync(copied.handle()) != 0))
            return false;
    }
    return QFile::exists(QDir(to).filePath(QStringLiteral("server.db")));
}

bool makeCertificate(const QString &dir, QString *cert, QString *key)
{
    *cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
    *key = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return p.waitForFinished(30'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync throughput and latency against a local server."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server-binary"),
                                    QStringLiteral("brugboek-server to run."), QStringLiteral("path"),
                                    QStringLiteral(BRUGBOEK_SERVER_BINARY));
    const QCommandLineOption households(QStringLiteral("households"), QStringLiteral("Households (10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption encounters(QStringLiteral("encounters"), QStringLiteral("Encounters (200000)."),
                                        QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption referrals(QStringLiteral("referrals"), QStringLiteral("Referrals (30000)."),
                                       QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption roundTrips(QStringLiteral("round-trips"),
                                        QStringLiteral("A->B round trips (200)."), QStringLiteral("n"),
                                        QStringLiteral("200"));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A small data set (1/10 of the sizes)."));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QStringLiteral(
            "Apply the initial pull's pages again n times into empty devices, without the server (0)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption cache(
        QStringLiteral("cache"),
        QStringLiteral("Keep the filled server store in this folder and, when it is there, start from a copy "
                       "of it instead of filling the source device and pushing it (the push row then gives "
                       "the run that made it)."),
        QStringLiteral("dir"));
    parser.addOptions({server, households, encounters, referrals, roundTrips, quick, replay, cache});
    parser.process(app);

    try {
        QTemporaryDir tmp;
        const QString serverDir = QDir(tmp.path()).filePath(QStringLiteral("server"));
        const QString binary = parser.value(server);
        const QStringList store {QStringLiteral("--data"), serverDir};
        const QString password = QStringLiteral("bench-wachtwoord");
        const QString cacheDir = parser.value(cache);
        const bool cached =
            !cacheDir.isEmpty() && QFile::exists(QDir(cacheDir).filePath(QStringLiteral("complete")));
        if (cached) {
            // A cache from an older server is brought up to date in place,
            // once (a rebuilt change log takes a minute at the full size),
            // instead of in every copy.
            if (!run(binary, {QStringLiteral("--data"), cacheDir, QStringLiteral("migrate")}, -1)) {
                std::fprintf(stderr, "bench_sync: could not migrate the cached server store in %s\n",
                             qPrintable(cacheDir));
                return 1;
            }
            if (!copyStore(cacheDir, serverDir)) {
                std::fprintf(stderr, "bench_sync: could not copy the cached server store from %s\n",
                             qPrintable(cacheDir));
                return 1;
            }
        } else if (!run(binary,
                        store +
                            QStringList {QStringLiteral("init"), QStringLiteral("--team"),
                                         QStringLiteral("Bench")}) ||
                   !run(binary,
                        store +
                            QStringList {QStringLiteral("user"), QStringLiteral("add"),
                                         QStringLiteral("bench"), QStringLiteral("--name"),
                                         QStringLiteral("Bench"), QStringLiteral("--role"),
                                         QStringLiteral("worker"), QStringLiteral("--team"),
                                         QStringLiteral("Bench"), QStringLiteral("--password"), password})) {
            std::fprintf(stderr, "bench_sync: could not set up the server\n");
            return 1;
        }
        QProcess serverProcess;
        const QString portFile = QDir(tmp.path()).filePath(QStringLiteral("port"));
        QString url = startServer(serverProcess, binary, store + QStringList {QStringLiteral("serve")},
                                  portFile, QStringLiteral("http"));
        if (url.isEmpty()) {
            std::fprintf(stderr, "bench_sync: the server did not start\n");
            return 1;
        }

        const int divisor = parser.isSet(quick) ? 10 : 1;
        demo::DemoOptions options;
        options.households = parser.value(households).toInt() / divisor;
        options.encounters = parser.value(encounters).toInt() / divisor;
        options.referrals = parser.value(referrals).toInt() / divisor;
        const QString size =
            parser.isSet(quick) ? QStringLiteral("1/10 of a large device") : QStringLiteral("large device");

        // What the source device pushed: its records (but the team list,
        // which comes from the server), its field values, the push's time.
        qint64 sourceRecords = 0;
        qint64 fields = 0;
        double pushMs = 0;
        const QString cacheFacts = QDir(cacheDir).filePath(QStringLiteral("complete"));
        if (cached) {
            QFile f(cacheFacts);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "bench_sync: cannot read %s\n", qPrintable(cacheFacts));
                return 1;
            }
            const QList<QByteArray> facts = f.readAll().split(' ');
            if (facts.size() < 3) {
                std::fprintf(stderr, "bench_sync: %s is not \"records fields push-ms\"\n",
                             qPrintable(cacheFacts));
                return 1;
            }
            sourceRecords = facts[0].toLongLong();
            fields = facts[1].toLongLong();
            pushMs = facts[2].trimmed().toDouble();
            std::fprintf(stderr, "bench_sync: the server store is a copy of %s (%lld records)\n",
                         qPrintable(cacheDir), static_cast<long long>(sourceRecords));
        } else {
            std::fprintf(
                stderr, "bench_sync: filling the source device: %d households, %d encounters, %d referrals\n",
                options.households, options.encounters, options.referrals);
            Device source(QDir(tmp.path()).filePath(QStringLiteral("source")), url);
            demo::generateDemoData(*source.store, options);
            fields = source.store->changes().pendingCount();
            check(source.engine->enrol(QStringLiteral("bench"), password, QStringLiteral("source"), url),
                  "enrol");
            const auto start = Steady::now();
            check(source.engine->push(), "initial push");
            pushMs = msSince(start);
            sourceRecords = records(*source.store, false);
            if (!cacheDir.isEmpty()) {
                // The server is stopped to copy a consistent store (its WAL
                // checkpointed on a clean exit), then started again.
                serverProcess.terminate();
                serverProcess.waitForFinished(30'000);
                QFile facts(cacheFacts);
                if (!copyStore(serverDir, cacheDir) || !facts.open(QIODevice::WriteOnly) ||
                    facts.write(
                        QStringLiteral("%1 %2 %3\n").arg(sourceRecords).arg(fields).arg(pushMs).toUtf8()) <=
                        0) {
                    std::fprintf(stderr, "bench_sync: could not cache the server store in %s\n",
                                 qPrintable(cacheDir));
                    return 1;
                }
                url = startServer(serverProcess, binary, store + QStringList {QStringLiteral("serve")},
                                  portFile, QStringLiteral("http"));
                if (url.isEmpty()) {
                    std::fprintf(stderr, "bench_sync: the server did not start again\n");
                    return 1;
                }
            }
        }
        auto t0 = Steady::now();

        Device fresh(QDir(tmp.path()).filePath(QStringLiteral("fresh")), url);
        check(fresh.engine->enrol(QStringLiteral("bench"), password, QStringLiteral("fresh"), url), "enrol");
        fresh.transport->received = 0;
        fresh.transport->sent = 0;
        fresh.transport->requests = 0;
        fresh.transport->waitedMs = 0;
        std::vector<std::string> pages;
        fresh.transport->recording = &pages;
        t0 = Steady::now();
        std::fprintf(stderr, "bench_sync: initial pull starts at %.6f s (CLOCK_MONOTONIC)\n",
                     std::chrono::duration<double>(t0.time_since_epoch()).count());
        const double deviceCpu0 = cpuSeconds();
        const double serverCpu0 = cpuSeconds(serverProcess.processId());
        const auto pulled = fresh.engine->pull();
        check(pulled, "initial pull");
        const double pullMs = msSince(t0);
        printApplyBreakdown("initial pull", pulled, fresh.store->changes());
        std::fprintf(stderr, "bench_sync: initial pull ends at %.6f s (CLOCK_MONOTONIC)\n",
                     std::chrono::duration<double>(Steady::now().time_since_epoch()).count());
        const double deviceCpu = cpuSeconds() - deviceCpu0;
        const double serverCpu = cpuSeconds(serverProcess.processId()) - serverCpu0;
        const qint64 pulledRecords = records(*fresh.store);
        if (records(*fresh.store, false) != sourceRecords) {
            std::fprintf(stderr, "bench_sync: the fresh device has %lld records, the source %lld\n",
                         static_cast<long long>(records(*fresh.store, false)),
                         static_cast<long long>(sourceRecords));
            return 1;
        }

        fresh.transport->recording = nullptr;

        // The same pages again, from memory: the device alone.
        std::vector<double> aloneRates; // records/s while applying
        // Raw SQLCipher inserts measured just before each replay: this
        // machine's speed changes from one minute to the next (by 40 % within
        // a run), so the apply rate is taken against the same minute's.
        std::vector<double> rawRates, fractions;
        const int rawRows = parser.isSet(quick) ? 100000 : 250000;
        // The pulled device's log is still being copied into its file on
        // another thread: let it finish, so that a replay has the cores.
        for (int waited = 0; parser.value(replay).toInt() > 0 && waited < 600 &&
             fresh.store->db().checkpoints() == client::Database::Checkpoints::CatchUp;
             ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        for (int i = 0; i < parser.value(replay).toInt(); ++i) {
            const QString dir = QDir(tmp.path()).filePath(QStringLiteral("replay%1").arg(i));
            Device again(dir, url);
            check(again.engine->enrol(QStringLiteral("bench"), password, QStringLiteral("replay"), url),
                  "enrol");
            ReplayTransport pagesAgain(pages, *again.transport);
            client::SyncEngine engine(again.store->db(), again.store->changes(), pagesAgain);
            rawRates.push_back(bench::rawInsertsPerSecond(tmp.path(), rawRows, i));
            const double cpu0 = cpuSeconds();
            const double threadCpu0 = threadCpuSeconds();
            const auto start = Steady::now();
            const auto r = engine.pull();
            const double threadCpu = threadCpuSeconds() - threadCpu0;
            check(r, "replayed pull");
            const double ms = msSince(start);
            printApplyBreakdown("replay", r, again.store->changes());
            const double cpu = cpuSeconds() - cpu0;
            aloneRates.push_back(static_cast<double>(records(*again.store)) * 1000 /
                                 std::max(1.0, r.applyMs));
            fractions.push_back(aloneRates.back() / rawRates.back());
            std::printf("replay %d: %lld records in %.2f s wall (applying %.2f s), %.2f s CPU (%.2f s on the "
                        "applying "
                        "thread): %.0f records/s, %.0f records per CPU second; raw SQLCipher just before "
                        "%.0f rows/s: %.1f %%\n",
                        i + 1, static_cast<long long>(records(*again.store)), ms / 1000, r.applyMs / 1000,
                        cpu, threadCpu, static_cast<double>(records(*again.store)) * 1000 / ms,
                        static_cast<double>(records(*again.store)) / cpu, rawRates.back(),
                        100 * fractions.back());
        }

        // One change on A, seen on B.
        Device a(QDir(tmp.path()).filePath(QStringLiteral("a")), url);
        Device b(QDir(tmp.path()).filePath(QStringLiteral("b")), url);
        check(a.engine->enrol(QStringLiteral("bench"), password, QStringLiteral("a"), url), "enrol");
        check(b.engine->enrol(QStringLiteral("bench"), password, QStringLiteral("b"), url), "enrol");
        store::Household h;
        h.displayName = QStringLiteral("Ronde trip");
        store::Repository(*a.store).save(h);
        check(a.engine->run(), "sync a");
        check(b.engine->run(), "sync b");
        // After catching up, every further pull is incremental.
        std::vector<double> trips;
        std::size_t tripBytes = 0;
        const int n = std::max(1, parser.value(roundTrips).toInt());
        for (int i = 0; i < n; ++i) {
            store::Repository(*a.store).update("household", h.id,
                                               {{QStringLiteral("phone"), QStringLiteral("0470 %1").arg(i)}});
            const std::size_t before = a.transport->sent + b.transport->received;
            t0 = Steady::now();
            check(a.engine->push(), "push a");
            check(b.engine->pull(), "pull b");
            trips.push_back(msSince(t0));
            tripBytes += a.transport->sent + b.transport->received - before;
        }
        const QString seen = [&] {
            client::Query q = b.store->db().query("SELECT phone FROM household WHERE id = ?");
            q.bind(1, h.id);
            return q.next() ? q.text(0) : QString();
        }();
        if (seen != QStringLiteral("0470 %1").arg(n - 1)) {
            std::fprintf(stderr, "bench_sync: device B did not see the last change\n");
            return 1;
        }
        serverProcess.terminate();
        serverProcess.waitForFinished(10'000);

        // The same initial pull over HTTPS: the same server store, served
        // with a certificate made now (the server's --tls-cert/--tls-key).
        QString httpsRow;
        {
            QString cert, key;
            QProcess tlsProcess;
            QString tlsUrl;
            if (!makeCertificate(tmp.path(), &cert, &key)) {
                httpsRow = QStringLiteral("not run (openssl could not make a certificate)");
            } else {
                tlsUrl = startServer(tlsProcess, binary,
                                     store +
                                         QStringList {QStringLiteral("serve"), QStringLiteral("--tls-cert"),
                                                      cert, QStringLiteral("--tls-key"), key},
                                     portFile, QStringLiteral("https"));
                if (tlsUrl.isEmpty())
                    httpsRow = QStringLiteral("not run (server without TLS)");
            }
            if (!tlsUrl.isEmpty()) {
                Device overTls(QDir(tmp.path()).filePath(QStringLiteral("tls")), tlsUrl, cert);
                check(overTls.engine->enrol(QStringLiteral("bench"), password, QStringLiteral("tls"), tlsUrl),
                      "enrol over HTTPS");
                overTls.transport->received = 0;
                overTls.transport->waitedMs = 0;
                overTls.transport->requests = 0;
                const auto t1 = Steady::now();
                const auto r = overTls.engine->pull();
                check(r, "initial pull over HTTPS");
                const double ms = msSince(t1);
                const qint64 got = records(*overTls.store);
                httpsRow =
                    QStringLiteral("%1 records in %2 s (%3 records/s; server %4 s, device %5 s), %6 MB")
                        .arg(got)
                        .arg(ms / 1000, 0, 'f', 2)
                        .arg(static_cast<double>(got) * 1000 / ms, 0, 'f', 0)
                        .arg(overTls.transport->waitedMs / 1000, 0, 'f', 2)
                        .arg((ms - overTls.transport->waitedMs) / 1000, 0, 'f', 2)
                        .arg(static_cast<double>(overTls.transport->received) / 1e6, 0, 'f', 1);
                tlsProcess.terminate();
                tlsProcess.waitForFinished(10'000);
            }
        }

        const double mb = static_cast<double>(fresh.transport->received) / 1e6;
        // The device fetches the next page while it applies one: its time
        // is the wall time spent applying (the engine's applyMs), and the
        // rest of the pull is time it waited for the server.
        const double deviceS = pulled.applyMs / 1000;
        const double waitedS = (pullMs - pulled.applyMs) / 1000;
        const double per250k =
            pullMs / 1000 * 250000.0 / static_cast<double>(std::max<qint64>(1, pulledRecords));
        std::printf("| initial push from the source device, %s | %lld field values in %.2f s (%.0f/s)%s | "
                    "report | - |\n",
                    qPrintable(size), static_cast<long long>(fields), pushMs / 1000,
                    static_cast<double>(fields) * 1000 / pushMs,
                    cached ? " (the run that made the cached server store)" : "");
        std::printf(
            "| initial pull into an empty device, %s: seconds, records/s, MB on the wire | %.2f s for %lld "
            "records / %d field values (waiting for the server %.2f s, device applying %.2f s, overlapping "
            "with %.2f s in requests; CPU time: server %.2f s, device %.2f s); "
            "%.0f records/s; %.1f MB in %d "
            "requests (%.1f bytes/field value); %.2f s per 250k records | <= 5 s | %s |\n",
            qPrintable(size), pullMs / 1000, static_cast<long long>(pulledRecords), pulled.pulled, waitedS,
            deviceS, fresh.transport->waitedMs / 1000, serverCpu, deviceCpu,
            static_cast<double>(pulledRecords) * 1000 / pullMs, mb, fresh.transport->requests,
            static_cast<double>(fresh.transport->received) / std::max(1, pulled.pulled), per250k,
            parser.isSet(quick) ? "- (quick: not the large device)"
                                : (pullMs <= 5000 ? "met" : "**missed**"));
        std::printf("| the same over HTTPS, %s | %s | report | - |\n", qPrintable(size),
                    qPrintable(httpsRow));
        std::printf(
            "| one change on device A seen on device B (push + pull), median / p99 | %.1f ms / %.1f ms "
            "(%d trips) | median <= 30 ms | %s |\n",
            percentile(trips, 0.5), percentile(trips, 0.99), n,
            percentile(trips, 0.5) <= 30 ? "met" : "**missed**");
        std::printf(
            "| bytes on the wire per changed field (one field: push request + pull reply, HTTP bodies) | "
            "%.0f bytes | report | - |\n",
            static_cast<double>(tripBytes) / n);
        // For scripts/bench: the device's apply rate, against raw SQLCipher.
        std::printf("apply-records-per-s %.0f\n", static_cast<double>(pulledRecords) / deviceS);
        std::printf("apply-records-per-cpu-s %.0f\n", static_cast<double>(pulledRecords) / deviceCpu);
        // The same pages applied with no server on this machine's cores: as
        // on a tablet, whose server is elsewhere. The median of the replays.
        if (!aloneRates.empty()) {
            std::printf("apply-alone-records-per-s %.0f\n", percentile(aloneRates, 0.5));
            std::printf("apply-alone-raw-rows-per-s %.0f\n", percentile(rawRates, 0.5));
            std::printf("apply-alone-fraction %.4f\n", percentile(fractions, 0.5));
            std::printf("apply-alone-replays %zu\n", aloneRates.size());
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        return 1;
    }
    return 0;
}
