#pragma once

#include "domain.h"

#include <QList>

#include <optional>

namespace brugboek::client {
class Database;
class Query;
} // namespace brugboek::client

namespace brugboek::store {

class SearchCache;

struct HouseholdHit
{
    QString id;
    QString displayName;
    QString members; // given names, comma-separated
    QString matchedPerson; // the person whose name matched, if any
};

struct PersonHit
{
    QString id;
    QString householdId;
    QString householdName;
    QString givenName;
    QString familyName;
    QString role;
};

// One line of a household's timeline.
struct TimelineEntry
{
    QString kind; // encounter | referral_event | consent | consent_withdrawn | follow_up
    QString id;
    QString recordId; // the referral of a referral_event; else equal to id
    QString sortKey; // ISO date or UTC date-time: the timeline's order
    QString title; // encounter kind, referral status, consent subject, follow-up title
    QString detail; // note, referral need, with whom
};

struct DueFollowUp
{
    FollowUp followUp;
    QString householdName;
    bool overdue = false;
};

struct ReferralRow
{
    Referral referral;
    QString householdName;
    QString organisationName;
};

struct EncounterRow
{
    Encounter encounter;
    QString householdName;
    QDateTime bookedFor; // encountersBetween(): the zitdag booking it settled; invalid for a walk-in
};

// A zitdag booking with the names to show.
struct BookingRow
{
    ZitdagBooking booking;
    QString householdName;
    QString schoolName;
};

// A colleague of the team and, when the household is shared with them, the
// share record.
struct TeamMemberRow
{
    TeamMember member;
    QString shareId; // empty: not shared
};

// A text that lost to a concurrent edit on another device, with the text
// the record holds now.
struct ConflictRow
{
    QString id;
    QString recordEntity;
    QString recordId;
    QString field;
    QString currentValue;
    QString lostValue;
    qint64 lostHlc = 0;
};

// The reads the app needs, each one indexed.
class Queries
{
public:
    // With a `cache` (the store's, Store::searchCache()), household search
    // finds its matches in memory whenever the cache has a current snapshot
    // (else, as while it loads, with the statements: the same matches).
    explicit Queries(client::Database &db, SearchCache *cache = nullptr)
        : m_db(db)
        , m_cache(cache)
    {
    }

