#include "repository.h"

#include "queries.h"

#include <QtGlobal>

namespace brugboek::store {

using client::Query;
using client::Transaction;

bool Repository::loadInto(const QMetaObject &meta, void *gadget, const QString &id)
{
    const auto &def = RecordMapper::entityOf(meta);
    Query q = m_store.db().query(QStringLiteral("SELECT * FROM %1 WHERE id = ?")
                                     .arg(QLatin1String(def.table.data(), def.table.size())));
    q.bind(1, id);
    if (!q.next())
        return false;
    for (int i = 0; i < q.columnCount(); ++i)
        RecordMapper::setColumn(meta, gadget, q.columnName(i), q.value(i));
    return true;
}

QStringList Repository::update(std::string_view entity, const QString &id, const QVariantMap &columns)
{
    const auto &def = sync::entity(entity);
    Transaction tx(m_store.db());
    {
        Query q = m_store.db().query(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                                         .arg(QLatin1String(def.table.data(), def.table.size())));
        q.bind(1, id);
        if (!q.next())
            throw ValidationError(
                QT_TRANSLATE_NOOP("ValidationError", "This record no longer exists on this device."));
    }
    // Lists, dates and booleans as save() stores them.
    QVariantMap values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        values.insert(it.key(), RecordMapper::toColumn(it.value()));
    const QStringList changed = m_store.changes().put(def, id, values);
    tx.commit();
    return changed;
}

bool Repository::purge(std::string_view entity, const QString &id)
{
    return m_store.changes().purge(sync::entity(entity), id);
}

void Repository::validate(const Encounter &encounter)
{
    if (encounter.householdId.isEmpty() && encounter.unknownParent.trimmed().isEmpty())
        throw ValidationError(QT_TRANSLATE_NOOP(
            "ValidationError", "A contact needs a household or a short description of the parent."));
    if (!encounter.occurredAt.isValid())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A contact needs its date and time."));
}

void Repository::validate(const FollowUp &followUp)
{
    if (!followUp.dueOn.isValid())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A follow-up needs a date."));
    if (followUp.title.trimmed().isEmpty())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A follow-up needs a short description."));
}

void Repository::validate(const Referral &referral)
{
    if (referral.householdId.isEmpty())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A referral belongs to a household."));
    if (referral.id.isEmpty() || !load<Referral>(referral.id))
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "A new referral starts with its first status."));
}

QString Repository::saveEncounter(Encounter &encounter, FollowUp *followUp)
{
    if (!encounter.occurredAt.isValid())
        encounter.occurredAt = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs());
    Transaction tx(m_store.db());
    save(encounter);
    if (followUp) {
        followUp->encounterId = encounter.id;
        followUp->householdId = encounter.householdId;
        save(*followUp);
    }
    tx.commit();
    return encounter.id;
}

void Repository::validate(const ReferralEvent &event)
{
    if (!ReferralStatus::all().contains(event.status))
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "This referral status is unknown."));
    if (!event.occurredOn.isValid())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A status change needs a date."));
    if (event.status == ReferralStatus::IntakePlanned && !event.intakeOn.isValid())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A planned intake needs its date."));
    if (event.status == ReferralStatus::Closed && !ReferralOutcome::all().contains(event.outcome))
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A completed referral needs an outcome."));
    if (!event.outcome.isEmpty() && event.status != ReferralStatus::Closed)
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "Only a completed referral has an outcome."));
}

QString Repository::createReferral(Referral &referral, ReferralEvent first)
{
    if (referral.householdId.isEmpty())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A referral belongs to a household."));
    if (first.status.isEmpty())
        first.status = ReferralStatus::Discussed;
    if (!first.occurredOn.isValid())
        first.occurredOn = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs()).toLocalTime().date();
    validate(first);
    Transaction tx(m_store.db());
    write(referral);
    first.id.clear();
    first.referralId = referral.id;
    first.householdId = referral.householdId;
    save(first);
    tx.commit();
    // The derived status was set by the store; reflect it in the caller's copy.
    referral.status = first.status;
    referral.statusOn = first.occurredOn;
    return referral.id;
}

QString Repository::addReferralEvent(ReferralEvent &event)
{
    validate(event);
    const auto referral = load<Referral>(event.referralId);
    if (!referral)
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "This referral no longer exists on this device."));
    event.householdId = referral->householdId;
    event.id.clear();
    return save(event);
}

void Repository::completeFollowUp(const QString &id, const QDateTime &at)
{
    if (!at.isValid())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A follow-up is done at a moment."));
    update("follow_up", id, {{QStringLiteral("done_at"), RecordMapper::toColumn(at)}});
}

