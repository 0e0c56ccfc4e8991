#include "bookingmodel.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

BookingModel::BookingModel(QObject *parent)
    : ContextListModel({"title", "bookingId", "householdId", "householdName", "description", "timeText",
                        "dateText", "schoolName", "status", "statusLabel", "isOpen", "unknownParent"},
                       parent)
{
}

void BookingModel::setSchoolId(const QString &id)
{
    if (m_schoolId == id)
        return;
    m_schoolId = id;
    Q_EMIT filterChanged();
    refresh();
}

void BookingModel::setDay(const QDate &day)
{
    if (m_day == day)
        return;
    m_day = day;
    Q_EMIT filterChanged();
    refresh();
}

void BookingModel::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    Q_EMIT filterChanged();
    refresh();
}

bool BookingModel::cancel(const QString &bookingId)
{
    store::Store *s = store();
    if (!s)
        return false;
    try {
        store::Repository(*s).cancelBooking(bookingId);
    } catch (const std::exception &e) {
        context()->reportError(e);
        return false;
    }
    context()->notifyRecordsChanged();
    return true;
}

QList<QVariantList> BookingModel::load(store::Store &store)
{
    store::Queries queries(store.db());
    QList<store::BookingRow> rows;
    if (!m_householdId.isEmpty()) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(store.clock().nowMs()).date();
        rows = queries.bookingsOf(m_householdId, QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch());
    } else if (!m_schoolId.isEmpty() && m_day.isValid()) {
        const QDateTime start(m_day, QTime(0, 0));
        rows =
            queries.bookingsAt(m_schoolId, start.toMSecsSinceEpoch(), start.addDays(1).toMSecsSinceEpoch());
    }
    QList<QVariantList> out;
    int open = 0;
    for (const auto &row : rows) {
        const auto &b = row.booking;
        const bool isOpen = b.status == store::BookingStatus::Booked;
        open += isOpen ? 1 : 0;
        QString statusLabel;
        if (b.status == store::BookingStatus::Seen)
            statusLabel = tr("Seen", "zitdag booking");
        else if (b.status == store::BookingStatus::Cancelled)
            statusLabel = tr("Cancelled", "zitdag booking");
        else
            statusLabel = tr("Booked", "zitdag booking");
        const QString title =
            b.householdId.isEmpty() ? tr("Not yet known: %1").arg(b.description) : row.householdName;
        // The description is the title when the parent is not known yet.
        const QString description = b.householdId.isEmpty() ? QString() : b.description;
        out.append({title, b.id, b.householdId, row.householdName, description, labels::time(b.bookedFor),
                    labels::date(b.bookedFor.toLocalTime().date()), row.schoolName, b.status, statusLabel,
                    isOpen, b.householdId.isEmpty() ? b.description : QString()});
    }
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged();
    }
    return out;
}

} // namespace brugboek::app
