#include "searchindex.h"

#include "textfold.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace brugboek::store {

using client::Database;
using client::Query;

namespace {
// A connection to read on another thread, or null when none can be opened.
std::unique_ptr<Database> openReader(const Database &db)
{
    try {
        return db.openReader();
    } catch (const client::StoreError &) {
        return nullptr;
    }
}

void insertTokens(Database &db, const QStringList &tokens, const QString &householdId,
                  const QString &personId)
{
    for (const QString &t : tokens) {
        db.query("INSERT OR IGNORE INTO search_token (token, household_id, person_id) VALUES (?, ?, ?)")
            .bind(1, t)
            .bind(2, householdId)
            .bind(3, personId)
            .exec();
    }
}
} // namespace

void SearchIndex::raiseVersion(Database &db)
{
    // Updated in place: under a microsecond on the large device, where
    // INSERT OR REPLACE (a delete and an insert) took about 12.
    const int keySize = static_cast<int>(std::char_traits<char>::length(versionKey));
    db.query("UPDATE sync_state SET value = value + 1 WHERE key = ?")
        .bindStaticText(1, versionKey, keySize)
        .exec();
    if (db.changes() == 0)
        db.query("INSERT INTO sync_state (key, value) VALUES (?, 1)")
            .bindStaticText(1, versionKey, keySize)
            .exec();
}

void SearchIndex::indexHousehold(Database &db, const QString &id)
{
    QString name;
    {
        Query q = db.query("SELECT display_name FROM household WHERE id = ?");
        q.bind(1, id);
        if (!q.next())
            return;
        name = q.text(0);
    }
    db.query("DELETE FROM search_token WHERE household_id = ? AND person_id = ''").bind(1, id).exec();
    insertTokens(db, nameTokens(name), id, QStringLiteral(""));
    db.query("UPDATE household SET sort_key = ? WHERE id = ?").bind(1, foldText(name)).bind(2, id).exec();
    // People carry their household's name too.
    QStringList people;
    {
        Query q = db.query("SELECT id FROM person WHERE household_id = ?");
        q.bind(1, id);
        while (q.next())
            people << q.text(0);
    }
    for (const QString &personId : people)
        indexPerson(db, personId);
}

void SearchIndex::indexPerson(Database &db, const QString &id)
{
    db.query("DELETE FROM search_token WHERE person_id = ?").bind(1, id).exec();
    Query q = db.query("SELECT p.household_id, p.given_name, p.family_name, h.display_name "
                       "FROM person p LEFT JOIN household h ON h.id = p.household_id WHERE p.id = ?");
    q.bind(1, id);
    if (!q.next() || q.isNull(0))
        return;
    insertTokens(db, personTokens(q.text(1), q.text(2), q.text(3)), q.text(0), id);
}

void SearchIndex::indexOrganisation(Database &db, const QString &id)
{
    Query q = db.query("SELECT name, services, kind FROM organisation WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return;
    const QString text = foldText(q.text(0) + QLatin1Char(' ') + q.text(1) + QLatin1Char(' ') + q.text(2));
    db.query("UPDATE organisation SET search_text = ? WHERE id = ?").bind(1, text).bind(2, id).exec();
}

// The names of every household and person, as read.
struct SearchIndex::Names
{
    struct Household
    {
        QString id, name;
        bool hasSortKey;
        QString sortKey;
    };
    struct Person
    {
        QString id, household, given, family, householdName;
    };
    std::vector<Household> households;
    std::vector<Person> people;
};

// The tokens of every household and person, sorted as the table's key: the
// strings in one UTF-8 buffer (sorted as SQLite compares them) and each
// token as offsets into it, so that no token allocates and a comparison
// reads the bytes themselves.
struct SearchIndex::Tokens
{
    struct Token
    {
        std::uint32_t token, household, person; // offsets into `text`
        std::uint32_t tokenSize, householdSize, personSize;
    };
    std::string text;
    std::vector<Token> tokens;
    std::vector<std::pair<QString, QString>> sortKeys; // household id, folded name: those that changed
};

SearchIndex::~SearchIndex()
{
    if (m_tokens.valid())
        m_tokens.wait();
}

void SearchIndex::rebuild(Database &db)
{
    // One read of the names and one sorted insert: the tokens of a large
    // device (tens of thousands of households and people) in well under a
    // second, where a record at a time reads and writes each one apart.
    write(db, tokenize(readNames(db)));
}

SearchIndex::Names SearchIndex::readNames(Database &db)
{
    Names names;
    {
        Query q = db.query("SELECT id, display_name, sort_key FROM household");
        while (q.next())
            names.households.push_back({q.text(0), q.text(1), !q.isNull(2), q.text(2)});
    }
    {
        Query q = db.query("SELECT p.id, p.household_id, p.given_name, p.family_name, h.display_name "
                           "FROM person p LEFT JOIN household h ON h.id = p.household_id "
                           "WHERE p.household_id IS NOT NULL");
        while (q.next())
            names.people.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)});
    }
    return names;
}

