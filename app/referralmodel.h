#pragma once

#include "app/store/queries.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// Toeleidingen as rows: all open ones grouped by status (in the order of
// their life), or those needing a call today (needsCallOnly), or every one
// of a household (householdId). A status change is one call.
class ReferralModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(bool needsCallOnly READ needsCallOnly WRITE setNeedsCallOnly NOTIFY needsCallOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Rows read at most with needsCallOnly (0: all; the LIMIT is in SQL);
    // totalCount counts them all.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)
    // The statuses a referral can move to: [{code, label}].
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QVariantList outcomeChoices READ outcomeChoices CONSTANT)

public:
    enum Role {
        ReferralIdRole = Qt::UserRole,
        HouseholdIdRole,
        HouseholdNameRole,
        NeedRole,
        OrganisationNameRole,
        StatusRole,
        StatusLabelRole,
        StatusOnTextRole,
        FollowUpTextRole,
        OverdueRole,
        WarmRole,
    };
    Q_ENUM(Role)

    explicit ReferralModel(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    [[nodiscard]] bool needsCallOnly() const { return m_needsCallOnly; }
    void setNeedsCallOnly(bool only);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] int overdueCount() const;
    [[nodiscard]] static QVariantList statusChoices();
    [[nodiscard]] static QVariantList outcomeChoices();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Records that the referral reached `status` on `date` (today when
    // invalid); a planned intake takes `date` as its day, "afgerond" needs
    // an outcome. False (with the context's error set) when refused.
    Q_INVOKABLE bool changeStatus(const QString &referralId, const QString &status, const QDate &date = {},
                                  const QString &outcome = {});
    // A new referral of the household to the organisation ("besproken met
    // ouder" today); false when refused.
    Q_INVOKABLE bool create(const QString &householdId, const QString &organisationId, const QString &need);
    // Completes the referral today with `outcome` (see ReferralOutcome).
    Q_INVOKABLE bool close(const QString &referralId, const QString &outcome)
    {
        return changeStatus(referralId, QStringLiteral("afgerond"), {}, outcome);
    }
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void contextChanged();
    void householdIdChanged();
    void needsCallOnlyChanged();
    void limitChanged();
    void countChanged();

private:
    [[nodiscard]] bool isOverdue(const store::ReferralRow &row) const;

    QPointer<AppContext> m_context;
    QString m_householdId;
    bool m_needsCallOnly = false;
    int m_limit = 0;
    int m_total = 0;
    QDate m_today;
    QList<store::ReferralRow> m_rows;
};

} // namespace brugboek::app
