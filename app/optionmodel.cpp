#include "optionmodel.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/store.h"

namespace brugboek::app {

OptionModel::OptionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OptionModel::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    // The labels of the team's lists come in the user's language.
    if (m_context)
        connect(m_context, &AppContext::languageChanged, this, &OptionModel::refresh);
    Q_EMIT contextChanged();
    refresh();
}

void OptionModel::setList(const QString &list)
{
    if (m_list == list)
        return;
    m_list = list;
    Q_EMIT listChanged();
    refresh();
}

void OptionModel::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    Q_EMIT householdIdChanged();
    if (m_list == QLatin1String("person")) {
        setSelected({});
        refresh();
    }
}

void OptionModel::setSingle(bool single)
{
    if (m_single == single)
        return;
    m_single = single;
    Q_EMIT singleChanged();
}

void OptionModel::setSelected(const QStringList &codes)
{
    if (m_selected == codes)
        return;
    m_selected = codes;
    Q_EMIT selectedChanged();
    if (!m_codes.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {SelectedRole});
}

QString OptionModel::selectedLabels() const
{
    QStringList out;
    for (const QString &code : m_selected)
        out << labelOf(code);
    return out.join(QLatin1String(", "));
}

int OptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case CodeRole:
        return m_codes.at(index.row());
    case Qt::DisplayRole:
    case LabelRole:
        return m_labels.at(index.row());
    case SelectedRole:
        return m_selected.contains(m_codes.at(index.row()));
    }
    return {};
}

QHash<int, QByteArray> OptionModel::roleNames() const
{
    return {{CodeRole, "code"}, {LabelRole, "label"}, {SelectedRole, "selected"}};
}

void OptionModel::toggle(const QString &code)
{
    const int row = static_cast<int>(m_codes.indexOf(code));
    if (row < 0)
        return;
    QStringList next = m_selected;
    if (next.contains(code))
        next.removeAll(code);
    else if (m_single)
        next = {code};
    else
        next.append(code);
    setSelected(next);
}

QString OptionModel::labelOf(const QString &code) const
{
    const auto i = m_codes.indexOf(code);
    return i < 0 ? code : m_labels.at(i);
}

void OptionModel::refresh()
{
    QStringList codes;
    QStringList names;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store && !m_list.isEmpty()) {
        try {
            store::Queries queries(store->db());
            if (m_list == QLatin1String("school")) {
                for (const auto &s : queries.schools()) {
                    codes << s.id;
                    names << s.name;
                }
            } else if (m_list == QLatin1String("person")) {
                for (const auto &p :
                     m_householdId.isEmpty() ? QList<store::Person>() : queries.peopleOf(m_householdId)) {
                    codes << p.id;
                    names << p.givenName;
                }
            } else {
                const QString lang = labels::language();
                for (const auto &item : queries.listItems(m_list)) {
                    codes << item.code;
                    names << item.label(lang);
                }
            }
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    if (codes == m_codes && names == m_labels)
        return;
    const bool countChange = codes.size() != m_codes.size();
    beginResetModel();
    m_codes = codes;
    m_labels = names;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

} // namespace brugboek::app
