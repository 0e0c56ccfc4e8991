#include "syncservice.h"

#include <QMetaObject>

#include <mutex>

namespace brugboek::client {

struct SyncService::Report
{
    bool enrolment = false; // an answer to enrol()
    bool ran = false; // a sync was attempted
    SyncEngine::Result result;
    SyncEngine::Enrolment who;
    qint64 pending = 0;
    int rejected = 0;
    qint64 lastSuccessMs = 0;
};

// Owns the store connection and the engine; every method runs on the
// service's thread and answers with SyncService::finished().
class SyncWorker : public QObject
{
public:
    SyncWorker(SyncService *service, SyncService::SessionFactory sessions,
               SyncService::TransportFactory transports)
        : m_service(service)
        , m_sessions(std::move(sessions))
        , m_transports(std::move(transports))
    {
    }

    void status() { report(false, false, {}); }

    void run()
    {
        SyncEngine::Result r;
        if (ensureEngine(r)) {
            r = m_engine->run();
            if (r.outcome == SyncEngine::Outcome::Ok)
                setLastSuccess();
        }
        report(true, false, r);
    }

    void enrol(const QString &url, const QString &user, const QString &password, const QString &device)
    {
        SyncEngine::Result r;
        {
            const std::lock_guard<std::mutex> lock(m_engineMutex);
            m_engine.reset();
        }
        m_transport = m_transports(url);
        if (ensureSession(r)) {
            setEngine(std::make_unique<SyncEngine>(m_session->db(), m_session->changes(), *m_transport));
            r = m_engine->enrol(user, password, device, url);
        }
        report(false, true, r);
    }

    // From any thread (the service's destructor): a run under way ends at
    // its next page or batch; later ones do not start.
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_engineMutex);
        m_stopping = true;
        if (m_engine)
            m_engine->requestStop();
    }

    void forget()
    {
        const std::lock_guard<std::mutex> lock(m_engineMutex);
        m_engine.reset();
        m_transport.reset();
        m_session.reset();
    }

private:
    bool ensureSession(SyncEngine::Result &r)
    {
        if (m_session)
            return true;
        try {
            m_session = m_sessions();
        } catch (const std::exception &e) {
            r.outcome = SyncEngine::Outcome::StoreError;
            r.detail = e.what();
            return false;
        }
        return true;
    }

    bool ensureEngine(SyncEngine::Result &r)
    {
        if (!ensureSession(r))
            return false;
        if (!m_engine) {
            const QString url = enrolmentNow().serverUrl;
            if (url.isEmpty()) {
                r.outcome = SyncEngine::Outcome::NotEnrolled;
                return false;
            }
            m_transport = m_transports(url);
            setEngine(std::make_unique<SyncEngine>(m_session->db(), m_session->changes(), *m_transport));
        }
        return true;
    }

    void setEngine(std::unique_ptr<SyncEngine> engine)
    {
        const std::lock_guard<std::mutex> lock(m_engineMutex);
        m_engine = std::move(engine);
        if (m_stopping)
            m_engine->requestStop();
    }

    SyncEngine::Enrolment enrolmentNow() { return SyncEngine::enrolmentOf(m_session->db()); }

    void setLastSuccess()
    {
        m_session->db()
            .query("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('last_success', ?)")
            .bind(1, QDateTime::currentMSecsSinceEpoch())
            .exec();
    }

    void report(bool ran, bool enrolment, const SyncEngine::Result &result)
    {
        SyncService::Report rep;
        rep.ran = ran;
        rep.enrolment = enrolment;
        rep.result = result;
        SyncEngine::Result ignored;
        if (ensureSession(ignored)) {
            try {
                rep.who = enrolmentNow();
                rep.pending = m_session->changes().pendingCount();
                rep.rejected = m_session->db().scalar("SELECT count(*) FROM sync_rejected").toInt();
                rep.lastSuccessMs = m_session->db()
                                        .scalar("SELECT value FROM sync_state WHERE key = 'last_success'")
                                        .toLongLong();
            } catch (const StoreError &e) {
                if (rep.result.outcome == SyncEngine::Outcome::Ok) {
                    rep.result.outcome = SyncEngine::Outcome::StoreError;
                    rep.result.detail = e.what();
                }
            }
        }
        QMetaObject::invokeMethod(m_service, [service = m_service, rep] { service->finished(rep); });
    }

    SyncService *m_service;
    SyncService::SessionFactory m_sessions;
    SyncService::TransportFactory m_transports;
    std::unique_ptr<SyncService::Session> m_session;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<SyncEngine> m_engine; // set and reset under m_engineMutex (stop() reads it)
    std::mutex m_engineMutex;
    bool m_stopping = false;
};

SyncService::SyncService(SessionFactory sessions, TransportFactory transports, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_retry(options.retry)
{
    m_worker = new SyncWorker(this, std::move(sessions), std::move(transports));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [this] {
        m_worker->forget();
        delete m_worker;
    });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    m_timer.stop();
    // A long pull (the initial one) ends at its next page instead of
    // holding up the app's exit; what was applied stays.
    m_worker->stop();
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->status(); });
}

