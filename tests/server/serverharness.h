#pragma once

// The server tests' harness: a real brugboek-server process on loopback
// (port 0 + --port-file), its admin CLI, and small test devices that speak
// the protocol over HTTP.

#include <brugboek/v1/sync.pb.h>

#include "sync/core/change.h"
#include "sync/core/hlc.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace brugboek::testing {

// Which store the suite runs on: BRUGBOEK_TEST_BACKEND=sqlite (default) or
// postgres (with BRUGBOEK_TEST_POSTGRES_URL).
struct StoreSetup
{
    QString backend;
    QStringList storeArgs; // --data DIR or --postgres URL of a fresh store
    QString skipReason; // set when the backend is not available here
    QString failReason; // set when it must be available (CI) but is not
};
StoreSetup freshStore(const QString &dataDir);

// Runs one SQL statement on the store directly, around the server (SQLite:
// the sqlite3 shell; PostgreSQL: libpqxx). False with *error when it fails.
bool runStoreSql(const StoreSetup &setup, const std::string &sql, std::string *error);
// The first column of the first row of a query on the store, as text.
std::string queryStore(const StoreSetup &setup, const std::string &sql);
// The same, every line of the answer (SQLite: the sqlite3 shell's output;
// PostgreSQL: the first column of every row).
std::string queryStoreLines(const StoreSetup &setup, const std::string &sql);

// Use in initTestCase: skips or fails the suite when the store is missing.
#define BRUGBOEK_REQUIRE_STORE(setup)                                                                        \
    do {                                                                                                     \
        if (!(setup).failReason.isEmpty())                                                                   \
            QFAIL(qPrintable((setup).failReason));                                                           \
        if (!(setup).skipReason.isEmpty())                                                                   \
            QSKIP(qPrintable((setup).skipReason));                                                           \
    } while (false)

class ServerProcess
{
public:
    explicit ServerProcess(QStringList storeArgs, QString workDir);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool start();
    // Options added to `serve` from the next start() on (TLS, limits).
    void setServeArgs(QStringList args) { m_serveArgs = std::move(args); }
    void kill9();
    // SIGTERM; returns the exit code, or -1 when it did not stop cleanly.
    int terminate();
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString output() const { return QString::fromUtf8(m_output); }

    // Runs the admin CLI on the same store; returns the exit code.
    int admin(const QStringList &args, QByteArray *out = nullptr, const QByteArray &input = {});
    static int run(const QStringList &args, QByteArray *out = nullptr, const QByteArray &input = {});

private:
    QStringList m_storeArgs;
    QStringList m_serveArgs;
    QString m_workDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    int m_port = 0;
};

struct HttpResult
{
    int status = 0;
    std::string body;
    std::string retryAfter;
    std::string error; // why there is no reply (status 0)
};

HttpResult httpPost(int port, const std::string &path, const std::string &body,
                    const std::string &token = {});
HttpResult httpGet(int port, const std::string &path);
v1::Error parseError(const HttpResult &r);

std::string newId();
sync::Hlc nowHlc(std::uint16_t counter = 0);

// A device of the test: enrols, pushes batches, pulls pages.
inline constexpr unsigned kShareChanges = 7;

class TestDevice
{
public:
    explicit TestDevice(int port, std::string deviceId = newId());

    HttpResult enrol(const std::string &username, const std::string &password,
                     const std::string &name = "test device");
    bool enrolOk(const std::string &username, const std::string &password);

    // A change of this device, timestamped now by its clock.
    v1::PushedChange set(const std::string &entity, const std::string &recordId, const std::string &field,
                         const sync::Value &value, const std::string &scope = {});
    v1::PushedChange purge(const std::string &entity, const std::string &recordId,
                           const std::string &scope = {});
    // A share of the household with a colleague as a device writes it: a
    // consent of the household covering that colleague (its id in
    // *consentId), then the share naming it. kShareChanges changes.
    std::vector<v1::PushedChange> shareWith(const std::string &household, const std::string &colleagueId,
                                            const std::string &shareId, std::string *consentId = nullptr);
    sync::Hlc nextHlc();

    // Pushes one batch (the next batch_seq unless given); status in *status.
    v1::PushReply push(const std::vector<v1::PushedChange> &changes, int *status = nullptr,
                       std::uint64_t batchSeq = 0);
    HttpResult pushRaw(const v1::PushRequest &request);
    v1::PushRequest request(const std::vector<v1::PushedChange> &changes, std::uint64_t batchSeq);

    // One page from the stored cursor (the per-record form with
    // wantRecords); advances cursor and watermark.
    v1::PullPage pullPage(std::uint32_t limit = 1000, int *status = nullptr, bool wantRecords = false);
    // Pulls until has_more is false; returns every change in order.
    std::vector<v1::FieldChange> pullAll(std::uint32_t limit = 1000);

    std::string deviceId;
    std::string token;
    std::string userId;
    std::string cursor;
    std::uint64_t watermark = 0;
    std::uint64_t nextBatch = 1;
    int port;

private:
    std::int64_t m_lastWall = 0;
    std::uint16_t m_counter = 0;
};

// Records as a device would hold them after applying pulled changes.
class Replica
{
public:
    void apply(const std::vector<v1::FieldChange> &changes);
    [[nodiscard]] bool has(const std::string &recordId) const { return m_records.count(recordId) > 0; }
    [[nodiscard]] std::string text(const std::string &recordId, const std::string &field) const;
    [[nodiscard]] std::size_t size() const { return m_records.size(); }
    [[nodiscard]] std::vector<std::string> ids(const std::string &entity) const;
    // Every record and field value, one per line, for comparing replicas.
    [[nodiscard]] std::string dump() const;

private:
    struct Record
    {
        std::string entity;
        std::string scope;
        std::map<std::string, v1::FieldChange> fields;
    };
    std::map<std::string, Record> m_records;
};

} // namespace brugboek::testing

namespace brugboek::testing {

inline const std::string kPassword = "wachtwoord-1";

// A store with two teams and a server on it: Noord with workers amina and
// bram and coordinator cora; Zuid with worker zeno. Use in initTestCase.
class TeamServer
{
public:
    // Returns an empty string when ready, else why not (the setup's
    // skip/fail reasons are in store()).
    QString setUp(const QString &dataDir, const QStringList &serveArgs = {});
    [[nodiscard]] const StoreSetup &store() const { return m_store; }
    [[nodiscard]] ServerProcess &server() { return *m_server; }
    [[nodiscard]] int port() const { return m_server->port(); }

private:
    StoreSetup m_store;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace brugboek::testing
