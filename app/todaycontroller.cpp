#include "todaycontroller.h"

#include "appcontext.h"

#include "app/store/queries.h"
#include "app/store/store.h"

#include <QLocale>

#include <algorithm>
#include <climits>

namespace brugboek::app {

TodayController::TodayController(QObject *parent)
    : QObject(parent)
{
}

void TodayController::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &TodayController::refresh))
        return;
    if (m_context) // todayText
        connect(m_context, &AppContext::languageChanged, this, &TodayController::figuresChanged);
    Q_EMIT contextChanged();
    refresh();
}

QString TodayController::todayText() const
{
    return QLocale().toString(m_today, QStringLiteral("dddd d MMMM"));
}

void TodayController::refresh()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    QDate today;
    int dueToday = 0;
    int overdue = 0;
    int openReferrals = 0;
    int pending = 0;
    int zitdag = 0;
    int booked = 0;
    if (store) {
        today = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date();
        try {
            store::Queries queries(store->db());
            const auto due = queries.followUpCounts(today);
            dueToday = due.today;
            overdue = due.overdue;
            openReferrals = queries.openReferralCount();
            pending = static_cast<int>(std::min<qint64>(store->changes().pendingCount(), INT_MAX));
            const QDateTime start(today, QTime(0, 0));
            zitdag = queries.encounterCount(QStringLiteral("zitdag"), start.toMSecsSinceEpoch(),
                                            start.addDays(1).toMSecsSinceEpoch());
            booked =
                queries.openBookingCount(start.toMSecsSinceEpoch(), start.addDays(1).toMSecsSinceEpoch());
        } catch (const std::exception &e) {
            m_context->reportError(e); // keep the figures shown
            return;
        }
    } else {
        today = QDate::currentDate();
    }
    if (today == m_today && dueToday == m_dueToday && overdue == m_overdue &&
        openReferrals == m_openReferrals && pending == m_pendingChanges && zitdag == m_zitdagToday &&
        booked == m_zitdagBooked)
        return;
    m_today = today;
    m_dueToday = dueToday;
    m_overdue = overdue;
    m_openReferrals = openReferrals;
    m_pendingChanges = pending;
    m_zitdagToday = zitdag;
    m_zitdagBooked = booked;
    Q_EMIT figuresChanged();
}

} // namespace brugboek::app
