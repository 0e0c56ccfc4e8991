#pragma once

#include "optionmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace brugboek::app {

class AppContext;

// Adds, edits or removes one person of a household from the gezinsdossier:
// names, role in the family, birth year, languages, and for a child the
// school and class.
class PersonEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(brugboek::app::AppContext *context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY formChanged)
    // Empty for a new person.
    Q_PROPERTY(QString personId READ personId NOTIFY formChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY formChanged)
    Q_PROPERTY(QString givenName READ givenName WRITE setGivenName NOTIFY formChanged)
    Q_PROPERTY(QString familyName READ familyName WRITE setFamilyName NOTIFY formChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY formChanged)
    Q_PROPERTY(QVariantList roleChoices READ roleChoices NOTIFY languageChanged)
    // "" while unknown.
    Q_PROPERTY(QString birthYear READ birthYear WRITE setBirthYear NOTIFY formChanged)
    Q_PROPERTY(QString className READ className WRITE setClassName NOTIFY formChanged)
    Q_PROPERTY(brugboek::app::OptionModel *languages READ languages CONSTANT)
    Q_PROPERTY(brugboek::app::OptionModel *schools READ schools CONSTANT)
    Q_PROPERTY(bool isChild READ isChild NOTIFY formChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY formChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY formChanged)

public:
    explicit PersonEditor(QObject *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    void setContext(AppContext *context);
    [[nodiscard]] QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    [[nodiscard]] QString personId() const { return m_personId; }
    [[nodiscard]] bool isNew() const { return m_personId.isEmpty(); }
    [[nodiscard]] QString givenName() const { return m_givenName; }
    void setGivenName(const QString &name);
    [[nodiscard]] QString familyName() const { return m_familyName; }
    void setFamilyName(const QString &name);
    [[nodiscard]] QString role() const { return m_role; }
    void setRole(const QString &role);
    // [{code, label}]: parent, guardian, child, other.
    [[nodiscard]] static QVariantList roleChoices();
    [[nodiscard]] QString birthYear() const { return m_birthYear; }
    void setBirthYear(const QString &year);
    [[nodiscard]] QString className() const { return m_className; }
    void setClassName(const QString &name);
    [[nodiscard]] OptionModel *languages() { return &m_languages; }
    [[nodiscard]] OptionModel *schools() { return &m_schools; }
    [[nodiscard]] bool isChild() const { return m_role == QLatin1String("child"); }
    [[nodiscard]] bool canSave() const { return problem().isEmpty(); }
    [[nodiscard]] QString problem() const;

    // An empty form for a new person of the household.
    Q_INVOKABLE void startNew();
    // The form filled with the person `id`; false when there is none.
    Q_INVOKABLE bool edit(const QString &id);
    // Writes the person (only what changed is synced); false when refused.
    Q_INVOKABLE bool save();
    // Removes the person on every device.
    Q_INVOKABLE bool remove();

Q_SIGNALS:
    void contextChanged();
    void formChanged();
    void languageChanged();

private:
    [[nodiscard]] int thisYear() const;

    QPointer<AppContext> m_context;
    QString m_householdId;
    QString m_personId;
    QString m_givenName;
    QString m_familyName;
    QString m_role = QStringLiteral("parent");
    QString m_birthYear;
    QString m_className;
    OptionModel m_languages;
    OptionModel m_schools;
};

} // namespace brugboek::app