// readNames() in one read transaction of its own: both reads see the same
// store.
SearchIndex::Names SearchIndex::readNamesOnce(Database &reader)
{
    reader.execute("BEGIN;");
    Names names = readNames(reader);
    reader.execute("COMMIT;");
    return names;
}

SearchIndex::Tokens SearchIndex::tokenize(const Names &names)
{
    Tokens out;
    std::string &text = out.text;
    const auto append = [&text](const QString &s, std::uint32_t *offset, std::uint32_t *size) {
        const QByteArray utf8 = s.toUtf8();
        *offset = static_cast<std::uint32_t>(text.size());
        *size = static_cast<std::uint32_t>(utf8.size());
        text.append(utf8.constData(), *size);
    };
    // A household's own tokens, which its people carry too.
    QHash<QString, QStringList> householdTokens;
    for (const auto &h : names.households) {
        Tokens::Token t {};
        append(h.id, &t.household, &t.householdSize);
        const QStringList words = nameTokens(h.name);
        for (const QString &w : words) {
            append(w, &t.token, &t.tokenSize);
            out.tokens.push_back(t);
        }
        householdTokens.insert(h.id, words);
        const QString key = foldText(h.name);
        if (!h.hasSortKey || h.sortKey != key)
            out.sortKeys.emplace_back(h.id, key);
    }
    for (const auto &p : names.people) {
        Tokens::Token t {};
        append(p.id, &t.person, &t.personSize);
        append(p.household, &t.household, &t.householdSize);
        // personTokens(), with the household's tokens made once.
        QStringList words = nameTokens(p.given) + nameTokens(p.family);
        const auto own = householdTokens.constFind(p.household);
        words += own != householdTokens.cend() ? *own : nameTokens(p.householdName);
        words.removeDuplicates();
        for (const QString &w : words) {
            append(w, &t.token, &t.tokenSize);
            out.tokens.push_back(t);
        }
    }
    const char *base = text.data();
    const auto view = [base](std::uint32_t offset, std::uint32_t size) {
        return std::string_view(base + offset, size);
    };
    std::sort(out.tokens.begin(), out.tokens.end(), [&view](const Tokens::Token &a, const Tokens::Token &b) {
        return std::make_tuple(view(a.token, a.tokenSize), view(a.household, a.householdSize),
                               view(a.person, a.personSize)) <
            std::make_tuple(view(b.token, b.tokenSize), view(b.household, b.householdSize),
                            view(b.person, b.personSize));
    });
    return out;
}

void SearchIndex::write(Database &db, const Tokens &tokens)
{
    const char *base = tokens.text.data();
    raiseVersion(db);
    db.execute("DELETE FROM search_token;");
    const std::string insert =
        "INSERT OR IGNORE INTO search_token (token, household_id, person_id) VALUES (?, ?, ?)";
    for (const Tokens::Token &t : tokens.tokens) {
        db.query(insert)
            .bindStaticText(1, base + t.token, static_cast<int>(t.tokenSize))
            .bindStaticText(2, base + t.household, static_cast<int>(t.householdSize))
            .bindStaticText(3, base + t.person, static_cast<int>(t.personSize))
            .exec();
    }
    for (const auto &[id, key] : tokens.sortKeys)
        db.query("UPDATE household SET sort_key = ? WHERE id = ?").bind(1, key).bind(2, id).exec();
    QStringList organisations;
    {
        Query q = db.query("SELECT id FROM organisation");
        while (q.next())
            organisations << q.text(0);
    }
    for (const QString &id : organisations)
        indexOrganisation(db, id);
}