void Repository::withdrawConsent(const QString &id, const QDate &on)
{
    const auto consent = load<Consent>(id);
    if (!consent)
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "This consent no longer exists on this device."));
    if (on < consent->givenOn)
        throw ValidationError(QT_TRANSLATE_NOOP(
            "ValidationError", "A consent cannot be withdrawn before the day it was given."));
    Transaction tx(m_store.db());
    update("consent", id, {{QStringLiteral("withdrawn_on"), RecordMapper::toColumn(on)}});
    QStringList shares;
    {
        Query q = m_store.db().query("SELECT id FROM household_share WHERE consent_id = ?");
        q.bind(1, id);
        while (q.next())
            shares << q.text(0);
    }
    for (const QString &share : std::as_const(shares))
        purge("household_share", share);
    tx.commit();
}

QDate Repository::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMs()).toLocalTime().date();
}

void Repository::validate(const ZitdagBooking &booking)
{
    if (booking.schoolId.isEmpty())
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "A zitdag booking needs a school."));
    if (!booking.bookedFor.isValid())
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "A zitdag booking needs a day and a time."));
    if (booking.householdId.isEmpty() && booking.description.trimmed().isEmpty())
        throw ValidationError(QT_TRANSLATE_NOOP(
            "ValidationError", "A zitdag booking needs a household or a short description of the parent."));
    if (!BookingStatus::all().contains(booking.status))
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "This booking status is unknown."));
    if (booking.status == BookingStatus::Seen && booking.encounterId.isEmpty())
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "A booking is seen when its conversation has been noted."));
}

void Repository::setBookingStatus(const QString &bookingId, const QString &status, const QVariantMap &more)
{
    auto booking = load<ZitdagBooking>(bookingId);
    if (!booking)
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "This booking no longer exists on this device."));
    booking->status = status;
    booking->encounterId = more.value(QStringLiteral("encounterId")).toString();
    if (booking->householdId.isEmpty())
        booking->householdId = more.value(QStringLiteral("householdId")).toString();
    save(*booking);
}

void Repository::markBookingSeen(const QString &bookingId, const Encounter &encounter)
{
    if (encounter.id.isEmpty())
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "A booking is seen when its conversation has been noted."));
    setBookingStatus(bookingId, BookingStatus::Seen,
                     {{QStringLiteral("encounterId"), encounter.id},
                      {QStringLiteral("householdId"), encounter.householdId}});
}

void Repository::reopenBooking(const QString &bookingId)
{
    setBookingStatus(bookingId, BookingStatus::Booked);
}

void Repository::cancelBooking(const QString &bookingId)
{
    setBookingStatus(bookingId, BookingStatus::Cancelled);
}

void Repository::validate(const HouseholdShare &share)
{
    if (share.householdId.isEmpty() || share.userId.isEmpty())
        throw ValidationError(
            QT_TRANSLATE_NOOP("ValidationError", "A household is shared with a colleague of the team."));
    const auto consent = Queries(m_store.db()).consentForColleague(share.householdId, share.userId, today());
    if (!consent || consent->id != share.consentId)
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError",
                                                "There is no valid consent to share this household with this "
                                                "colleague. Record the consent first."));
}

QString Repository::shareHousehold(const QString &householdId, const QString &userId)
{
    Transaction tx(m_store.db());
    {
        Query q = m_store.db().query(
            "SELECT id FROM household_share WHERE household_id = ? AND user_id = ? ORDER BY id LIMIT 1");
        q.bind(1, householdId);
        q.bind(2, userId);
        if (q.next())
            return q.text(0);
    }
    HouseholdShare share;
    share.householdId = householdId;
    share.userId = userId;
    if (const auto consent = Queries(m_store.db()).consentForColleague(householdId, userId, today()))
        share.consentId = consent->id;
    save(share);
    tx.commit();
    return share.id;
}

void Repository::unshareHousehold(const QString &shareId)
{
    if (!load<HouseholdShare>(shareId))
        throw ValidationError(QT_TRANSLATE_NOOP("ValidationError", "This household is no longer shared."));
    purge("household_share", shareId);
}

void Repository::resolveConflict(const QString &conflictId, const QString &text, qint64 atMs)
{
    Transaction tx(m_store.db());
    QString entity;
    QString recordId;
    QString field;
    {
        Query q = m_store.db().query(
            "SELECT record_entity, record_id, field FROM conflict WHERE id = ? AND resolved_at IS NULL");
        q.bind(1, conflictId);
        if (!q.next())
            throw ValidationError(
                QT_TRANSLATE_NOOP("ValidationError", "This conflict has already been settled."));
        entity = q.text(0);
        recordId = q.text(1);
        field = q.text(2);
    }
    const std::string entityName = entity.toStdString();
    const auto *def = sync::findEntity(entityName);
    if (!def || !def->field(field.toStdString()))
        throw ValidationError(QT_TRANSLATE_NOOP(
            "ValidationError", "This conflict is about a field this version of Brugboek does not know."));
    update(entityName, recordId, {{field, text}});
    update("conflict", conflictId, {{QStringLiteral("resolved_at"), atMs}});
    tx.commit();
}

} // namespace brugboek::store
