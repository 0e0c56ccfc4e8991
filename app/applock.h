#pragma once

#include "sync/core/clock.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include <functional>

namespace brugboek::platform {
class PinKeyProvider;
}
namespace brugboek::client {
class SyncService;
}

namespace brugboek::app {

class AppContext;

// The app lock: PIN setup on first start, unlock, PIN change, locking after
// an idle time and when the app goes to the background, the offline lease
// and wiping the device (too many wrong PINs, a lease run out, a device
// revoked by an administrator, or the worker's own request).
//
// Locked is a state of the user interface: Main.qml shows the lock pages and
// drops every other page (and so their models) while the state is not
// Unlocked. The database key leaves memory on lock (PinKeyProvider::lock);
// connections already open keep their copy inside SQLCipher while the
// process lives, so that sync can go on (and a revoked device be wiped)
// while the screen is locked.
//
// QML sees the one instance main() made as the singleton AppLock; without
// one (Qt Quick tests of pages) it is an inert instance, always Unlocked.
class AppLock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(WipeReason wipeReason READ wipeReason NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY messageChanged)
    Q_PROPERTY(int minimumPinLength READ minimumPinLength CONSTANT)
    Q_PROPERTY(QString username READ username NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs WRITE setIdleTimeoutMs NOTIFY idleTimeoutChanged)

public:
    enum State {
        Setup, // first start: choose a PIN
        Locked, // the PIN is needed
        Reauthenticate, // the offline lease ran out: the server must confirm the worker
        Unlocked,
        Wiped, // the data was deleted: wipeReason says why
        Unavailable, // the data exists but cannot be opened (AppContext.errorText says why)
    };
    Q_ENUM(State)
    enum WipeReason { NoWipe, TooManyWrongPins, LeaseExpired, DeviceRevoked, Requested };
    Q_ENUM(WipeReason)

    static constexpr int MinimumPinLength = 6;
    static constexpr const char *WipedMarkerName = "wiped";
    static constexpr const char *SettingsFileName = "settings.ini";

    struct Hooks
    {
        // Opens the store (and starts sync) once the key is there; false
        // when it cannot (AppContext says why).
        std::function<bool()> openData;
        // Stops sync and closes every connection to the store: before a wipe.
        std::function<void()> closeData;
    };

    // `cacheDirectory` (may be empty) is wiped with the data folder.
    AppLock(QString dataDirectory, QString cacheDirectory, platform::PinKeyProvider &keys,
            AppContext &context, Hooks hooks, const sync::Clock &clock = sync::SystemClock::instance(),
            QObject *parent = nullptr);
    ~AppLock() override;

    static void setInstance(AppLock *lock) { s_instance = lock; }
    static AppLock *create(QQmlEngine *, QJSEngine *);

    // The sync service (re)made by the openData hook: its revocation wipes
    // the device, its enrolment answers a re-authentication.
    void setSyncService(client::SyncService *service);

    // Decides the first state: Wiped (a wipe was not yet acknowledged), Setup,
    // Locked (the keystore may already have opened the store), Unavailable.
    void start();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] WipeReason wipeReason() const { return m_wipeReason; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int attemptsLeft() const;
    [[nodiscard]] static int minimumPinLength() { return MinimumPinLength; }
    [[nodiscard]] QString username() const { return m_username; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int idleTimeoutMs() const { return m_idleTimeoutMs; }
    void setIdleTimeoutMs(int ms);

    Q_INVOKABLE bool setUpPin(const QString &pin, const QString &repeat);
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE bool changePin(const QString &oldPin, const QString &newPin, const QString &repeat);
    Q_INVOKABLE void lockNow();
    // Asks the server to confirm the worker (enrols again, same user).
    Q_INVOKABLE void reauthenticate(const QString &username, const QString &password);
    // The worker erases this device (e.g. before handing it to a colleague).
    Q_INVOKABLE void wipeNow() { wipe(Requested); }
    // From Wiped: start again with a new PIN.
    Q_INVOKABLE void startAgain();
    // Deletes database, WAL, key (file and keystore), caches, sync state.
    void wipe(WipeReason reason);

Q_SIGNALS:
    void stateChanged();
    void messageChanged();
    void busyChanged();
    void idleTimeoutChanged();
    // A PIN change went through (for the page to say so and go back).
    void pinChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Inert: no keys, always Unlocked (for QML without main()). Private and
    // not default-constructible, or QML would make its own instance instead
    // of calling create().
    struct Inert
    {
    };
    explicit AppLock(Inert);

    void setState(State state);
    void setMessage(const QString &message);
    void setBusy(bool busy);
    bool openData();
    // After the key is there: the lease decides between Unlocked,
    // Reauthenticate and a wipe.
    void afterUnlock();
    QString checkNewPin(const QString &pin, const QString &repeat) const;
    void onEnrolFinished(bool ok);
    QString wipedMarkerPath() const;

    static inline AppLock *s_instance = nullptr;
    QString m_dataDirectory;
    QString m_cacheDirectory;
    platform::PinKeyProvider *m_keys = nullptr;
    AppContext *m_context = nullptr;
    Hooks m_hooks;
    const sync::Clock *m_clock = &sync::SystemClock::instance();
    QPointer<client::SyncService> m_sync;
    State m_state = Unlocked;
    WipeReason m_wipeReason = NoWipe;
    QString m_message;
    QString m_username;
    bool m_busy = false;
    bool m_reauthenticating = false;
    int m_idleTimeoutMs = 5 * 60'000;
    QTimer m_idle;
};

} // namespace brugboek::app
