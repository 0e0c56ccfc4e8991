#pragma once

#include "contextlistmodel.h"

namespace brugboek::app {

// The base of the lists of one household (or one record): the id they
// are about.
class KeyedListModel : public ContextListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)

public:
    [[nodiscard]] QString key() const { return m_key; }
    void setKey(const QString &key);

Q_SIGNALS:
    void keyChanged();

protected:
    using ContextListModel::ContextListModel;

private:
    QString m_key;
};

// The people of the household `key`: name, role, and for children their
// school and class; the languages each speaks.
class PersonModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit PersonModel(QObject *parent = nullptr);

protected:
    QList<QVariantList> load(store::Store &store) override;
};

// One timeline of the household `key`, newest first: contactmomenten,
// referral status changes, consents (and their withdrawal), follow-ups.
class TimelineModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit TimelineModel(QObject *parent = nullptr);

    // The parents withdraw a consent, as of today; false when refused.
    Q_INVOKABLE bool withdrawConsent(const QString &consentId);

protected:
    QList<QVariantList> load(store::Store &store) override;
};

// The status history of the referral `key`, oldest first.
class ReferralHistoryModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ReferralHistoryModel(QObject *parent = nullptr);

protected:
    QList<QVariantList> load(store::Store &store) override;
};

// The unresolved sync conflicts of the household `key`: a text edited on two
// devices, the one kept and the one that lost. The worker keeps either.
class ConflictModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit ConflictModel(QObject *parent = nullptr);

    // Keeps the lost text (`keepLost`) or the current one, and closes the
    // conflict; false when the store refused.
    Q_INVOKABLE bool keep(const QString &conflictId, bool keepLost);

protected:
    QList<QVariantList> load(store::Store &store) override;
};

// The sociale kaart: organisations whose name, kind or services hold every
// word of `key`, with how to reach them and the known waiting time.
class OrganisationModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit OrganisationModel(QObject *parent = nullptr);

protected:
    QList<QVariantList> load(store::Store &store) override;
};

} // namespace brugboek::app
