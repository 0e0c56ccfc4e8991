#include "serverharness.h"

#include "sync/core/uuid.h"

#include <httplib.h>
#include <pqxx/pqxx>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>

namespace brugboek::testing {

namespace {

constexpr std::uint32_t kProtocol = v1::PROTOCOL_VERSION_1;

std::string withDatabase(const std::string &url, const std::string &db)
{
    const auto scheme = url.find("://");
    const auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    const auto query = url.find('?');
    const std::string tail = query == std::string::npos ? std::string() : url.substr(query);
    if (slash == std::string::npos)
        return url.substr(0, query) + "/" + db + tail;
    return url.substr(0, slash) + "/" + db + tail;
}

} // namespace

StoreSetup freshStore(const QString &dataDir)
{
    StoreSetup setup;
    setup.backend = qEnvironmentVariable("BRUGBOEK_TEST_BACKEND", QStringLiteral("sqlite"));
    if (setup.backend == QLatin1String("sqlite")) {
        setup.storeArgs = {QStringLiteral("--data"), dataDir};
        return setup;
    }
    if (setup.backend != QLatin1String("postgres")) {
        setup.failReason = QStringLiteral("unknown BRUGBOEK_TEST_BACKEND ") + setup.backend;
        return setup;
    }
    const QString url = qEnvironmentVariable("BRUGBOEK_TEST_POSTGRES_URL");
    if (url.isEmpty()) {
        const QString why = QStringLiteral("BRUGBOEK_TEST_POSTGRES_URL is not set: run the tests with "
                                           "scripts/test, which starts PostgreSQL (scripts/pg-test-cluster)");
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            setup.failReason = why;
        else
            setup.skipReason = why;
        return setup;
    }
    // A database of its own for every suite run.
    const std::string name = "bbt_" + QString::fromStdString(newId()).remove('-').toStdString();
    try {
        pqxx::connection conn(url.toStdString());
        pqxx::nontransaction work(conn);
        work.exec("CREATE DATABASE " + name);
    } catch (const std::exception &e) {
        setup.failReason = QStringLiteral("cannot create a test database: ") + QString::fromUtf8(e.what());
        return setup;
    }
    setup.storeArgs = {QStringLiteral("--postgres"),
                       QString::fromStdString(withDatabase(url.toStdString(), name))};
    return setup;
}

namespace {

bool storeSql(const StoreSetup &setup, const std::string &sql, std::string *out, std::string *error,
              bool allLines = false)
{
    if (setup.backend == QLatin1String("postgres")) {
        try {
            pqxx::connection conn(setup.storeArgs.value(1).toStdString());
            pqxx::nontransaction work(conn);
            const pqxx::result r = work.exec(sql);
            if (out && allLines) {
                for (const auto &row : r)
                    *out += std::string(out->empty() ? "" : "\n") + (row.empty() ? "" : row[0].c_str());
            } else if (out && !r.empty() && !r[0].empty()) {
                *out = r[0][0].c_str();
            }
            return true;
        } catch (const std::exception &e) {
            *error = e.what();
            return false;
        }
    }
    // The running server writes too (audit rows every half second, device
    // last-seen times): wait for its write lock instead of failing at once.
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"),
             setup.storeArgs.value(1) + QStringLiteral("/server.db"), QString::fromStdString(sql)});
    if (!p.waitForFinished(30000)) {
        *error = "sqlite3 did not finish (is the sqlite3 shell installed?)";
        return false;
    }
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !err.isEmpty()) {
        *error = err.toStdString();
        return false;
    }
    if (out) {
        const QByteArray all = p.readAllStandardOutput().trimmed();
        *out = (allLines ? all : all.split('\n').value(0)).toStdString();
    }
    return true;
}

} // namespace

bool runStoreSql(const StoreSetup &setup, const std::string &sql, std::string *error)
{
    return storeSql(setup, sql, nullptr, error);
}

std::string queryStore(const StoreSetup &setup, const std::string &sql)
{
    std::string out, error;
    if (!storeSql(setup, sql, &out, &error))
        return "<error: " + error + ">";
    return out;
}

std::string queryStoreLines(const StoreSetup &setup, const std::string &sql)
{
    std::string out, error;
    if (!storeSql(setup, sql, &out, &error, true))
        return "<error: " + error + ">";
    return out;
}

ServerProcess::ServerProcess(QStringList storeArgs, QString workDir)
    : m_storeArgs(std::move(storeArgs))
    , m_workDir(std::move(workDir))
{
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        terminate();
    // scripts/test keeps every server's log for its check that no log shows
    // the marker string of the test data.
    const QString logDir = qEnvironmentVariable("BRUGBOEK_TEST_LOG_DIR");
    if (!logDir.isEmpty() && !m_output.isEmpty() && QDir().mkpath(logDir)) {
        QFile log(logDir +
                  QStringLiteral("/server-%1-%2.log")
                      .arg(QCoreApplication::applicationPid())
                      .arg(reinterpret_cast<quintptr>(this), 0, 16));
        if (log.open(QIODevice::Append))
            log.write(m_output);
    }
}

