#pragma once

#include "retrypolicy.h"
#include "syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace brugboek::client {

class SyncWorker;

// Sync as the UI sees it: state, pending changes, last success, last error.
// The engine runs on a worker thread with its own connection to the store,
// so neither the network nor applying a large page holds up the UI. Sync
// runs shortly after local changes, on a timer, when the network comes back
// and on "Nu synchroniseren"; failures retry with backoff and jitter.
class SyncService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(ErrorKind errorKind READ errorKind NOTIFY stateChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY stateChanged)
    Q_PROPERTY(qint64 pendingChanges READ pendingChanges NOTIFY pendingChangesChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY lastSuccessChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolmentChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY enrolmentChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString teamName READ teamName NOTIFY enrolmentChanged)
    Q_PROPERTY(int rejectedChanges READ rejectedChanges NOTIFY pendingChangesChanged)

public:
    enum class State { NotEnrolled, Offline, Syncing, UpToDate, Error };
    Q_ENUM(State)
    enum class ErrorKind {
        None,
        NoNetwork,
        Unauthenticated,
        Revoked,
        Unsupported,
        RateLimited,
        Server,
        Store,
        OtherUser
    };
    Q_ENUM(ErrorKind)

    // A connection to the device's store for the worker thread: made there,
    // used only there.
    struct Session
    {
        virtual ~Session() = default;
        virtual Database &db() = 0;
        virtual ChangeLog &changes() = 0;
    };
    using SessionFactory = std::function<std::unique_ptr<Session>()>;
    using TransportFactory = std::function<std::unique_ptr<Transport>(const QString &serverUrl)>;

    struct Options
    {
        int debounceMs = 2'000; // after a local change
        int periodicMs = 5 * 60'000; // when up to date
        RetryPolicy::Options retry;
    };

    SyncService(SessionFactory sessions, TransportFactory transports, Options options,
                QObject *parent = nullptr);
    ~SyncService() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] QString errorDetail() const { return m_errorDetail; }
    [[nodiscard]] qint64 pendingChanges() const { return m_pending; }
    [[nodiscard]] int rejectedChanges() const { return m_rejected; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }
    [[nodiscard]] bool enrolled() const { return !m_enrolment.serverUrl.isEmpty(); }
    [[nodiscard]] QString serverUrl() const { return m_enrolment.serverUrl; }
    [[nodiscard]] QString userName() const { return m_enrolment.displayName; }
    [[nodiscard]] QString teamName() const { return m_enrolment.teamName; }

    // Reads the enrolment and pending count; schedules the first sync.
    void start();
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void enrol(const QString &serverUrl, const QString &username, const QString &password,
                           const QString &deviceName);
    // Something was written locally: sync soon (debounced).
    Q_INVOKABLE void localChangesMade();
    // The network came back: try now, forget the backoff.
    void networkAvailable();

Q_SIGNALS:
    void stateChanged();
    void pendingChangesChanged();
    void lastSuccessChanged();
    void enrolmentChanged();
    // ok false: errorKind/errorDetail say why.
    void enrolFinished(bool ok);
    // Records changed on this device because of a sync.
    void recordsChanged();
    // An administrator revoked this device: the app wipes it (AppLock).
    void deviceRevoked();

private:
    friend class SyncWorker;
    struct Report;
    void finished(const Report &report);
    void setState(State state, ErrorKind kind, const QString &detail);
    void schedule(int delayMs);

    Options m_options;
    RetryPolicy m_retry;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
    int m_failures = 0;
    State m_state = State::NotEnrolled;
    ErrorKind m_errorKind = ErrorKind::None;
    QString m_errorDetail;
    qint64 m_pending = 0;
    int m_rejected = 0;
    QDateTime m_lastSuccess;
    SyncEngine::Enrolment m_enrolment;
};

} // namespace brugboek::client
