#pragma once

#include "contextlistmodel.h"

#include <QDate>

namespace brugboek::app {

// Zitdag bookings as rows: those of one school on one day (the session's
// list: booked, seen and cancelled, in time order), or the coming ones of a
// household (its dossier). A booked row can be cancelled.
class BookingModel : public ContextListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString schoolId READ schoolId WRITE setSchoolId NOTIFY filterChanged)
    Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY filterChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY filterChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)

public:
    explicit BookingModel(QObject *parent = nullptr);

    [[nodiscard]] QString schoolId() const { return m_schoolId; }
    void setSchoolId(const QString &id);
    [[nodiscard]] QDate day() const { return m_day; }
    void setDay(const QDate &day);
    // Set: the household's coming bookings instead of a school's day.
    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    // Rows still booked (not seen, not cancelled).
    [[nodiscard]] int openCount() const { return m_openCount; }

    // The parent will not come (or called it off); false when refused.
    Q_INVOKABLE bool cancel(const QString &bookingId);

Q_SIGNALS:
    void filterChanged();
    void openCountChanged();

protected:
    QList<QVariantList> load(store::Store &store) override;

private:
    QString m_schoolId;
    QDate m_day;
    QString m_householdId;
    int m_openCount = 0;
};

} // namespace brugboek::app
