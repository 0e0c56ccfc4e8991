// The device's key provider: a random key stored only wrapped under the PIN
// (argon2id + XChaCha20-Poly1305) in a 0600 file of a fixed format; locked
// means no key (fail closed); wrong PINs are counted across restarts and the
// last allowed one destroys the key.

#include "app/store/store.h"
#include "platform/keystore.h"
#include "platform/pinkeyprovider.h"
#include "platform/securefile.h"
#include "support/testkeys.h"
#include "support/teststore.h"
#include "sync/client/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace brugboek;
using platform::PinKeyProvider;
namespace wk = platform::wrappedkey;

namespace {
// A keystore in memory, standing in for the platform's where the test checks
// that the key goes there and goes away with a wipe.
class MemoryKeystore final : public platform::Keystore
{
public:
    std::optional<QByteArray> read() override
    {
        return secret.isEmpty() ? std::nullopt : std::optional(secret);
    }
    bool write(const QByteArray &s) override
    {
        secret = s;
        return true;
    }
    void remove() override { secret.clear(); }
    QByteArray secret;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPinKeyProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapsTheKeyInAVersionedPrivateFile()
    {
        QTemporaryDir dir;
        PinKeyProvider keys(dir.path(), nullptr, test::fastKeyOptions(5));
        QVERIFY(!keys.pinSet());
        QVERIFY(!keys.loadKey()); // nothing made yet
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, keys.createKey()); // never without a PIN

        keys.setUp(test::TestPin);
        const QByteArray key = *keys.loadKey();
        QCOMPARE(key.size(), 32);
        const QByteArray file = readAll(keys.keyFilePath());
        QCOMPARE(file.size(), wk::FileSize);
        QCOMPARE(int(file.at(0)), wk::Version);
        QVERIFY(!file.contains(key)); // wrapped, not stored
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(keys.keyFilePath()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // Never replaced.
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, keys.setUp(QStringLiteral("anders-123")));

        // Two set-ups make two different keys and salts.
        QTemporaryDir other;
        PinKeyProvider keys2(other.path(), nullptr, test::fastKeyOptions(5));
        keys2.setUp(test::TestPin);
        QVERIFY(*keys2.loadKey() != key);
        QVERIFY(readAll(keys2.keyFilePath()).mid(17, 16) != file.mid(17, 16));
    }

    void lockedMeansNoKeyAndNoData()
    {
        QTemporaryDir dir;
        {
            PinKeyProvider keys(dir.path(), nullptr, test::fastKeyOptions(5));
            keys.setUp(test::TestPin);
            store::Store::open(dir.path(), keys); // creates the database
        }
        // A restart: no PIN typed, no keystore.
        PinKeyProvider keys(dir.path(), nullptr, test::fastKeyOptions(5));
        QVERIFY(keys.pinSet());
        QVERIFY(!keys.unlocked());
        QVERIFY(!keys.unlockWithKeystore());
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, keys.loadKey());
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, store::Store::open(dir.path(), keys));
        QCOMPARE(keys.unlock(test::TestPin), PinKeyProvider::Attempt::Unlocked);
        QVERIFY(store::Store::open(dir.path(), keys));
        keys.lock();
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, keys.loadKey());
    }

    void wrongPinsAreCountedAcrossRestartsAndTheLastDestroysTheKey()
    {
        QTemporaryDir dir;
        MemoryKeystore keystore;
        {
            PinKeyProvider keys(dir.path(), &keystore, test::fastKeyOptions(4));
            keys.setUp(test::TestPin);
            QVERIFY(!keystore.secret.isEmpty());
            QCOMPARE(keys.unlock(QStringLiteral("000000")), PinKeyProvider::Attempt::WrongPin);
            QCOMPARE(keys.attemptsLeft(), 3);
            // A right PIN clears the count.
            QCOMPARE(keys.unlock(test::TestPin), PinKeyProvider::Attempt::Unlocked);
            QCOMPARE(keys.attemptsLeft(), 4);
            QCOMPARE(keys.unlock(QStringLiteral("000001")), PinKeyProvider::Attempt::WrongPin);
            QCOMPARE(keys.unlock(QStringLiteral("000002")), PinKeyProvider::Attempt::WrongPin);
        }
        PinKeyProvider keys(dir.path(), &keystore, test::fastKeyOptions(4));
        QCOMPARE(keys.attemptsLeft(), 2); // a restart does not reset it
        QCOMPARE(keys.unlock(QStringLiteral("000003")), PinKeyProvider::Attempt::WrongPin);
        QCOMPARE(keys.unlock(QStringLiteral("000004")), PinKeyProvider::Attempt::LimitReached);
        QVERIFY(!keys.pinSet());
        QVERIFY(!QFile::exists(keys.keyFilePath()));
        QVERIFY(keystore.secret.isEmpty());
        QVERIFY(!keys.unlocked());
    }

    void aChangedPinOpensTheSameKey()
    {
        QTemporaryDir dir;
        PinKeyProvider keys(dir.path(), nullptr, test::fastKeyOptions(5));
        keys.setUp(test::TestPin);
        const QByteArray key = *keys.loadKey();
        QCOMPARE(keys.changePin(QStringLiteral("fout-fout"), QStringLiteral("nieuwe-pin")),
                 PinKeyProvider::Attempt::WrongPin);
        QCOMPARE(keys.changePin(test::TestPin, QStringLiteral("nieuwe-pin")),
                 PinKeyProvider::Attempt::Unlocked);
        keys.lock();
        QCOMPARE(keys.unlock(test::TestPin), PinKeyProvider::Attempt::WrongPin);
        QCOMPARE(keys.unlock(QStringLiteral("nieuwe-pin")), PinKeyProvider::Attempt::Unlocked);
        QCOMPARE(*keys.loadKey(), key);
        QCOMPARE(keys.attemptsLeft(), 5);
    }

    void aDamagedKeyFileIsAnErrorOrAWrongPinNeverAKey()
    {
        QTemporaryDir dir;
        PinKeyProvider keys(dir.path(), nullptr, test::fastKeyOptions(100));
        keys.setUp(test::TestPin);
        keys.lock();
        const QByteArray good = readAll(keys.keyFilePath());
        for (int i = 0; i < good.size(); ++i) {
            QByteArray bad = good;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            try {
                const auto key = wk::unwrap(bad, test::TestPin.toUtf8());
                QVERIFY2(!key, qPrintable(QStringLiteral("byte %1 flipped still gave a key").arg(i)));
            } catch (const platform::KeyError &) {
                // version, size or limits: refused outright
            }
        }
        platform::writeFileAtomically(keys.keyFilePath(), good.left(50));
        QVERIFY_THROWS_EXCEPTION(platform::KeyError, keys.unlock(test::TestPin));
    }
};

QTEST_GUILESS_MAIN(TestPinKeyProvider)
#include "tst_pinkeyprovider.moc"