void SearchIndex::bulkLoadStarted()
{
    m_bulk = true;
    if (m_tokens.valid())
        m_tokens.wait(); // an end that failed: made again at the next one
    m_tokens = {};
}

QStringList SearchIndex::bulkLoadEnding()
{
    if (m_tokens.valid())
        m_tokens.wait();
    m_namesVersion = m_db.scalar("PRAGMA data_version").toLongLong();
    // The names are read on a connection of the thread's own, while this
    // one makes the other tables' indexes; without one, here.
    std::unique_ptr<Database> reader = openReader(m_db);
    try {
        if (reader) {
            m_tokens = std::async(std::launch::async, [reader = std::move(reader)]() mutable {
                Names names = readNamesOnce(*reader);
                reader.reset();
                return std::make_unique<Tokens>(tokenize(names));
            });
        } else {
            m_tokens = std::async(std::launch::async, [names = readNames(m_db)] {
                return std::make_unique<Tokens>(tokenize(names));
            });
        }
    } catch (const std::system_error &) {
        m_tokens = {}; // no thread to be had: bulkLoadFinished() rebuilds on this one
    }
    return {QStringLiteral("search_token")};
}

void SearchIndex::bulkLoadFinished()
{
    m_bulk = false;
    std::unique_ptr<Tokens> made;
    if (m_tokens.valid()) {
        try {
            made = m_tokens.get();
        } catch (const std::exception &) {
            made.reset(); // made again below, on this thread
        }
    }
    m_tokens = {};
    // Another connection (the app) wrote since the names were read: they
    // are read again.
    if (made && m_db.scalar("PRAGMA data_version").toLongLong() == m_namesVersion)
        write(m_db, *made);
    else
        rebuild(m_db);
}

void SearchIndex::recordChanged(const sync::EntityDef &entity, const QString &id, const QStringList &changed)
{
    if (m_bulk)
        return;
    if (entity.name == "household") {
        if (changed.contains(QLatin1String("display_name"))) {
            raiseVersion(m_db);
            indexHousehold(m_db, id);
        }
    } else if (entity.name == "person") {
        if (changed.contains(QLatin1String("given_name")) || changed.contains(QLatin1String("family_name")) ||
            changed.contains(QLatin1String("household_id"))) {
            raiseVersion(m_db);
            indexPerson(m_db, id);
        }
    } else if (entity.name == "organisation") {
        if (changed.contains(QLatin1String("name")) || changed.contains(QLatin1String("services")) ||
            changed.contains(QLatin1String("kind")))
            indexOrganisation(m_db, id);
    }
}

void SearchIndex::recordPurging(const sync::EntityDef &entity, const QString &id)
{
    if (m_bulk)
        return;
    if (entity.name == "household") {
        raiseVersion(m_db);
        m_db.query("DELETE FROM search_token WHERE household_id = ?").bind(1, id).exec();
    } else if (entity.name == "person") {
        raiseVersion(m_db);
        m_db.query("DELETE FROM search_token WHERE person_id = ?").bind(1, id).exec();
    }
}

void ReferralStatusTracker::recordChanged(const sync::EntityDef &entity, const QString &id,
                                          const QStringList &)
{
    if (m_bulk)
        return;
    QString referralId;
    if (entity.name == "referral") {
        referralId = id;
    } else if (entity.name == "referral_event") {
        Query q = m_db.query("SELECT referral_id FROM referral_event WHERE id = ?");
        q.bind(1, id);
        if (q.next())
            referralId = q.text(0);
    }
    if (referralId.isEmpty())
        return;
    if (m_deferring)
        m_pending.insert(referralId);
    else
        update(referralId);
}

void ReferralStatusTracker::remoteApplyFinished(bool applied)
{
    m_deferring = false;
    const QSet<QString> pending = std::exchange(m_pending, {});
    if (!applied)
        return;
    for (const QString &referralId : pending)
        update(referralId);
}