    // As-you-type search: every word typed must start a word of the
    // household's name, or of one person's names ("el am" finds "El Amrani",
    // "fatima el" finds Fatima El Amrani's household).
    [[nodiscard]] QList<HouseholdHit> searchHouseholds(const QString &text, int limit = 50);
    // How searchHouseholds() finds its matches (the same ones whatever
    // these are): with a word of at most `sqlWordRows` token rows, one
    // statement; with only common words, in memory: a word with more than
    // `readWordRows` token rows is checked per household instead of read
    // whole, and up to `seekCandidates` candidate households are looked up
    // by id rather than found by walking the households in name order. The
    // defaults suit a large caseload; tests change them to take every path.
    struct SearchPlan
    {
        int sqlWordRows = 2000;
        int readWordRows = 10000;
        int seekCandidates = 400;
    };
    void setSearchPlan(SearchPlan plan) { m_plan = plan; }
    // All households in name order, as the list before anything is typed.
    [[nodiscard]] QList<HouseholdHit> households(int limit = 50);
    [[nodiscard]] QList<PersonHit> searchPeople(const QString &text, int limit = 50);
    [[nodiscard]] QList<Person> peopleOf(const QString &householdId);
    // Newest first.
    [[nodiscard]] QList<TimelineEntry> timeline(const QString &householdId);
    // Open follow-ups due on or before `today`, oldest first; at most
    // `limit` of them (0: all), read through the follow_up_open index.
    [[nodiscard]] QList<DueFollowUp> followUpsDue(const QDate &today, int limit = 0);
    struct DueCounts
    {
        int today = 0;
        int overdue = 0;
    };
    // The number of open follow-ups due on `today` and before it.
    [[nodiscard]] DueCounts followUpCounts(const QDate &today);
    [[nodiscard]] int openReferralCount();
    // Open referrals whose call (follow_up_on) is due on or before `today`,
    // the longest due first; at most `limit` (0: all), through the
    // referral_status index.
    [[nodiscard]] QList<ReferralRow> referralsToCall(const QDate &today, int limit = 0);
    // How many referrals referralsToCall would give without a limit.
    [[nodiscard]] int referralsToCallCount(const QDate &today);
    // Open referrals, optionally of one status, the longest waiting first.
    [[nodiscard]] QList<ReferralRow> openReferrals(const QString &status = {});
    // Referrals of a household, with their history.
    [[nodiscard]] QList<ReferralEvent> referralHistory(const QString &referralId);
    // Organisations whose name, kind or services contain every word typed.
    [[nodiscard]] QList<Organisation> organisations(const QString &text, int limit = 100);
    [[nodiscard]] QList<ListItem> listItems(const QString &list);
    [[nodiscard]] QList<Encounter> recentEncounters(int limit);
    // Newest first, with the household's name.
    [[nodiscard]] QList<EncounterRow> recentEncounterRows(int limit);
    // Encounters of `kind` at `schoolId` in [fromMs, toMs), oldest first,
    // each with the time of the zitdag booking it settled.
    [[nodiscard]] QList<EncounterRow> encountersBetween(const QString &kind, const QString &schoolId,
                                                        qint64 fromMs, qint64 toMs);
    // Open follow-ups due on `day` of households with someone at `schoolId`:
    // the families expected at a zitdag there.
    [[nodiscard]] QList<DueFollowUp> followUpsAtSchool(const QString &schoolId, const QDate &day);
    // How many encounters of `kind` in [fromMs, toMs), at any school.
    [[nodiscard]] int encounterCount(const QString &kind, qint64 fromMs, qint64 toMs);
    [[nodiscard]] QList<School> schools();
    // Every referral of a household, the latest change first.
    [[nodiscard]] QList<ReferralRow> referralsOf(const QString &householdId);
    [[nodiscard]] QList<ConflictRow> openConflicts(const QString &householdId);
    // Zitdag bookings at `schoolId` in [fromMs, toMs), in time order.
    [[nodiscard]] QList<BookingRow> bookingsAt(const QString &schoolId, qint64 fromMs, qint64 toMs);
    // The open (booked) zitdag bookings of a household from `fromMs` on.
    [[nodiscard]] QList<BookingRow> bookingsOf(const QString &householdId, qint64 fromMs);
    // How many zitdag bookings in [fromMs, toMs) are still booked, at any school.
    [[nodiscard]] int openBookingCount(qint64 fromMs, qint64 toMs);
    struct SchoolBookings
    {
        QString schoolId;
        QString schoolName;
        int open = 0;
    };
    // Schools with bookings still open in [fromMs, toMs), the most first.
    [[nodiscard]] QList<SchoolBookings> openBookingsPerSchool(qint64 fromMs, qint64 toMs);
    // The booking a contactmoment settled, if any.
    [[nodiscard]] std::optional<ZitdagBooking> bookingOfEncounter(const QString &encounterId);
    // The active team members (not the user themself, `selfId`) by name, each
    // with the household's share for them.
    [[nodiscard]] QList<TeamMemberRow> teamMembers(const QString &householdId, const QString &selfId = {});
    // The consent of the household that allows sharing it with the colleague
    // `colleagueId` (or exchanging information with the organisation
    // `organisationId`) on `day`: given on or before that day, not withdrawn.
    // The most recent one when there are several.
    [[nodiscard]] std::optional<Consent> consentForColleague(const QString &householdId,
                                                             const QString &colleagueId, const QDate &day);
    [[nodiscard]] std::optional<Consent>
    consentForOrganisation(const QString &householdId, const QString &organisationId, const QDate &day);
    // The text column `field` of a record, or a null string.
    [[nodiscard]] QString fieldValue(const QString &entity, const QString &id, const QString &field);

private:
    // SQL yielding the (household_id, person_id) pairs whose tokens match
    // every query token, with two parameters per token.
    QString matchingOwners(const QStringList &tokens) const;
    void bindTokens(client::Query &q, const QStringList &tokens, int first) const;
    [[nodiscard]] QList<BookingRow> readBookings(client::Query &q);
    [[nodiscard]] std::optional<Consent> consentFor(const char *column, const QString &householdId,
                                                    const QString &otherId, const QDate &day);

    client::Database &m_db;
    SearchCache *m_cache;
    SearchPlan m_plan;
};

} // namespace brugboek::store
