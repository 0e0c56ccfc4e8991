#include "encounterlistmodel.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/store.h"

namespace brugboek::app {

EncounterListModel::EncounterListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EncounterListModel::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &EncounterListModel::refresh))
        return;
    Q_EMIT contextChanged();
    refresh();
}

void EncounterListModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    refresh();
}

void EncounterListModel::setRange(const QString &kind, const QString &schoolId, qint64 fromMs, qint64 toMs)
{
    m_kind = kind;
    m_schoolId = schoolId;
    m_fromMs = fromMs;
    m_toMs = toMs;
    refresh();
}

int EncounterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EncounterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    const auto &e = row.encounter;
    switch (role) {
    case EncounterIdRole:
        return e.id;
    case HouseholdIdRole:
        return e.householdId;
    case Qt::DisplayRole:
    case TitleRole:
        return e.householdId.isEmpty() ? tr("Not yet known: %1").arg(e.unknownParent) : row.householdName;
    case KindLabelRole:
        // In a zitdag's list: booked or walked in.
        if (!m_kind.isEmpty() && e.kind == QLatin1String("zitdag"))
            return row.bookedFor.isValid() ? tr("Booked for %1").arg(labels::time(row.bookedFor))
                                           : tr("Walk-in", "zitdag conversation without booking");
        return m_kindLabels.value(e.kind, e.kind);
    case WhenTextRole:
        return m_kind.isEmpty() ? labels::dateTime(e.occurredAt) : labels::time(e.occurredAt);
    case NoteRole:
        return e.note;
    case DomainsTextRole: {
        QStringList names;
        for (const QString &code : e.lifeDomains)
            names << m_domainLabels.value(code, code);
        return names.join(QLatin1String(", "));
    }
    }
    return {};
}

QHash<int, QByteArray> EncounterListModel::roleNames() const
{
    return {{EncounterIdRole, "encounterId"}, {HouseholdIdRole, "householdId"}, {TitleRole, "title"},
            {KindLabelRole, "kindLabel"},     {WhenTextRole, "whenText"},       {NoteRole, "note"},
            {DomainsTextRole, "domainsText"}};
}

void EncounterListModel::refresh()
{
    QList<store::EncounterRow> rows;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store) {
        try {
            store::Queries queries(store->db());
            m_kindLabels = labels::listLabels(queries, QStringLiteral("contactsoort"));
            m_domainLabels = labels::listLabels(queries, QStringLiteral("levensdomein"));
            rows = m_kind.isEmpty() ? queries.recentEncounterRows(m_limit)
                                    : queries.encountersBetween(m_kind, m_schoolId, m_fromMs, m_toMs);
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

} // namespace brugboek::app
