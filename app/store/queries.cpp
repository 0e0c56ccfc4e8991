#include "queries.h"

#include "recordmapper.h"
#include "textfold.h"

#include "sync/client/database.h"
#include "sync/core/entities.h"

#include <algorithm>
#include <limits>

namespace brugboek::store {

using client::Query;

namespace {
constexpr int MaxQueryTokens = 6;
// Token rows from which a single typed word counts as common, see
// searchHouseholds().
constexpr int CommonWordRows = 2000;

template<class T> T readRecord(const Query &q, int firstColumn = 0)
{
    T record;
    for (int i = firstColumn; i < q.columnCount(); ++i)
        RecordMapper::setColumn(T::staticMetaObject, &record, q.columnName(i), q.value(i));
    return record;
}

template<class T> QList<T> readAll(Query &q)
{
    QList<T> out;
    while (q.next())
        out.append(readRecord<T>(q));
    return out;
}

// The smallest byte string greater than every string starting with `prefix`:
// the prefix with its last byte raised by one (never 0xff in UTF-8).
QByteArray prefixEnd(QByteArray prefix)
{
    prefix[prefix.size() - 1] = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
    return prefix;
}
} // namespace

QString Queries::matchingOwners(const QStringList &tokens) const
{
    QStringList parts;
    for (int i = 0; i < tokens.size(); ++i)
        parts << QStringLiteral(
            "SELECT household_id, person_id FROM search_token WHERE token >= ? AND token < ?");
    return parts.join(QLatin1String(" INTERSECT "));
}

int Queries::tokenRows(const QString &token, int cap) const
{
    Query q = m_db.query(
        "SELECT count(*) FROM (SELECT 1 FROM search_token WHERE token >= ? AND token < ? LIMIT ?)");
    bindTokens(q, {token}, 1);
    q.bind(3, cap);
    return q.next() ? static_cast<int>(q.int64(0)) : 0;
}

void Queries::bindTokens(Query &q, const QStringList &tokens, int first) const
{
    int i = first;
    for (const QString &t : tokens) {
        const QByteArray utf8 = t.toUtf8();
        const QByteArray end = prefixEnd(utf8);
        q.bindText(i++, utf8.constData(), static_cast<int>(utf8.size()));
        q.bindText(i++, end.constData(), static_cast<int>(end.size()));
    }
}

QList<HouseholdHit> Queries::searchHouseholds(const QString &text, int limit)
{
    QStringList tokens = queryTokens(text).mid(0, MaxQueryTokens);
    if (tokens.isEmpty())
        return {};
    // The rarest word leads; the others are checked for the same owner with
    // one seek each (search_token_household is keyed by household, token,
    // person). Counting starts with the longest word, likely the rarest, and
    // stops at the best count so far.
    QList<int> byLength;
    for (int i = 0; i < tokens.size(); ++i)
        byLength << i;
    std::stable_sort(byLength.begin(), byLength.end(),
                     [&](int a, int b) { return tokens[a].size() > tokens[b].size(); });
    int rarest = byLength.first();
    int rows = std::numeric_limits<int>::max();
    for (const int i : byLength) {
        const int n = tokenRows(tokens[i], tokens.size() == 1 ? CommonWordRows : rows);
        if (n < rows) {
            rows = n;
            rarest = i;
        }
    }
    tokens.move(rarest, 0);

    QString sql;
    if (tokens.size() == 1 && rows >= CommonWordRows) {
        // A common word ("e", "van"): walking households in name order finds
        // the first `limit` long before looking up and sorting every match.
        sql = QStringLiteral("SELECT h.id, h.display_name FROM household h WHERE EXISTS "
                             "(SELECT 1 FROM search_token t0 WHERE t0.household_id = h.id "
                             "AND t0.token >= ? AND t0.token < ?) ORDER BY h.sort_key, h.rowid LIMIT ?");
    } else {
        QString others;
        // The unary + keeps SQLite off search_token_person, where all the
        // households' own tokens share person_id ''.
        for (int i = 1; i < tokens.size(); ++i)
            others +=
                QStringLiteral(" AND EXISTS (SELECT 1 FROM search_token t%1 WHERE "
                               "t%1.household_id = t0.household_id AND t%1.token >= ? AND t%1.token < ? "
                               "AND +t%1.person_id = t0.person_id)")
                    .arg(i);
        sql = QStringLiteral("SELECT id, display_name FROM household WHERE id IN (SELECT t0.household_id "
                             "FROM search_token t0 WHERE t0.token >= ? AND t0.token < ?%1) "
                             "ORDER BY sort_key, rowid LIMIT ?")
                  .arg(others);
    }
    Query q = m_db.query(sql);
    bindTokens(q, tokens, 1);
    q.bind(1 + 2 * static_cast<int>(tokens.size()), limit);
    QList<HouseholdHit> out;
    while (q.next())
        out.append({q.text(0), q.text(1), {}, {}});

    // Members, and who matched, for the few households shown.
    for (HouseholdHit &hit : out) {
        Query people = m_db.query("SELECT given_name, family_name FROM person WHERE household_id = ? "
                                  "ORDER BY role = 'child', birth_year, given_name");
        people.bind(1, hit.id);
        QStringList names;
        const bool householdMatched = tokensMatch(tokens, nameTokens(hit.displayName));
        while (people.next()) {
            names << people.text(0);
            if (!householdMatched && hit.matchedPerson.isEmpty() &&
                tokensMatch(tokens, personTokens(people.text(0), people.text(1), hit.displayName)))
                hit.matchedPerson = (people.text(0) + QLatin1Char(' ') + people.text(1)).trimmed();
        }
        hit.members = names.join(QLatin1String(", "));
    }
    return out;
}

QList<HouseholdHit> Queries::households(int limit)
{
    Query q = m_db.query("SELECT id, display_name FROM household ORDER BY sort_key, id LIMIT ?");
    q.bind(1, limit);
    QList<HouseholdHit> out;
    while (q.next())
        out.append({q.text(0), q.text(1), {}, {}});
    for (HouseholdHit &hit : out) {
        Query people = m_db.query("SELECT given_name FROM person WHERE household_id = ? "
                                  "ORDER BY role = 'child', birth_year, given_name");
        people.bind(1, hit.id);
        QStringList names;
        while (people.next())
            names << people.text(0);
        hit.members = names.join(QLatin1String(", "));
    }
    return out;
}

QList<PersonHit> Queries::searchPeople(const QString &text, int limit)
{
    const QStringList tokens = queryTokens(text).mid(0, MaxQueryTokens);
    if (tokens.isEmpty())
        return {};
    const QString sql =
        QStringLiteral("SELECT p.id, p.household_id, h.display_name, p.given_name, p.family_name, "
                       "p.role FROM person p JOIN household h ON h.id = p.household_id "
                       "WHERE p.id IN (SELECT person_id FROM (%1)) "
                       "ORDER BY p.family_name, p.given_name LIMIT ?")
            .arg(matchingOwners(tokens));
    Query q = m_db.query(sql);
    bindTokens(q, tokens, 1);
    q.bind(1 + 2 * static_cast<int>(tokens.size()), limit);
    QList<PersonHit> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return out;
}

QList<Person> Queries::peopleOf(const QString &householdId)
{
    Query q = m_db.query("SELECT * FROM person WHERE household_id = ? "
                         "ORDER BY role = 'child', birth_year, given_name");
    q.bind(1, householdId);
    return readAll<Person>(q);
}

QList<TimelineEntry> Queries::timeline(const QString &householdId)
{
    Query q = m_db.query(
        "SELECT 'encounter', id, id, strftime('%Y-%m-%dT%H:%M:%SZ', occurred_at / 1000, 'unixepoch'), kind, "
        "note "
        "  FROM encounter WHERE household_id = ?1 "
        "UNION ALL SELECT 'referral_event', e.id, e.referral_id, e.occurred_on, e.status, r.need "
        "  FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE r.household_id = ?1 "
        "UNION ALL SELECT 'consent', id, id, given_on, subject, shared_with FROM consent WHERE household_id "
        "= ?1 "
        "UNION ALL SELECT 'consent_withdrawn', id, id, withdrawn_on, subject, shared_with FROM consent "
        "  WHERE household_id = ?1 AND withdrawn_on IS NOT NULL "
        "UNION ALL SELECT 'follow_up', id, id, due_on, title, NULL FROM follow_up WHERE household_id = ?1 "
        "ORDER BY 4 DESC, 2 DESC");
    q.bind(1, householdId);
    QList<TimelineEntry> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return out;
}

QList<DueFollowUp> Queries::followUpsDue(const QDate &today, int limit)
{
    const QString day = today.toString(Qt::ISODate);
    Query q = m_db.query(
        "SELECT h.display_name, f.* FROM follow_up f LEFT JOIN household h ON h.id = f.household_id "
        "WHERE f.done_at IS NULL AND f.due_on <= ? ORDER BY f.due_on, f.id LIMIT ?");
    q.bind(1, day);
    q.bind(2, limit > 0 ? limit : -1); // SQLite: a negative LIMIT is none
    QList<DueFollowUp> out;
    while (q.next()) {
        DueFollowUp d {readRecord<FollowUp>(q, 1), q.text(0), false};
        d.overdue = d.followUp.dueOn < today;
        out.append(d);
    }
    return out;
}

Queries::DueCounts Queries::followUpCounts(const QDate &today)
{
    Query q = m_db.query("SELECT count(*), coalesce(sum(due_on < ?1), 0) FROM follow_up "
                         "WHERE done_at IS NULL AND due_on <= ?1");
    q.bind(1, today.toString(Qt::ISODate));
    if (!q.next())
        return {};
    const int overdue = static_cast<int>(q.int64(1));
    return {static_cast<int>(q.int64(0)) - overdue, overdue};
}

int Queries::openReferralCount()
{
    return static_cast<int>(
        m_db.scalar("SELECT count(*) FROM referral "
                    "WHERE status IN ('besproken', 'aangemeld', 'wachtlijst', 'intake_gepland', 'lopend')")
            .toLongLong());
}

// The open statuses that wait for a call; each one a range of the
// referral_status (status, follow_up_on) index.
static const char *const CallWhere =
    "r.status IN ('besproken', 'aangemeld', 'wachtlijst', 'intake_gepland', 'lopend') "
    "AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= ?1";

QList<ReferralRow> Queries::referralsToCall(const QDate &today, int limit)
{
    Query q = m_db.query(QStringLiteral("SELECT h.display_name, o.name, r.* FROM referral r "
                                        "JOIN household h ON h.id = r.household_id "
                                        "LEFT JOIN organisation o ON o.id = r.organisation_id "
                                        "WHERE %1 ORDER BY r.follow_up_on, r.id LIMIT ?2")
                             .arg(QLatin1String(CallWhere)));
    q.bind(1, today.toString(Qt::ISODate));
    q.bind(2, limit > 0 ? limit : -1);
    QList<ReferralRow> out;
    while (q.next())
        out.append({readRecord<Referral>(q, 2), q.text(0), q.text(1)});
    return out;
}

int Queries::referralsToCallCount(const QDate &today)
{
    Query q =
        m_db.query(QStringLiteral("SELECT count(*) FROM referral r WHERE %1").arg(QLatin1String(CallWhere)));
    q.bind(1, today.toString(Qt::ISODate));
    return q.next() ? static_cast<int>(q.int64(0)) : 0;
}

QList<ReferralRow> Queries::openReferrals(const QString &status)
{
    const char *sql =
        "SELECT h.display_name, o.name, r.* FROM referral r "
        "JOIN household h ON h.id = r.household_id "
        "LEFT JOIN organisation o ON o.id = r.organisation_id "
        "WHERE r.status IN ('besproken', 'aangemeld', 'wachtlijst', 'intake_gepland', 'lopend') "
        "AND (?1 IS NULL OR r.status = ?1) "
        "ORDER BY r.status_on, r.id";
    Query q = m_db.query(sql);
    q.bind(1, status);
    QList<ReferralRow> out;
    while (q.next())
        out.append({readRecord<Referral>(q, 2), q.text(0), q.text(1)});
    return out;
}

QList<ReferralEvent> Queries::referralHistory(const QString &referralId)
{
    Query q = m_db.query("SELECT * FROM referral_event WHERE referral_id = ? ORDER BY occurred_on, id");
    q.bind(1, referralId);
    return readAll<ReferralEvent>(q);
}

QList<Organisation> Queries::organisations(const QString &text, int limit)
{
    const QStringList tokens = queryTokens(text).mid(0, MaxQueryTokens);
    QString where = QStringLiteral("active = 1");
    for (int i = 0; i < tokens.size(); ++i)
        where += QStringLiteral(" AND instr(search_text, ?) > 0");
    Query q =
        m_db.query(QStringLiteral("SELECT * FROM organisation WHERE %1 ORDER BY name LIMIT ?").arg(where));
    int i = 1;
    for (const QString &t : tokens)
        q.bind(i++, t);
    q.bind(i, limit);
    return readAll<Organisation>(q);
}

QList<ListItem> Queries::listItems(const QString &list)
{
    Query q = m_db.query("SELECT * FROM list_item WHERE list = ? AND active = 1 ORDER BY sort_order, code");
    q.bind(1, list);
    return readAll<ListItem>(q);
}

QList<Encounter> Queries::recentEncounters(int limit)
{
    Query q = m_db.query("SELECT * FROM encounter ORDER BY occurred_at DESC LIMIT ?");
    q.bind(1, limit);
    return readAll<Encounter>(q);
}

QList<EncounterRow> Queries::recentEncounterRows(int limit)
{
    Query q =
        m_db.query("SELECT h.display_name, e.* FROM encounter e "
                   "LEFT JOIN household h ON h.id = e.household_id ORDER BY e.occurred_at DESC LIMIT ?");
    q.bind(1, limit);
    QList<EncounterRow> out;
    while (q.next())
        out.append({readRecord<Encounter>(q, 1), q.text(0), {}});
    return out;
}

QList<EncounterRow> Queries::encountersBetween(const QString &kind, const QString &schoolId, qint64 fromMs,
                                               qint64 toMs)
{
    Query q = m_db.query("SELECT h.display_name, "
                         "(SELECT min(b.booked_for) FROM zitdag_booking b WHERE b.encounter_id = e.id), e.* "
                         "FROM encounter e LEFT JOIN household h ON h.id = e.household_id "
                         "WHERE e.occurred_at >= ?1 AND e.occurred_at < ?2 AND e.kind = ?3 "
                         "AND coalesce(e.school_id, '') = ?4 ORDER BY e.occurred_at, e.id");
    q.bind(1, fromMs);
    q.bind(2, toMs);
    q.bind(3, kind);
    q.bind(4, schoolId);
    QList<EncounterRow> out;
    while (q.next()) {
        const QVariant booked = q.value(1);
        out.append({readRecord<Encounter>(q, 2), q.text(0),
                    booked.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(booked.toLongLong())});
    }
    return out;
}

QList<DueFollowUp> Queries::followUpsAtSchool(const QString &schoolId, const QDate &day)
{
    Query q = m_db.query(
        "SELECT h.display_name, f.* FROM follow_up f JOIN household h ON h.id = f.household_id "
        "WHERE f.done_at IS NULL AND f.due_on = ?1 "
        "AND EXISTS (SELECT 1 FROM person p WHERE p.household_id = f.household_id AND p.school_id = ?2) "
        "ORDER BY h.sort_key, f.id");
    q.bind(1, day.toString(Qt::ISODate));
    q.bind(2, schoolId);
    QList<DueFollowUp> out;
    while (q.next())
        out.append({readRecord<FollowUp>(q, 1), q.text(0), false});
    return out;
}

int Queries::encounterCount(const QString &kind, qint64 fromMs, qint64 toMs)
{
    Query q = m_db.query(
        "SELECT count(*) FROM encounter WHERE occurred_at >= ?1 AND occurred_at < ?2 AND kind = ?3");
    q.bind(1, fromMs);
    q.bind(2, toMs);
    q.bind(3, kind);
    return q.next() ? static_cast<int>(q.int64(0)) : 0;
}

QList<School> Queries::schools()
{
    Query q = m_db.query("SELECT * FROM school WHERE active = 1 ORDER BY name, id");
    return readAll<School>(q);
}

QList<ReferralRow> Queries::referralsOf(const QString &householdId)
{
    Query q = m_db.query("SELECT h.display_name, o.name, r.* FROM referral r "
                         "JOIN household h ON h.id = r.household_id "
                         "LEFT JOIN organisation o ON o.id = r.organisation_id "
                         "WHERE r.household_id = ? ORDER BY r.status_on DESC, r.id");
    q.bind(1, householdId);
    QList<ReferralRow> out;
    while (q.next())
        out.append({readRecord<Referral>(q, 2), q.text(0), q.text(1)});
    return out;
}

QList<ConflictRow> Queries::openConflicts(const QString &householdId)
{
    Query q = m_db.query("SELECT id, record_entity, record_id, field, lost_value, lost_hlc FROM conflict "
                         "WHERE household_id = ? AND resolved_at IS NULL ORDER BY lost_hlc, id");
    q.bind(1, householdId);
    QList<ConflictRow> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), {}, q.text(4), q.int64(5)});
    for (ConflictRow &c : out)
        c.currentValue = fieldValue(c.recordEntity, c.recordId, c.field);
    return out;
}

