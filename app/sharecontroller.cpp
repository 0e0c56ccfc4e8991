#include "sharecontroller.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/store.h"
#include "sync/client/syncengine.h"

namespace brugboek::app {

namespace {
QDate todayOf(store::Store &store)
{
    return QDateTime::fromMSecsSinceEpoch(store.clock().nowMs()).date();
}

QString selfId(store::Store &store)
{
    return client::SyncEngine::enrolmentOf(store.db()).userId;
}
} // namespace

TeamMemberModel::TeamMemberModel(QObject *parent)
    : ContextListModel({"name", "memberId", "roleLabel", "shared", "shareId", "hasConsent", "consentText"},
                       parent)
{
}

void TeamMemberModel::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    Q_EMIT householdIdChanged();
    refresh();
}

QList<QVariantList> TeamMemberModel::load(store::Store &store)
{
    QList<QVariantList> out;
    QStringList shared;
    if (!m_householdId.isEmpty()) {
        store::Queries queries(store.db());
        const QDate today = todayOf(store);
        for (const auto &row : queries.teamMembers(m_householdId, selfId(store))) {
            const auto consent = queries.consentForColleague(m_householdId, row.member.id, today);
            QString roleLabel;
            if (row.member.role == QLatin1String("coordinator"))
                roleLabel = tr("Coordinator");
            else if (row.member.role == QLatin1String("admin"))
                roleLabel = tr("Administrator");
            else
                roleLabel = tr("Colleague", "team member");
            const QString consentText =
                consent ? tr("Consent since %1").arg(labels::date(consent->givenOn)) : tr("No consent yet");
            if (!row.shareId.isEmpty())
                shared << row.member.displayName;
            out.append({row.member.displayName, row.member.id, roleLabel, !row.shareId.isEmpty(), row.shareId,
                        consent.has_value(), consentText});
        }
    }
    if (shared != m_sharedNames) {
        m_sharedNames = shared;
        Q_EMIT sharedChanged();
    }
    return out;
}

ShareController::ShareController(QObject *parent)
    : QObject(parent)
{
}

void ShareController::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    m_members.setContext(context);
    if (m_context)
        connect(m_context, &AppContext::languageChanged, this, &ShareController::problemChanged);
    Q_EMIT contextChanged();
}

void ShareController::setHouseholdId(const QString &id)
{
    if (m_householdId == id)
        return;
    m_householdId = id;
    m_members.setHouseholdId(id);
    setRefused({}, {});
    Q_EMIT householdIdChanged();
}

QString ShareController::problem() const
{
    if (m_refusedId.isEmpty())
        return {};
    return tr("There is no valid consent to share this household with %1. Record the consent first.")
        .arg(m_refusedName);
}

void ShareController::setRefused(const QString &id, const QString &name)
{
    if (m_refusedId == id && m_refusedName == name)
        return;
    m_refusedId = id;
    m_refusedName = name;
    Q_EMIT problemChanged();
}

QString ShareController::memberName(const QString &memberId) const
{
    for (int row = 0; row < m_members.count(); ++row)
        if (m_members.get(row, QStringLiteral("memberId")).toString() == memberId)
            return m_members.get(row, QStringLiteral("name")).toString();
    return memberId;
}

bool ShareController::hasConsent(const QString &memberId) const
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store)
        return false;
    try {
        return store::Queries(store->db())
            .consentForColleague(m_householdId, memberId, todayOf(*store))
            .has_value();
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
}

bool ShareController::share(const QString &memberId)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || m_householdId.isEmpty() || memberId.isEmpty())
        return false;
    if (!hasConsent(memberId)) {
        setRefused(memberId, memberName(memberId));
        return false;
    }
    try {
        store::Repository(*store).shareHousehold(m_householdId, memberId);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    setRefused({}, {});
    m_context->notifyRecordsChanged();
    return true;
}

bool ShareController::recordConsentAndShare(const QString &memberId, const QString &givenBy,
                                            const QString &method)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || m_householdId.isEmpty() || memberId.isEmpty())
        return false;
    const QString name = memberName(memberId);
    try {
        store::Repository repo(*store);
        client::Transaction tx(store->db());
        store::Consent c;
        c.householdId = m_householdId;
        c.subject = tr("Sharing the household's file with a colleague");
        c.sharedWith = name;
        c.colleagueId = memberId;
        c.givenBy = givenBy.trimmed();
        c.method = method;
        c.givenOn = todayOf(*store);
        repo.save(c);
        repo.shareHousehold(m_householdId, memberId);
        tx.commit();
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    setRefused({}, {});
    m_context->notifyRecordsChanged();
    return true;
}

bool ShareController::unshare(const QString &shareId)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || shareId.isEmpty())
        return false;
    try {
        store::Repository(*store).unshareHousehold(shareId);
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_context->notifyRecordsChanged();
    return true;
}

} // namespace brugboek::app