bool ServerProcess::start()
{
    const QString portFile = m_workDir + "/port-" + QString::number(QDateTime::currentMSecsSinceEpoch()) +
        "-" + QString::number(reinterpret_cast<quintptr>(this));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(BRUGBOEK_SERVER_BIN),
                     m_storeArgs +
                         QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--port-file"),
                                      portFile} +
                         m_serveArgs);
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_port = f.readAll().trimmed().toInt();
            if (m_port > 0)
                return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(20);
        m_output += m_process->readAll();
    }
    m_output += m_process->readAll();
    qWarning("server did not start: %s", m_output.constData());
    return false;
}

void ServerProcess::kill9()
{
    if (!m_process)
        return;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
    m_output += m_process->readAll();
}

int ServerProcess::terminate()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return -1;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_output += m_process->readAll();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

int ServerProcess::admin(const QStringList &args, QByteArray *out, const QByteArray &input)
{
    return run(m_storeArgs + args, out, input);
}

int ServerProcess::run(const QStringList &args, QByteArray *out, const QByteArray &input)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(BRUGBOEK_SERVER_BIN), args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

HttpResult httpPost(int port, const std::string &path, const std::string &body, const std::string &token)
{
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(60, 0);
    client.set_write_timeout(60, 0);
    httplib::Headers headers;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    HttpResult out;
    auto res = client.Post(path.c_str(), headers, body, "application/x-protobuf");
    if (!res) {
        out.error = httplib::to_string(res.error());
        return out;
    }
    out.status = res->status;
    out.body = res->body;
    out.retryAfter = res->get_header_value("Retry-After");
    return out;
}

HttpResult httpGet(int port, const std::string &path)
{
    httplib::Client client("127.0.0.1", port);
    HttpResult out;
    auto res = client.Get(path.c_str());
    if (!res)
        return out;
    out.status = res->status;
    out.body = res->body;
    return out;
}

v1::Error parseError(const HttpResult &r)
{
    v1::Error e;
    e.ParseFromString(r.body);
    return e;
}

std::string newId()
{
    static sync::UuidV7Generator generator;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    return generator.next();
}

sync::Hlc nowHlc(std::uint16_t counter)
{
    return sync::Hlc(sync::SystemClock::instance().nowMs(), counter);
}

TestDevice::TestDevice(int serverPort, std::string id)
    : deviceId(std::move(id))
    , port(serverPort)
{
}

HttpResult TestDevice::enrol(const std::string &username, const std::string &password,
                             const std::string &name)
{
    v1::EnrolRequest r;
    r.set_protocol_version(kProtocol);
    r.set_username(username);
    r.set_password(password);
    r.set_device_id(deviceId);
    r.set_device_name(name);
    HttpResult res = httpPost(port, "/v1/enrol", r.SerializeAsString());
    if (res.status == 200) {
        v1::EnrolReply reply;
        if (reply.ParseFromString(res.body)) {
            token = reply.token();
            userId = reply.user_id();
        }
    }
    return res;
}

bool TestDevice::enrolOk(const std::string &username, const std::string &password)
{
    return enrol(username, password).status == 200 && !token.empty();
}

