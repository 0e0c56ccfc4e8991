// Physical deletion (issue 5, item 5): notes and names with a marker string
// never appear in the files as stored (database, WAL, journal, the shared
// memory index, anything else in the data and temp folders); after the
// household is purged and the log checkpointed, they are gone from the
// decrypted pages too (secure_delete zeroes freed space, the purge truncates
// the log). The decrypted scan before the purge is the control: it finds the
// marker, so the scan can see it. And a flipped byte anywhere in the file is
// an error, never other data (SQLCipher's per-page HMAC).

#include "app/store/repository.h"
#include "app/store/store.h"
#include "platform/pinkeyprovider.h"
#include "support/testkeys.h"
#include "support/teststore.h"
#include "sync/client/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>

#include <iterator>

using namespace brugboek;

namespace {
const QByteArray Marker = QByteArrayLiteral("Zqxmarker7731");
constexpr int PageSize = 4096;
// SQLCipher 3.4: a 16-byte IV and a 20-byte HMAC-SHA1 per page, rounded up
// to the AES block: 48 bytes reserved at the end of every page.
constexpr int Reserve = 48;
constexpr int SaltSize = 16;
constexpr int WalHeader = 32;
constexpr int WalFrameHeader = 24;
constexpr int Offsets[] = {5, 100, PageSize / 2, PageSize - Reserve + 4, PageSize - Reserve + 20};

bool containsMarker(const QByteArray &bytes)
{
    return bytes.toLower().contains(Marker.toLower());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The plaintext of one page as SQLCipher 3 stores it (AES-256-CBC with the
// raw key and the page's own IV); page 1 keeps its first 16 bytes (the salt)
// in clear.
QByteArray decryptPage(const QByteArray &page, const QByteArray &key, bool first)
{
    const int offset = first ? SaltSize : 0;
    const int length = PageSize - Reserve - offset;
    const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + PageSize - Reserve);
    QByteArray out(length, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0;
    int tail = 0;
    EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr,
                       reinterpret_cast<const unsigned char *>(key.constData()), iv);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &n,
                      reinterpret_cast<const unsigned char *>(page.constData() + offset), length);
    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + n, &tail);
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

// Every page of the database file and every frame of its log, decrypted.
QByteArray decryptAll(const QString &dbPath, const QByteArray &key)
{
    QByteArray plain;
    const QByteArray db = readFile(dbPath);
    for (int at = 0; at + PageSize <= db.size(); at += PageSize)
        plain += decryptPage(db.mid(at, PageSize), key, at == 0);
    const QByteArray wal = readFile(dbPath + QStringLiteral("-wal"));
    for (int at = WalHeader; at + WalFrameHeader + PageSize <= wal.size(); at += WalFrameHeader + PageSize) {
        const QByteArray header = wal.mid(at, WalFrameHeader);
        const quint32 pageNo = (quint32(quint8(header[0])) << 24) | (quint32(quint8(header[1])) << 16) |
            (quint32(quint8(header[2])) << 8) | quint32(quint8(header[3]));
        plain += decryptPage(wal.mid(at + WalFrameHeader, PageSize), key, pageNo == 1);
    }
    return plain;
}

// The files as stored: every file under the data and temp folders, byte by byte.
QStringList filesWithMarker(const QStringList &folders)
{
    QStringList hits;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (containsMarker(readFile(path)))
                hits << path;
        }
    }
    return hits;
}
} // namespace

