// A lost device (issue 5, item 3) and the offline lease against the real
// brugboek-server: an administrator revokes the device, and its next sync
// wipes database, key and sync state and says so; a device past its lease is
// confirmed by the server with the worker's password; a device that holds one
// worker's data does not enrol as another.

#include "app/store/repository.h"
#include "app/storesession.h"
#include "support/lockfixture.h"
#include "support/serverprocess.h"
#include "sync/client/curltransport.h"
#include "sync/client/lease.h"
#include "sync/client/syncengine.h"

#include <brugboek/v1/sync.pb.h>

#include <QSignalSpy>
#include <QTest>

using namespace brugboek;
using app::AppLock;
using client::SyncService;
using test::ServerProcess;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

// The lock fixture with a real SyncService (CurlTransport, its own store
// connection on the worker thread), as main() makes it.
struct Device : test::LockFixture
{
    Device()
    {
        clock.set(QDateTime::currentMSecsSinceEpoch());
        makeService = [this] {
            SyncService::Options options;
            options.debounceMs = 50;
            options.periodicMs = 60'000;
            options.retry = {200, 1'000};
            const QString data = dir.path();
            auto sessions = [this, data] {
                return std::make_unique<app::StoreSession>(store::Store::open(data, keys));
            };
            auto transports = [](const QString &url) -> std::unique_ptr<client::Transport> {
                client::CurlTransport::Options o;
                o.baseUrl = url.toStdString();
                o.connectTimeoutMs = 2'000;
                o.totalTimeoutMs = 10'000;
                return std::make_unique<client::CurlTransport>(o);
            };
            return std::make_unique<SyncService>(sessions, transports, options);
        };
        QVERIFY(lock->setUpPin(test::TestPin, test::TestPin));
    }

    void enrol(const ServerProcess &server, const QString &user)
    {
        QSignalSpy enrolled(service.get(), &SyncService::enrolFinished);
        service->enrol(server.url(), user, ServerProcess::password(), QStringLiteral("tablet"));
        QTRY_COMPARE(enrolled.count(), 1);
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(service->errorDetail()));
        QTRY_COMPARE(service->state(), SyncService::State::UpToDate);
    }

    void addHousehold(const QString &name)
    {
        store::Household h;
        h.displayName = name;
        store::Repository(*context.store()).save(h);
        service->localChangesMade();
    }
};
} // namespace

class TestDeviceWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ServerProcess probe;
        BRUGBOEK_REQUIRE_STORE(probe.setup());
    }

    void aRevokedDeviceIsWipedOnItsNextSync()
    {
        ServerProcess server;
        server.setUpTeam({QStringLiteral("amina")});
        QVERIFY(server.start());
        Device d;
        d.enrol(server, QStringLiteral("amina"));
        if (QTest::currentTestFailed())
            return;
        d.addHousehold(QStringLiteral("Haddad"));
        QTRY_COMPARE(d.service->pendingChanges(), 0);
        QTRY_COMPARE(d.service->state(), SyncService::State::UpToDate);
        // The contact with the server was recorded (for the lease).
        QVERIFY(client::lease::lastContactMs(d.context.store()->db()) > 0);

        const QString deviceId = d.context.store()->changes().deviceId();
        QVERIFY(!server.admin({QStringLiteral("device"), QStringLiteral("revoke"), deviceId})
                     .startsWith(QLatin1String("<failed>")));
        d.lock->lockNow(); // behind the lock screen too
        d.service->syncNow();
        QTRY_COMPARE(d.lock->state(), AppLock::Wiped);
        QCOMPARE(d.lock->wipeReason(), AppLock::DeviceRevoked);
        QVERIFY(!d.service); // sync stopped, its connection closed
        QVERIFY(!d.context.storeOpen());
        QVERIFY(!d.keys.pinSet());
        QCOMPARE(d.files(), QStringList {QLatin1String(AppLock::WipedMarkerName)});

        // Set up again: an empty store, not enrolled (no token, no cursor).
        d.lock->startAgain();
        QVERIFY(d.lock->setUpPin(test::TestPin, test::TestPin));
        QCOMPARE(d.context.store()->db().scalar("SELECT count(*) FROM household").toInt(), 0);
        QVERIFY(client::SyncEngine::enrolmentOf(d.context.store()->db()).serverUrl.isEmpty());
    }

    void aDevicePastItsLeaseIsConfirmedByTheServer()
    {
        ServerProcess server;
        server.setUpTeam({QStringLiteral("amina")});
        QVERIFY(server.start());
        Device d;
        d.enrol(server, QStringLiteral("amina"));
        if (QTest::currentTestFailed())
            return;
        auto &db = d.context.store()->db();
        // The team's policy as the server sends it (set here, so that the
        // test does not depend on the server's settings).
        v1::TeamPolicy policy;
        policy.set_lease_lock_days(3);
        policy.set_lease_wipe_days(30);
        client::lease::storePolicy(db, policy);
        const qint64 contact = client::lease::lastContactMs(db);
        QVERIFY(contact > 0);

        d.lock->lockNow();
        d.clock.set(contact + 4 * DayMs);
        QVERIFY(!d.lock->unlock(test::TestPin));
        QCOMPARE(d.lock->state(), AppLock::Reauthenticate);
        QCOMPARE(d.lock->username(), QStringLiteral("amina"));

        // A wrong password: still locked, said why.
        d.lock->reauthenticate(QStringLiteral("amina"), QStringLiteral("fout"));
        QTRY_VERIFY(!d.lock->busy());
        QCOMPARE(d.lock->state(), AppLock::Reauthenticate);
        QVERIFY(!d.lock->message().isEmpty());

        // The server confirms the worker; the contact is recorded at the
        // device's time, so the lease runs again from now.
        d.lock->reauthenticate(QStringLiteral("amina"), ServerProcess::password());
        QTRY_COMPARE(d.lock->state(), AppLock::Unlocked);
        QVERIFY(client::lease::lastContactMs(d.context.store()->db()) >= contact + 4 * DayMs);
    }

    void aDeviceWithOneWorkersDataDoesNotEnrolAsAnother()
    {
        ServerProcess server;
        server.setUpTeam({QStringLiteral("amina"), QStringLiteral("bram")});
        QVERIFY(server.start());
        Device d;
        d.enrol(server, QStringLiteral("amina"));
        if (QTest::currentTestFailed())
            return;
        d.addHousehold(QStringLiteral("Haddad"));
        QTRY_COMPARE(d.service->pendingChanges(), 0);

        QSignalSpy enrolled(d.service.get(), &SyncService::enrolFinished);
        d.service->enrol(server.url(), QStringLiteral("bram"), ServerProcess::password(),
                         QStringLiteral("tablet"));
        QTRY_COMPARE(enrolled.count(), 1);
        QCOMPARE(enrolled.at(0).at(0).toBool(), false);
        QCOMPARE(d.service->errorKind(), SyncService::ErrorKind::OtherUser);
        QCOMPARE(client::SyncEngine::enrolmentOf(d.context.store()->db()).displayName,
                 QStringLiteral("amina"));

        // Wiped first, the device enrols as bram and holds none of amina's data.
        d.lock->wipeNow();
        d.lock->startAgain();
        QVERIFY(d.lock->setUpPin(test::TestPin, test::TestPin));
        QVERIFY(d.service);
        d.enrol(server, QStringLiteral("bram"));
        QCOMPARE(d.context.store()->db().scalar("SELECT count(*) FROM household").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceWipe)
#include "tst_devicewipe.moc"
