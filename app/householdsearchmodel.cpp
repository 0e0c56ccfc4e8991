#include "householdsearchmodel.h"

#include "appcontext.h"

#include "app/store/store.h"

#include <QSet>

namespace brugboek::app {

namespace {
bool sameRow(const store::HouseholdHit &a, const store::HouseholdHit &b)
{
    return a.displayName == b.displayName && a.members == b.members && a.matchedPerson == b.matchedPerson;
}
} // namespace

HouseholdSearchModel::HouseholdSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HouseholdSearchModel::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &HouseholdSearchModel::refresh))
        return;
    Q_EMIT contextChanged();
    refresh();
}

void HouseholdSearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    refresh();
}

void HouseholdSearchModel::setLimit(int limit)
{
    limit = std::max(limit, 1);
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refresh();
}

int HouseholdSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HouseholdSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::HouseholdHit &row = m_rows.at(index.row());
    switch (role) {
    case HouseholdIdRole:
        return row.id;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return row.displayName;
    case MembersRole:
        return row.members;
    case MatchedPersonRole:
        return row.matchedPerson;
    default:
        return {};
    }
}

QHash<int, QByteArray> HouseholdSearchModel::roleNames() const
{
    return {
        {HouseholdIdRole, "householdId"},
        {DisplayNameRole, "displayName"},
        {MembersRole, "members"},
        {MatchedPersonRole, "matchedPerson"},
    };
}

void HouseholdSearchModel::refresh()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store) {
        apply({});
        return;
    }
    try {
        store::Queries queries(store->db());
        apply(m_query.trimmed().isEmpty() ? queries.households(m_limit)
                                          : queries.searchHouseholds(m_query, m_limit));
    } catch (const std::exception &e) {
        m_context->reportError(e); // keep what is shown
    }
}

void HouseholdSearchModel::apply(const QList<store::HouseholdHit> &rows)
{
    const int before = count();
    QSet<QString> wanted;
    for (const auto &row : rows)
        wanted.insert(row.id);

    // Remove what is gone, a run of rows at a time, from the end.
    for (int last = count() - 1; last >= 0;) {
        if (wanted.contains(m_rows.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // What is left is in `rows`: insert the new rows where they belong, and
    // move a row up when its order changed (a household was renamed).
    QSet<QString> present;
    for (const auto &row : std::as_const(m_rows))
        present.insert(row.id);
    for (int i = 0; i < rows.size(); ++i) {
        const store::HouseholdHit &row = rows.at(i);
        if (present.contains(row.id)) {
            if (m_rows.at(i).id != row.id) {
                int from = i + 1;
                while (m_rows.at(from).id != row.id)
                    ++from;
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
            }
            if (!sameRow(m_rows.at(i), row)) {
                m_rows[i] = row;
                const QModelIndex changed = index(i);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        int last = i;
        while (last + 1 < rows.size() && !present.contains(rows.at(last + 1).id))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k) {
            m_rows.insert(k, rows.at(k));
            present.insert(rows.at(k).id);
        }
        endInsertRows();
        i = last;
    }
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace brugboek::app
