#pragma once

#include "domain.h"
#include "recordmapper.h"
#include "store.h"

#include <optional>
#include <stdexcept>

namespace brugboek::store {

// Input the domain does not allow ("afgerond" without an outcome, ...), in
// plain words for the person who typed it.
class ValidationError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// The typed write API of the store. Every write goes through the ChangeLog,
// so each one lands in the outbox in the same transaction.
class Repository
{
public:
    explicit Repository(Store &store)
        : m_store(store)
    {
    }

    // Creates the record (giving it a new id when it has none) or updates the
    // fields that differ. Returns the id.
    // The domain's rules (validate() below) hold on this path too.
    template<class T> QString save(T &record)
    {
        validate(record);
        return write(record);
    }

    template<class T> [[nodiscard]] std::optional<T> load(const QString &id)
    {
        T record;
        if (!loadInto(T::staticMetaObject, &record, id))
            return std::nullopt;
        return record;
    }

    // Changes only the given columns; returns those that changed.
    QStringList update(std::string_view entity, const QString &id, const QVariantMap &columns);
    // Removes a record and everything that depends on it, on every device.
    bool purge(std::string_view entity, const QString &id);

    // A new encounter, with its follow-up task when there is one, in one
    // transaction.
    QString saveEncounter(Encounter &encounter, FollowUp *followUp = nullptr);
    // A new referral and its first status event (by default "besproken").
    QString createReferral(Referral &referral, ReferralEvent first = {});
    // Appends a status change to a referral's history.
    QString addReferralEvent(ReferralEvent &event);
    void completeFollowUp(const QString &id, const QDateTime &at);
    // Withdraws a consent; the shares that rested on it are purged with it.
    void withdrawConsent(const QString &id, const QDate &on);

    // A zitdag booking seen: `encounter` is the contactmoment it became. A
    // booking for a parent not yet known takes the encounter's household.
    void markBookingSeen(const QString &bookingId, const Encounter &encounter);
    // Booked again (its conversation was undone).
    void reopenBooking(const QString &bookingId);
    void cancelBooking(const QString &bookingId);

    // Shares a household with a colleague (a team_member id) on the strength
    // of the consent that covers it (Queries::consentForColleague on the
    // clock's day); ValidationError when there is none. Returns the share's
    // id, the existing one when it is shared already.
    QString shareHousehold(const QString &householdId, const QString &userId);
    // Stops sharing: the share is purged, and the server takes the household
    // from the colleague's devices.
    void unshareHousehold(const QString &shareId);
    // Keeps `text` in the field a sync conflict is about and marks the
    // conflict resolved at `atMs`, in one transaction.
    void resolveConflict(const QString &conflictId, const QString &text, qint64 atMs);

private:
    template<class T> QString write(T &record)
    {
        if (record.id.isEmpty())
            record.id = m_store.newId();
        m_store.changes().put(RecordMapper::entityOf<T>(), record.id, RecordMapper::fields(record));
        return record.id;
    }
    bool loadInto(const QMetaObject &meta, void *gadget, const QString &id);
    [[nodiscard]] QDate today() const;
    void setBookingStatus(const QString &bookingId, const QString &status, const QVariantMap &more = {});

    template<class T> void validate(const T &) { }
    void validate(const ReferralEvent &event);
    void validate(const Encounter &encounter);
    void validate(const FollowUp &followUp);
    void validate(const ZitdagBooking &booking);
    // A share needs an active consent for that colleague.
    void validate(const HouseholdShare &share);
    // A new referral is made by createReferral(), which records its first status.
    void validate(const Referral &referral);

    Store &m_store;
};

} // namespace brugboek::store
