#pragma once

#include "bookingmodel.h"
#include "encounterlistmodel.h"
#include "followupmodel.h"
#include "optionmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// A zitdag: a session at one school today, the conversations booked for it,
// those held (each a contactmoment of kind "zitdag", written by an
// EncounterController; booked or walked in) and a summary at the end.
class ZitdagController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(brugboek::app::OptionModel *schools READ schools CONSTANT)
    Q_PROPERTY(brugboek::app::EncounterListModel *conversations READ conversations CONSTANT)
    // The session's bookings, in time order: booked, seen or cancelled.
    Q_PROPERTY(brugboek::app::BookingModel *bookings READ bookings CONSTANT)
    // Follow-ups due today of families with someone at this school.
    Q_PROPERTY(brugboek::app::FollowUpModel *expected READ expected CONSTANT)
    Q_PROPERTY(QDate day READ day NOTIFY sessionChanged)
    // The school with the most bookings today, to start there in one tap.
    Q_PROPERTY(QString suggestedSchoolId READ suggestedSchoolId NOTIFY suggestionChanged)
    Q_PROPERTY(QString suggestedSchoolName READ suggestedSchoolName NOTIFY suggestionChanged)
    // "4 conversations booked today"
    Q_PROPERTY(QString suggestionText READ suggestionText NOTIFY suggestionChanged)
    Q_PROPERTY(QString schoolId READ schoolId NOTIFY sessionChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY sessionChanged)
    Q_PROPERTY(bool sessionOpen READ sessionOpen NOTIFY sessionChanged)
    Q_PROPERTY(bool ended READ ended NOTIFY sessionChanged)
    Q_PROPERTY(QString title READ title NOTIFY sessionChanged)
    Q_PROPERTY(int conversationCount READ conversationCount NOTIFY summaryChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)

public:
    explicit ZitdagController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] OptionModel *schools() { return &m_schools; }
    [[nodiscard]] EncounterListModel *conversations() { return &m_conversations; }
    [[nodiscard]] BookingModel *bookings() { return &m_bookings; }
    [[nodiscard]] FollowUpModel *expected() { return &m_expected; }
    [[nodiscard]] QDate day() const { return m_day; }
    [[nodiscard]] QString suggestedSchoolId() const { return m_suggestedSchoolId; }
    [[nodiscard]] QString suggestedSchoolName() const { return m_suggestedSchoolName; }
    [[nodiscard]] QString suggestionText() const;
    [[nodiscard]] QString schoolId() const { return m_schoolId; }
    [[nodiscard]] QString schoolName() const { return m_schools.labelOf(m_schoolId); }
    [[nodiscard]] bool sessionOpen() const { return !m_schoolId.isEmpty() && !m_ended; }
    [[nodiscard]] bool ended() const { return m_ended; }
    // "Zitdag Sint-Jozef, maandag 23 november"
    [[nodiscard]] QString title() const;
    [[nodiscard]] int conversationCount() const { return m_conversations.count(); }
    // Conversations (booked and walk-in), households, life domains and
    // referrals of the session, and the bookings nobody came to.
    [[nodiscard]] QString summaryText() const;

    // Starts (or takes up again) today's session at the school.
    Q_INVOKABLE void open(const QString &schoolId);
    // Ends the session: the summary stays on screen.
    Q_INVOKABLE void end();
    // Back to choosing a school.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void contextChanged();
    void sessionChanged();
    void summaryChanged();
    void suggestionChanged();

private:
    void updateRange();
    void readSummary();
    void readSuggestion();

    QPointer<AppContext> m_context;
    OptionModel m_schools;
    EncounterListModel m_conversations;
    BookingModel m_bookings;
    FollowUpModel m_expected;
    QString m_schoolId;
    bool m_ended = false;
    QDate m_day;
    int m_households = 0;
    int m_referrals = 0;
    int m_booked = 0;
    int m_notSeen = 0;
    QString m_suggestedSchoolId;
    QString m_suggestedSchoolName;
    int m_suggestedBookings = 0;
    QString m_domainText;
};

} // namespace brugboek::app
