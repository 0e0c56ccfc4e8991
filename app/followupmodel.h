#pragma once

#include "app/diffedlistmodel.h"
#include "app/store/queries.h"

#include <QDate>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

struct DueFollowUpTraits
{
    static QString id(const store::DueFollowUp &row) { return row.followUp.id; }
    static bool same(const store::DueFollowUp &a, const store::DueFollowUp &b)
    {
        return a.followUp.title == b.followUp.title && a.followUp.dueOn == b.followUp.dueOn &&
            a.followUp.householdId == b.followUp.householdId && a.householdName == b.householdName &&
            a.overdue == b.overdue;
    }
};

// Open follow-ups due today or earlier, the oldest first, each marked
// overdue when its day has passed; with a schoolId, only today's of the
// families with someone at that school (those expected at a zitdag there).
class FollowUpModel : public DiffedListModel<store::DueFollowUp, DueFollowUpTraits>
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Rows shown at most (0: all); totalCount counts them all.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(QString schoolId READ schoolId WRITE setSchoolId NOTIFY schoolIdChanged)

public:
    enum Role {
        FollowUpIdRole = Qt::UserRole,
        HouseholdIdRole,
        HouseholdNameRole,
        TitleRole,
        DueTextRole,
        OverdueRole,
    };
    Q_ENUM(Role)

    explicit FollowUpModel(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] QString schoolId() const { return m_schoolId; }
    void setSchoolId(const QString &id);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // A row's value by role name, e.g. get(0, "followUpId").
    Q_INVOKABLE QVariant get(int row, const QString &role) const { return roleValue(row, role); }
    // Marks the follow-up done now; it leaves the list.
    Q_INVOKABLE bool complete(const QString &followUpId);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void countChanged();
    void limitChanged();
    void schoolIdChanged();

private:
    QPointer<AppContext> m_context;
    QDate m_today;
    int m_limit = 0;
    QString m_schoolId;
    int m_total = 0;
};

} // namespace brugboek::app
