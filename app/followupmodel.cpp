#include "followupmodel.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

FollowUpModel::FollowUpModel(QObject *parent)
    : DiffedListModel(parent)
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
    QDate today = m_today;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store) {
        try {
            today = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date();
            store::Queries queries(store->db());
            if (m_schoolId.isEmpty()) {
                // Bounded in SQL; the count from the index alone.
                rows = queries.followUpsDue(today, m_limit);
                if (m_limit > 0 && rows.size() >= m_limit) {
                    const auto due = queries.followUpCounts(today);
                    total = due.today + due.overdue;
                } else {
                    total = static_cast<int>(rows.size());
                }
            } else {
                rows = queries.followUpsAtSchool(m_schoolId, today);
                total = static_cast<int>(rows.size());
            }
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    if (m_limit > 0 && rows.size() > m_limit)
        rows.resize(m_limit);
    bool countChange = total != m_total;
    m_total = total;
    if (today != m_today) {
        // Every "due" text is relative to today: read them all again.
        countChange = countChange || rows.size() != m_rows.size();
        beginResetModel();
        m_today = today;
        m_rows = rows;
        endResetModel();
    } else {
        // Row by row, so that a long list keeps its place when one is ticked off.
        countChange = applyRows(rows) || countChange;
    }
    if (countChange)
        Q_EMIT countChanged();
}

} // namespace brugboek::app