QString Queries::fieldValue(const QString &entity, const QString &id, const QString &field)
{
    // Table and column names come from the sync registry only, never from input.
    const auto *def = sync::findEntity(entity.toStdString());
    if (!def || !def->field(field.toStdString()))
        return {};
    Query q =
        m_db.query(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                       .arg(field, QLatin1String(def->table.data(), static_cast<int>(def->table.size()))));
    q.bind(1, id);
    return q.next() ? q.text(0) : QString();
}

QList<BookingRow> Queries::readBookings(Query &q)
{
    QList<BookingRow> out;
    while (q.next())
        out.append({readRecord<ZitdagBooking>(q, 2), q.text(0), q.text(1)});
    return out;
}

QList<BookingRow> Queries::bookingsAt(const QString &schoolId, qint64 fromMs, qint64 toMs)
{
    Query q = m_db.query("SELECT h.display_name, s.name, b.* FROM zitdag_booking b "
                         "LEFT JOIN household h ON h.id = b.household_id "
                         "LEFT JOIN school s ON s.id = b.school_id "
                         "WHERE b.school_id = ?1 AND b.booked_for >= ?2 AND b.booked_for < ?3 "
                         "ORDER BY b.booked_for, b.id");
    q.bind(1, schoolId);
    q.bind(2, fromMs);
    q.bind(3, toMs);
    return readBookings(q);
}

