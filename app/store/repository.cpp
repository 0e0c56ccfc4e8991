#include "repository.h"

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
            throw ValidationError("no such " + std::string(entity));
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
        throw ValidationError("an encounter needs a household or a short description of the parent");
    if (!encounter.occurredAt.isValid())
        throw ValidationError("an encounter needs its date and time");
}

void Repository::validate(const FollowUp &followUp)
{
    if (!followUp.dueOn.isValid())
        throw ValidationError("a follow-up needs a date");
    if (followUp.title.trimmed().isEmpty())
        throw ValidationError("a follow-up needs a short description");
}

void Repository::validate(const Referral &referral)
{
    if (referral.householdId.isEmpty())
        throw ValidationError("a referral belongs to a household");
    if (referral.id.isEmpty() || !load<Referral>(referral.id))
        throw ValidationError("a new referral is made with createReferral, which records its first status");
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
        throw ValidationError("unknown referral status");
    if (!event.occurredOn.isValid())
        throw ValidationError("a status change needs a date");
    if (event.status == ReferralStatus::IntakePlanned && !event.intakeOn.isValid())
        throw ValidationError("a planned intake needs its date");
    if (event.status == ReferralStatus::Closed && !ReferralOutcome::all().contains(event.outcome))
        throw ValidationError("a closed referral needs an outcome");
    if (!event.outcome.isEmpty() && event.status != ReferralStatus::Closed)
        throw ValidationError("only a closed referral has an outcome");
}

QString Repository::createReferral(Referral &referral, ReferralEvent first)
{
    if (referral.householdId.isEmpty())
        throw ValidationError("a referral belongs to a household");
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
        throw ValidationError("no such referral");
    event.householdId = referral->householdId;
    event.id.clear();
    return save(event);
}

void Repository::completeFollowUp(const QString &id, const QDateTime &at)
{
    if (!at.isValid())
        throw ValidationError("a follow-up is done at a moment");
    update("follow_up", id, {{QStringLiteral("done_at"), RecordMapper::toColumn(at)}});
}

void Repository::withdrawConsent(const QString &id, const QDate &on)
{
    const auto consent = load<Consent>(id);
    if (!consent)
        throw ValidationError("no such consent");
    if (on < consent->givenOn)
        throw ValidationError("a consent cannot be withdrawn before it was given");
    update("consent", id, {{QStringLiteral("withdrawn_on"), RecordMapper::toColumn(on)}});
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
            throw ValidationError("no such open conflict");
        entity = q.text(0);
        recordId = q.text(1);
        field = q.text(2);
    }
    const std::string entityName = entity.toStdString();
    const auto *def = sync::findEntity(entityName);
    if (!def || !def->field(field.toStdString()))
        throw ValidationError("the conflict names an unknown field");
    update(entityName, recordId, {{field, text}});
    update("conflict", conflictId, {{QStringLiteral("resolved_at"), atMs}});
    tx.commit();
}

} // namespace brugboek::store
