#include "householdmodels.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/store.h"

#include <QSet>

namespace brugboek::app {

void KeyedListModel::setKey(const QString &key)
{
    if (m_key == key)
        return;
    m_key = key;
    Q_EMIT keyChanged();
    refresh();
}

PersonModel::PersonModel(QObject *parent)
    : KeyedListModel({"personId", "name", "roleLabel", "detail"}, parent)
{
}

QList<QVariantList> PersonModel::load(store::Store &store)
{
    store::Queries queries(store.db());
    QHash<QString, QString> schools;
    for (const auto &s : queries.schools())
        schools.insert(s.id, s.name);
    const auto languages = labels::listLabels(queries, QStringLiteral("taal"));
    QList<QVariantList> out;
    for (const auto &p : queries.peopleOf(key())) {
        QStringList detail;
        if (p.birthYear > 0)
            detail << tr("born %1").arg(p.birthYear);
        if (!p.schoolId.isEmpty())
            detail << (p.className.isEmpty() ? schools.value(p.schoolId)
                                             : tr("%1, %2").arg(schools.value(p.schoolId), p.className));
        QStringList spoken;
        for (const QString &code : p.languages)
            spoken << languages.value(code, code);
        if (!spoken.isEmpty())
            detail << spoken.join(QLatin1String(", "));
        if (!p.phone.isEmpty())
            detail << p.phone;
        out.append({p.id, (p.givenName + QLatin1Char(' ') + p.familyName).trimmed(),
                    labels::personRole(p.role), detail.join(QStringLiteral(" · "))});
    }
    return out;
}

TimelineModel::TimelineModel(QObject *parent)
    : KeyedListModel(
          {"title", "entryId", "kind", "kindLabel", "detail", "dateText", "recordId", "canWithdraw"}, parent)
{
}

bool TimelineModel::withdrawConsent(const QString &consentId)
{
    store::Store *s = store();
    if (!s)
        return false;
    try {
        store::Repository(*s).withdrawConsent(consentId,
                                              QDateTime::fromMSecsSinceEpoch(s->clock().nowMs()).date());
    } catch (const std::exception &e) {
        context()->reportError(e);
        return false;
    }
    context()->notifyRecordsChanged();
    return true;
}

QList<QVariantList> TimelineModel::load(store::Store &store)
{
    store::Queries queries(store.db());
    const auto kinds = labels::listLabels(queries, QStringLiteral("contactsoort"));
    const auto entries = queries.timeline(key());
    QSet<QString> withdrawn;
    for (const auto &t : entries)
        if (t.kind == QLatin1String("consent_withdrawn"))
            withdrawn.insert(t.id);
    QList<QVariantList> out;
    for (const auto &t : entries) {
        QString kindLabel;
        QString title = t.title;
        QString date;
        if (t.kind == QLatin1String("encounter")) {
            kindLabel = tr("Contact");
            title = kinds.value(t.title, t.title);
            date = labels::dateTime(QDateTime::fromString(t.sortKey, Qt::ISODate));
        } else {
            date = labels::date(QDate::fromString(t.sortKey, Qt::ISODate));
            if (t.kind == QLatin1String("referral_event")) {
                kindLabel = tr("Referral");
                title = labels::referralStatus(t.title);
            } else if (t.kind == QLatin1String("consent")) {
                kindLabel = tr("Consent given");
            } else if (t.kind == QLatin1String("consent_withdrawn")) {
                kindLabel = tr("Consent withdrawn");
            } else {
                kindLabel = tr("Follow-up");
            }
        }
        const bool canWithdraw = t.kind == QLatin1String("consent") && !withdrawn.contains(t.id);
        out.append({title, t.id, t.kind, kindLabel, t.detail, date, t.recordId, canWithdraw});
    }
    return out;
}

ReferralHistoryModel::ReferralHistoryModel(QObject *parent)
    : KeyedListModel({"statusLabel", "eventId", "status", "dateText", "detail"}, parent)
{
}

QList<QVariantList> ReferralHistoryModel::load(store::Store &store)
{
    QList<QVariantList> out;
    for (const auto &e : store::Queries(store.db()).referralHistory(key())) {
        QStringList detail;
        if (e.intakeOn.isValid())
            detail << tr("intake on %1").arg(labels::date(e.intakeOn));
        if (e.accompany)
            detail << tr("going along");
        if (!e.outcome.isEmpty())
            detail << labels::referralOutcome(e.outcome);
        if (!e.note.isEmpty())
            detail << e.note;
        out.append({labels::referralStatus(e.status), e.id, e.status, labels::date(e.occurredOn),
                    detail.join(QStringLiteral(" · "))});
    }
    return out;
}

ConflictModel::ConflictModel(QObject *parent)
    : KeyedListModel({"fieldLabel", "conflictId", "currentValue", "lostValue"}, parent)
{
}

QList<QVariantList> ConflictModel::load(store::Store &store)
{
    QList<QVariantList> out;
    for (const auto &c : store::Queries(store.db()).openConflicts(key())) {
        QString label = c.field;
        if (c.field == QLatin1String("note") || c.field == QLatin1String("notes"))
            label = tr("Note");
        else if (c.field == QLatin1String("agreements"))
            label = tr("Agreements");
        else if (c.field == QLatin1String("title"))
            label = tr("Follow-up");
        else if (c.field == QLatin1String("reach_note"))
            label = tr("How to reach");
        out.append({label, c.id, c.currentValue, c.lostValue});
    }
    return out;
}

bool ConflictModel::keep(const QString &conflictId, bool keepLost)
{
    store::Store *s = store();
    if (!s)
        return false;
    try {
        store::Queries queries(s->db());
        for (const auto &c : queries.openConflicts(key())) {
            if (c.id != conflictId)
                continue;
            store::Repository(*s).resolveConflict(c.id, keepLost ? c.lostValue : c.currentValue,
                                                  s->clock().nowMs());
            context()->notifyRecordsChanged();
            return true;
        }
    } catch (const std::exception &e) {
        context()->reportError(e);
    }
    return false;
}

OrganisationModel::OrganisationModel(QObject *parent)
    : KeyedListModel({"name", "organisationId", "kindLabel", "services", "address", "phone", "email",
                      "openingHours", "waitingText", "intakeProcedure"},
                     parent)
{
}

QList<QVariantList> OrganisationModel::load(store::Store &store)
{
    store::Queries queries(store.db());
    const auto kinds = labels::listLabels(queries, QStringLiteral("organisatietype"));
    QList<QVariantList> out;
    for (const auto &o : queries.organisations(key())) {
        QString waiting =
            o.waitingDays > 0 ? tr("Waiting time about %n day(s)", "", o.waitingDays) : QString();
        if (!o.waitingNote.isEmpty())
            waiting = waiting.isEmpty() ? o.waitingNote : tr("%1 (%2)").arg(waiting, o.waitingNote);
        out.append({o.name, o.id, kinds.value(o.kind, o.kind), o.services, o.address, o.phone, o.email,
                    o.openingHours, waiting, o.intakeProcedure});
    }
    return out;
}

} // namespace brugboek::app
