#include "bookingcontroller.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

namespace {
const QString TimeFormat = QStringLiteral("HH:mm");
}

BookingController::BookingController(QObject *parent)
    : QObject(parent)
{
    m_schools.setList(QStringLiteral("school"));
    m_schools.setSingle(true);
    connect(&m_schools, &OptionModel::selectedChanged, this,
            [this] { setSchoolId(m_schools.selected().value(0)); });
}

void BookingController::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_schools.setContext(context);
    if (m_context)
        connect(m_context, &AppContext::languageChanged, this, &BookingController::formChanged);
    Q_EMIT contextChanged();
    Q_EMIT formChanged();
}

void BookingController::setSchoolId(const QString &id)
{
    if (m_schoolId == id)
        return;
    m_schoolId = id;
    m_schools.setSelected(id.isEmpty() ? QStringList() : QStringList {id});
    Q_EMIT formChanged();
}

void BookingController::setUnknownParent(const QString &text)
{
    if (m_unknownParent == text)
        return;
    m_unknownParent = text;
    Q_EMIT formChanged();
}

void BookingController::setSubject(const QString &text)
{
    if (m_subject == text)
        return;
    m_subject = text;
    Q_EMIT formChanged();
}

QDate BookingController::today() const
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    return store ? QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date() : QDate::currentDate();
}

QDate BookingController::day() const
{
    return m_day.isValid() ? m_day : today();
}

void BookingController::setDay(const QDate &day)
{
    if (m_day == day)
        return;
    m_day = day;
    Q_EMIT formChanged();
}

QString BookingController::dayText() const
{
    const QDate d = day();
    return d == today() ? tr("Today, %1").arg(labels::date(d)) : labels::date(d);
}

void BookingController::setTime(const QString &time)
{
    if (m_time == time)
        return;
    m_time = time;
    Q_EMIT formChanged();
}

QStringList BookingController::timeChoices()
{
    QStringList out;
    for (QTime t(8, 0); t <= QTime(17, 0) && t.isValid(); t = t.addSecs(15 * 60)) {
        out << t.toString(TimeFormat);
        if (t == QTime(17, 0))
            break;
    }
    return out;
}

QString BookingController::problem() const
{
    if (m_schoolId.isEmpty())
        return tr("Choose the school of the zitdag.");
    if (m_householdId.isEmpty() && m_unknownParent.trimmed().isEmpty())
        return tr("Choose a household or describe the parent in a few words.");
    if (!QTime::fromString(m_time, TimeFormat).isValid())
        return tr("Choose the time of the conversation.");
    if (day() < today())
        return tr("A booking is for today or a later day.");
    return {};
}

void BookingController::selectHousehold(const QString &id, const QString &name)
{
    if (m_householdId == id && m_householdName == name)
        return;
    m_householdId = id;
    m_householdName = name;
    Q_EMIT formChanged();
}

bool BookingController::save()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || !canSave())
        return false;
    store::ZitdagBooking b;
    b.householdId = m_householdId;
    b.schoolId = m_schoolId;
    b.bookedFor = QDateTime(day(), QTime::fromString(m_time, TimeFormat));
    QStringList description;
    if (m_householdId.isEmpty())
        description << m_unknownParent.trimmed();
    if (!m_subject.trimmed().isEmpty())
        description << m_subject.trimmed();
    b.description = description.join(QStringLiteral(", "));
    try {
        store::Repository(*store).save(b);
    } catch (const std::exception &error) {
        m_context->reportError(error);
        return false;
    }
    const QString who = m_householdId.isEmpty() ? m_unknownParent.trimmed() : m_householdName;
    m_savedText = tr("Booked: %1, %2 at %3").arg(who, labels::date(day()), m_time);
    Q_EMIT savedChanged();
    clear();
    m_context->notifyRecordsChanged();
    return true;
}

void BookingController::clear()
{
    m_householdId.clear();
    m_householdName.clear();
    m_unknownParent.clear();
    m_subject.clear();
    m_time.clear();
    Q_EMIT formChanged();
}

} // namespace brugboek::app
