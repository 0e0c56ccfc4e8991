#pragma once

#include "app/store/queries.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// The households matching what is typed in the search field, in name order;
// all households (up to `limit`) while nothing is typed. Rows are updated in
// place (removed, inserted, changed), so a list keeps its position while the
// user types.
class HouseholdSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        HouseholdIdRole = Qt::UserRole,
        DisplayNameRole,
        MembersRole,
        MatchedPersonRole,
    };
    Q_ENUM(Role)

    explicit HouseholdSearchModel(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Reads the households again, e.g. after a write.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void queryChanged();
    void limitChanged();
    void countChanged();

private:
    // Turns the current rows into `rows` with the fewest row signals.
    void apply(const QList<store::HouseholdHit> &rows);

    QPointer<AppContext> m_context;
    QString m_query;
    int m_limit = 100;
    QList<store::HouseholdHit> m_rows;
};

} // namespace brugboek::app