class TestPhysicalDeletion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_data;
    QString m_temp;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_data = QDir(m_root.path()).filePath(QStringLiteral("data"));
        m_temp = QDir(m_root.path()).filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_data));
        QVERIFY(QDir().mkpath(m_temp));
        // SQLite's temporary files (if it made any) land here, to be scanned.
        qputenv("TMPDIR", QFile::encodeName(m_temp));
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_temp));
    }

    void noTraceInTheFilesBeforeOrAfterThePurge()
    {
        platform::PinKeyProvider keys(m_data, nullptr, test::fastKeyOptions(5));
        keys.setUp(test::TestPin);
        const QByteArray key = *keys.loadKey();
        sync::ManualClock clock(test::FixedNowMs);
        auto store = store::Store::open(m_data, keys, clock);
        store::Repository repo(*store);

        // One household full of the marker (names and notes), one without.
        store::Household marked;
        marked.displayName = QStringLiteral("Familie ") + QString::fromLatin1(Marker);
        repo.save(marked);
        store::Person parent;
        parent.householdId = marked.id;
        parent.givenName = QStringLiteral("Samira");
        parent.familyName = QString::fromLatin1(Marker);
        parent.role = QStringLiteral("parent");
        parent.birthYear = 1986;
        repo.save(parent);
        for (int i = 0; i < 150; ++i) {
            store::Encounter e;
            e.householdId = marked.id;
            e.kind = QStringLiteral("huisbezoek");
            e.occurredAt = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs - i * 3600'000LL, Qt::UTC);
            e.note = QStringLiteral("Gesprek %1 met mama over de schuldbemiddeling; %2 vraagt hulp bij het "
                                    "OCMW en de huur van september. ")
                         .arg(i)
                         .arg(QString::fromLatin1(Marker))
                         .repeated(3);
            repo.saveEncounter(e);
        }
        store::Household other;
        other.displayName = QStringLiteral("Familie Peeters");
        repo.save(other);
        for (int i = 0; i < 50; ++i) {
            store::Encounter e;
            e.householdId = other.id;
            e.kind = QStringLiteral("schoolpoort");
            e.occurredAt = QDateTime::fromMSecsSinceEpoch(test::FixedNowMs - i * 3600'000LL, Qt::UTC);
            e.note = QStringLiteral("Vraag over de schoolfactuur, kort gesprek aan de poort.");
            repo.saveEncounter(e);
        }
        const QString dbPath = QDir(m_data).filePath(QLatin1String(store::Store::fileName));

        // As stored: encrypted, no hit anywhere.
        QVERIFY2(filesWithMarker({m_data, m_temp}).isEmpty(),
                 qPrintable(filesWithMarker({m_data, m_temp}).join(QLatin1Char(' '))));
        // The control: decrypted, the marker is there (in the file or its log).
        const QByteArray before = decryptAll(dbPath, key);
        QVERIFY(before.size() > 10 * PageSize);
        QCOMPARE(quint8(decryptPage(readFile(dbPath).left(PageSize), key, true).at(0)), quint8(0x10));
        QVERIFY(containsMarker(before));

        // The household goes, with everything that belongs to it.
        QVERIFY(repo.purge("household", marked.id));
        // The purge truncated the log: no earlier page versions in it.
        QCOMPARE(QFileInfo(dbPath + QStringLiteral("-wal")).size(), 0);
        QVERIFY2(filesWithMarker({m_data, m_temp}).isEmpty(),
                 qPrintable(filesWithMarker({m_data, m_temp}).join(QLatin1Char(' '))));
        QVERIFY2(!containsMarker(decryptAll(dbPath, key)),
                 "the purged content is still in the decrypted pages");
        // The other household is intact.
        QCOMPARE(store->db().scalar("SELECT count(*) FROM encounter").toInt(), 50);

        // And after closing (the last connection checkpoints and removes the log).
        store.reset();
        QVERIFY(filesWithMarker({m_data, m_temp}).isEmpty());
        QVERIFY(!containsMarker(decryptAll(dbPath, key)));
    }

    void aFlippedByteIsAnErrorNotOtherData()
    {
        QTemporaryDir dir;
        platform::PinKeyProvider keys(dir.path(), nullptr, test::fastKeyOptions(5));
        keys.setUp(test::TestPin);
        const QByteArray key = *keys.loadKey();
        const QString dbPath = QDir(dir.path()).filePath(QLatin1String(store::Store::fileName));
        {
            sync::ManualClock clock(test::FixedNowMs);
            auto store = store::Store::open(dir.path(), keys, clock);
            store::Repository repo(*store);
            for (int i = 0; i < 40; ++i) {
                store::Household h;
                h.displayName = QStringLiteral("Familie %1 ").arg(i).repeated(20);
                repo.save(h);
            }
            store->db().execute("VACUUM;"); // no free pages: every page is read below
        }
        const QByteArray pristine = readFile(dbPath);
        const int pages = static_cast<int>(pristine.size() / PageSize);
        QVERIFY(pages > 5);

        int refused = 0;
        for (int page = 1; page <= pages; ++page) {
            // Salt (page 1) or data, the middle, the IV, the HMAC. (The last
            // 12 bytes of a page are padding of the reserved space and carry
            // nothing: flipping them changes no data either.)
            for (const int within : Offsets) {
                QByteArray damaged = pristine;
                const int at = (page - 1) * PageSize + within;
                damaged[at] = static_cast<char>(damaged[at] ^ 0x04);
                QFile f(dbPath);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(damaged);
                f.close();
                try {
                    auto db = client::Database::open(dbPath, key, client::Database::OpenMode::MustExist);
                    // Read every page of every table and index.
                    client::Query q = db->query("PRAGMA integrity_check;");
                    while (q.next()) { }
                    QFAIL(qPrintable(QStringLiteral("page %1, byte %2 flipped: read without an error")
                                         .arg(page)
                                         .arg(within)));
                } catch (const client::StoreError &e) {
                    QVERIFY2(e.kind() == client::StoreError::Kind::Corrupt ||
                                 e.kind() == client::StoreError::Kind::CannotUnlock,
                             e.what());
                    ++refused;
                }
            }
        }
        QCOMPARE(refused, pages * int(std::size(Offsets)));
        // The pristine file still reads.
        QFile f(dbPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(pristine);
        f.close();
        auto db = client::Database::open(dbPath, key, client::Database::OpenMode::MustExist);
        QCOMPARE(db->scalar("PRAGMA integrity_check;").toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestPhysicalDeletion)
#include "tst_physicaldeletion.moc"
