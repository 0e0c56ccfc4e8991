#include "encountercontroller.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

namespace {
// Sets `member` and says whether it changed.
template<class T> bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}
} // namespace

EncounterController::EncounterController(QObject *parent)
    : QObject(parent)
{
    m_domains.setList(QStringLiteral("levensdomein"));
    m_people.setList(QStringLiteral("person"));
    m_consentMethods.setList(QStringLiteral("toestemming_wijze"));
    m_consentMethods.setSingle(true);
    m_undoTimer.setSingleShot(true);
    connect(&m_undoTimer, &QTimer::timeout, this, &EncounterController::savedChanged);
    // Chips count towards canSave.
    connect(&m_domains, &OptionModel::selectedChanged, this, &EncounterController::formChanged);
}

void EncounterController::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_domains.setContext(context);
    m_people.setContext(context);
    m_consentMethods.setContext(context);
    if (m_context)
        connect(m_context, &AppContext::languageChanged, this, [this] {
            Q_EMIT formChanged();
            Q_EMIT savedChanged();
        });
    Q_EMIT contextChanged();
}

void EncounterController::setKind(const QString &kind)
{
    if (assign(m_kind, kind))
        Q_EMIT formChanged();
}

void EncounterController::setSchoolId(const QString &id)
{
    if (assign(m_schoolId, id))
        Q_EMIT formChanged();
}

void EncounterController::setUnknownParent(const QString &text)
{
    if (assign(m_unknownParent, text))
        Q_EMIT formChanged();
}

void EncounterController::setNote(const QString &note)
{
    if (assign(m_note, note))
        Q_EMIT formChanged();
}

void EncounterController::setAgreements(const QString &text)
{
    if (assign(m_agreements, text))
        Q_EMIT formChanged();
}

void EncounterController::setFollowUp(const QString &choice)
{
    if (assign(m_followUp, choice))
        Q_EMIT formChanged();
}

void EncounterController::setConsentGiven(bool given)
{
    if (assign(m_consentGiven, given))
        Q_EMIT formChanged();
}

void EncounterController::setConsentSubject(const QString &text)
{
    if (assign(m_consentSubject, text))
        Q_EMIT formChanged();
}

void EncounterController::setConsentWith(const QString &text)
{
    if (assign(m_consentWith, text))
        Q_EMIT formChanged();
}

void EncounterController::setSettlesFollowUpId(const QString &id)
{
    if (assign(m_settlesFollowUpId, id))
        Q_EMIT formChanged();
}

void EncounterController::setFollowUpDate(const QDate &date)
{
    if (m_followUpDate == date && m_followUp == QLatin1String("date"))
        return;
    m_followUpDate = date;
    m_followUp = QStringLiteral("date");
    Q_EMIT formChanged();
}

QDate EncounterController::today() const
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    return store ? QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date() : QDate::currentDate();
}

QDate EncounterController::followUpDate() const
{
    if (m_followUp == QLatin1String("tomorrow"))
        return today().addDays(1);
    if (m_followUp == QLatin1String("nextWeek"))
        return today().addDays(7);
    if (m_followUp == QLatin1String("date"))
        return m_followUpDate.isValid() ? m_followUpDate : today().addDays(1);
    return {};
}

QString EncounterController::followUpText() const
{
    const QDate due = followUpDate();
    return due.isValid() ? tr("Follow up on %1").arg(labels::date(due)) : tr("No follow-up");
}

QStringList EncounterController::referralTexts() const
{
    QStringList out;
    for (const auto &r : m_referrals)
        out << (r.need.isEmpty() ? r.organisationName : tr("%1: %2").arg(r.organisationName, r.need));
    return out;
}

QString EncounterController::problem() const
{
    if (m_householdId.isEmpty() && m_unknownParent.trimmed().isEmpty())
        return tr("Choose a household or describe the parent in a few words.");
    if (m_householdId.isEmpty() && !m_referrals.isEmpty())
        return tr("A referral needs a known household.");
    if (m_consentGiven && (m_consentSubject.trimmed().isEmpty() || m_consentWith.trimmed().isEmpty()))
        return tr("Say what may be shared, and with whom.");
    return {};
}

void EncounterController::selectHousehold(const QString &id, const QString &name)
{
    if (m_householdId == id && m_householdName == name)
        return;
    m_householdId = id;
    m_householdName = name;
    m_settlesFollowUpId.clear(); // it was about the family chosen before
    if (!m_bookingHouseholdId.isEmpty() && m_bookingHouseholdId != id) {
        m_bookingId.clear();
        m_bookingHouseholdId.clear();
    }
    m_people.setHouseholdId(id);
    Q_EMIT formChanged();
}

void EncounterController::startFromBooking(const QString &bookingId, const QString &householdId,
                                           const QString &householdName, const QString &description)
{
    m_bookingId.clear();
    m_bookingHouseholdId.clear();
    selectHousehold(householdId, householdName);
    if (householdId.isEmpty())
        m_unknownParent = description;
    m_bookingId = bookingId;
    m_bookingHouseholdId = householdId;
    Q_EMIT formChanged();
}

