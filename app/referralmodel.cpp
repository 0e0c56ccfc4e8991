#include "referralmodel.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/repository.h"
#include "app/store/store.h"

#include <algorithm>

namespace brugboek::app {

using store::ReferralStatus::all;

ReferralModel::ReferralModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ReferralModel::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &ReferralModel::refresh))
        return;
    Q_EMIT contextChanged();
    refresh();
}

void ReferralModel::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    Q_EMIT householdIdChanged();
    refresh();
}

void ReferralModel::setNeedsCallOnly(bool only)
{
    if (m_needsCallOnly == only)
        return;
    m_needsCallOnly = only;
    Q_EMIT needsCallOnlyChanged();
    refresh();
}

void ReferralModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refresh();
}

bool ReferralModel::isOverdue(const store::ReferralRow &row) const
{
    const auto &r = row.referral;
    return r.followUpOn.isValid() && r.followUpOn < m_today &&
        store::ReferralStatus::open().contains(r.status);
}

int ReferralModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const auto &row) { return isOverdue(row); }));
}

QVariantList ReferralModel::statusChoices()
{
    QVariantList out;
    for (const QString &s : all())
        if (s != store::ReferralStatus::Discussed)
            out.append(QVariantMap {{QStringLiteral("code"), s},
                                    {QStringLiteral("label"), labels::referralStatus(s)}});
    return out;
}

QVariantList ReferralModel::outcomeChoices()
{
    QVariantList out;
    for (const QString &o : store::ReferralOutcome::all())
        out.append(
            QVariantMap {{QStringLiteral("code"), o}, {QStringLiteral("label"), labels::referralOutcome(o)}});
    return out;
}

int ReferralModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ReferralModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    const auto &r = row.referral;
    switch (role) {
    case ReferralIdRole:
        return r.id;
    case HouseholdIdRole:
        return r.householdId;
    case HouseholdNameRole:
        return row.householdName;
    case Qt::DisplayRole:
    case NeedRole:
        return r.need;
    case OrganisationNameRole:
        return row.organisationName.isEmpty() ? tr("No organisation yet") : row.organisationName;
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        return labels::referralStatus(r.status);
    case StatusOnTextRole:
        return tr("since %1").arg(labels::date(r.statusOn));
    case FollowUpTextRole:
        return r.followUpOn.isValid() ? tr("call on %1").arg(labels::date(r.followUpOn)) : QString();
    case OverdueRole:
        return isOverdue(row);
    case WarmRole:
        return r.warm;
    }
    return {};
}

QHash<int, QByteArray> ReferralModel::roleNames() const
{
    return {{ReferralIdRole, "referralId"},
            {HouseholdIdRole, "householdId"},
            {HouseholdNameRole, "householdName"},
            {NeedRole, "need"},
            {OrganisationNameRole, "organisationName"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {StatusOnTextRole, "statusOnText"},
            {FollowUpTextRole, "followUpText"},
            {OverdueRole, "overdue"},
            {WarmRole, "warm"}};
}

bool ReferralModel::changeStatus(const QString &referralId, const QString &status, const QDate &date,
                                 const QString &outcome)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store)
        return false;
    const QDate today = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date();
    store::ReferralEvent event;
    event.referralId = referralId;
    event.status = status;
    // A planned intake lies ahead; the change itself happens today.
    event.occurredOn = status == store::ReferralStatus::IntakePlanned || !date.isValid() ? today : date;
    if (status == store::ReferralStatus::IntakePlanned)
        event.intakeOn = date.isValid() ? date : today;
    event.outcome = outcome;
    try {
        store::Repository(*store).addReferralEvent(event);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_context->notifyRecordsChanged();
    return true;
}

bool ReferralModel::create(const QString &householdId, const QString &organisationId, const QString &need)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store)
        return false;
    store::Referral referral;
    referral.householdId = householdId;
    referral.organisationId = organisationId;
    referral.need = need.trimmed();
    try {
        store::Repository(*store).createReferral(referral);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_context->notifyRecordsChanged();
    return true;
}

void ReferralModel::refresh()
{
    QList<store::ReferralRow> rows;
    int total = 0;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store) {
        try {
            m_today = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date();
            store::Queries queries(store->db());
            if (!m_householdId.isEmpty()) {
                rows = queries.referralsOf(m_householdId);
                if (m_needsCallOnly)
                    rows.erase(std::remove_if(rows.begin(), rows.end(),
                                              [this](const auto &row) {
                                                  const auto &r = row.referral;
                                                  return !r.followUpOn.isValid() || r.followUpOn > m_today ||
                                                      !store::ReferralStatus::open().contains(r.status);
                                              }),
                               rows.end());
            } else if (m_needsCallOnly) {
                // Bounded in SQL: a large caseload has thousands due.
                rows = queries.referralsToCall(m_today, m_limit);
                total = m_limit > 0 && rows.size() >= m_limit ? queries.referralsToCallCount(m_today)
                                                              : static_cast<int>(rows.size());
            } else {
                rows = queries.openReferrals();
            }
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    if (!m_needsCallOnly || !m_householdId.isEmpty())
        total = static_cast<int>(rows.size());
    if (m_householdId.isEmpty() && !m_needsCallOnly)
        // Grouped by status in the order of a referral's life; the longest waiting first.
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return all().indexOf(a.referral.status) < all().indexOf(b.referral.status);
        });
    beginResetModel();
    m_rows = rows;
    m_total = total;
    endResetModel();
    Q_EMIT countChanged(); // the overdue count may change with the same rows
}

} // namespace brugboek::app
