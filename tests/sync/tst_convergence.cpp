// Convergence under faults: two workers with three devices (worker A has
// two) and the real brugboek-server, random operations (concurrent edits of
// the same fields, free-text notes, deletes, referrals and their status
// events, sharing and unsharing, team data) interleaved with syncs through a
// TCP proxy that cuts connections at random byte offsets both ways, drops
// replies after the server committed, delays, duplicates and replays pushes;
// a server killed with SIGKILL in the middle of a sync and restarted; a
// device process killed with SIGKILL in the middle of its sync; device
// clocks three days ahead and behind. After quiescence (faults off, everyone
// syncs until nothing moves):
//  (a) every device holds exactly the server's current view of its scope
//      (so devices of one worker are equal, and workers agree on what they
//      share and on team data);
//  (b) every change the server acknowledged (a 200 reply that reached the
//      device) is on the server, or was superseded by a later write of the
//      same field or by a purge of its record or household;
//  (c) no duplicates: every record on the server was made by a device (or is
//      the server's own), at most one conflict per lost value;
//  (d) nothing purged comes back: no device and no server view holds a
//      record whose purge reached the server.
//
// BRUGBOEK_CONVERGENCE_SEEDS=N runs N seeds (default 200),
// BRUGBOEK_CONVERGENCE_FIRST=S starts at seed S, BRUGBOEK_CONVERGENCE_SEED=S
// replays seed S, BRUGBOEK_CONVERGENCE_STEPS=N operations per seed (40),
// BRUGBOEK_CONVERGENCE_VERBOSE=1 prints each sync and, on a failure, what
// happened to the records involved. Seeds run in epochs of
// BRUGBOEK_CONVERGENCE_EPOCH (10): new workers and devices per epoch
// (enrolment is slow on purpose), kept through its seeds with the data of
// the earlier ones; replaying seed S runs its epoch from the start up to S.
// A failing seed is printed with how to replay it. Operations and fault
// plans follow from the seed; thread timing (which byte a SIGKILL lands
// on) does not, so a replay follows the same schedule but may need a few
// runs to hit the same instant.

#include "support/faultproxy.h"
#include "support/marker.h"
#include "support/serverprocess.h"
#include "support/syncdevice.h"

#include "sync/core/merge.h"

#include <brugboek/v1/sync.pb.h>

#include <QProcess>
#include <QTest>
#include <QUrl>

#include <signal.h>
#include <sqlite3.h>

#include <functional>
#include <map>
#include <random>
#include <set>
#include <thread>

using namespace brugboek;
using test::FaultProxy;
using test::ServerProcess;
using test::SyncDevice;
using Outcome = client::SyncEngine::Outcome;

namespace {

constexpr std::int64_t Day = 24LL * 3600 * 1000;

QString str(std::string_view s)
{
    return QString::fromLatin1(s.data(), int(s.size()));
}

// One field write as the model knows it.
struct Write
{
    std::string entity, recordId, field; // field empty: a purge
    std::string value; // "\x01" for NULL
    std::uint64_t hlc = 0;
    std::string device;
};
const std::string Null = "\x01";

std::string valueText(const sync::Value &v)
{
    if (std::holds_alternative<std::monostate>(v))
        return Null;
    if (const auto *s = std::get_if<std::string>(&v))
        return s->empty() ? Null : *s;
    if (const auto *i = std::get_if<std::int64_t>(&v))
        return std::to_string(*i);
    return QString::number(std::get<double>(v)).toStdString();
}

std::string variantText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return Null;
    const std::string s = v.toString().toStdString();
    return s.empty() ? Null : s;
}

// What the test knows: every write that left a device's outbox (issued), and
// every change the server acknowledged with a 200 that reached the device.
struct Model
{
    std::vector<Write> acked;
    std::set<std::string> ackedPurges;
    std::set<std::string> issuedIds; // every record id a device wrote or purged
    std::set<std::string> issuedPurges;
    std::map<std::string, std::set<std::string>> references; // record -> ids it refers to
    int ackedPushes = 0;
    int rejected = 0;
    int badReplies = 0; // 200 answers that do not answer the batch
    // BRUGBOEK_CONVERGENCE_VERBOSE: what happened to each record, to explain a failure.
    bool tracing = qEnvironmentVariableIsSet("BRUGBOEK_CONVERGENCE_VERBOSE");
    std::map<std::string, std::vector<std::string>> trace;
    void note(const std::string &id, const std::string &what)
    {
        if (tracing)
            trace[id].push_back(what);
    }
};

