// The SyncService as the app uses it: on its worker thread, with its own
// store connection, against the real server; state for the UI, retries on
// a timer after the server was gone, revocation.

#include "app/store/repository.h"
#include "app/storesession.h"
#include "support/serverprocess.h"
#include "support/teststore.h"
#include "sync/client/curltransport.h"
#include "sync/client/syncservice.h"

#include <brugboek/v1/sync.pb.h>

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace brugboek;
using client::SyncService;
using test::ServerProcess;

namespace {
struct Fixture
{
    test::TestStore t;
    std::unique_ptr<SyncService> service;

    Fixture()
    {
        t.clock.set(QDateTime::currentMSecsSinceEpoch());
        SyncService::Options options;
        options.debounceMs = 50;
        options.periodicMs = 60'000;
        options.retry = {200, 1'000};
        auto sessions = [this] {
            return std::make_unique<app::StoreSession>(store::Store::open(t.dir.path(), t.keys));
        };
        auto transports = [](const QString &url) -> std::unique_ptr<client::Transport> {
            client::CurlTransport::Options o;
            o.baseUrl = url.toStdString();
            o.connectTimeoutMs = 2'000;
            o.totalTimeoutMs = 10'000;
            return std::make_unique<client::CurlTransport>(o);
        };
        service = std::make_unique<SyncService>(sessions, transports, options);
    }

    // Starts the service and enrols it as amina; the first sync is done after.
    void enrolAndSync(const ServerProcess &server)
    {
        service->start();
        QSignalSpy enrolled(service.get(), &SyncService::enrolFinished);
        service->enrol(server.url(), QStringLiteral("amina"), ServerProcess::password(),
                       QStringLiteral("tablet"));
        QTRY_COMPARE(enrolled.count(), 1);
        QTRY_COMPARE(service->state(), SyncService::State::UpToDate);
    }

    void addHousehold(const QString &name)
    {
        store::Household h;
        h.displayName = name;
        store::Repository(*t.store).save(h);
        service->localChangesMade();
    }
};
} // namespace

// A server that always has one more page (one new household each).
class EndlessPages final : public client::Transport
{
public:
    explicit EndlessPages(std::atomic<int> &pulls)
        : m_pulls(pulls)
    {
    }
    client::HttpResponse post(const std::string &path, const std::string &, const std::string &) override
    {
        client::HttpResponse r;
        r.status = 200;
        if (path == "/v1/enrol") {
            v1::EnrolReply reply;
            reply.set_token("token");
            reply.set_user_id("u1");
            r.body = reply.SerializeAsString();
            return r;
        }
        const int n = ++m_pulls;
        v1::PullPage page;
        auto *c = page.add_changes();
        c->set_entity("household");
        c->set_record_id("h" + std::to_string(n));
        c->set_scope(c->record_id());
        c->set_field("display_name");
        c->mutable_value()->set_text("Gezin " + std::to_string(n));
        c->set_hlc(sync::Hlc(test::FixedNowMs, 1).packed());
        c->set_device_id("server");
        page.set_next_cursor("c" + std::to_string(n));
        page.set_has_more(true);
        r.body = page.SerializeAsString();
        return r;
    }

private:
    std::atomic<int> &m_pulls;
};

class TestSyncService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The app quits during a long pull (an initial one): the service's
    // destructor ends it at the next page instead of waiting for the end
    // (here there is none); what was applied stays, with its cursor.
    void destroyingTheServiceEndsAPullUnderWay()
    {
        test::TestStore t;
        std::atomic<int> pulls {0};
        SyncService::Options options;
        options.debounceMs = 50;
        auto sessions = [&t] {
            return std::make_unique<app::StoreSession>(store::Store::open(t.dir.path(), t.keys));
        };
        auto transports = [&pulls](const QString &) -> std::unique_ptr<client::Transport> {
            return std::make_unique<EndlessPages>(pulls);
        };
        auto service = std::make_unique<SyncService>(sessions, transports, options);
        service->start();
        QSignalSpy enrolled(service.get(), &SyncService::enrolFinished);
        service->enrol(QStringLiteral("http://endless.invalid"), QStringLiteral("amina"),
                       QStringLiteral("pw"), QStringLiteral("tablet"));
        QTRY_COMPARE(enrolled.count(), 1);
        service->syncNow();
        QTRY_VERIFY(pulls.load() > 5); // the pull is under way
        service.reset(); // returns: the pull stopped
        const int households = t.store->db().scalar("SELECT count(*) FROM household").toInt();
        QVERIFY(households >= 5);
        QCOMPARE(t.store->db().scalar("SELECT value FROM sync_state WHERE key = 'cursor'").toString(),
                 QStringLiteral("c%1").arg(households));
    }

