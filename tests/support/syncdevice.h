#pragma once

// A device for sync tests: its own encrypted store with a manual clock, and
// the sync engine talking to a server over HTTP on loopback.

#include "app/store/repository.h"
#include "support/teststore.h"
#include "sync/client/curltransport.h"
#include "sync/client/syncengine.h"

#include <QDateTime>
#include <QStringList>

#include <memory>

namespace brugboek::test {

struct SyncDevice
{
    TestStore t;
    std::unique_ptr<client::Transport> transport;
    std::unique_ptr<client::SyncEngine> engine;

    // The server stamps what it writes (team members, conflicts) with its
    // real clock; device clocks start there too, so that a test's "later"
    // edit is later than what the device received.
    SyncDevice() { t.clock.set(QDateTime::currentMSecsSinceEpoch()); }

    // `transport` overrides the plain libcurl one (e.g. to inject faults).
    void connect(const QString &url, std::unique_ptr<client::Transport> custom = {})
    {
        if (custom) {
            transport = std::move(custom);
        } else {
            client::CurlTransport::Options options;
            options.baseUrl = url.toStdString();
            transport = std::make_unique<client::CurlTransport>(options);
        }
        engine = std::make_unique<client::SyncEngine>(t.store->db(), t.store->changes(), *transport);
    }
    client::SyncEngine::Result enrol(const QString &url, const QString &user, const QString &password)
    {
        if (!engine)
            connect(url);
        return engine->enrol(user, password, QStringLiteral("test device"), url);
    }
    client::SyncEngine::Result sync() { return engine->run(); }
    store::Repository repo() { return store::Repository(*t.store); }
    client::Database &db() { return t.store->db(); }

    // Every synced column of every record, one line per record, sorted:
    // two devices holding the same data print the same.
    QStringList dump(const QStringList &entities = {})
    {
        QStringList lines;
        for (const auto &e : sync::entities()) {
            const QString name = QString::fromLatin1(e.name.data(), int(e.name.size()));
            if (!entities.isEmpty() && !entities.contains(name))
                continue;
            if (entities.isEmpty() && name == QLatin1String("list_item"))
                continue; // seeded on every device, not by sync
            QStringList cols;
            for (const auto &f : e.fields)
                cols << QString::fromLatin1(f.name.data(), int(f.name.size()));
            client::Query q = db().query(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                                             .arg(cols.join(QLatin1String(", ")), name));
            while (q.next()) {
                QStringList values {name};
                for (int i = 0; i < q.columnCount(); ++i)
                    values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                lines << values.join(QLatin1Char('|'));
            }
        }
        return lines;
    }
    QVariant scalar(const char *sql) { return db().scalar(sql); }
};

} // namespace brugboek::test
