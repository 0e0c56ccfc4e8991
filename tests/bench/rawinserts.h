#pragma once

// The physical reference of the device's write speed: raw SQLCipher inserts
// of small rows (a 36-character UUIDv7 text key, a short text, an integer)
// with one prepared statement in one transaction, into a new store with the
// device's settings (client::Database). bench_store reports it; bench_sync
// measures it again just before each replay of the initial pull, so that the
// apply rate is a ratio of two figures of the same minute.

#include "sync/client/database.h"
#include "sync/core/uuid.h"

#include "benchutil.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace brugboek::bench {

// Rows per second of one run into DIRECTORY/raw<run>.db, which is removed
// afterwards.
inline double rawInsertsPerSecond(const QString &directory, int rows, int run)
{
    const QString path = QDir(directory).filePath(QStringLiteral("raw%1.db").arg(run));
    double perSecond = 0;
    {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        auto db = client::Database::open(path, key, client::Database::OpenMode::CreateIfMissing);
        db->execute("CREATE TABLE raw (id TEXT PRIMARY KEY, a TEXT, b INTEGER);");
        // Ids and text made beforehand: only the inserts are timed.
        sync::UuidV7Generator ids;
        std::vector<QByteArray> idText;
        idText.reserve(static_cast<std::size_t>(rows));
        for (int i = 0; i < rows; ++i)
            idText.push_back(QByteArray::fromStdString(ids.next()));
        const QByteArray a("Brief van de deurwaarder samen gelezen");

        const auto start = Steady::now();
        {
            client::Transaction tx(*db);
            for (int i = 0; i < rows; ++i) {
                const QByteArray &id = idText[static_cast<std::size_t>(i)];
                db->query("INSERT INTO raw (id, a, b) VALUES (?, ?, ?)")
                    .bindText(1, id.constData(), static_cast<int>(id.size()))
                    .bindText(2, a.constData(), static_cast<int>(a.size()))
                    .bind(3, static_cast<qint64>(i))
                    .exec();
            }
            tx.commit();
        }
        perSecond = rows / (msSince(start) / 1000.0);
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return perSecond;
}

} // namespace brugboek::bench