QList<BookingRow> Queries::bookingsOf(const QString &householdId, qint64 fromMs)
{
    Query q = m_db.query("SELECT h.display_name, s.name, b.* FROM zitdag_booking b "
                         "LEFT JOIN household h ON h.id = b.household_id "
                         "LEFT JOIN school s ON s.id = b.school_id "
                         "WHERE b.household_id = ?1 AND b.booked_for >= ?2 AND b.status = 'booked' "
                         "ORDER BY b.booked_for, b.id");
    q.bind(1, householdId);
    q.bind(2, fromMs);
    return readBookings(q);
}

int Queries::openBookingCount(qint64 fromMs, qint64 toMs)
{
    Query q = m_db.query("SELECT count(*) FROM zitdag_booking "
                         "WHERE booked_for >= ?1 AND booked_for < ?2 AND status = 'booked'");
    q.bind(1, fromMs);
    q.bind(2, toMs);
    return q.next() ? static_cast<int>(q.int64(0)) : 0;
}

QList<Queries::SchoolBookings> Queries::openBookingsPerSchool(qint64 fromMs, qint64 toMs)
{
    Query q = m_db.query("SELECT b.school_id, s.name, count(*) FROM zitdag_booking b "
                         "JOIN school s ON s.id = b.school_id "
                         "WHERE b.booked_for >= ?1 AND b.booked_for < ?2 AND b.status = 'booked' "
                         "GROUP BY b.school_id ORDER BY count(*) DESC, s.name");
    q.bind(1, fromMs);
    q.bind(2, toMs);
    QList<SchoolBookings> out;
    while (q.next())
        out.append({q.text(0), q.text(1), static_cast<int>(q.int64(2))});
    return out;
}

