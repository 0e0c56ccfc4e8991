#include "appcontext.h"

#include "app/store/repository.h"
#include "app/store/searchcache.h"
#include "app/store/store.h"
#include "platform/keyprovider.h"
#include "sync/client/database.h"

#include <QCoreApplication>

namespace brugboek::app {

using client::StoreError;

namespace {
QString describe(StoreError::Kind kind, bool opening = true)
{
    switch (kind) {
    case StoreError::Kind::CannotUnlock:
        return AppContext::tr("Brugboek cannot unlock its data on this device. The key is missing or wrong.");
    case StoreError::Kind::ReadOnly:
        return AppContext::tr("Brugboek may not write to its data folder.");
    case StoreError::Kind::DiskFull:
        return AppContext::tr("The device is full. Make room and start Brugboek again.");
    case StoreError::Kind::Io:
        return AppContext::tr("Brugboek cannot read or write its data folder.");
    case StoreError::Kind::Corrupt:
        return AppContext::tr("The data on this device is damaged.");
    case StoreError::Kind::Busy:
        return AppContext::tr("Brugboek is already open in another window.");
    case StoreError::Kind::Schema:
        return AppContext::tr("This data was made by a newer version of Brugboek. Update the app.");
    case StoreError::Kind::Constraint:
    case StoreError::Kind::Internal:
        break;
    }
    return opening ? AppContext::tr("Brugboek ran into an internal error while opening its data.")
                   : AppContext::tr("Brugboek ran into an internal error. What you saved before is safe.");
}
} // namespace

AppContext::AppContext(QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
{
}

AppContext::~AppContext()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool AppContext::openStore(platform::KeyProvider &keys, const std::function<void(store::Store &)> &prepare,
                           const sync::Clock &clock)
{
    const bool wasOpen = storeOpen();
    std::unique_ptr<store::Store> opened;
    try {
        opened = store::Store::open(m_dataDirectory, keys, clock);
        if (prepare)
            prepare(*opened);
    } catch (const StoreError &e) {
        setError(describe(e.kind()), QString::fromUtf8(e.what()));
        opened.reset();
    } catch (const platform::KeyError &e) {
        setError(tr("Brugboek cannot read the key of its data on this device."), QString::fromUtf8(e.what()));
        opened.reset();
    } catch (const std::exception &e) {
        setError(describe(StoreError::Kind::Internal), QString::fromUtf8(e.what()));
        opened.reset();
    }
    m_store = std::move(opened);
    if (m_store) {
        setError({}, {});
        prepareSearch();
    }
    if (wasOpen != storeOpen())
        Q_EMIT storeOpenChanged();
    Q_EMIT recordsChanged();
    return storeOpen();
}

void AppContext::closeStore()
{
    if (!m_store)
        return;
    m_store.reset();
    Q_EMIT storeOpenChanged();
    Q_EMIT recordsChanged();
}

void AppContext::notifyRecordsChanged()
{
    prepareSearch();
    Q_EMIT recordsChanged();
}

void AppContext::prepareSearch()
{
    if (!m_store)
        return;
    try {
        m_store->searchCache().prepare();
    } catch (const std::exception &e) {
        // The search answers with its statements, and reports what fails.
        qWarning("brugboek: the search data cannot be loaded: %s", e.what());
    }
}

void AppContext::reportError(const std::exception &error)
{
    // The store words its refusals in English as translation keys
    // (QT_TRANSLATE_NOOP in repository.cpp).
    if (dynamic_cast<const store::ValidationError *>(&error)) {
        setError(QCoreApplication::translate("ValidationError", error.what()),
                 QString::fromUtf8(error.what()));
        return;
    }
    const auto *storeError = dynamic_cast<const StoreError *>(&error);
    setError(describe(storeError ? storeError->kind() : StoreError::Kind::Internal, false),
             QString::fromUtf8(error.what()));
}

void AppContext::setError(const QString &text, const QString &detail)
{
    if (text == m_errorText && detail == m_errorDetail)
        return;
    m_errorText = text;
    m_errorDetail = detail;
    Q_EMIT errorChanged();
}

} // namespace brugboek::app