void EncounterController::addReferral(const QString &organisationId, const QString &organisationName,
                                      const QString &need)
{
    m_referrals.append({organisationId, organisationName, need.trimmed()});
    Q_EMIT formChanged();
}

void EncounterController::removeReferral(int index)
{
    if (index < 0 || index >= m_referrals.size())
        return;
    m_referrals.removeAt(index);
    Q_EMIT formChanged();
}

bool EncounterController::save()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || !canSave())
        return false;
    QStringList consentIds;
    QStringList referralIds;
    store::Encounter e;
    try {
        store::Repository repo(*store);
        client::Transaction tx(store->db());
        e.householdId = m_householdId;
        e.unknownParent = m_householdId.isEmpty() ? m_unknownParent.trimmed() : QString();
        e.kind = m_kind;
        e.schoolId = m_schoolId;
        e.peoplePresent = m_people.selected();
        e.lifeDomains = m_domains.selected();
        e.note = m_note.trimmed();
        e.agreements = m_agreements.trimmed();
        store::FollowUp f;
        const QDate due = followUpDate();
        if (due.isValid()) {
            f.dueOn = due;
            f.title = !e.note.isEmpty()           ? e.note
                : !m_domains.selected().isEmpty() ? tr("Follow up: %1").arg(m_domains.selectedLabels())
                                                  : tr("Follow up the contact");
        }
        repo.saveEncounter(e, due.isValid() ? &f : nullptr);
        if (m_consentGiven) {
            store::Consent c;
            c.householdId = m_householdId;
            c.subject = m_consentSubject.trimmed();
            c.sharedWith = m_consentWith.trimmed();
            c.method = m_consentMethods.selected().value(0);
            c.givenOn = e.occurredAt.toLocalTime().date();
            consentIds << repo.save(c);
        }
        if (!m_settlesFollowUpId.isEmpty())
            repo.completeFollowUp(m_settlesFollowUpId, e.occurredAt);
        if (!m_bookingId.isEmpty())
            repo.markBookingSeen(m_bookingId, e);
        for (const auto &pending : std::as_const(m_referrals)) {
            store::Referral r;
            r.householdId = m_householdId;
            r.organisationId = pending.organisationId;
            r.need = pending.need;
            r.lifeDomain = m_domains.selected().value(0);
            referralIds << repo.createReferral(r);
        }
        tx.commit();
    } catch (const std::exception &error) {
        m_context->reportError(error);
        return false;
    }
    const QString who = m_householdId.isEmpty() ? m_unknownParent.trimmed() : m_householdName;
    m_lastConsentIds = consentIds;
    m_lastReferralIds = referralIds;
    m_lastSettledFollowUpId = m_settlesFollowUpId;
    m_lastBookingId = m_bookingId;
    clear();
    m_undoTimer.start(UndoMs);
    setSaved(e.id, tr("Saved: %1").arg(who));
    m_context->notifyRecordsChanged();
    return true;
}

bool EncounterController::undo()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || !canUndo())
        return false;
    try {
        store::Repository repo(*store);
        client::Transaction tx(store->db());
        for (const QString &id : std::as_const(m_lastReferralIds))
            repo.purge("referral", id);
        for (const QString &id : std::as_const(m_lastConsentIds))
            repo.purge("consent", id);
        repo.purge("encounter", m_lastSavedId);
        if (!m_lastSettledFollowUpId.isEmpty()) // open again
            repo.update("follow_up", m_lastSettledFollowUpId, {{QStringLiteral("done_at"), QVariant()}});
        if (!m_lastBookingId.isEmpty())
            repo.reopenBooking(m_lastBookingId);
        tx.commit();
    } catch (const std::exception &error) {
        m_context->reportError(error);
        return false;
    }
    m_undoTimer.stop();
    setSaved({}, tr("Undone"));
    m_context->notifyRecordsChanged();
    return true;
}

void EncounterController::setSaved(const QString &id, const QString &text)
{
    m_lastSavedId = id;
    m_savedText = text;
    if (id.isEmpty()) {
        m_lastConsentIds.clear();
        m_lastReferralIds.clear();
        m_lastSettledFollowUpId.clear();
        m_lastBookingId.clear();
    }
    Q_EMIT savedChanged();
}

void EncounterController::clear()
{
    m_householdId.clear();
    m_householdName.clear();
    m_unknownParent.clear();
    m_note.clear();
    m_agreements.clear();
    m_followUp.clear();
    m_followUpDate = {};
    m_consentGiven = false;
    m_consentSubject.clear();
    m_consentWith.clear();
    m_referrals.clear();
    m_settlesFollowUpId.clear();
    m_bookingId.clear();
    m_bookingHouseholdId.clear();
    m_people.setHouseholdId({});
    m_domains.setSelected({});
    m_consentMethods.setSelected({});
    Q_EMIT formChanged();
}

} // namespace brugboek::app