std::optional<ZitdagBooking> Queries::bookingOfEncounter(const QString &encounterId)
{
    Query q = m_db.query("SELECT * FROM zitdag_booking WHERE encounter_id = ? ORDER BY id LIMIT 1");
    q.bind(1, encounterId);
    if (!q.next())
        return std::nullopt;
    return readRecord<ZitdagBooking>(q);
}

QList<TeamMemberRow> Queries::teamMembers(const QString &householdId, const QString &selfId)
{
    Query q = m_db.query(
        "SELECT (SELECT s.id FROM household_share s WHERE s.household_id = ?1 AND s.user_id = m.id "
        "        ORDER BY s.id LIMIT 1), m.* "
        "FROM team_member m WHERE coalesce(m.active, 1) = 1 AND m.id <> coalesce(?2, '') "
        "ORDER BY m.display_name COLLATE NOCASE, m.id");
    q.bind(1, householdId);
    q.bind(2, selfId);
    QList<TeamMemberRow> out;
    while (q.next())
        out.append({readRecord<TeamMember>(q, 1), q.text(0)});
    return out;
}

std::optional<Consent> Queries::consentFor(const char *column, const QString &householdId,
                                           const QString &otherId, const QDate &day)
{
    if (householdId.isEmpty() || otherId.isEmpty() || !day.isValid())
        return std::nullopt;
    // `column` is one of two names fixed in this file, never input.
    Query q = m_db.query(QStringLiteral("SELECT * FROM consent WHERE household_id = ?1 AND %1 = ?2 "
                                        "AND coalesce(given_on, '') <> '' AND given_on <= ?3 "
                                        "AND coalesce(withdrawn_on, '') = '' "
                                        "ORDER BY given_on DESC, id DESC LIMIT 1")
                             .arg(QLatin1String(column)));
    q.bind(1, householdId);
    q.bind(2, otherId);
    q.bind(3, day.toString(Qt::ISODate));
    if (!q.next())
        return std::nullopt;
    return readRecord<Consent>(q);
}

std::optional<Consent> Queries::consentForColleague(const QString &householdId, const QString &colleagueId,
                                                    const QDate &day)
{
    return consentFor("colleague_id", householdId, colleagueId, day);
}

std::optional<Consent> Queries::consentForOrganisation(const QString &householdId,
                                                       const QString &organisationId, const QDate &day)
{
    return consentFor("organisation_id", householdId, organisationId, day);
}

} // namespace brugboek::store
