#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// "Informatie delen met organisatie" on a toeleiding: sharing information
// about the family with the organisation of the referral needs an active
// consent of the parents that covers that organisation. With one, the
// exchange is recorded (a done follow-up of the referral, in its timeline);
// without one it is refused with the reason, and the consent can be
// recorded first.
class ExchangeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString referralId READ referralId WRITE setReferralId NOTIFY referralChanged)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY referralChanged)
    Q_PROPERTY(bool hasConsent READ hasConsent NOTIFY referralChanged)
    // Why the last share() was refused; empty when it was not.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString doneText READ doneText NOTIFY problemChanged)

public:
    explicit ExchangeController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString referralId() const { return m_referralId; }
    void setReferralId(const QString &id);
    [[nodiscard]] QString organisationName() const { return m_organisationName; }
    [[nodiscard]] bool hasConsent() const { return m_hasConsent; }
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString doneText() const { return m_doneText; }

    // Records that information was shared with the referral's organisation
    // today; false (and problem says why) without a consent that covers it.
    Q_INVOKABLE bool share();
    // Records the parents' consent to share with the organisation (given
    // today by `givenBy`, in the way `method`), then the exchange.
    Q_INVOKABLE bool recordConsentAndShare(const QString &givenBy, const QString &method);

Q_SIGNALS:
    void contextChanged();
    void referralChanged();
    void problemChanged();

private:
    void read();
    bool record();

    QPointer<AppContext> m_context;
    QString m_referralId;
    QString m_householdId;
    QString m_organisationId;
    QString m_organisationName;
    bool m_hasConsent = false;
    bool m_refused = false;
    QString m_doneText;
};

} // namespace brugboek::app
