#include "zitdagcontroller.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/store.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace brugboek::app {

ZitdagController::ZitdagController(QObject *parent)
    : QObject(parent)
{
    m_schools.setList(QStringLiteral("school"));
    m_schools.setSingle(true);
    m_expected.setSchoolId(QStringLiteral("-"));
    connect(&m_conversations, &EncounterListModel::modelReset, this, &ZitdagController::readSummary);
    connect(&m_bookings, &BookingModel::modelReset, this, &ZitdagController::readSummary);
}

void ZitdagController::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_schools.setContext(context);
    m_conversations.setContext(context);
    m_bookings.setContext(context);
    m_expected.setContext(context);
    if (m_context) {
        connect(m_context, &AppContext::languageChanged, this, [this] {
            Q_EMIT sessionChanged(); // the title
            Q_EMIT suggestionChanged();
            readSummary();
        });
        connect(m_context, &AppContext::recordsChanged, this, &ZitdagController::readSuggestion);
    }
    Q_EMIT contextChanged();
    updateRange();
    readSuggestion();
}

void ZitdagController::readSuggestion()
{
    QString id;
    QString name;
    int open = 0;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store) {
        try {
            const QDate today = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs()).date();
            const QDateTime start(today, QTime(0, 0));
            const auto schools =
                store::Queries(store->db())
                    .openBookingsPerSchool(start.toMSecsSinceEpoch(), start.addDays(1).toMSecsSinceEpoch());
            if (!schools.isEmpty()) {
                id = schools.constFirst().schoolId;
                name = schools.constFirst().schoolName;
                open = schools.constFirst().open;
            }
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    if (id == m_suggestedSchoolId && name == m_suggestedSchoolName && open == m_suggestedBookings)
        return;
    m_suggestedSchoolId = id;
    m_suggestedSchoolName = name;
    m_suggestedBookings = open;
    Q_EMIT suggestionChanged();
}

QString ZitdagController::suggestionText() const
{
    if (m_suggestedSchoolId.isEmpty())
        return {};
    return tr("%n conversation(s) booked today", "", m_suggestedBookings);
}

QString ZitdagController::title() const
{
    if (m_schoolId.isEmpty())
        return tr("Zitdag");
    return tr("Zitdag %1, %2").arg(schoolName(), QLocale().toString(m_day, QStringLiteral("dddd d MMMM")));
}

void ZitdagController::open(const QString &schoolId)
{
    if (schoolId.isEmpty() || (m_schoolId == schoolId && !m_ended))
        return;
    m_schoolId = schoolId;
    m_ended = false;
    m_schools.setSelected({schoolId});
    updateRange();
    Q_EMIT sessionChanged();
}

void ZitdagController::end()
{
    if (!sessionOpen())
        return;
    m_ended = true;
    readSummary();
    Q_EMIT sessionChanged();
}

void ZitdagController::reset()
{
    m_schoolId.clear();
    m_ended = false;
    m_schools.setSelected({});
    updateRange();
    Q_EMIT sessionChanged();
}

void ZitdagController::updateRange()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(store ? store->clock().nowMs() : QDateTime::currentMSecsSinceEpoch());
    m_day = now.date();
    const QDateTime start(m_day, QTime(0, 0));
    // "-": no school, no families expected.
    m_expected.setSchoolId(m_schoolId.isEmpty() ? QStringLiteral("-") : m_schoolId);
    m_bookings.setDay(m_day);
    m_bookings.setSchoolId(m_schoolId);
    if (m_schoolId.isEmpty())
        m_conversations.setRange(QStringLiteral("zitdag"), QStringLiteral("-"), 0, 0);
    else
        m_conversations.setRange(QStringLiteral("zitdag"), m_schoolId, start.toMSecsSinceEpoch(),
                                 start.addDays(1).toMSecsSinceEpoch());
}

void ZitdagController::readSummary()
{
    QSet<QString> households;
    QHash<QString, int> domains;
    int booked = 0;
    for (const auto &row : m_conversations.rows()) {
        booked += row.bookedFor.isValid() ? 1 : 0;
        if (!row.encounter.householdId.isEmpty())
            households.insert(row.encounter.householdId);
        for (const QString &d : row.encounter.lifeDomains)
            ++domains[d];
    }
    int referrals = 0;
    QString domainText;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store) {
        try {
            store::Queries queries(store->db());
            // Referrals started today for the families seen.
            for (const QString &h : std::as_const(households))
                for (const auto &r : queries.referralsOf(h)) {
                    const auto history = queries.referralHistory(r.referral.id);
                    if (!history.isEmpty() && history.constFirst().occurredOn == m_day)
                        ++referrals;
                }
            const auto names = labels::listLabels(queries, QStringLiteral("levensdomein"));
            QList<QPair<int, QString>> sorted;
            for (auto it = domains.cbegin(); it != domains.cend(); ++it)
                sorted.append({-it.value(), names.value(it.key(), it.key())});
            std::sort(sorted.begin(), sorted.end());
            QStringList parts;
            for (const auto &[minus, name] : sorted)
                parts << QStringLiteral("%1 (%2)").arg(name).arg(-minus);
            domainText = parts.join(QLatin1String(", "));
        } catch (const std::exception &e) {
            m_context->reportError(e);
        }
    }
    m_households = static_cast<int>(households.size());
    m_booked = booked;
    m_notSeen = m_bookings.openCount();
    m_referrals = referrals;
    m_domainText = domainText;
    Q_EMIT summaryChanged();
}

QString ZitdagController::summaryText() const
{
    const int walkIns = conversationCount() - m_booked;
    QString text = tr("%n conversation(s)", "", conversationCount()) + QLatin1String(" (") +
        tr("%n booked", "zitdag conversations", m_booked) + QLatin1String(", ") +
        tr("%n walk-in(s)", "", walkIns) + QLatin1String("), ") +
        tr("%n known household(s)", "", m_households) + QLatin1String(", ") +
        tr("%n referral(s) started", "", m_referrals) + QLatin1Char('.');
    if (m_notSeen > 0)
        text += QLatin1Char('\n') + tr("%n booking(s) without a conversation", "", m_notSeen);
    if (!m_domainText.isEmpty())
        text += QLatin1Char('\n') + tr("Life domains: %1").arg(m_domainText);
    return text;
}

} // namespace brugboek::app
