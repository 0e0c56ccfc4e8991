#pragma once

#include "bookingmodel.h"
#include "householdmodels.h"
#include "referralmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// The gezinsdossier of one household: its details, people, one timeline,
// its referrals, its coming zitdag bookings and the texts that conflicted
// between two devices; the household's details can be edited (its people
// with a PersonEditor, its sharing with a ShareController).
class DossierController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY detailsChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY detailsChanged)
    Q_PROPERTY(QString address READ address NOTIFY detailsChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY detailsChanged)
    Q_PROPERTY(QString email READ email NOTIFY detailsChanged)
    Q_PROPERTY(QString reachNote READ reachNote NOTIFY detailsChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY detailsChanged)
    Q_PROPERTY(QString languagesText READ languagesText NOTIFY detailsChanged)
    Q_PROPERTY(bool interpreterNeeded READ interpreterNeeded NOTIFY detailsChanged)
    Q_PROPERTY(QString schoolsText READ schoolsText NOTIFY detailsChanged)
    Q_PROPERTY(brugboek::app::PersonModel *people READ people CONSTANT)
    Q_PROPERTY(brugboek::app::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(brugboek::app::ReferralModel *referrals READ referrals CONSTANT)
    Q_PROPERTY(brugboek::app::ConflictModel *conflicts READ conflicts CONSTANT)
    // Its coming zitdag bookings.
    Q_PROPERTY(brugboek::app::BookingModel *bookings READ bookings CONSTANT)

public:
    explicit DossierController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    [[nodiscard]] bool exists() const { return !m_household.id.isEmpty(); }
    [[nodiscard]] QString displayName() const { return m_household.displayName; }
    [[nodiscard]] QString address() const { return m_household.address; }
    [[nodiscard]] QString phone() const { return m_household.phone; }
    [[nodiscard]] QString email() const { return m_household.email; }
    [[nodiscard]] QString reachNote() const { return m_household.reachNote; }
    [[nodiscard]] QString notes() const { return m_household.notes; }
    [[nodiscard]] QString languagesText() const { return m_languagesText; }
    [[nodiscard]] bool interpreterNeeded() const { return m_household.interpreterNeeded; }
    [[nodiscard]] QString schoolsText() const { return m_schoolsText; }
    [[nodiscard]] PersonModel *people() { return &m_people; }
    [[nodiscard]] TimelineModel *timeline() { return &m_timeline; }
    [[nodiscard]] ReferralModel *referrals() { return &m_referrals; }
    [[nodiscard]] ConflictModel *conflicts() { return &m_conflicts; }
    [[nodiscard]] BookingModel *bookings() { return &m_bookings; }

    // Writes the household's editable details; only what changed is synced.
    Q_INVOKABLE bool saveDetails(const QString &displayName, const QString &phone, const QString &email,
                                 const QString &address, const QString &reachNote, const QString &notes,
                                 bool interpreterNeeded);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void householdIdChanged();
    void detailsChanged();

private:
    QPointer<AppContext> m_context;
    QString m_householdId;
    store::Household m_household;
    QString m_languagesText;
    QString m_schoolsText;
    PersonModel m_people;
    TimelineModel m_timeline;
    ReferralModel m_referrals;
    ConflictModel m_conflicts;
    BookingModel m_bookings;
};

} // namespace brugboek::app
