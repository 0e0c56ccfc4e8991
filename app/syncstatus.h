#pragma once

#include "sync/client/syncservice.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

namespace brugboek::app {

// Sync as the pages show it: one line of state in plain words, pending
// changes, the last sync, what went wrong and what to do, and the
// enrolment form's actions. QML sees the one instance main() made as the
// singleton SyncStatus; without a SyncService (self-test, tests) it shows
// "not connected" and does nothing.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    Q_PROPERTY(bool hasError READ hasError NOTIFY changed)
    Q_PROPERTY(bool upToDate READ upToDate NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString shortText READ shortText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(QString pendingText READ pendingText NOTIFY changed)
    Q_PROPERTY(int rejectedChanges READ rejectedChanges NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QString teamName READ teamName NOTIFY changed)
    Q_PROPERTY(bool enrolBusy READ enrolBusy NOTIFY changed)

public:
    explicit SyncStatus(client::SyncService *service, QObject *parent = nullptr);
    ~SyncStatus() override;

    static void setInstance(SyncStatus *status) { s_instance = status; }
    // The service changes when the device is wiped and set up again.
    void setService(client::SyncService *service);
    static SyncStatus *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] bool enrolled() const { return m_service && m_service->enrolled(); }
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] bool offline() const;
    [[nodiscard]] bool hasError() const;
    [[nodiscard]] bool upToDate() const;
    [[nodiscard]] QString stateText() const;
    // One or two words for the header.
    [[nodiscard]] QString shortText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] int pendingChanges() const;
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] int rejectedChanges() const { return m_service ? m_service->rejectedChanges() : 0; }
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] QString serverUrl() const { return m_service ? m_service->serverUrl() : QString(); }
    [[nodiscard]] QString userName() const { return m_service ? m_service->userName() : QString(); }
    [[nodiscard]] QString teamName() const { return m_service ? m_service->teamName() : QString(); }
    [[nodiscard]] bool enrolBusy() const { return m_enrolBusy; }

    Q_INVOKABLE void syncNow();
    // Checks the form first; an empty or malformed server address is an
    // error at once, without a network round trip.
    Q_INVOKABLE void enrol(const QString &serverUrl, const QString &username, const QString &password);

Q_SIGNALS:
    void changed();
    // ok false: errorText says why.
    void enrolFinished(bool ok);

private:
    static inline SyncStatus *s_instance = nullptr;
    QPointer<client::SyncService> m_service;
    bool m_enrolBusy = false;
    QString m_formError;
};

} // namespace brugboek::app