void SyncService::syncNow()
{
    m_timer.stop();
    if (m_running) {
        m_again = true;
        return;
    }
    if (!enrolled())
        return;
    m_running = true;
    setState(State::Syncing, m_errorKind, m_errorDetail);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->run(); });
}

void SyncService::enrol(const QString &serverUrl, const QString &username, const QString &password,
                        const QString &deviceName)
{
    m_timer.stop();
    m_running = true;
    setState(State::Syncing, ErrorKind::None, {});
    QMetaObject::invokeMethod(m_worker, [w = m_worker, serverUrl, username, password, deviceName] {
        w->enrol(serverUrl, username, password, deviceName);
    });
}

void SyncService::localChangesMade()
{
    if (m_running) {
        m_again = true;
        return;
    }
    // A failing server is not knocked on faster because the worker types.
    if (m_failures == 0 || !m_timer.isActive())
        schedule(m_options.debounceMs);
}

void SyncService::networkAvailable()
{
    m_failures = 0;
    syncNow();
}

void SyncService::schedule(int delayMs)
{
    m_timer.start(std::max(0, delayMs));
}

void SyncService::setState(State state, ErrorKind kind, const QString &detail)
{
    if (state == m_state && kind == m_errorKind && detail == m_errorDetail)
        return;
    m_state = state;
    m_errorKind = kind;
    m_errorDetail = detail;
    Q_EMIT stateChanged();
}

namespace {
SyncService::ErrorKind kindOf(SyncEngine::Outcome outcome)
{
    using O = SyncEngine::Outcome;
    using K = SyncService::ErrorKind;
    switch (outcome) {
    case O::Ok:
    case O::NotEnrolled:
        return K::None;
    case O::Offline:
        return K::NoNetwork;
    case O::Unauthenticated:
        return K::Unauthenticated;
    case O::Revoked:
        return K::Revoked;
    case O::Unsupported:
        return K::Unsupported;
    case O::RateLimited:
        return K::RateLimited;
    case O::ServerError:
        return K::Server;
    case O::StoreError:
        return K::Store;
    case O::OtherUser:
        return K::OtherUser;
    }
    return K::Server;
}
} // namespace

void SyncService::finished(const Report &report)
{
    if (report.ran || report.enrolment)
        m_running = false;
    const bool enrolmentDiffers = report.who.serverUrl != m_enrolment.serverUrl ||
        report.who.displayName != m_enrolment.displayName || report.who.teamName != m_enrolment.teamName;
    m_enrolment = report.who;
    if (enrolmentDiffers)
        Q_EMIT enrolmentChanged();
    if (report.pending != m_pending || report.rejected != m_rejected) {
        m_pending = report.pending;
        m_rejected = report.rejected;
        Q_EMIT pendingChangesChanged();
    }
    const QDateTime last =
        report.lastSuccessMs > 0 ? QDateTime::fromMSecsSinceEpoch(report.lastSuccessMs) : QDateTime();
    if (last != m_lastSuccess) {
        m_lastSuccess = last;
        Q_EMIT lastSuccessChanged();
    }

    const auto &r = report.result;
    const QString detail = QString::fromStdString(r.detail);
    if (report.enrolment) {
        const bool ok = r.outcome == SyncEngine::Outcome::Ok;
        setState(ok ? State::Syncing : (enrolled() ? State::Error : State::NotEnrolled), kindOf(r.outcome),
                 detail);
        Q_EMIT enrolFinished(ok);
        if (ok) {
            m_failures = 0;
            m_running = false;
            syncNow();
        }
        return;
    }
    if (!enrolled()) {
        setState(State::NotEnrolled, ErrorKind::None, {});
        return;
    }
    if (!report.ran) {
        // The first look at the store: sync soon.
        setState(State::Offline, ErrorKind::None, {});
        schedule(0);
        return;
    }
    if (r.pulled > 0)
        Q_EMIT recordsChanged();
    if (r.outcome == SyncEngine::Outcome::Ok) {
        m_failures = 0;
        setState(State::UpToDate, ErrorKind::None, {});
        if (m_again || m_pending > 0) {
            m_again = false;
            schedule(m_options.debounceMs);
        } else {
            schedule(m_options.periodicMs);
        }
        return;
    }
    m_again = false;
    ++m_failures;
    const ErrorKind kind = kindOf(r.outcome);
    setState(kind == ErrorKind::NoNetwork ? State::Offline : State::Error, kind, detail);
    if (r.outcome == SyncEngine::Outcome::Revoked) {
        Q_EMIT deviceRevoked();
        return; // nothing to retry
    }
    if (r.outcome == SyncEngine::Outcome::Unauthenticated || r.outcome == SyncEngine::Outcome::Unsupported) {
        schedule(m_options.periodicMs); // needs a person; look again now and then
        return;
    }
    schedule(static_cast<int>(m_retry.delayMs(m_failures, r.retryAfterS)));
}

} // namespace brugboek::client