// The libcurl transport, noting which pushed changes the server accepted.
class RecordingTransport final : public client::Transport
{
public:
    RecordingTransport(const std::string &url, Model &model, int device)
        : m_inner(options(url))
        , m_model(model)
        , m_device(device)
    {
    }
    client::HttpResponse post(const std::string &path, const std::string &body,
                              const std::string &token) override
    {
        client::HttpResponse r = m_inner.post(path, body, token);
        if (m_model.tracing && path == "/v1/pull" && r.status == 200) {
            v1::PullPage page;
            if (page.ParseFromString(r.body)) {
                for (const auto &c : page.changes())
                    m_model.note(c.record_id(),
                                 "d" + std::to_string(m_device) + " pulled " + c.field() +
                                     (c.op() == v1::FieldChange::OP_DELETE ? " PURGE" : "") + " watermark " +
                                     std::to_string(page.watermark()));
            }
        }
        if (path != "/v1/push" || r.status != 200)
            return r;
        v1::PushRequest request;
        v1::PushReply reply;
        if (!request.ParseFromString(body) || !reply.ParseFromString(r.body))
            return r;
        // What the engine takes for an answer to this batch (it refuses others).
        if (reply.batch_seq() != request.batch_seq()) {
            m_model.note("bad-replies",
                         "d" + std::to_string(m_device) + " batch " + std::to_string(request.batch_seq()) +
                             ": 200 with " + std::to_string(r.body.size()) + " bytes");
            ++m_model.badReplies;
            return r;
        }
        std::set<std::uint32_t> refused;
        std::map<std::uint32_t, int> codes;
        for (const auto &rej : reply.rejected()) {
            refused.insert(rej.index());
            codes[rej.index()] = rej.code();
        }
        m_model.rejected += reply.rejected_size();
        ++m_model.ackedPushes;
        for (int i = 0; i < request.changes_size(); ++i) {
            const auto c = sync::decodeChange(request.changes(i).change());
            if (!c)
                continue;
            m_model.note(c->recordId,
                         "d" + std::to_string(m_device) + " push " + c->field +
                             (c->op == sync::Change::Op::Delete ? " PURGE" : "") + " batch " +
                             std::to_string(request.batch_seq()) +
                             (refused.count(std::uint32_t(i))
                                  ? " REJECTED " + std::to_string(codes[std::uint32_t(i)])
                                  : " ok") +
                             " reply batch " + std::to_string(reply.batch_seq()) + " hlc " +
                             std::to_string(c->hlc.packed()));
            if (refused.count(std::uint32_t(i)))
                continue;
            if (c->op == sync::Change::Op::Delete) {
                m_model.ackedPurges.insert(c->recordId);
                continue;
            }
            m_model.acked.push_back(
                {c->entity, c->recordId, c->field, valueText(c->value), c->hlc.packed(), c->deviceId});
        }
        return r;
    }

private:
    static client::CurlTransport::Options options(const std::string &url)
    {
        client::CurlTransport::Options o;
        o.baseUrl = url;
        o.connectTimeoutMs = 5'000;
        o.totalTimeoutMs = 15'000;
        return o;
    }
    client::CurlTransport m_inner;
    Model &m_model;
    int m_device;
};

