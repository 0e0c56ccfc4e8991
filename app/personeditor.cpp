#include "personeditor.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

namespace {
const QStringList Roles {QStringLiteral("parent"), QStringLiteral("guardian"), QStringLiteral("child"),
                         QStringLiteral("other")};
}

PersonEditor::PersonEditor(QObject *parent)
    : QObject(parent)
{
    m_languages.setList(QStringLiteral("taal"));
    m_schools.setList(QStringLiteral("school"));
    m_schools.setSingle(true);
    connect(&m_schools, &OptionModel::selectedChanged, this, &PersonEditor::formChanged);
}

void PersonEditor::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_languages.setContext(context);
    m_schools.setContext(context);
    if (m_context)
        connect(m_context, &AppContext::languageChanged, this, [this] {
            Q_EMIT languageChanged();
            Q_EMIT formChanged();
        });
    Q_EMIT contextChanged();
}

void PersonEditor::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    startNew();
}

void PersonEditor::setGivenName(const QString &name)
{
    if (m_givenName == name)
        return;
    m_givenName = name;
    Q_EMIT formChanged();
}

void PersonEditor::setFamilyName(const QString &name)
{
    if (m_familyName == name)
        return;
    m_familyName = name;
    Q_EMIT formChanged();
}

void PersonEditor::setRole(const QString &role)
{
    if (m_role == role || !Roles.contains(role))
        return;
    m_role = role;
    Q_EMIT formChanged();
}

QVariantList PersonEditor::roleChoices()
{
    QVariantList out;
    for (const QString &code : Roles)
        out << QVariantMap {{QStringLiteral("code"), code},
                            {QStringLiteral("label"), labels::personRole(code)}};
    return out;
}

void PersonEditor::setBirthYear(const QString &year)
{
    if (m_birthYear == year)
        return;
    m_birthYear = year;
    Q_EMIT formChanged();
}

void PersonEditor::setClassName(const QString &name)
{
    if (m_className == name)
        return;
    m_className = name;
    Q_EMIT formChanged();
}

int PersonEditor::thisYear() const
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    return (store ? QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date() : QDate::currentDate())
        .year();
}

QString PersonEditor::problem() const
{
    if (m_householdId.isEmpty())
        return tr("Choose a household first.");
    if (m_givenName.trimmed().isEmpty())
        return tr("Give at least a first name.");
    const QString year = m_birthYear.trimmed();
    if (!year.isEmpty()) {
        bool ok = false;
        const int y = year.toInt(&ok);
        if (!ok || y < 1900 || y > thisYear())
            return tr("The birth year is a year between 1900 and %1.").arg(thisYear());
    }
    return {};
}

void PersonEditor::startNew()
{
    m_personId.clear();
    m_givenName.clear();
    m_familyName.clear();
    m_role = QStringLiteral("parent");
    m_birthYear.clear();
    m_className.clear();
    m_languages.setSelected({});
    m_schools.setSelected({});
    Q_EMIT formChanged();
}

bool PersonEditor::edit(const QString &id)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store)
        return false;
    std::optional<store::Person> person;
    try {
        person = store::Repository(*store).load<store::Person>(id);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    if (!person)
        return false;
    m_householdId = person->householdId;
    m_personId = person->id;
    m_givenName = person->givenName;
    m_familyName = person->familyName;
    m_role = Roles.contains(person->role) ? person->role : QStringLiteral("other");
    m_birthYear = person->birthYear > 0 ? QString::number(person->birthYear) : QString();
    m_className = person->className;
    m_languages.setSelected(person->languages);
    m_schools.setSelected(person->schoolId.isEmpty() ? QStringList() : QStringList {person->schoolId});
    Q_EMIT formChanged();
    return true;
}

bool PersonEditor::save()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || !canSave())
        return false;
    try {
        store::Repository repo(*store);
        store::Person p;
        if (!m_personId.isEmpty()) {
            const auto existing = repo.load<store::Person>(m_personId);
            if (!existing)
                throw store::ValidationError(
                    QT_TRANSLATE_NOOP("ValidationError", "This record no longer exists on this device."));
            p = *existing;
        }
        p.householdId = m_householdId;
        p.givenName = m_givenName.trimmed();
        p.familyName = m_familyName.trimmed();
        p.role = m_role;
        p.birthYear = m_birthYear.trimmed().toInt();
        p.languages = m_languages.selected();
        // School and class are a child's.
        p.schoolId = isChild() ? m_schools.selected().value(0) : QString();
        p.className = isChild() ? m_className.trimmed() : QString();
        repo.save(p);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    startNew();
    m_context->notifyRecordsChanged();
    return true;
}

bool PersonEditor::remove()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || m_personId.isEmpty())
        return false;
    try {
        store::Repository(*store).purge("person", m_personId);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    startNew();
    m_context->notifyRecordsChanged();
    return true;
}

} // namespace brugboek::app