    void initTestCase()
    {
        ServerProcess probe;
        BRUGBOEK_REQUIRE_STORE(probe.setup());
    }

    void enrolsSyncsAndReportsUpToDate()
    {
        ServerProcess server;
        server.setUpTeam({QStringLiteral("amina")});
        QVERIFY(server.start());
        Fixture f;
        f.service->start();
        QTRY_COMPARE(f.service->state(), SyncService::State::NotEnrolled);
        QVERIFY(!f.service->enrolled());

        QSignalSpy enrolled(f.service.get(), &SyncService::enrolFinished);
        f.service->enrol(server.url(), QStringLiteral("amina"), QStringLiteral("fout"),
                         QStringLiteral("tablet"));
        QTRY_COMPARE(enrolled.count(), 1);
        QCOMPARE(enrolled.at(0).at(0).toBool(), false);
        QCOMPARE(f.service->errorKind(), SyncService::ErrorKind::Unauthenticated);

        f.service->enrol(server.url(), QStringLiteral("amina"), ServerProcess::password(),
                         QStringLiteral("tablet"));
        QTRY_COMPARE(enrolled.count(), 2);
        QCOMPARE(enrolled.at(1).at(0).toBool(), true);
        QVERIFY(f.service->enrolled());
        QCOMPARE(f.service->serverUrl(), server.url());
        QTRY_COMPARE(f.service->state(), SyncService::State::UpToDate);
        QVERIFY(f.service->lastSuccess().isValid());

        // A local write goes out by itself, shortly after.
        f.addHousehold(QStringLiteral("Çelik"));
        QVERIFY(f.t.store->changes().pendingCount() > 0);
        QTRY_COMPARE(f.t.store->changes().pendingCount(), 0); // sent by the worker, without syncNow()
        QTRY_COMPARE(f.service->state(), SyncService::State::UpToDate);
        QCOMPARE(f.service->pendingChanges(), 0);
        QCOMPARE(f.t.store->changes().pendingCount(), 0);
    }

    void retriesByItselfWhenTheServerComesBack()
    {
        ServerProcess server;
        server.setUpTeam({QStringLiteral("amina")});
        QVERIFY(server.start());
        Fixture f;
        f.enrolAndSync(server);
        if (QTest::currentTestFailed())
            return;

        const int port = server.port();
        server.kill();
        f.addHousehold(QStringLiteral("Öztürk"));
        QTRY_COMPARE(f.service->state(), SyncService::State::Offline);
        QCOMPARE(f.service->errorKind(), SyncService::ErrorKind::NoNetwork);
        QVERIFY(f.service->pendingChanges() > 0);

        // No new write, no button: the backoff timer brings it home.
        QVERIFY(server.start(port));
        QTRY_COMPARE_WITH_TIMEOUT(f.service->state(), SyncService::State::UpToDate, 15'000);
        QCOMPARE(f.service->pendingChanges(), 0);
    }

    void aRevokedDeviceSaysSo()
    {
        ServerProcess server;
        server.setUpTeam({QStringLiteral("amina")});
        QVERIFY(server.start());
        Fixture f;
        f.enrolAndSync(server);
        if (QTest::currentTestFailed())
            return;

        QSignalSpy revoked(f.service.get(), &SyncService::deviceRevoked);
        server.admin({QStringLiteral("device"), QStringLiteral("revoke"), f.t.store->changes().deviceId()});
        f.service->syncNow();
        QTRY_COMPARE(revoked.count(), 1);
        QCOMPARE(f.service->state(), SyncService::State::Error);
        QCOMPARE(f.service->errorKind(), SyncService::ErrorKind::Revoked);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
