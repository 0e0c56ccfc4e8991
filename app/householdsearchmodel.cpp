#include "householdsearchmodel.h"

#include "appcontext.h"

#include "app/store/searchcache.h"
#include "app/store/store.h"

namespace brugboek::app {

HouseholdSearchModel::HouseholdSearchModel(QObject *parent)
    : DiffedListModel(parent)
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
        if (applyRows({}))
            Q_EMIT countChanged();
        return;
    }
    try {
        // The store's search cache: typing finds the matches in memory once
        // it is loaded (on its own thread; the statements answer meanwhile).
        // Before anything is typed, and after a write, it starts loading, so
        // that it is usually ready at the next keystroke.
        store::SearchCache &cache = store->searchCache();
        if (m_query.trimmed().isEmpty())
            cache.prepare();
        store::Queries queries(store->db(), &cache);
        if (applyRows(m_query.trimmed().isEmpty() ? queries.households(m_limit)
                                                  : queries.searchHouseholds(m_query, m_limit)))
            Q_EMIT countChanged();
    } catch (const std::exception &e) {
        m_context->reportError(e); // keep what is shown
    }
}

} // namespace brugboek::app