sync::Hlc TestDevice::nextHlc()
{
    const std::int64_t wall = sync::SystemClock::instance().nowMs();
    if (wall > m_lastWall) {
        m_lastWall = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return sync::Hlc(m_lastWall, m_counter);
}

v1::PushedChange TestDevice::set(const std::string &entity, const std::string &recordId,
                                 const std::string &field, const sync::Value &value, const std::string &scope)
{
    v1::PushedChange p;
    auto *c = p.mutable_change();
    c->set_entity(entity);
    c->set_record_id(recordId);
    c->set_scope(scope);
    c->set_field(field);
    auto *v = c->mutable_value();
    if (const auto *i = std::get_if<std::int64_t>(&value))
        v->set_integer(*i);
    else if (const auto *d = std::get_if<double>(&value))
        v->set_real(*d);
    else if (const auto *s = std::get_if<std::string>(&value))
        v->set_text(*s);
    else
        v->set_null(true);
    c->set_hlc(nextHlc().packed());
    c->set_device_id(deviceId);
    p.set_base_seq(watermark);
    return p;
}

v1::PushedChange TestDevice::purge(const std::string &entity, const std::string &recordId,
                                   const std::string &scope)
{
    v1::PushedChange p;
    auto *c = p.mutable_change();
    c->set_entity(entity);
    c->set_record_id(recordId);
    c->set_scope(scope);
    c->set_hlc(nextHlc().packed());
    c->set_device_id(deviceId);
    c->set_op(v1::FieldChange::OP_DELETE);
    p.set_base_seq(watermark);
    return p;
}

std::vector<v1::PushedChange> TestDevice::shareWith(const std::string &household,
                                                    const std::string &colleagueId,
                                                    const std::string &shareId, std::string *consentId)
{
    const std::string consent = newId();
    if (consentId)
        *consentId = consent;
    return {set("consent", consent, "household_id", household, household),
            set("consent", consent, "shared_with", std::string("collega"), household),
            set("consent", consent, "colleague_id", colleagueId, household),
            set("consent", consent, "given_on", std::string("2026-11-02"), household),
            set("household_share", shareId, "household_id", household, household),
            set("household_share", shareId, "user_id", colleagueId, household),
            set("household_share", shareId, "consent_id", consent, household)};
}

v1::PushRequest TestDevice::request(const std::vector<v1::PushedChange> &changes, std::uint64_t batchSeq)
{
    v1::PushRequest r;
    r.set_protocol_version(kProtocol);
    r.set_device_id(deviceId);
    r.set_batch_seq(batchSeq);
    for (const auto &c : changes)
        *r.add_changes() = c;
    return r;
}

HttpResult TestDevice::pushRaw(const v1::PushRequest &request)
{
    return httpPost(port, "/v1/push", request.SerializeAsString(), token);
}

v1::PushReply TestDevice::push(const std::vector<v1::PushedChange> &changes, int *status,
                               std::uint64_t batchSeq)
{
    if (batchSeq == 0)
        batchSeq = nextBatch++;
    const HttpResult res = pushRaw(request(changes, batchSeq));
    if (status)
        *status = res.status;
    v1::PushReply reply;
    if (res.status == 200)
        reply.ParseFromString(res.body);
    return reply;
}

v1::PullPage TestDevice::pullPage(std::uint32_t limit, int *status, bool wantRecords)
{
    v1::PullRequest r;
    r.set_protocol_version(kProtocol);
    r.set_device_id(deviceId);
    r.set_cursor(cursor);
    r.set_limit(limit);
    r.set_want_records(wantRecords);
    const HttpResult res = httpPost(port, "/v1/pull", r.SerializeAsString(), token);
    if (status)
        *status = res.status;
    v1::PullPage page;
    if (res.status == 200 && page.ParseFromString(res.body)) {
        cursor = page.next_cursor();
        watermark = page.watermark();
    }
    return page;
}

std::vector<v1::FieldChange> TestDevice::pullAll(std::uint32_t limit)
{
    std::vector<v1::FieldChange> out;
    for (int i = 0; i < 100000; ++i) {
        int status = 0;
        const auto page = pullPage(limit, &status);
        if (status != 200)
            break;
        for (const auto &c : page.changes())
            out.push_back(c);
        if (!page.has_more())
            break;
    }
    return out;
}

void Replica::apply(const std::vector<v1::FieldChange> &changes)
{
    for (const auto &c : changes) {
        if (c.op() == v1::FieldChange::OP_DELETE) {
            if (c.entity() == "household") {
                for (auto it = m_records.begin(); it != m_records.end();)
                    it = it->second.scope == c.record_id() ? m_records.erase(it) : std::next(it);
            }
            m_records.erase(c.record_id());
            continue;
        }
        auto &r = m_records[c.record_id()];
        r.entity = c.entity();
        r.scope = c.scope();
        r.fields[c.field()] = c;
    }
}

std::string Replica::text(const std::string &recordId, const std::string &field) const
{
    auto it = m_records.find(recordId);
    if (it == m_records.end())
        return "<no record>";
    auto f = it->second.fields.find(field);
    if (f == it->second.fields.end())
        return "<no field>";
    return f->second.value().text();
}

std::string Replica::dump() const
{
    std::string out;
    for (const auto &[id, r] : m_records) {
        for (const auto &[field, c] : r.fields)
            out += r.entity + " " + id + " " + field + " = " + c.value().ShortDebugString() + "\n";
    }
    return out;
}

std::vector<std::string> Replica::ids(const std::string &entity) const
{
    std::vector<std::string> out;
    for (const auto &[id, r] : m_records) {
        if (r.entity == entity)
            out.push_back(id);
    }
    return out;
}

} // namespace brugboek::testing

namespace brugboek::testing {

QString TeamServer::setUp(const QString &dataDir, const QStringList &serveArgs)
{
    m_store = freshStore(dataDir + "/store");
    if (!m_store.failReason.isEmpty() || !m_store.skipReason.isEmpty())
        return QStringLiteral("store not available");
    m_server = std::make_unique<ServerProcess>(m_store.storeArgs, dataDir);
    const QString pw = QString::fromStdString(kPassword);
    const QList<QStringList> commands = {
        {"init", "--team", "Noord"},
        {"team", "add", "Zuid"},
        {"user", "add", "amina", "--name", "Amina", "--role", "worker", "--team", "Noord", "--password", pw},
        {"user", "add", "bram", "--name", "Bram", "--role", "worker", "--team", "Noord", "--password", pw},
        {"user", "add", "cora", "--name", "Cora", "--role", "coordinator", "--team", "Noord", "--password",
         pw},
        {"user", "add", "zeno", "--name", "Zeno", "--role", "worker", "--team", "Zuid", "--password", pw},
    };
    for (const auto &args : commands) {
        QByteArray out;
        if (m_server->admin(args, &out) != 0)
            return QStringLiteral("admin command failed: ") + args.join(' ') + ": " + QString::fromUtf8(out);
    }
    m_server->setServeArgs(serveArgs);
    if (!m_server->start())
        return QStringLiteral("the server did not start: ") + m_server->output();
    return {};
}

} // namespace brugboek::testing
