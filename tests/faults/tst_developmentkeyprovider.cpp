// The development key file: 32 random bytes, mode 0600, never overwritten,
// and a damaged file is an error, never a fresh key.

#include "platform/developmentkeyprovider.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace brugboek;
using platform::DevelopmentKeyProvider;
using platform::KeyError;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

// Sets the process umask for one scope.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_old); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestDevelopmentKeyProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeyBeforeCreate()
    {
        QTemporaryDir dir;
        DevelopmentKeyProvider keys(dir.filePath(QStringLiteral("database.key")));
        QVERIFY(!keys.loadKey().has_value());
        QVERIFY(!QFile::exists(keys.keyFilePath()));
    }

    void keyIs32RandomBytes()
    {
        QTemporaryDir dir;
        QByteArrayList keys;
        for (int i = 0; i < 8; ++i) {
            DevelopmentKeyProvider provider(dir.filePath(QStringLiteral("key%1").arg(i)));
            const QByteArray key = provider.createKey();
            QCOMPARE(key.size(), 32);
            // What is on disk is exactly the key, nothing more.
            QFile f(provider.keyFilePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), key);
            QVERIFY2(!keys.contains(key), "two keys are equal");
            keys << key;
        }
        // 256 random bits: no key is a run of one byte, and together the keys
        // use many distinct byte values (8 * 32 random bytes hit ~160 of 256).
        QSet<char> distinct;
        for (const QByteArray &key : keys) {
            QVERIFY(key.count(key.at(0)) < 8);
            for (char c : key)
                distinct.insert(c);
        }
        QVERIFY2(distinct.size() > 100, qPrintable(QStringLiteral("%1 distinct bytes").arg(distinct.size())));
    }

    void fileModeIs0600()
    {
        // Even with an empty umask, the key file is for its owner only.
        for (mode_t mask : {mode_t(0), mode_t(022), mode_t(077)}) {
            Umask scoped(mask);
            QTemporaryDir dir;
            DevelopmentKeyProvider keys(dir.filePath(QStringLiteral("database.key")));
            keys.createKey();
            QCOMPARE(modeOf(keys.keyFilePath()), 0600);
            // The temporary file it was written through is gone.
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList {QStringLiteral("database.key")});
        }
    }

    void loadReturnsTheSameKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("database.key"));
        const QByteArray created = DevelopmentKeyProvider(path).createKey();
        // A new provider, as after a restart of the app.
        DevelopmentKeyProvider again(path);
        const auto loaded = again.loadKey();
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, created);
        QCOMPARE(*again.loadKey(), created);
    }

    void createRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("database.key"));
        DevelopmentKeyProvider keys(path);
        const QByteArray first = keys.createKey();
        QVERIFY_THROWS_EXCEPTION(KeyError, keys.createKey());
        QVERIFY_THROWS_EXCEPTION(KeyError, DevelopmentKeyProvider(path).createKey());
        QCOMPARE(*keys.loadKey(), first);
        QCOMPARE(modeOf(path), 0600);

        // A damaged key is not replaced either: the data it locks may be
        // recoverable from a backup of the key.
        writeFile(path, QByteArray(5, 'x'));
        QVERIFY_THROWS_EXCEPTION(KeyError, keys.createKey());
        QCOMPARE(QFile(path).size(), 5);
    }

    void staleTemporaryFileIsNoObstacle()
    {
        // A crash between writing the temporary file and linking it leaves it
        // behind; the next createKey must still work.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("database.key"));
        writeFile(path + QLatin1String(".tmp"), QByteArray(32, 'a'));
        DevelopmentKeyProvider keys(path);
        const QByteArray key = keys.createKey();
        QVERIFY(key != QByteArray(32, 'a'));
        QCOMPARE(*keys.loadKey(), key);
        QVERIFY(!QFile::exists(path + QLatin1String(".tmp")));
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte short") << QByteArray(31, '\x11');
        QTest::newRow("one byte long") << QByteArray(33, '\x11');
        QTest::newRow("hex text") << QByteArray(64, 'a');
    }

    void damagedKeyFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("database.key"));
        writeFile(path, content);
        DevelopmentKeyProvider keys(path);
        QVERIFY_THROWS_EXCEPTION(KeyError, keys.loadKey());
        // Failing closed: the file is left as it was.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void unreadableKeyFile()
    {
        // Something that exists but cannot be read as a key (root ignores
        // permissions, so a folder stands in for an unreadable file).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("database.key"));
        QVERIFY(QDir().mkdir(path));
        DevelopmentKeyProvider keys(path);
        QVERIFY_THROWS_EXCEPTION(KeyError, keys.loadKey());
        QVERIFY_THROWS_EXCEPTION(KeyError, keys.createKey());
    }

    void destroyForgetsTheKey()
    {
        QTemporaryDir dir;
        DevelopmentKeyProvider keys(dir.filePath(QStringLiteral("database.key")));
        const QByteArray first = keys.createKey();
        keys.destroyKey();
        QVERIFY(!keys.loadKey().has_value());
        QVERIFY(keys.createKey() != first);
    }
};

QTEST_GUILESS_MAIN(TestDevelopmentKeyProvider)
#include "tst_developmentkeyprovider.moc"
