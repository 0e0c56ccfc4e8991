#include "applock.h"

#include "appcontext.h"

#include "app/store/store.h"
#include "platform/developmentkeyprovider.h"
#include "platform/keyprovider.h"
#include "platform/pinkeyprovider.h"
#include "platform/securefile.h"
#include "sync/client/lease.h"
#include "sync/client/syncengine.h"
#include "sync/client/syncservice.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>

namespace brugboek::app {

namespace {
// The key file of the development provider of earlier versions: a data
// folder that has one is taken over (the key wrapped under the new PIN, the
// plain file deleted) rather than being unreadable.
const QString LegacyKeyFile = QStringLiteral("database.key");

const char *reasonName(AppLock::WipeReason reason)
{
    switch (reason) {
    case AppLock::TooManyWrongPins:
        return "wrong-pin";
    case AppLock::LeaseExpired:
        return "lease";
    case AppLock::DeviceRevoked:
        return "revoked";
    case AppLock::Requested:
        return "requested";
    case AppLock::NoWipe:
        break;
    }
    return "";
}

AppLock::WipeReason reasonFromName(const QByteArray &name)
{
    for (auto r :
         {AppLock::TooManyWrongPins, AppLock::LeaseExpired, AppLock::DeviceRevoked, AppLock::Requested})
        if (name == reasonName(r))
            return r;
    return AppLock::Requested;
}
} // namespace

AppLock::AppLock(Inert)
    : QObject(nullptr)
{
}

AppLock::AppLock(QString dataDirectory, QString cacheDirectory, platform::PinKeyProvider &keys,
                 AppContext &context, Hooks hooks, const sync::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_cacheDirectory(std::move(cacheDirectory))
    , m_keys(&keys)
    , m_context(&context)
    , m_hooks(std::move(hooks))
    , m_clock(&clock)
    , m_state(Locked)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &AppLock::lockNow);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        gui->installEventFilter(this);
        // Hidden or suspended: the app went to the background (Android, iOS)
        // or the window was minimised. Inactive (focus elsewhere, a system
        // dialog on top) does not lock, or a desktop would lock at every
        // click outside the window.
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            if (s == Qt::ApplicationHidden || s == Qt::ApplicationSuspended)
                lockNow();
        });
    }
}

AppLock::~AppLock()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppLock *AppLock::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        static AppLock inert {Inert {}};
        s_instance = &inert;
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppLock::setSyncService(client::SyncService *service)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = service;
    if (!service)
        return;
    // Queued: a wipe deletes the service, which must not happen inside its
    // own signal.
    connect(
        service, &client::SyncService::deviceRevoked, this, [this] { wipe(DeviceRevoked); },
        Qt::QueuedConnection);
    connect(service, &client::SyncService::enrolFinished, this, &AppLock::onEnrolFinished,
            Qt::QueuedConnection);
}

QString AppLock::wipedMarkerPath() const
{
    return QDir(m_dataDirectory).filePath(QLatin1String(WipedMarkerName));
}

void AppLock::start()
{
    if (!m_keys)
        return;
    QFile marker(wipedMarkerPath());
    if (marker.open(QIODevice::ReadOnly)) {
        m_wipeReason = reasonFromName(marker.read(32).trimmed());
        setState(Wiped);
        return;
    }
    const bool dataExists =
        QFile::exists(QDir(m_dataDirectory).filePath(QLatin1String(store::Store::fileName)));
    if (m_keys->pinSet()) {
        // With the keystore the store opens now, so that the lease is
        // checked and sync (and a revocation) goes on behind the lock.
        if (m_keys->unlockWithKeystore()) {
            if (openData()) {
                const auto check = client::lease::check(m_context->store()->db(), m_clock->nowMs());
                if (check.state == client::lease::State::Wipe) {
                    wipe(LeaseExpired);
                    return;
                }
            }
            // The key stays in memory until the first lock: the sync
            // thread opens its own connection with it in a moment.
        }
        setState(Locked);
        return;
    }
    if (dataExists && !QFile::exists(QDir(m_dataDirectory).filePath(LegacyKeyFile))) {
        // Data without a key: fail closed, say why, replace nothing.
        openData();
        setState(Unavailable);
        return;
    }
    setState(Setup);
}

