#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::store {
class Store;
}

namespace brugboek::app {

class AppContext;

// The base of the small read-only lists of a page (a household's people,
// its timeline, a referral's history, ...): a subclass names its roles and
// reads its rows; this class reads again when records change, reports store
// errors to the context and keeps the model's signals right.
class ContextListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    // The value of `role` (by name) in `row`, for tests and pickers.
    Q_INVOKABLE QVariant get(int row, const QString &role) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void countChanged();

protected:
    // `roles` become Qt::UserRole, Qt::UserRole + 1, ...
    ContextListModel(QList<QByteArray> roles, QObject *parent);
    // One list of values per row, in the order of the roles. May throw.
    virtual QList<QVariantList> load(store::Store &store);
    [[nodiscard]] store::Store *store() const;

private:
    QPointer<AppContext> m_context;
    QList<QByteArray> m_roles;
    QList<QVariantList> m_rows;
};

} // namespace brugboek::app
