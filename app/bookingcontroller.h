#pragma once

#include "optionmodel.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace brugboek::app {

class AppContext;

// A new zitdag booking: at which school, on which day and at what time,
// for a household (found as you type, or fixed when booked from its
// dossier) or for a parent not yet known, described in a few words, with
// what it is about.
class BookingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(brugboek::app::OptionModel *schools READ schools CONSTANT)
    Q_PROPERTY(QString schoolId READ schoolId WRITE setSchoolId NOTIFY formChanged)
    Q_PROPERTY(QString householdId READ householdId NOTIFY formChanged)
    Q_PROPERTY(QString householdName READ householdName NOTIFY formChanged)
    // The parent not yet known, in a few words (HouseholdPicker sets it).
    Q_PROPERTY(QString unknownParent READ unknownParent WRITE setUnknownParent NOTIFY formChanged)
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY formChanged)
    Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY formChanged)
    Q_PROPERTY(QString dayText READ dayText NOTIFY formChanged)
    // "HH:mm"
    Q_PROPERTY(QString time READ time WRITE setTime NOTIFY formChanged)
    Q_PROPERTY(QStringList timeChoices READ timeChoices CONSTANT)
    Q_PROPERTY(bool canSave READ canSave NOTIFY formChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY formChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)

public:
    explicit BookingController(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] OptionModel *schools() { return &m_schools; }
    [[nodiscard]] QString schoolId() const { return m_schoolId; }
    void setSchoolId(const QString &id);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    [[nodiscard]] QString householdName() const { return m_householdName; }
    [[nodiscard]] QString unknownParent() const { return m_unknownParent; }
    void setUnknownParent(const QString &text);
    [[nodiscard]] QString subject() const { return m_subject; }
    void setSubject(const QString &text);
    // Today until another day is chosen.
    [[nodiscard]] QDate day() const;
    void setDay(const QDate &day);
    [[nodiscard]] QString dayText() const;
    [[nodiscard]] QString time() const { return m_time; }
    void setTime(const QString &time);
    // Every quarter of an hour of a school day.
    [[nodiscard]] static QStringList timeChoices();
    [[nodiscard]] bool canSave() const { return problem().isEmpty(); }
    // Why save() is not possible yet, in words; empty when it is.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString savedText() const { return m_savedText; }

    Q_INVOKABLE void selectHousehold(const QString &id, const QString &name);
    Q_INVOKABLE void clearHousehold() { selectHousehold({}, {}); }
    // Writes the booking; the school and day stay for the next one.
    Q_INVOKABLE bool save();
    // Empties the form (but the school).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void contextChanged();
    void formChanged();
    void savedChanged();

private:
    [[nodiscard]] QDate today() const;

    QPointer<AppContext> m_context;
    OptionModel m_schools;
    QString m_schoolId;
    QString m_householdId;
    QString m_householdName;
    QString m_unknownParent;
    QString m_subject;
    QDate m_day;
    QString m_time;
    QString m_savedText;
};

} // namespace brugboek::app