int AppLock::attemptsLeft() const
{
    return m_keys ? m_keys->attemptsLeft() : 0;
}

void AppLock::setIdleTimeoutMs(int ms)
{
    ms = std::max(ms, 1);
    if (ms == m_idleTimeoutMs)
        return;
    m_idleTimeoutMs = ms;
    m_idle.setInterval(ms);
    if (m_idle.isActive())
        m_idle.start();
    Q_EMIT idleTimeoutChanged();
}

QString AppLock::checkNewPin(const QString &pin, const QString &repeat) const
{
    if (pin.size() < MinimumPinLength)
        return tr("Choose a PIN of at least %1 characters.").arg(MinimumPinLength);
    if (pin != repeat)
        return tr("The two PINs are not the same.");
    return {};
}

bool AppLock::setUpPin(const QString &pin, const QString &repeat)
{
    if (!m_keys || m_state != Setup)
        return false;
    if (const QString problem = checkNewPin(pin, repeat); !problem.isEmpty()) {
        setMessage(problem);
        return false;
    }
    try {
        const QString legacyPath = QDir(m_dataDirectory).filePath(LegacyKeyFile);
        QByteArray existing;
        if (QFile::exists(legacyPath)) {
            platform::DevelopmentKeyProvider legacy(legacyPath);
            existing = legacy.loadKey().value_or(QByteArray());
        }
        m_keys->setUp(pin, existing);
        if (!existing.isEmpty())
            platform::DevelopmentKeyProvider(legacyPath).destroyKey();
    } catch (const platform::KeyError &e) {
        setMessage(tr("The PIN could not be stored: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    setMessage({});
    if (!openData()) {
        setState(Unavailable);
        return false;
    }
    setState(Unlocked);
    m_idle.start();
    return true;
}

bool AppLock::unlock(const QString &pin)
{
    if (!m_keys || m_state != Locked)
        return false;
    setBusy(true);
    platform::PinKeyProvider::Attempt attempt;
    try {
        attempt = m_keys->unlock(pin);
    } catch (const platform::KeyError &e) {
        setBusy(false);
        setMessage(tr("The key of this device cannot be read: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    setBusy(false);
    switch (attempt) {
    case platform::PinKeyProvider::Attempt::LimitReached:
        wipe(TooManyWrongPins);
        return false;
    case platform::PinKeyProvider::Attempt::WrongPin:
        setMessage(tr("Wrong PIN. After %n more wrong attempt(s) the data on this device is erased.", "",
                      m_keys->attemptsLeft()));
        return false;
    case platform::PinKeyProvider::Attempt::Unlocked:
        break;
    }
    setMessage({});
    afterUnlock();
    return m_state == Unlocked;
}

void AppLock::afterUnlock()
{
    if (!m_context->storeOpen() && !openData()) {
        setState(Unavailable);
        return;
    }
    client::lease::Check check;
    try {
        check = client::lease::check(m_context->store()->db(), m_clock->nowMs());
        m_username =
            m_context->store()->db().scalar("SELECT value FROM sync_state WHERE key = 'username'").toString();
    } catch (const std::exception &e) {
        m_context->reportError(e);
    }
    switch (check.state) {
    case client::lease::State::Wipe:
        wipe(LeaseExpired);
        return;
    case client::lease::State::NeedsReauthentication:
        setMessage(tr("This device has not reached the team's server for %n day(s). Sign in with your "
                      "password to continue.",
                      "", static_cast<int>(check.sinceContactMs / (24LL * 3600 * 1000))));
        setState(Reauthenticate);
        return;
    case client::lease::State::Ok:
        break;
    }
    setState(Unlocked);
    m_idle.start();
}

bool AppLock::changePin(const QString &oldPin, const QString &newPin, const QString &repeat)
{
    if (!m_keys || m_state != Unlocked)
        return false;
    if (const QString problem = checkNewPin(newPin, repeat); !problem.isEmpty()) {
        setMessage(problem);
        return false;
    }
    platform::PinKeyProvider::Attempt attempt;
    try {
        attempt = m_keys->changePin(oldPin, newPin);
    } catch (const platform::KeyError &e) {
        setMessage(tr("The PIN could not be changed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    switch (attempt) {
    case platform::PinKeyProvider::Attempt::LimitReached:
        wipe(TooManyWrongPins);
        return false;
    case platform::PinKeyProvider::Attempt::WrongPin:
        setMessage(tr("The current PIN is wrong. After %n more wrong attempt(s) the data on this device is "
                      "erased.",
                      "", m_keys->attemptsLeft()));
        return false;
    case platform::PinKeyProvider::Attempt::Unlocked:
        break;
    }
    setMessage(tr("Your PIN has been changed."));
    Q_EMIT pinChanged();
    return true;
}

void AppLock::lockNow()
{
    m_idle.stop();
    if (!m_keys || (m_state != Unlocked && m_state != Reauthenticate))
        return;
    m_keys->lock();
    m_reauthenticating = false;
    setMessage({});
    setState(Locked);
}

void AppLock::reauthenticate(const QString &username, const QString &password)
{
    if (m_state != Reauthenticate || !m_context || !m_context->storeOpen())
        return;
    const QString url = client::SyncEngine::enrolmentOf(m_context->store()->db()).serverUrl;
    if (!m_sync || url.isEmpty()) {
        setMessage(tr("This device is not connected to a server; it cannot be confirmed."));
        return;
    }
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        setMessage(tr("Enter your username and password."));
        return;
    }
    m_reauthenticating = true;
    setBusy(true);
    setMessage({});
    m_sync->enrol(url, username.trimmed(), password, QSysInfo::machineHostName());
}

void AppLock::onEnrolFinished(bool ok)
{
    if (!m_reauthenticating)
        return;
    m_reauthenticating = false;
    setBusy(false);
    if (m_state != Reauthenticate)
        return;
    if (ok) {
        setMessage({});
        afterUnlock();
        return;
    }
    using K = client::SyncService::ErrorKind;
    switch (m_sync ? m_sync->errorKind() : K::Server) {
    case K::Revoked:
        wipe(DeviceRevoked);
        return;
    case K::NoNetwork:
        setMessage(tr("The server cannot be reached. Connect to the internet and try again."));
        return;
    case K::Unauthenticated:
        setMessage(tr("Wrong username or password, or the account is disabled."));
        return;
    case K::OtherUser:
        setMessage(tr("This device holds another worker's data; only that worker can sign in."));
        return;
    default:
        setMessage(tr("The server could not confirm you now. Try again later."));
        return;
    }
}

void AppLock::wipe(WipeReason reason)
{
    if (!m_keys)
        return;
    m_idle.stop();
    m_reauthenticating = false;
    if (m_hooks.closeData)
        m_hooks.closeData();
    if (m_context)
        m_context->closeStore();
    // The key first: once it is gone, whatever of the files a flash
    // controller keeps is ciphertext without a key.
    m_keys->destroyKey();
    // Only Brugboek's own files: the database with its WAL, journal and
    // shared memory, the key files and the PIN counter (and their temporary
    // copies). The language setting stays, and so does anything else a
    // worker keeps in a folder given with --data-dir.
    platform::wipeDirectory(m_dataDirectory,
                            {QLatin1String("brugboek"), QLatin1String("database.key"),
                             QLatin1String(platform::PinKeyProvider::AttemptsFileName)});
    if (!m_cacheDirectory.isEmpty())
        platform::wipeDirectory(m_cacheDirectory);
    try {
        platform::writeFileAtomically(wipedMarkerPath(), reasonName(reason));
    } catch (const platform::KeyError &) {
        // The page says it all the same; only a restart would not.
    }
    m_username.clear();
    m_wipeReason = reason;
    setMessage({});
    setState(Wiped);
}

void AppLock::startAgain()
{
    if (m_state != Wiped)
        return;
    QFile::remove(wipedMarkerPath());
    m_wipeReason = NoWipe;
    setState(Setup);
}

bool AppLock::openData()
{
    if (m_hooks.openData)
        return m_hooks.openData();
    return m_context && m_context->storeOpen();
}

bool AppLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_state == Unlocked) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::TouchBegin:
        case QEvent::Wheel:
            m_idle.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AppLock::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void AppLock::setMessage(const QString &message)
{
    // attemptsLeft changes with the message; always tell.
    m_message = message;
    Q_EMIT messageChanged();
}

void AppLock::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace brugboek::app
