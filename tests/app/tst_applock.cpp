// The app lock as the app wires it (real SQLCipher store, PIN-wrapped key,
// no keystore): PIN setup, fail closed, wrong PINs -> wiped, idle -> locked,
// the offline lease (locked, then wiped; a clock set back does not extend
// it), PIN change, a wipe the worker asks for.

#include "app/store/repository.h"
#include "platform/developmentkeyprovider.h"
#include "support/lockfixture.h"
#include "sync/client/lease.h"

#include <brugboek/v1/sync.pb.h>

#include <QSignalSpy>
#include <QTest>

using namespace brugboek;
using app::AppLock;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;

void addHousehold(test::LockFixture &f, const QString &name)
{
    store::Household h;
    h.displayName = name;
    store::Repository(*f.context.store()).save(h);
}

// As if the device had enrolled and heard this policy from its server at `atMs`.
void setLease(test::LockFixture &f, int lockDays, int wipeDays, qint64 atMs)
{
    v1::TeamPolicy policy;
    policy.set_lease_lock_days(static_cast<std::uint32_t>(lockDays));
    policy.set_lease_wipe_days(static_cast<std::uint32_t>(wipeDays));
    client::lease::storePolicy(f.context.store()->db(), policy);
    client::lease::recordContact(f.context.store()->db(), atMs);
}
} // namespace

class TestAppLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartSetsUpAPin()
    {
        test::LockFixture f;
        QCOMPARE(f.lock->state(), AppLock::Setup);
        QVERIFY(!f.context.storeOpen());
        QVERIFY(!f.lock->setUpPin(QStringLiteral("123"), QStringLiteral("123"))); // too short
        QVERIFY(!f.lock->message().isEmpty());
        QVERIFY(!f.lock->setUpPin(test::TestPin, QStringLiteral("482917"))); // not the same
        QCOMPARE(f.lock->state(), AppLock::Setup);
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Unlocked);
        QVERIFY(f.context.storeOpen());
        QVERIFY(QFile::exists(f.dbPath()));
        QVERIFY(QFile::exists(f.path(platform::PinKeyProvider::KeyFileName)));
        QVERIFY(!QFile::exists(f.path("database.key"))); // no plain key anywhere
    }

    void withoutThePinTheDataStaysClosed()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        addHousehold(f, QStringLiteral("Haddad"));
        f.restartLock(); // no keystore, no PIN typed
        QCOMPARE(f.lock->state(), AppLock::Locked);
        QVERIFY(!f.context.storeOpen());
        QVERIFY(!f.context.openStore(f.keys, {}, f.clock));
        QVERIFY(!f.context.storeOpen());
        // The key file without the PIN gives nothing; the database is intact.
        QVERIFY(f.lock->unlock(test::TestPin));
        QVERIFY(f.context.storeOpen());
        QCOMPARE(f.context.store()->db().scalar("SELECT count(*) FROM household").toInt(), 1);
    }

    void dataWithoutAKeyIsUnavailableNotReplaced()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        f.restartLock();
        QFile::remove(f.path(platform::PinKeyProvider::KeyFileName));
        const qint64 size = QFileInfo(f.dbPath()).size();
        f.restartLock();
        QCOMPARE(f.lock->state(), AppLock::Unavailable);
        QVERIFY(!f.context.storeOpen());
        QVERIFY(!f.context.errorText().isEmpty());
        QCOMPARE(QFileInfo(f.dbPath()).size(), size);
    }

    void wrongPinKTimesWipesTheDevice()
    {
        test::LockFixture f(4);
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        addHousehold(f, QStringLiteral("Haddad"));
        // Something of the worker's own in a folder given with --data-dir:
        // the wipe takes Brugboek's files only.
        QFile own(QDir(f.dir.path()).filePath(QStringLiteral("boodschappen.txt")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("melk");
        own.close();
        f.lock->lockNow();
        QCOMPARE(f.lock->state(), AppLock::Locked);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!f.lock->unlock(QStringLiteral("000000")));
            QCOMPARE(f.lock->state(), AppLock::Locked);
            QCOMPARE(f.lock->attemptsLeft(), 3 - i);
            QVERIFY(!f.lock->message().isEmpty());
        }
        QVERIFY(QFile::exists(f.dbPath()));
        QVERIFY(!f.lock->unlock(QStringLiteral("000000")));
        QCOMPARE(f.lock->state(), AppLock::Wiped);
        QCOMPARE(f.lock->wipeReason(), AppLock::TooManyWrongPins);
        QVERIFY(!f.context.storeOpen());
        // Database, log, index, key, counter: all gone; only the marker that
        // makes the next start say what happened, and the worker's own file.
        QCOMPARE(f.files(),
                 (QStringList {QStringLiteral("boodschappen.txt"), QLatin1String(AppLock::WipedMarkerName)}));
        // The right PIN now opens nothing.
        QVERIFY(!f.lock->unlock(test::TestPin));

        // After a restart the page still says so; then a fresh start.
        f.restartLock();
        QCOMPARE(f.lock->state(), AppLock::Wiped);
        QCOMPARE(f.lock->wipeReason(), AppLock::TooManyWrongPins);
        f.lock->startAgain();
        QCOMPARE(f.lock->state(), AppLock::Setup);
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        QCOMPARE(f.context.store()->db().scalar("SELECT count(*) FROM household").toInt(), 0);
    }

    void idleLocksAndClearsTheKey()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        QSignalSpy changed(f.lock.get(), &AppLock::stateChanged);
        f.lock->setIdleTimeoutMs(30);
        QTRY_COMPARE(f.lock->state(), AppLock::Locked);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!f.keys.unlocked());
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, f.keys.loadKey());
        QVERIFY(f.lock->unlock(test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Unlocked);
        // Locked again by the same timer, restarted on unlock.
        QTRY_COMPARE(f.lock->state(), AppLock::Locked);
    }

    void leaseExpiryLocksThenWipes()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        addHousehold(f, QStringLiteral("Haddad"));
        setLease(f, 3, 7, test::FixedNowMs);
        f.lock->lockNow();

        f.clock.set(test::FixedNowMs + 2 * DayMs);
        QVERIFY(f.lock->unlock(test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Unlocked);
        f.lock->lockNow();

        // Past the lock days: the server must confirm the worker first.
        f.clock.set(test::FixedNowMs + 4 * DayMs);
        QVERIFY(!f.lock->unlock(test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Reauthenticate);
        QVERIFY(!f.lock->message().isEmpty());
        f.lock->lockNow();
        QCOMPARE(f.lock->state(), AppLock::Locked);

        // A clock set back does not extend the lease.
        f.clock.set(test::FixedNowMs + 1 * DayMs);
        QVERIFY(!f.lock->unlock(test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Reauthenticate);
        f.lock->lockNow();

        // Past the wipe days: wiped at the next unlock.
        f.clock.set(test::FixedNowMs + 8 * DayMs);
        QVERIFY(!f.lock->unlock(test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Wiped);
        QCOMPARE(f.lock->wipeReason(), AppLock::LeaseExpired);
        QCOMPARE(f.files(), QStringList {QLatin1String(AppLock::WipedMarkerName)});
    }

    void aClockSetBackFarStillCountsFromTheHighestTimeSeen()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        setLease(f, 3, 7, test::FixedNowMs);
        auto &db = f.context.store()->db();
        QCOMPARE(client::lease::check(db, test::FixedNowMs + 1 * DayMs).state, client::lease::State::Ok);
        QCOMPARE(client::lease::check(db, test::FixedNowMs + 5 * DayMs).state,
                 client::lease::State::NeedsReauthentication);
        // Back to before the last contact: still 5 days.
        const auto back = client::lease::check(db, test::FixedNowMs - 30 * DayMs);
        QCOMPARE(back.state, client::lease::State::NeedsReauthentication);
        QCOMPARE(back.sinceContactMs, 5 * DayMs);
        // A contact recorded with the clock set back counts from the high-water mark.
        client::lease::recordContact(db, test::FixedNowMs - 30 * DayMs);
        QCOMPARE(client::lease::lastContactMs(db), test::FixedNowMs + 5 * DayMs);
        QCOMPARE(client::lease::check(db, test::FixedNowMs + 6 * DayMs).state, client::lease::State::Ok);
        // No policy: no limit.
        setLease(f, 0, 0, test::FixedNowMs + 6 * DayMs);
        QCOMPARE(client::lease::check(db, test::FixedNowMs + 600 * DayMs).state, client::lease::State::Ok);
    }

    void aChangedPinIsTheOneThatUnlocks()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        QVERIFY(!f.lock->changePin(QStringLiteral("999999"), QStringLiteral("nieuw-123"),
                                   QStringLiteral("nieuw-123")));
        QVERIFY(!f.lock->changePin(test::TestPin, QStringLiteral("nieuw-123"), QStringLiteral("nieuw-124")));
        QSignalSpy changed(f.lock.get(), &AppLock::pinChanged);
        QVERIFY(f.lock->changePin(test::TestPin, QStringLiteral("nieuw-123"), QStringLiteral("nieuw-123")));
        QCOMPARE(changed.count(), 1);
        f.lock->lockNow();
        QVERIFY(!f.lock->unlock(test::TestPin));
        QVERIFY(f.lock->unlock(QStringLiteral("nieuw-123")));
    }

    // A data folder of an earlier version (plain database.key beside the
    // database, e.g. from brugboek-datagen) is taken over at the PIN setup.
    void aPlainKeyOfAnEarlierVersionIsWrappedAndDeleted()
    {
        test::LockFixture f;
        {
            platform::DevelopmentKeyProvider legacy(f.path("database.key"));
            auto store = store::Store::open(f.dir.path(), legacy, f.clock);
            store::Household h;
            h.displayName = QStringLiteral("Haddad");
            store::Repository(*store).save(h);
        }
        f.restartLock();
        QCOMPARE(f.lock->state(), AppLock::Setup);
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        QCOMPARE(f.context.store()->db().scalar("SELECT count(*) FROM household").toInt(), 1);
        QVERIFY(!QFile::exists(f.path("database.key")));
        f.restartLock();
        QCOMPARE(f.lock->state(), AppLock::Locked);
        QVERIFY(f.lock->unlock(test::TestPin));
        QCOMPARE(f.context.store()->db().scalar("SELECT count(*) FROM household").toInt(), 1);
    }

    // With a keystore the store opens at start (sync and the lease run
    // behind the lock), but the screen stays locked until the PIN; a lease
    // run out wipes at start, before any PIN; a wipe removes the keystore entry.
    void aKeystoreOpensTheStoreButNotTheScreen()
    {
        test::LockFixture::MemoryKeystore keystore;
        test::LockFixture f(5, &keystore);
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        QVERIFY(!keystore.secret.isEmpty());
        setLease(f, 3, 7, test::FixedNowMs);
        f.restartLock();
        QCOMPARE(f.lock->state(), AppLock::Locked);
        QVERIFY(f.context.storeOpen());
        QVERIFY(!f.lock->unlock(QStringLiteral("000000")));
        QCOMPARE(f.lock->state(), AppLock::Locked);
        QVERIFY(f.lock->unlock(test::TestPin));
        QCOMPARE(f.lock->state(), AppLock::Unlocked);

        f.clock.set(test::FixedNowMs + 8 * DayMs);
        f.restartLock();
        QCOMPARE(f.lock->state(), AppLock::Wiped);
        QCOMPARE(f.lock->wipeReason(), AppLock::LeaseExpired);
        QVERIFY(keystore.secret.isEmpty());
        QCOMPARE(f.files(), QStringList {QLatin1String(AppLock::WipedMarkerName)});
    }

    void theWorkerCanEraseTheDevice()
    {
        test::LockFixture f;
        QVERIFY(f.lock->setUpPin(test::TestPin, test::TestPin));
        addHousehold(f, QStringLiteral("Haddad"));
        QFile settings(f.path(AppLock::SettingsFileName));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=fr\n");
        settings.close();
        f.lock->wipeNow();
        QCOMPARE(f.lock->state(), AppLock::Wiped);
        QCOMPARE(f.lock->wipeReason(), AppLock::Requested);
        // The language choice is no personal data and stays.
        QCOMPARE(f.files(),
                 (QStringList {QLatin1String(AppLock::SettingsFileName),
                               QLatin1String(AppLock::WipedMarkerName)}));
    }
};

QTEST_GUILESS_MAIN(TestAppLock)
#include "tst_applock.moc"