// The server's SQLite store, read directly: the server's view.
class ServerDb
{
public:
    explicit ServerDb(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        } else {
            sqlite3_busy_timeout(m_db, 30'000);
        }
    }
    ~ServerDb() { sqlite3_close(m_db); }
    [[nodiscard]] bool ok() const { return m_db != nullptr; }
    std::vector<std::vector<std::string>> rows(const char *sql, const std::vector<std::string> &args = {})
    {
        std::vector<std::vector<std::string>> out;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            qWarning("server db: %s", sqlite3_errmsg(m_db));
            return out;
        }
        for (std::size_t i = 0; i < args.size(); ++i)
            sqlite3_bind_text(st, int(i + 1), args[i].c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
                row.emplace_back(sqlite3_column_type(st, c) == SQLITE_NULL ? Null : std::string(t ? t : ""));
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

using View = std::map<std::string, std::map<std::string, std::string>>; // "entity/id" -> field -> value

const std::set<std::string> &referenceFields()
{
    static const std::set<std::string> f {"household_id", "referral_id", "encounter_id"};
    return f;
}

struct Worker
{
    QString username;
    QString userId;
};

constexpr int DeviceCount = 3;
constexpr int OwnerOf[DeviceCount] = {0, 0, 1}; // worker A: devices 0 and 1; worker B: device 2

const QStringList EventStatuses = {QStringLiteral("aangemeld"), QStringLiteral("wachtlijst"),
                                   QStringLiteral("lopend"), QStringLiteral("afgebroken")};

class Run
{
public:
    // An epoch: two new workers of a new team and three new devices, which
    // then go through several seeds, each ending in quiescence and checks.
    Run(int epoch, ServerProcess &server, FaultProxy &proxy, QString *why)
        : m_seed(epoch)
        , m_server(server)
        , m_proxy(proxy)
        , m_rng(std::uint32_t(epoch))
        , m_why(why)
    {
    }

    bool setUp();
    bool run(int seed, int steps);

    int serverRestarts = 0;
    int childKills = 0;
    int syncs = 0;
    int failedSyncs = 0;

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(int percent) { return pick(100) < percent; }
    bool fail(const QString &why)
    {
        *m_why = why;
        return false;
    }
    QString text(const char *what)
    {
        return test::marked(QStringLiteral("%1 %2.%3").arg(QLatin1String(what)).arg(m_seed).arg(++m_counter));
    }
    QStringList ids(int d, const char *sql)
    {
        QStringList out;
        client::Query q = dev(d).db().query(sql);
        while (q.next())
            out << q.text(0);
        return out;
    }
    QString any(const QStringList &list) { return list.isEmpty() ? QString() : list[pick(int(list.size()))]; }
    SyncDevice &dev(int d) { return *m_devices[std::size_t(d)]; }
    [[nodiscard]] QString proxyUrl() const { return QString::fromStdString(m_proxy.url()); }

    void connect(int d);
    void snapshotOutbox(int d);
    void step(int d);
    void syncDevice(int d);
    void syncWithServerKill(int d);
    bool killChildMidSync(int d);
    bool quiesce();
    bool check();
    View deviceView(int d);
    View serverView(ServerDb &db, const QString &userId);

    int m_seed;
    ServerProcess &m_server;
    FaultProxy &m_proxy;
    std::mt19937 m_rng;
    QString *m_why;
    int m_counter = 0;
    std::vector<Worker> m_workers;
    std::vector<std::unique_ptr<SyncDevice>> m_devices;
    Model m_model;
    std::map<QString, int> m_creator; // household -> worker
};

bool Run::setUp()
{
    const QString team = QStringLiteral("Team %1").arg(m_seed);
    m_rng.seed(std::uint32_t(m_seed) * 2654435761u + 5);
    m_server.admin({QStringLiteral("team"), QStringLiteral("add"), team});
    for (const char *w : {"a", "b"}) {
        const QString name = QStringLiteral("%1%2").arg(QLatin1String(w)).arg(m_seed);
        const QString out = m_server.admin({QStringLiteral("user"), QStringLiteral("add"), name,
                                            QStringLiteral("--name"), name, QStringLiteral("--role"),
                                            QStringLiteral("worker"), QStringLiteral("--team"), team,
                                            QStringLiteral("--password"), ServerProcess::password()});
        if (out.startsWith(QLatin1String("<failed>")))
            return fail(QStringLiteral("user add failed"));
        m_workers.push_back({name, {}});
    }
    // Clocks: on time, three days ahead, three days behind, in a random order.
    std::vector<std::int64_t> skews {0, 3 * Day, -3 * Day};
    std::shuffle(skews.begin(), skews.end(), m_rng);
    m_proxy.setFaults(false);
    for (int d = 0; d < DeviceCount; ++d) {
        m_devices.push_back(std::make_unique<SyncDevice>());
        dev(d).t.clock.advance(skews[std::size_t(d)]);
        connect(d);
        const Worker &w = m_workers[std::size_t(OwnerOf[d])];
        const auto r = dev(d).engine->enrol(w.username, ServerProcess::password(),
                                            QStringLiteral("device %1").arg(d), proxyUrl());
        if (r.outcome != Outcome::Ok)
            return fail(QStringLiteral("enrolment failed: %1").arg(QString::fromStdString(r.detail)));
        m_workers[std::size_t(OwnerOf[d])].userId = dev(d).engine->enrolment().userId;
    }
    m_proxy.setFaults(true);
    return true;
}

void Run::connect(int d)
{
    dev(d).connect(proxyUrl(), std::make_unique<RecordingTransport>(m_proxy.url(), m_model, d));
    // Small batches and pages: more requests, more places to break.
    dev(d).engine->setLimits({1 + pick(6), 1 + pick(8)});
}

// Every write waiting in the outbox may reach the server from now on.
void Run::snapshotOutbox(int d)
{
    client::Query q = dev(d).db().query("SELECT entity, record_id, field, value, op FROM sync_outbox");
    while (q.next()) {
        const std::string id = q.text(1).toStdString();
        m_model.issuedIds.insert(id);
        m_model.note(id,
                     "d" + std::to_string(d) + " outbox " + q.text(2).toStdString() +
                         (q.int64(4) == 1 ? " PURGE" : ""));
        if (q.int64(4) == 1)
            m_model.issuedPurges.insert(id);
        else if (referenceFields().count(q.text(2).toStdString()) && !q.isNull(3))
            m_model.references[id].insert(q.text(3).toStdString());
    }
}

void Run::syncDevice(int d)
{
    snapshotOutbox(d);
    // A new connection, so a new fault plan, for every sync.
    m_proxy.dropAll();
    ++syncs;
    QElapsedTimer t;
    t.start();
    const auto r = dev(d).sync();
    if (qEnvironmentVariableIsSet("BRUGBOEK_CONVERGENCE_VERBOSE"))
        qInfo("sync %d: %s %lld ms, pushed %d pulled %d", d, client::outcomeName(r.outcome), t.elapsed(),
              r.pushed, r.pulled);
    if (r.outcome != Outcome::Ok)
        ++failedSyncs;
}

void Run::syncWithServerKill(int d)
{
    snapshotOutbox(d);
    const qint64 pid = m_server.pid();
    const int delayMs = pick(40);
    std::thread killer([pid, delayMs] {
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        ::kill(pid_t(pid), SIGKILL);
    });
    dev(d).sync();
    killer.join();
    m_server.kill();
    m_proxy.dropAll();
    // Devices try while it is down: refused, nothing lost.
    dev(pick(DeviceCount)).sync();
    QVERIFY(m_server.start());
    m_proxy.setUpstreamPort(QUrl(m_server.url()).port());
    ++serverRestarts;
}

bool Run::killChildMidSync(int d)
{
    snapshotOutbox(d);
    SyncDevice &device = dev(d);
    const std::int64_t now = device.t.clock.nowMs();
    const QString dir = device.t.dir.path();
    device.engine.reset();
    device.transport.reset();
    device.t.store.reset();
    QProcess child;
    child.start(QStringLiteral(CONVERGENCEDEVICE_PATH), {dir, QString::number(now), proxyUrl()});
    if (!child.waitForStarted(10'000))
        return fail(QStringLiteral("the device process did not start"));
    child.waitForReadyRead(10'000);
    QTest::qSleep(pick(250));
    child.kill();
    child.waitForFinished(10'000);
    device.t.clock.advance(1'000);
    device.t.reopen();
    connect(d);
    ++childKills;
    return true;
}

void Run::step(int d)
{
    SyncDevice &device = dev(d);
    auto repo = device.repo();
    device.t.clock.advance(1 + pick(3'000));
    const int worker = OwnerOf[d];
    const QStringList households = ids(d, "SELECT id FROM household ORDER BY id");
    const int roll = pick(100);
    try {
        if (households.size() < 2 || roll < 10) {
            if (households.size() >= 5)
                return;
            store::Household h;
            h.displayName = text("gezin");
            h.phone = text("tel");
            h.notes = text("notities");
            repo.save(h);
            m_creator[h.id] = worker;
            for (int i = pick(3); i > 0; --i) {
                store::Person p;
                p.householdId = h.id;
                p.givenName = text("voornaam");
                p.role = QStringLiteral("child");
                repo.save(p);
            }
        } else if (roll < 30) {
            // The same few fields, edited on every device: concurrent edits.
            static const char *fields[] = {"phone", "notes", "reach_note", "address", "display_name"};
            const char *field = fields[pick(5)];
            repo.update("household", any(households), {{QLatin1String(field), text(field)}});
        } else if (roll < 38) {
            const QStringList people = ids(d, "SELECT id FROM person ORDER BY id");
            if (people.isEmpty() || chance(30)) {
                store::Person p;
                p.householdId = any(households);
                p.givenName = text("voornaam");
                repo.save(p);
            } else {
                repo.update(
                    "person", any(people),
                    {{chance(50) ? QStringLiteral("notes") : QStringLiteral("given_name"), text("persoon")}});
            }
        } else if (roll < 46) {
            const QStringList encounters = ids(d, "SELECT id FROM encounter ORDER BY id");
            if (encounters.isEmpty() || chance(50)) {
                store::Encounter e;
                e.householdId = any(households);
                e.kind = QStringLiteral("schoolpoort");
                e.occurredAt = QDateTime::fromMSecsSinceEpoch(device.t.clock.nowMs());
                e.note = text("verslag");
                repo.saveEncounter(e);
            } else {
                repo.update("encounter", any(encounters), {{QStringLiteral("note"), text("verslag")}});
            }
        } else if (roll < 52) {
            store::Referral r;
            r.householdId = any(households);
            r.need = text("nood");
            r.lifeDomain = QStringLiteral("inkomen");
            repo.createReferral(r);
        } else if (roll < 60) {
            const QString referral = any(ids(d, "SELECT id FROM referral ORDER BY id"));
            if (referral.isEmpty())
                return;
            store::ReferralEvent ev;
            ev.referralId = referral;
            ev.occurredOn = QDateTime::fromMSecsSinceEpoch(device.t.clock.nowMs()).date();
            if (chance(20)) {
                ev.status = QStringLiteral("afgerond");
                ev.outcome = QStringLiteral("geholpen");
            } else {
                ev.status = EventStatuses[pick(int(EventStatuses.size()))];
            }
            repo.addReferralEvent(ev);
        } else if (roll < 66) {
            static const char *entities[] = {"person", "encounter", "referral"};
            const char *entity = entities[pick(3)];
            const QString id = any(ids(d,
                                       QStringLiteral("SELECT id FROM %1 ORDER BY id")
                                           .arg(QLatin1String(entity))
                                           .toUtf8()
                                           .constData()));
            if (!id.isEmpty())
                repo.purge(entity, id);
        } else if (roll < 68) {
            repo.purge("household", any(households));
        } else if (roll < 76) {
            // Share one of this worker's own households with the colleague.
            QStringList own;
            for (const auto &h : households) {
                if (m_creator.count(h) && m_creator[h] == worker)
                    own << h;
            }
            const QString h = any(own);
            if (h.isEmpty())
                return;
            const QString colleague = m_workers[std::size_t(1 - worker)].userId;
            // The server grants a share only under a live consent naming the colleague.
            const QString consent = device.t.store->newId();
            device.t.store->changes().put(sync::entity("consent"), consent,
                                          {{QStringLiteral("household_id"), h},
                                           {QStringLiteral("shared_with"), QStringLiteral("collega")},
                                           {QStringLiteral("colleague_id"), colleague}});
            device.t.store->changes().put(sync::entity("household_share"), device.t.store->newId(),
                                          {{QStringLiteral("household_id"), h},
                                           {QStringLiteral("user_id"), colleague},
                                           {QStringLiteral("consent_id"), consent}});
        } else if (roll < 81) {
            const QString share = any(ids(d, "SELECT id FROM household_share ORDER BY id"));
            if (!share.isEmpty())
                repo.purge("household_share", share);
        } else if (roll < 86) {
            const QString org = any(ids(d, "SELECT id FROM organisation ORDER BY id"));
            if (org.isEmpty() || chance(30)) {
                store::Organisation o;
                o.name = text("dienst");
                o.waitingNote = text("wachttijd");
                repo.save(o);
            } else {
                repo.update(
                    "organisation", org,
                    {{chance(50) ? QStringLiteral("waiting_note") : QStringLiteral("phone"), text("org")}});
            }
        } else if (roll < 92) {
            // A conflict resolved on this device.
            const QString conflict =
                any(ids(d, "SELECT id FROM conflict WHERE resolved_at IS NULL ORDER BY id"));
            if (!conflict.isEmpty())
                repo.update("conflict", conflict,
                            {{QStringLiteral("resolved_at"), qint64(device.t.clock.nowMs())}});
        } else {
            // Two devices of one worker edit the same note before either syncs.
            const QString h = any(households);
            const QString field = QStringLiteral("notes");
            repo.update("household", h, {{field, text("samen")}});
            for (int other = 0; other < DeviceCount; ++other) {
                if (other == d ||
                    !dev(other)
                         .scalar(qPrintable(
                             QStringLiteral("SELECT count(*) FROM household WHERE id = '%1'").arg(h)))
                         .toInt())
                    continue;
                dev(other).t.clock.advance(pick(2'000));
                dev(other).repo().update("household", h, {{field, text("tegelijk")}});
                break;
            }
        }
    } catch (const store::ValidationError &) {
        // A record this device no longer has; fine.
    }
}

bool Run::quiesce()
{
    m_proxy.setFaults(false);
    m_proxy.dropAll();
    int quietRounds = 0;
    for (int round = 0; round < 12 && quietRounds < 2; ++round) {
        bool moved = false;
        for (int d = 0; d < DeviceCount; ++d) {
            snapshotOutbox(d);
            auto r = dev(d).sync();
            for (int retry = 0; r.outcome != Outcome::Ok && retry < 3; ++retry)
                r = dev(d).sync();
            if (r.outcome != Outcome::Ok)
                return fail(QStringLiteral("device %1 cannot sync without faults: %2 %3")
                                .arg(d)
                                .arg(QLatin1String(client::outcomeName(r.outcome)),
                                     QString::fromStdString(r.detail)));
            if (r.pulled > 0 || r.pushed > 0 || r.rejected > 0 || dev(d).engine->pendingCount() > 0)
                moved = true;
        }
        quietRounds = moved ? 0 : quietRounds + 1;
    }
    if (quietRounds < 2)
        return fail(QStringLiteral("no quiescence after 12 rounds"));
    return true;
}

View Run::deviceView(int d)
{
    View view;
    for (const auto &e : sync::entities()) {
        if (e.name == "list_item")
            continue;
        QStringList cols;
        for (const auto &f : e.fields)
            cols << str(f.name);
        client::Query q = dev(d).db().query(
            QStringLiteral("SELECT id, %1 FROM %2").arg(cols.join(QLatin1String(", ")), str(e.table)));
        while (q.next()) {
            auto &rec = view[std::string(e.name) + "/" + q.text(0).toStdString()];
            for (int i = 1; i < q.columnCount(); ++i) {
                const std::string v = variantText(q.value(i));
                if (v != Null)
                    rec[std::string(e.fields[std::size_t(i - 1)].name)] = v;
            }
        }
    }
    return view;
}

View Run::serverView(ServerDb &db, const QString &userId)
{
    View view;
    const std::string user = userId.toStdString();
    const auto rows =
        db.rows("SELECT f.entity, f.record_id, f.field, f.vtype, f.vint, f.vreal, f.vtext FROM field_state f"
                " JOIN records r ON r.record_id = f.record_id"
                " WHERE r.purged = 0 AND f.op = 0 AND f.entity <> 'list_item' AND ("
                "   f.scope = 'team:' || (SELECT team_id FROM users WHERE id = ?1)"
                "   OR f.scope = 'private:' || ?1"
                "   OR f.scope IN (SELECT household_id FROM household_access WHERE user_id = ?1))",
                {user});
    for (const auto &r : rows) {
        auto &rec = view[r[0] + "/" + r[1]];
        std::string v = r[3] == "1" ? r[4] : r[3] == "2" ? r[5] : r[3] == "3" ? r[6] : Null;
        if (r[3] == "2")
            v = QString::number(std::stod(r[5])).toStdString();
        if (!v.empty() && v != Null)
            rec[r[2]] = v;
    }
    return view;
}

QString describe(const View &a, const View &b)
{
    QStringList out;
    for (const auto &[k, fields] : a) {
        const auto it = b.find(k);
        if (it == b.end()) {
            out << QStringLiteral("only on the device: %1").arg(QString::fromStdString(k));
        } else if (it->second != fields) {
            for (const auto &[f, v] : fields) {
                const auto fi = it->second.find(f);
                if (fi == it->second.end() || fi->second != v)
                    out << QStringLiteral("%1.%2: device '%3' server '%4'")
                               .arg(QString::fromStdString(k), QString::fromStdString(f),
                                    QString::fromStdString(v),
                                    fi == it->second.end() ? QStringLiteral("<none>")
                                                           : QString::fromStdString(fi->second));
            }
            for (const auto &[f, v] : it->second) {
                if (!fields.count(f))
                    out << QStringLiteral("%1.%2: device <none> server '%3'")
                               .arg(QString::fromStdString(k), QString::fromStdString(f),
                                    QString::fromStdString(v));
            }
        }
    }
    for (const auto &[k, fields] : b) {
        if (!a.count(k))
            out << QStringLiteral("only on the server: %1").arg(QString::fromStdString(k));
    }
    if (out.size() > 12) {
        const auto n = out.size();
        out = out.mid(0, 12);
        out << QStringLiteral("... %1 differences").arg(n);
    }
    return out.join(QLatin1String("; "));
}

bool Run::check()
{
    ServerDb db(m_server.sqliteFile());
    if (!db.ok())
        return fail(QStringLiteral("cannot read the server's store"));

    // A 200 the engine cannot take for the answer to its batch: the server
    // never sends one, so the transport passed on a broken answer.
    if (m_model.badReplies > 0)
        return fail(
            QStringLiteral("a push got a 200 that does not answer it (%1 times)").arg(m_model.badReplies));

    // (a) every device holds exactly the server's view of its scope.
    std::vector<View> views;
    for (int d = 0; d < DeviceCount; ++d) {
        const View server = serverView(db, m_workers[std::size_t(OwnerOf[d])].userId);
        View device = deviceView(d);
        if (device != server && qEnvironmentVariableIsSet("BRUGBOEK_CONVERGENCE_VERBOSE")) {
            qInfo("device %d watermark %lld cursor %s", d,
                  dev(d).scalar("SELECT value FROM sync_state WHERE key = 'watermark'").toLongLong(),
                  dev(d)
                      .scalar("SELECT hex(value) FROM sync_state WHERE key = 'cursor'")
                      .toString()
                      .toUtf8()
                      .constData());
            for (const auto &[k, f] : server) {
                const auto it = device.find(k);
                if (it != device.end() && it->second == f)
                    continue;
                const std::string id = k.substr(k.find('/') + 1);
                for (const auto &r : db.rows("SELECT field, seq, tx_seq, hlc, device_id, vtext, vint FROM "
                                             "field_state WHERE record_id = ? ORDER BY seq",
                                             {id}))
                    qInfo("  %s %s seq %s tx %s hlc %s dev %s %s %s", k.c_str(), r[0].c_str(), r[1].c_str(),
                          r[2].c_str(), r[3].c_str(), r[4].c_str(), r[5].c_str(), r[6].c_str());
                for (const auto &r : db.rows("SELECT r.record_id, r.entity, r.purged FROM field_state f JOIN "
                                             "records r ON r.record_id = f.vtext WHERE f.record_id = ?",
                                             {id}))
                    qInfo("    refers to %s %s purged %s", r[1].c_str(), r[0].c_str(), r[2].c_str());
            }
            for (const auto &[k, f] : device) {
                if (server.count(k))
                    continue;
                const std::string id = k.substr(k.find('/') + 1);
                for (const auto &[field, v] : f)
                    qInfo("  device only %s %s = %s", k.c_str(), field.c_str(), v.c_str());
                for (const auto &r :
                     db.rows("SELECT entity, purged, scope FROM records WHERE record_id = ?", {id}))
                    qInfo("    server: %s purged %s scope %s", r[0].c_str(), r[1].c_str(), r[2].c_str());
                for (const auto &r :
                     db.rows("SELECT f.seq, f.tx_seq, f.device_id, f.op, (SELECT purged FROM records WHERE "
                             "record_id = f.scope) FROM field_state f WHERE f.record_id = ?",
                             {id}))
                    qInfo("    tombstone seq %s tx %s by %s op %s household purged %s", r[0].c_str(),
                          r[1].c_str(), r[2].c_str(), r[3].c_str(), r[4].c_str());
                for (int o = 0; o < DeviceCount; ++o)
                    qInfo("    device %d is %s", o, qPrintable(dev(o).t.store->changes().deviceId()));
                for (const auto &line : m_model.trace[id])
                    qInfo("    trace %s", line.c_str());
                client::Query q =
                    dev(d).db().query("SELECT entity, field, code FROM sync_rejected WHERE record_id = ?");
                q.bind(1, QString::fromStdString(id));
                while (q.next())
                    qInfo("    rejected %s %s %lld", qPrintable(q.text(0)), qPrintable(q.text(1)),
                          q.int64(2));
            }
            for (const auto &r : db.rows("SELECT seq, tx_seq, user_id, household_id, kind FROM access_log "
                                         "ORDER BY seq DESC LIMIT 10"))
                qInfo("  access %s tx %s %s %s %s", r[0].c_str(), r[1].c_str(), r[2].c_str(), r[3].c_str(),
                      r[4].c_str());
        }
        if (device != server)
            return fail(QStringLiteral("(a) device %1 differs from the server's view: %2")
                            .arg(d)
                            .arg(describe(device, server)));
        views.push_back(std::move(device));
    }

    // The server's records: what is purged, where each one lives.
    std::map<std::string, std::pair<std::string, bool>> records; // id -> (scope, purged)
    // This epoch's records: of its team, its workers' private ones and their households.
    const std::vector<std::string> users {m_workers[0].userId.toStdString(),
                                          m_workers[1].userId.toStdString()};
    const char *ours =
        " WHERE scope IN ('team:' || (SELECT team_id FROM users WHERE id = ?1), 'private:' || ?1,"
        " 'private:' || ?2) OR scope IN (SELECT household_id FROM household_access"
        " WHERE user_id IN (?1, ?2))";
    for (const auto &r :
         db.rows((std::string("SELECT record_id, scope, purged, entity FROM records") + ours).c_str(), users))
        records[r[0]] = {r[1], r[2] == "1"};
    std::map<std::pair<std::string, std::string>, std::pair<std::uint64_t, std::string>>
        stored; // (id, field)
    std::map<std::pair<std::string, std::string>, std::string> storedValue;
    for (const auto &r :
         db.rows("SELECT record_id, field, hlc, device_id, vtype, vint, vreal, vtext FROM field_state"
                 " WHERE op = 0")) {
        stored[{r[0], r[1]}] = {std::stoull(r[2]), r[3]};
        storedValue[{r[0], r[1]}] = r[4] == "1" ? r[5] : r[4] == "3" ? r[7] : r[4] == "2" ? r[6] : Null;
    }

    // A purge that reached the server removed this record: its own, one of
    // what it belongs to (cascades on the devices), or its household's.
    std::function<bool(const std::string &, int)> purgedByDevice = [&](const std::string &id, int depth) {
        if (m_model.issuedPurges.count(id))
            return true;
        if (depth > 4)
            return false;
        const auto refs = m_model.references.find(id);
        if (refs != m_model.references.end()) {
            for (const auto &parent : refs->second) {
                if (purgedByDevice(parent, depth + 1))
                    return true;
            }
        }
        const auto rec = records.find(id);
        return rec != records.end() && rec->second.first != id &&
            m_model.issuedPurges.count(rec->second.first);
    };

    // (b) every acknowledged write is there or was superseded.
    int checked = 0;
    for (const Write &w : m_model.acked) {
        if (w.entity == "conflict" && w.field == "resolved_at") {
            // Devices write only resolved_at of a conflict; checked like any field.
        }
        const auto rec = records.find(w.recordId);
        if (rec == records.end())
            return fail(QStringLiteral("(b) acknowledged write of %1 %2.%3 is not on the server")
                            .arg(QString::fromStdString(w.entity), QString::fromStdString(w.recordId),
                                 QString::fromStdString(w.field)));
        if (rec->second.second) {
            if (!purgedByDevice(w.recordId, 0))
                return fail(
                    QStringLiteral("(b) record %1 %2 was purged on the server but no device purged it")
                        .arg(QString::fromStdString(w.entity), QString::fromStdString(w.recordId)));
            continue;
        }
        const auto s = stored.find({w.recordId, w.field});
        if (s == stored.end())
            return fail(QStringLiteral("(b) acknowledged field %1 %2.%3 lost on the server")
                            .arg(QString::fromStdString(w.entity), QString::fromStdString(w.recordId),
                                 QString::fromStdString(w.field)));
        const sync::Hlc mine = sync::Hlc::fromPacked(w.hlc);
        const sync::Hlc theirs = sync::Hlc::fromPacked(s->second.first);
        if (sync::writtenAfter(mine, w.device, theirs, s->second.second))
            return fail(QStringLiteral("(b) acknowledged write of %1 %2.%3 lost to an older one")
                            .arg(QString::fromStdString(w.entity), QString::fromStdString(w.recordId),
                                 QString::fromStdString(w.field)));
        if (mine == theirs && w.device == s->second.second && storedValue[{w.recordId, w.field}] != w.value &&
            !(w.value == Null && storedValue[{w.recordId, w.field}].empty()))
            return fail(QStringLiteral("(b) acknowledged write of %1 %2.%3 stored with another value")
                            .arg(QString::fromStdString(w.entity), QString::fromStdString(w.recordId),
                                 QString::fromStdString(w.field)));
        ++checked;
    }

    // (c) no duplicates: every record was made by a device or is the
    // server's own; one conflict per lost value.
    for (const auto &r :
         db.rows((std::string("SELECT record_id, entity FROM records") + ours).c_str(), users)) {
        if (r[1] == "conflict" || r[1] == "team_member")
            continue;
        if (!m_model.issuedIds.count(r[0]))
            return fail(QStringLiteral("(c) the server holds %1 %2 that no device made")
                            .arg(QString::fromStdString(r[1]), QString::fromStdString(r[0])));
    }
    const auto dupes =
        db.rows("SELECT count(*) FROM (SELECT a.vtext AS rec, b.vtext AS field, c.vtext AS lost, d.vint AS "
                "hlc, count(*) AS n"
                " FROM field_state a JOIN field_state b ON b.record_id = a.record_id AND b.field = 'field'"
                " JOIN field_state c ON c.record_id = a.record_id AND c.field = 'lost_value'"
                " JOIN field_state d ON d.record_id = a.record_id AND d.field = 'lost_hlc'"
                " WHERE a.entity = 'conflict' AND a.field = 'record_id' GROUP BY 1, 2, 3, 4 HAVING n > 1)");
    if (dupes.empty() || dupes[0][0] != "0")
        return fail(QStringLiteral("(c) the same lost value is kept in more than one conflict"));

    // (d) nothing purged comes back: every purge that reached the server
    // holds there, and no device holds the record.
    for (const auto &id : m_model.ackedPurges) {
        // Looked up by id: a record made and purged before it was ever sent
        // is a tombstone outside every scope the workers can see.
        const auto rec = db.rows("SELECT purged FROM records WHERE record_id = ?", {id});
        if ((rec.empty() || rec[0][0] != "1") && m_model.tracing) {
            for (const auto &line : m_model.trace[id])
                qInfo("  trace %s", line.c_str());
        }
        if (rec.empty() || rec[0][0] != "1")
            return fail(QStringLiteral("(d) acknowledged purge of %1 is not a tombstone on the server")
                            .arg(QString::fromStdString(id)));
    }
    for (const auto &[id, rec] : records) {
        if (!rec.second)
            continue;
        for (int d = 0; d < DeviceCount; ++d) {
            for (const auto &[key, fields] : views[std::size_t(d)]) {
                if (key.size() > id.size() && key.compare(key.size() - id.size(), id.size(), id) == 0 &&
                    key[key.size() - id.size() - 1] == '/')
                    return fail(QStringLiteral("(d) purged record %1 is back on device %2")
                                    .arg(QString::fromStdString(key))
                                    .arg(d));
            }
        }
    }
    (void)checked;
    return true;
}

bool Run::run(int seed, int steps)
{
    m_seed = seed;
    m_rng.seed(std::uint32_t(seed) * 2654435761u + 17);
    m_proxy.reseed(std::uint64_t(seed) * 7919 + 1);
    m_proxy.setFaults(true);
    QElapsedTimer timer;
    timer.start();
    const bool verbose = qEnvironmentVariableIsSet("BRUGBOEK_CONVERGENCE_VERBOSE");
    // Everyone starts from the team's data.
    for (int d = 0; d < DeviceCount; ++d)
        syncDevice(d);
    const int serverKillAt = chance(25) ? pick(steps) : -1;
    const int childKillAt = chance(35) ? pick(steps) : -1;
    for (int s = 0; s < steps; ++s) {
        const int d = pick(DeviceCount);
        if (s == serverKillAt) {
            syncWithServerKill(d);
            if (QTest::currentTestFailed())
                return fail(QStringLiteral("the server did not restart"));
        } else if (s == childKillAt) {
            if (!killChildMidSync(d))
                return false;
        } else if (chance(30)) {
            syncDevice(d);
        } else {
            step(d);
        }
    }
    if (verbose)
        qInfo("seed %d: %d steps in %lld ms", m_seed, steps, timer.restart());
    if (!quiesce())
        return false;
    if (verbose)
        qInfo("seed %d: quiet in %lld ms", m_seed, timer.restart());
    const bool ok = check();
    if (verbose) {
        for (const auto &line : m_model.trace["bad-replies"])
            qInfo("bad reply: %s", line.c_str());
        m_model.trace["bad-replies"].clear();
    }
    if (verbose)
        qInfo("seed %d: checked in %lld ms", m_seed, timer.restart());
    return ok;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devicesConvergeUnderFaults()
    {
        // Seeds go in epochs of `epoch` seeds (1-10, 11-20, ...): new
        // workers and devices per epoch (enrolment is slow on purpose), the
        // same ones through the seeds of an epoch, with the data of the
        // earlier seeds still there. Replaying seed S runs its epoch from
        // its first seed up to S.
        const int epoch = std::max(1, envInt("BRUGBOEK_CONVERGENCE_EPOCH", 10));
        int first = std::max(1, envInt("BRUGBOEK_CONVERGENCE_FIRST", 1));
        int last = first + envInt("BRUGBOEK_CONVERGENCE_SEEDS", 200) - 1;
        if (qEnvironmentVariableIsSet("BRUGBOEK_CONVERGENCE_SEED")) {
            last = std::max(1, envInt("BRUGBOEK_CONVERGENCE_SEED", 1));
            first = (last - 1) / epoch * epoch + 1;
        }
        const int steps = envInt("BRUGBOEK_CONVERGENCE_STEPS", 40);

        ServerProcess server;
        server.admin({QStringLiteral("init")});
        QVERIFY(server.start());
        FaultProxy proxy;
        QVERIFY(proxy.start());
        proxy.setUpstreamPort(QUrl(server.url()).port());

        int restarts = 0, kills = 0, syncs = 0, failed = 0;
        QElapsedTimer timer;
        timer.start();
        QString why;
        std::unique_ptr<Run> run;
        for (int seed = first; seed <= last; ++seed) {
            if (!run || (seed - 1) % epoch == 0) {
                if (run) {
                    restarts += run->serverRestarts;
                    kills += run->childKills;
                    syncs += run->syncs;
                    failed += run->failedSyncs;
                }
                run = std::make_unique<Run>(seed, server, proxy, &why);
                if (!run->setUp())
                    QFAIL(qPrintable(QStringLiteral("set-up of seed %1 failed: %2").arg(seed).arg(why)));
            }
            if (!run->run(seed, steps)) {
                qWarning("seed %d", seed);
                QFAIL(
                    qPrintable(QStringLiteral("seed %1 failed: %2 -- replay with BRUGBOEK_CONVERGENCE_SEED=%1"
                                              " (runs seeds %3..%1 of its epoch)")
                                   .arg(seed)
                                   .arg(why)
                                   .arg((seed - 1) / epoch * epoch + 1)));
            }
        }
        if (run) {
            restarts += run->serverRestarts;
            kills += run->childKills;
            syncs += run->syncs;
            failed += run->failedSyncs;
        }
        const auto st = proxy.stats();
        qInfo(
            "seeds %d..%d in %lld ms: %d syncs (%d broken), %d server kills, %d device kills; proxy: %d "
            "connections, %d requests cut, %d replies cut, %d delayed, %d duplicated, %d old pushes replayed",
            first, last, timer.elapsed(), syncs, failed, restarts, kills, st.connections, st.cutRequest,
            st.cutReply, st.delayed, st.duplicated, st.replayed);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
