#include "syncstatus.h"

#include <QLocale>
#include <QSysInfo>
#include <QUrl>

namespace brugboek::app {

using State = client::SyncService::State;
using ErrorKind = client::SyncService::ErrorKind;

SyncStatus::SyncStatus(client::SyncService *service, QObject *parent)
    : QObject(parent)
{
    setService(service);
}

void SyncStatus::setService(client::SyncService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_enrolBusy = false;
    Q_EMIT changed();
    if (!m_service)
        return;
    for (auto signal : {&client::SyncService::stateChanged, &client::SyncService::pendingChangesChanged,
                        &client::SyncService::lastSuccessChanged, &client::SyncService::enrolmentChanged})
        connect(m_service, signal, this, &SyncStatus::changed);
    connect(m_service, &client::SyncService::enrolFinished, this, [this](bool ok) {
        m_enrolBusy = false;
        Q_EMIT changed();
        Q_EMIT enrolFinished(ok);
    });
}

SyncStatus::~SyncStatus()
{
    if (s_instance == this)
        s_instance = nullptr;
}

SyncStatus *SyncStatus::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        s_instance = new SyncStatus(nullptr); // no sync in this process (tests)
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool SyncStatus::syncing() const
{
    return m_service && m_service->state() == State::Syncing;
}

bool SyncStatus::offline() const
{
    return m_service && m_service->state() == State::Offline;
}

bool SyncStatus::hasError() const
{
    return !m_formError.isEmpty() || (m_service && m_service->state() == State::Error);
}

bool SyncStatus::upToDate() const
{
    return m_service && m_service->state() == State::UpToDate && m_service->pendingChanges() == 0;
}

QString SyncStatus::stateText() const
{
    if (!enrolled())
        return tr("Not connected to a server", "sync state");
    switch (m_service->state()) {
    case State::NotEnrolled:
        return tr("Not connected to a server", "sync state");
    case State::Offline:
        return tr("Offline: everything is saved on this device", "sync state");
    case State::Syncing:
        return tr("Synchronising…", "sync state");
    case State::UpToDate:
        return m_service->pendingChanges() > 0 ? tr("Changes waiting to be sent", "sync state")
                                               : tr("Up to date", "sync state");
    case State::Error:
        return tr("Synchronisation failed", "sync state");
    }
    return {};
}

QString SyncStatus::shortText() const
{
    if (!enrolled())
        return tr("Not linked", "sync state, short");
    switch (m_service->state()) {
    case State::NotEnrolled:
        return tr("Not linked", "sync state, short");
    case State::Offline:
        return tr("Offline", "sync state, short");
    case State::Syncing:
        return tr("Syncing", "sync state, short");
    case State::UpToDate:
        return m_service->pendingChanges() > 0 ? tr("%n to send", "sync state, short", pendingChanges())
                                               : tr("Up to date", "sync state, short");
    case State::Error:
        return tr("Sync problem", "sync state, short");
    }
    return {};
}

QString SyncStatus::errorText() const
{
    if (!m_formError.isEmpty())
        return m_formError;
    if (!m_service)
        return {};
    switch (m_service->errorKind()) {
    case ErrorKind::None:
        return {};
    case ErrorKind::NoNetwork:
        return tr("The server cannot be reached. Brugboek tries again by itself; nothing is lost.");
    case ErrorKind::Unauthenticated:
        return m_service->enrolled() ? tr("The server no longer accepts this device. Connect it again with "
                                          "your username and password.")
                                     : tr("Wrong username or password, or the account is disabled.");
    case ErrorKind::Revoked:
        return tr("An administrator has disconnected this device from the team's server.");
    case ErrorKind::Unsupported:
        return tr("This version of Brugboek does not match the server. Please update the app.");
    case ErrorKind::RateLimited:
        return tr("Too many attempts. Wait a few minutes and try again.");
    case ErrorKind::Server:
        return tr("The server had a problem. Brugboek tries again later; nothing is lost.");
    case ErrorKind::Store:
        return tr("The data on this device could not be updated (is the storage full?). Nothing was lost.");
    case ErrorKind::OtherUser:
        return tr("This device holds another worker's data. Erase this device first (under Security), then "
                  "connect it with your own account.");
    }
    return {};
}

int SyncStatus::pendingChanges() const
{
    return m_service ? static_cast<int>(m_service->pendingChanges()) : 0;
}

QString SyncStatus::pendingText() const
{
    const int n = pendingChanges();
    if (n == 0)
        return tr("Everything has been sent");
    return tr("%n change(s) not sent yet", "", n);
}

QString SyncStatus::lastSyncText() const
{
    if (!m_service || !m_service->lastSuccess().isValid())
        return tr("Never synchronised");
    const QDateTime last = m_service->lastSuccess().toLocalTime();
    const QLocale locale;
    if (last.date() == QDate::currentDate())
        return tr("Last synchronised today at %1").arg(locale.toString(last.time(), QLocale::ShortFormat));
    return tr("Last synchronised on %1").arg(locale.toString(last, QLocale::ShortFormat));
}

void SyncStatus::syncNow()
{
    if (m_service)
        m_service->syncNow();
}

void SyncStatus::enrol(const QString &serverUrl, const QString &username, const QString &password)
{
    m_formError.clear();
    const QUrl url(serverUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        m_formError =
            tr("Enter the server address as given by your coordinator, e.g. https://sync.example.be");
    else if (username.trimmed().isEmpty() || password.isEmpty())
        m_formError = tr("Enter your username and password.");
    else if (!m_service)
        m_formError = tr("Synchronisation is not available in this mode.");
    if (!m_formError.isEmpty()) {
        Q_EMIT changed();
        Q_EMIT enrolFinished(false);
        return;
    }
    m_enrolBusy = true;
    Q_EMIT changed();
    QString base = url.toString(QUrl::StripTrailingSlash);
    m_service->enrol(base, username.trimmed(), password, QSysInfo::machineHostName());
}

} // namespace brugboek::app
