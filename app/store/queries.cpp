#include "queries.h"

#include "recordmapper.h"
#include "searchcache.h"
#include "textfold.h"

#include "sync/client/database.h"
#include "sync/core/entities.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace brugboek::store {

using client::Query;

namespace {
constexpr int MaxQueryTokens = 6;

// Bytes kept for views that outlive a statement's row, in blocks that never
// move: reading a common word's owners is then one copy per new id, not an
// allocation each.
class Arena
{
public:
    std::string_view keep(std::string_view bytes)
    {
        if (bytes.size() > m_free) {
            const std::size_t size = std::max<std::size_t>(BlockSize, bytes.size());
            m_blocks.push_back(std::make_unique<char[]>(size));
            m_next = m_blocks.back().get();
            m_free = size;
        }
        char *at = m_next;
        std::copy(bytes.begin(), bytes.end(), at);
        m_next += bytes.size();
        m_free -= bytes.size();
        return {at, bytes.size()};
    }

private:
    static constexpr std::size_t BlockSize = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    std::size_t m_free = 0;
};

// The owners of name tokens of a household: '' for the household's own
// name, or a person's id. A household has few, so a vector.
using Owners = std::vector<std::string_view>;
using OwnerMap = std::unordered_map<std::string_view, Owners>;

const std::string_view *find(const Owners &owners, std::string_view owner)
{
    const auto it = std::find(owners.begin(), owners.end(), owner);
    return it == owners.end() ? nullptr : &*it;
}

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
    const QStringList tokens = queryTokens(text).mid(0, MaxQueryTokens);
    if (tokens.isEmpty() || limit <= 0)
        return {};
    // A match is an owner of name tokens (a household's own name or one of
    // its people) with a token starting with every word. With a rare word,
    // one statement does it. With only common words ("van", "el a") it is
    // planned here instead: SQLite's correlated subquery per candidate cost
    // about 10 microseconds and a common word has thousands of candidates,
    // while reading a word's owners whole is one range of the token table's
    // primary key.
    struct Word
    {
        QByteArray from, to; // [from, to): the tokens starting with the word
    };
    std::vector<Word> words;
    for (const QString &t : tokens) {
        const QByteArray utf8 = t.toUtf8();
        words.push_back({utf8, prefixEnd(utf8)});
    }
    const auto bindWord = [](Query &q, int first, const Word &w) {
        q.bindStaticText(first, w.from.constData(), static_cast<int>(w.from.size()));
        q.bindStaticText(first + 1, w.to.constData(), static_cast<int>(w.to.size()));
    };
    // The word's token rows, counted up to cap + 1.
    const auto countRows = [&](const Word &w, int cap) {
        Query count = m_db.query("SELECT count(*) FROM (SELECT 1 FROM search_token "
                                 "WHERE token >= ? AND token < ? LIMIT ?)");
        bindWord(count, 1, w);
        count.bind(3, cap + 1);
        return count.next() ? static_cast<int>(count.int64(0)) : 0;
    };
    // Longest first: likely the rarest, so that the candidates are few early.
    std::vector<std::size_t> order(words.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return words[a].from.size() > words[b].from.size();
    });

    struct Found
    {
        QString id, displayName;
        std::optional<Owners> owners; // those that matched, when known
    };
    std::vector<Found> found;
    // Members, and who matched when the household's own name did not, for
    // the few households shown.
    const auto withMembers = [&](const std::vector<Found> &hits) {
        QList<HouseholdHit> out;
        out.reserve(static_cast<qsizetype>(hits.size()));
        for (const Found &f : hits) {
            HouseholdHit hit {f.id, f.displayName, {}, {}};
            const bool householdMatched = f.owners ? find(*f.owners, std::string_view()) != nullptr
                                                   : tokensMatch(tokens, nameTokens(hit.displayName));
            Query people = m_db.query("SELECT id, given_name, family_name FROM person WHERE household_id = ? "
                                      "ORDER BY role = 'child', birth_year, given_name");
            people.bind(1, hit.id);
            QStringList names;
            while (people.next()) {
                names << people.text(1);
                if (householdMatched || !hit.matchedPerson.isEmpty())
                    continue;
                if (f.owners
                        ? find(*f.owners, people.utf8(0)) != nullptr
                        : tokensMatch(tokens, personTokens(people.text(1), people.text(2), hit.displayName)))
                    hit.matchedPerson = (people.text(1) + QLatin1Char(' ') + people.text(2)).trimmed();
            }
            hit.members = names.join(QLatin1String(", "));
            out.append(std::move(hit));
        }
        return out;
    };

    // The cache's snapshot, when it has one of the store as it is now and
    // nothing is being written: the same matches, found in memory. (The
    // owners found are views into it: it is kept until the end.)
    if (const std::shared_ptr<const SearchSnapshot> snapshot = m_cache ? m_cache->snapshot() : nullptr) {
        std::vector<std::string_view> folded;
        for (const Word &w : words)
            folded.emplace_back(w.from.constData(), static_cast<std::size_t>(w.from.size()));
        for (SearchSnapshot::Hit &hit : snapshot->match(folded, limit))
            found.push_back({snapshot->householdId(hit.household), snapshot->displayName(hit.household),
                             std::move(hit.owners)});
        return withMembers(found);
    }

    const auto bindWords = [&](Query &q, const std::vector<std::size_t> &which) {
        int at = 1;
        for (const std::size_t i : which) {
            bindWord(q, at, words[i]);
            at += 2;
        }
        q.bind(at, limit);
    };

    // A rare word (the usual case once a few letters are typed): SQLite
    // finds its owners, checks the other words with a lookup each and sorts
    // the few households.
    int rarestRows = std::numeric_limits<int>::max();
    std::size_t rarest = order.front();
    for (const std::size_t i : order) {
        const int rows = countRows(words[i], m_plan.sqlWordRows);
        if (rows < rarestRows) {
            rarestRows = rows;
            rarest = i;
        }
    }
    if (rarestRows <= m_plan.sqlWordRows) {
        std::vector<std::size_t> which {rarest};
        QString others;
        // The unary + keeps SQLite off search_token_person, where all the
        // households' own tokens share person_id ''.
        for (const std::size_t i : order) {
            if (i == rarest)
                continue;
            which.push_back(i);
            others +=
                QStringLiteral(" AND EXISTS (SELECT 1 FROM search_token t%1 WHERE "
                               "t%1.household_id = t0.household_id AND t%1.token >= ? AND t%1.token < ? "
                               "AND +t%1.person_id = t0.person_id)")
                    .arg(which.size() - 1);
        }
        Query q = m_db.query(QStringLiteral("SELECT id, display_name FROM household WHERE id IN (SELECT "
                                            "t0.household_id FROM search_token t0 WHERE t0.token >= ? AND "
                                            "t0.token < ?%1) ORDER BY sort_key, rowid LIMIT ?")
                                 .arg(others));
        bindWords(q, which);
        while (q.next())
            found.push_back({q.text(0), q.text(1), std::nullopt});
        return withMembers(found);
    }

    // Only common words: planned here, see above.
    // 1. The owners of each word that is not too common, read whole and
    // intersected: household -> its owners matching every word read.
    Arena arena;
    std::optional<OwnerMap> candidates;
    std::vector<std::size_t> checked; // words looked up per household instead
    for (const std::size_t i : order) {
        const Word &w = words[i];
        {
            // With candidates, a word with more rows than them is looked up
            // for the few households shown rather than read.
            const int cap = candidates ? std::min(m_plan.readWordRows, static_cast<int>(candidates->size()))
                                       : m_plan.readWordRows;
            if (countRows(w, cap) > cap) {
                checked.push_back(i);
                continue;
            }
        }
        OwnerMap owners;
        Query q =
            m_db.query("SELECT household_id, person_id FROM search_token WHERE token >= ? AND token < ?");
        bindWord(q, 1, w);
        while (q.next()) {
            std::string_view household = q.utf8(0);
            std::string_view person = q.utf8(1);
            if (candidates) {
                // Only what is still a candidate is kept (its bytes are kept already).
                const auto it = candidates->find(household);
                const std::string_view *kept = it == candidates->end() ? nullptr : find(it->second, person);
                if (!kept)
                    continue;
                household = it->first;
                person = *kept;
            }
            auto it = owners.find(household);
            if (it == owners.end())
                it = owners.emplace(candidates ? household : arena.keep(household), Owners()).first;
            if (!find(it->second, person))
                it->second.push_back(candidates ? person : arena.keep(person));
        }
        candidates = std::move(owners);
        if (candidates->empty())
            return {};
    }

    // The owners of `household` among `owners` (any of its owners when
    // `any`) that also match every checked word.
    const auto matchChecked = [&](std::string_view household, Owners owners, bool any) {
        for (const std::size_t i : checked) {
            Query q = m_db.query("SELECT person_id FROM search_token WHERE household_id = ? "
                                 "AND token >= ? AND token < ?");
            q.bindStaticText(1, household.data(), static_cast<int>(household.size()));
            bindWord(q, 2, words[i]);
            Owners matched;
            while (q.next()) {
                const std::string_view person = q.utf8(0);
                if (find(matched, person))
                    continue;
                if (any)
                    matched.push_back(arena.keep(person));
                else if (const std::string_view *kept = find(owners, person))
                    matched.push_back(*kept);
            }
            owners = std::move(matched);
            any = false;
            if (owners.empty())
                break;
        }
        return owners;
    };

    // 2. The first `limit` matching households in name order.
    if (candidates && static_cast<int>(candidates->size()) <= m_plan.seekCandidates) {
        // Few: each looked up by id, then put in household_sort's order.
        struct Row
        {
            bool hasKey;
            std::string sortKey;
            qint64 rowid;
            std::string_view id, displayName;
            bool hasName;
            const Owners *owners;
        };
        std::vector<Row> rows;
        rows.reserve(candidates->size());
        for (const auto &[household, owners] : *candidates) {
            Query q = m_db.query("SELECT sort_key, rowid, display_name FROM household WHERE id = ?");
            q.bindStaticText(1, household.data(), static_cast<int>(household.size()));
            if (q.next())
                rows.push_back({!q.isNull(0), std::string(q.utf8(0)), q.int64(1), household,
                                arena.keep(q.utf8(2)), !q.isNull(2), &owners});
        }
        // SQLite's order: NULL first, then text by its bytes, then rowid.
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.hasKey, a.sortKey, a.rowid) < std::tie(b.hasKey, b.sortKey, b.rowid);
        });
        for (const Row &row : rows) {
            if (static_cast<int>(found.size()) == limit)
                break;
            Owners owners = matchChecked(row.id, *row.owners, false);
            if (owners.empty())
                continue;
            found.push_back({QString::fromUtf8(row.id.data(), static_cast<qsizetype>(row.id.size())),
                             row.hasName ? QString::fromUtf8(row.displayName.data(),
                                                             static_cast<qsizetype>(row.displayName.size()))
                                         : QString(),
                             std::move(owners)});
        }
    } else {
        // Many, or only common words: the households in name order until
        // `limit` of them match.
        Query q = m_db.query("SELECT id, display_name FROM household ORDER BY sort_key, rowid");
        while (static_cast<int>(found.size()) < limit && q.next()) {
            const std::string_view id = q.utf8(0);
            Owners owners;
            if (candidates) {
                const auto it = candidates->find(id);
                if (it == candidates->end())
                    continue;
                owners = matchChecked(it->first, it->second, false);
            } else {
                owners = matchChecked(id, {}, true); // the view lasts until the next step
            }
            if (!owners.empty())
                found.push_back({q.text(0), q.text(1), std::move(owners)});
        }
    }

    return withMembers(found);
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
