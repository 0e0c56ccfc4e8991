#include "contextlistmodel.h"

#include "appcontext.h"

namespace brugboek::app {

ContextListModel::ContextListModel(QList<QByteArray> roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
{
}

void ContextListModel::setContext(AppContext *context)
{
    if (!followContext(m_context, context, this, &ContextListModel::refresh))
        return;
    Q_EMIT contextChanged();
    refresh();
}

store::Store *ContextListModel::store() const
{
    return m_context ? m_context->store() : nullptr;
}

QList<QVariantList> ContextListModel::load(store::Store &)
{
    return {};
}

QVariant ContextListModel::get(int row, const QString &role) const
{
    const auto column = m_roles.indexOf(role.toUtf8());
    if (row < 0 || row >= count() || column < 0)
        return {};
    return m_rows.at(row).value(column);
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    const int column = role == Qt::DisplayRole ? 0 : role - Qt::UserRole;
    return column >= 0 && column < row.size() ? row.at(column) : QVariant();
}

QHash<int, QByteArray> ContextListModel::roleNames() const
{
    QHash<int, QByteArray> out;
    for (int i = 0; i < m_roles.size(); ++i)
        out.insert(Qt::UserRole + i, m_roles.at(i));
    return out;
}

void ContextListModel::refresh()
{
    QList<QVariantList> rows;
    if (store::Store *s = store()) {
        try {
            rows = load(*s);
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    if (rows == m_rows)
        return;
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

} // namespace brugboek::app
