#pragma once

#include "optionmodel.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace brugboek::app {

class AppContext;

// One contactmoment being written: at the schoolpoort (a household found as
// you type or a parent not yet known, life domains as chips, a line of note,
// a follow-up in one tap), in a zitdag conversation or on a huisbezoek
// (people present, agreements, consent, toeleidingen made inline). save()
// writes it at once; undo() takes it back for a few seconds after.
class EncounterController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY formChanged)
    Q_PROPERTY(QString schoolId READ schoolId WRITE setSchoolId NOTIFY formChanged)
    Q_PROPERTY(QString householdId READ householdId NOTIFY formChanged)
    Q_PROPERTY(QString householdName READ householdName NOTIFY formChanged)
    Q_PROPERTY(QString unknownParent READ unknownParent WRITE setUnknownParent NOTIFY formChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY formChanged)
    Q_PROPERTY(QString agreements READ agreements WRITE setAgreements NOTIFY formChanged)
    Q_PROPERTY(brugboek::app::OptionModel *domains READ domains CONSTANT)
    Q_PROPERTY(brugboek::app::OptionModel *people READ people CONSTANT)
    Q_PROPERTY(brugboek::app::OptionModel *consentMethods READ consentMethods CONSTANT)
    Q_PROPERTY(QString followUp READ followUp WRITE setFollowUp NOTIFY formChanged)
    Q_PROPERTY(QDate followUpDate READ followUpDate WRITE setFollowUpDate NOTIFY formChanged)
    Q_PROPERTY(QString followUpText READ followUpText NOTIFY formChanged)
    Q_PROPERTY(bool consentGiven READ consentGiven WRITE setConsentGiven NOTIFY formChanged)
    Q_PROPERTY(QString consentSubject READ consentSubject WRITE setConsentSubject NOTIFY formChanged)
    Q_PROPERTY(QString consentWith READ consentWith WRITE setConsentWith NOTIFY formChanged)
    Q_PROPERTY(QStringList referrals READ referralTexts NOTIFY formChanged)
    // A follow-up this contact settles (an expected zitdag conversation).
    Q_PROPERTY(QString settlesFollowUpId READ settlesFollowUpId WRITE setSettlesFollowUpId NOTIFY formChanged)
    // The zitdag booking this conversation is for: saving marks it seen.
    Q_PROPERTY(QString bookingId READ bookingId NOTIFY formChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY formChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY formChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY savedChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)
    Q_PROPERTY(QString lastSavedId READ lastSavedId NOTIFY savedChanged)

public:
    explicit EncounterController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString schoolId() const { return m_schoolId; }
    void setSchoolId(const QString &id);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    [[nodiscard]] QString householdName() const { return m_householdName; }
    [[nodiscard]] QString unknownParent() const { return m_unknownParent; }
    void setUnknownParent(const QString &text);
    [[nodiscard]] QString note() const { return m_note; }
    void setNote(const QString &note);
    [[nodiscard]] QString agreements() const { return m_agreements; }
    void setAgreements(const QString &text);
    [[nodiscard]] OptionModel *domains() { return &m_domains; }
    [[nodiscard]] OptionModel *people() { return &m_people; }
    [[nodiscard]] OptionModel *consentMethods() { return &m_consentMethods; }
    // "" (none), "tomorrow", "nextWeek" or "date" (followUpDate).
    [[nodiscard]] QString followUp() const { return m_followUp; }
    void setFollowUp(const QString &choice);
    [[nodiscard]] QDate followUpDate() const;
    void setFollowUpDate(const QDate &date);
    [[nodiscard]] QString followUpText() const;
    [[nodiscard]] bool consentGiven() const { return m_consentGiven; }
    void setConsentGiven(bool given);
    [[nodiscard]] QString consentSubject() const { return m_consentSubject; }
    void setConsentSubject(const QString &text);
    [[nodiscard]] QString consentWith() const { return m_consentWith; }
    void setConsentWith(const QString &text);
    [[nodiscard]] QStringList referralTexts() const;
    [[nodiscard]] QString settlesFollowUpId() const { return m_settlesFollowUpId; }
    void setSettlesFollowUpId(const QString &id);
    [[nodiscard]] QString bookingId() const { return m_bookingId; }
    [[nodiscard]] bool canSave() const { return problem().isEmpty(); }
    // Why save() is not possible yet, in words; empty when it is.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool canUndo() const { return m_undoTimer.isActive() && !m_lastSavedId.isEmpty(); }
    [[nodiscard]] QString savedText() const { return m_savedText; }
    [[nodiscard]] QString lastSavedId() const { return m_lastSavedId; }

    Q_INVOKABLE void selectHousehold(const QString &id, const QString &name);
    Q_INVOKABLE void clearHousehold() { selectHousehold({}, {}); }
    // The conversation of a zitdag booking: its household, or the parent
    // not yet known as the booking describes them. Choosing another
    // household afterwards forgets the booking.
    Q_INVOKABLE void startFromBooking(const QString &bookingId, const QString &householdId,
                                      const QString &householdName, const QString &description);
    // A toeleiding made together with the contactmoment.
    Q_INVOKABLE void addReferral(const QString &organisationId, const QString &organisationName,
                                 const QString &need);
    Q_INVOKABLE void removeReferral(int index);
    // Writes the contactmoment (and its follow-up, consent and referrals) and
    // clears the form; false when it could not (see problem or the context's
    // error).
    Q_INVOKABLE bool save();
    // Takes back what the last save() wrote, while canUndo.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void clear();

    // How long undo stays possible after a save.
    static constexpr int UndoMs = 8000;

Q_SIGNALS:
    void contextChanged();
    void formChanged();
    void savedChanged();

private:
    struct PendingReferral
    {
        QString organisationId;
        QString organisationName;
        QString need;
    };
    [[nodiscard]] QDate today() const;
    void setSaved(const QString &id, const QString &text);

    QPointer<AppContext> m_context;
    QString m_kind = QStringLiteral("schoolpoort");
    QString m_schoolId;
    QString m_householdId;
    QString m_householdName;
    QString m_unknownParent;
    QString m_note;
    QString m_agreements;
    OptionModel m_domains;
    OptionModel m_people;
    OptionModel m_consentMethods;
    QString m_followUp;
    QDate m_followUpDate;
    bool m_consentGiven = false;
    QString m_consentSubject;
    QString m_consentWith;
    QList<PendingReferral> m_referrals;
    QString m_settlesFollowUpId;
    QString m_bookingId;
    QString m_bookingHouseholdId;

    QTimer m_undoTimer;
    QString m_lastSavedId;
    QStringList m_lastConsentIds;
    QStringList m_lastReferralIds;
    QString m_lastSettledFollowUpId;
    QString m_lastBookingId;
    QString m_savedText;
};

} // namespace brugboek::app
