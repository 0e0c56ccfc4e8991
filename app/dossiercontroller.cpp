#include "dossiercontroller.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

DossierController::DossierController(QObject *parent)
    : QObject(parent)
{
    // An empty household id would mean "every household" to these models
    // (every open referral, every booking): a dossier without a household
    // yet shows none of them. On a large device those were tens of thousands
    // of delegates, gigabytes, before the first household was chosen.
    m_referrals.setHouseholdId(QStringLiteral("-"));
    m_bookings.setHouseholdId(QStringLiteral("-"));
}

void DossierController::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &DossierController::refresh))
        return;
    m_people.setContext(context);
    m_timeline.setContext(context);
    m_referrals.setContext(context);
    m_conflicts.setContext(context);
    m_bookings.setContext(context);
    Q_EMIT contextChanged();
    refresh();
}

void DossierController::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    m_people.setKey(id);
    m_timeline.setKey(id);
    m_referrals.setHouseholdId(id.isEmpty() ? QStringLiteral("-") : id);
    m_conflicts.setKey(id);
    m_bookings.setHouseholdId(id.isEmpty() ? QStringLiteral("-") : id);
    Q_EMIT householdIdChanged();
    refresh();
}

void DossierController::refresh()
{
    store::Household household;
    QString languagesText;
    QString schoolsText;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store && !m_householdId.isEmpty()) {
        try {
            store::Queries queries(store->db());
            household =
                store::Repository(*store).load<store::Household>(m_householdId).value_or(store::Household {});
            const auto languages = labels::listLabels(queries, QStringLiteral("taal"));
            QStringList spoken;
            for (const QString &code : std::as_const(household.homeLanguages))
                spoken << languages.value(code, code);
            languagesText = spoken.join(QLatin1String(", "));
            QHash<QString, QString> schoolNames;
            for (const auto &s : queries.schools())
                schoolNames.insert(s.id, s.name);
            QStringList schools;
            for (const auto &p : queries.peopleOf(m_householdId))
                if (!p.schoolId.isEmpty() && !schools.contains(schoolNames.value(p.schoolId)))
                    schools << schoolNames.value(p.schoolId);
            schoolsText = schools.join(QLatin1String(", "));
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    m_household = household;
    m_languagesText = languagesText;
    m_schoolsText = schoolsText;
    Q_EMIT detailsChanged();
}

bool DossierController::saveDetails(const QString &displayName, const QString &phone, const QString &email,
                                    const QString &address, const QString &reachNote, const QString &notes,
                                    bool interpreterNeeded)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || !exists() || displayName.trimmed().isEmpty())
        return false;
    try {
        store::Repository(*store).update("household", m_householdId,
                                         {{QStringLiteral("display_name"), displayName.trimmed()},
                                          {QStringLiteral("phone"), phone.trimmed()},
                                          {QStringLiteral("email"), email.trimmed()},
                                          {QStringLiteral("address"), address.trimmed()},
                                          {QStringLiteral("reach_note"), reachNote.trimmed()},
                                          {QStringLiteral("notes"), notes.trimmed()},
                                          {QStringLiteral("interpreter_needed"), interpreterNeeded}});
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_context->notifyRecordsChanged();
    return true;
}

} // namespace brugboek::app
