#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace brugboek::app {

// A list model whose rows are replaced by a fresh read with the fewest row
// signals (removed, moved, inserted, changed) instead of a reset, so that a
// view keeps its scroll position and its delegates while the list changes
// under it (a row ticked off, a search narrowed). `Traits` says what
// identifies a row and whether two reads of a row look the same:
//
//   static QString id(const Row &);
//   static bool same(const Row &, const Row &);
template<typename Row, typename Traits> class DiffedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : count();
    }

    // The value of a row's role by its QML name (for QML's get(row, role)).
    [[nodiscard]] QVariant roleValue(int row, const QString &role) const
    {
        if (row < 0 || row >= count())
            return {};
        const QByteArray name = role.toUtf8();
        const auto roles = roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            if (it.value() == name)
                return data(index(row), it.key());
        }
        return {};
    }

protected:
    // Turns the current rows into `rows`. Returns whether the count changed.
    bool applyRows(const QList<Row> &rows)
    {
        const int before = count();
        QSet<QString> wanted;
        for (const Row &row : rows)
            wanted.insert(Traits::id(row));

        // Remove what is gone, a run of rows at a time, from the end.
        for (int last = count() - 1; last >= 0;) {
            if (wanted.contains(Traits::id(m_rows.at(last)))) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !wanted.contains(Traits::id(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }

        // What is left is in `rows`: insert the new rows where they belong,
        // and move a row up when its order changed.
        QSet<QString> present;
        for (const Row &row : std::as_const(m_rows))
            present.insert(Traits::id(row));
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            const QString id = Traits::id(row);
            if (present.contains(id)) {
                if (Traits::id(m_rows.at(i)) != id) {
                    int from = i + 1;
                    while (Traits::id(m_rows.at(from)) != id)
                        ++from;
                    beginMoveRows({}, from, from, {}, i);
                    m_rows.move(from, i);
                    endMoveRows();
                }
                if (!Traits::same(m_rows.at(i), row)) {
                    m_rows[i] = row;
                    const QModelIndex changed = index(i);
                    Q_EMIT dataChanged(changed, changed);
                }
                continue;
            }
            int last = i;
            while (last + 1 < rows.size() && !present.contains(Traits::id(rows.at(last + 1))))
                ++last;
            beginInsertRows({}, i, last);
            for (int k = i; k <= last; ++k) {
                m_rows.insert(k, rows.at(k));
                present.insert(Traits::id(rows.at(k)));
            }
            endInsertRows();
            i = last;
        }
        return count() != before;
    }

    QList<Row> m_rows;
};

} // namespace brugboek::app
