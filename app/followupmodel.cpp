#include "followupmodel.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

FollowUpModel::FollowUpModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FollowUpModel::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &FollowUpModel::refresh))
        return;
    Q_EMIT contextChanged();
    refresh();
}

void FollowUpModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refresh();
}

void FollowUpModel::setSchoolId(const QString &id)
{
    if (m_schoolId == id)
        return;
    m_schoolId = id;
    Q_EMIT schoolIdChanged();
    refresh();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    switch (role) {
    case FollowUpIdRole:
        return row.followUp.id;
    case HouseholdIdRole:
        return row.followUp.householdId;
    case HouseholdNameRole:
        return row.householdName;
    case Qt::DisplayRole:
    case TitleRole:
        return row.followUp.title;
    case DueTextRole:
        if (row.followUp.dueOn == m_today)
            return tr("Today");
        return tr("%n day(s) late", "", static_cast<int>(row.followUp.dueOn.daysTo(m_today)));
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QHash<int, QByteArray> FollowUpModel::roleNames() const
{
    return {{FollowUpIdRole, "followUpId"},
            {HouseholdIdRole, "householdId"},
            {HouseholdNameRole, "householdName"},
            {TitleRole, "title"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"}};
}

bool FollowUpModel::complete(const QString &followUpId)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store)
        return false;
    try {
        store::Repository(*store).completeFollowUp(followUpId,
                                                   QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()));
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_context->notifyRecordsChanged();
    return true;
}

void FollowUpModel::refresh()
{
    QList<store::DueFollowUp> rows;
    int total = 0;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store) {
        try {
            m_today = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date();
            store::Queries queries(store->db());
            if (m_schoolId.isEmpty()) {
                // Bounded in SQL; the count from the index alone.
                rows = queries.followUpsDue(m_today, m_limit);
                if (m_limit > 0 && rows.size() >= m_limit) {
                    const auto due = queries.followUpCounts(m_today);
                    total = due.today + due.overdue;
                } else {
                    total = static_cast<int>(rows.size());
                }
            } else {
                rows = queries.followUpsAtSchool(m_schoolId, m_today);
                total = static_cast<int>(rows.size());
            }
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    if (m_limit > 0 && rows.size() > m_limit)
        rows.resize(m_limit);
    const bool countChange = rows.size() != m_rows.size() || total != m_total;
    beginResetModel();
    m_rows = rows;
    m_total = total;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

} // namespace brugboek::app
