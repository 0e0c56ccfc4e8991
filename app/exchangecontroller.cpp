#include "exchangecontroller.h"

#include "appcontext.h"
#include "labels.h"

#include "app/store/queries.h"
#include "app/store/repository.h"
#include "app/store/store.h"

namespace brugboek::app {

namespace {
QDate todayOf(store::Store &store)
{
    return QDateTime::fromMSecsSinceEpoch(store.clock().nowMs()).date();
}
} // namespace

ExchangeController::ExchangeController(QObject *parent)
    : QObject(parent)
{
}

void ExchangeController::setContext(AppContext *context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context) {
        connect(m_context, &AppContext::recordsChanged, this, &ExchangeController::read);
        connect(m_context, &AppContext::languageChanged, this, &ExchangeController::problemChanged);
    }
    Q_EMIT contextChanged();
    read();
}

void ExchangeController::setReferralId(const QString &id)
{
    if (m_referralId == id)
        return;
    m_referralId = id;
    m_refused = false;
    m_doneText.clear();
    read();
    Q_EMIT problemChanged();
}

QString ExchangeController::problem() const
{
    if (!m_refused)
        return {};
    return tr("There is no valid consent to share information about this household with %1. Record the "
              "consent first.")
        .arg(m_organisationName);
}

void ExchangeController::read()
{
    QString household;
    QString organisation;
    QString name;
    bool consent = false;
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (store && !m_referralId.isEmpty()) {
        try {
            store::Repository repo(*store);
            if (const auto r = repo.load<store::Referral>(m_referralId)) {
                household = r->householdId;
                organisation = r->organisationId;
                if (const auto o = repo.load<store::Organisation>(organisation))
                    name = o->name;
                consent = store::Queries(store->db())
                              .consentForOrganisation(household, organisation, todayOf(*store))
                              .has_value();
            }
        } catch (const std::exception &e) {
            m_context->reportError(e);
            return;
        }
    }
    m_householdId = household;
    m_organisationId = organisation;
    m_organisationName = name;
    m_hasConsent = consent;
    Q_EMIT referralChanged();
}

bool ExchangeController::record()
{
    store::Store *store = m_context->store();
    const QDate today = todayOf(*store);
    const auto consent =
        store::Queries(store->db()).consentForOrganisation(m_householdId, m_organisationId, today);
    if (!consent)
        return false;
    store::FollowUp f;
    f.householdId = m_householdId;
    f.referralId = m_referralId;
    f.title = tr("Information shared with %1 (consent of %2)")
                  .arg(m_organisationName, labels::date(consent->givenOn));
    f.dueOn = today;
    f.doneAt = QDateTime::fromMSecsSinceEpoch(store->clock().nowMs());
    store::Repository(*store).save(f);
    m_doneText = f.title;
    return true;
}

bool ExchangeController::share()
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || m_referralId.isEmpty() || m_organisationId.isEmpty())
        return false;
    try {
        if (!record()) {
            m_refused = true;
            m_doneText.clear();
            Q_EMIT problemChanged();
            return false;
        }
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_refused = false;
    Q_EMIT problemChanged();
    m_context->notifyRecordsChanged();
    return true;
}

bool ExchangeController::recordConsentAndShare(const QString &givenBy, const QString &method)
{
    store::Store *store = m_context ? m_context->store() : nullptr;
    if (!store || m_referralId.isEmpty() || m_organisationId.isEmpty())
        return false;
    try {
        client::Transaction tx(store->db());
        store::Consent c;
        c.householdId = m_householdId;
        c.subject = tr("Sharing information for the referral");
        c.sharedWith = m_organisationName;
        c.organisationId = m_organisationId;
        c.givenBy = givenBy.trimmed();
        c.method = method;
        c.givenOn = todayOf(*store);
        store::Repository(*store).save(c);
        if (!record())
            return false;
        tx.commit();
    } catch (const std::exception &e) {
        m_context->reportError(e);
        return false;
    }
    m_refused = false;
    Q_EMIT problemChanged();
    m_context->notifyRecordsChanged();
    return true;
}

} // namespace brugboek::app
