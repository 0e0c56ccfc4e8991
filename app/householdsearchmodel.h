#pragma once

#include "app/diffedlistmodel.h"
#include "app/store/queries.h"

#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

struct HouseholdHitTraits
{
    static QString id(const store::HouseholdHit &row) { return row.id; }
    static bool same(const store::HouseholdHit &a, const store::HouseholdHit &b)
    {
        return a.displayName == b.displayName && a.members == b.members && a.matchedPerson == b.matchedPerson;
    }
};

// The households matching what is typed in the search field, in name order;
// all households (up to `limit`) while nothing is typed. Rows are updated in
// place (removed, inserted, changed), so a list keeps its position while the
// user types.
class HouseholdSearchModel : public DiffedListModel<store::HouseholdHit, HouseholdHitTraits>
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
    QPointer<AppContext> m_context;
    QString m_query;
    int m_limit = 100;
};

} // namespace brugboek::app
