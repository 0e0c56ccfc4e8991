#include "store.h"

#include "migrations.h"
#include "searchcache.h"
#include "searchindex.h"

#include "platform/keyprovider.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

namespace brugboek::store {

using client::Database;
using client::StoreError;

std::unique_ptr<Store> Store::open(const QString &directory, platform::KeyProvider &keys,
                                   const sync::Clock &clock)
{
    if (!QDir().mkpath(directory))
        throw StoreError(StoreError::Kind::Io, 0, "cannot create the data folder");
    const QString path = QDir(directory).filePath(QLatin1String(fileName));

    std::unique_ptr<Database> db;
    if (QFileInfo::exists(path)) {
        const auto key = keys.loadKey();
        if (!key)
            throw StoreError(StoreError::Kind::CannotUnlock, 0, "the key of this database is missing");
        db = Database::open(path, *key, Database::OpenMode::MustExist);
    } else {
        const auto existing = keys.loadKey();
        const QByteArray key = existing ? *existing : keys.createKey();
        db = Database::open(path, key, Database::OpenMode::CreateIfMissing);
    }
    migrate(*db);
    std::unique_ptr<Store> store(new Store(std::move(db), clock));
    // A process that died during a bulk load (an initial pull) left the
    // store without its secondary indexes and derived data: both come back
    // now, before anything reads them.
    if (store->m_changes->bulkLoadInterrupted()) {
        try {
            store->m_changes->finishBulkLoad();
        } catch (const StoreError &e) {
            // A full disk, say: the store is whole without its indexes
            // (slower, not wrong), and the next open tries again.
            qWarning("brugboek: could not rebuild the indexes of an interrupted initial sync: %s", e.what());
        }
    }
    return store;
}

Store::Store(std::unique_ptr<Database> db, const sync::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_ids(clock)
    , m_changes(std::make_unique<client::ChangeLog>(*m_db, clock))
    , m_searchIndex(std::make_unique<SearchIndex>(*m_db))
    , m_referralStatus(std::make_unique<ReferralStatusTracker>(*m_db))
{
    m_changes->addObserver(m_searchIndex.get());
    m_changes->addObserver(m_referralStatus.get());
}

Store::~Store()
{
    // First the search cache: it stops a load running on its reader's
    // thread, before anything it was made from goes.
    m_searchCache.reset();
}

SearchCache &Store::searchCache()
{
    if (!m_searchCache)
        m_searchCache = std::make_unique<SearchCache>(*m_db);
    return *m_searchCache;
}

QString Store::newId()
{
    return QString::fromStdString(m_ids.next());
}

} // namespace brugboek::store
