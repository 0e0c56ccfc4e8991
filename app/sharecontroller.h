#pragma once

#include "contextlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// The colleagues of the team (team_member records from the server, not the
// worker themself) as the household `householdId` sees them: shared with
// them or not, and whether a consent of the parents allows it.
class TeamMemberModel : public ContextListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(int sharedCount READ sharedCount NOTIFY sharedChanged)
    // "Lotte Verbeke, Karim Haddou": those it is shared with.
    Q_PROPERTY(QString sharedNames READ sharedNames NOTIFY sharedChanged)

public:
    explicit TeamMemberModel(QObject *parent = nullptr);

    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    [[nodiscard]] int sharedCount() const { return static_cast<int>(m_sharedNames.size()); }
    [[nodiscard]] QString sharedNames() const { return m_sharedNames.join(QLatin1String(", ")); }

Q_SIGNALS:
    void householdIdChanged();
    void sharedChanged();

protected:
    QList<QVariantList> load(store::Store &store) override;

private:
    QString m_householdId;
    QStringList m_sharedNames;
};

// "Delen met collega" in the gezinsdossier. Sharing needs an active consent
// of the parents that covers that colleague (given, not withdrawn); without
// one share() refuses and says why, and the worker may record the consent
// first (recordConsentAndShare). Unsharing purges the share, and with it the
// household from the colleague's devices.
class ShareController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(brugboek::app::TeamMemberModel *members READ members CONSTANT)
    // Why the last share() was refused, in words; empty when it was not.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    // The colleague the refusal is about, for recordConsentAndShare().
    Q_PROPERTY(QString refusedMemberId READ refusedMemberId NOTIFY problemChanged)
    Q_PROPERTY(QString refusedMemberName READ refusedMemberName NOTIFY problemChanged)

public:
    explicit ShareController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    [[nodiscard]] TeamMemberModel *members() { return &m_members; }
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString refusedMemberId() const { return m_refusedId; }
    [[nodiscard]] QString refusedMemberName() const { return m_refusedName; }

    // Whether an active consent covers sharing with the colleague today.
    Q_INVOKABLE bool hasConsent(const QString &memberId) const;
    // Shares the household with the colleague; false (and problem says why)
    // without a consent that covers it.
    Q_INVOKABLE bool share(const QString &memberId);
    // Records the parents' consent to share with the colleague (given today
    // by `givenBy`, in the way `method` of the list "toestemming_wijze"), then
    // shares; one transaction.
    Q_INVOKABLE bool recordConsentAndShare(const QString &memberId, const QString &givenBy,
                                           const QString &method);
    Q_INVOKABLE bool unshare(const QString &shareId);
    Q_INVOKABLE void clearProblem() { setRefused({}, {}); }

Q_SIGNALS:
    void contextChanged();
    void householdIdChanged();
    void problemChanged();

private:
    [[nodiscard]] QString memberName(const QString &memberId) const;
    void setRefused(const QString &id, const QString &name);

    QPointer<AppContext> m_context;
    QString m_householdId;
    TeamMemberModel m_members;
    QString m_refusedId;
    QString m_refusedName;
};

} // namespace brugboek::app