ReferralStatusTracker::~ReferralStatusTracker()
{
    if (m_statuses.valid())
        m_statuses.wait();
}

QStringList ReferralStatusTracker::bulkLoadEnding()
{
    if (m_statuses.valid())
        m_statuses.wait();
    m_statusesVersion = m_db.scalar("PRAGMA data_version").toLongLong();
    // Read on a connection of the thread's own while this one makes the
    // other tables' indexes; the referrals are written after them.
    std::unique_ptr<Database> reader = openReader(m_db);
    if (!reader)
        return {}; // made in bulkLoadFinished(), at once
    try {
        m_statuses = std::async(std::launch::async, [reader = std::move(reader)]() mutable {
            reader->execute("BEGIN;");
            Statuses made = changedStatuses(*reader);
            reader->execute("COMMIT;");
            reader.reset();
            return made;
        });
    } catch (const std::system_error &) {
        m_statuses = {};
        return {};
    }
    return {QStringLiteral("referral")};
}

void ReferralStatusTracker::bulkLoadFinished()
{
    m_bulk = false;
    m_pending.clear();
    std::optional<Statuses> made;
    if (m_statuses.valid()) {
        try {
            made = m_statuses.get();
        } catch (const std::exception &) {
            made.reset(); // made again below, on this thread
        }
    }
    m_statuses = {};
    // Another connection (the app) wrote since they were read: read again.
    if (!made || m_db.scalar("PRAGMA data_version").toLongLong() != m_statusesVersion)
        made = changedStatuses(m_db);
    for (const auto &[id, status, on] : *made)
        m_db.query("UPDATE referral SET status = ?, status_on = ? WHERE id = ?")
            .bind(1, status)
            .bind(2, on)
            .bind(3, id)
            .exec();
}

// Without the events' index: one pass over the events, the latest of each
// referral kept (by date, then id, as in update()), then the referrals whose
// status differs from it.
ReferralStatusTracker::Statuses ReferralStatusTracker::changedStatuses(Database &db)
{
    struct Latest
    {
        std::string occurredOn; // UTF-8 compares as SQLite's ORDER BY in update()
        std::string id;
        QVariant status;
        bool hasDate = false;
    };
    std::unordered_map<std::string, Latest> latest;
    {
        Query q = db.query("SELECT referral_id, occurred_on, id, status FROM referral_event "
                           "WHERE referral_id IS NOT NULL");
        while (q.next()) {
            const std::string_view on = q.utf8(1);
            const std::string_view id = q.utf8(2);
            auto [it, added] = latest.try_emplace(std::string(q.utf8(0)));
            Latest &l = it->second;
            if (!added &&
                std::make_pair(on, id) <=
                    std::make_pair(std::string_view(l.occurredOn), std::string_view(l.id)))
                continue;
            l.occurredOn.assign(on);
            l.id.assign(id);
            l.status = q.value(3);
            l.hasDate = !q.isNull(1);
        }
    }
    Statuses changed;
    {
        Query q = db.query("SELECT id, status, status_on FROM referral");
        while (q.next()) {
            const auto it = latest.find(std::string(q.utf8(0)));
            const QVariant status = it == latest.end() ? QVariant() : it->second.status;
            const QVariant on = it == latest.end() || !it->second.hasDate
                ? QVariant()
                : QVariant(QString::fromStdString(it->second.occurredOn));
            if (!client::sameValue(q.value(1), status) || !client::sameValue(q.value(2), on))
                changed.emplace_back(q.text(0), status, on);
        }
    }
    return changed;
}

void ReferralStatusTracker::update(const QString &referralId)
{
    // Latest by date; events of one day in the order they were made (UUIDv7).
    m_db.query("UPDATE referral SET "
               "status = (SELECT status FROM referral_event WHERE referral_id = ?1 "
               "          ORDER BY occurred_on DESC, id DESC LIMIT 1), "
               "status_on = (SELECT occurred_on FROM referral_event WHERE referral_id = ?1 "
               "             ORDER BY occurred_on DESC, id DESC LIMIT 1) "
               "WHERE id = ?1")
        .bind(1, referralId)
        .exec();
}

} // namespace brugboek::store
