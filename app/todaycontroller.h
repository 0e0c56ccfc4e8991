#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// The figures of the home page ("Vandaag"), ready to show: what to follow up
// today, what is overdue, the open referrals and how many changes have not
// reached the server yet.
class TodayController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QDate today READ today NOTIFY figuresChanged)
    Q_PROPERTY(QString todayText READ todayText NOTIFY figuresChanged)
    Q_PROPERTY(int dueTodayCount READ dueTodayCount NOTIFY figuresChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY figuresChanged)
    Q_PROPERTY(int openReferralCount READ openReferralCount NOTIFY figuresChanged)
    Q_PROPERTY(int pendingChangeCount READ pendingChangeCount NOTIFY figuresChanged)
    Q_PROPERTY(int zitdagTodayCount READ zitdagTodayCount NOTIFY figuresChanged)
    Q_PROPERTY(int zitdagBookedCount READ zitdagBookedCount NOTIFY figuresChanged)

public:
    explicit TodayController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);

    // Today by the store's clock, in local time.
    [[nodiscard]] QDate today() const { return m_today; }
    // "maandag 23 november", in the UI language.
    [[nodiscard]] QString todayText() const;
    [[nodiscard]] int dueTodayCount() const { return m_dueToday; }
    [[nodiscard]] int overdueCount() const { return m_overdue; }
    [[nodiscard]] int openReferralCount() const { return m_openReferrals; }
    [[nodiscard]] int pendingChangeCount() const { return m_pendingChanges; }
    // Zitdag conversations noted today, at any school.
    [[nodiscard]] int zitdagTodayCount() const { return m_zitdagToday; }
    // Zitdag bookings for today still waiting for their conversation.
    [[nodiscard]] int zitdagBookedCount() const { return m_zitdagBooked; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    // One signal for all figures: they are read together.
    void figuresChanged();

private:
    QPointer<AppContext> m_context;
    QDate m_today;
    int m_dueToday = 0;
    int m_overdue = 0;
    int m_openReferrals = 0;
    int m_pendingChanges = 0;
    int m_zitdagToday = 0;
    int m_zitdagBooked = 0;
};

} // namespace brugboek::app
